// Runs one case of tests/cases/pg/<case>/ against real PostgreSQL (the files
// of a case folder are described in tests/cases/pg/README.md).
//
// A before/after pair (before.sql + after.sql):
//   agreement   — the interpreter's model of before.sql and after.sql equals
//                 the model read back after running them on empty databases;
//   convergence — plan(before → after) applied to a database built from
//                 before.sql (+ data.sql), then planned again from the live
//                 database: empty;
//   down        — the reverse plan brings it back to before.sql;
//   expect_empty (optional file) — before and after plan to nothing;
//   expect_plan_excludes (optional) — no line of it occurs in the up plan;
//   rows.sql (optional) — its queries return the same rows before and after
//                 the up plan.
// A replay case (migrations/NNN_name.up.sql, optional after.sql):
//   the up files are applied in order to an empty database (each in one
//   transaction, or statement by statement under -- shale:no-transaction),
//   replayed offline as `dir://` replays them, and the replayed model must
//   equal the live database both ways; with after.sql, plan(replayed →
//   after.sql) applied to the migrated database converges and its reverse
//   brings the replayed state back (or, with expect_empty_after_replay, both
//   plan(replayed → after.sql) and plan(live → after.sql) are empty).
// shale.toml (optional): the case's project settings that shape a plan
//   ([owners] compare); every diff of the case uses them.
// An error case (expect_error): loading after.sql (or replaying migrations/)
//   fails with the expected `file:line:col: error: message`, and PostgreSQL
//   rejects the same SQL with the same message.
// Usage: case_runner <case dir>. Exit 0 pass, 1 fail, 77 skipped (no cluster).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <pqxx/pqxx>
#include <sstream>

#include "config/project.hpp"
#include "diff/diff.hpp"
#include "load/pg_live/introspect.hpp"
#include "load/pg_sql/load_pg_sql.hpp"
#include "migrate/directory.hpp"
#include "pg_test_db.hpp"
#include "pgsql/parse_tree.hpp"
#include "plan/plan.hpp"
#include "render/postgres.hpp"

namespace fs = std::filesystem;
using namespace shale;

namespace {

struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// PostgreSQL refused a statement of a case file.
struct PgRejected : std::runtime_error {
  PgRejected(const std::string& where, const std::string& what_pg_said)
      : std::runtime_error(where + ": " + what_pg_said), message(what_pg_said) {}
  std::string message;
};

std::string error_text(const UserError& e) {
  return (e.pos().known() ? e.pos().str() + ": " : "") + "error: " + e.what();
}

std::string trim(std::string s) {
  while (!s.empty() && isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  size_t start = 0;
  while (start < s.size() && isspace(static_cast<unsigned char>(s[start]))) ++start;
  return s.substr(start);
}

// The diff options of the case's shale.toml (defaults without one).
diff::Options g_options;

void read_case_options(const fs::path& dir) {
  config::Project project = config::load_project((dir / "shale.toml").string());
  g_options.compare_owners = project.compare_owners;
}

void expect_no_changes(const model::Schema& from, const model::Schema& to, const std::string& what) {
  auto changes = diff::diff(from, to, {}, g_options);
  if (!changes.empty()) throw Failure(what + ": expected no difference, got:\n" + render::postgres_script(changes));
}

model::Schema interpret(const std::string& path) { return load::pg_sql::load({{path, testing::read_file(path)}}); }

std::string db_name(const std::string& case_name, const char* suffix) {
  std::string n = "c_" + case_name.substr(0, 40) + "_" + suffix;
  for (auto& ch : n)
    if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return n;
}

struct FileStatement {
  std::string sql;
  int line;
};

std::vector<FileStatement> statements_of(const std::string& path, const std::string& text) {
  auto parsed = pgsql::ParsedSql::parse(text, path);
  LineIndex lines(path, text);
  std::vector<FileStatement> out;
  for (const auto& st : parsed->statements())
    out.push_back({text.substr(st.offset, st.length), lines.at(st.offset).line});
  return out;
}

// Runs a case file as `shale apply` runs a migration: in one transaction, or
// statement by statement under -- shale:no-transaction. Throws PgRejected.
void run_file(const std::string& url, const std::string& path) {
  std::string text = testing::read_file(path);
  std::vector<FileStatement> statements;
  try {
    statements = statements_of(path, text);
  } catch (const UserError&) {
    statements = {{text, 1}};  // a syntax error: PostgreSQL reports it in its own words
  }
  pqxx::connection conn(url);
  auto where = [&](const FileStatement& st) { return path + ":" + std::to_string(st.line); };
  if (migrate::read_directives(text).no_transaction) {
    for (const auto& st : statements) {
      try {
        pqxx::nontransaction tx(conn);
        tx.exec(st.sql);
      } catch (const pqxx::sql_error& e) {
        throw PgRejected(where(st), trim(e.what()));
      }
    }
    return;
  }
  pqxx::work tx(conn);
  for (const auto& st : statements) {
    try {
      tx.exec(st.sql);
    } catch (const pqxx::sql_error& e) {
      throw PgRejected(where(st), trim(e.what()));
    }
  }
  tx.commit();
}

// The rows every query of rows.sql returns, as text (one line per row).
std::string query_rows(const std::string& url, const fs::path& rows_sql) {
  std::string path = rows_sql.string();
  std::string text = testing::read_file(path);
  pqxx::connection conn(url);
  pqxx::read_transaction tx(conn);
  std::ostringstream out;
  for (const auto& st : statements_of(path, text)) {
    out << "-- " << st.sql << "\n";
    for (const auto& row : tx.exec(st.sql)) {
      for (pqxx::row::size_type i = 0; i < row.size(); ++i)
        out << (i ? " | " : "") << (row[i].is_null() ? "NULL" : row[i].c_str());
      out << "\n";
    }
  }
  return out.str();
}

std::vector<std::string> nonblank_lines(const fs::path& path) {
  std::istringstream in(testing::read_file(path.string()));
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line))
    if (!trim(line).empty()) out.push_back(trim(line));
  return out;
}

