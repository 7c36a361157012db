#include <iostream>

#include "cli/commands.hpp"
#include "cli/project_file.hpp"
#include "cli/state.hpp"
#include "config/project.hpp"
#include "plan/canonical_sql.hpp"
#include "report/schema_json.hpp"

namespace shale::cli {

void add_inspect_command(CLI::App& app, int&) {
  auto* cmd = app.add_subcommand("inspect", "print a live schema as canonical SQL or JSON");
  auto url = std::make_shared<std::string>();
  auto env = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("sql");
  cmd->add_option("--url", *url, "database URL (or any state: .sql path, dir://); default: the project's database");
  cmd->add_option("--env", *env, "environment in shale.toml (default $SHALE_ENV or development)");
  cmd->add_option("--format", *format, "sql or json")->check(CLI::IsMember({"sql", "json"}));
  cmd->callback([url, env, format] {
    config::Project project = current_project();
    LoadedState state = load_state(config::database_url(project, *url, *env), project);
    if (*format == "json") {
      std::cout << report::schema_json(state.schema) << "\n";
      return;
    }
    std::cout << plan::canonical_sql(state.dialect, state.schema);
  });
}

}  // namespace shale::cli
