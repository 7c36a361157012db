// libFuzzer target: SQLite plans converge. The input is two schemas separated
// by a line "-- to --". Both are loaded; the plan from the first to the second
// is applied (as `shale apply` runs a migration) to an in-memory database
// built from the first; reading it back must equal the second, and the down
// plan must bring back the first. The tables are empty, so no statement may
// fail for want of data. A UserError while loading is the expected answer to
// bad input; anything else is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>

#include "load/sqlite/execute_sql.hpp"
#include "load/sqlite/read_schema.hpp"
#include "migrate/sqlite_engine.hpp"
#include "plan/plan.hpp"

namespace {

using shale::plan::Dialect;

void fail(const std::string& what, const std::string& detail) {
  std::cerr << what << "\n" << detail << "\n";
  std::abort();
}

// Builds `sql` in a fresh in-memory database, applies the plan to `target`,
// and checks that nothing is left to do.
void converge(const std::string& sql, const shale::model::Schema& from, const shale::model::Schema& to,
              const shale::diff::Renames& renames) {
  auto plan = shale::plan::make_plan(Dialect::sqlite, from, to, renames);
  std::string script = shale::plan::script(plan);
  shale::sqlite::Database db(":memory:");
  db.exec("PRAGMA foreign_keys = OFF");
  shale::load::sqlite::execute_file(db, {"from.sql", sql}, shale::load::sqlite::Source::desired_state);
  db.exec("BEGIN");
  try {
    shale::migrate::run_sqlite_statements(db, "plan.sql", script);
  } catch (const std::exception& e) {
    fail(std::string("plan does not apply: ") + e.what(), script);
  }
  db.exec("COMMIT");
  auto left = shale::plan::make_plan(Dialect::sqlite, shale::load::sqlite::read_schema(db), to, {});
  if (!left.empty()) fail("plan does not converge; left:\n" + shale::plan::script(left), "plan was:\n" + script);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (text.find('\0') != std::string::npos) return 0;
  const std::string separator = "\n-- to --\n";
  size_t at = text.find(separator);
  if (at == std::string::npos) return 0;
  std::string a = text.substr(0, at), b = text.substr(at + separator.size());
  shale::model::Schema from, to;
  try {
    from = shale::load::sqlite::load({{"a.sql", a}});
    to = shale::load::sqlite::load({{"b.sql", b}});
  } catch (const shale::UserError&) {
    return 0;
  }
  auto renames = shale::diff::Renames::from_hints(to);
  converge(a, from, to, renames);
  converge(b, to, from, renames.inverted());
  return 0;
}
