// Crash safety of apply on SQLite, tested the way the PostgreSQL engine is:
// a `kill -9` in the middle of a table rebuild (the longest and most
// dangerous migration SQLite has: create, copy, drop, rename) leaves the file
// exactly as it was before the batch, with history that matches the schema;
// an apply waiting on the lock takes over after the holder is killed; and
// two concurrent applies run a rebuild exactly once. The kill point starts at
// half the time a full apply of the same migration takes on a copy of the
// file; a machine under load can make one run much faster or slower than the
// copy's, so a kill that came before the batch wrote anything, or after it
// committed, is tried again from the same file with a later or earlier kill.
// Either of those outcomes must still be whole (before, or all applied).
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
using Clock = std::chrono::steady_clock;

namespace {

// The whole schema as text: every object's type, name and SQL, by name.
std::string schema_text(const std::string& db) {
  return scalar(db,
                "SELECT group_concat(type || ' ' || name || ': ' || coalesce(sql, ''), char(10)) "
                "FROM (SELECT * FROM sqlite_schema ORDER BY name)");
}

std::string history(const std::string& db) {
  return scalar(
      db, "SELECT group_concat(version || ' ' || batch, ',') FROM (SELECT * FROM shale_migrations ORDER BY version)");
}

const char* kDb = "/db/development.sqlite3";

const char* kSchemaV1 =
    "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER);\n"
    "CREATE INDEX items_name_idx ON items (name);\n"
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES items (id), body TEXT);\n"
    "CREATE VIEW stocked AS SELECT id, name FROM items WHERE qty > 0;\n";

// qty becomes NOT NULL with a default and a CHECK: only a rebuild does that.
const char* kSchemaV2 =
    "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER NOT NULL DEFAULT 0 CHECK (qty >= "
    "0));\n"
    "CREATE INDEX items_name_idx ON items (name);\n"
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES items (id), body TEXT);\n"
    "CREATE VIEW stocked AS SELECT id, name FROM items WHERE qty > 0;\n";

void add_items(const std::string& db, long from, long to) {
  sqlite::Database(db, false).exec(
      "INSERT INTO items (id, name, qty) WITH RECURSIVE n(x) AS (SELECT " + std::to_string(from) +
      " UNION ALL SELECT x + 1 FROM n WHERE x < " + std::to_string(to) +
      ") SELECT x, 'item number ' || x, x % 7 FROM n;"
      "INSERT INTO notes (item_id, body) SELECT id, 'note' FROM items WHERE id % 1000 = 0 AND id >= " +
      std::to_string(from));
}

// The up file of the migration with this version.
std::string up_text(const std::string& dir, const std::string& version) {
  for (const auto& m : fs::directory_iterator(dir + "/migrations")) {
    std::string name = m.path().filename().string();
    if (name.rfind(version, 0) == 0 && name.size() > 7 && name.compare(name.size() - 7, 7, ".up.sql") == 0)
      return migrate::read_text_file(m.path().string());
  }
  return "";
}

struct Project {
  std::string dir, db;
  std::string rebuild_version;  // the pending rebuild migration
};

// A project whose migrations built kSchemaV1 (applied, filled with rows) and
// with two pending migrations: the rebuild to kSchemaV2 and one after it.
// The rows are doubled until a full apply of the pending batch, measured on a
// copy, takes at least a second; returns that time.
Project rebuild_project(const std::string& journal_mode, long* full_apply_ms) {
  Project p;
  p.dir = temp_dir("shale_crash_");
  REQUIRE(shale_cmd(p.dir, "init").exit_code == 0);
  p.db = p.dir + kDb;
  write_text(p.dir + "/schema/app.sql", kSchemaV1);
  REQUIRE(shale_cmd(p.dir, "diff create_items").exit_code == 0);
  REQUIRE(shale_cmd(p.dir, "apply").exit_code == 0);
  sqlite::Database(p.db, false).exec("PRAGMA journal_mode = " + journal_mode);
  write_text(p.dir + "/schema/app.sql", kSchemaV2);
  auto d = shale_cmd(p.dir, "diff rebuild_items");
  INFO(d.output);
  REQUIRE(d.exit_code == 0);
  for (const auto& m : fs::directory_iterator(p.dir + "/migrations")) {
    std::string name = m.path().filename().string();
    if (name.find("_rebuild_items.up.sql") != std::string::npos) p.rebuild_version = name.substr(0, 14);
  }
  REQUIRE(!p.rebuild_version.empty());
  REQUIRE(up_text(p.dir, p.rebuild_version).find("INSERT INTO") != std::string::npos);
  // A migration after the rebuild in the same batch: it must not be applied either.
  write_text(p.dir + "/migrations/29990101000000_after_rebuild.up.sql", "CREATE TABLE after_rebuild (id INTEGER);\n");
  write_text(p.dir + "/migrations/29990101000000_after_rebuild.down.sql", "DROP TABLE after_rebuild;\n");
  REQUIRE(shale_cmd(p.dir, "hash").exit_code == 0);

  long rows = 0;
  for (long target = 250000;; target *= 2) {
    add_items(p.db, rows + 1, target);
    rows = target;
    std::string copy = p.dir + "/copy.sqlite3";
    fs::copy_file(p.db, copy, fs::copy_options::overwrite_existing);
    auto t0 = Clock::now();
    auto applied = shale_cmd(p.dir, "apply --url sqlite://copy.sqlite3");
    long ms = long(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count());
    INFO(applied.output);
    REQUIRE(applied.exit_code == 0);
    fs::remove(copy);
    if (ms >= 1000 || rows >= 16000000) {
      *full_apply_ms = ms;
      return p;
    }
  }
}

