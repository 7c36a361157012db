// Issue 12, point 2: the live reader never skips silently. A database holding
// an object of a kind shale does not model makes `shale plan` exit 2 naming it;
// the [filter] of shale.toml leaves it out, and then the filtered database
// plans cleanly against its own filtered `inspect` output.
#include <catch2/catch.hpp>

#include <vector>

#include "cli_runner.hpp"
#include "pg_test_db.hpp"

using namespace shale::testing;

namespace {

struct Kind {
  const char* name;  // the test database's suffix
  const char* setup;
  std::vector<const char*> subjects;  // each must be named in the error
  std::vector<const char*> exclude;   // what leaves them out (and what the message suggests)
};

// Roles are cluster-wide: created once, kept (a dropped test database leaves none of their grants).
const char* kRole =
    "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'shale_test_reader') THEN "
    "CREATE ROLE shale_test_reader; END IF; END $$;\n";

const std::vector<Kind> kKinds = {
    // Partitioned tables and partitions are modelled; what a partition has of its own is not.
    {"partitioned",
     "CREATE TABLE ev (id serial, at date) PARTITION BY RANGE (at);"
     "CREATE TABLE ev_2026 PARTITION OF ev FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');"
     "CREATE INDEX ev_2026_at ON ev_2026 (at); ALTER TABLE ev_2026 ADD CONSTRAINT ev_2026_at_check CHECK (at > "
     "'2026-01-01');"
     "ALTER TABLE ev_2026 ALTER COLUMN at SET DEFAULT '2026-06-01';",
     {"index ev_2026_at of partition public.ev_2026 (its own, not its parent's)",
      "constraint ev_2026_at_check of partition public.ev_2026 (its own, not its parent's)",
      "column at of partition public.ev_2026 differs from its parent's (NOT NULL, default or comment)"},
     {"public.ev"}},
    // Inheritance is modelled; a column a table inherits and also declares with a default of its own is not.
    {"inheritance",
     "CREATE TABLE parent (a int); CREATE TABLE child (a int DEFAULT 5, b int) INHERITS (parent);",
     {"column a of table public.child differs from its parent's (NOT NULL, default or comment)"},
     {"public.child"}},
    // Unlogged tables are modelled; unlogged sequences are not.
    {"unlogged",
     "CREATE UNLOGGED TABLE ul (a int); CREATE UNLOGGED SEQUENCE us;",
     {"unlogged sequence public.us"},
     {"unlogged:public.us"}},
    {"foreign",
     "CREATE FOREIGN DATA WRAPPER w; CREATE SERVER s FOREIGN DATA WRAPPER w; CREATE FOREIGN TABLE ft (a int) SERVER s;",
     {"foreign table public.ft", "foreign-data wrapper w", "foreign server s"},
     {"public.ft", "foreign_data_wrapper:w", "server:s"}},
    // (privileges and default privileges are modelled; those of view columns are not)
    {"view_column_grants",
     "CREATE VIEW v AS SELECT 1 AS x; GRANT SELECT (x) ON v TO shale_test_reader;",
     {"privileges on column x of public.v ("},
     {"privileges:public.v"}},
    {"view_column_settings",
     "CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x; ALTER MATERIALIZED VIEW mv ALTER COLUMN x SET STATISTICS 100;",
     {"settings of column x of public.mv (STATISTICS 100)"},
     {"column_options:public.mv"}},
    {"table_settings",
     "CREATE TABLE sp (a int, b text) WITH (fillfactor = 70); ALTER TABLE sp REPLICA IDENTITY FULL;"
     "ALTER TABLE sp ALTER a SET STATISTICS 500; ALTER TABLE sp ALTER b SET STORAGE EXTERNAL;"
     "CREATE INDEX sp_a ON sp (a); CLUSTER sp USING sp_a;"
     "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';"
     "CREATE TRIGGER tr BEFORE INSERT ON sp FOR EACH ROW EXECUTE FUNCTION trg(); ALTER TABLE sp DISABLE TRIGGER tr;"
     "CREATE RULE nothing AS ON DELETE TO sp DO INSTEAD NOTHING;"
     "CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler; CREATE TABLE am (a int) USING heap2;"
     "CREATE TABLE tt (a text COMPRESSION pglz) WITH (toast.autovacuum_enabled = false);",
     // (storage parameters, the table's and its TOAST table's, are modelled)
     {"settings of column a of public.tt (COMPRESSION pglz)", "replica identity FULL of table public.sp",
      "settings of column a of public.sp (STATISTICS 500)", "settings of column b of public.sp (STORAGE EXTERNAL)",
      "CLUSTER ON index public.sp_a", "trigger tr on public.sp is disabled", "rule nothing on public.sp",
      "access method heap2 of table public.am"},
     {"replica_identity:*", "column_options:*", "cluster:*", "trigger_state:*", "rule:*", "access_method:*"}},
    {"types",
     "CREATE DOMAIN posint AS int CHECK (VALUE > 0); COMMENT ON CONSTRAINT posint_check ON DOMAIN posint IS 'x';"
     "CREATE TYPE pair AS (a int, b int); COMMENT ON COLUMN pair.a IS 'x';"
     "CREATE TYPE floatrange AS RANGE (subtype = float8); CREATE COLLATION c2 (locale = 'C');"
     "CREATE TYPE base_t; CREATE FUNCTION base_t_in(cstring) RETURNS base_t LANGUAGE internal IMMUTABLE STRICT AS "
     "'int4in';"
     "CREATE FUNCTION base_t_out(base_t) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'int4out';"
     "CREATE TYPE base_t (INPUT = base_t_in, OUTPUT = base_t_out, LIKE = integer);",
     {"comment on constraint posint_check of domain public.posint",
      "comment on attribute a of composite type public.pair", "base type public.base_t"},
     {"comment:public.posint", "comment:public.pair", "public.base_t"}},
    {"routines",
     "CREATE AGGREGATE mysum(int) (sfunc = int4pl, stype = int);"
     "CREATE OPERATOR === (leftarg = int, rightarg = int, function = int4eq);"
     "CREATE OPERATOR CLASS myops FOR TYPE int USING btree AS OPERATOR 1 <, FUNCTION 1 btint4cmp(int, int);"
     "CREATE TYPE mood AS ENUM ('ok'); CREATE FUNCTION to_mood(int) RETURNS mood LANGUAGE sql AS $$SELECT 'ok'::mood$$;"
     "CREATE CAST (int AS mood) WITH FUNCTION to_mood(int);"
     "CREATE CONVERSION myconv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;",
     {"aggregate public.mysum(integer)", "operator public.===(integer, integer)", "operator class public.myops",
      "operator family public.myops", "cast (integer AS public.mood)", "conversion public.myconv"},
     {"public.mysum", "public.===*", "public.myops", "cast:*", "public.myconv"}},
    {"search_stats",
     "CREATE TABLE st (a int, b int); CREATE STATISTICS st_ab ON a, b FROM st;"
     "CREATE TEXT SEARCH CONFIGURATION mycfg (COPY = english);",
     {"statistics object public.st_ab", "text search configuration public.mycfg"},
     {"public.st_ab", "public.mycfg"}},
    {"database_wide",
     "CREATE FUNCTION evt() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';"
     "CREATE EVENT TRIGGER et ON ddl_command_start EXECUTE FUNCTION evt();"
     "CREATE TABLE pt (id int PRIMARY KEY); CREATE PUBLICATION pub FOR TABLE pt;"
     "CREATE LANGUAGE plpgsql2 HANDLER plpgsql_call_handler;",
     {"event trigger et", "publication pub", "language plpgsql2"},
     {"event_trigger:et", "publication:*", "language:plpgsql2"}},
};

std::string toml_list(const std::vector<const char*>& items) {
  std::string out;
  for (const char* i : items) out += std::string(out.empty() ? "" : ", ") + "\"" + i + "\"";
  return "[" + out + "]";
}

}  // namespace

