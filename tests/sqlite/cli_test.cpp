// End to end on SQLite files through the shale binary: the whole loop from
// init, the table rebuild with everything that hangs off the table, the
// guarantees of apply (atomic migrations, one batch under concurrency, kill -9)
// and errors that name the file and line. SQLite is embedded: nothing to skip.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <thread>

#include "../integration/cli_runner.hpp"
#include "migrate/directory.hpp"
#include "sqlite/database.hpp"
#include "sqlite_test_support.hpp"

using namespace shale;
using namespace shale::testing;
namespace fs = std::filesystem;

namespace {

std::string project() {
  std::string p = temp_dir("shale_sqlite_");
  REQUIRE(shale_cmd(p, "init").exit_code == 0);
  return p;
}

const char* kDb = "/db/development.sqlite3";

}  // namespace

TEST_CASE("init defaults to SQLite with a development database under db/") {
  std::string p = project();
  std::string toml = migrate::read_text_file(p + "/shale.toml");
  CHECK(toml.find("dialect = \"sqlite\"") != std::string::npos);
  CHECK(toml.find("url = \"sqlite://db/development.sqlite3\"") != std::string::npos);
  CHECK(fs::is_directory(p + "/schema"));
  CHECK(fs::exists(p + "/migrations/shale.sum"));
}

TEST_CASE("the whole loop on SQLite: diff, lint, apply, rebuild, status, check, rollback") {
  std::string p = project();
  write_text(
      p + "/schema/app.sql",
      "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT);\n"
      "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id), title TEXT);\n"
      "CREATE INDEX posts_user_id_idx ON posts (user_id);\n");
  auto d1 = shale_cmd(p, "diff create_users");
  INFO(d1.output);
  REQUIRE(d1.exit_code == 0);
  REQUIRE(shale_cmd(p, "lint").exit_code == 0);
  REQUIRE(shale_cmd(p, "apply").exit_code == 0);
  std::string db = p + kDb;
  sqlite::Database(db, false).exec(
      "INSERT INTO users (email, name) VALUES ('a@example.com', 'A'), ('b@example.com', NULL);"
      "INSERT INTO posts (user_id, title) VALUES (1, 'one'), (2, 'two'), (2, 'three');");

  // name becomes NOT NULL with a default (a rebuild), posts gains a column.
  write_text(p + "/schema/app.sql",
             "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL DEFAULT "
             "'anonymous');\n"
             "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id), title TEXT,\n"
             "  published INTEGER NOT NULL DEFAULT 0);\n"
             "CREATE INDEX posts_user_id_idx ON posts (user_id);\n");
  auto d2 = shale_cmd(p, "diff require_names");
  INFO(d2.output);
  REQUIRE(d2.exit_code == 0);
  CHECK(d2.output.find("warning[sqlite-table-rebuild]") != std::string::npos);
  // The rebuild copies NULL into a NOT NULL column: the migration fails and
  // leaves nothing behind.
  auto failed = shale_cmd(p, "apply");
  INFO(failed.output);
  CHECK(failed.exit_code == 3);
  CHECK(failed.output.find("NOT NULL constraint failed") != std::string::npos);
  CHECK(scalar(db, "SELECT count(*) FROM shale_migrations") == "1");
  CHECK(scalar(db, "SELECT count(*) FROM pragma_table_info('posts') WHERE name = 'published'") == "0");
  // Fix the data, apply again.
  sqlite::Database(db, false).exec("UPDATE users SET name = 'B' WHERE name IS NULL");
  auto applied = shale_cmd(p, "apply");
  INFO(applied.output);
  REQUIRE(applied.exit_code == 0);
  CHECK(scalar(db, "SELECT count(*) FROM users") == "2");
  CHECK(scalar(db, "SELECT count(*) FROM posts") == "3");
  CHECK(scalar(db, "SELECT \"notnull\" FROM pragma_table_info('users') WHERE name = 'name'") == "1");
  CHECK(shale_cmd(p, "plan --from sqlite://db/development.sqlite3 --format sql").output.empty());
  auto check = shale_cmd(p, "check");
  INFO(check.output);
  CHECK(check.exit_code == 0);
  auto status = shale_cmd(p, "status");
  CHECK(status.output.find("applied " + std::string("20")) != std::string::npos);
  CHECK(status.output.find("pending") == std::string::npos);

  auto rolled = shale_cmd(p, "rollback");
  INFO(rolled.output);
  REQUIRE(rolled.exit_code == 0);
  CHECK(scalar(db, "SELECT \"notnull\" FROM pragma_table_info('users') WHERE name = 'name'") == "0");
  CHECK(scalar(db, "SELECT count(*) FROM users") == "2");
  CHECK(scalar(db, "SELECT count(*) FROM posts") == "3");
  CHECK(scalar(db, "SELECT count(*) FROM shale_migrations") == "1");
  // Drift: a table made by hand is reported.
  sqlite::Database(db, false).exec("CREATE TABLE scratch (x)");
  auto drift = shale_cmd(p, "check");
  CHECK(drift.exit_code == 1);
  CHECK(drift.output.find("DROP TABLE scratch") != std::string::npos);
}

