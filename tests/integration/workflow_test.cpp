// The everyday workflow against real PostgreSQL, through the CLI (issue 14):
// rename hints left in the schema, drift versus pending migrations.
#include <catch2/catch.hpp>

#include <filesystem>
#include <pqxx/pqxx>

#include "cli_runner.hpp"
#include "migrate/directory.hpp"
#include "pg_test_db.hpp"

using namespace shale::testing;
namespace fs = std::filesystem;

namespace {
std::string newest_down(const std::string& p) {
  std::string out;
  for (const auto& m : shale::migrate::Directory(p + "/migrations").migrations()) out = m.down_path;
  return out;
}
}  // namespace

TEST_CASE("a renamed-from hint left in the schema is inert once its rename is applied", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "workflow_hint");
  std::string p = temp_dir("shale_hint_");
  std::string url = " --url " + db.url();
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/schema/app.sql", "CREATE TABLE users (id bigint PRIMARY KEY, mail text);\n");
  REQUIRE(shale_cmd(p, "diff create_users").exit_code == 0);
  write_text(p + "/schema/app.sql",
             "CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  -- shale:renamed-from mail\n  email text\n);\n");
  auto renamed = shale_cmd(p, "diff rename_mail");
  INFO(renamed.output);
  REQUIRE(renamed.exit_code == 0);
  CHECK(shale::migrate::read_text_file(newest_down(p)).find("RENAME COLUMN email TO mail") != std::string::npos);
  REQUIRE(shale_cmd(p, "apply" + url).exit_code == 0);
  db.execute("INSERT INTO users VALUES (1, 'a@example.com')");

  // An unrelated change, with the hint still in the schema.
  write_text(
      p + "/schema/app.sql",
      "CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  -- shale:renamed-from mail\n  email text,\n  name text\n);\n");
  auto plan = shale_cmd(p, "plan --format sql");
  INFO(plan.output);
  // stdout and stderr together: the plan, and a note that the hint can go.
  CHECK(plan.output.find("ALTER TABLE users ADD COLUMN name text;\n") != std::string::npos);
  CHECK(plan.output.find("RENAME") == std::string::npos);
  CHECK(plan.output.find("email text") == std::string::npos);
  CHECK(plan.output.find(
            "schema/app.sql:4:3: note: -- shale:renamed-from mail above column users.email does nothing here") !=
        std::string::npos);
  auto added = shale_cmd(p, "diff add_name");
  INFO(added.output);
  REQUIRE(added.exit_code == 0);
  std::string down = shale::migrate::read_text_file(newest_down(p));
  INFO(down);
  CHECK(down.find("email") == std::string::npos);
  CHECK(down.find("DROP COLUMN name") != std::string::npos);
  REQUIRE(shale_cmd(p, "apply" + url).exit_code == 0);
  auto rolled = shale_cmd(p, "rollback" + url);
  INFO(rolled.output);
  CHECK(rolled.exit_code == 0);
  CHECK(scalar(db.url(), "SELECT email FROM users") == "a@example.com");
  CHECK(scalar(db.url(), "SELECT count(*) FROM information_schema.columns WHERE table_name = 'users'") == "2");

  // A hint naming a table that never existed creates the table, no rename.
  write_text(p + "/schema/more.sql",
             "-- shale:renamed-from nothing_here\nCREATE TABLE teams (id bigint PRIMARY KEY);\n");
  auto created = shale_cmd(p, "plan --format sql --from dir://migrations");
  INFO(created.output);
  CHECK(created.output.find("CREATE TABLE teams") != std::string::npos);
  CHECK(created.output.find("RENAME") == std::string::npos);
}

