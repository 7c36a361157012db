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
  auto p = plan("",
                "CREATE TABLE a (id int PRIMARY KEY, b_id int);"
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
  CHECK(changes[0].hazards == std::vector<diff::Hazard>{diff::Hazard::deletes_data});
  CHECK(diff::hazard_ids(changes[0].hazards) == std::vector<std::string>{"deletes-data"});
}

TEST_CASE("a function returning a table's rows is created after the table, whatever the file order") {
  auto p = plan("",
                "CREATE TABLE items (id int PRIMARY KEY);"
                "CREATE FUNCTION all_items() RETURNS SETOF items LANGUAGE sql AS $$ SELECT * FROM items $$;");
  CHECK(position(p, "CREATE TABLE items") < position(p, "CREATE OR REPLACE FUNCTION all_items"));
}

TEST_CASE("only the views over a retyped column are dropped and re-created around it") {
  std::string base =
      "CREATE TABLE orders (id int PRIMARY KEY, qty int, note text);"
      "CREATE TABLE o (id int PRIMARY KEY, x int);"
      "CREATE VIEW v_qty AS SELECT id, qty FROM orders;"
      "CREATE VIEW v_note AS SELECT id, note FROM orders;"
      "CREATE VIEW v_top AS SELECT id FROM v_qty;";
  std::string changed = base;
  changed.replace(changed.find("qty int"), 7, "qty bigint");
  auto p = plan(base, changed);
  CHECK(position(p, "DROP VIEW v_top") < position(p, "DROP VIEW v_qty"));
  CHECK(position(p, "DROP VIEW v_qty") < position(p, "ALTER TABLE orders ALTER COLUMN qty TYPE bigint"));
  CHECK(position(p, "ALTER TABLE orders ALTER COLUMN qty TYPE bigint") < position(p, "CREATE VIEW v_qty"));
  CHECK(position(p, "CREATE VIEW v_qty") < position(p, "CREATE VIEW v_top"));
  for (const auto& s : p) CHECK(s.find("v_note") == std::string::npos);
  // A change in table `o` touches no view over `orders`, whose name contains "o".
  std::string other = base;
  other.replace(other.find("x int"), 5, "x bigint");
  CHECK(plan(base, other) == std::vector<std::string>{"ALTER TABLE o ALTER COLUMN x TYPE bigint USING x::bigint"});
}

TEST_CASE("an enum rebuild drops and re-creates the views, partial indexes and checks that use it") {
  std::string a =
      "CREATE TYPE st AS ENUM ('a', 'b', 'c');"
      "CREATE TABLE t (id int PRIMARY KEY, s st NOT NULL DEFAULT 'a', CHECK (s <> 'c'));"
      "CREATE INDEX t_open ON t (id) WHERE s <> 'b';"
      "CREATE VIEW v AS SELECT id, s FROM t;";
  std::string b = a;
  b.replace(b.find("'a', 'b', 'c'"), 13, "'a', 'b'");
  auto p = plan(a, b);
  size_t rebuild = position(p, "ALTER TYPE st RENAME TO");
  CHECK(position(p, "DROP VIEW v") < rebuild);
  CHECK(position(p, "DROP INDEX t_open") < rebuild);
  CHECK(position(p, "ALTER TABLE t DROP CONSTRAINT t_s_check") < rebuild);
  CHECK(position(p, "CREATE VIEW v") > position(p, "DROP TYPE st__shale_old"));
  CHECK(position(p, "CREATE INDEX t_open") > position(p, "DROP TYPE st__shale_old"));
  CHECK(position(p, "ALTER TABLE t ADD CONSTRAINT t_s_check") > position(p, "DROP TYPE st__shale_old"));
}

TEST_CASE("a function whose return type changes is dropped after its views and before it is created again") {
  std::string a =
      "CREATE TABLE t (id int PRIMARY KEY);"
      "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT x $$;"
      "CREATE VIEW v AS SELECT f(id) AS y FROM t;";
  std::string b = a;
  b.replace(b.find("RETURNS int"), 11, "RETURNS bigint");
  auto p = plan(a, b);
  CHECK(position(p, "DROP VIEW v") < position(p, "DROP FUNCTION f(integer)"));
  CHECK(position(p, "DROP FUNCTION f(integer)") < position(p, "CREATE OR REPLACE FUNCTION f"));
  CHECK(position(p, "CREATE OR REPLACE FUNCTION f") < position(p, "CREATE VIEW v"));
}

