// Unnamed constraints and indexes get PostgreSQL's own names.
#include <catch2/catch.hpp>

#include "load/pg_sql/default_names.hpp"
#include "load/pg_sql/load_pg_sql.hpp"

using namespace shale;

TEST_CASE("makeObjectName truncates to 63 bytes, longer part first") {
  std::string long_table(60, 't');
  std::string name = load::pg_sql::make_object_name(long_table, "email", "key");
  CHECK(name.size() == 63);
  CHECK(name.substr(name.size() - 4) == "_key");
  CHECK(load::pg_sql::make_object_name("users", "email", "key") == "users_email_key");
}

TEST_CASE("constraint and index default names") {
  auto s = load::pg_sql::load({{"t.sql",
                                "CREATE TABLE p (id int PRIMARY KEY);"
                                "CREATE TABLE t (id int PRIMARY KEY, a int CHECK (a > 0), b int, c int,"
                                " UNIQUE (b, c), CHECK (b > c), CHECK (b > 1), p_id int REFERENCES p);"
                                "CREATE INDEX ON t (lower(b::text));"
                                "CREATE INDEX ON t (b);"
                                "CREATE INDEX ON t (b);"}});
  const auto& t = s.tables.at(1);
  std::vector<std::string> names;
  for (const auto& k : t.constraints) names.push_back(k.name);
  CHECK(names == std::vector<std::string>{"t_a_check", "t_check", "t_b_check", "t_pkey", "t_b_c_key", "t_p_id_fkey"});
  REQUIRE(s.indexes.size() == 3);
  CHECK(s.indexes[0].name.name == "t_lower_idx");
  CHECK(s.indexes[1].name.name == "t_b_idx");
  CHECK(s.indexes[2].name.name == "t_b_idx1");
}

TEST_CASE("errors inside a later statement point at the right line and column") {
  try {
    load::pg_sql::load({{"s.sql", "CREATE TABLE a (id int);\n\nCREATE TABLE b (\n  id int,\n  id text\n);\n"}});
    FAIL("expected an error");
  } catch (const UserError& e) {
    CHECK(e.pos().str() == "s.sql:5:3");
    CHECK(std::string(e.what()) == "column id specified more than once");
  }
}
