// libFuzzer target: the lint entry point on arbitrary bytes. A UserError
// (syntax error …) is the expected answer to bad input; anything else is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lint/engine.hpp"
#include "util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (text.find('\0') != std::string::npos) return 0;  // files are text; libpg_query reads C strings
  try {
    shale::lint::lint_text("fuzz.sql", text, {});
  } catch (const shale::UserError&) {
  }
  return 0;
}
