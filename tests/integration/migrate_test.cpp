// The migration workflow end to end against real PostgreSQL, through the CLI.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <pqxx/pqxx>
#include <thread>

#include "cli_runner.hpp"
#include "pg_test_db.hpp"

using namespace shale::testing;
namespace fs = std::filesystem;

TEST_CASE("init → diff → apply → edit → diff → apply → rollback → status", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "migrate_cycle");
  std::string p = temp_dir("shale_cycle_");
  std::string url = " --url " + db.url();
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  REQUIRE(fs::exists(p + "/shale.toml"));

  write_text(p + "/schema/users.sql",
             "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\n");
  auto d1 = shale_cmd(p, "diff create_users");
  REQUIRE(d1.exit_code == 0);
  CHECK(files_in(p + "/migrations", ".up.sql").size() == 1);
  REQUIRE(shale_cmd(p, "apply" + url).exit_code == 0);
  CHECK(scalar(db.url(), "SELECT count(*) FROM information_schema.columns WHERE table_name = 'users'") == "2");
  CHECK(scalar(db.url(), "SELECT count(*) FROM shale_migrations") == "1");

  write_text(
      p + "/schema/users.sql",
      "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, name text);\n"
      "CREATE INDEX users_email_idx ON users (email);\n");
  auto d2 = shale_cmd(p, "diff add_name");
  REQUIRE(d2.exit_code == 0);
  // An index on a table that already has rows is built concurrently, in a
  // migration of its own outside a transaction, which lints clean.
  CHECK(d2.output.find("error[") == std::string::npos);
  CHECK(d2.output.find("warning[") == std::string::npos);
  auto nothing = shale_cmd(p, "diff again");
  CHECK(nothing.exit_code == 0);
  CHECK(nothing.output.find("nothing written") != std::string::npos);
  auto ups = files_in(p + "/migrations", ".up.sql");
  REQUIRE(ups.size() == 3);
  CHECK(read_file(ups[1]).find("SET lock_timeout = '5s';\n") != std::string::npos);
  CHECK(read_file(ups[2]).find(
            "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY users_email_idx ON users USING btree (email);\n") !=
        std::string::npos);
  auto applied = shale_cmd(p, "apply" + url);
  REQUIRE(applied.exit_code == 0);
  CHECK(scalar(db.url(), "SELECT count(*) FROM information_schema.columns WHERE table_name = 'users'") == "3");
  CHECK(scalar(db.url(), "SELECT to_regclass('users_email_idx') IS NOT NULL") == "t");
  CHECK(scalar(db.url(), "SELECT max(batch) FROM shale_migrations") == "2");
  CHECK(shale_cmd(p, "check" + url).exit_code == 0);
  CHECK(shale_cmd(p, "plan --format sql --exit-code").exit_code == 0);

  auto rolled = shale_cmd(p, "rollback" + url);
  REQUIRE(rolled.exit_code == 0);
  CHECK(scalar(db.url(), "SELECT count(*) FROM information_schema.columns WHERE table_name = 'users'") == "2");
  CHECK(scalar(db.url(), "SELECT to_regclass('users_email_idx') IS NULL") == "t");
  auto status = shale_cmd(p, "status" + url);
  CHECK(status.exit_code == 0);
  CHECK(status.output.find("applied ") == 0);
  CHECK(status.output.find("\npending ") != std::string::npos);
  // The rolled-back migration is pending, not drift: the database equals
  // the state of the migration it has applied.
  auto check = shale_cmd(p, "check" + url);
  CHECK(check.exit_code == 0);
  CHECK(check.output.find("ADD COLUMN name text") == std::string::npos);
  CHECK(check.output.find("pending ") != std::string::npos);
}

TEST_CASE("a migration failing in its third statement leaves no trace", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "migrate_failure");
  std::string p = temp_dir("shale_fail_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/migrations/20260101000000_bad.up.sql",
             "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nINSERT INTO missing VALUES (1);\nCREATE TABLE c (id "
             "int);\n");
  write_text(p + "/migrations/20260101000000_bad.down.sql", "DROP TABLE b;\nDROP TABLE a;\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  auto r = shale_cmd(p, "apply --url " + db.url());
  CHECK(r.exit_code == 3);
  CHECK(r.output.find("20260101000000_bad.up.sql:3:1: error:") != std::string::npos);
  CHECK(r.output.find("INSERT INTO missing VALUES (1)") != std::string::npos);
  CHECK(scalar(db.url(), "SELECT to_regclass('a') IS NULL AND to_regclass('b') IS NULL") == "t");
  CHECK(scalar(db.url(), "SELECT count(*) FROM shale_migrations") == "0");
}

TEST_CASE("a tampered or unhashed migration file is refused", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "migrate_tamper");
  std::string p = temp_dir("shale_tamper_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/schema/t.sql", "CREATE TABLE t (id int);\n");
  REQUIRE(shale_cmd(p, "diff create_t").exit_code == 0);
  std::string up = files_in(p + "/migrations", ".up.sql").at(0);
  write_text(up, "CREATE TABLE t (id bigint);\n");
  auto r = shale_cmd(p, "apply --url " + db.url());
  CHECK(r.exit_code == 2);
  CHECK(r.output.find(fs::path(up).filename().string() + " does not match shale.sum") != std::string::npos);
  CHECK(scalar(db.url(), "SELECT to_regclass('t') IS NULL") == "t");
  write_text(p + "/migrations/20991231000000_sneaky.up.sql", "SELECT 1;\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  write_text(p + "/migrations/20991231000001_more.up.sql", "SELECT 1;\n");
  auto added = shale_cmd(p, "status --url " + db.url());
  CHECK(added.exit_code == 2);
  CHECK(added.output.find("20991231000001_more.up.sql is not in shale.sum") != std::string::npos);
}