TEST_CASE("a rebuild keeps every row, index, trigger and view, and foreign keys stay valid") {
  std::string p = project();
  write_text(
      p + "/schema/app.sql",
      "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT, rating REAL);\n"
      "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id) ON DELETE CASCADE,\n"
      "  title TEXT NOT NULL);\n"
      "CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);\n"
      "CREATE INDEX authors_name_idx ON authors (name);\n"
      "CREATE TRIGGER authors_audit AFTER INSERT ON authors BEGIN INSERT INTO audit (what) VALUES ('author ' || "
      "NEW.name); END;\n"
      "CREATE VIEW author_books AS SELECT a.name, b.title FROM authors a JOIN books b ON b.author_id = a.id;\n");
  REQUIRE(shale_cmd(p, "diff init").exit_code == 0);
  REQUIRE(shale_cmd(p, "apply").exit_code == 0);
  std::string db = p + kDb;
  {
    sqlite::Database conn(db, false);
    conn.exec("PRAGMA foreign_keys = ON");
    for (int i = 1; i <= 200; ++i)
      conn.exec("INSERT INTO authors (name, rating) VALUES ('author" + std::to_string(i) + "', " +
                std::to_string(i % 5) + ".5)");
    for (int i = 1; i <= 500; ++i)
      conn.exec("INSERT INTO books (author_id, title) VALUES (" + std::to_string(1 + i % 200) + ", 'book" +
                std::to_string(i) + "')");
  }
  // rating: REAL → NUMERIC and NOT NULL, name gains a CHECK: only a rebuild does that.
  write_text(
      p + "/schema/app.sql",
      "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT CHECK (length(name) > 0), rating NUMERIC NOT NULL "
      "DEFAULT 0);\n"
      "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id) ON DELETE CASCADE,\n"
      "  title TEXT NOT NULL);\n"
      "CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);\n"
      "CREATE INDEX authors_name_idx ON authors (name);\n"
      "CREATE TRIGGER authors_audit AFTER INSERT ON authors BEGIN INSERT INTO audit (what) VALUES ('author ' || "
      "NEW.name); END;\n"
      "CREATE VIEW author_books AS SELECT a.name, b.title FROM authors a JOIN books b ON b.author_id = a.id;\n");
  auto d = shale_cmd(p, "diff rebuild_authors");
  INFO(d.output);
  REQUIRE(d.exit_code == 0);
  std::string audit_before = scalar(db, "SELECT count(*) FROM audit");
  auto a = shale_cmd(p, "apply");
  INFO(a.output);
  REQUIRE(a.exit_code == 0);
  CHECK(scalar(db, "SELECT type FROM pragma_table_info('authors') WHERE name = 'rating'") == "NUMERIC");
  CHECK(scalar(db, "SELECT count(*) FROM authors") == "200");
  // The books still point at their authors: ON DELETE CASCADE did not fire
  // when the old table was dropped.
  CHECK(scalar(db, "SELECT count(*) FROM books") == "500");
  CHECK(scalar(db, "SELECT count(*) FROM author_books") == "500");
  CHECK(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check") == "0");
  CHECK(scalar(
            db,
            "SELECT count(*) FROM sqlite_schema WHERE name IN ('authors_name_idx', 'authors_audit', 'author_books')") ==
        "3");
  // Copying rows did not fire the insert trigger; the recreated trigger works.
  CHECK(scalar(db, "SELECT count(*) FROM audit") == audit_before);
  sqlite::Database(db, false).exec("INSERT INTO authors (name) VALUES ('new')");
  CHECK(scalar(db, "SELECT what FROM audit ORDER BY id DESC LIMIT 1") == "author new");
  CHECK(shale_cmd(p, "check").exit_code == 0);
  // And back.
  REQUIRE(shale_cmd(p, "rollback").exit_code == 0);
  CHECK(scalar(db, "SELECT type FROM pragma_table_info('authors') WHERE name = 'rating'") == "REAL");
  CHECK(scalar(db, "SELECT count(*) FROM books") == "500");
  CHECK(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check") == "0");
}

TEST_CASE("a migration that breaks a foreign key is refused and leaves no trace") {
  std::string p = project();
  write_text(p + "/migrations/20260101000000_base.up.sql",
             "CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (a_id INTEGER REFERENCES a (id));\n");
  write_text(p + "/migrations/20260101000000_base.down.sql", "DROP TABLE b;\nDROP TABLE a;\n");
  write_text(p + "/migrations/20260102000000_orphan.up.sql", "INSERT INTO b VALUES (42);\n");
  write_text(p + "/migrations/20260102000000_orphan.down.sql", "DELETE FROM b;\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  auto r = shale_cmd(p, "apply");
  INFO(r.output);
  CHECK(r.exit_code == 3);
  CHECK(r.output.find("20260102000000_orphan.up.sql: error: foreign key check failed") != std::string::npos);
  std::string db = p + kDb;
  CHECK(scalar(db, "SELECT count(*) FROM b") == "0");
  CHECK(scalar(db, "SELECT group_concat(version) FROM shale_migrations") == "20260101000000");
}

TEST_CASE("a failing statement names file and line, and earlier migrations of the batch stay applied") {
  std::string p = project();
  write_text(p + "/migrations/20260101000000_one.up.sql", "CREATE TABLE one (id INTEGER);\n");
  write_text(p + "/migrations/20260102000000_two.up.sql",
             "CREATE TABLE two (id INTEGER);\nINSERT INTO two VALUES (1);\n\nINSERT INTO missing VALUES (1);\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  auto r = shale_cmd(p, "apply");
  INFO(r.output);
  CHECK(r.exit_code == 3);
  CHECK(r.output.find("20260102000000_two.up.sql:4:1: error: no such table: missing") != std::string::npos);
  std::string db = p + kDb;
  CHECK(scalar(db, "SELECT group_concat(version) FROM shale_migrations") == "20260101000000");
  CHECK(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'two'") == "0");
}

TEST_CASE("two concurrent apply runs apply each migration once, in one batch (SQLite)") {
  std::string p = project();
  // Each migration takes a while, so the two runs overlap.
  for (int i = 0; i < 5; ++i)
    write_text(p + "/migrations/2026010100000" + std::to_string(i) + "_m" + std::to_string(i) + ".up.sql",
               "CREATE TABLE t" + std::to_string(i) +
                   " (id INTEGER);\n"
                   "INSERT INTO t" +
                   std::to_string(i) +
                   " WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 300000)"
                   " SELECT x FROM n;\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  CommandResult a, b;
  std::thread ta([&] { a = shale_cmd(p, "apply"); });
  std::thread tb([&] { b = shale_cmd(p, "apply"); });
  ta.join();
  tb.join();
  INFO(a.output << b.output);
  CHECK(a.exit_code == 0);
  CHECK(b.exit_code == 0);
  std::string db = p + kDb;
  CHECK(scalar(db, "SELECT count(*) FROM shale_migrations") == "5");
  CHECK(scalar(db, "SELECT count(DISTINCT batch) FROM shale_migrations") == "1");
  CHECK(scalar(db, "SELECT count(*) FROM t4") == "300000");
}

TEST_CASE("kill -9 during apply leaves the SQLite file consistent") {
  std::string p = project();
  write_text(p + "/migrations/20260101000000_quick.up.sql", "CREATE TABLE quick (id INTEGER);\n");
  write_text(p + "/migrations/20260102000000_long.up.sql",
             "CREATE TABLE big (id INTEGER);\n"
             "INSERT INTO big WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 50000000) "
             "SELECT x FROM n;\n"
             "CREATE TABLE after_insert (id INTEGER);\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  pid_t pid = fork();
  if (pid == 0) {
    if (chdir(p.c_str()) != 0) _exit(99);
    execl(SHALE_BINARY, SHALE_BINARY, "apply", static_cast<char*>(nullptr));
    _exit(98);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  REQUIRE(WIFSIGNALED(status));
  std::string db = p + kDb;
  // Opening the file rolls the interrupted batch back from the journal.
  CHECK(scalar(db, "PRAGMA integrity_check") == "ok");
  CHECK(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('big', 'after_insert')") == "0");
  std::string history = scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'shale_migrations'") == "1"
                            ? scalar(db, "SELECT count(*) FROM shale_migrations WHERE version = '20260102000000'")
                            : "0";
  CHECK(history == "0");
  // The next apply runs both migrations to the end.
  write_text(p + "/migrations/20260102000000_long.up.sql",
             "CREATE TABLE big (id INTEGER);\nINSERT INTO big VALUES (1);\nCREATE TABLE after_insert (id INTEGER);\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  auto again = shale_cmd(p, "apply");
  INFO(again.output);
  REQUIRE(again.exit_code == 0);
  CHECK(scalar(db, "SELECT count(*) FROM shale_migrations") == "2");
  CHECK(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('quick', 'big', 'after_insert')") == "3");
}

TEST_CASE("desired-state errors on SQLite name file, line and column and exit 2") {
  std::string p = project();
  write_text(p + "/schema/app.sql",
             "CREATE TABLE users (id INTEGER PRIMARY KEY);\n\n  CREATE INDEX x_idx ON missing (id);\n");
  auto r = shale_cmd(p, "plan");
  CHECK(r.exit_code == 2);
  CHECK(r.output.find("schema/app.sql:3:3: error: no such table: main.missing") != std::string::npos);
  write_text(p + "/schema/app.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\nINSERT INTO users VALUES (1);\n");
  auto data = shale_cmd(p, "plan");
  CHECK(data.exit_code == 2);
  CHECK(data.output.find("schema/app.sql:2:1: error: INSERT statements are not part of a desired schema") !=
        std::string::npos);
  // SQLite itself accepts this and fails only when the key is used.
  write_text(p + "/schema/app.sql",
             "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n\n"
             "CREATE TABLE posts (id INTEGER PRIMARY KEY, author TEXT REFERENCES users (emial));\n");
  auto fk = shale_cmd(p, "plan");
  CHECK(fk.exit_code == 2);
  CHECK(fk.output.find("schema/app.sql:3:1: error: foreign key mismatch - \"posts\" referencing \"users\"") !=
        std::string::npos);
  write_text(p + "/schema/app.sql",
             "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n"
             "CREATE VIEW emails AS SELECT emial FROM users;\n");
  auto view = shale_cmd(p, "plan");
  CHECK(view.exit_code == 2);
  CHECK(view.output.find("schema/app.sql:2:1: error: no such column: emial (in emails)") != std::string::npos);
  write_text(p + "/schema/app.sql",
             "CREATE TABLE users (id INTEGER PRIMARY KEY, seen TEXT DEFAULT (datetime('now')));\n"
             "CREATE TABLE audit (what TEXT);\n"
             "CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN INSERT INTO audit (wat) VALUES ('x'); END;\n");
  auto trigger = shale_cmd(p, "plan");
  CHECK(trigger.exit_code == 2);
  CHECK(trigger.output.find("schema/app.sql:1:1: error: table audit has no column named wat (in users)") !=
        std::string::npos);
  write_text(p + "/schema/app.sql",
             "CREATE TABLE users (id INTEGER PRIMARY KEY, seen TEXT DEFAULT (dateteim('now')));\n");
  auto function = shale_cmd(p, "plan");
  CHECK(function.exit_code == 2);
  CHECK(function.output.find("unknown function: dateteim()") != std::string::npos);
  write_text(p + "/schema/app.sql", "CREATE VIRTUAL TABLE docs USING fts5(body);\n");
  auto virt = shale_cmd(p, "plan");
  CHECK(virt.exit_code == 2);
  CHECK(virt.output.find("virtual tables are not supported") != std::string::npos);
}

TEST_CASE("seed and no-transaction migrations on SQLite") {
  std::string p = project();
  write_text(p + "/migrations/20260101000000_t.up.sql",
             "CREATE TABLE t (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES t (id));\n");
  write_text(p + "/migrations/20260102000000_vacuum.up.sql", "-- shale:no-transaction\nVACUUM;\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  auto a = shale_cmd(p, "apply");
  INFO(a.output);
  REQUIRE(a.exit_code == 0);
  write_text(p + "/seeds/01_rows.sql", "INSERT INTO t VALUES (1, NULL);\nINSERT INTO t VALUES (2, 1);\n");
  write_text(p + "/seeds/02_bad.sql", "INSERT INTO t VALUES (3, 99);\n");
  auto s = shale_cmd(p, "seed --specific 01_rows.sql");
  INFO(s.output);
  REQUIRE(s.exit_code == 0);
  // Seeds run with foreign keys enforced, in a transaction.
  auto bad = shale_cmd(p, "seed --specific 02_bad.sql");
  CHECK(bad.exit_code == 3);
  std::string db = p + kDb;
  CHECK(scalar(db, "SELECT count(*) FROM t") == "2");
  CHECK(scalar(db, "SELECT count(*) FROM shale_migrations") == "2");
}

TEST_CASE("inspect prints a SQLite file as SQL that plans to nothing, or as JSON") {
  std::string p = project();
  write_text(p + "/schema/app.sql",
             "CREATE TABLE tags (name TEXT PRIMARY KEY, uses INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;\n"
             "CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT, size INTEGER AS (length(body)) "
             "VIRTUAL) STRICT;\n");
  REQUIRE(shale_cmd(p, "diff init").exit_code == 0);
  REQUIRE(shale_cmd(p, "apply").exit_code == 0);
  auto sql = shale_cmd(p, "inspect --url sqlite://db/development.sqlite3");
  REQUIRE(sql.exit_code == 0);
  CHECK(sql.output.find(") WITHOUT ROWID") != std::string::npos);
  CHECK(sql.output.find("GENERATED ALWAYS AS (length(body)) VIRTUAL") != std::string::npos);
  write_text(p + "/inspected.sql", sql.output);
  CHECK(shale_cmd(p, "plan --from sqlite://db/development.sqlite3 --to inspected.sql --format sql").output.empty());
  auto json = shale_cmd(p, "inspect --url sqlite://db/development.sqlite3 --format json");
  CHECK(json.output.find("\"name\": \"tags\"") != std::string::npos);
  CHECK(json.output.find("\"without_rowid\": true") != std::string::npos);
  CHECK(json.output.find("\"generated_kind\": \"virtual\"") != std::string::npos);
  auto missing = shale_cmd(p, "inspect --url sqlite://nope.db");
  CHECK(missing.exit_code == 2);
  CHECK(missing.output.find("SQLite database nope.db does not exist") != std::string::npos);
}

TEST_CASE("plan --format markdown and review work on a SQLite project") {
  std::string p = project();
  write_text(
      p + "/schema/app.sql",
      "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT);\n"
      "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title TEXT, legacy TEXT);\n");
  REQUIRE(shale_cmd(p, "diff init").exit_code == 0);
  auto git = [&](const std::string& args) {
    return std::system(("cd '" + p + "' && git " + args + " >/dev/null 2>&1").c_str());
  };
  REQUIRE(git("init -q -b main") == 0);
  REQUIRE(git("add -A") == 0);
  REQUIRE(git("-c user.email=t@example.com -c user.name=t commit -qm base") == 0);
  REQUIRE(git("checkout -qb feature") == 0);
  write_text(p + "/schema/app.sql",
             "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL DEFAULT '');\n"
             "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title TEXT);\n");
  auto md = shale_cmd(p, "plan --format markdown");
  INFO(md.output);
  CHECK(md.exit_code == 0);
  CHECK(md.output.find("### table `users`") != std::string::npos);
  CHECK(md.output.find("INSERT INTO shale_new_users (id, email, name) SELECT id, email, name FROM users;") !=
        std::string::npos);
  CHECK(md.output.find("warning `sqlite-table-rebuild`") != std::string::npos);
  CHECK(md.output.find("error `drop-column`") != std::string::npos);
  CHECK(md.output.find("-  name TEXT\n+  name TEXT NOT NULL DEFAULT ''") != std::string::npos);
  REQUIRE(shale_cmd(p, "diff tighten").exit_code == 0);
  REQUIRE(git("add -A") == 0);
  REQUIRE(git("-c user.email=t@example.com -c user.name=t commit -qm tighten") == 0);
  auto review = shale_cmd(p, "review --base main");
  INFO(review.output);
  CHECK(review.exit_code == 1);  // drop-column is an error
  CHECK(review.output.find("**1 new migration**") != std::string::npos);
  CHECK(review.output.find("migrations build `schema`") != std::string::npos);
  CHECK(review.output.find("error `drop-column`") != std::string::npos);
}

TEST_CASE("status, rollback and a dry run do not create the SQLite file") {
  std::string p = project();
  write_text(p + "/migrations/20260101000000_t.up.sql", "CREATE TABLE t (id INTEGER);\n");
  write_text(p + "/migrations/20260101000000_t.down.sql", "DROP TABLE t;\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  auto status = shale_cmd(p, "status");
  CHECK(status.exit_code == 0);
  CHECK(status.output == "pending 20260101000000_t\n");
  CHECK(shale_cmd(p, "rollback").output == "Nothing to roll back.\n");
  CHECK(shale_cmd(p, "apply --dry-run").output.find("would apply 20260101000000_t") != std::string::npos);
  CHECK_FALSE(fs::exists(p + kDb));
  CHECK(shale_cmd(p, "apply").exit_code == 0);
  CHECK(fs::exists(p + kDb));
}
