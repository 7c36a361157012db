// Index storage parameters compared and changed in place (docs/comparison.md,
// "Storage parameters"); tests/cases/pg/1260-1264 run them against PostgreSQL.
#include <catch2/catch.hpp>

#include "diff/diff.hpp"
#include "load/pg_sql/load_pg_sql.hpp"
#include "pgsql/canonical.hpp"
#include "pgsql/index_storage.hpp"
#include "render/postgres.hpp"
#include "util/error.hpp"

using namespace shale;

TEST_CASE("index storage parameters compare in any order, a bare word as its quoted form") {
  CHECK(pgsql::canonical_statement("CREATE INDEX i ON t USING brin (a) WITH (pages_per_range=16, autosummarize=on)") ==
        pgsql::canonical_statement(
            "CREATE INDEX i ON public.t USING brin (a) WITH (autosummarize='on', pages_per_range='16')"));
  CHECK(pgsql::canonical_statement("CREATE INDEX i ON t (a) WITH (deduplicate_items = off)") ==
        pgsql::canonical_statement("CREATE INDEX i ON public.t USING btree (a) WITH (deduplicate_items='off')"));
  CHECK(pgsql::canonical_statement("CREATE INDEX i ON t (a) WITH (fillfactor = 70)") !=
        pgsql::canonical_statement("CREATE INDEX i ON t (a) WITH (fillfactor = 80)"));
}

TEST_CASE("an index whose WITH (…) alone differs is altered, not rebuilt") {
  auto load = [](const std::string& with) {
    return load::pg_sql::load(
        {{"s.sql", "CREATE TABLE t (a int);\nCREATE INDEX i ON t (a)" + with + " WHERE a > 0;\n"}});
  };
  model::Schema a = load(" WITH (fillfactor = 70, deduplicate_items = off)"), b = load(" WITH (fillfactor = 90)"),
                c = load("");
  CHECK(render::postgres_script(diff::diff(a, b, {})) ==
        "ALTER INDEX i RESET (deduplicate_items);\nALTER INDEX i SET (fillfactor=90);\n");
  CHECK(render::postgres_script(diff::diff(b, c, {})) == "ALTER INDEX i RESET (fillfactor);\n");
  model::Schema other_key = load::pg_sql::load(
      {{"s.sql", "CREATE TABLE t (a int, b int);\nCREATE INDEX i ON t (b) WITH (fillfactor = 90) WHERE a > 0;\n"}});
  CHECK(render::postgres_script(diff::diff(b, other_key, {})).find("DROP INDEX i") != std::string::npos);
}

TEST_CASE("ALTER INDEX … SET / RESET replays into the definition") {
  model::Schema s = load::pg_sql::load(
      {{"001.up.sql",
        "CREATE TABLE t (a int);\nCREATE INDEX i ON t (a) WITH (fillfactor = 70);\n"
        "ALTER INDEX i SET (deduplicate_items = off, fillfactor = 80);\nALTER INDEX i RESET (fillfactor);\n"}},
      load::Source::migrations);
  CHECK(s.indexes.at(0).definition.text == "CREATE INDEX i ON t USING btree (a) WITH (deduplicate_items=off)");
  CHECK(pgsql::split_index_storage(s.indexes.at(0).definition.text).parameters ==
        std::vector<std::string>{"deduplicate_items=off"});
}

TEST_CASE("ALTER INDEX of a constraint's index is refused with what to write instead") {
  try {
    load::pg_sql::load(
        {{"001.up.sql", "CREATE TABLE t (a int PRIMARY KEY);\nALTER INDEX t_pkey SET (fillfactor = 70);\n"}},
        load::Source::migrations);
    FAIL("expected an error");
  } catch (const UserError& e) {
    CHECK(std::string(e.what()).find("ALTER INDEX of the index of constraint t_pkey is not supported") == 0);
    CHECK(e.pos().line == 2);
  }
}