TEST_CASE("every kind shale does not model is refused, named, and can be excluded", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  for (const Kind& k : kKinds) {
    DYNAMIC_SECTION(k.name) {
      TestDatabase db(cluster, std::string("unmodelled_") + k.name);
      db.execute(std::string(kRole) + k.setup);
      std::string p = temp_dir(std::string("shale_unmodelled_") + k.name + "_");
      REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);

      auto refused = shale_cmd(p, "plan --from " + db.url() + " --to schema");
      INFO(refused.output);
      CHECK(refused.exit_code == 2);
      for (const char* s : k.subjects) CHECK(refused.output.find(s) != std::string::npos);
      CHECK(refused.output.find("not modelled by shale") != std::string::npos);

      write_text(p + "/shale.toml", "dialect = \"postgres\"\n[filter]\nexclude = " + toml_list(k.exclude) + "\n");
      auto inspected = shale_cmd(p, "inspect --url " + db.url() + " --format sql 2>/dev/null");
      INFO(inspected.output);
      REQUIRE(inspected.exit_code == 0);
      write_text(p + "/schema/all.sql", inspected.output);
      auto planned = shale_cmd(p, "plan --from " + db.url() + " --to schema --exit-code --format sql");
      INFO(planned.output);
      CHECK(planned.exit_code == 0);
      CHECK(planned.output.empty());
    }
  }
}