void expect_plan_excludes(const fs::path& dir, const std::string& up_sql) {
  if (!fs::exists(dir / "expect_plan_excludes")) return;
  for (const auto& text : nonblank_lines(dir / "expect_plan_excludes"))
    if (up_sql.find(text) != std::string::npos)
      throw Failure("expect_plan_excludes: the up plan contains \"" + text + "\"\nup plan was:\n" + up_sql);
}

struct Rows {
  bool present = false;
  std::string text;
};

Rows rows_now(const fs::path& dir, const std::string& url) {
  if (!fs::exists(dir / "rows.sql")) return {};
  return {true, query_rows(url, dir / "rows.sql")};
}

void expect_rows_kept(const Rows& before, const Rows& after, const std::string& up_sql) {
  if (before.present && before.text != after.text)
    throw Failure("rows.sql: rows differ after the up plan\nbefore:\n" + before.text + "after:\n" + after.text +
                  "up plan was:\n" + up_sql);
}

// after.sql agrees with the live database built from it, and `shale inspect`
// output fed back as desired state plans to nothing.
void check_agreement(const std::string& cluster, const std::string& name, const fs::path& after_path,
                     const model::Schema& after) {
  testing::TestDatabase db(cluster, db_name(name, "a"));
  db.execute(testing::read_file(after_path.string()));
  model::Schema live = load::pg_live::introspect(db.url());
  expect_no_changes(live, after, "agreement (live after.sql → interpreted after.sql)");
  expect_no_changes(after, live, "agreement (interpreted after.sql → live after.sql)");
  std::string inspected = render::postgres_script(diff::diff(model::Schema{}, live, {}));
  model::Schema reloaded = load::pg_sql::load({{"<inspect output>", inspected}});
  expect_no_changes(live, reloaded, "inspect round trip\ninspect output was:\n" + inspected);
}

// Applies a plan as the files `shale diff` writes for it: step by step, each
// in its own transaction or outside one (plan::steps).
void apply_steps(const testing::TestDatabase& db, const std::vector<diff::Change>& changes) {
  plan::Plan p;
  p.changes = changes;
  p.statements = render::postgres_plan(changes);
  for (const auto& step : plan::steps(p)) {
    std::string sql = plan::script(plan::step_plan(p, step));
    if (step.outside_transaction)
      db.execute_outside_transaction(sql);
    else
      db.execute(sql);
  }
}

