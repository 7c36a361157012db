// shale review: what a pull request changes in the migration directory,
// compared with a base git ref, and whether its migrations build schema/.
#pragma once
#include <functional>
#include <string>

#include "lint/engine.hpp"
#include "model/schema.hpp"
#include "plan/plan.hpp"
#include "report/review_document.hpp"
#include "review/git.hpp"

namespace shale::review {

struct ReviewInput {
  std::string base_ref;
  std::string migrations, schema;  // the project's paths, relative to the working directory
  plan::Dialect dialect = plan::Dialect::postgres;
  lint::Options lint;  // made for the project's dialect
  plan::Options plan;  // how the project writes plans ([diff])
  // Reads a state as --from / --to do ("dir://<path>" or a schema path) in
  // the project's dialect; the CLI passes its load_state, so a review reads
  // states exactly as plan and diff do, whatever the dialect.
  std::function<model::Schema(const std::string& spec)> load;
};

// Compares the migrations at `input.base_ref` with the working tree. Throws
// UserError for an unknown ref, a directory outside git, or migrations that
// cannot be read or replayed.
report::ReviewDocument review(const ReviewInput& input, const Git& git);

// The base ref when --base is not given: the pull request's target branch
// in GitHub Actions ($GITHUB_BASE_REF) or GitLab merge request pipelines
// ($CI_MERGE_REQUEST_TARGET_BRANCH_NAME) as origin/<branch>, else "main".
std::string default_base_ref(const std::function<const char*(const char*)>& getenv);

}  // namespace shale::review
