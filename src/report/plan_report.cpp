#include "report/plan_report.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "dialect/dialect.hpp"
#include "plan/migration_file.hpp"
#include "plan/plan_locks.hpp"

namespace shale::report {

using diff::ChangeKind;

const char* kind_name(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::create_schema: return "create_schema";
    case ChangeKind::drop_schema: return "drop_schema";
    case ChangeKind::create_extension: return "create_extension";
    case ChangeKind::drop_extension: return "drop_extension";
    case ChangeKind::create_enum: return "create_enum";
    case ChangeKind::drop_enum: return "drop_enum";
    case ChangeKind::add_enum_value: return "add_enum_value";
    case ChangeKind::rebuild_enum: return "rebuild_enum";
    case ChangeKind::create_domain: return "create_domain";
    case ChangeKind::drop_domain: return "drop_domain";
    case ChangeKind::alter_domain: return "alter_domain";
    case ChangeKind::create_composite_type: return "create_composite_type";
    case ChangeKind::drop_composite_type: return "drop_composite_type";
    case ChangeKind::alter_composite_type: return "alter_composite_type";
    case ChangeKind::create_range_type: return "create_range_type";
    case ChangeKind::drop_range_type: return "drop_range_type";
    case ChangeKind::create_collation: return "create_collation";
    case ChangeKind::drop_collation: return "drop_collation";
    case ChangeKind::update_extension: return "update_extension";
    case ChangeKind::create_sequence: return "create_sequence";
    case ChangeKind::alter_sequence: return "alter_sequence";
    case ChangeKind::drop_sequence: return "drop_sequence";
    case ChangeKind::set_sequence_owner: return "set_sequence_owner";
    case ChangeKind::create_function: return "create_function";
    case ChangeKind::replace_function: return "replace_function";
    case ChangeKind::drop_function: return "drop_function";
    case ChangeKind::create_table: return "create_table";
    case ChangeKind::drop_table: return "drop_table";
    case ChangeKind::rename_table: return "rename_table";
    case ChangeKind::rebuild_table: return "rebuild_table";
    case ChangeKind::add_column: return "add_column";
    case ChangeKind::drop_column: return "drop_column";
    case ChangeKind::rename_column: return "rename_column";
    case ChangeKind::alter_column: return "alter_column";
    case ChangeKind::add_constraint: return "add_constraint";
    case ChangeKind::drop_constraint: return "drop_constraint";
    case ChangeKind::rename_constraint: return "rename_constraint";
    case ChangeKind::create_index: return "create_index";
    case ChangeKind::drop_index: return "drop_index";
    case ChangeKind::create_index_concurrently: return "create_index_concurrently";
    case ChangeKind::drop_index_concurrently: return "drop_index_concurrently";
    case ChangeKind::build_constraint_index: return "build_constraint_index";
    case ChangeKind::add_constraint_using_index: return "add_constraint_using_index";
    case ChangeKind::add_constraint_not_valid: return "add_constraint_not_valid";
    case ChangeKind::validate_constraint: return "validate_constraint";
    case ChangeKind::add_not_null_check: return "add_not_null_check";
    case ChangeKind::set_not_null_checked: return "set_not_null_checked";
    case ChangeKind::create_view: return "create_view";
    case ChangeKind::replace_view: return "replace_view";
    case ChangeKind::drop_view: return "drop_view";
    case ChangeKind::alter_view_options: return "alter_view_options";
    case ChangeKind::refresh_materialized_view: return "refresh_materialized_view";
    case ChangeKind::create_trigger: return "create_trigger";
    case ChangeKind::drop_trigger: return "drop_trigger";
    case ChangeKind::set_comment: return "set_comment";
    case ChangeKind::detach_partition: return "detach_partition";
    case ChangeKind::attach_partition: return "attach_partition";
    case ChangeKind::add_inherit: return "add_inherit";
    case ChangeKind::drop_inherit: return "drop_inherit";
    case ChangeKind::set_logged: return "set_logged";
    case ChangeKind::set_storage_parameters: return "set_storage_parameters";
    case ChangeKind::set_row_security: return "set_row_security";
    case ChangeKind::create_policy: return "create_policy";
    case ChangeKind::alter_policy: return "alter_policy";
    case ChangeKind::drop_policy: return "drop_policy";
    case ChangeKind::grant_privileges: return "grant_privileges";
    case ChangeKind::revoke_privileges: return "revoke_privileges";
    case ChangeKind::set_owner: return "set_owner";
  }
  return "unknown";
}

std::string plan_sql(const plan::Plan& plan) {
  if (plan.empty()) return "";
  auto steps = plan::steps(plan);
  if (steps.size() == 1) {
    std::string body = plan::step_settings(plan, steps[0].outside_transaction) + plan::script(plan);
    return dialect::of(plan.dialect).framed(body, plan.changes);
  }
  std::string out;
  for (size_t k = 0; k < steps.size(); ++k) {
    plan::Plan step = plan::step_plan(plan, steps[k]);
    out += std::string(k ? "\n" : "") + "-- step " + std::to_string(k + 1) + " of " + std::to_string(steps.size()) +
           (steps[k].outside_transaction ? ", outside a transaction" : ", in one transaction") + "\n";
    out += plan::step_settings(step, steps[k].outside_transaction) + plan::script(step);
  }
  return out;
}

std::string plan_json(const plan::Plan& plan, const model::Schema* from) {
  const auto& changes = plan.changes;
  nlohmann::json list = nlohmann::json::array();
  std::map<std::string, int> hazards;
  std::vector<pgsql::LockFacts> locks = plan::statement_locks(plan);
  auto steps = plan::steps(plan);
  size_t step = 0, first_statement = 0;
  for (size_t i = 0; i < changes.size(); ++i) {
    const diff::Change& c = changes[i];
    while (step + 1 < steps.size() && i >= steps[step].end) ++step;
    nlohmann::json j;
    j["step"] = step + 1;
    j["outside_transaction"] = steps.empty() ? false : steps[step].outside_transaction;
    j["kind"] = kind_name(c.kind);
    j["table"] = c.table.name.empty()
                     ? nlohmann::json(nullptr)
                     : nlohmann::json(c.table.schema.empty() ? c.table.name : c.table.schema + "." + c.table.name);
    j["hazards"] = diff::hazard_ids(c.hazards);
    if (const model::Table* t = from && !c.table.name.empty() ? from->table(c.table) : nullptr; t && t->size)
      j["table_size"] = {{"rows", t->size->rows}, {"pages", t->size->pages}};
    j["statements"] = plan::statements_of(plan, i);
    // What each statement locks (its index among the change's statements).
    nlohmann::json change_locks = nlohmann::json::array();
    for (size_t s = first_statement; s < plan.statements.size() && plan.statements[s].change_index == i; ++s) {
      for (const auto& l : locks[s].locks)
        change_locks.push_back({{"statement", s - first_statement},
                                {"mode", pgsql::lock_mode_name(l.mode)},
                                {"object", l.qualified()},
                                {"kind", l.kind},
                                {"blocks", pgsql::blocked_names(l.mode)},
                                {"work", pgsql::work_name(locks[s].work)}});
    }
    while (first_statement < plan.statements.size() && plan.statements[first_statement].change_index <= i)
      ++first_statement;
    j["locks"] = change_locks;
    for (diff::Hazard h : c.hazards) ++hazards[diff::hazard_id(h)];
    list.push_back(j);
  }
  nlohmann::json out;
  out["changes"] = list;
  out["summary"] = {{"changes", changes.size()}, {"steps", steps.size()}, {"hazards", hazards}};
  return out.dump(2);
}

}  // namespace shale::report