// Starts `shale apply` in the project; returns its pid.
pid_t start_apply(const std::string& dir) {
  pid_t pid = fork();
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(99);
    execl(SHALE_BINARY, SHALE_BINARY, "apply", static_cast<char*>(nullptr));
    _exit(98);
  }
  return pid;
}

struct Kill {
  bool writing;  // the database's journal (rollback journal or WAL) was there: the batch was writing
  bool killed;   // the process died of the signal rather than finishing first
};

// Kills `pid` with SIGKILL after `ms`.
Kill kill_after(pid_t pid, long ms, const std::string& db) {
  std::this_thread::sleep_for(std::chrono::milliseconds(ms));
  std::error_code ec;
  bool journal = fs::exists(db + "-journal", ec) || (fs::exists(db + "-wal", ec) && fs::file_size(db + "-wal", ec) > 0);
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  return {journal, WIFSIGNALED(status)};
}

// Checks that the file is whole and exactly as before the batch.
void check_as_before(const Project& p, const std::string& schema_before, const std::string& history_before,
                     const std::string& rows_before) {
  // Opening the file rolls the interrupted batch back (hot journal, or WAL frames never committed).
  CHECK(scalar(p.db, "PRAGMA integrity_check") == "ok");
  CHECK(schema_text(p.db) == schema_before);
  CHECK(history(p.db) == history_before);
  CHECK(scalar(p.db, "SELECT count(*) || ' ' || sum(qty) FROM items") == rows_before);
  CHECK(scalar(p.db, "SELECT count(*) FROM pragma_foreign_key_check") == "0");
  // The history matches the schema: the state the applied migrations build is the file's.
  std::string applied = p.dir + "/applied";
  fs::remove_all(applied);
  fs::create_directories(applied);
  for (const auto& m : fs::directory_iterator(p.dir + "/migrations")) {
    std::string name = m.path().filename().string();
    if (name.size() > 14 && name.substr(0, 14) < p.rebuild_version) fs::copy_file(m.path(), applied + "/" + name);
  }
  auto plan = shale_cmd(p.dir, "plan --from sqlite://db/development.sqlite3 --to dir://applied --format sql");
  INFO(plan.output);
  CHECK(plan.exit_code == 0);
  CHECK(plan.output.empty());
  auto status = shale_cmd(p.dir, "status");
  CHECK(status.output.find("pending " + p.rebuild_version + "_rebuild_items") != std::string::npos);
  CHECK(status.output.find("pending 29990101000000_after_rebuild") != std::string::npos);
}

// Puts the file back as it was before the batch. The killed run's journal was
// rolled back by the checks that opened the file since; what is left of it must
// not be taken for the restored file's.
void restore(const std::string& pristine, const std::string& db) {
  for (const char* suffix : {"-journal", "-wal", "-shm"}) fs::remove(db + suffix);
  fs::copy_file(pristine, db, fs::copy_options::overwrite_existing);
}

// Copies the file as it is before the batch, for every try to start from.
std::string save_pristine(const Project& p) {
  std::string pristine = p.dir + "/pristine.sqlite3";
  fs::copy_file(p.db, pristine);
  return pristine;
}

// Runs `try_once(delay)` on the file as it was before the batch until its kill
// lands while the batch is writing: a kill that came after the run finished
// is tried again earlier, one that came before the batch wrote anything later.
template <class TryOnce>
void kill_while_writing(const Project& p, long delay, TryOnce try_once) {
  for (int attempt = 0; attempt < 8; ++attempt) {
    INFO("attempt " << attempt << ", kill after " << delay << " ms");
    restore(p.dir + "/pristine.sqlite3", p.db);
    Kill k = try_once(delay);
    if (k.killed && k.writing) return;
    delay = k.killed ? delay * 3 / 2 : delay / 2;
  }
  FAIL("no kill landed while the batch was writing");
}

