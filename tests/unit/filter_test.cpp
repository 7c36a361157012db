// [filter] of shale.toml (config/filter.hpp) and what the live reader does
// with the objects it does not model (load/pg_live/unmodelled.hpp); the
// PostgreSQL side is tests/integration/unmodelled_test.cpp.
#include <catch2/catch.hpp>

#include <fstream>

#include "config/project.hpp"
#include "load/pg_live/unmodelled.hpp"
#include "model/schema.hpp"
#include "shale_run.hpp"
#include "util/error.hpp"

using namespace shale;

namespace {
std::string write_toml(const std::string& name, const std::string& text) {
  std::string path = "/tmp/shale_filter_" + name + ".toml";
  std::ofstream(path) << text;
  return path;
}
// The error load_project throws for `text`, as "line:col: message".
std::string config_error(const std::string& name, const std::string& text) {
  try {
    config::load_project(write_toml(name, text));
  } catch (const UserError& e) {
    return std::to_string(e.pos().line) + ":" + std::to_string(e.pos().column) + ": " + e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("glob matching: * any run, ? one character, the rest literal") {
  using config::glob_match;
  CHECK(glob_match("public", "public"));
  CHECK_FALSE(glob_match("public", "publics"));
  CHECK(glob_match("ev*", "ev"));
  CHECK(glob_match("ev*", "ev_2026"));
  CHECK_FALSE(glob_match("ev*", "xev"));
  CHECK(glob_match("*_log", "audit_log"));
  CHECK_FALSE(glob_match("*_log", "audit_logs"));
  CHECK(glob_match("a*b*c", "axxbyyc"));
  CHECK(glob_match("a*b*c", "abcbc"));
  CHECK_FALSE(glob_match("a*b*c", "acb"));
  CHECK(glob_match("t?", "t1"));
  CHECK_FALSE(glob_match("t?", "t"));
  CHECK(glob_match("*", ""));
  CHECK(glob_match("public.*", "public.ev"));
  CHECK(glob_match("*.ev", "app.ev"));
  CHECK_FALSE(glob_match("", "x"));
  // No character classes: [ is literal.
  CHECK(glob_match("[a]", "[a]"));
  CHECK_FALSE(glob_match("[a]", "a"));
  // LIKE for the live reader's queries: % _ \ escaped.
  CHECK(config::glob_to_like("app_*") == "app\\_%");
  CHECK(config::glob_to_like("a%?") == "a\\%_");
}

TEST_CASE("a filter: schemas to read, and schemas, objects and kinds to leave out") {
  config::Filter f;
  f.schemas = {"public", "app*"};
  f.exclude = {"app_old", "public.ev*", "privileges:public.*"};
  CHECK(f.schema_included("public"));
  CHECK(f.schema_included("app_new"));
  CHECK_FALSE(f.schema_included("app_old"));
  CHECK_FALSE(f.schema_included("audit"));
  CHECK(f.excludes("public", "ev"));
  CHECK(f.excludes("public", "ev_2026"));
  CHECK(f.excludes("public", "events_x"));  // ev* matches it too
  CHECK_FALSE(f.excludes("public", "users"));
  CHECK_FALSE(f.excludes("app", "ev"));
  CHECK(f.excludes("audit", "anything"));
  CHECK(f.excludes("audit", ""));
  CHECK_FALSE(f.excludes("public", ""));
  CHECK(f.excludes_kind("privileges", "public.users"));
  CHECK_FALSE(f.excludes_kind("privileges", "app.users"));
  CHECK_FALSE(f.excludes_kind("rule", "public.users"));
  CHECK(f.excluded_schemas() == std::vector<std::string>{"app_old"});
  CHECK(config::Filter{}.empty());
}

TEST_CASE("[filter] in shale.toml") {
  auto p = config::load_project(write_toml("ok",
                                           "[filter]\nschemas = [\"public\", \"app\"]\n"
                                           "exclude = [\"public.ev*\", \"audit\", \"event_trigger:*\"]\n"));
  CHECK(p.filter.schemas == std::vector<std::string>{"public", "app"});
  CHECK(p.filter.exclude == std::vector<std::string>{"public.ev*", "audit", "event_trigger:*"});
  CHECK(config::load_project(write_toml("none", "dialect = \"postgres\"\n")).filter.empty());
}

TEST_CASE("[filter] errors are at their shale.toml line and column") {
  CHECK(config_error("type", "[filter]\nschemas = \"public\"\n") ==
        "2:11: [filter] schemas must be an array of strings");
  CHECK(config_error("item", "[filter]\nexclude = [\"a\", 3]\n") ==
        "2:17: [filter] exclude must be an array of strings");
  CHECK(config_error("key", "[filter]\ninclude = [\"a\"]\n") == "2:11: unknown key \"include\" in [filter]");
  CHECK(config_error("table", "filter = 3\n") == "1:10: [filter] must be a table");
  CHECK(config_error("dot", "[filter]\nschemas = [\"public.t\"]\n") ==
        "2:12: [filter] schemas: \"public.t\" is not a schema name or glob");
  CHECK(config_error("empty", "[filter]\nexclude = [\"public.\"]\n") ==
        "2:12: [filter] exclude: \"public.\" is not \"schema\", \"schema.name\" or \"kind:pattern\"");
  CHECK_THAT(
      config_error("kind", "[filter]\nexclude = [\"grants:*\"]\n"),
      Catch::StartsWith("2:12: [filter] exclude: unknown kind \"grants\" in \"grants:*\" (kinds: partitioned_table"));
  CHECK(config_error("bykind", "[filter]\nexclude = [\"partition:*\"]\n") ==
        "2:12: [filter] exclude: \"partition:*\": a partition is read as a table, so only its name can leave it out "
        "(\"schema.name\")");
  CHECK(config_error("sqlite", "dialect = \"sqlite\"\n[filter]\nexclude = [\"x\"]\n") ==
        "2:1: [filter] applies to PostgreSQL projects only (dialect is \"sqlite\")");
}

TEST_CASE("unmodelled objects are refused unless the filter leaves them out") {
  using load::pg_live::Unmodelled;
  std::vector<Unmodelled> found = {
      {"partitioned_table", "partitioned table public.ev", "public", "ev", "", ""},
      {"partition", "partition public.ev_2026 of public.ev", "public", "ev_2026", "public", "ev"},
  };
  config::Filter none;
  try {
    load::pg_live::refuse_unmodelled({found[0]}, none, "postgres://u:***@h/db");
    FAIL("expected an error");
  } catch (const UserError& e) {
    CHECK(std::string(e.what()) ==
          "postgres://u:***@h/db: partitioned table public.ev is not modelled by shale; exclude it in shale.toml "
          "([filter] exclude = [\"public.ev\"]) or remove it from the database");
  }
  // A partition goes with its root: one entry for both.
  CHECK_THROWS_WITH(load::pg_live::refuse_unmodelled(found, none, "db"),
                    "db: 2 objects are not modelled by shale; exclude them in shale.toml ([filter] exclude = "
                    "[\"public.ev\"]) or remove them from the database:\n"
                    "  partitioned table public.ev\n  partition public.ev_2026 of public.ev");
  config::Filter root;
  root.exclude = {"public.ev"};
  CHECK_NOTHROW(load::pg_live::refuse_unmodelled(found, root, "db"));
  config::Filter other_schema;
  other_schema.schemas = {"app"};
  CHECK_NOTHROW(load::pg_live::refuse_unmodelled(found, other_schema, "db"));

  // Settings of modelled objects and objects outside schemas: a kind: entry.
  Unmodelled grant{"privileges", "privileges on table public.t (bob=r/postgres)", "public", "t", "", ""};
  Unmodelled trigger{"event_trigger", "event trigger audit_ddl", "", "audit_ddl", "", ""};
  Unmodelled schema_grant{"privileges", "privileges on schema app (…)", "app", "", "", ""};
  CHECK(load::pg_live::suggested_entry(grant) == "privileges:public.t");
  CHECK(load::pg_live::suggested_entry(trigger) == "event_trigger:audit_ddl");
  CHECK(load::pg_live::suggested_entry(schema_grant) == "privileges:app");
  config::Filter kinds;
  kinds.exclude = {"privileges:*", "event_trigger:audit_*"};
  CHECK(load::pg_live::filtered_out(grant, kinds));
  CHECK(load::pg_live::filtered_out(schema_grant, kinds));
  CHECK(load::pg_live::filtered_out(trigger, kinds));
  // Leaving the table out leaves out what is said about it.
  config::Filter table;
  table.exclude = {"public.t"};
  CHECK(load::pg_live::filtered_out(grant, table));
  CHECK_FALSE(load::pg_live::filtered_out(trigger, table));
}

TEST_CASE("remove_objects takes a table's indexes, triggers and owned sequences along") {
  model::Schema s;
  s.schemas["audit"] = "";
  s.tables.push_back(model::Table{});
  s.tables.back().name = {"public", "ev"};
  s.tables.push_back(model::Table{});
  s.tables.back().name = {"public", "users"};
  s.indexes.push_back(model::Index{});
  s.indexes.back().name = {"public", "ev_at_idx"};
  s.indexes.back().table = {"public", "ev"};
  s.sequences.push_back(model::Sequence{});
  s.sequences.back().name = {"public", "ev_id_seq"};
  s.sequences.back().owned_by_table = "ev";
  s.triggers.push_back(model::Trigger{});
  s.triggers.back().table = {"public", "ev"};
  s.views.push_back(model::View{});
  s.views.back().name = {"audit", "v"};
  config::Filter f;
  f.exclude = {"public.ev", "audit"};
  model::remove_objects(s, [&](const std::string& nsp, const std::string& name) { return f.excludes(nsp, name); });
  REQUIRE(s.tables.size() == 1);
  CHECK(s.tables[0].name.name == "users");
  CHECK(s.indexes.empty());
  CHECK(s.sequences.empty());
  CHECK(s.triggers.empty());
  CHECK(s.views.empty());
  CHECK(s.schemas.empty());
}

TEST_CASE("a bad [filter] stops a command at its shale.toml position, exit 2") {
  std::string p = testing::fresh_temp_dir("shale_badfilter_");
  REQUIRE(testing::run_shale(p, "init --dialect postgres").exit_code == 0);
  std::ofstream(p + "/shale.toml") << "dialect = \"postgres\"\n[filter]\nexclude = \"public.ev\"\n";
  auto r = testing::run_shale(p, "plan --from dir://migrations --to schema");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "shale.toml:3:11: error: [filter] exclude must be an array of strings\n");
}
