#include "review/plan_lint.hpp"

#include <algorithm>
#include <set>

namespace shale::review {

std::vector<std::vector<lint::Finding>> lint_plan(const plan::Plan& plan, const model::Schema& from,
                                                  const lint::Options& options) {
  std::vector<std::vector<lint::Finding>> by_change(plan.changes.size());
  if (plan.statements.empty()) return by_change;

  // The line each statement starts on in the script, found by searching the
  // script rather than by knowing how script() joins statements.
  std::string script = plan::script(plan);
  std::vector<int> start_line;
  size_t offset = 0;
  int line = 1;
  for (const auto& s : plan.statements) {
    size_t at = std::min(script.find(s.sql, offset), script.size());
    line += int(std::count(script.begin() + offset, script.begin() + at, '\n'));
    start_line.push_back(line);
    offset = at;
  }

  std::set<model::QName> existed;
  for (const auto& t : from.tables) existed.insert(t.name);
  // Not named *.up.sql: a plan is not a migration file, so it has no down
  // file to miss.
  for (auto& f : lint::lint_text("plan.sql", script, options, &existed)) {
    auto after = std::upper_bound(start_line.begin(), start_line.end(), f.line);
    size_t statement = after == start_line.begin() ? 0 : size_t(after - start_line.begin()) - 1;
    by_change.at(plan.statements[statement].change_index).push_back(std::move(f));
  }
  return by_change;
}

}  // namespace shale::review
