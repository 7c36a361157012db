#include "diff/online.hpp"

#include <set>

#include "diff/phases.hpp"

namespace shale::diff {

namespace {

using model::ConstraintKind;
using model::QName;

// Tables and materialized views the plan creates: nothing can be using them.
std::set<QName> created_in_plan(const std::vector<Change>& changes) {
  std::set<QName> out;
  for (const auto& c : changes) {
    if (c.kind == ChangeKind::create_table) out.insert(c.as<TableRef>().table->name);
    if (c.kind == ChangeKind::create_view) out.insert(c.as<ViewRef>().view->name);
  }
  return out;
}

std::vector<Hazard> without(std::vector<Hazard> hazards, Hazard h) {
  std::vector<Hazard> out;
  for (Hazard x : hazards)
    if (x != h) out.push_back(x);
  return out;
}

// USING INDEX takes a plain unique index: not an exclusion constraint's, nor
// one with options the index cannot say the same way.
bool has_plain_unique_index(const model::Constraint& k) {
  if (k.kind != ConstraintKind::unique && k.kind != ConstraintKind::primary_key) return false;
  const std::string& d = k.definition.text;
  return d.find(" WITH (") == std::string::npos && d.find(" USING INDEX TABLESPACE") == std::string::npos;
}

}  // namespace

void use_online_forms(std::vector<Change>& changes, const std::set<QName>& partitioned) {
  std::set<QName> created = created_in_plan(changes);
  std::vector<Change> out;
  out.reserve(changes.size());
  auto keep = [&](Change c) { out.push_back(std::move(c)); };
  for (auto& c : changes) {
    if (partitioned.count(c.table)) {
      keep(std::move(c));
      continue;
    }
    switch (c.kind) {
      case ChangeKind::create_index:
        if (created.count(c.as<IndexRef>().index->table)) break;
        append_change(out, ChangeKind::create_index_concurrently, kCreateIndexConcurrently, c.table, c.payload,
                      without(c.hazards, Hazard::blocks_writes));
        continue;
      case ChangeKind::drop_index:
        append_change(out, ChangeKind::drop_index_concurrently, kDropIndexConcurrently, c.table, c.payload, c.hazards);
        continue;
      case ChangeKind::add_constraint: {
        const auto& p = c.as<ConstraintRef>();
        if (created.count(p.table->name)) break;
        const model::Constraint& k = *p.constraint;
        if (has_plain_unique_index(k)) {
          // Duplicates fail the build, outside the table's lock; adopting the
          // built index takes only a short one.
          append_change(out, ChangeKind::build_constraint_index, kCreateIndexConcurrently, c.table, p,
                        {Hazard::may_fail});
          append_change(out, ChangeKind::add_constraint_using_index, kAfterIndexes, c.table, p);
        } else if (k.kind == ConstraintKind::foreign_key || k.kind == ConstraintKind::check) {
          int phase = k.kind == ConstraintKind::foreign_key ? int(kAfterIndexes) : c.phase;
          append_change(out, ChangeKind::add_constraint_not_valid, phase, c.table, p);
          append_change(out, ChangeKind::validate_constraint, kValidate, c.table, p, {Hazard::may_fail});
        } else {
          break;
        }
        continue;
      }
      case ChangeKind::alter_column: {
        auto& p = c.as<ColumnChange>();
        if (p.from->not_null || !p.to->not_null || p.to->identity) break;
        ColumnChange check{p.table, p.from, p.to, false};
        append_change(out, ChangeKind::add_not_null_check, c.phase, c.table, check);
        append_change(out, ChangeKind::set_not_null_checked, kValidate, c.table, check, {Hazard::may_fail});
        p.not_null_by_check = true;
        // What is left of the change (a type, a default) stays, with the
        // hazards of a type change if it has one; a change of NOT NULL alone is
        // carried whole by the two above.
        bool type = p.from->type != p.to->type || p.from->collation != p.to->collation;
        if (!c.has(Hazard::table_rewrite)) c.hazards.clear();
        if (!type && p.from->default_value == p.to->default_value) continue;
        break;
      }
      default: break;
    }
    keep(std::move(c));
  }
  // A comment on an index built concurrently joins the transaction after the builds.
  std::set<QName> built;
  for (const auto& c : out)
    if (c.kind == ChangeKind::create_index_concurrently) built.insert(c.as<IndexRef>().index->name);
  for (auto& c : out)
    if (c.kind == ChangeKind::set_comment && c.as<Comment>().target.kind == "INDEX" &&
        built.count(c.as<Comment>().target.object))
      c.phase = kAfterIndexes;
  changes = std::move(out);
}

}  // namespace shale::diff
