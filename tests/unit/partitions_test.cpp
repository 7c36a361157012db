// Declarative partitioning in the model, the diff and the printed bounds
// (docs/comparison.md, "Partitions"); tests/cases/pg/11xx run it against PostgreSQL.
#include <catch2/catch.hpp>
#include <functional>

#include "diff/diff.hpp"
#include "load/pg_sql/load_pg_sql.hpp"
#include "pgsql/partitions.hpp"
#include "render/postgres.hpp"
#include "util/error.hpp"

using namespace shale;

namespace {
model::Schema desired(const std::string& sql) { return load::pg_sql::load({{"schema.sql", sql}}); }
model::Schema replayed(const std::string& sql) {
  return load::pg_sql::load({{"001.up.sql", sql}}, load::Source::migrations);
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

const char* kEv =
    "CREATE TABLE ev (id bigint NOT NULL, ts date NOT NULL, PRIMARY KEY (id, ts)) PARTITION BY RANGE (ts);\n"
    "CREATE TABLE ev_2026 PARTITION OF ev FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY HASH (id);\n"
    "CREATE TABLE ev_2026_0 PARTITION OF ev_2026 FOR VALUES WITH (modulus 1, remainder 0);\n";
}  // namespace

TEST_CASE("dropping a partitioned table drops only the parent: its partitions go with it") {
  model::Schema from = desired(std::string(kEv) + "CREATE TABLE keep (id int);");
  model::Schema to = desired("CREATE TABLE keep (id int);");
  auto changes = diff::diff(from, to, {});
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == diff::ChangeKind::drop_table);
  CHECK(changes[0].table.name == "ev");
}

TEST_CASE("a partition dropped alone is a DROP TABLE that deletes data") {
  model::Schema from = desired(kEv);
  model::Schema to =
      desired("CREATE TABLE ev (id bigint NOT NULL, ts date NOT NULL, PRIMARY KEY (id, ts)) PARTITION BY RANGE (ts);");
  auto changes = diff::diff(from, to, {});
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].table.name == "ev_2026");
  CHECK(changes[0].has(diff::Hazard::deletes_data));
}

TEST_CASE("a changed bound is DETACH then ATTACH, the rows kept") {
  model::Schema from = desired(kEv);
  std::string sql = kEv;
  sql.replace(sql.find("'2027-01-01'"), 12, "'2028-01-01'");
  model::Schema to = desired(sql);
  auto changes = diff::diff(from, to, {});
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].kind == diff::ChangeKind::detach_partition);
  CHECK(changes[1].kind == diff::ChangeKind::attach_partition);
  CHECK(render::postgres_statements(changes[0]) == std::vector<std::string>{"ALTER TABLE ev DETACH PARTITION ev_2026"});
  CHECK(render::postgres_statements(changes[1]) ==
        std::vector<std::string>{
            "ALTER TABLE ev ATTACH PARTITION ev_2026 FOR VALUES FROM ('2026-01-01') TO ('2028-01-01')"});
}

TEST_CASE("a changed partition key, or plain to partitioned, is refused naming the table") {
  model::Schema from = desired(kEv);
  std::string sql = kEv;
  sql.replace(sql.find("HASH (id)"), 9, "LIST (id)");
  sql.replace(sql.find("WITH (modulus 1, remainder 0)"), 29, "IN (1)");
  model::Schema to = desired(sql);
  std::string message = error_of([&] { diff::diff(from, to, {}); });
  CHECK(message.find(
            "table public.ev_2026: its partitioning changes (PARTITION BY HASH (id) → PARTITION BY LIST (id))") == 0);
  CHECK(message.find("write the migration by hand") != std::string::npos);

  model::Schema plain = desired("CREATE TABLE ev (id bigint NOT NULL, ts date NOT NULL, PRIMARY KEY (id, ts));");
  message = error_of([&] { diff::diff(plain, desired(kEv), {}); });
  CHECK(message.find("table public.ev: its partitioning changes (not partitioned → PARTITION BY RANGE (ts))") == 0);
}