TEST_CASE("check on PostgreSQL: pending migrations are not drift and a hand-made change is", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "workflow_check");
  std::string p = temp_dir("shale_check_");
  std::string url = " --url " + db.url();
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/schema/app.sql", "CREATE TABLE a (id bigint PRIMARY KEY);\n");
  REQUIRE(shale_cmd(p, "diff create_a").exit_code == 0);
  REQUIRE(shale_cmd(p, "apply" + url).exit_code == 0);
  write_text(p + "/schema/app.sql", "CREATE TABLE a (id bigint PRIMARY KEY, note text);\n");
  REQUIRE(shale_cmd(p, "diff add_note").exit_code == 0);
  auto pending = shale_cmd(p, "check" + url);
  INFO(pending.output);
  CHECK(pending.exit_code == 0);
  CHECK(pending.output.find("ADD COLUMN") == std::string::npos);
  CHECK(pending.output.find("_add_note") != std::string::npos);
  db.execute("ALTER TABLE a ADD COLUMN scratch int");
  auto drift = shale_cmd(p, "check" + url);
  INFO(drift.output);
  CHECK(drift.exit_code == 1);
  CHECK(drift.output.find("DROP COLUMN scratch") != std::string::npos);
  CHECK(drift.output.find("ADD COLUMN note") == std::string::npos);
}

TEST_CASE("an apply error on PostgreSQL says error once and shows the statement alone", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "workflow_apply_error");
  std::string p = temp_dir("shale_apply_error_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  REQUIRE(shale_cmd(p, "new hand_written").exit_code == 0);
  std::string up;
  for (const auto& m : shale::migrate::Directory(p + "/migrations").migrations()) up = m.up_path;
  write_text(up, "-- hand written\nCREATE TABLE a (id int);\n\n-- a note\n\nINSERT INTO nope\n  VALUES (1);\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  auto r = shale_cmd(p, "apply --url " + db.url());
  INFO(r.output);
  CHECK(r.exit_code == 3);
  CHECK(r.output.find("_hand_written.up.sql:6:1: error: relation \"nope\" does not exist") != std::string::npos);
  CHECK(r.output.find("ERROR:") == std::string::npos);
  CHECK(r.output.find("  in statement:\n    INSERT INTO nope\n      VALUES (1)\n") != std::string::npos);
  CHECK(r.output.find("-- a note") == std::string::npos);
}

TEST_CASE("an expression index keeps the space before its operator class and converges", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "workflow_opclass");
  std::string p = temp_dir("shale_opclass_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/schema/app.sql",
             "CREATE TABLE posts (id bigint PRIMARY KEY, title text);\n"
             "CREATE INDEX posts_title_idx ON posts (lower(title) text_pattern_ops);\n");
  auto sql = shale_cmd(p, "plan --format sql");
  INFO(sql.output);
  CHECK(sql.output.find("(lower(title) text_pattern_ops)") != std::string::npos);
  REQUIRE(shale_cmd(p, "diff create_posts").exit_code == 0);
  REQUIRE(shale_cmd(p, "apply --url " + db.url()).exit_code == 0);
  auto again = shale_cmd(p, "plan --from " + db.url() + " --format sql");
  INFO(again.output);
  CHECK(again.exit_code == 0);
  CHECK(again.output.empty());
}

TEST_CASE("baseline on PostgreSQL records migrations an existing database already has", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "workflow_baseline");
  std::string p = temp_dir("shale_baseline_");
  std::string url = " --url " + db.url();
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/schema/app.sql", "CREATE TABLE a (id bigint PRIMARY KEY);\n");
  REQUIRE(shale_cmd(p, "diff create_a").exit_code == 0);
  std::string v1;
  for (const auto& m : shale::migrate::Directory(p + "/migrations").migrations()) v1 = m.version;
  write_text(p + "/schema/app.sql",
             "CREATE TABLE a (id bigint PRIMARY KEY);\nCREATE TABLE b (id bigint PRIMARY KEY);\n");
  REQUIRE(shale_cmd(p, "diff create_b").exit_code == 0);
  db.execute("CREATE TABLE a (id bigint PRIMARY KEY); INSERT INTO a VALUES (1)");
  CHECK(shale_cmd(p, "baseline 20990101000000" + url).exit_code == 2);
  auto base = shale_cmd(p, "baseline " + v1 + url);
  INFO(base.output);
  CHECK(base.exit_code == 0);
  CHECK(scalar(db.url(), "SELECT count(*) FROM shale_migrations") == "1");
  auto applied = shale_cmd(p, "apply" + url);
  INFO(applied.output);
  CHECK(applied.exit_code == 0);
  CHECK(scalar(db.url(), "SELECT count(*) FROM a") == "1");
  CHECK(scalar(db.url(), "SELECT to_regclass('b') IS NOT NULL") == "t");
  CHECK(shale_cmd(p, "check" + url).exit_code == 0);
}
