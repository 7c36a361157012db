// The rewrites PostgreSQL applies on storage, undone on both sides
// (DESIGN.md, "The hard part"): written form == read-back form.
#include <catch2/catch.hpp>

#include "pgsql/canonical.hpp"

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
        canonical_statement("CREATE OR REPLACE FUNCTION public.f(a integer) RETURNS integer LANGUAGE sql AS $$ select a $$"));
}