TEST_CASE("bounds are printed as pg_get_expr prints them") {
  using pgsql::BoundLiteral;
  CHECK(pgsql::bound_value("integer", false, BoundLiteral::integer, "5") == "5");
  CHECK(pgsql::bound_value("integer", false, BoundLiteral::integer, "-5") == "'-5'");
  CHECK(pgsql::bound_value("bigint", false, BoundLiteral::integer, "5") == "'5'");
  CHECK(pgsql::bound_value("numeric", false, BoundLiteral::number, "-2e3") == "'-2000'");
  CHECK(pgsql::bound_value("numeric", false, BoundLiteral::number, "1.50") == "1.50");
  CHECK(pgsql::bound_value("numeric", false, BoundLiteral::number, ".5") == "0.5");
  CHECK(pgsql::bound_value("numeric", false, BoundLiteral::number, "1e-2") == "0.01");
  CHECK(pgsql::bound_value("text", false, BoundLiteral::string, "it's") == "'it''s'");
  CHECK(pgsql::bound_value("date", false, BoundLiteral::string, "2026-01-01") == "'2026-01-01'");
  CHECK(pgsql::bound_value("timestamp without time zone", false, BoundLiteral::string, "2026-01-01T10:00") ==
        "'2026-01-01 10:00:00'");
  CHECK(pgsql::bound_value("timestamp with time zone", false, BoundLiteral::string, "2026-01-01 01:30+02") ==
        "'2025-12-31 23:30:00+00'");
  CHECK_THROWS_WITH(pgsql::bound_value("timestamp with time zone", false, BoundLiteral::string, "2026-01-01"),
                    Catch::Contains("needs its UTC offset"));
  CHECK_THROWS_WITH(pgsql::bound_value("point", false, BoundLiteral::string, "(1,2)"),
                    Catch::Contains("not supported"));
  // What the live reader reads in another session time zone compares equal.
  CHECK(pgsql::canonical_partition_bound("FOR VALUES FROM ('2026-01-01 02:00:00+02') TO (MAXVALUE)") ==
        "FOR VALUES FROM ('2026-01-01 00:00:00+00') TO (MAXVALUE)");
}

TEST_CASE("replayed ATTACH and DETACH PARTITION") {
  std::string create = "CREATE TABLE ev (id bigint NOT NULL, ts date NOT NULL) PARTITION BY RANGE (ts);\n";
  model::Schema s =
      replayed(create +
               "CREATE TABLE ev_2026 (id bigint NOT NULL, ts date NOT NULL);\n"
               "ALTER TABLE ev ATTACH PARTITION ev_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\n");
  const model::Table* p = s.table({"public", "ev_2026"});
  REQUIRE(p);
  CHECK(p->columns.empty());
  CHECK(p->partition_of.name == "ev");
  CHECK(p->partition_bound.text == "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");

  CHECK(error_of([&] {
          replayed(create +
                   "CREATE TABLE x (id int NOT NULL, ts date NOT NULL);\n"
                   "ALTER TABLE ev ATTACH PARTITION x FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');");
        }).find("child table \"x\" has different type for column \"id\"") != std::string::npos);
  // Detached from a parent with a key, it keeps copies of it that shale does not model.
  std::string keyed =
      "CREATE TABLE ev (id bigint PRIMARY KEY) PARTITION BY HASH (id);\n"
      "CREATE TABLE ev_0 PARTITION OF ev FOR VALUES WITH (modulus 1, remainder 0);\n";
  CHECK(error_of([&] { replayed(keyed + "ALTER TABLE ev DETACH PARTITION ev_0;"); }).find("stays detached") !=
        std::string::npos);
  CHECK(replayed(keyed + "ALTER TABLE ev DETACH PARTITION ev_0; DROP TABLE ev_0;").tables.size() == 1);
  // Without: a plain table with the parent's columns.
  model::Schema plain =
      replayed(create + "CREATE TABLE ev_1 PARTITION OF ev DEFAULT;\nALTER TABLE ev DETACH PARTITION ev_1;");
  REQUIRE(plain.table({"public", "ev_1"}));
  CHECK(plain.table({"public", "ev_1"})->columns.size() == 2);
  CHECK(!plain.table({"public", "ev_1"})->is_partition());
}

TEST_CASE("DROP TABLE of a partitioned table drops its partitions in the interpreter too") {
  model::Schema s = replayed(std::string(kEv) + "DROP TABLE ev;");
  CHECK(s.tables.empty());
}

TEST_CASE("online plans keep the plain forms on a partitioned table, which PostgreSQL 15 builds no other way") {
  model::Schema from = desired(kEv);
  std::string sql = std::string(kEv) + "CREATE INDEX ev_ts ON ev (ts);\nALTER TABLE ev ADD UNIQUE (ts, id);";
  model::Schema to = desired(sql);
  diff::Options online;
  online.online = true;
  auto changes = diff::diff(from, to, {}, online);
  REQUIRE(changes.size() == 2);
  for (const auto& c : changes)
    CHECK((c.kind == diff::ChangeKind::create_index || c.kind == diff::ChangeKind::add_constraint));
}

TEST_CASE("SET LOGGED and SET UNLOGGED are a table rewrite") {
  // Changes point into the schemas: they must outlive them.
  model::Schema from = desired("CREATE UNLOGGED TABLE t (a int);"), to = desired("CREATE TABLE t (a int);");
  auto changes = diff::diff(from, to, {});
  REQUIRE(changes.size() == 1);
  CHECK(render::postgres_statements(changes[0]) == std::vector<std::string>{"ALTER TABLE t SET LOGGED"});
  CHECK(changes[0].has(diff::Hazard::table_rewrite));
  CHECK(error_of([] { desired("CREATE UNLOGGED TABLE p (a int) PARTITION BY LIST (a);"); }) ==
        "partitioned tables cannot be unlogged");
}
