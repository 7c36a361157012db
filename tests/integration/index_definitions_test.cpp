// The live reader spells plain btree indexes itself instead of calling
// pg_get_indexdef (kIndexes, `spelled`): every index here, spelled or not, must
// read exactly as pg_get_indexdef prints it (less the ONLY of a partitioned
// table's index, which the reader drops), and have the canonical form of that text.
#include <catch2/catch.hpp>

#include <map>
#include <pqxx/pqxx>

#include "load/pg_live/introspect.hpp"
#include "pg_test_db.hpp"
#include "pgsql/canonical.hpp"

using namespace shale;

TEST_CASE("indexes are spelled as pg_get_indexdef spells them", "[postgres]") {
  std::string cluster = testing::cluster_url_or_exit();
  testing::TestDatabase db(cluster, "introspect_index_definitions");
  db.execute(R"SQL(
    CREATE SCHEMA "Other";
    CREATE TYPE st AS ENUM ('a', 'b');
    CREATE DOMAIN posint AS int CHECK (VALUE > 0);
    CREATE TABLE "Other"."T" ("Col" int, "user" int, "desc" text, x int, y int, z int);
    CREATE INDEX "Weird Index" ON "Other"."T" ("Col");
    CREATE INDEX t_keywords ON "Other"."T" ("user", "desc" DESC);
    CREATE TABLE t (id int, a int, b int, c text, d text COLLATE "C", v varchar(10), e st, p posint, arr int[],
                    ts timestamptz, n numeric(10, 2));
    CREATE INDEX t_plain ON t (a);
    CREATE UNIQUE INDEX t_unique ON t (a, b);
    CREATE INDEX t_orders ON t (a DESC, b DESC NULLS LAST, c NULLS FIRST, id ASC NULLS LAST, ts DESC NULLS FIRST);
    CREATE UNIQUE INDEX t_include ON t (id) INCLUDE (c, n);
    CREATE UNIQUE INDEX t_include_desc ON t (b DESC, a) INCLUDE (id);
    CREATE UNIQUE INDEX t_nulls ON t (n) NULLS NOT DISTINCT;
    CREATE INDEX t_same_column ON t (a, a DESC);
    CREATE INDEX t_column_collation ON t (d);
    CREATE INDEX t_text ON t (c);
    -- pg_get_indexdef for these: another opclass or collation, a type without
    -- an exact default opclass, another method, options, expressions, predicates
    CREATE INDEX t_varchar ON t (v);
    CREATE INDEX t_enum ON t (e);
    CREATE INDEX t_domain ON t (p);
    CREATE INDEX t_array ON t (arr);
    CREATE INDEX t_collate ON t (c COLLATE "C");
    CREATE INDEX t_opclass ON t (c text_pattern_ops);
    CREATE INDEX t_hash ON t USING hash (a);
    CREATE INDEX t_gin ON t USING gin (arr);
    CREATE INDEX t_fill ON t (a) WITH (fillfactor = 70);
    CREATE INDEX t_expr ON t (lower(c), a);
    CREATE INDEX t_partial ON t (a) WHERE b > 0;
    CREATE TABLE parent (id int, k int);
    CREATE TABLE child (extra int) INHERITS (parent);
    CREATE INDEX child_inherited ON child (k, extra);
    CREATE TABLE ev (id int, at date) PARTITION BY RANGE (at);
    CREATE TABLE ev_2026 PARTITION OF ev FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
    CREATE INDEX ev_at ON ev (at DESC);
    CREATE MATERIALIZED VIEW mv AS SELECT id, a FROM t;
    CREATE INDEX mv_a ON mv (a);
  )SQL");
  std::map<std::string, std::string> expected;
  {
    pqxx::connection conn(db.url());
    pqxx::work tx(conn);
    tx.exec("SET LOCAL search_path = ''");
    for (const auto& r : tx.exec(R"SQL(
        SELECT c.relname, replace(pg_get_indexdef(i.indexrelid), ' ON ONLY ', ' ON ')
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE i.indexrelid >= 16384 AND NOT c.relispartition AND c.relnamespace <> 'pg_toast'::regnamespace)SQL"))
      expected[r[0].c_str()] = r[1].c_str();
  }
  model::Schema s = load::pg_live::introspect(db.url());
  REQUIRE(s.indexes.size() == expected.size());
  for (const auto& ix : s.indexes) {
    INFO(ix.name.name);
    CHECK(ix.definition.text == expected[ix.name.name]);
    // A spelled index's canonical form is made from a tree of its shape (pgsql/plain_index.hpp).
    CHECK(ix.definition.canon == pgsql::canonical_statement(ix.definition.text));
  }
}
