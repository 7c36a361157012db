#include <future>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/state.hpp"
#include "config/project.hpp"
#include "report/plan_report.hpp"

namespace shale::cli {

void add_plan_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("plan", "print the DDL that turns --from into --to; writes nothing");
  struct Options {
    std::string from, to, format = "text";
    bool exit_code = false;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--from", opts->from, "current state (URL, .sql file or directory, dir://migrations)");
  cmd->add_option("--to", opts->to, "desired state");
  cmd->add_option("--format", opts->format, "text, sql or json")->check(CLI::IsMember({"text", "sql", "json"}));
  cmd->add_flag("--exit-code", opts->exit_code, "exit 1 when there is a difference");
  cmd->callback([opts, &exit_code] {
    config::Project project = config::load_project();
    if (opts->from.empty()) opts->from = "dir://" + project.migrations;
    if (opts->to.empty()) opts->to = project.schema;
    // The two states are independent: load them on two threads.
    auto from_loading = std::async(std::launch::async, [&] { return load_state(opts->from, project); });
    LoadedState to = load_state(opts->to, project);
    LoadedState from = from_loading.get();
    plan::Plan plan = plan_between(from, to);
    if (opts->format == "sql") std::cout << report::plan_sql(plan);
    else if (opts->format == "json") std::cout << report::plan_json(plan) << "\n";
    else std::cout << report::plan_text(plan, from.label, to.label);
    if (opts->exit_code && !plan.empty()) exit_code = 1;
  });
}

}  // namespace shale::cli
