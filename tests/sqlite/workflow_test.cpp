// The everyday workflow on a SQLite project, through the shale binary: the
// commands that could lose data or surprise (rollback, apply --to, edited
// history, check), finding the project, starting and adopting migrations
// (issue 14).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

#include "../integration/cli_runner.hpp"
#include "migrate/directory.hpp"
#include "sqlite/database.hpp"
#include "sqlite_test_support.hpp"

using namespace shale;
using namespace shale::testing;
namespace fs = std::filesystem;

namespace {

const char* kDb = "/db/development.sqlite3";

std::string project() {
  std::string p = temp_dir("shale_workflow_");
  REQUIRE(shale_cmd(p, "init").exit_code == 0);
  return p;
}

// Writes the schema and a migration for it; returns the migration's version.
std::string migrate_to(const std::string& p, const std::string& schema, const std::string& name) {
  write_text(p + "/schema/app.sql", schema);
  auto d = shale_cmd(p, "diff " + name);
  INFO(d.output);
  REQUIRE(d.exit_code == 0);
  std::string newest;
  for (const auto& m : migrate::Directory(p + "/migrations").migrations()) newest = m.version;
  return newest;
}

std::string up_file(const std::string& p, const std::string& version) {
  for (const auto& m : migrate::Directory(p + "/migrations").migrations())
    if (m.version == version) return m.up_path;
  return "";
}

}  // namespace

TEST_CASE("rollback --steps takes N >= 1 and refuses 0 or a negative as a usage error") {
  std::string p = project();
  migrate_to(p, "CREATE TABLE a (id INTEGER PRIMARY KEY);\n", "create_a");
  migrate_to(p, "CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY);\n", "create_b");
  REQUIRE(shale_cmd(p, "apply").exit_code == 0);
  for (const char* args : {"rollback --steps 0", "rollback --steps -1", "rollback --steps -5 --dry-run"}) {
    auto r = shale_cmd(p, args);
    INFO(args << "\n" << r.output);
    CHECK(r.exit_code == 2);
    CHECK(r.output.find("would roll back") == std::string::npos);
    CHECK(scalar(p + kDb, "SELECT count(*) FROM shale_migrations") == "2");
  }
  auto one = shale_cmd(p, "rollback --steps 1");
  INFO(one.output);
  CHECK(one.exit_code == 0);
  CHECK(scalar(p + kDb, "SELECT count(*) FROM shale_migrations") == "1");
}