// Applies plan(from → after) to the database at `db`, which holds `from`;
// checks convergence and kept rows; then the reverse plan (after → back)
// must bring the database to `back`.
void converge(const fs::path& dir, const testing::TestDatabase& db, const model::Schema& from,
              const model::Schema& after, const model::Schema& back, const std::string& from_label,
              const std::string& back_label) {
  diff::Renames renames = diff::Renames::from_hints(after);
  auto up = diff::diff(from, after, renames, g_options);
  if (up.empty()) throw Failure("the plan " + from_label + " → after is empty, but the case expects a change");
  std::string up_sql = render::postgres_script(up);
  expect_plan_excludes(dir, up_sql);
  Rows rows_before = rows_now(dir, db.url());
  try {
    apply_steps(db, up);
  } catch (const std::exception& e) {
    throw Failure(std::string("applying the up plan failed: ") + e.what() + "\n" + up_sql);
  }
  expect_rows_kept(rows_before, rows_now(dir, db.url()), up_sql);
  model::Schema live_after = load::pg_live::introspect(db.url());
  expect_no_changes(live_after, after, "convergence (re-plan after applying up)\nup plan was:\n" + up_sql);

  auto down = diff::diff(after, back, renames.inverted(), g_options);
  std::string down_sql = render::postgres_script(down);
  try {
    apply_steps(db, down);
  } catch (const std::exception& e) {
    throw Failure(std::string("applying the down plan failed: ") + e.what() + "\n" + down_sql);
  }
  model::Schema live_down = load::pg_live::introspect(db.url());
  expect_no_changes(live_down, back,
                    "down (re-plan after applying down, against " + back_label + ")\ndown plan was:\n" + down_sql);
}

