// shale review: the pull request's migrations against a base git ref.
#include <cstdlib>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/project_file.hpp"
#include "cli/state.hpp"
#include "config/project.hpp"
#include "report/review_report.hpp"
#include "review/review.hpp"

namespace shale::cli {

void add_review_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "review",
      "compare the migrations with a base git ref: new files and their lint findings, the schema diff, "
      "and whether the migrations build schema/; exit 1 on errors or disagreement");
  struct Options {
    std::string base, format = "markdown";
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--base", opts->base,
                  "git ref to compare with (default: origin/$GITHUB_BASE_REF, "
                  "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME, else main)");
  cmd->add_option("--format", opts->format, "markdown (a pull-request comment) or json")
      ->check(CLI::IsMember({"markdown", "json"}));
  cmd->callback([opts, &exit_code] {
    config::Project project = current_project();
    review::ReviewInput input;
    input.base_ref = opts->base.empty() ? review::default_base_ref(std::getenv) : opts->base;
    input.migrations = project.migrations;
    input.schema = project.schema;
    input.dialect = plan::dialect_named(project.dialect);
    input.lint = lint::options_from_config(project.lint, project.dialect, &project.lint_at);
    input.plan = plan_options(project);
    input.load = [&project](const std::string& spec) { return load_state(spec, project).schema; };
    report::ReviewDocument doc = review::review(input, review::Git("."));
    std::cout << (opts->format == "json" ? report::review_json(doc) + "\n" : report::review_markdown(doc));
    if (doc.failed()) exit_code = 1;
  });
}

}  // namespace shale::cli
