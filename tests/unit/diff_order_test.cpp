// Dependency order of plans.
#include <catch2/catch.hpp>

#include "diff/diff.hpp"
#include "load/pg_sql/load_pg_sql.hpp"
#include "render/postgres.hpp"

using namespace shale;

namespace {
model::Schema load_sql(const std::string& sql) { return load::pg_sql::load({{"s.sql", sql}}); }
std::vector<std::string> plan(const std::string& a, const std::string& b) {
  auto from = load_sql(a), to = load_sql(b);
  std::vector<std::string> out;
  for (const auto& s : render::postgres_plan(diff::diff(from, to, diff::Renames::from_hints(to)))) out.push_back(s.sql);
  return out;
}
size_t position(const std::vector<std::string>& stmts, const std::string& prefix) {
  for (size_t i = 0; i < stmts.size(); ++i)
    if (stmts[i].rfind(prefix, 0) == 0) return i;
  FAIL("no statement starting with " << prefix);
  return 0;
}
}  // namespace

TEST_CASE("tables come before the foreign keys that reference them, cycles included") {
  auto p = plan("", "CREATE TABLE a (id int PRIMARY KEY, b_id int);"
                    "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);"
                    "ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;");
  CHECK(position(p, "ALTER TABLE a ADD CONSTRAINT a_b_id_fkey") > position(p, "CREATE TABLE b"));
  CHECK(position(p, "ALTER TABLE b ADD CONSTRAINT b_a_id_fkey") > position(p, "CREATE TABLE b"));
}

TEST_CASE("types before columns, views after tables, drops in reverse") {
  auto up = plan("", "CREATE TYPE mood AS ENUM ('a'); CREATE TABLE t (m mood); CREATE VIEW v AS SELECT m FROM t;");
  CHECK(position(up, "CREATE TYPE mood") < position(up, "CREATE TABLE t"));
  CHECK(position(up, "CREATE TABLE t") < position(up, "CREATE VIEW v"));
  auto down = plan("CREATE TYPE mood AS ENUM ('a'); CREATE TABLE t (m mood); CREATE VIEW v AS SELECT m FROM t;", "");
  CHECK(position(down, "DROP VIEW v") < position(down, "DROP TABLE t"));
  CHECK(position(down, "DROP TABLE t") < position(down, "DROP TYPE mood"));
}

TEST_CASE("column changes use ALTER, renames need a hint") {
  auto p = plan("CREATE TABLE t (a int, b text);", "CREATE TABLE t (a bigint NOT NULL, c text);");
  CHECK(p == std::vector<std::string>{"ALTER TABLE t ALTER COLUMN a TYPE bigint USING a::bigint",
                                      "ALTER TABLE t ALTER COLUMN a SET NOT NULL", "ALTER TABLE t ADD COLUMN c text",
                                      "ALTER TABLE t DROP COLUMN b"});
  auto r = plan("CREATE TABLE t (a int, b text);", "CREATE TABLE t (a int,\n-- shale:renamed-from b\n c text);");
  CHECK(r == std::vector<std::string>{"ALTER TABLE t RENAME COLUMN b TO c"});
}

TEST_CASE("destructive changes carry hazards") {
  auto from = load_sql("CREATE TABLE t (a int, b text);"), to = load_sql("CREATE TABLE t (a int);");
  auto changes = diff::diff(from, to, {});
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].hazards == std::vector<std::string>{"deletes-data"});
}
