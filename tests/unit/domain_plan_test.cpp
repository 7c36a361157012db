// Domains whose base type or collation changes, range types that change and
// composite types retyped under a table: PostgreSQL has no ALTER for these, so
// the plan drops and creates a type nothing uses, and refuses, naming the
// type, one that columns, functions or other types use.
#include <catch2/catch.hpp>

#include <fstream>

#include "shale_run.hpp"

using namespace shale::testing;

namespace {
std::string write(const std::string& dir, const std::string& name, const std::string& text) {
  std::string path = dir + "/" + name;
  std::ofstream(path) << text;
  return path;
}
}  // namespace

TEST_CASE("a domain whose base type changes under a column is refused, naming it") {
  std::string dir = fresh_temp_dir("shale_domain_");
  std::string from =
      write(dir, "from.sql", "CREATE DOMAIN code AS varchar(10);\nCREATE TABLE t (id int PRIMARY KEY, c code);\n");
  std::string to =
      write(dir, "to.sql", "CREATE DOMAIN code AS varchar(20);\nCREATE TABLE t (id int PRIMARY KEY, c code);\n");
  Run r = run_shale(dir, "plan --from " + from + " --to " + to + " --format sql");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(to + ":1:1: error: domain public.code changes its base type from character varying(10) to character "
                        "varying(20)") == 0);
  CHECK(r.out.empty());
}

TEST_CASE("a domain whose collation changes under another domain is refused, and an unused one is recreated") {
  std::string dir = fresh_temp_dir("shale_domain_");
  std::string from = write(
      dir, "from.sql", "CREATE DOMAIN code AS text;\nCREATE DOMAIN short_code AS code;\nCREATE DOMAIN free AS text;\n");
  std::string to = write(
      dir, "to.sql",
      "CREATE DOMAIN code AS text COLLATE \"C\";\nCREATE DOMAIN short_code AS code;\nCREATE DOMAIN free AS integer;\n");
  Run r = run_shale(dir, "plan --from " + from + " --to " + to + " --format sql");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("domain public.code changes its collation from the default to C") != std::string::npos);

  std::string to_unused =
      write(dir, "to_unused.sql",
            "CREATE DOMAIN code AS text;\nCREATE DOMAIN short_code AS code;\nCREATE DOMAIN free AS integer;\n");
  Run ok = run_shale(dir, "plan --from " + from + " --to " + to_unused + " --format sql");
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("DROP DOMAIN free;\nCREATE DOMAIN free AS integer;") != std::string::npos);
}

TEST_CASE("a range type that changes under a column is refused, naming it") {
  std::string dir = fresh_temp_dir("shale_range_");
  std::string from = write(
      dir, "from.sql", "CREATE TYPE span AS RANGE (subtype = int4);\nCREATE TABLE t (id int PRIMARY KEY, s span);\n");
  std::string to = write(dir, "to.sql",
                         "CREATE TYPE span AS RANGE (subtype = int8);\nCREATE TABLE t (id int PRIMARY KEY, s span);\n");
  Run r = run_shale(dir, "plan --from " + from + " --to " + to + " --format sql");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(to + ":1:1: error: range type public.span changes its definition, which PostgreSQL cannot alter") ==
        0);
}

TEST_CASE("a composite type whose stored attribute is retyped is refused, naming it") {
  std::string dir = fresh_temp_dir("shale_composite_");
  std::string from =
      write(dir, "from.sql", "CREATE TYPE pair AS (a int, b int);\nCREATE TABLE t (id int PRIMARY KEY, p pair);\n");
  std::string to =
      write(dir, "to.sql", "CREATE TYPE pair AS (a bigint, b int);\nCREATE TABLE t (id int PRIMARY KEY, p pair);\n");
  Run r = run_shale(dir, "plan --from " + from + " --to " + to + " --format sql");
  CHECK(r.exit_code == 2);
  CHECK(
      r.err.find(
          to + ":1:1: error: composite type public.pair changes the type of an attribute that a table column stores") ==
      0);
}

TEST_CASE("an extension version named on both sides is updated in place, and no version is any") {
  std::string dir = fresh_temp_dir("shale_extension_");
  std::string old_version = write(dir, "old.sql", "CREATE EXTENSION citext VERSION '1.4';\n");
  std::string new_version = write(dir, "new.sql", "CREATE EXTENSION citext VERSION '1.6';\n");
  std::string any_version = write(dir, "any.sql", "CREATE EXTENSION citext;\n");
  Run up = run_shale(dir, "plan --from " + old_version + " --to " + new_version + " --format sql");
  CHECK(up.exit_code == 0);
  CHECK(up.out.find("ALTER EXTENSION citext UPDATE TO '1.6';") != std::string::npos);
  Run any = run_shale(dir, "plan --from " + old_version + " --to " + any_version + " --format sql --exit-code");
  CHECK(any.exit_code == 0);
  CHECK(any.out.empty());
  Run create = run_shale(dir, "plan --from " + any_version + " --to " + new_version + " --format sql");
  CHECK(create.out.empty());
}

TEST_CASE("types that desired state defines after their users are created before them") {
  std::string dir = fresh_temp_dir("shale_type_order_");
  std::string empty = write(dir, "empty.sql", "");
  std::string later = write(dir, "later.sql",
                            "CREATE TYPE cents_range AS RANGE (subtype = cents);\n"
                            "CREATE TYPE priced AS (amount cents, span cents_range);\n"
                            "CREATE DOMAIN small_cents AS cents CHECK (VALUE < 100);\n"
                            "CREATE DOMAIN cents AS bigint DEFAULT 0;\n");
  Run r = run_shale(dir, "plan --from " + empty + " --to " + later + " --format sql");
  REQUIRE(r.exit_code == 0);
  size_t cents = r.out.find("CREATE DOMAIN cents"), range = r.out.find("CREATE TYPE cents_range"),
         priced = r.out.find("CREATE TYPE priced"), small = r.out.find("CREATE DOMAIN small_cents");
  CHECK(cents < range);
  CHECK(range < priced);
  CHECK(cents < small);
  // small_cents takes its base's default, as PostgreSQL copies it.
  CHECK(r.out.find("CREATE DOMAIN small_cents AS public.cents DEFAULT 0") != std::string::npos);
}