std::vector<fs::path> migration_files(const fs::path& dir, const std::string& suffix) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(dir / "migrations")) {
    std::string f = entry.path().filename().string();
    if (f.size() > suffix.size() && f.compare(f.size() - suffix.size(), suffix.size(), suffix) == 0)
      out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<load::pg_sql::SqlFile> sql_files(const std::vector<fs::path>& paths) {
  std::vector<load::pg_sql::SqlFile> files;
  for (const auto& p : paths) files.push_back({p.string(), testing::read_file(p.string())});
  return files;
}

model::Schema replay(const std::vector<fs::path>& ups) {
  try {
    return load::pg_sql::load(sql_files(ups), load::pg_sql::Source::migrations);
  } catch (const UserError& e) {
    throw Failure("replaying migrations/ failed: " + error_text(e));
  }
}

// expect_error: shale refuses the SQL with exactly this error, and so does
// PostgreSQL (with the message's wording).
void run_error_case(const fs::path& dir, const std::string& cluster) {
  std::string name = dir.filename().string();
  std::string expected = trim(testing::read_file((dir / "expect_error").string()));
  size_t at = expected.find("error: ");
  if (at == std::string::npos) throw Failure("expect_error must hold `file:line:col: error: message`");
  std::string message = expected.substr(at + 7);
  bool replay_case = fs::exists(dir / "migrations");
  std::string what = replay_case ? "replaying migrations/" : "loading after.sql";

  // PostgreSQL rejects it, with the message shale must give.
  {
    testing::TestDatabase db(cluster, db_name(name, "e"));
    try {
      if (replay_case)
        for (const auto& up : migration_files(dir, ".up.sql")) run_file(db.url(), up.string());
      else
        run_file(db.url(), (dir / "after.sql").string());
      throw Failure("the case is wrong: PostgreSQL accepted what expect_error says it rejects");
    } catch (const PgRejected& e) {
      if (e.message.find(message) == std::string::npos)
        throw Failure("the case is wrong: PostgreSQL rejects it with\n  " + std::string(e.what()) +
                      "\nwhich does not contain expect_error's message\n  " + message);
    }
  }
  // shale rejects it too, at plan time.
  try {
    if (replay_case)
      load::pg_sql::load(sql_files(migration_files(dir, ".up.sql")), load::pg_sql::Source::migrations);
    else
      interpret((dir / "after.sql").string());
  } catch (const UserError& e) {
    std::string got = error_text(e);
    if (got.find(expected) == std::string::npos)
      throw Failure(what + " failed with\n  " + got + "\nexpected\n  " + expected);
    return;
  }
  throw Failure(what + " succeeded, expected\n  " + expected);
}

// migrations/: replay agreement, then after.sql if present.
void run_replay_case(const fs::path& dir, const std::string& cluster) {
  std::string name = dir.filename().string();
  auto ups = migration_files(dir, ".up.sql");
  if (ups.empty()) throw Failure("migrations/ holds no *.up.sql file");

  testing::TestDatabase db(cluster, db_name(name, "r"));
  for (const auto& up : ups) {
    try {
      run_file(db.url(), up.string());
    } catch (const PgRejected& e) {
      throw Failure(std::string("the case is wrong: PostgreSQL rejects ") + e.what());
    }
  }
  // Down files, when every migration has one, undo the ups in reverse order.
  auto downs = migration_files(dir, ".down.sql");
  if (!downs.empty()) {
    if (downs.size() != ups.size()) throw Failure("migrations/: some up files have a .down.sql and some do not");
    testing::TestDatabase down_db(cluster, db_name(name, "d"));
    try {
      for (const auto& up : ups) run_file(down_db.url(), up.string());
      for (auto it = downs.rbegin(); it != downs.rend(); ++it) run_file(down_db.url(), it->string());
    } catch (const PgRejected& e) {
      throw Failure(std::string("the case is wrong: PostgreSQL rejects ") + e.what());
    }
    expect_no_changes(load::pg_live::introspect(down_db.url()), load::pg_sql::load({}),
                      "down files (live after every up and every down → empty state)");
  }

  model::Schema live = load::pg_live::introspect(db.url());
  // after.sql on its own first: what does not depend on the replay.
  bool has_after = fs::exists(dir / "after.sql");
  bool expect_empty = fs::exists(dir / "expect_empty_after_replay");
  model::Schema after;
  if (has_after) {
    after = interpret((dir / "after.sql").string());
    check_agreement(cluster, name, dir / "after.sql", after);
    if (expect_empty) expect_no_changes(live, after, "expect_empty_after_replay (live after migrations → after.sql)");
  }

  model::Schema replayed = replay(ups);
  expect_no_changes(live, replayed, "replay agreement (live after migrations → replayed migrations)");
  expect_no_changes(replayed, live, "replay agreement (replayed migrations → live after migrations)");

  if (!has_after) return;
  if (expect_empty) {
    expect_no_changes(replayed, after, "expect_empty_after_replay (replayed migrations → after.sql)");
    return;
  }
  converge(dir, db, replayed, after, replayed, "replayed migrations", "replayed migrations");
}

void run_pair_case(const fs::path& dir, const std::string& cluster) {
  std::string name = dir.filename().string();
  std::string before_sql = testing::read_file((dir / "before.sql").string());
  model::Schema before = interpret((dir / "before.sql").string());
  model::Schema after = interpret((dir / "after.sql").string());

  check_agreement(cluster, name, dir / "after.sql", after);
  testing::TestDatabase db(cluster, db_name(name, "c"));
  db.execute(before_sql);
  model::Schema live_before = load::pg_live::introspect(db.url());
  expect_no_changes(live_before, before, "agreement (live before.sql → interpreted before.sql)");

  if (fs::exists(dir / "expect_empty")) {
    expect_no_changes(before, after, "expect_empty (before.sql → after.sql)");
    return;
  }
  if (fs::exists(dir / "data.sql")) {
    try {
      run_file(db.url(), (dir / "data.sql").string());
    } catch (const PgRejected& e) {
      throw Failure(std::string("the case is wrong: PostgreSQL rejects ") + e.what());
    }
    // data.sql may also leave the catalog as a failure would (an INVALID index).
    live_before = load::pg_live::introspect(db.url());
  }
  // The plan starts from the live database, as `shale diff --from postgres://…` does.
  converge(dir, db, live_before, after, before, "before", "before.sql");
}

void run_case(const fs::path& dir, const std::string& cluster) {
  read_case_options(dir);
  if (fs::exists(dir / "expect_error")) return run_error_case(dir, cluster);
  if (fs::exists(dir / "migrations")) return run_replay_case(dir, cluster);
  run_pair_case(dir, cluster);
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
    std::cerr << error_text(e) << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "FAIL " << argv[1] << ": " << e.what() << "\n";
    return 1;
  }
  std::cout << "ok " << argv[1] << "\n";
  return 0;
}
