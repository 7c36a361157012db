// Numbers in user input (sequence and identity options, type modifiers,
// --steps, --to VERSION) that do not fit are the user's mistake: a
// file:line:col error (or a usage error) with exit 2, never an internal error.
#include <catch2/catch.hpp>
#include <fstream>

#include "shale_run.hpp"

using namespace shale::testing;

namespace {

// Plans from nothing to `sql` (a PostgreSQL desired state) in a fresh project.
Run plan_pg(const std::string& sql) {
  std::string dir = fresh_temp_dir("shale_numbers_");
  sh(dir, "printf 'dialect = \"postgres\"\\n' > shale.toml && mkdir -p migrations schema");
  sh(dir, "touch empty.sql");
  std::ofstream(dir + "/schema/s.sql") << sql << "\n";
  return run_shale(dir, "plan --format sql --from empty.sql --to schema/s.sql");
}

}  // namespace

TEST_CASE("a sequence option outside bigint is an error at its position, exit 2") {
  Run r = plan_pg("CREATE SEQUENCE s START 99999999999999999999;");
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "schema/s.sql:1:19: error: option start must be an integer in the range of bigint, not 99999999999999999999\n");

  r = plan_pg("CREATE SEQUENCE s\n  MINVALUE -99999999999999999999;");
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("schema/s.sql:2:3: error: option minvalue must be an integer in the range of bigint", 0) == 0);

  for (const char* bad :
       {"INCREMENT BY 1.5", "MAXVALUE 9223372036854775808", "CACHE 1e3", "START -9223372036854775809"}) {
    INFO(bad);
    r = plan_pg(std::string("CREATE SEQUENCE s ") + bad + ";");
    CHECK(r.exit_code == 2);
    CHECK(r.err.rfind("schema/s.sql:1:19: error: option ", 0) == 0);
  }
}

TEST_CASE("sequence options at the ends of bigint are accepted") {
  Run r = plan_pg(
      "CREATE SEQUENCE s MINVALUE -9223372036854775808 MAXVALUE 9223372036854775807 START 9223372036854775807;");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("START WITH 9223372036854775807") != std::string::npos);
}

TEST_CASE("an identity option outside bigint is an error at its position, exit 2") {
  Run r = plan_pg("CREATE TABLE t (\n  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 99999999999999999999)\n);");
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "schema/s.sql:2:43: error: option start must be an integer in the range of bigint, not 99999999999999999999\n");
}

TEST_CASE("a type modifier that is not a 32-bit integer is an error at its column, exit 2") {
  Run r = plan_pg("CREATE TABLE t (\n  s varchar(99999999999)\n);");
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("schema/s.sql:2:13: error: syntax error", 0) == 0);  // PostgreSQL's grammar: Iconst only
  r = plan_pg("CREATE TABLE t (s numeric(10.5));");
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("schema/s.sql:1:", 0) == 0);
}

TEST_CASE("rollback --steps and apply --to that are not numbers of the right shape are usage errors, exit 2") {
  std::string dir = fresh_temp_dir("shale_numbers_");
  sh(dir,
     "printf 'dialect = \"sqlite\"\\n[env.development]\\nurl = \"sqlite://db.sqlite3\"\\n' > shale.toml && mkdir -p "
     "migrations");
  REQUIRE(run_shale(dir, "hash").exit_code == 0);
  for (const char* steps : {"99999999999999999999", "-1", "0", "two", "1.5"}) {
    INFO(steps);
    Run r = run_shale(dir, std::string("rollback --steps ") + steps);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--steps") != std::string::npos);
  }
  for (const char* version : {"2026", "99999999999999999999", "2026010100000x", "-20260101000000"}) {
    INFO(version);
    Run r = run_shale(dir, std::string("apply --dry-run --to ") + version);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--to") != std::string::npos);
  }
  // Well-formed, but no migration has it: refused too, by the engine.
  Run missing = run_shale(dir, "apply --dry-run --to 20260101000000");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("--to 20260101000000: no migration has this version") != std::string::npos);
}

TEST_CASE("sequence options PostgreSQL refuses are errors in its words, exit 2") {
  const std::pair<const char*, const char*> cases[] = {
      {"INCREMENT 0", "INCREMENT must not be zero"},
      {"MINVALUE 10 MAXVALUE 5", "MINVALUE (10) must be less than MAXVALUE (5)"},
      {"START 0", "START value (0) cannot be less than MINVALUE (1)"},
      {"MAXVALUE 5 START 6", "START value (6) cannot be greater than MAXVALUE (5)"},
      {"AS smallint MAXVALUE 40000", "MAXVALUE (40000) is out of range for sequence data type smallint"},
      {"AS integer MINVALUE -3000000000 INCREMENT -1",
       "MINVALUE (-3000000000) is out of range for sequence data type integer"},
      {"AS text", "sequence type must be smallint, integer, or bigint"},
      {"CACHE 0", "CACHE (0) must be greater than zero"},
  };
  for (const auto& [options, message] : cases) {
    INFO(options);
    Run r = plan_pg(std::string("CREATE SEQUENCE s ") + options + ";");
    CHECK(r.exit_code == 2);
    CHECK(r.err == std::string("schema/s.sql:1:1: error: ") + message + "\n");
  }
  // A descending sequence's defaults are valid.
  CHECK(plan_pg("CREATE SEQUENCE s INCREMENT -1;").exit_code == 0);
}

TEST_CASE("an identity on a non-integer column, and NULL beside NOT NULL, are PostgreSQL's errors, exit 2") {
  Run r = plan_pg("CREATE TABLE w (name text GENERATED BY DEFAULT AS IDENTITY);");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "schema/s.sql:1:27: error: identity column type must be smallint, integer, or bigint\n");
  for (const char* column :
       {"id int GENERATED BY DEFAULT AS IDENTITY NULL", "id serial NULL", "id int NULL NOT NULL"}) {
    INFO(column);
    r = plan_pg(std::string("CREATE TABLE w (") + column + ");");
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("error: conflicting NULL/NOT NULL declarations for column \"id\" of table \"w\"") !=
          std::string::npos);
  }
  CHECK(plan_pg("CREATE TABLE w (id int NULL, b int NOT NULL);").exit_code == 0);
}