TEST_CASE("two concurrent apply runs apply each migration once, in one batch", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "migrate_concurrent");
  std::string p = temp_dir("shale_conc_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  for (int i = 0; i < 5; ++i) {
    std::string v = "2026010100000" + std::to_string(i);
    write_text(p + "/migrations/" + v + "_m" + std::to_string(i) + ".up.sql",
               "CREATE TABLE t" + std::to_string(i) + " (id int);\nSELECT pg_sleep(0.2);\n");
  }
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  CommandResult a, b;
  std::thread ta([&] { a = shale_cmd(p, "apply --url " + db.url()); });
  std::thread tb([&] { b = shale_cmd(p, "apply --url " + db.url()); });
  ta.join();
  tb.join();
  CHECK(a.exit_code == 0);
  CHECK(b.exit_code == 0);
  CHECK(scalar(db.url(), "SELECT count(*) FROM shale_migrations") == "5");
  CHECK(scalar(db.url(), "SELECT count(DISTINCT batch) FROM shale_migrations") == "1");
}

TEST_CASE("kill -9 during a long migration leaves it fully applied or not at all", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "migrate_kill");
  std::string p = temp_dir("shale_kill_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/migrations/20260101000000_long.up.sql",
             "CREATE TABLE big (id int);\nINSERT INTO big SELECT generate_series(1, 1000);\nSELECT pg_sleep(3);\n"
             "CREATE TABLE after_sleep (id int);\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  pid_t pid = fork();
  if (pid == 0) {
    if (chdir(p.c_str()) != 0) _exit(99);
    execl(SHALE_BINARY, SHALE_BINARY, "apply", "--url", db.url().c_str(), static_cast<char*>(nullptr));
    _exit(98);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK(WIFSIGNALED(status));
  // The server ends the dead client's transaction; wait until it has.
  for (int i = 0; i < 50 && scalar(cluster,
                                   "SELECT count(*) FROM pg_stat_activity WHERE datname = 'migrate_kill' "
                                   "AND state <> 'idle' AND pid <> pg_backend_pid()") != "0";
       ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  std::string table = scalar(db.url(), "SELECT to_regclass('big') IS NOT NULL");
  std::string rows = scalar(db.url(), "SELECT to_regclass('shale_migrations') IS NOT NULL");
  std::string recorded = rows == "t" ? scalar(db.url(), "SELECT count(*) FROM shale_migrations") : "0";
  CHECK(table == "f");
  CHECK(recorded == "0");
  // And a later apply completes it.
  REQUIRE(shale_cmd(p, "apply --url " + db.url()).exit_code == 0);
  CHECK(scalar(db.url(), "SELECT count(*) FROM big") == "1000");
  CHECK(scalar(db.url(), "SELECT count(*) FROM shale_migrations") == "1");
}

TEST_CASE("apply refuses an out-of-order migration unless allowed", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "migrate_order");
  std::string p = temp_dir("shale_order_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/migrations/20260102000000_second.up.sql", "CREATE TABLE b (id int);\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  REQUIRE(shale_cmd(p, "apply --url " + db.url()).exit_code == 0);
  write_text(p + "/migrations/20260101000000_first.up.sql", "CREATE TABLE a (id int);\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  auto refused = shale_cmd(p, "apply --url " + db.url());
  CHECK(refused.exit_code == 2);
  CHECK(refused.output.find("older than the newest applied") != std::string::npos);
  CHECK(shale_cmd(p, "apply --allow-out-of-order --url " + db.url()).exit_code == 0);
  CHECK(scalar(db.url(), "SELECT to_regclass('a') IS NOT NULL") == "t");
}

TEST_CASE("seed runs seeds/*.sql in name order, each in a transaction", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "migrate_seed");
  db.execute("CREATE TABLE t (n int)");
  std::string p = temp_dir("shale_seed_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/seeds/01_one.sql", "INSERT INTO t VALUES (1);\n");
  write_text(p + "/seeds/02_two.sql", "INSERT INTO t VALUES (2);\nINSERT INTO nope VALUES (3);\n");
  auto r = shale_cmd(p, "seed --url " + db.url());
  CHECK(r.exit_code == 3);
  CHECK(scalar(db.url(), "SELECT string_agg(n::text, ',' ORDER BY n) FROM t") == "1");
  CHECK(shale_cmd(p, "seed --specific 01_one.sql --url " + db.url()).exit_code == 0);
  CHECK(scalar(db.url(), "SELECT count(*) FROM t") == "2");
}

TEST_CASE("the example project is consistent: plan is empty, check passes after apply", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "example_project");
  std::string p = temp_dir("shale_example_");
  fs::copy(std::string(SHALE_SOURCE_DIR) + "/shale.toml", p + "/shale.toml");
  fs::copy(std::string(SHALE_SOURCE_DIR) + "/schema", p + "/schema", fs::copy_options::recursive);
  fs::copy(std::string(SHALE_SOURCE_DIR) + "/migrations", p + "/migrations", fs::copy_options::recursive);
  auto plan = shale_cmd(p, "plan --format sql --exit-code");
  CHECK(plan.exit_code == 0);
  CHECK(plan.output.empty());
  REQUIRE(shale_cmd(p, "apply --url " + db.url()).exit_code == 0);
  auto check = shale_cmd(p, "check --url " + db.url());
  CHECK(check.exit_code == 0);
  CHECK(shale_cmd(p, "rollback --all --url " + db.url()).exit_code == 0);
  CHECK(scalar(db.url(),
               "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'shale_migrations'") ==
        "0");
}
