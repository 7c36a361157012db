// libFuzzer target: the SQLite desired-state loader, reader and renderer on
// arbitrary bytes. Whatever SQLite accepts must read back, and the SQL shale
// renders for it (the create-from-empty plan) must rebuild the same schema:
// that round trip exercises the CREATE TABLE reader on every spelling SQLite
// takes. A UserError is the expected answer to bad input; anything else,
// or a round trip that differs, is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>

#include "load/sqlite/execute_sql.hpp"
#include "plan/plan.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (text.find('\0') != std::string::npos) return 0;
  using shale::plan::Dialect;
  shale::model::Schema schema;
  try {
    schema = shale::load::sqlite::load({{"fuzz.sql", text}});
  } catch (const shale::UserError&) {
    return 0;
  }
  std::string sql = shale::plan::script(shale::plan::make_plan(Dialect::sqlite, {}, schema, {}));
  shale::model::Schema again;
  try {
    again = shale::load::sqlite::load({{"rendered.sql", sql}});
  } catch (const shale::UserError& e) {
    std::cerr << "rendered SQL does not load: " << e.what() << "\n" << sql;
    std::abort();
  }
  auto left = shale::plan::make_plan(Dialect::sqlite, schema, again, {});
  if (!left.empty()) {
    std::cerr << "round trip differs:\n" << shale::plan::script(left) << "\nrendered:\n" << sql;
    std::abort();
  }
  return 0;
}
