#include "cli/state.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "diff/hint_renames.hpp"
#include "load/pg_live/connection.hpp"
#include "load/pg_live/introspect.hpp"
#include "load/pg_sql/load_pg_sql.hpp"
#include "load/sqlite/execute_sql.hpp"
#include "load/sqlite/read_schema.hpp"
#include "migrate/directory.hpp"
#include "sqlite/url.hpp"
#include "util/error.hpp"

namespace shale::cli {

namespace fs = std::filesystem;

std::vector<std::string> up_files(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw UserError("migration directory " + dir + " does not exist", SourcePos{dir});
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (e.is_regular_file() && migrate::is_up_file(name)) out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {
// What the project's [filter] leaves out is not in a state read from SQL either,
// so that a plan against a filtered live database neither creates nor drops it.
// (The whole SQL is still read: what is left out may be needed to resolve the rest.)
void apply_filter(LoadedState& state, const config::Project& project) {
  if (state.dialect != plan::Dialect::postgres || project.filter.empty()) return;
  model::remove_objects(state.schema, [&](const std::string& nsp, const std::string& name) {
    return project.filter.excludes(nsp, name);
  });
}
}  // namespace

LoadedState load_state(const std::string& spec, const config::Project& project) {
  using plan::Dialect;
  auto starts = [&](const char* prefix) { return spec.rfind(prefix, 0) == 0; };
  if (starts("postgres://") || starts("postgresql://")) {
    load::pg_live::IntrospectOptions options;
    options.history_table = project.history_table;
    options.filter = project.filter;  // applied by the reader, which also reads fewer schemas
    return {load::pg_live::introspect(spec, options), load::pg_live::redact_url(spec), Dialect::postgres};
  }
  if (sqlite::is_sqlite_url(spec)) {
    std::string path = sqlite::path_from_url(spec);
    if (!fs::is_regular_file(path)) throw UserError("SQLite database " + path + " does not exist", SourcePos{path});
    sqlite::Database db(path, false);
    return {load::sqlite::read_schema(db, {project.history_table}), spec, Dialect::sqlite};
  }
  Dialect dialect = plan::dialect_named(project.dialect);
  auto load_files = [&](const std::vector<load::pg_sql::SqlFile>& files, load::pg_sql::Source source) {
    return dialect == Dialect::sqlite ? load::sqlite::load(files, source) : load::pg_sql::load(files, source);
  };
  if (starts("dir://")) return load_migrations(up_files(spec.substr(6)), spec, project);
  if (spec.find("://") != std::string::npos) throw UserError("unknown state URL scheme in " + spec);
  LoadedState state{load_files(load::pg_sql::read_sql_path(spec), load::pg_sql::Source::desired_state), spec, dialect};
  apply_filter(state, project);
  return state;
}

LoadedState load_migrations(const std::vector<std::string>& up_paths, const std::string& label, const config::Project& project) {
  plan::Dialect dialect = plan::dialect_named(project.dialect);
  std::vector<load::pg_sql::SqlFile> files;
  for (const auto& path : up_paths) {
    auto one = load::pg_sql::read_sql_path(path);
    files.insert(files.end(), one.begin(), one.end());
  }
  auto source = load::pg_sql::Source::migrations;
  LoadedState state{dialect == plan::Dialect::sqlite ? load::sqlite::load(files, source) : load::pg_sql::load(files, source), label,
                    dialect};
  apply_filter(state, project);
  return state;
}

void print_inert_hints(const LoadedState& from, const LoadedState& to) {
  for (const auto& h : diff::inert_hints(from.schema, to.schema, to.dialect == plan::Dialect::sqlite))
    std::cerr << (h.pos.known() ? h.pos.str() + ": " : "") << "note: " << h.message << "\n";
}

plan::Options plan_options(const config::Project& project, const std::string& online_flag) {
  plan::Options o;
  o.online = project.diff_online;
  o.compare_owners = project.compare_owners;
  if (online_flag == "true") o.online = true;
  else if (online_flag == "false") o.online = false;
  else if (!online_flag.empty()) throw UserError("--online must be true or false, not \"" + online_flag + "\"");
  // The files carry the timeouts apply sets, so that they hold however they are run.
  if (project.apply.lock_timeout_ms > 0) o.lock_timeout = config::duration_text(project.apply.lock_timeout_ms);
  if (project.apply.statement_timeout_ms >= 0) o.statement_timeout = config::duration_text(project.apply.statement_timeout_ms);
  return o;
}

plan::Plan plan_between(const LoadedState& from, const LoadedState& to, const plan::Options& options) {
  if (from.dialect != to.dialect)
    throw UserError(std::string("cannot compare a ") + plan::dialect_name(from.dialect) + " state (" + from.label + ") with a " +
                    plan::dialect_name(to.dialect) + " state (" + to.label + ")");
  return plan::make_plan(to.dialect, from.schema, to.schema,
                         diff::applicable_renames(from.schema, to.schema, to.dialect == plan::Dialect::sqlite), options);
}

}  // namespace shale::cli
