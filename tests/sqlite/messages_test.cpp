// Error messages a user meets on a SQLite project: where they point and what
// they tell the user to do (issue 14, point 13).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "../integration/cli_runner.hpp"
#include "migrate/directory.hpp"

using namespace shale;
using namespace shale::testing;
namespace fs = std::filesystem;

namespace {
std::string project() {
  std::string p = temp_dir("shale_messages_");
  REQUIRE(shale_cmd(p, "init").exit_code == 0);
  return p;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("SQLite desired-state errors point at the line SQLite blames") {
  std::string p = project();
  write_text(p + "/schema/app.sql",
             "CREATE TABLE t (\n  id INTEGER PRIMARY KEY,\n  name TEXT NOT NULL,,\n  x INT\n);\n");
  auto syntax = shale_cmd(p, "plan");
  INFO(syntax.output);
  CHECK(syntax.exit_code == 2);
  CHECK(has(syntax.output, "schema/app.sql:3:22: error: near \",\": syntax error"));

  write_text(p + "/schema/app.sql", "CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREAT TABLE t (id INT);\n");
  auto typo = shale_cmd(p, "plan");
  INFO(typo.output);
  CHECK(typo.exit_code == 2);
  CHECK(has(typo.output, "schema/app.sql:2:1: error: near \"CREAT\": syntax error"));
  CHECK(!has(typo.output, "seeds"));

  write_text(p + "/schema/app.sql",
             "CREATE TABLE a (id INTEGER PRIMARY KEY);\n\nCREATE TABLE t (id INTEGER PRIMARY KEY,\n  name TEXT UNIQUE "
             "ON CONFLICT REPLACE);\n");
  auto conflict = shale_cmd(p, "plan");
  INFO(conflict.output);
  CHECK(conflict.exit_code == 2);
  CHECK(has(conflict.output, "schema/app.sql:3:1: error: table t: ON CONFLICT REPLACE"));
}

TEST_CASE("shale.toml errors found while running a command carry file line and column") {
  std::string p = project();
  std::string toml = migrate::read_text_file(p + "/shale.toml");
  write_text(p + "/shale.toml", toml + "\n[lint]\nnot-a-rule = \"off\"\n");
  auto rule = shale_cmd(p, "lint");
  INFO(rule.output);
  CHECK(rule.exit_code == 2);
  CHECK(has(rule.output, "shale.toml:13:14: error: unknown lint rule \"not-a-rule\""));

  unsetenv("DATABASE_URL");
  auto env = shale_cmd(p, "status --env production");
  INFO(env.output);
  CHECK(env.exit_code == 2);
  CHECK(has(env.output, "shale.toml:10:7: error: environment variable DATABASE_URL is not set"));
}

TEST_CASE("a file listed in shale.sum but missing says how to accept the removal") {
  std::string p = project();
  write_text(p + "/schema/app.sql", "CREATE TABLE a (id INTEGER PRIMARY KEY);\n");
  REQUIRE(shale_cmd(p, "diff create_a").exit_code == 0);
  for (const auto& m : migrate::Directory(p + "/migrations").migrations()) fs::remove(m.down_path);
  auto r = shale_cmd(p, "status");
  INFO(r.output);
  CHECK(r.exit_code == 2);
  CHECK(has(r.output, "is listed in shale.sum but missing; if it was removed on purpose, run `shale hash`"));
}

TEST_CASE("SARIF rules carry an absolute helpUri under lint_docs_url and none without it") {
  std::string p = project();
  write_text(p + "/schema/app.sql", "CREATE TABLE a (id INTEGER PRIMARY KEY, b TEXT);\n");
  REQUIRE(shale_cmd(p, "diff create_a").exit_code == 0);
  auto plain = nlohmann::json::parse(shale_cmd(p, "lint --format sarif").output);
  for (const auto& rule : plain["runs"][0]["tool"]["driver"]["rules"]) CHECK(!rule.contains("helpUri"));
  std::string toml = migrate::read_text_file(p + "/shale.toml");
  write_text(p + "/shale.toml", "lint_docs_url = \"https://docs.example.com/shale/lint-rules/\"\n" + toml);
  auto sarif = nlohmann::json::parse(shale_cmd(p, "lint --format sarif").output);
  auto rules = sarif["runs"][0]["tool"]["driver"]["rules"];
  REQUIRE(!rules.empty());
  for (const auto& rule : rules)
    CHECK(rule["helpUri"] == "https://docs.example.com/shale/lint-rules/" + rule["id"].get<std::string>() + ".md");
  write_text(p + "/shale.toml", "lint_docs_url = \"lint-rules/\"\n" + toml);
  auto bad = shale_cmd(p, "lint --format sarif");
  CHECK(bad.exit_code == 2);
  CHECK(has(bad.output, "shale.toml:1:17: error: lint_docs_url must be an absolute URL"));
}

TEST_CASE("plan --format sql ends every statement even when SQLite kept a trailing comment") {
  std::string p = project();
  write_text(p + "/schema/app.sql",
             "CREATE TABLE a (id INTEGER PRIMARY KEY);\n"
             "CREATE VIEW v AS SELECT id FROM a -- the note SQLite keeps\n;\n"
             "CREATE VIEW w AS SELECT id FROM v;\n");
  auto sql = shale_cmd(p, "plan --format sql");
  INFO(sql.output);
  REQUIRE(sql.exit_code == 0);
  REQUIRE(!sql.output.empty());
  CHECK(sql.output.back() == '\n');
  write_text(p + "/plan.sql", sql.output);
  std::string run = "cd '" + p + "' && sqlite3 -bail fresh.sqlite3 < plan.sql";
  REQUIRE(std::system(run.c_str()) == 0);
  std::string count =
      "cd '" + p +
      "' && test \"$(sqlite3 fresh.sqlite3 \"SELECT count(*) FROM sqlite_schema WHERE type = 'view'\")\" = 2";
  CHECK(std::system(count.c_str()) == 0);
}
