#include "plan/migration_file.hpp"

#include <algorithm>

#include "dialect/dialect.hpp"
#include "pgsql/quote.hpp"

namespace shale::plan {

std::string step_settings(const Plan& step, bool outside_transaction) {
  if (step.dialect != Dialect::postgres || !step.options.online || outside_transaction || step.empty()) return "";
  std::string out;
  if (!step.options.lock_timeout.empty())
    out += "SET lock_timeout = " + pgsql::quote_literal(step.options.lock_timeout) + ";\n";
  if (!step.options.statement_timeout.empty())
    out += "SET statement_timeout = " + pgsql::quote_literal(step.options.statement_timeout) + ";\n";
  return out;
}

std::string migration_file(const Plan& step, bool outside_transaction, const std::string& title, bool irreversible) {
  std::string out = "-- " + title + "\n";
  if (outside_transaction) out += "-- shale:no-transaction\n";
  if (irreversible) out += "-- shale:irreversible (the up migration deletes data this file cannot restore)\n";
  std::string body = step_settings(step, outside_transaction);
  // The down file of a step that only validated what earlier ones added.
  if (step.empty()) body = "-- nothing to undo\n";
  size_t previous = SIZE_MAX;
  for (const auto& s : step.statements) {
    const auto& c = step.changes[s.change_index];
    // A change's hazards once, above its first statement.
    if (s.change_index != previous)
      for (diff::Hazard h : c.hazards)
        body += std::string("-- hazard: ") + diff::hazard_id(h) + ": " + diff::hazard_message(h) + "\n";
    previous = s.change_index;
    body += terminated(step, s.sql);
  }
  return out + dialect::of(step.dialect).framed(body, step.changes);
}

Plan down_plan(Dialect dialect, const model::Schema& from, const model::Schema& to, const Options& options) {
  diff::Renames back = dialect::of(dialect).renames(from, to).inverted();
  Plan down = make_plan(dialect, to, from, back, options);
  if (steps(down).size() <= 1) return down;
  Options plain = options;
  plain.online = false;
  return make_plan(dialect, to, from, back, plain);
}

bool deletes_data(const Plan& plan) {
  return std::any_of(plan.changes.begin(), plan.changes.end(),
                     [](const diff::Change& c) { return c.has(diff::Hazard::deletes_data); });
}

}  // namespace shale::plan
