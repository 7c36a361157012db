#include "plan/plan.hpp"

#include <algorithm>
#include <set>

#include "dialect/dialect.hpp"
#include "pgsql/quote.hpp"
#include "util/error.hpp"

namespace shale::plan {

namespace {
struct Compare {
  bool operator()(const render::RenderedStatement& s, size_t i) const { return s.change_index < i; }
  bool operator()(size_t i, const render::RenderedStatement& s) const { return i < s.change_index; }
};
}  // namespace

Dialect dialect_named(const std::string& name) {
  if (name == "postgres") return Dialect::postgres;
  if (name == "sqlite") return Dialect::sqlite;
  throw UserError("unknown dialect \"" + name + "\" (expected postgres or sqlite)");
}

const char* dialect_name(Dialect d) { return d == Dialect::sqlite ? "sqlite" : "postgres"; }

Plan make_plan(Dialect dialect, const model::Schema& from, const model::Schema& to, const diff::Renames& renames,
               const Options& options) {
  const dialect::Dialect& d = dialect::of(dialect);
  Plan p;
  p.dialect = dialect;
  if (dialect == Dialect::postgres) p.options = options;  // a SQLite plan has no online forms or timeouts
  p.changes = d.diff(from, to, renames, options);
  p.statements = d.render(p.changes);
  return p;
}

namespace {

// True when a statement of change `i` names one of `values` (quoted literals).
bool uses_any(const Plan& plan, size_t i, const std::vector<std::string>& values) {
  if (values.empty()) return false;
  for (const auto& sql : statements_of(plan, i))
    for (const auto& v : values)
      if (sql.find(v) != std::string::npos) return true;
  return false;
}

}  // namespace

std::vector<Step> steps(const Plan& plan) {
  std::vector<Step> out;
  // Tables on which the current step takes more than VALIDATE's SHARE UPDATE
  // EXCLUSIVE lock. A validation after such a change (or after the commit-less
  // ADD … NOT VALID it completes) would scan the rows under that lock: it
  // starts a step of its own.
  std::set<model::QName> locked;
  // Enum values added in the current step, as SQL literals. PostgreSQL refuses
  // a new value in the transaction that added it ("unsafe use of new value"):
  // a default, check, index predicate, view or function that names it starts
  // a step of its own. A literal that only looks the same costs one more step.
  std::vector<std::string> new_values;
  for (size_t i = 0; i < plan.changes.size(); ++i) {
    const diff::Change& c = plan.changes[i];
    bool alone = diff::outside_transaction(c.kind);
    bool validates = diff::after_commit(c.kind);
    if (out.empty() || out.back().outside_transaction || alone || (validates && locked.count(c.table)) ||
        uses_any(plan, i, new_values)) {
      out.push_back(Step{i, i, alone});
      locked.clear();
      new_values.clear();
    }
    out.back().end = i + 1;
    if (c.kind != diff::ChangeKind::validate_constraint) locked.insert(c.table);
    if (c.kind == diff::ChangeKind::add_enum_value)
      new_values.push_back(pgsql::quote_literal(c.as<diff::EnumValueAdd>().value));
  }
  return out;
}

Plan step_plan(const Plan& plan, const Step& step) {
  Plan p;
  p.dialect = plan.dialect;
  p.options = plan.options;
  p.changes.assign(plan.changes.begin() + long(step.begin), plan.changes.begin() + long(step.end));
  p.statements = dialect::of(plan.dialect).render(p.changes);
  return p;
}

std::vector<std::string> statements_of(const Plan& plan, size_t change_index) {
  // Statements are rendered change by change, so they are ordered by
  // change_index: a binary search keeps a report over every change linear.
  auto [first, last] = std::equal_range(plan.statements.begin(), plan.statements.end(), change_index, Compare{});
  std::vector<std::string> out;
  for (auto it = first; it != last; ++it) out.push_back(it->sql);
  return out;
}

std::string terminated(const Plan& plan, const std::string& sql) { return dialect::of(plan.dialect).terminated(sql); }

std::string script(const Plan& plan) {
  std::string out;
  for (const auto& s : plan.statements) out += terminated(plan, s.sql);
  return out;
}

}  // namespace shale::plan
