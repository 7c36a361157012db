#include "diff/diff_policies.hpp"

#include <algorithm>
#include <map>

#include "diff/phases.hpp"
#include "diff/rename_projection.hpp"

namespace shale::diff {

using model::QName;

namespace {

// The `from` table that `to`'s table `name` continues (renamed or not), or nullptr when it is new.
// `from_tables`: `from`'s tables by name (Schema::table searches the vector,
// which, once for each table, was a fifth of a 5,000-table plan).
const model::Table* source_table(const std::map<QName, const model::Table*>& from_tables, const Renames& renames,
                                 const QName& name) {
  auto in_from = [&](const QName& n) -> const model::Table* {
    auto t = from_tables.find(n);
    return t == from_tables.end() ? nullptr : t->second;
  };
  auto hint = renames.tables.find(name);
  if (hint != renames.tables.end() && hint->second != name) {
    if (const model::Table* t = in_from(hint->second)) return t;
  }
  for (const auto& [target, source] : renames.tables)
    if (source == name && target != name) return nullptr;  // the old name went to another table
  return in_from(name);
}

// True when the plan takes away something the policy uses and gives it back:
// a column remade (PostgreSQL refuses ALTER COLUMN … TYPE on a column a
// policy uses) or a function dropped and created again (its return type
// changes). The policy is then dropped before and created again after.
bool uses_remade_object(const model::Policy& p, const model::Schema& from, const model::Schema& to,
                        const std::vector<Change>& changes) {
  // An enum rebuilt to remove or reorder values is a new type: its columns are retyped.
  auto rebuilt = [&](const model::QName& type) {
    return std::any_of(changes.begin(), changes.end(), [&](const Change& c) {
      return c.kind == ChangeKind::rebuild_enum && c.as<EnumRebuild>().to->name == type;
    });
  };
  auto of_rebuilt_type = [&](const model::Refs& refs) {
    return std::any_of(refs.begin(), refs.end(),
                       [&](const model::Ref& x) { return x.kind == model::RefKind::type && rebuilt(x.name); });
  };
  for (const auto& r : p.depends_on) {
    if (r.kind == model::RefKind::type && rebuilt(r.name)) return true;
    if (r.kind == model::RefKind::column) {
      const model::Table* ft = from.table(r.name);
      const model::Table* tt = to.table(r.name);
      const model::Column* a = ft ? ft->column(r.column) : nullptr;
      const model::Column* b = tt ? tt->column(r.column) : nullptr;
      if (a && b && (a->type != b->type || a->collation != b->collation || of_rebuilt_type(b->depends_on))) return true;
    } else if (r.kind == model::RefKind::function) {
      bool kept = std::any_of(to.functions.begin(), to.functions.end(),
                              [&](const model::Function& f) { return f.name == r.name; });
      for (const auto& c : changes)
        if (kept && c.kind == ChangeKind::drop_function && c.as<FunctionRef>().function->name == r.name) return true;
    }
  }
  return false;
}

}  // namespace

void diff_policies(const model::Schema& from, const model::Schema& to, const Renames& renames,
                   std::vector<Change>& out) {
  std::map<std::pair<QName, std::string>, const model::Policy*> old_policies;
  for (const auto& p : from.policies) old_policies[{p.table, p.name}] = &p;
  std::map<QName, const model::Table*> from_tables;
  for (const auto& t : from.tables) from_tables.emplace(t.name, &t);
  std::map<QName, const model::Table*> sources;  // `to` table → its `from` table (nullptr: new)
  for (const auto& t : to.tables) sources[t.name] = source_table(from_tables, renames, t.name);

  for (const auto& t : to.tables) {
    const model::Table* old = sources[t.name];
    bool enabled = old ? old->row_security : false, forced = old ? old->force_row_security : false;
    if (enabled != t.row_security || forced != t.force_row_security)
      append_change(out, ChangeKind::set_row_security, kCreateTrigger, t.name,
                    RowSecurity{&t, enabled != t.row_security, forced != t.force_row_security});
  }

  RenameProjection projection(renames);  // a renamed column or table is renamed in the policy by PostgreSQL
  std::map<std::pair<QName, std::string>, bool> kept;  // `from` policies matched by one in `to`
  for (const auto& p : to.policies) {
    CommentTarget target{"POLICY", p.table, p.name};
    auto s = sources.find(p.table);
    const model::Table* source = s == sources.end() ? nullptr : s->second;
    const model::Policy* old = nullptr;
    if (source) {
      auto it = old_policies.find({source->name, p.name});
      if (it != old_policies.end()) old = it->second;
    }
    if (old) kept[{old->table, old->name}] = true;
    bool remade = old && uses_remade_object(*old, from, to, out);
    bool same_kind = old && old->permissive == p.permissive && old->command == p.command;
    bool same = same_kind && old->roles == p.roles &&
                projection.policy_expression(old->using_expr, old->table) == p.using_expr &&
                projection.policy_expression(old->check_expr, old->table) == p.check_expr;
    if (old && same && !remade) {
      if (old->comment != p.comment)
        append_change(out, ChangeKind::set_comment, kComment, p.table, Comment{target, p.comment});
      continue;
    }
    // ALTER POLICY changes roles and expressions, but cannot remove an
    // expression, nor change the command or PERMISSIVE / RESTRICTIVE.
    bool alterable = same_kind && !remade && (!p.using_expr.empty() || old->using_expr.empty()) &&
                     (!p.check_expr.empty() || old->check_expr.empty());
    if (alterable) {
      append_change(out, ChangeKind::alter_policy, kCreateTrigger, p.table, PolicyAlter{old, &p});
      if (old->comment != p.comment)
        append_change(out, ChangeKind::set_comment, kComment, p.table, Comment{target, p.comment});
      continue;
    }
    if (old) append_change(out, ChangeKind::drop_policy, kDropTrigger, p.table, PolicyRef{old});
    append_change(out, ChangeKind::create_policy, kCreateTrigger, p.table, PolicyRef{&p});
    if (!p.comment.empty()) append_change(out, ChangeKind::set_comment, kComment, p.table, Comment{target, p.comment});
  }

  // Policies gone from a table that stays; those of a dropped table go with it.
  std::map<QName, QName> continued;  // `from` table → its `to` name
  for (const auto& [name, source] : sources)
    if (source) continued[source->name] = name;
  for (const auto& p : from.policies) {
    if (kept.count({p.table, p.name})) continue;
    auto t = continued.find(p.table);
    if (t == continued.end()) continue;
    append_change(out, ChangeKind::drop_policy, kDropTrigger, t->second, PolicyRef{&p});
  }
}

}  // namespace shale::diff
