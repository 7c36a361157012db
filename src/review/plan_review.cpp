#include "review/plan_review.hpp"

#include "plan/canonical_sql.hpp"
#include "report/unified_diff.hpp"
#include "review/plan_lint.hpp"

namespace shale::review {

std::string schema_diff(plan::Dialect dialect, const model::Schema& before, const model::Schema& after,
                        const std::string& before_label, const std::string& after_label) {
  return report::unified_diff(plan::canonical_sql(dialect, before), plan::canonical_sql(dialect, after), before_label,
                              after_label);
}

report::PlanDocument review_plan(const plan::Plan& plan, const model::Schema& from, const model::Schema& to,
                                 const std::string& from_label, const std::string& to_label,
                                 const lint::Options& options) {
  std::string diff = plan.empty() ? "" : schema_diff(plan.dialect, from, to, from_label, to_label);
  return report::plan_document(plan, lint_plan(plan, from, options), from_label, to_label, std::move(diff));
}

}  // namespace shale::review
