// The rewrites PostgreSQL applies on storage, undone on both sides
// (DESIGN.md, "The hard part"): written form == read-back form.
#include <catch2/catch.hpp>

#include <filesystem>

#include "load/pg_sql/load_pg_sql.hpp"
#include "migrate/directory.hpp"
#include "pgsql/canonical.hpp"
#include "util/error.hpp"

using shale::pgsql::canonical_expression;
using shale::pgsql::canonical_query;
using shale::pgsql::canonical_statement;

TEST_CASE("expressions compare equal to PostgreSQL's stored form") {
  CHECK(canonical_expression("'a'") == canonical_expression("'a'::character varying"));
  CHECK(canonical_expression("'{}'") == canonical_expression("'{}'::jsonb"));
  CHECK(canonical_expression("'{}'") == canonical_expression("'{}'::integer[]"));
  CHECK(canonical_expression("-1") == canonical_expression("'-1'::integer"));
  CHECK(canonical_expression("id*2") == canonical_expression("(id * 2)"));
  CHECK(canonical_expression("st in ('x','y')") == canonical_expression("(st = ANY (ARRAY['x'::text, 'y'::text]))"));
  CHECK(canonical_expression("st not in ('x')") == canonical_expression("(st <> ALL (ARRAY['x'::text]))"));
  CHECK(canonical_expression("s <> 'b'") == canonical_expression("((s)::text <> 'b'::text)"));
  CHECK(canonical_expression("length(h) between 3 and 30") ==
        canonical_expression("((length(h) >= 3) AND (length(h) <= 30))"));
  CHECK(canonical_expression("nextval('t_id_seq')") == canonical_expression("nextval('public.t_id_seq'::regclass)"));
  CHECK(canonical_expression("public.f(x)") == canonical_expression("f(x)"));
  // A policy's USING: CURRENT_USER (a name) passed to a function taking text.
  CHECK(canonical_expression("tenant_of(current_user)") == canonical_expression("tenant_of((CURRENT_USER)::text)"));
}

TEST_CASE("different expressions stay different") {
  CHECK(canonical_expression("'a'") != canonical_expression("'b'"));
  CHECK(canonical_expression("a + b") != canonical_expression("a - b"));
  CHECK(canonical_expression("st in ('x','y')") != canonical_expression("st in ('x','z')"));
  CHECK(canonical_expression("now()") != canonical_expression("CURRENT_DATE"));
}

TEST_CASE("index definitions ignore defaults PostgreSQL omits") {
  CHECK(canonical_statement("CREATE INDEX i ON t (a ASC NULLS LAST)") ==
        canonical_statement("CREATE INDEX i ON public.t USING btree (a)"));
  CHECK(canonical_statement("CREATE INDEX i ON t (a DESC NULLS FIRST)") ==
        canonical_statement("CREATE INDEX i ON public.t USING btree (a DESC)"));
  CHECK(canonical_statement("CREATE INDEX i ON t (a DESC NULLS LAST)") !=
        canonical_statement("CREATE INDEX i ON public.t USING btree (a DESC)"));
  CHECK(canonical_statement("CREATE INDEX i ON t USING gin (name gin_trgm_ops)") ==
        canonical_statement("CREATE INDEX i ON public.t USING gin (name public.gin_trgm_ops)"));
}

TEST_CASE("NULLS NOT DISTINCT survives canonicalisation") {
  CHECK(canonical_statement("ALTER TABLE x ADD CONSTRAINT n UNIQUE NULLS NOT DISTINCT (a)") !=
        canonical_statement("ALTER TABLE x ADD CONSTRAINT n UNIQUE (a)"));
}

TEST_CASE("view queries match pg_get_viewdef's qualified columns") {
  CHECK(canonical_query("SELECT id, name FROM t WHERE active") ==
        canonical_query("SELECT t.id, t.name FROM public.t WHERE t.active"));
}

TEST_CASE("function definitions ignore option order and defaults") {
  CHECK(canonical_statement("CREATE FUNCTION f(a int) RETURNS int AS $$ select a $$ LANGUAGE sql VOLATILE") ==
        canonical_statement(
            "CREATE OR REPLACE FUNCTION public.f(a integer) RETURNS integer LANGUAGE sql AS $$ select a $$"));
}

// The interpreter takes canonical forms of constraints and indexes from their
// trees (canonical_tree) instead of parsing their deparsed text again: over
// every desired state and migration of the PostgreSQL case corpus, both ways
// must give the same bytes (the check throws std::logic_error otherwise).
TEST_CASE("canonical forms from trees equal those from deparsed text over the case corpus") {
  namespace fs = std::filesystem;
  namespace pg_sql = shale::load::pg_sql;
  shale::pgsql::check_tree_canonical_forms(true);
  struct Off {
    ~Off() { shale::pgsql::check_tree_canonical_forms(false); }
  } off;
  int loaded = 0;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(SHALE_SOURCE_DIR) / "tests" / "cases" / "pg")) {
    std::string name = e.path().filename().string();
    bool desired = name == "before.sql" || name == "after.sql";
    bool migration = name.size() > 7 && name.compare(name.size() - 7, 7, ".up.sql") == 0;
    if (!desired && !migration) continue;
    INFO(e.path());
    try {
      pg_sql::load({{e.path().string(), shale::migrate::read_text_file(e.path().string())}},
                   desired ? pg_sql::Source::desired_state : pg_sql::Source::migrations);
      ++loaded;
    } catch (const shale::UserError&) {
      // cases that expect an error, and migrations that need their predecessors
    }
  }
  CHECK(loaded > 400);
}

TEST_CASE("GROUP BY and ORDER BY positions compare as the expressions they name") {
  using shale::pgsql::canonical_query;
  CHECK(
      canonical_query("SELECT kind, count(*) AS n FROM events GROUP BY 1 ORDER BY 2 DESC, 1") ==
      canonical_query(
          "SELECT events.kind, count(*) AS n FROM events GROUP BY events.kind ORDER BY (count(*)) DESC, events.kind"));
  CHECK(canonical_query("SELECT lower(kind) AS k FROM events GROUP BY 1") ==
        canonical_query("SELECT lower(events.kind) AS k FROM events GROUP BY (lower(events.kind))"));
  // A position past the targets is left for PostgreSQL to refuse.
  CHECK(canonical_query("SELECT kind FROM events GROUP BY 2") !=
        canonical_query("SELECT kind FROM events GROUP BY kind"));
}