TEST_CASE("rollback refuses an irreversible down file without --force and --dry-run prints the SQL") {
  std::string p = project();
  migrate_to(p, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, draft TEXT);\n", "create_notes");
  REQUIRE(shale_cmd(p, "apply").exit_code == 0);
  sqlite::Database(p + kDb, false).exec("INSERT INTO notes (body, draft) VALUES ('kept', 'lost')");
  migrate_to(p, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n", "drop_draft");
  REQUIRE(shale_cmd(p, "apply").exit_code == 0);

  auto dry = shale_cmd(p, "rollback --dry-run");
  INFO(dry.output);
  CHECK(dry.exit_code == 0);
  CHECK(dry.output.find("(irreversible: needs --force)") != std::string::npos);
  CHECK(dry.output.find("ALTER TABLE notes ADD COLUMN draft TEXT;") != std::string::npos);

  auto refused = shale_cmd(p, "rollback");
  INFO(refused.output);
  CHECK(refused.exit_code == 2);
  CHECK(refused.output.find("_drop_draft.down.sql:1:1: error:") != std::string::npos);
  CHECK(refused.output.find("--force") != std::string::npos);
  CHECK(scalar(p + kDb, "SELECT count(*) FROM shale_migrations") == "2");

  auto forced = shale_cmd(p, "rollback --force");
  INFO(forced.output);
  CHECK(forced.exit_code == 0);
  CHECK(scalar(p + kDb, "SELECT count(*) FROM shale_migrations") == "1");
  CHECK(scalar(p + kDb, "SELECT count(*) FROM pragma_table_info('notes') WHERE name = 'draft'") == "1");
}

TEST_CASE("apply --to must name an existing version") {
  std::string p = project();
  std::string v1 = migrate_to(p, "CREATE TABLE a (id INTEGER PRIMARY KEY);\n", "create_a");
  migrate_to(p, "CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY);\n", "create_b");
  for (std::string to : {std::string("bogus"), v1.substr(0, 13)}) {
    auto r = shale_cmd(p, "apply --to " + to);
    INFO(r.output);
    CHECK(r.exit_code == 2);
    CHECK(r.output.find("--to " + to + ": no migration has this version") != std::string::npos);
    CHECK(!fs::exists(p + kDb));
  }
  auto first = shale_cmd(p, "apply --to " + v1);
  INFO(first.output);
  CHECK(first.exit_code == 0);
  CHECK(scalar(p + kDb, "SELECT group_concat(version) FROM shale_migrations") == v1);
}

TEST_CASE("apply refuses to go on when an applied migration was edited since even after shale hash") {
  std::string p = project();
  std::string v1 = migrate_to(p, "CREATE TABLE a (id INTEGER PRIMARY KEY);\n", "create_a");
  REQUIRE(shale_cmd(p, "apply").exit_code == 0);
  write_text(up_file(p, v1), migrate::read_text_file(up_file(p, v1)) + "CREATE INDEX a_id_idx ON a (id);\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  migrate_to(p, "CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE INDEX a_id_idx ON a (id);\nCREATE TABLE b (x);\n",
             "create_b");

  auto refused = shale_cmd(p, "apply");
  INFO(refused.output);
  CHECK(refused.exit_code == 2);
  CHECK(refused.output.find(up_file(p, v1).substr(p.size() + 1) + ": error: migration " + v1 +
                            "_create_a was edited after it was applied") != std::string::npos);
  CHECK(refused.output.find("--allow-checksum-mismatch") != std::string::npos);
  CHECK(refused.output.find("Nothing to apply") == std::string::npos);
  CHECK(shale_cmd(p, "apply --dry-run").exit_code == 2);
  CHECK(scalar(p + kDb, "SELECT count(*) FROM shale_migrations") == "1");

  auto anyway = shale_cmd(p, "apply --allow-checksum-mismatch");
  INFO(anyway.output);
  CHECK(anyway.exit_code == 0);
  CHECK(scalar(p + kDb, "SELECT count(*) FROM shale_migrations") == "2");
}

TEST_CASE("check tells drift from pending migrations") {
  std::string p = project();
  migrate_to(p, "CREATE TABLE a (id INTEGER PRIMARY KEY);\n", "create_a");
  REQUIRE(shale_cmd(p, "apply").exit_code == 0);
  std::string v2 =
      migrate_to(p, "CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY);\n", "create_b");

  auto pending = shale_cmd(p, "check");
  INFO(pending.output);
  CHECK(pending.exit_code == 0);
  CHECK(pending.output.find("No drift") != std::string::npos);
  CHECK(pending.output.find("pending " + v2 + "_create_b") != std::string::npos);
  CHECK(pending.output.find("CREATE TABLE") == std::string::npos);
  CHECK(pending.output.find("Drift:") == std::string::npos);

  sqlite::Database(p + kDb, false).exec("CREATE TABLE scratch (x)");
  auto drift = shale_cmd(p, "check");
  INFO(drift.output);
  CHECK(drift.exit_code == 1);
  CHECK(drift.output.find("DROP TABLE scratch") != std::string::npos);
  CHECK(drift.output.find("CREATE TABLE b") == std::string::npos);
  CHECK(drift.output.find("pending " + v2 + "_create_b") != std::string::npos);

  sqlite::Database(p + kDb, false).exec("DROP TABLE scratch");
  REQUIRE(shale_cmd(p, "apply").exit_code == 0);
  auto clean = shale_cmd(p, "check");
  CHECK(clean.exit_code == 0);
  CHECK(clean.output.find("pending") == std::string::npos);
}

TEST_CASE("shale finds shale.toml above the current directory or takes -C or --config") {
  std::string p = project();
  // AUTOINCREMENT is SQLite only: read as PostgreSQL it is a syntax error.
  migrate_to(p, "CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT);\n", "create_a");
  fs::create_directories(p + "/app/src");
  auto below = shale_cmd(p + "/app/src", "-v lint");
  INFO(below.output);
  CHECK(below.exit_code == 0);
  CHECK(below.output.find("project file ../../shale.toml, dialect sqlite") != std::string::npos);
  CHECK(below.output.find("syntax error") == std::string::npos);

  std::string elsewhere = temp_dir("shale_workflow_other_");
  auto by_dir = shale_cmd(elsewhere, "lint -C " + p);
  INFO(by_dir.output);
  CHECK(by_dir.exit_code == 0);
  auto by_file = shale_cmd(elsewhere, "--config " + p + "/shale.toml status");
  INFO(by_file.output);
  CHECK(by_file.exit_code == 0);
  CHECK(by_file.output.find("pending ") == 0);
  auto applied = shale_cmd(p + "/app", "apply");
  INFO(applied.output);
  CHECK(applied.exit_code == 0);
  CHECK(fs::exists(p + kDb));
  CHECK(!fs::exists(p + "/app/db"));
  auto missing = shale_cmd(elsewhere, "-C " + elsewhere + "/nope.toml lint");
  CHECK(missing.exit_code == 2);
  CHECK(missing.output.find("nope.toml: error: project file") != std::string::npos);
}

TEST_CASE("shale new writes an empty pair with the next version and --version and help say what shale is") {
  std::string p = project();
  std::string v1 = migrate_to(p, "CREATE TABLE a (id INTEGER PRIMARY KEY);\n", "create_a");
  auto made = shale_cmd(p, "new backfill_a");
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  auto all = migrate::Directory(p + "/migrations").migrations();
  REQUIRE(all.size() == 2);
  CHECK(all[1].name == "backfill_a");
  CHECK(all[1].version > v1);
  CHECK(!all[1].down_path.empty());
  CHECK(made.output.find("updated migrations/shale.sum") != std::string::npos);
  // The pair is in shale.sum: apply accepts the directory and runs both.
  write_text(all[1].up_path, "INSERT INTO a (id) VALUES (1);\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  auto applied = shale_cmd(p, "apply");
  INFO(applied.output);
  CHECK(applied.exit_code == 0);
  CHECK(scalar(p + kDb, "SELECT count(*) FROM a") == "1");
  CHECK(shale_cmd(p, "new Bad-Name").exit_code == 2);

  auto version = shale_cmd(p, "--version");
  CHECK(version.exit_code == 0);
  CHECK(version.output.rfind("shale ", 0) == 0);
  CHECK(shale_cmd(p, "--help").output.find("SQLite and PostgreSQL") != std::string::npos);
  auto inspect = shale_cmd(p, "inspect");
  INFO(inspect.output);
  CHECK(inspect.exit_code == 0);
  CHECK(inspect.output.find("CREATE TABLE a") != std::string::npos);
}

TEST_CASE("baseline records migrations as applied without running them") {
  std::string p = project();
  std::string v1 = migrate_to(p, "CREATE TABLE a (id INTEGER PRIMARY KEY);\n", "create_a");
  std::string v2 =
      migrate_to(p, "CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY);\n", "create_b");
  // A database that already has the first migration's schema, made without shale.
  fs::create_directories(p + "/db");
  sqlite::Database(p + kDb, true).exec("CREATE TABLE a (id INTEGER PRIMARY KEY); INSERT INTO a VALUES (7);");
  CHECK(shale_cmd(p, "baseline 2019").exit_code == 2);
  auto base = shale_cmd(p, "baseline " + v1);
  INFO(base.output);
  CHECK(base.exit_code == 0);
  CHECK(base.output.find("recorded " + v1 + "_create_a as applied (not run)") != std::string::npos);
  auto status = shale_cmd(p, "status");
  CHECK(status.output.find("applied " + v1) == 0);
  CHECK(status.output.find("pending " + v2) != std::string::npos);
  auto applied = shale_cmd(p, "apply");
  INFO(applied.output);
  CHECK(applied.exit_code == 0);
  CHECK(scalar(p + kDb, "SELECT count(*) FROM a") == "1");
  CHECK(shale_cmd(p, "check").exit_code == 0);
}

TEST_CASE("lint_baseline in shale.toml silences findings of migrations up to it") {
  std::string p = project();
  migrate_to(p, "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT);\n", "create_t");
  std::string v2 = migrate_to(p, "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, c TEXT);\n", "drop_b");
  auto old = shale_cmd(p, "lint");
  INFO(old.output);
  CHECK(old.exit_code == 1);
  std::string toml = migrate::read_text_file(p + "/shale.toml");
  write_text(p + "/shale.toml", "lint_baseline = \"" + v2 + "\"\n" + toml);
  auto quiet = shale_cmd(p, "lint");
  INFO(quiet.output);
  CHECK(quiet.exit_code == 0);
  CHECK(quiet.output.find("not reported") != std::string::npos);
  std::string v3 = migrate_to(p, "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);\n", "drop_c");
  auto fresh = shale_cmd(p, "lint");
  INFO(fresh.output);
  CHECK(fresh.exit_code == 1);
  CHECK(fresh.output.find(v3 + "_drop_c.up.sql") != std::string::npos);
  CHECK(fresh.output.find(v2 + "_drop_b.up.sql") == std::string::npos);
  write_text(p + "/shale.toml", "lint_baseline = \"2019\"\n" + toml);
  auto bad = shale_cmd(p, "lint");
  CHECK(bad.exit_code == 2);
  CHECK(bad.output.find("shale.toml:1:17: error: lint_baseline must be a migration version") != std::string::npos);
}

TEST_CASE("a SQLite rebuild keeps the AUTOINCREMENT counter and is safe on a connection with foreign keys on") {
  std::string p = project();
  migrate_to(
      p,
      "CREATE TABLE posts (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT);\n"
      "CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,"
      " body TEXT);\n",
      "create_posts");
  REQUIRE(shale_cmd(p, "apply").exit_code == 0);
  std::string db = p + kDb;
  sqlite::Database(db, false).exec(
      "INSERT INTO posts (title) VALUES ('one'), ('two'), ('three'); DELETE FROM posts WHERE id = 3;"
      "INSERT INTO comments (post_id, body) VALUES (1, 'a'), (1, 'b'), (2, 'c'), (2, 'd');");
  REQUIRE(scalar(db, "SELECT seq FROM sqlite_sequence WHERE name = 'posts'") == "3");
  write_text(
      p + "/schema/app.sql",
      "CREATE TABLE posts (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL DEFAULT '');\n"
      "CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,"
      " body TEXT);\n");
  auto sql = shale_cmd(p, "plan --format sql");
  INFO(sql.output);
  CHECK(sql.output.find("PRAGMA foreign_keys = OFF;\nBEGIN;\n") != std::string::npos);
  std::string tail = "PRAGMA foreign_key_check;\nCOMMIT;\nPRAGMA foreign_keys = ON;\n";
  REQUIRE(sql.output.size() > tail.size());
  CHECK(sql.output.substr(sql.output.size() - tail.size()) == tail);
  auto d = shale_cmd(p, "diff title_required");
  INFO(d.output);
  REQUIRE(d.exit_code == 0);
  std::string up;
  for (const auto& m : migrate::Directory(p + "/migrations").migrations()) up = m.up_path;

  // Another runner: the sqlite3 shell with foreign keys on, on a copy.
  fs::copy_file(db, p + "/copy.sqlite3");
  std::string shell = "cd '" + p + "' && sqlite3 -bail -cmd 'PRAGMA foreign_keys=ON' copy.sqlite3 < '" + up + "'";
  CHECK(std::system(shell.c_str()) == 0);
  CHECK(scalar(p + "/copy.sqlite3", "SELECT count(*) FROM comments") == "4");
  CHECK(scalar(p + "/copy.sqlite3", "SELECT seq FROM sqlite_sequence WHERE name = 'posts'") == "3");
  CHECK(scalar(p + "/copy.sqlite3", "SELECT \"notnull\" FROM pragma_table_info('posts') WHERE name = 'title'") == "1");

  // shale apply itself.
  auto applied = shale_cmd(p, "apply");
  INFO(applied.output);
  REQUIRE(applied.exit_code == 0);
  CHECK(scalar(db, "SELECT count(*) FROM comments") == "4");
  sqlite::Database(db, false).exec("INSERT INTO posts (title) VALUES ('four')");
  CHECK(scalar(db, "SELECT max(id) FROM posts") == "4");
  CHECK(shale_cmd(p, "check").exit_code == 0);
  CHECK(shale_cmd(p, "lint").exit_code == 0);
}
