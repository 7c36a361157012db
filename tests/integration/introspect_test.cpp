#include <catch2/catch.hpp>

#include "load/pg_live/introspect.hpp"
#include "pg_test_db.hpp"

using namespace shale;

namespace {
std::string tables_sql(int n) {
  std::string sql;
  for (int i = 0; i < n; ++i) {
    std::string t = "t" + std::to_string(i);
    sql += "CREATE TABLE " + t + " (id bigint PRIMARY KEY, name text NOT NULL DEFAULT '', ref bigint" +
           (i ? " REFERENCES t" + std::to_string(i - 1) + "(id)" : "") + ");\n";
    sql += "CREATE INDEX ON " + t + " (name);\n";
  }
  return sql;
}
}  // namespace

TEST_CASE("introspection issues the same number of queries for 10 and 300 tables", "[postgres]") {
  std::string cluster = testing::cluster_url_or_exit();
  testing::TestDatabase small(cluster, "introspect_small"), large(cluster, "introspect_large");
  small.execute(tables_sql(10));
  large.execute(tables_sql(300));
  auto s = load::pg_live::introspect(small.url());
  int small_queries = load::pg_live::last_query_count();
  auto l = load::pg_live::introspect(large.url());
  int large_queries = load::pg_live::last_query_count();
  CHECK(s.tables.size() == 10);
  CHECK(l.tables.size() == 300);
  CHECK(l.indexes.size() == 300);
  CHECK(small_queries == large_queries);
  CHECK(small_queries <= 19);  // SET, the check for unmodelled kinds, 17 reads
}

TEST_CASE("introspection skips the history table and honours search_path", "[postgres]") {
  std::string cluster = testing::cluster_url_or_exit();
  testing::TestDatabase db(cluster, "introspect_filter");
  db.execute(
      "CREATE SCHEMA app; CREATE TABLE app.a (id int); CREATE TABLE b (id int);"
      "CREATE TABLE shale_migrations (version text PRIMARY KEY);");
  auto all = load::pg_live::introspect(db.url());
  REQUIRE(all.tables.size() == 2);
  auto only_app = load::pg_live::introspect(db.url() + "?search_path=app");
  REQUIRE(only_app.tables.size() == 1);
  CHECK(only_app.tables[0].name.schema == "app");
}

TEST_CASE("an unreachable database is a database error", "[postgres]") {
  CHECK_THROWS_AS(load::pg_live::introspect("postgres://nobody:secret@127.0.0.1:1/none"), DatabaseError);
  try {
    load::pg_live::introspect("postgres://nobody:secret@127.0.0.1:1/none");
  } catch (const DatabaseError& e) {
    CHECK(std::string(e.what()).find("secret") == std::string::npos);
  }
}
