// Lint and hazards on a SQLite project say only what is true on SQLite
// (issue 14, point 11): no false errors that would fail CI, SQLite advice.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../integration/cli_runner.hpp"
#include "migrate/directory.hpp"

using namespace shale;
using namespace shale::testing;

namespace {
std::string project() {
  std::string p = temp_dir("shale_sqlite_lint_");
  REQUIRE(shale_cmd(p, "init").exit_code == 0);
  return p;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// kind → hazards of each change of `shale plan --format json`.
std::vector<std::pair<std::string, std::vector<std::string>>> plan_hazards(const std::string& p) {
  auto r = shale_cmd(p, "plan --format json");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  nlohmann::json plan = nlohmann::json::parse(r.output);
  for (const auto& c : plan["changes"])
    out.push_back({c["kind"].get<std::string>() + " " + c["table"].get<std::string>(),
                   c["hazards"].get<std::vector<std::string>>()});
  return out;
}

bool may_fail(const std::vector<std::string>& hazards) {
  return std::find(hazards.begin(), hazards.end(), "may-fail-on-existing-data") != hazards.end();
}

const char* kBefore =
    "CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT, code TEXT, n INT);\n"
    "CREATE UNIQUE INDEX t_email_idx ON t (email);\n";
}  // namespace

TEST_CASE(
    "a SQLite rebuild that changes only declared types of one affinity and puts its unique index back is no error") {
  std::string p = project();
  write_text(p + "/schema/app.sql", kBefore);
  REQUIRE(shale_cmd(p, "diff create_t").exit_code == 0);
  write_text(p + "/schema/app.sql",
             "CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT, code VARCHAR(16), n BIGINT);\n"
             "CREATE UNIQUE INDEX t_email_idx ON t (email);\n"
             "CREATE TABLE u (id INTEGER PRIMARY KEY, k TEXT);\n"
             "CREATE UNIQUE INDEX u_k ON u (k);\n");
  for (const auto& [change, hazards] : plan_hazards(p)) {
    INFO(change);
    CHECK(!may_fail(hazards));
  }
  auto d = shale_cmd(p, "diff widen_types");
  INFO(d.output);
  REQUIRE(d.exit_code == 0);
  auto lint = shale_cmd(p, "lint");
  INFO(lint.output);
  CHECK(lint.exit_code == 0);
  CHECK(!has(lint.output, "add-unique-constraint"));
  CHECK(!has(lint.output, "change-column-type"));
  CHECK(!has(lint.output, "CONCURRENTLY"));
  CHECK(has(lint.output, "warning[sqlite-table-rebuild]"));
}

TEST_CASE("ADD COLUMN NOT NULL with a default cannot fail on SQLite rows") {
  std::string p = project();
  write_text(p + "/schema/app.sql", kBefore);
  REQUIRE(shale_cmd(p, "diff create_t").exit_code == 0);
  write_text(p + "/schema/app.sql",
             "CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT, code TEXT, n INT, flag INT NOT NULL DEFAULT 0);\n"
             "CREATE UNIQUE INDEX t_email_idx ON t (email);\n");
  auto hazards = plan_hazards(p);
  REQUIRE(hazards.size() == 1);
  CHECK(hazards[0].first == "add_column t");
  CHECK(!may_fail(hazards[0].second));
}

TEST_CASE("SQLite findings carry SQLite advice and point at the rebuild's copy") {
  std::string p = project();
  write_text(p + "/schema/app.sql", kBefore);
  REQUIRE(shale_cmd(p, "diff create_t").exit_code == 0);
  // A new unique index and a real type change (TEXT → INTEGER affinity) in a rebuild.
  write_text(p + "/schema/app.sql",
             "CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT NOT NULL DEFAULT '', code INTEGER);\n"
             "CREATE UNIQUE INDEX t_email_idx ON t (email);\n"
             "CREATE UNIQUE INDEX t_code_idx ON t (code);\n"
             // Created before the rebuild, and naming t: not where the rebuild's findings belong.
             "CREATE TABLE notes (id INTEGER PRIMARY KEY, t_id INTEGER REFERENCES t (id));\n");
  // The new index may meet duplicates; the one put back after the rebuild cannot.
  int indexes = 0, failing = 0;
  for (const auto& [change, hazards] : plan_hazards(p))
    if (change == "create_index t") ++indexes, failing += may_fail(hazards);
  CHECK(indexes == 2);
  CHECK(failing == 1);
  auto d = shale_cmd(p, "diff tighten");
  INFO(d.output);
  REQUIRE(d.exit_code == 0);
  std::string up;
  for (const auto& m : migrate::Directory(p + "/migrations").migrations()) up = m.up_path;
  std::string text = migrate::read_text_file(up);
  auto line_of = [&](const std::string& part) {
    size_t at = text.find(part);
    REQUIRE(at != std::string::npos);
    return std::to_string(1 + std::count(text.begin(), text.begin() + long(at), '\n'));
  };
  auto lint = shale_cmd(p, "lint");
  INFO(lint.output);
  CHECK(lint.exit_code == 1);
  std::string name = up.substr(p.size() + 1);
  CHECK(has(lint.output, name + ":" + line_of("CREATE UNIQUE INDEX t_code_idx") + ":1: error[add-unique-constraint]"));
  CHECK(
      !has(lint.output, name + ":" + line_of("CREATE UNIQUE INDEX t_email_idx") + ":1: error[add-unique-constraint]"));
  CHECK(has(lint.output, name + ":" + line_of("INSERT INTO shale_new_t") + ":1: error[drop-column]"));
  CHECK(has(lint.output, name + ":" + line_of("INSERT INTO shale_new_t") + ":1: error[change-column-type]"));
  CHECK(has(lint.output, "instead: find and fix rows that repeat the key"));
  CHECK(!has(lint.output, "CONCURRENTLY"));

  auto rules = shale_cmd(p, "rules");
  INFO(rules.output);
  CHECK(has(rules.output, "sqlite-table-rebuild"));
  CHECK(!has(rules.output, "create-index-non-concurrently"));
  CHECK(!has(rules.output, "require-lock-timeout"));
  CHECK(!has(rules.output, "CONCURRENTLY"));
}
