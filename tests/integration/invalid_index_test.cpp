// An index left INVALID by a failed CREATE INDEX CONCURRENTLY, on real
// PostgreSQL, as the user meets it: `inspect` marks it, `check` reports it as
// drift, and the plan drops it (and builds it again when the schema has it).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "cli_runner.hpp"
#include "pg_test_db.hpp"

using namespace shale::testing;

namespace {
// CREATE UNIQUE INDEX CONCURRENTLY on repeated values fails and leaves the
// index behind, INVALID (https://www.postgresql.org/docs/15/sql-createindex.html).
void fail_concurrent_unique_index(const std::string& url) {
  pqxx::connection c(url);
  pqxx::nontransaction tx(c);
  try {
    tx.exec("CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email)");
  } catch (const pqxx::sql_error&) {
  }
  REQUIRE(tx.exec("SELECT count(*) FROM pg_index WHERE NOT indisvalid")[0][0].as<int>() == 1);
}
}  // namespace

TEST_CASE("an INVALID index is shown by inspect, reported by check and dropped by the plan", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "invalid_index");
  std::string p = temp_dir("shale_invalid_index_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/schema/users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);\n");
  REQUIRE(shale_cmd(p, "diff create_users").exit_code == 0);
  std::string url = " --url " + db.url();
  REQUIRE(shale_cmd(p, "apply" + url).exit_code == 0);
  db.execute("INSERT INTO users VALUES (1, 'a@x'), (2, 'a@x')");
  fail_concurrent_unique_index(db.url());

  auto inspected = shale_cmd(p, "inspect" + url);
  INFO(inspected.output);
  CHECK(inspected.exit_code == 0);
  CHECK(inspected.output.find("-- INVALID: left by a failed CREATE INDEX CONCURRENTLY") != std::string::npos);
  auto json = shale_cmd(p, "inspect --format json" + url);
  auto indexes = nlohmann::json::parse(json.output).at("indexes");
  REQUIRE(indexes.size() == 1);
  CHECK(indexes[0].at("valid") == false);

  auto check = shale_cmd(p, "check" + url);
  INFO(check.output);
  CHECK(check.exit_code == 1);
  CHECK(check.output.find("DROP INDEX users_email_key") != std::string::npos);

  // The schema wants the index: the plan drops the invalid one and builds it again.
  write_text(p + "/schema/users.sql",
             "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);\n"
             "CREATE UNIQUE INDEX users_email_key ON users (email);\n");
  auto plan = shale_cmd(p, "plan --format sql --from " + db.url() + " --to schema");
  INFO(plan.output);
  // Both outside a transaction, as the table holds rows.
  size_t drop = plan.output.find("DROP INDEX CONCURRENTLY users_email_key;\n");
  size_t create =
      plan.output.find("-- step 2 of 2, outside a transaction\nCREATE UNIQUE INDEX CONCURRENTLY users_email_key");
  CHECK(drop != std::string::npos);
  CHECK(create != std::string::npos);
  CHECK(drop < create);
  // With the duplicate gone, the plan applies step by step and nothing is left to do.
  db.execute("DELETE FROM users WHERE id = 2");
  db.execute_outside_transaction(plan.output.substr(0, create));
  db.execute_outside_transaction(plan.output.substr(create));
  CHECK(shale_cmd(p, "plan --format sql --from " + db.url() + " --to schema").output.empty());
}
