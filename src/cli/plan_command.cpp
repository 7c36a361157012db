#include <unistd.h>

#include <cstdlib>
#include <future>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/project_file.hpp"
#include "cli/state.hpp"
#include "config/project.hpp"
#include "report/plan_markdown.hpp"
#include "report/plan_report.hpp"
#include "report/plan_terminal.hpp"
#include "review/plan_review.hpp"

namespace shale::cli {

namespace {
// Colours only for a person at a terminal, and never when NO_COLOR is set
// to anything (https://no-color.org).
bool stdout_wants_color() {
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}
}  // namespace

void add_plan_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("plan", "print the DDL that turns --from into --to; writes nothing");
  struct Options {
    std::string from, to, format = "text", online;
    bool exit_code = false;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--from", opts->from, "current state (URL, .sql file or directory, dir://migrations)");
  cmd->add_option("--to", opts->to, "desired state");
  cmd->add_option("--format", opts->format,
                  "text (for a terminal), sql (only the DDL), json, or markdown (a pull-request comment: "
                  "changes by table with hazards, lint findings and the schema diff)")
      ->check(CLI::IsMember({"text", "sql", "json", "markdown"}));
  cmd->add_flag("--exit-code", opts->exit_code, "exit 1 when there is a difference");
  cmd->add_option("--online", opts->online,
                  "true or false: online forms of changes to tables that hold rows (default: [diff] online)")
      ->check(CLI::IsMember({"true", "false"}));
  cmd->callback([opts, &exit_code] {
    config::Project project = current_project();
    if (opts->from.empty()) opts->from = "dir://" + project.migrations;
    if (opts->to.empty()) opts->to = project.schema;
    // The two states are independent: load them on two threads.
    auto from_loading = std::async(std::launch::async, [&] { return load_state(opts->from, project); });
    LoadedState to = load_state(opts->to, project);
    LoadedState from = from_loading.get();
    plan::Plan plan = plan_between(from, to, plan_options(project, opts->online));
    print_inert_hints(from, to);
    if (opts->format == "sql")
      std::cout << report::plan_sql(plan);
    else if (opts->format == "json")
      std::cout << report::plan_json(plan, &from.schema) << "\n";
    else {
      lint::Options lint_options = lint::options_from_config(project.lint, project.dialect, &project.lint_at);
      report::PlanDocument doc = review::review_plan(plan, from.schema, to.schema, from.label, to.label, lint_options);
      std::cout << (opts->format == "markdown" ? report::plan_markdown(doc)
                                               : report::plan_terminal(doc, stdout_wants_color()));
    }
    if (opts->exit_code && !plan.empty()) exit_code = 1;
  });
}

}  // namespace shale::cli
