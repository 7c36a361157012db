// `shale apply` on a busy PostgreSQL: a migration whose lock wait runs into
// lock_timeout is retried with back-off ([apply] of shale.toml), a failed
// CREATE INDEX CONCURRENTLY's INVALID index is dropped before the retry, and
// when the retries run out the apply fails with the history unchanged.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <pqxx/pqxx>
#include <thread>

#include "cli_runner.hpp"
#include "pg_test_db.hpp"

using namespace shale::testing;

namespace {
// A project whose first migration created users (applied), and whose second
// one, `second_up`, is pending.
std::string project(const TestDatabase& db, const std::string& apply_settings, const std::string& second_up) {
  std::string p = temp_dir("shale_apply_retry_");
  write_text(p + "/shale.toml",
             "dialect = \"postgres\"\n[env.development]\nurl = \"" + db.url() + "\"\n\n[apply]\n" + apply_settings);
  write_text(p + "/migrations/20260101000000_users.up.sql",
             "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
  write_text(p + "/migrations/20260101000000_users.down.sql", "DROP TABLE users;\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  REQUIRE(shale_cmd(p, "apply").exit_code == 0);
  write_text(p + "/migrations/20260102000000_second.up.sql", second_up);
  write_text(p + "/migrations/20260102000000_second.down.sql", "SELECT 1;\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  return p;
}

// Another session holding a lock on users from construction (the statement
// has run when the constructor returns) until `release()` or `hold_ms`.
class Blocker {
 public:
  Blocker(const std::string& url, const std::string& statement, int hold_ms) : conn_(url) {
    std::atomic<bool> locked{false};
    thread_ = std::thread([this, statement, hold_ms, &locked] {
      pqxx::work tx(conn_);
      tx.exec(statement);
      locked = true;
      for (int waited = 0; waited < hold_ms && !released_; waited += 10)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      tx.commit();
    });
    while (!locked) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  void release() {
    released_ = true;
    if (thread_.joinable()) thread_.join();
  }
  ~Blocker() { release(); }

 private:
  pqxx::connection conn_;
  std::atomic<bool> released_{false};
  std::thread thread_;
};
}  // namespace

TEST_CASE("apply retries a lock timeout with back-off and then succeeds", "[postgres][apply]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "apply_retry_ok");
  std::string p = project(db, "lock_timeout = \"300ms\"\nlock_retries = 5\nlock_retry_delay = \"500ms\"\n",
                          "ALTER TABLE users ADD COLUMN nickname text;\n");
  CommandResult applied{0, ""};
  {
    // A reader in a long transaction: ADD COLUMN's ACCESS EXCLUSIVE waits for it.
    Blocker reader(db.url(), "SELECT * FROM users", 1500);
    applied = shale_cmd(p, "apply");
  }
  INFO(applied.output);
  CHECK(applied.exit_code == 0);
  CHECK(applied.output.find("lock timeout on public.users (20260102000000_second, line 1); retry 1/5 in 500ms") !=
        std::string::npos);
  CHECK(applied.output.find("retry 2/5 in 1s") != std::string::npos);
  CHECK(scalar(db.url(), "SELECT count(*) FROM shale_migrations") == "2");
  CHECK(
      scalar(
          db.url(),
          "SELECT count(*) FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'nickname'") ==
      "1");
}

TEST_CASE("apply gives up after its retries and leaves the history unchanged", "[postgres][apply]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "apply_retry_exhausted");
  std::string p =
      project(db, "lock_timeout = \"200ms\"\nlock_retries = 2\nlock_retry_delay = \"100ms\"\n",
              "ALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX users_email_idx ON users (email);\n");
  Blocker reader(db.url(), "SELECT * FROM users", 60000);
  auto applied = shale_cmd(p, "apply");
  reader.release();
  INFO(applied.output);
  CHECK(applied.exit_code == 3);
  CHECK(applied.output.find("retry 1/2 in 100ms") != std::string::npos);
  CHECK(applied.output.find("retry 2/2 in 200ms") != std::string::npos);
  CHECK(applied.output.find("gave up after 2 retries") != std::string::npos);
  CHECK(applied.output.find("20260102000000_second.up.sql:1:1: error:") != std::string::npos);
  CHECK(scalar(db.url(), "SELECT count(*) FROM shale_migrations") == "1");
  CHECK(
      scalar(
          db.url(),
          "SELECT count(*) FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'nickname'") ==
      "0");
  // Nothing left over: a later apply, unblocked, runs it.
  CHECK(shale_cmd(p, "apply").exit_code == 0);
  CHECK(scalar(db.url(), "SELECT count(*) FROM shale_migrations") == "2");
}

TEST_CASE("a CREATE INDEX CONCURRENTLY that timed out has its INVALID index dropped before the retry",
          "[postgres][apply]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "apply_retry_cic");
  std::string p = project(db, "lock_timeout = \"300ms\"\nlock_retries = 8\nlock_retry_delay = \"300ms\"\n",
                          "-- shale:no-transaction\nCREATE TABLE notes (id int);\n"
                          "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n");
  CommandResult applied{0, ""};
  {
    // An open writer: the build waits for it after creating the (INVALID) index.
    Blocker writer(db.url(), "INSERT INTO users VALUES (1, 'a@x')", 1500);
    applied = shale_cmd(p, "apply");
  }
  INFO(applied.output);
  CHECK(applied.exit_code == 0);
  // The retry resumes at the index: CREATE TABLE notes, committed before it, is not run again.
  CHECK(applied.output.find("lock timeout on public.users (20260102000000_second, line 3); retry 1/8") !=
        std::string::npos);
  CHECK(applied.output.find(
            "dropped the INVALID index public.users_email_idx the failed CREATE INDEX CONCURRENTLY left") !=
        std::string::npos);
  CHECK(scalar(db.url(),
               "SELECT count(*) FROM pg_index WHERE indexrelid = 'users_email_idx'::regclass AND indisvalid") == "1");
  CHECK(scalar(db.url(), "SELECT count(*) FROM pg_index WHERE NOT indisvalid") == "0");
  CHECK(scalar(db.url(), "SELECT to_regclass('notes') IS NOT NULL") == "t");
  CHECK(scalar(db.url(), "SELECT count(*) FROM shale_migrations") == "2");
}

TEST_CASE("each migration runs with [apply]'s lock_timeout and statement_timeout", "[postgres][apply]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "apply_timeouts");
  // A migration's own SET (which outlives its transaction) does not carry
  // into the next migration of the batch.
  std::string p = project(db, "lock_timeout = \"750ms\"\nstatement_timeout = \"3s\"\n",
                          "SET lock_timeout = 0;\nSET statement_timeout = 0;\n");
  write_text(p + "/migrations/20260102100000_settings.up.sql",
             "CREATE TABLE settings AS SELECT current_setting('lock_timeout') AS lock_timeout,"
             " current_setting('statement_timeout') AS statement_timeout;\n");
  write_text(p + "/migrations/20260102100000_settings.down.sql", "DROP TABLE settings;\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  auto applied = shale_cmd(p, "apply");
  CHECK(applied.output.find("Applied 2 migrations") != std::string::npos);
  INFO(applied.output);
  REQUIRE(applied.exit_code == 0);
  CHECK(scalar(db.url(), "SELECT lock_timeout FROM settings") == "750ms");
  CHECK(scalar(db.url(), "SELECT statement_timeout FROM settings") == "3s");

  // A statement timeout is not a lock timeout: no retry, the apply fails.
  write_text(p + "/migrations/20260103000000_slow.up.sql", "SELECT pg_sleep(5);\n");
  write_text(p + "/migrations/20260103000000_slow.down.sql", "SELECT 1;\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  auto slow = shale_cmd(p, "apply");
  INFO(slow.output);
  CHECK(slow.exit_code == 3);
  CHECK(slow.output.find("statement timeout") != std::string::npos);
  CHECK(slow.output.find("retry") == std::string::npos);
  CHECK(scalar(db.url(), "SELECT count(*) FROM shale_migrations") == "3");
}
