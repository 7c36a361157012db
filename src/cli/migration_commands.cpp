// init, diff, hash: the commands that write the project's files.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/project_file.hpp"
#include "cli/state.hpp"
#include "config/project.hpp"
#include "diff/diff.hpp"
#include "diff/hint_renames.hpp"
#include "migrate/directory.hpp"
#include "report/lint_report.hpp"
#include "report/plan_report.hpp"
#include "lint/engine.hpp"
#include <unistd.h>

namespace shale::cli {

namespace fs = std::filesystem;

namespace {

std::string render_file(const plan::Plan& plan, const std::string& title, bool irreversible) {
  std::string out = "-- " + title + "\n";
  bool concurrently = false;
  std::string body;
  size_t previous = SIZE_MAX;
  for (const auto& s : plan.statements) {
    const auto& c = plan.changes[s.change_index];
    // A change's hazards once, above its first statement.
    if (s.change_index != previous)
      for (diff::Hazard h : c.hazards) body += std::string("-- hazard: ") + diff::hazard_id(h) + ": " + diff::hazard_message(h) + "\n";
    previous = s.change_index;
    body += plan::terminated(plan, s.sql);
    if (s.sql.find("CONCURRENTLY") != std::string::npos) concurrently = true;
  }
  if (concurrently) out += "-- shale:no-transaction\n";
  if (irreversible) out += "-- shale:irreversible (the up migration deletes data this file cannot restore)\n";
  return out + report::file_sql(plan, body);
}

}  // namespace

void add_init_command(CLI::App& app, int&) {
  auto* cmd = app.add_subcommand("init", "write shale.toml, schema/ and migrations/");
  // SQLite is the default: a new project works with nothing to install.
  auto dialect = std::make_shared<std::string>("sqlite");
  cmd->add_option("--dialect", *dialect, "sqlite (default) or postgres")->check(CLI::IsMember({"sqlite", "postgres"}));
  cmd->callback([dialect] {
    if (fs::exists("shale.toml")) throw UserError("shale.toml already exists", SourcePos{"shale.toml"});
    fs::create_directories("schema");
    fs::create_directories("migrations");
    fs::create_directories("seeds");
    migrate::write_file_atomically("shale.toml",
                                   "dialect = \"" + *dialect + "\"\n"
                                   "schema = \"schema\"\n"
                                   "migrations = \"migrations\"\n"
                                   "history_table = \"shale_migrations\"\n\n"
                                   "[env.development]\n"
                                   "url = \"" + std::string(*dialect == "sqlite" ? "sqlite://db/development.sqlite3" : "postgres://localhost/app_dev") + "\"\n\n"
                                   "[env.production]\n"
                                   "url = \"${DATABASE_URL}\"\n",
                                   true);
    migrate::Directory("migrations").write_sum();
    std::cout << "wrote shale.toml, schema/, migrations/, seeds/\n";
  });
}

void add_diff_command(CLI::App& app, int&) {
  auto* cmd = app.add_subcommand("diff", "write the migration pair for --from → --to and update shale.sum");
  struct Options {
    std::string name, from, to;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("name", o->name, "migration name, lower snake case")->required();
  cmd->add_option("--from", o->from, "current state (default dir://<migrations>)");
  cmd->add_option("--to", o->to, "desired state (default <schema>)");
  cmd->callback([o] {
    config::Project project = current_project();
    migrate::check_migration_name(o->name);
    migrate::Directory dir(project.migrations);
    if (fs::exists(project.migrations)) dir.verify_sum();
    std::string from_spec = o->from.empty() ? "dir://" + project.migrations : o->from;
    std::string to_spec = o->to.empty() ? project.schema : o->to;
    LoadedState from = load_state(from_spec, project);
    LoadedState to = load_state(to_spec, project);
    plan::Plan up = plan_between(from, to);
    print_inert_hints(from, to);
    if (up.empty()) {
      std::cout << "No changes: " << from.label << " already matches " << to.label << "; nothing written.\n";
      return;
    }
    plan::Plan down = plan::make_plan(up.dialect, to.schema, from.schema, diff::applicable_renames(from.schema, to.schema, up.dialect == plan::Dialect::sqlite).inverted());
    bool irreversible = false;
    for (const auto& c : up.changes)
      if (c.has(diff::Hazard::deletes_data)) irreversible = true;
    fs::create_directories(project.migrations);
    std::string version = dir.next_version(migrate::utc_version_now());
    std::string base = (fs::path(project.migrations) / (version + "_" + o->name)).string();
    std::string title = "shale diff " + o->name + ": " + from.label + " -> " + to.label;
    migrate::write_file_atomically(base + ".up.sql", render_file(up, title + " (up)", false), true);
    migrate::write_file_atomically(base + ".down.sql", render_file(down, title + " (down)", irreversible), true);
    dir.write_sum();
    std::map<std::string, int> hazards;
    for (const auto& c : up.changes)
      for (diff::Hazard h : c.hazards) ++hazards[diff::hazard_id(h)];
    std::cout << "wrote " << base << ".up.sql (" << up.changes.size() << " change" << (up.changes.size() == 1 ? "" : "s");
    for (const auto& [h, n] : hazards) std::cout << ", " << n << " " << h;
    std::cout << ")\nwrote " << base << ".down.sql" << (irreversible ? " (irreversible: data is not restored)" : "")
              << "\nupdated " << project.migrations << "/shale.sum\n";
    // Every migration shale writes is linted, like a hand-written one, with
    // the directory replayed so the rules know which tables existed.
    std::vector<std::string> ups;
    for (const auto& m : migrate::Directory(project.migrations).migrations()) ups.push_back(m.up_path);
    std::string note;
    auto findings = lint::lint_directory(ups, lint::options_from_config(project.lint, project.dialect, &project.lint_at), &note);
    findings.erase(std::remove_if(findings.begin(), findings.end(), [&](const lint::Finding& f) { return f.file != base + ".up.sql"; }),
                   findings.end());
    if (!findings.empty()) std::cout << "\n" << report::lint_text(findings, 1, isatty(STDOUT_FILENO));
  });
}

void add_new_command(CLI::App& app, int&) {
  auto* cmd = app.add_subcommand("new", "write an empty up/down pair for a hand-written migration and update shale.sum");
  auto name = std::make_shared<std::string>();
  cmd->add_option("name", *name, "migration name, lower snake case")->required();
  cmd->callback([name] {
    config::Project project = current_project();
    migrate::check_migration_name(*name);
    migrate::Directory dir(project.migrations);
    if (fs::exists(project.migrations)) dir.verify_sum();
    fs::create_directories(project.migrations);
    std::string version = dir.next_version(migrate::utc_version_now());
    std::string base = (fs::path(project.migrations) / (version + "_" + *name)).string();
    migrate::write_file_atomically(base + ".up.sql", "-- shale new " + *name + " (up): write the migration here\n", true);
    migrate::write_file_atomically(base + ".down.sql",
                                   "-- shale new " + *name + " (down): undo the up migration here\n", true);
    dir.write_sum();
    std::cout << "wrote " << base << ".up.sql\nwrote " << base << ".down.sql\nupdated " << project.migrations
              << "/shale.sum\n";
  });
}

void add_hash_command(CLI::App& app, int&) {
  auto* cmd = app.add_subcommand("hash", "rewrite shale.sum after a deliberate edit");
  cmd->callback([] {
    config::Project project = current_project();
    migrate::Directory(project.migrations).write_sum();
    std::cout << "updated " << project.migrations << "/shale.sum\n";
  });
}

}  // namespace shale::cli
