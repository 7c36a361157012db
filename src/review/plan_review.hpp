// Everything a reviewer is shown about a plan: its changes grouped by table
// with hazards and lint findings, and the diff of the canonical schemas.
#pragma once
#include <string>

#include "lint/engine.hpp"
#include "model/schema.hpp"
#include "plan/plan.hpp"
#include "report/plan_document.hpp"

namespace shale::review {

// `plan` must be the plan from → to; the labels name the two states.
report::PlanDocument review_plan(const plan::Plan& plan, const model::Schema& from, const model::Schema& to,
                                 const std::string& from_label, const std::string& to_label,
                                 const lint::Options& options);

// The unified diff of the canonical SQL of two schemas ("" when equal).
std::string schema_diff(plan::Dialect dialect, const model::Schema& before, const model::Schema& after,
                        const std::string& before_label, const std::string& after_label);

}  // namespace shale::review
