// [privileges] roles on real PostgreSQL: shale plans GRANT / REVOKE for the
// listed grantees only, and leaves every other role's privileges alone, in the
// live database and in the migrations it writes.
#include <catch2/catch.hpp>

#include <fstream>

#include "cli_runner.hpp"
#include "pg_test_db.hpp"

using namespace shale::testing;

TEST_CASE("privileges: only the [privileges] roles are planned, other roles' grants are left alone", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "privilege_roles");
  db.execute(
      "CREATE TABLE items (id bigint PRIMARY KEY, name text);"
      "INSERT INTO items VALUES (1, 'pen');"
      "GRANT SELECT ON items TO app_other;"  // a role the project does not manage
      "GRANT SELECT, UPDATE ON items TO app_read;");
  std::string p = temp_dir("shale_privilege_roles_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  std::ofstream(p + "/shale.toml", std::ios::app) << "\n[privileges]\nroles = [\"app_read\", \"app_write\"]\n";
  write_text(p + "/schema/app.sql",
             "CREATE TABLE items (id bigint PRIMARY KEY, name text);\n"
             "GRANT SELECT ON items TO app_read;\n"
             "GRANT INSERT ON items TO app_write;\n");

  auto plan = shale_cmd(p, "plan --format sql --from " + db.url() + " --to schema");
  INFO(plan.output);
  REQUIRE(plan.exit_code == 0);
  CHECK(plan.output.find("REVOKE UPDATE ON TABLE items FROM app_read;") != std::string::npos);
  CHECK(plan.output.find("GRANT INSERT ON TABLE items TO app_write;") != std::string::npos);
  CHECK(plan.output.find("app_other") == std::string::npos);

  // Applied through diff + apply, the managed roles converge and app_other keeps its grant.
  REQUIRE(shale_cmd(p, "diff baseline --from " + db.url()).exit_code == 0);
  auto applied = shale_cmd(p, "apply --url " + db.url());
  INFO(applied.output);
  REQUIRE(applied.exit_code == 0);
  CHECK(scalar(db.url(), "SELECT has_table_privilege('app_other', 'items', 'SELECT')") == "t");
  CHECK(scalar(db.url(), "SELECT has_table_privilege('app_read', 'items', 'UPDATE')") == "f");
  CHECK(scalar(db.url(), "SELECT has_table_privilege('app_write', 'items', 'INSERT')") == "t");
  CHECK(scalar(db.url(), "SELECT name FROM items WHERE id = 1") == "pen");
  CHECK(shale_cmd(p, "plan --format sql --from " + db.url() + " --to schema").output.empty());

  // A desired GRANT to a role outside the list is an error at the GRANT, not ignored.
  write_text(p + "/schema/app.sql",
             "CREATE TABLE items (id bigint PRIMARY KEY, name text);\n"
             "GRANT SELECT ON items TO app_other;\n");
  auto refused = shale_cmd(p, "plan --format sql --from " + db.url() + " --to schema");
  CHECK(refused.exit_code == 2);
  CHECK(refused.output.find("schema/app.sql:2:1: error: GRANT of SELECT on table public.items to app_other, a role "
                            "shale does not manage") != std::string::npos);
}
