// SELECT * in views is expanded as PostgreSQL expands it at creation.
#include <catch2/catch.hpp>

#include "diff/diff.hpp"
#include "load/pg_sql/load_pg_sql.hpp"

using namespace shale;

namespace {
model::Schema load_sql(const std::string& sql) { return load::pg_sql::load({{"s.sql", sql}}); }
}  // namespace

TEST_CASE("a view's star is expanded even when the view is defined before its table") {
  auto star = load_sql("CREATE VIEW v AS SELECT * FROM t; CREATE TABLE t (a int, b text);");
  auto listed = load_sql("CREATE TABLE t (a int, b text); CREATE VIEW v AS SELECT a, b FROM t;");
  CHECK(diff::diff(star, listed, {}).empty());
  CHECK(diff::diff(listed, star, {}).empty());
}

TEST_CASE("a star over a join is expanded relation by relation, and a star it cannot expand stays") {
  auto star = load_sql(
      "CREATE TABLE t (a int, b text); CREATE TABLE u (c int);"
      "CREATE VIEW v AS SELECT u.*, t.* FROM t JOIN u ON u.c = t.a;");
  auto listed = load_sql(
      "CREATE TABLE t (a int, b text); CREATE TABLE u (c int);"
      "CREATE VIEW v AS SELECT u.c, t.a, t.b FROM t JOIN u ON u.c = t.a;");
  CHECK(diff::diff(star, listed, {}).empty());
  // USING merges the joined columns: left as written.
  auto using_join = load_sql(
      "CREATE TABLE t (a int, b text); CREATE TABLE u (a int);"
      "CREATE VIEW v AS SELECT * FROM t JOIN u USING (a);");
  CHECK(using_join.views.at(0).query.text.find("*") != std::string::npos);
}
