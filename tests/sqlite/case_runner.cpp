// Runs one case of tests/cases/sqlite/<case>/ on real SQLite files:
//   agreement   — the desired-state load of before.sql and after.sql (run in
//                 memory) equals a file built from them; the create-from-empty
//                 plan, loaded back as desired state, equals it too;
//   convergence — plan(before → after) applied to a file built from
//                 before.sql (+ data.sql) as `shale apply` runs it, then
//                 planned again from the file: empty; every table that exists
//                 on both sides keeps its rows and foreign_key_check is clean;
//   down        — the reverse plan brings the file back to before.sql, again
//                 keeping the rows;
//   expect_empty (optional file) — before and after plan to nothing.
// Usage: sqlite_case_runner <case dir>. Exit 0 pass, 1 fail.
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "load/sqlite/execute_sql.hpp"
#include "load/sqlite/read_schema.hpp"
#include "migrate/sqlite_engine.hpp"
#include "plan/plan.hpp"
#include "sqlite/database.hpp"

namespace fs = std::filesystem;
using namespace shale;

namespace {

struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

plan::Plan sqlite_plan(const model::Schema& from, const model::Schema& to, const diff::Renames& renames = {}) {
  return plan::make_plan(plan::Dialect::sqlite, from, to, renames);
}

void expect_no_changes(const model::Schema& from, const model::Schema& to, const std::string& what) {
  auto p = sqlite_plan(from, to);
  if (!p.empty()) throw Failure(what + ": expected no difference, got:\n" + plan::script(p));
}

model::Schema desired(const fs::path& file) { return load::sqlite::load({{file.string(), read_file(file)}}); }

// A fresh database file built from a script.
fs::path build_file(const fs::path& work, const std::string& name, const std::string& sql) {
  fs::path path = work / name;
  fs::remove(path);
  sqlite::Database db(path.string());
  db.exec(sql);
  return path;
}

model::Schema read_file_schema(const fs::path& path) {
  sqlite::Database db(path.string(), false);
  return load::sqlite::read_schema(db);
}

std::map<std::string, int> row_counts(const fs::path& path) {
  sqlite::Database db(path.string(), false);
  std::map<std::string, int> out;
  for (const auto& r :
       db.query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"))
    out[r[0]] = db.query("SELECT count(*) FROM " + sqlite::quote_ident(r[0]))[0].integer(0);
  return out;
}

// Runs a plan the way `shale apply` runs a migration file.
void apply_plan(const fs::path& path, const std::string& script, const std::string& what) {
  sqlite::Database db(path.string(), false);
  db.exec("PRAGMA foreign_keys = OFF");
  db.exec("BEGIN IMMEDIATE");
  try {
    migrate::run_sqlite_statements(db, what, script);
  } catch (const std::exception& e) {
    throw Failure("applying the " + what + " plan failed: " + e.what() + "\n" + script);
  }
  db.exec("COMMIT");
  auto check = db.query("PRAGMA integrity_check");
  if (check.empty() || check[0][0] != "ok")
    throw Failure("integrity_check after the " + what + " plan: " + check[0][0]);
}

// Rows of every table on both sides (renamed tables by their old name).
void expect_rows_kept(const std::map<std::string, int>& before, const std::map<std::string, int>& after,
                      const std::map<std::string, std::string>& renamed_to, const std::string& what) {
  for (const auto& [table, n] : before) {
    auto r = renamed_to.find(table);
    auto it = after.find(r == renamed_to.end() ? table : r->second);
    if (it != after.end() && it->second != n)
      throw Failure(what + ": table " + table + " had " + std::to_string(n) + " rows, now " +
                    std::to_string(it->second));
  }
}

void run_case(const fs::path& dir) {
  std::string name = dir.filename().string();
  fs::path work = fs::temp_directory_path() / ("shale_sqlite_case_" + name + "_" + std::to_string(getpid()));
  fs::create_directories(work);
  struct Cleanup {
    fs::path p;
    ~Cleanup() { fs::remove_all(p); }
  } cleanup{work};

  std::string before_sql = read_file(dir / "before.sql"), after_sql = read_file(dir / "after.sql");
  model::Schema before = desired(dir / "before.sql");
  model::Schema after = desired(dir / "after.sql");

  // Agreement and the inspect round trip.
  for (auto [label, sql, model] :
       {std::tuple{"after.sql", &after_sql, &after}, std::tuple{"before.sql", &before_sql, &before}}) {
    fs::path file = build_file(work, "agree.db", *sql);
    model::Schema live = read_file_schema(file);
    expect_no_changes(live, *model, std::string("agreement (file → desired ") + label + ")");
    expect_no_changes(*model, live, std::string("agreement (desired → file ") + label + ")");
    std::string inspected = plan::script(sqlite_plan(model::Schema{}, live));
    model::Schema reloaded = load::sqlite::load({{"<inspect output>", inspected}});
    expect_no_changes(live, reloaded,
                      std::string("inspect round trip of ") + label + "\ninspect output was:\n" + inspected);
  }

  if (fs::exists(dir / "expect_empty")) {
    expect_no_changes(before, after, "expect_empty (before.sql → after.sql)");
    return;
  }

  fs::path db = build_file(work, "case.db", before_sql);
  if (fs::exists(dir / "data.sql")) {
    sqlite::Database conn(db.string(), false);
    conn.exec("PRAGMA foreign_keys = ON");
    conn.exec(read_file(dir / "data.sql"));
  }
  auto rows_before = row_counts(db);
  model::Schema live_before = read_file_schema(db);

  diff::Renames renames = diff::Renames::from_hints(after);
  std::map<std::string, std::string> renamed_to, renamed_from;
  for (const auto& [to, from] : renames.tables) {
    renamed_to[from.name] = to.name;
    renamed_from[to.name] = from.name;
  }
  auto up = sqlite_plan(live_before, after, renames);
  if (up.empty()) throw Failure("the plan before → after is empty, but the case expects a change");
  std::string up_sql = plan::script(up);
  apply_plan(db, up_sql, "up");
  expect_no_changes(read_file_schema(db), after, "convergence (re-plan after applying up)\nup plan was:\n" + up_sql);
  auto rows_after = row_counts(db);
  expect_rows_kept(rows_before, rows_after, renamed_to, "rows after up\nup plan was:\n" + up_sql);

  auto down = sqlite_plan(after, before, renames.inverted());
  std::string down_sql = plan::script(down);
  apply_plan(db, down_sql, "down");
  expect_no_changes(read_file_schema(db), before, "down (re-plan after applying down)\ndown plan was:\n" + down_sql);
  expect_rows_kept(rows_after, row_counts(db), renamed_from, "rows after down\ndown plan was:\n" + down_sql);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: sqlite_case_runner <case dir>\n";
    return 2;
  }
  try {
    run_case(argv[1]);
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
