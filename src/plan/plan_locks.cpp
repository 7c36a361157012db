#include "plan/plan_locks.hpp"

#include <algorithm>
#include <set>

#include "pgsql/parse_tree.hpp"

namespace shale::plan {

std::vector<pgsql::LockFacts> statement_locks(const Plan& plan) {
  std::vector<pgsql::LockFacts> out(plan.statements.size());
  if (plan.dialect != Dialect::postgres) return out;
  std::set<model::QName> created;
  for (const auto& c : plan.changes) {
    if (c.kind == diff::ChangeKind::create_table) created.insert(c.as<diff::TableRef>().table->name);
    if (c.kind == diff::ChangeKind::create_view) created.insert(c.as<diff::ViewRef>().view->name);
  }
  for (size_t i = 0; i < plan.statements.size(); ++i) {
    const diff::Change& change = plan.changes[plan.statements[i].change_index];
    if (change.kind == diff::ChangeKind::create_table || change.kind == diff::ChangeKind::create_view) continue;
    auto parsed = pgsql::ParsedSql::parse(plan.statements[i].sql, "plan");
    if (parsed->statements().empty()) continue;
    pgsql::LockFacts facts = pgsql::lock_facts(parsed->statements().front().node);
    pgsql::LockFacts shown = facts;
    shown.locks.clear();
    for (size_t k = 0; k < facts.locks.size(); ++k) {
      const pgsql::ObjectLock& l = facts.locks[k];
      bool relation =
          l.kind == "table" || l.kind == "view" || l.kind == "materialized view" || l.kind == "referenced table";
      if (!(relation && created.count(model::QName{l.schema.empty() ? "public" : l.schema, l.name})))
        shown.locks.push_back(l);
      else if (k == 0)
        shown.work = pgsql::Work::none;  // the work is on the statement's own object, which is new
    }
    if (shown.locks.empty()) continue;
    // The table of locks gives ALTER COLUMN … TYPE its usual rewrite; the
    // planner knows the column's types and leaves the hazard off a change
    // PostgreSQL makes in the catalog only (pgsql/type_changes.hpp).
    if (shown.work == pgsql::Work::rewrite && !change.has(diff::Hazard::table_rewrite)) shown.work = pgsql::Work::none;
    out[i] = std::move(shown);
  }
  return out;
}

pgsql::LockFacts combined(const std::vector<const pgsql::LockFacts*>& facts) {
  pgsql::LockFacts out;
  for (const pgsql::LockFacts* f : facts) {
    out.forms.insert(out.forms.end(), f->forms.begin(), f->forms.end());
    if (int(f->work) > int(out.work)) out.work = f->work;
    out.transaction_block = out.transaction_block && f->transaction_block;
    for (const auto& l : f->locks) {
      auto same = std::find_if(out.locks.begin(), out.locks.end(), [&](const pgsql::ObjectLock& o) {
        return o.kind == l.kind && o.schema == l.schema && o.name == l.name;
      });
      if (same == out.locks.end())
        out.locks.push_back(l);
      else if (int(l.mode) > int(same->mode))
        same->mode = l.mode;
    }
  }
  return out;
}

}  // namespace shale::plan
