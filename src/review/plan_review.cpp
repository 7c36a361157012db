#include "review/plan_review.hpp"

#include <algorithm>
#include <map>

#include "plan/canonical_sql.hpp"
#include "report/unified_diff.hpp"
#include "review/plan_lint.hpp"

namespace shale::review {

namespace {

// Puts the items of `after` that `before` also has in `before`'s order, the
// others after them in their own order. `key` names an item.
template <typename T, typename Key>
void follow_order(const std::vector<T>& before, std::vector<T>& after, Key key) {
  std::map<decltype(key(after.front())), size_t> rank;
  for (size_t i = 0; i < before.size(); ++i) rank.emplace(key(before[i]), i);
  std::stable_sort(after.begin(), after.end(), [&](const T& a, const T& b) {
    auto ra = rank.find(key(a)), rb = rank.find(key(b));
    size_t x = ra == rank.end() ? rank.size() : ra->second, y = rb == rank.end() ? rank.size() : rb->second;
    return x < y;
  });
}

// `after` as the schema diff shows it: column and table positions are no
// change shale makes (PostgreSQL appends an added column; the order of tables
// in a desired state is the author's), so they follow `before` and only real
// differences are left in the diff.
model::Schema in_order_of(const model::Schema& before, model::Schema after) {
  if (after.tables.empty()) return after;
  follow_order(before.tables, after.tables, [](const model::Table& t) { return t.name; });
  for (auto& t : after.tables)
    if (const model::Table* b = before.table(t.name); b && !t.columns.empty())
      follow_order(b->columns, t.columns, [](const model::Column& c) { return c.name; });
  return after;
}

}  // namespace

std::string schema_diff(plan::Dialect dialect, const model::Schema& before, const model::Schema& after,
                        const std::string& before_label, const std::string& after_label) {
  return report::unified_diff(plan::canonical_sql(dialect, before),
                              plan::canonical_sql(dialect, in_order_of(before, after)), before_label, after_label);
}

report::PlanDocument review_plan(const plan::Plan& plan, const model::Schema& from, const model::Schema& to,
                                 const std::string& from_label, const std::string& to_label,
                                 const lint::Options& options) {
  std::string diff = plan.empty() ? "" : schema_diff(plan.dialect, from, to, from_label, to_label);
  return report::plan_document(plan, lint_plan(plan, from, options), from, from_label, to_label, std::move(diff));
}

}  // namespace shale::review
