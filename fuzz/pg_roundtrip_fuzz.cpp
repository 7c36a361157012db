// libFuzzer target: PostgreSQL desired state round-trips through shale's own
// SQL. Whatever the interpreter accepts, the plan that creates it from
// nothing must load again (no database needed) and plan to nothing against
// the original, and the plan that drops it again must empty it. A UserError
// while loading the input is the expected answer to bad input; anything else,
// or a round trip that differs, is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>

#include "load/pg_sql/load_pg_sql.hpp"
#include "plan/plan.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (text.find('\0') != std::string::npos) return 0;
  using shale::plan::Dialect;
  shale::model::Schema schema;
  try {
    schema = shale::load::pg_sql::load({{"fuzz.sql", text}});
  } catch (const shale::UserError&) {
    return 0;
  }
  std::string sql = shale::plan::script(shale::plan::make_plan(Dialect::postgres, {}, schema, {}));
  shale::model::Schema again;
  try {
    again = shale::load::pg_sql::load({{"rendered.sql", sql}});
  } catch (const shale::UserError& e) {
    std::cerr << "rendered SQL does not load: " << e.pos().str() << ": " << e.what() << "\n" << sql;
    std::abort();
  }
  auto left = shale::plan::make_plan(Dialect::postgres, schema, again, {});
  if (!left.empty()) {
    std::cerr << "round trip differs:\n" << shale::plan::script(left) << "\nrendered:\n" << sql;
    std::abort();
  }
  return 0;
}
