#include "review/plan_lint.hpp"

#include <algorithm>
#include <set>

#include "plan/migration_file.hpp"

namespace shale::review {

namespace {

// Lints one step of a plan as the migration file `shale diff` would write for
// it, and files each finding under the change (numbered from `first_change`)
// whose statement it is on.
void lint_step(const plan::Plan& step, bool outside_transaction, size_t first_change,
               const std::set<model::QName>& existed, lint::Carried& carried, const lint::Options& options,
               std::vector<std::vector<lint::Finding>>& by_change) {
  std::string header =
      (outside_transaction ? "-- shale:no-transaction\n" : "") + plan::step_settings(step, outside_transaction);
  std::string script = header + plan::script(step);
  // The line each statement starts on, found by searching the script rather
  // than by knowing how script() joins statements.
  std::vector<int> start_line;
  size_t offset = header.size();
  int line = 1 + int(std::count(header.begin(), header.end(), '\n'));
  for (const auto& s : step.statements) {
    size_t at = std::min(script.find(s.sql, offset), script.size());
    line += int(std::count(script.begin() + long(offset), script.begin() + long(at), '\n'));
    start_line.push_back(line);
    offset = at;
  }
  // Not named *.up.sql: a plan is not a migration file, so it has no down
  // file to miss.
  for (auto& f : lint::lint_text("plan.sql", script, options, &existed, &carried)) {
    auto after = std::upper_bound(start_line.begin(), start_line.end(), f.line);
    size_t statement = after == start_line.begin() ? 0 : size_t(after - start_line.begin()) - 1;
    by_change.at(first_change + step.statements[statement].change_index).push_back(std::move(f));
  }
}

}  // namespace

std::vector<std::vector<lint::Finding>> lint_plan(const plan::Plan& plan, const model::Schema& from,
                                                  const lint::Options& options) {
  std::vector<std::vector<lint::Finding>> by_change(plan.changes.size());
  if (plan.statements.empty()) return by_change;
  std::set<model::QName> existed;
  for (const auto& t : from.tables) existed.insert(t.name);
  // The rules know the columns and indexes of `from`, as they know those of
  // the replayed directory when they lint a migration.
  lint::Carried carried;
  lint::carry_from(from, carried);
  for (const auto& s : plan::steps(plan)) {
    lint_step(plan::step_plan(plan, s), s.outside_transaction, s.begin, existed, carried, options, by_change);
    // A later step finds what this one built, as the migration after it would.
    for (size_t i = s.begin; i < s.end; ++i) {
      const diff::Change& c = plan.changes[i];
      if (c.kind == diff::ChangeKind::create_table) existed.insert(c.as<diff::TableRef>().table->name);
      if (c.kind == diff::ChangeKind::create_index_concurrently && !c.as<diff::IndexRef>().index->columns.empty())
        carried.indexed_columns[c.table].push_back(c.as<diff::IndexRef>().index->columns);
      if (c.kind == diff::ChangeKind::build_constraint_index)
        carried.indexed_columns[c.table].push_back(c.as<diff::ConstraintRef>().constraint->columns);
    }
  }
  return by_change;
}

}  // namespace shale::review