// Checks that the batch is applied once, completely, with every row.
void check_applied(const Project& p, const std::string& rows_before) {
  CHECK(scalar(p.db, "PRAGMA integrity_check") == "ok");
  CHECK(scalar(p.db, "SELECT count(*) FROM shale_migrations") == "3");
  CHECK(scalar(p.db, "SELECT count(DISTINCT batch) FROM shale_migrations") == "2");
  CHECK(scalar(p.db, "SELECT \"notnull\" FROM pragma_table_info('items') WHERE name = 'qty'") == "1");
  CHECK(scalar(p.db, "SELECT count(*) || ' ' || sum(qty) FROM items") == rows_before);
  CHECK(
      scalar(p.db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('items_name_idx', 'stocked', 'after_rebuild')") ==
      "3");
  CHECK(scalar(p.db, "SELECT count(*) FROM pragma_foreign_key_check") == "0");
  auto check = shale_cmd(p.dir, "check");
  INFO(check.output);
  CHECK(check.exit_code == 0);
}

}  // namespace

TEST_CASE("kill -9 in the middle of a table rebuild leaves the SQLite file as it was before the batch") {
  for (const char* mode : {"delete", "wal"}) {
    INFO("journal_mode " << mode);
    long full_ms = 0;
    Project p = rebuild_project(mode, &full_ms);
    std::string schema_before = schema_text(p.db), history_before = history(p.db);
    std::string rows_before = scalar(p.db, "SELECT count(*) || ' ' || sum(qty) FROM items");

    std::string pristine = save_pristine(p);
    kill_while_writing(p, full_ms / 2, [&](long delay) {
      pid_t pid = start_apply(p.dir);
      Kill k = kill_after(pid, delay, p.db);
      k.killed = k.killed && scalar(p.db, "SELECT count(*) FROM shale_migrations") != "3";
      if (k.killed)
        check_as_before(p, schema_before, history_before, rows_before);
      else
        check_applied(p, rows_before);  // committed before the kill: whole, but not the case under test
      return k;
    });
    restore(pristine, p.db);

    // The next apply runs the whole batch.
    auto again = shale_cmd(p.dir, "apply");
    INFO(again.output);
    REQUIRE(again.exit_code == 0);
    check_applied(p, rows_before);
  }
}

TEST_CASE("an apply waiting on the lock takes over when the holder is killed in the middle of a rebuild") {
  long full_ms = 0;
  Project p = rebuild_project("delete", &full_ms);
  std::string rows_before = scalar(p.db, "SELECT count(*) || ' ' || sum(qty) FROM items");
  save_pristine(p);
  kill_while_writing(p, full_ms / 2, [&](long delay) {
    pid_t pid = start_apply(p.dir);
    // The second run starts while the first holds the lock, and waits for it.
    std::this_thread::sleep_for(std::chrono::milliseconds(delay / 2));
    CommandResult second;
    std::thread waiting([&] { second = shale_cmd(p.dir, "apply"); });
    Kill k = kill_after(pid, delay / 2, p.db);
    waiting.join();
    INFO(second.output);
    CHECK(second.exit_code == 0);
    if (k.killed && k.writing) CHECK(second.output.find("Applied 2 migrations") != std::string::npos);
    check_applied(p, rows_before);
    return k;
  });
}

TEST_CASE("two concurrent applies run a table rebuild exactly once") {
  long full_ms = 0;
  Project p = rebuild_project("delete", &full_ms);
  std::string rows_before = scalar(p.db, "SELECT count(*) || ' ' || sum(qty) FROM items");
  CommandResult a, b;
  std::thread ta([&] { a = shale_cmd(p.dir, "apply"); });
  std::thread tb([&] { b = shale_cmd(p.dir, "apply"); });
  ta.join();
  tb.join();
  INFO(a.output << b.output);
  CHECK(a.exit_code == 0);
  CHECK(b.exit_code == 0);
  // One run applied both migrations; the other found nothing left to do.
  bool a_applied = a.output.find("Applied 2 migrations") != std::string::npos;
  bool b_applied = b.output.find("Applied 2 migrations") != std::string::npos;
  CHECK(a_applied != b_applied);
  CHECK((a_applied ? b : a).output.find("Nothing to apply") != std::string::npos);
  check_applied(p, rows_before);
}
