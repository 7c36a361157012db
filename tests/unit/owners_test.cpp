// Owners in the model and the diff (docs/comparison.md, "Owners");
// tests/cases/pg/1250-1256 run them against PostgreSQL.
#include <catch2/catch.hpp>
#include <functional>

#include "diff/diff.hpp"
#include "load/pg_sql/load_pg_sql.hpp"
#include "render/postgres.hpp"
#include "util/error.hpp"

using namespace shale;

namespace {
model::Schema desired(const std::string& sql) { return load::pg_sql::load({{"schema.sql", sql}}); }

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const UserError& e) {
    return (e.pos().known() ? e.pos().str() + ": " : "") + e.what();
  }
  return "";
}

std::string plan(const model::Schema& from, const model::Schema& to, bool compare) {
  diff::Options o;
  o.compare_owners = compare;
  return render::postgres_script(diff::diff(from, to, {}, o));
}
}  // namespace

TEST_CASE("OWNER TO records the owner on every kind that has one") {
  model::Schema s = desired(
      "CREATE SCHEMA AUTHORIZATION app_owner;\n"
      "CREATE SCHEMA s AUTHORIZATION app_read;\n"
      "CREATE TABLE t (id serial PRIMARY KEY);\n"
      "ALTER TABLE t OWNER TO app_owner;\n"
      "CREATE VIEW v AS SELECT id FROM t;\n"
      "ALTER TABLE v OWNER TO app_read;\n"
      "CREATE TYPE e AS ENUM ('a');\n"
      "ALTER TYPE e OWNER TO \"Mixed Case\";\n"
      "CREATE DOMAIN d AS int;\n"
      "ALTER DOMAIN d OWNER TO app_read;\n"
      "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\n"
      "ALTER FUNCTION f OWNER TO app_other;\n");
  CHECK(s.schema_owners.at("app_owner") == "app_owner");
  CHECK(s.schema_owners.at("s") == "app_read");
  CHECK(s.tables.at(0).owner == "app_owner");
  CHECK(s.sequences.at(0).owner == "app_owner");  // t_id_seq goes with its table
  CHECK(s.views.at(0).owner == "app_read");
  CHECK(s.enums.at(0).owner == "Mixed Case");
  CHECK(s.domains.at(0).owner == "app_read");
  CHECK(s.functions.at(0).owner == "app_other");
}

TEST_CASE("OWNER TO refuses what PostgreSQL refuses, and roles that depend on who applies") {
  CHECK(error_of([] {
          desired("CREATE TABLE t (id int);\nALTER TABLE t OWNER TO CURRENT_USER;\n");
        }).find("schema.sql:2:24: an owner must be a role named by its name") == 0);
  CHECK(error_of([] { desired("CREATE TABLE t (id int);\nALTER VIEW t OWNER TO r;\n"); }) ==
        "schema.sql:2:1: \"t\" is not a view");
  CHECK(error_of([] { desired("CREATE TYPE e AS ENUM ('a');\nALTER DOMAIN e OWNER TO r;\n"); }) ==
        "schema.sql:2:1: e is not a domain");
  CHECK(error_of([] {
          desired(
              "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\n"
              "CREATE FUNCTION f(text) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\nALTER FUNCTION f OWNER TO r;\n");
        }) == "schema.sql:3:1: function name \"f\" is not unique");
}

TEST_CASE("owners are planned only when compared, and only where both states name one") {
  model::Schema named_a = desired("CREATE TABLE t (id int);\nALTER TABLE t OWNER TO a;\n");
  model::Schema named_b = desired("CREATE TABLE t (id int);\nALTER TABLE t OWNER TO b;\n");
  model::Schema unnamed = desired("CREATE TABLE t (id int);\n");
  CHECK(plan(named_a, named_b, false).empty());
  CHECK(plan(named_a, named_b, true) == "ALTER TABLE t OWNER TO b;\n");
  CHECK(plan(named_b, named_a, true) == "ALTER TABLE t OWNER TO a;\n");
  CHECK(plan(named_a, unnamed, true).empty());  // no OWNER TO: any owner
  CHECK(plan(unnamed, named_a, true).empty());  // an owner unknown on one side is not compared
  // A new object gets its owner after its CREATE.
  CHECK(plan(model::Schema{}, named_a, true) == "CREATE TABLE t (\n    id integer\n);\nALTER TABLE t OWNER TO a;\n");
  CHECK(plan(model::Schema{}, named_a, false) == "CREATE TABLE t (\n    id integer\n);\n");
}

TEST_CASE("a table renamed by a hint keeps its owner, compared under its new name") {
  model::Schema from = desired("CREATE TABLE t (id int);\nALTER TABLE t OWNER TO a;\n");
  model::Schema same = desired("-- shale:renamed-from t\nCREATE TABLE u (id int);\nALTER TABLE u OWNER TO a;\n");
  model::Schema other = desired("-- shale:renamed-from t\nCREATE TABLE u (id int);\nALTER TABLE u OWNER TO b;\n");
  auto with_owners = [](const model::Schema& f, const model::Schema& t) {
    diff::Options o;
    o.compare_owners = true;
    return render::postgres_script(diff::diff(f, t, diff::Renames::from_hints(t), o));
  };
  CHECK(with_owners(from, same) == "ALTER TABLE t RENAME TO u;\n");
  CHECK(with_owners(from, other) == "ALTER TABLE t RENAME TO u;\nALTER TABLE u OWNER TO b;\n");
}