TEST_CASE("the message suggests the entries that exclude what it names", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "unmodelled_suggest");
  db.execute(kKinds[0].setup);
  std::string p = temp_dir("shale_unmodelled_suggest_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  auto refused = shale_cmd(p, "plan --from " + db.url() + " --to schema");
  INFO(refused.output);
  CHECK(refused.output.find(
            "error: " + db.url() +
            ": 3 objects are not modelled by shale; exclude them in shale.toml "
            "([filter] exclude = [\"public.ev\"]) or remove them from the database:\n"
            "  column at of partition public.ev_2026 differs from its parent's (NOT NULL, default or comment)\n"
            "  constraint ev_2026_at_check of partition public.ev_2026 (its own, not its parent's)\n"
            "  index ev_2026_at of partition public.ev_2026 (its own, not its parent's)\n") != std::string::npos);
}

TEST_CASE("an excluded partitioned table is neither planned nor its sequence dropped", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "unmodelled_partition_plan");
  db.execute(std::string(kKinds[0].setup) + "CREATE TABLE users (id bigint PRIMARY KEY);");
  std::string p = temp_dir("shale_unmodelled_partition_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/shale.toml", "dialect = \"postgres\"\n[filter]\nexclude = [\"public.ev\"]\n");
  write_text(p + "/schema/app.sql", "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n");
  auto planned = shale_cmd(p, "plan --from " + db.url() + " --to schema --format sql");
  INFO(planned.output);
  CHECK(planned.exit_code == 0);
  CHECK(planned.output.find("ALTER TABLE users ADD COLUMN name text;\n") != std::string::npos);
  CHECK(planned.output.find("DROP") == std::string::npos);  // not ev, ev_2026 or ev_id_seq
}

TEST_CASE("schemas = [...] reads only those schemas", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "unmodelled_schemas");
  db.execute(std::string(kRole) +
             "CREATE SCHEMA app; CREATE TABLE app.users (id bigint PRIMARY KEY);"
             "CREATE SCHEMA app_archive; CREATE TABLE app_archive.old (id int);"
             "CREATE SCHEMA legacy; CREATE TABLE legacy.ev (at date) PARTITION BY RANGE (at);"
             "CREATE AGGREGATE legacy.total (int) (sfunc = int4pl, stype = int);"  // a kind shale refuses
             "CREATE TABLE public.scratch (id int);");
  std::string p = temp_dir("shale_unmodelled_schemas_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/schema/app.sql", "CREATE SCHEMA app;\nCREATE TABLE app.users (id bigint PRIMARY KEY);\n");
  CHECK(shale_cmd(p, "plan --from " + db.url() + " --to schema").exit_code == 2);

  write_text(p + "/shale.toml",
             "dialect = \"postgres\"\n[filter]\nschemas = [\"app*\"]\nexclude = [\"app_archive\"]\n");
  auto planned = shale_cmd(p, "plan --from " + db.url() + " --to schema --exit-code --format sql");
  INFO(planned.output);
  CHECK(planned.exit_code == 0);
  CHECK(planned.output.empty());
  // The filter also leaves public out of the desired state.
  write_text(p + "/schema/public.sql", "CREATE TABLE public.other (id int);\n");
  planned = shale_cmd(p, "plan --from " + db.url() + " --to schema --exit-code --format sql");
  INFO(planned.output);
  CHECK(planned.exit_code == 0);
}

