// init, new, hash: commands that write the project's files (diff: diff_command.cpp).
#include <algorithm>
#include <filesystem>
#include <iostream>

#include <unistd.h>
#include "cli/commands.hpp"
#include "cli/project_file.hpp"
#include "cli/state.hpp"
#include "config/project.hpp"
#include "dialect/dialect.hpp"
#include "diff/diff.hpp"
#include "diff/hint_renames.hpp"
#include "lint/engine.hpp"
#include "migrate/directory.hpp"
#include "report/lint_report.hpp"
#include "report/plan_report.hpp"

namespace shale::cli {

namespace fs = std::filesystem;

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
                                   "dialect = \"" + *dialect +
                                       "\"\n"
                                       "schema = \"schema\"\n"
                                       "migrations = \"migrations\"\n"
                                       "history_table = \"shale_migrations\"\n\n"
                                       "[env.development]\n"
                                       "url = \"" +
                                       std::string(dialect::named(*dialect).development_url()) +
                                       "\"\n\n"
                                       "[env.production]\n"
                                       "url = \"${DATABASE_URL}\"\n",
                                   true);
    migrate::Directory("migrations").write_sum();
    std::cout << "wrote shale.toml, schema/, migrations/, seeds/\n";
  });
}

void add_new_command(CLI::App& app, int&) {
  auto* cmd =
      app.add_subcommand("new", "write an empty up/down pair for a hand-written migration and update shale.sum");
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
    migrate::write_file_atomically(base + ".up.sql", "-- shale new " + *name + " (up): write the migration here\n",
                                   true);
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
