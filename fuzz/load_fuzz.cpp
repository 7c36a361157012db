// libFuzzer target: the PostgreSQL desired-state loader on arbitrary bytes.
// A UserError is the expected answer to bad input; anything else is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "load/pg_sql/load_pg_sql.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (text.find('\0') != std::string::npos) return 0;
  try {
    shale::load::pg_sql::load({{"fuzz.sql", text}});
  } catch (const shale::UserError&) {
  }
  return 0;
}
