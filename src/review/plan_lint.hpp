// Lint findings for a plan, each attached to the change whose statement it
// falls in, so a reviewer sees them next to the DDL they concern.
#pragma once
#include <vector>

#include "lint/engine.hpp"
#include "model/schema.hpp"
#include "plan/plan.hpp"

namespace shale::review {

// One list per change of `plan` (same index). The plan's script is linted as
// one migration file would be, with the tables of `from` known to exist;
// `options` must be made for the plan's dialect.
std::vector<std::vector<lint::Finding>> lint_plan(const plan::Plan& plan, const model::Schema& from,
                                                  const lint::Options& options);

}  // namespace shale::review
