#include "cli/state.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "dialect/dialect.hpp"
#include "load/sql_file.hpp"
#include "migrate/directory.hpp"
#include "model/privileges.hpp"
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
// Privileges are kept for the [privileges] roles only, on every side; a
// desired-state GRANT to another role is an error rather than ignored.
void scope_to_project(LoadedState& state, const config::Project& project, bool filter, bool desired) {
  if (!dialect::of(state.dialect).filters_objects()) return;
  if (filter && !project.filter.empty())
    model::remove_objects(state.schema, [&](const std::string& nsp, const std::string& name) {
      return project.filter.excludes(nsp, name);
    });
  model::keep_privileges_of(state.schema, project.privilege_roles, desired);
}
}  // namespace

LoadedState load_state(const std::string& spec, const config::Project& project) {
  if (const dialect::Dialect* live = dialect::reading_url(spec)) {
    dialect::LiveState read = live->read_live(spec, {project.history_table, project.filter, project.privilege_roles});
    LoadedState state{std::move(read.schema), read.label, live->id()};
    scope_to_project(state, project, false, false);  // the reader applied the filter
    return state;
  }
  if (spec.rfind("dir://", 0) == 0) return load_migrations(up_files(spec.substr(6)), spec, project);
  if (spec.find("://") != std::string::npos) throw UserError("unknown state URL scheme in " + spec);
  const dialect::Dialect& d = dialect::named(project.dialect);
  LoadedState state{d.load(load::read_sql_path(spec), load::Source::desired_state), spec, d.id()};
  scope_to_project(state, project, true, true);
  return state;
}

LoadedState load_migrations(const std::vector<std::string>& up_paths, const std::string& label,
                            const config::Project& project) {
  const dialect::Dialect& d = dialect::named(project.dialect);
  std::vector<load::SqlFile> files;
  for (const auto& path : up_paths) {
    auto one = load::read_sql_path(path);
    files.insert(files.end(), one.begin(), one.end());
  }
  LoadedState state{d.load(files, load::Source::migrations), label, d.id()};
  scope_to_project(state, project, true, false);
  return state;
}

void print_inert_hints(const LoadedState& from, const LoadedState& to) {
  for (const auto& h : dialect::of(to.dialect).inert_hints(from.schema, to.schema))
    std::cerr << (h.pos.known() ? h.pos.str() + ": " : "") << "note: " << h.message << "\n";
}

plan::Options plan_options(const config::Project& project, const std::string& online_flag) {
  plan::Options o;
  o.online = project.diff_online;
  o.compare_owners = project.compare_owners;
  if (online_flag == "true")
    o.online = true;
  else if (online_flag == "false")
    o.online = false;
  else if (!online_flag.empty())
    throw UserError("--online must be true or false, not \"" + online_flag + "\"");
  // The files carry the timeouts apply sets, so that they hold however they are run.
  if (project.apply.lock_timeout_ms > 0) o.lock_timeout = config::duration_text(project.apply.lock_timeout_ms);
  if (project.apply.statement_timeout_ms >= 0)
    o.statement_timeout = config::duration_text(project.apply.statement_timeout_ms);
  return o;
}

plan::Plan plan_between(const LoadedState& from, const LoadedState& to, const plan::Options& options) {
  if (from.dialect != to.dialect)
    throw UserError(std::string("cannot compare a ") + plan::dialect_name(from.dialect) + " state (" + from.label +
                    ") with a " + plan::dialect_name(to.dialect) + " state (" + to.label + ")");
  return plan::make_plan(to.dialect, from.schema, to.schema, dialect::of(to.dialect).renames(from.schema, to.schema),
                         options);
}

}  // namespace shale::cli