TEST_CASE("the filter applies to the desired state and to dir:// too", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "unmodelled_desired");
  db.execute("CREATE TABLE users (id bigint PRIMARY KEY); CREATE TABLE legacy_log (id int);");
  std::string p = temp_dir("shale_unmodelled_desired_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/shale.toml", "dialect = \"postgres\"\n[filter]\nexclude = [\"public.legacy*\", \"audit\"]\n");
  // The desired state defines excluded objects (a different legacy table, a
  // whole audit schema): they are neither created nor compared.
  write_text(p + "/schema/app.sql",
             "CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE legacy_other (id int);\n"
             "CREATE INDEX legacy_other_id ON legacy_other (id);\n"
             "CREATE SCHEMA audit;\nCREATE TABLE audit.log (id int);\n");
  auto planned = shale_cmd(p, "plan --from " + db.url() + " --to schema --exit-code --format sql");
  INFO(planned.output);
  CHECK(planned.exit_code == 0);
  CHECK(planned.output.empty());

  // dir://: migrations that create an excluded table build a state without it.
  write_text(p + "/migrations/20260101000000_init.up.sql",
             "CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE legacy_tmp (id int);\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  planned = shale_cmd(p, "plan --from dir://migrations --to " + db.url() + " --exit-code --format sql");
  INFO(planned.output);
  CHECK(planned.exit_code == 0);
  CHECK(planned.output.empty());

  // Without the filter the same states differ.
  write_text(p + "/shale.toml", "dialect = \"postgres\"\n");
  planned = shale_cmd(p, "plan --from dir://migrations --to " + db.url() + " --format sql");
  INFO(planned.output);
  CHECK(planned.output.find("DROP TABLE legacy_tmp") != std::string::npos);
  CHECK(planned.output.find("CREATE TABLE legacy_log") != std::string::npos);
}

// PostgreSQL 15.20 stores an option pg_attver=… on every column it creates.
// It is the server's, not a setting anyone made: reading it as one refused
// every database. Set here by hand, as 15.18 does not (superuser catalog write).
TEST_CASE("a column option the server keeps for itself (pg_attver) is not a column setting", "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "unmodelled_attver");
  db.execute(
      "CREATE TABLE parent (id int, note text); CREATE TABLE child (extra int) INHERITS (parent);"
      "CREATE VIEW v AS SELECT id FROM parent; CREATE MATERIALIZED VIEW mv AS SELECT id FROM parent;"
      "UPDATE pg_attribute SET attoptions = ARRAY['pg_attver=' || attrelid::int]"
      "  WHERE attrelid IN ('parent'::regclass, 'child'::regclass, 'v'::regclass, 'mv'::regclass) AND attnum > 0;");
  std::string p = temp_dir("shale_unmodelled_attver_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/schema/app.sql",
             "CREATE TABLE parent (id int, note text);\nCREATE TABLE child (extra int) INHERITS (parent);\n"
             "CREATE VIEW v AS SELECT id FROM parent;\nCREATE MATERIALIZED VIEW mv AS SELECT id FROM parent;\n");
  auto planned = shale_cmd(p, "plan --from " + db.url() + " --to schema --exit-code --format sql");
  INFO(planned.output);
  CHECK(planned.exit_code == 0);
  CHECK(planned.output.empty());
  // A real option beside it is still refused, and named without pg_attver.
  db.execute(
      "UPDATE pg_attribute SET attoptions = attoptions || '{n_distinct=5}'::text[]"
      "  WHERE attrelid = 'parent'::regclass AND attname = 'note';");
  auto refused = shale_cmd(p, "plan --from " + db.url() + " --to schema");
  INFO(refused.output);
  CHECK(refused.exit_code == 2);
  CHECK(refused.output.find("settings of column note of public.parent (n_distinct=5)") != std::string::npos);
}