TEST_CASE("a view that only gains columns is replaced in place") {
  auto p =
      plan("CREATE TABLE t (a int, b int); CREATE VIEW v AS SELECT a FROM t; CREATE VIEW w AS SELECT a FROM v;",
           "CREATE TABLE t (a int, b int); CREATE VIEW v AS SELECT a, b FROM t; CREATE VIEW w AS SELECT a FROM v;");
  CHECK(p == std::vector<std::string>{"CREATE OR REPLACE VIEW v AS SELECT a, b FROM t"});
}

TEST_CASE("a renamed table keeps its view and foreign key: PostgreSQL rewrites them") {
  auto p = plan(
      "CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (a_id int REFERENCES a);"
      "CREATE VIEW v AS SELECT id FROM a;",
      "-- shale:renamed-from a\nCREATE TABLE c (id int, CONSTRAINT a_pkey PRIMARY KEY (id));\n"
      "CREATE TABLE b (a_id int, CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES c);"
      "CREATE VIEW v AS SELECT id FROM c;");
  CHECK(p == std::vector<std::string>{"ALTER TABLE a RENAME TO c"});
}

TEST_CASE("a dependency cycle other than foreign keys is an error naming its members") {
  auto from = load_sql("");
  auto to = load_sql("CREATE TABLE t (id int PRIMARY KEY);");
  auto changes = diff::diff(from, to, {});
  // Make the table's column need a view that reads the table: a cycle no plan can order.
  model::Schema cyclic = to;
  model::View v;
  v.name = {"public", "v"};
  v.query = {"SELECT id FROM t", "x"};
  cyclic.views.push_back(v);
  model::add_ref(cyclic.views.back().depends_on, model::Ref{model::RefKind::relation, {"public", "t"}, ""});
  model::add_ref(cyclic.tables[0].columns[0].depends_on, model::Ref{model::RefKind::relation, {"public", "v"}, ""});
  try {
    diff::diff(from, cyclic, {});
    FAIL("no error for a cycle");
  } catch (const UserError& e) {
    std::string m = e.what();
    CHECK(m.find("dependency cycle") != std::string::npos);
    CHECK(m.find("create table public.t") != std::string::npos);
    CHECK(m.find("create view public.v") != std::string::npos);
  }
}

TEST_CASE("a change takes only its kind's payload") {
  std::vector<diff::Change> out;
  model::Table t;
  CHECK_THROWS_AS(diff::append_change(out, diff::ChangeKind::drop_column, 0, {}, diff::TableRef{&t}), std::logic_error);
  CHECK(out.empty());
  diff::append_change(out, diff::ChangeKind::drop_table, 0, t.name, diff::TableRef{&t}, {diff::Hazard::deletes_data});
  CHECK(out.back().as<diff::TableRef>().table == &t);
  CHECK(out.back().has(diff::Hazard::deletes_data));
  CHECK_THROWS_AS(out.back().as<diff::ColumnDrop>(), std::bad_variant_access);
}

TEST_CASE("a policy comes after its table and function, and goes before the column and function it used") {
  auto up = plan("",
                 "CREATE TABLE t (a int); CREATE POLICY p ON t USING (ok(a));"
                 "CREATE FUNCTION ok(x int) RETURNS boolean LANGUAGE sql AS 'SELECT x > 0';"
                 "ALTER TABLE t ENABLE ROW LEVEL SECURITY;");
  CHECK(position(up, "CREATE POLICY p ON t TO PUBLIC USING (ok(a))") > position(up, "CREATE TABLE t"));
  CHECK(position(up, "CREATE POLICY p") > position(up, "CREATE OR REPLACE FUNCTION ok"));
  CHECK(position(up, "ALTER TABLE t ENABLE ROW LEVEL SECURITY") > position(up, "CREATE TABLE t"));
  // The policy stops using the column and the function before they go.
  auto change = plan(
      "CREATE TABLE t (a int, b int); CREATE FUNCTION ok(x int) RETURNS boolean LANGUAGE sql AS 'SELECT x > 0';"
      "CREATE POLICY p ON t USING (ok(a));",
      "CREATE TABLE t (b int); CREATE POLICY p ON t USING (b > 0);");
  CHECK(position(change, "ALTER POLICY p ON t USING (b > 0)") < position(change, "ALTER TABLE t DROP COLUMN a"));
  CHECK(position(change, "ALTER POLICY p ON t USING (b > 0)") < position(change, "DROP FUNCTION ok"));
  // A dropped table takes its policies along; DISABLE is a change of its own.
  auto drop = plan(
      "CREATE TABLE t (a int); CREATE TABLE u (a int); ALTER TABLE u ENABLE ROW LEVEL SECURITY;"
      "CREATE POLICY p ON t USING (a > 0);",
      "CREATE TABLE u (a int);");
  CHECK(drop == std::vector<std::string>{"DROP TABLE t", "ALTER TABLE u DISABLE ROW LEVEL SECURITY"});
}
