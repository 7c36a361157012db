// Owners through the CLI against real PostgreSQL (docs/comparison.md, "Owners"):
// generated migrations carry OWNER TO, and `check` reports an owner changed by hand.
#include <catch2/catch.hpp>

#include <fstream>
#include <pqxx/pqxx>

#include "cli_runner.hpp"
#include "pg_test_db.hpp"

using namespace shale::testing;

TEST_CASE("with [owners] compare, migrations set owners and check reports an owner changed by hand", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "owners_check");
  std::string p = temp_dir("shale_owners_");
  std::string url = " --url " + db.url();
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  std::ofstream(p + "/shale.toml", std::ios::app) << "\n[owners]\ncompare = true\n";
  write_text(p + "/schema/app.sql",
             "CREATE TABLE accounts (id bigint PRIMARY KEY);\nALTER TABLE accounts OWNER TO app_owner;\n");
  auto diff = shale_cmd(p, "diff create_accounts");
  INFO(diff.output);
  REQUIRE(diff.exit_code == 0);
  REQUIRE(shale_cmd(p, "apply" + url).exit_code == 0);
  {
    pqxx::connection conn(db.url());
    pqxx::read_transaction tx(conn);
    CHECK(tx.exec1("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'accounts'")[0].as<std::string>() ==
          "app_owner");
  }
  CHECK(shale_cmd(p, "check" + url).exit_code == 0);
  db.execute("ALTER TABLE accounts OWNER TO app_other");
  auto drift = shale_cmd(p, "check" + url);
  INFO(drift.output);
  CHECK(drift.exit_code == 1);
  CHECK(drift.output.find("ALTER TABLE accounts OWNER TO app_owner") != std::string::npos);
}
