// Runs one case of tests/cases/pg/<case>/ against real PostgreSQL:
//   agreement   — the interpreter's model of before.sql and after.sql equals
//                 the model read back after running them on empty databases;
//   convergence — plan(before → after) applied to a database built from
//                 before.sql, then planned again from the live database: empty;
//   down        — the reverse plan brings it back to before.sql;
//   expect_empty (optional file) — before and after plan to nothing.
// Usage: case_runner <case dir>. Exit 0 pass, 1 fail, 77 skipped (no cluster).
#include <filesystem>
#include <iostream>

#include "diff/diff.hpp"
#include "load/pg_live/introspect.hpp"
#include "load/pg_sql/load_pg_sql.hpp"
#include "pg_test_db.hpp"
#include "render/postgres.hpp"

namespace fs = std::filesystem;
using namespace shale;

namespace {

struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void expect_no_changes(const model::Schema& from, const model::Schema& to, const std::string& what) {
  auto changes = diff::diff(from, to, {});
  if (!changes.empty()) throw Failure(what + ": expected no difference, got:\n" + render::postgres_script(changes));
}

model::Schema interpret(const std::string& path) {
  return load::pg_sql::load({{path, testing::read_file(path)}});
}

std::string db_name(const std::string& case_name, const char* suffix) {
  std::string n = "c_" + case_name.substr(0, 40) + "_" + suffix;
  for (auto& ch : n)
    if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return n;
}

void run_case(const fs::path& dir, const std::string& cluster) {
  std::string name = dir.filename().string();
  std::string before_sql = testing::read_file((dir / "before.sql").string());
  std::string after_sql = testing::read_file((dir / "after.sql").string());
  model::Schema before = interpret((dir / "before.sql").string());
  model::Schema after = interpret((dir / "after.sql").string());

  // Agreement, for both files.
  {
    testing::TestDatabase db(cluster, db_name(name, "a"));
    db.execute(after_sql);
    model::Schema live = load::pg_live::introspect(db.url());
    expect_no_changes(live, after, "agreement (live after.sql → interpreted after.sql)");
    expect_no_changes(after, live, "agreement (interpreted after.sql → live after.sql)");
    // `shale inspect` output, fed back as desired state, plans to nothing.
    std::string inspected = render::postgres_script(diff::diff(model::Schema{}, live, {}));
    model::Schema reloaded = load::pg_sql::load({{"<inspect output>", inspected}});
    expect_no_changes(live, reloaded, "inspect round trip\ninspect output was:\n" + inspected);
  }
  testing::TestDatabase db(cluster, db_name(name, "c"));
  db.execute(before_sql);
  model::Schema live_before = load::pg_live::introspect(db.url());
  expect_no_changes(live_before, before, "agreement (live before.sql → interpreted before.sql)");

  if (fs::exists(dir / "expect_empty")) {
    expect_no_changes(before, after, "expect_empty (before.sql → after.sql)");
    return;
  }
  // Convergence.
  diff::Renames renames = diff::Renames::from_hints(after);
  auto up = diff::diff(live_before, after, renames);
  if (up.empty()) throw Failure("the plan before → after is empty, but the case expects a change");
  std::string up_sql = render::postgres_script(up);
  try {
    db.execute(up_sql);
  } catch (const std::exception& e) {
    throw Failure(std::string("applying the up plan failed: ") + e.what() + "\n" + up_sql);
  }
  model::Schema live_after = load::pg_live::introspect(db.url());
  expect_no_changes(live_after, after, "convergence (re-plan after applying up)\nup plan was:\n" + up_sql);

  // Down.
  auto down = diff::diff(after, before, renames.inverted());
  std::string down_sql = render::postgres_script(down);
  try {
    db.execute(down_sql);
  } catch (const std::exception& e) {
    throw Failure(std::string("applying the down plan failed: ") + e.what() + "\n" + down_sql);
  }
  model::Schema live_down = load::pg_live::introspect(db.url());
  expect_no_changes(live_down, before, "down (re-plan after applying down)\ndown plan was:\n" + down_sql);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: case_runner <case dir>\n";
    return 2;
  }
  std::string cluster = testing::cluster_url_or_exit();
  try {
    run_case(argv[1], cluster);
  } catch (const UserError& e) {
    std::cerr << (e.pos().known() ? e.pos().str() + ": " : "") << "error: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "FAIL " << argv[1] << ": " << e.what() << "\n";
    return 1;
  }
  std::cout << "ok " << argv[1] << "\n";
  return 0;
}
