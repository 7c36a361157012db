#include "diff/order.hpp"

#include <algorithm>
#include <map>
#include <queue>

#include "util/error.hpp"

namespace shale::diff {

using model::QName;
using model::Ref;
using model::RefKind;

namespace {

Ref rel(const QName& n) { return Ref{RefKind::relation, n, ""}; }
Ref col(const QName& t, const std::string& c) { return Ref{RefKind::column, t, c}; }

// Adds `refs` except those to `self` (a table's columns referring to each other).
void merge(model::Refs& into, const model::Refs& refs, const QName& self = {}) {
  for (const auto& r : refs)
    if (self.name.empty() || r.name != self) model::add_ref(into, r);
}

void table_refs(const model::Table& t, model::Refs& out, bool with_foreign_keys) {
  for (const auto& c : t.columns) merge(out, c.depends_on, t.name);
  for (const auto& k : t.constraints)
    if (with_foreign_keys || k.kind != model::ConstraintKind::foreign_key) merge(out, k.depends_on, t.name);
}

// The unique key of `table` on `columns`, whatever their order: a foreign key
// needs one on the columns it references.
Ref key(const QName& table, std::vector<std::string> columns) {
  std::sort(columns.begin(), columns.end());
  std::string joined;
  for (const auto& c : columns) joined += (joined.empty() ? "" : ",") + c;
  return Ref{RefKind::key, table, joined};
}

// What a constraint being added provides and needs beyond its columns: a
// unique or primary key provides its key; a foreign key needs the key it references.
void constraint_key_edges(const model::Constraint& k, const QName& table, ChangeEdges& e) {
  if (k.kind == model::ConstraintKind::unique || k.kind == model::ConstraintKind::primary_key) {
    model::add_ref(e.provides, key(table, k.columns));
  } else if (k.kind == model::ConstraintKind::foreign_key) {
    std::vector<std::string> referenced;
    for (const auto& r : k.depends_on)
      if (r.kind == RefKind::column && r.name == k.references) referenced.push_back(r.column);
    if (!referenced.empty()) model::add_ref(e.needs, key(k.references, referenced));
  }
}

// A comment needs its object to exist: an index built concurrently at the
// end of an online plan is commented on after it.
void comment_needs(const CommentTarget& t, model::Refs& needs) {
  if (t.kind == "COLUMN")
    model::add_ref(needs, col(t.object, t.member));
  else if (t.kind == "TABLE" || t.kind == "VIEW" || t.kind == "MATERIALIZED VIEW" || t.kind == "INDEX" ||
           t.kind == "SEQUENCE")
    model::add_ref(needs, rel(t.object));
  else if (t.kind == "TYPE" || t.kind == "DOMAIN")
    model::add_ref(needs, Ref{RefKind::type, t.object, ""});
  else if (t.kind == "COLLATION")
    model::add_ref(needs, Ref{RefKind::collation, t.object, ""});
  else if (t.kind == "FUNCTION" || t.kind == "PROCEDURE")
    model::add_ref(needs, Ref{RefKind::function, t.object, ""});
}

// GRANT and REVOKE need their object as the plan leaves it (created, or
// created again after a drop, which took its privileges with it).
void privilege_needs(const model::GrantObject& o, model::Refs& needs) {
  switch (o.cls) {
    case model::GrantClass::table:
    case model::GrantClass::sequence: model::add_ref(needs, rel(o.name)); break;
    case model::GrantClass::column: model::add_ref(needs, col(o.name, o.column)); break;
    case model::GrantClass::function:
    case model::GrantClass::procedure: model::add_ref(needs, Ref{RefKind::function, o.name, ""}); break;
    case model::GrantClass::type: model::add_ref(needs, Ref{RefKind::type, o.name, ""}); break;
    case model::GrantClass::schema:
    case model::GrantClass::defaults: break;  // kCreateSchema comes first
  }
}

// Types: enums, domains, composite and range types, collations.
void type_edges(const Change& c, ChangeEdges& e) {
  switch (c.kind) {
    case ChangeKind::create_enum: model::add_ref(e.provides, Ref{RefKind::type, c.as<EnumRef>().type->name, ""}); break;
    case ChangeKind::add_enum_value:
      model::add_ref(e.provides, Ref{RefKind::type, c.as<EnumValueAdd>().to->name, ""});
      break;
    case ChangeKind::drop_enum: model::add_ref(e.removes, Ref{RefKind::type, c.as<EnumRef>().type->name, ""}); break;
    case ChangeKind::rebuild_enum: {
      // The columns of the type are retyped: what uses them must be out of the way.
      const auto& p = c.as<EnumRebuild>();
      model::add_ref(e.provides, Ref{RefKind::type, p.to->name, ""});
      model::add_ref(e.removes, Ref{RefKind::type, p.from->name, ""});
      for (const model::Table* t : p.users)
        for (const auto& column : t->columns)
          for (const auto& r : column.depends_on)
            if (r.kind == RefKind::type && r.name == p.to->name) {
              model::add_ref(e.provides, col(t->name, column.name));
              model::add_ref(e.removes, col(t->name, column.name));
            }
      break;
    }
    case ChangeKind::create_domain: {
      const model::Domain& d = *c.as<DomainRef>().domain;
      model::add_ref(e.provides, Ref{RefKind::type, d.name, ""});
      merge(e.needs, d.depends_on);
      break;
    }
    case ChangeKind::drop_domain: {
      const model::Domain& d = *c.as<DomainRef>().domain;
      model::add_ref(e.removes, Ref{RefKind::type, d.name, ""});
      merge(e.held, d.depends_on);
      break;
    }
    case ChangeKind::alter_domain: {
      // Its new checks need what they call; its old ones held what they called.
      const auto& a = c.as<DomainAlter>();
      model::add_ref(e.provides, Ref{RefKind::type, a.to->name, ""});
      merge(e.needs, a.to->depends_on);
      merge(e.held, a.from->depends_on);
      break;
    }
    case ChangeKind::create_composite_type: {
      const model::CompositeType& t = *c.as<CompositeRef>().type;
      model::add_ref(e.provides, Ref{RefKind::type, t.name, ""});
      merge(e.needs, t.depends_on);
      break;
    }
    case ChangeKind::drop_composite_type: {
      const model::CompositeType& t = *c.as<CompositeRef>().type;
      model::add_ref(e.removes, Ref{RefKind::type, t.name, ""});
      merge(e.held, t.depends_on);
      break;
    }
    case ChangeKind::alter_composite_type: {
      const auto& a = c.as<CompositeAlter>();
      model::add_ref(e.provides, Ref{RefKind::type, a.to->name, ""});
      merge(e.needs, a.to->depends_on);
      merge(e.held, a.from->depends_on);
      break;
    }
    case ChangeKind::create_collation:
      model::add_ref(e.provides, Ref{RefKind::collation, c.as<CollationRef>().collation->name, ""});
      break;
    case ChangeKind::drop_collation:
      model::add_ref(e.removes, Ref{RefKind::collation, c.as<CollationRef>().collation->name, ""});
      break;
    case ChangeKind::create_range_type: {
      const model::RangeType& t = *c.as<RangeRef>().type;
      model::add_ref(e.provides, Ref{RefKind::type, t.name, ""});
      merge(e.needs, t.depends_on);
      break;
    }
    case ChangeKind::drop_range_type: {
      const model::RangeType& t = *c.as<RangeRef>().type;
      model::add_ref(e.removes, Ref{RefKind::type, t.name, ""});
      merge(e.held, t.depends_on);
      break;
    }
    default: break;
  }
}

// Sequences and functions.
void sequence_function_edges(const Change& c, ChangeEdges& e) {
  switch (c.kind) {
    case ChangeKind::create_sequence: model::add_ref(e.provides, rel(c.as<SequenceRef>().sequence->name)); break;
    case ChangeKind::alter_sequence: model::add_ref(e.provides, rel(c.as<SequenceAlter>().to->name)); break;
    case ChangeKind::drop_sequence: model::add_ref(e.removes, rel(c.as<SequenceRef>().sequence->name)); break;
    case ChangeKind::set_sequence_owner: {
      const model::Sequence& s = *c.as<SequenceRef>().sequence;
      if (!s.owned_by_table.empty())
        model::add_ref(e.needs, col(QName{s.name.schema, s.owned_by_table}, s.owned_by_column));
      break;
    }
    case ChangeKind::create_function:
    case ChangeKind::replace_function: {
      const model::Function& f = *c.as<FunctionRef>().function;
      model::add_ref(e.provides, Ref{RefKind::function, f.name, ""});
      merge(e.needs, f.depends_on);
      break;
    }
    case ChangeKind::drop_function: {
      const model::Function& f = *c.as<FunctionRef>().function;
      model::add_ref(e.removes, Ref{RefKind::function, f.name, ""});
      merge(e.held, f.depends_on);
      break;
    }
    default: break;
  }
}

// Tables and their columns.
void table_column_edges(const Change& c, ChangeEdges& e) {
  switch (c.kind) {
    case ChangeKind::create_table: {
      const model::Table& t = *c.as<TableRef>().table;
      model::add_ref(e.provides, rel(t.name));
      if (t.is_partition()) model::add_ref(e.needs, rel(t.partition_of));
      for (const auto& p : t.inherits) model::add_ref(e.needs, rel(p));
      table_refs(t, e.needs, false);
      break;
    }
    case ChangeKind::drop_table: {
      // Its foreign keys are dropped by changes of their own, first.
      const model::Table& t = *c.as<TableRef>().table;
      model::add_ref(e.removes, rel(t.name));
      table_refs(t, e.held, false);
      if (t.is_partition()) model::add_ref(e.held, rel(t.partition_of));
      for (const auto& p : t.inherits) model::add_ref(e.held, rel(p));
      break;
    }
    case ChangeKind::rename_table: model::add_ref(e.provides, rel(c.as<TableRename>().to->name)); break;
    case ChangeKind::add_column: {
      const model::Column& column = *c.as<ColumnAdd>().column;
      model::add_ref(e.provides, col(c.table, column.name));
      merge(e.needs, column.depends_on, c.table);
      break;
    }
    case ChangeKind::drop_column: {
      const auto& p = c.as<ColumnDrop>();
      model::add_ref(e.removes, col(p.table->name, p.column->name));
      merge(e.held, p.column->depends_on, p.table->name);
      break;
    }
    case ChangeKind::rename_column: model::add_ref(e.provides, col(c.table, c.as<ColumnChange>().to->name)); break;
    case ChangeKind::alter_column: {
      const auto& p = c.as<ColumnChange>();
      model::add_ref(e.provides, col(c.table, p.to->name));
      merge(e.needs, p.to->depends_on, c.table);
      if (p.from->type != p.to->type || p.from->collation != p.to->collation) {
        model::add_ref(e.removes, col(c.table, p.from->name));
        merge(e.held, p.from->depends_on, c.table);
      }
      break;
    }
    default: break;
  }
}

// Constraints and indexes.
void constraint_index_edges(const Change& c, ChangeEdges& e) {
  switch (c.kind) {
    case ChangeKind::add_constraint:
    case ChangeKind::add_constraint_not_valid: {
      const auto& p = c.as<ConstraintRef>();
      merge(e.needs, p.constraint->depends_on);
      constraint_key_edges(*p.constraint, p.table->name, e);
      break;
    }
    case ChangeKind::validate_constraint: merge(e.needs, c.as<ConstraintRef>().constraint->depends_on); break;
    case ChangeKind::build_constraint_index: {
      // The index is named as the constraint, which adopts it.
      const auto& p = c.as<ConstraintRef>();
      model::add_ref(e.provides, rel(QName{p.table->name.schema, p.constraint->name}));
      merge(e.needs, p.constraint->depends_on);
      break;
    }
    case ChangeKind::add_constraint_using_index: {
      const auto& p = c.as<ConstraintRef>();
      model::add_ref(e.needs, rel(QName{p.table->name.schema, p.constraint->name}));
      merge(e.needs, p.constraint->depends_on);
      constraint_key_edges(*p.constraint, p.table->name, e);
      break;
    }
    case ChangeKind::add_not_null_check:
    case ChangeKind::set_not_null_checked: model::add_ref(e.needs, col(c.table, c.as<ColumnChange>().to->name)); break;
    case ChangeKind::drop_constraint: merge(e.held, c.as<ConstraintRef>().constraint->depends_on); break;
    case ChangeKind::create_index:
    case ChangeKind::create_index_concurrently: {
      const model::Index& ix = *c.as<IndexRef>().index;
      model::add_ref(e.provides, rel(ix.name));
      merge(e.needs, ix.depends_on);
      break;
    }
    case ChangeKind::drop_index:
    case ChangeKind::drop_index_concurrently: {
      const model::Index& ix = *c.as<IndexRef>().index;
      model::add_ref(e.removes, rel(ix.name));
      merge(e.held, ix.depends_on);
      break;
    }
    default: break;
  }
}

// Views, materialized views and triggers.
void view_trigger_edges(const Change& c, ChangeEdges& e) {
  switch (c.kind) {
    case ChangeKind::create_view:
    case ChangeKind::replace_view: {
      const model::View& v = *c.as<ViewRef>().view;
      model::add_ref(e.provides, rel(v.name));
      merge(e.needs, v.depends_on, v.name);
      break;
    }
    case ChangeKind::drop_view: {
      const model::View& v = *c.as<ViewRef>().view;
      model::add_ref(e.removes, rel(v.name));
      merge(e.held, v.depends_on, v.name);
      break;
    }
    case ChangeKind::alter_view_options: model::add_ref(e.needs, rel(c.as<ViewAlter>().to->name)); break;
    case ChangeKind::refresh_materialized_view: {
      // Its query runs: after the view and what it reads have their new shape.
      const model::View& v = *c.as<ViewRef>().view;
      model::add_ref(e.needs, rel(v.name));
      merge(e.needs, v.depends_on, v.name);
      break;
    }
    case ChangeKind::create_trigger: merge(e.needs, c.as<TriggerRef>().trigger->depends_on); break;
    case ChangeKind::drop_trigger: merge(e.held, c.as<TriggerRef>().trigger->depends_on); break;
    default: break;
  }
}

}  // namespace

// The edges of one change. The kinds are grouped by family in the helpers
// above; this switch names every kind, so a new one is not forgotten.
ChangeEdges edges_of(const Change& c) {
  ChangeEdges e;
  switch (c.kind) {
    case ChangeKind::create_enum:
    case ChangeKind::add_enum_value:
    case ChangeKind::drop_enum:
    case ChangeKind::rebuild_enum:
    case ChangeKind::create_domain:
    case ChangeKind::drop_domain:
    case ChangeKind::alter_domain:
    case ChangeKind::create_composite_type:
    case ChangeKind::drop_composite_type:
    case ChangeKind::alter_composite_type:
    case ChangeKind::create_collation:
    case ChangeKind::drop_collation:
    case ChangeKind::create_range_type:
    case ChangeKind::drop_range_type: type_edges(c, e); break;
    case ChangeKind::create_sequence:
    case ChangeKind::alter_sequence:
    case ChangeKind::drop_sequence:
    case ChangeKind::set_sequence_owner:
    case ChangeKind::create_function:
    case ChangeKind::replace_function:
    case ChangeKind::drop_function: sequence_function_edges(c, e); break;
    case ChangeKind::create_table:
    case ChangeKind::drop_table:
    case ChangeKind::rename_table:
    case ChangeKind::add_column:
    case ChangeKind::drop_column:
    case ChangeKind::rename_column:
    case ChangeKind::alter_column: table_column_edges(c, e); break;
    case ChangeKind::add_constraint:
    case ChangeKind::add_constraint_not_valid:
    case ChangeKind::validate_constraint:
    case ChangeKind::build_constraint_index:
    case ChangeKind::add_constraint_using_index:
    case ChangeKind::add_not_null_check:
    case ChangeKind::set_not_null_checked:
    case ChangeKind::drop_constraint:
    case ChangeKind::create_index:
    case ChangeKind::create_index_concurrently:
    case ChangeKind::drop_index:
    case ChangeKind::drop_index_concurrently: constraint_index_edges(c, e); break;
    case ChangeKind::create_view:
    case ChangeKind::replace_view:
    case ChangeKind::drop_view:
    case ChangeKind::alter_view_options:
    case ChangeKind::refresh_materialized_view:
    case ChangeKind::create_trigger:
    case ChangeKind::drop_trigger: view_trigger_edges(c, e); break;
    case ChangeKind::create_schema:
    case ChangeKind::drop_schema:
    case ChangeKind::create_extension:
    case ChangeKind::drop_extension:
    case ChangeKind::update_extension:
    case ChangeKind::rebuild_table:
    case ChangeKind::rename_constraint: break;
    case ChangeKind::set_comment: comment_needs(c.as<Comment>().target, e.needs); break;
    case ChangeKind::set_owner: comment_needs(c.as<OwnerChange>().target, e.needs); break;  // after its object
    case ChangeKind::detach_partition: break;
    case ChangeKind::attach_partition: model::add_ref(e.needs, rel(c.as<TableRef>().table->partition_of)); break;
    case ChangeKind::add_inherit: model::add_ref(e.needs, rel(c.as<InheritChange>().parent)); break;
    case ChangeKind::drop_inherit: model::add_ref(e.held, rel(c.as<InheritChange>().parent)); break;
    case ChangeKind::set_logged: break;
    case ChangeKind::set_storage_parameters: model::add_ref(e.needs, rel(c.as<StorageParameters>().relation)); break;
    case ChangeKind::set_row_security: model::add_ref(e.needs, rel(c.table)); break;
    case ChangeKind::create_policy:
      model::add_ref(e.needs, rel(c.table));
      merge(e.needs, c.as<PolicyRef>().policy->depends_on);
      break;
    case ChangeKind::alter_policy:
      model::add_ref(e.needs, rel(c.table));
      merge(e.needs, c.as<PolicyAlter>().to->depends_on);
      merge(e.held, c.as<PolicyAlter>().from->depends_on);
      break;
    case ChangeKind::drop_policy:
      model::add_ref(e.needs, rel(c.table));  // a renamed table's policy is dropped under its new name
      merge(e.held, c.as<PolicyRef>().policy->depends_on);
      break;
    case ChangeKind::grant_privileges:
    case ChangeKind::revoke_privileges: privilege_needs(c.as<PrivilegeChange>().object, e.needs); break;
  }
  return e;
}

namespace {

using Index = std::map<Ref, std::vector<size_t>>;

// Calls `f` for every change indexed under `r`, or, for a relation, under any
// of its columns too.
template <class F>
void each_match(const Index& index, const Ref& r, bool columns_of_relation, F f) {
  if (auto it = index.find(r); it != index.end())
    for (size_t i : it->second) f(i);
  if (columns_of_relation && r.kind == RefKind::relation)
    for (auto it = index.lower_bound(col(r.name, ""));
         it != index.end() && it->first.kind == RefKind::column && it->first.name == r.name; ++it)
      for (size_t i : it->second) f(i);
}

}  // namespace

void order_changes(std::vector<Change>& changes) {
  size_t n = changes.size();
  std::vector<ChangeEdges> edges;
  edges.reserve(n);
  Index providers, holders, removers;
  for (size_t i = 0; i < n; ++i) {
    edges.push_back(edges_of(changes[i]));
    for (const auto& r : edges[i].provides) providers[r].push_back(i);
    for (const auto& r : edges[i].held) holders[r].push_back(i);
    for (const auto& r : edges[i].removes) removers[r].push_back(i);
  }
  std::vector<std::vector<size_t>> after(n);  // after[a]: changes that must follow a
  std::vector<size_t> indegree(n, 0);
  auto edge = [&](size_t first, size_t then) {
    if (first == then) return;
    after[first].push_back(then);
    ++indegree[then];
  };
  for (size_t x = 0; x < n; ++x) {
    for (const auto& r : edges[x].needs) {
      each_match(providers, r, false, [&](size_t y) { edge(y, x); });
      if (r.kind == RefKind::column) each_match(providers, rel(r.name), false, [&](size_t y) { edge(y, x); });
    }
    for (const auto& r : edges[x].removes) each_match(holders, r, true, [&](size_t y) { edge(y, x); });
    // An object dropped and created again (a function whose return type
    // changes, a re-created view) is dropped first.
    for (const auto& r : edges[x].provides) each_match(removers, r, false, [&](size_t y) { edge(y, x); });
  }
  // Kahn's algorithm, choosing the smallest (phase, position) among the ready.
  using Key = std::pair<int, size_t>;
  std::priority_queue<Key, std::vector<Key>, std::greater<Key>> ready;
  for (size_t i = 0; i < n; ++i)
    if (indegree[i] == 0) ready.push({changes[i].phase, i});
  std::vector<size_t> order;
  order.reserve(n);
  while (!ready.empty()) {
    size_t i = ready.top().second;
    ready.pop();
    order.push_back(i);
    for (size_t j : after[i])
      if (--indegree[j] == 0) ready.push({changes[j].phase, j});
  }
  if (order.size() != n) {
    std::string members;
    int shown = 0;
    for (size_t i = 0; i < n && shown < 8; ++i)
      if (indegree[i] > 0) {
        members += (shown++ ? "; " : "") + describe(changes[i]);
      }
    throw UserError(
        "the plan has a dependency cycle that shale cannot break (only foreign keys between tables are broken "
        "automatically): " +
        members);
  }
  std::vector<Change> sorted;
  sorted.reserve(n);
  for (size_t i : order) sorted.push_back(std::move(changes[i]));
  changes = std::move(sorted);
}

std::string describe(const Change& c) {
  auto q = [](const QName& n) { return n.schema.empty() ? n.name : n.schema + "." + n.name; };
  auto function = [&](const char* verb) {
    const model::Function& f = *c.as<FunctionRef>().function;
    return verb + q(f.name) + f.identity_args;
  };
  auto trigger = [&](const char* verb) {
    const model::Trigger& t = *c.as<TriggerRef>().trigger;
    return verb + t.name + " on " + q(t.table);
  };
  switch (c.kind) {
    case ChangeKind::create_table: return "create table " + q(c.as<TableRef>().table->name);
    case ChangeKind::drop_table: return "drop table " + q(c.as<TableRef>().table->name);
    case ChangeKind::create_view:
    case ChangeKind::replace_view: return "create view " + q(c.as<ViewRef>().view->name);
    case ChangeKind::drop_view: return "drop view " + q(c.as<ViewRef>().view->name);
    case ChangeKind::alter_view_options: return "alter view " + q(c.as<ViewAlter>().to->name);
    case ChangeKind::refresh_materialized_view: return "refresh materialized view " + q(c.as<ViewRef>().view->name);
    case ChangeKind::create_function:
    case ChangeKind::replace_function: return function("create function ");
    case ChangeKind::drop_function: return function("drop function ");
    case ChangeKind::create_index:
    case ChangeKind::create_index_concurrently: return "create index " + q(c.as<IndexRef>().index->name);
    case ChangeKind::drop_index:
    case ChangeKind::drop_index_concurrently: return "drop index " + q(c.as<IndexRef>().index->name);
    case ChangeKind::add_column: return "add column " + q(c.table) + "." + c.as<ColumnAdd>().column->name;
    case ChangeKind::alter_column: return "alter column " + q(c.table) + "." + c.as<ColumnChange>().to->name;
    case ChangeKind::drop_column: return "drop column " + q(c.table) + "." + c.as<ColumnDrop>().column->name;
    case ChangeKind::add_constraint:
      return "add constraint " + c.as<ConstraintRef>().constraint->name + " on " + q(c.table);
    case ChangeKind::drop_constraint:
      return "drop constraint " + c.as<ConstraintRef>().constraint->name + " on " + q(c.table);
    case ChangeKind::create_trigger: return trigger("create trigger ");
    case ChangeKind::drop_trigger: return trigger("drop trigger ");
    case ChangeKind::create_enum: return "create type " + q(c.as<EnumRef>().type->name);
    case ChangeKind::rebuild_enum: return "rebuild type " + q(c.as<EnumRebuild>().to->name);
    case ChangeKind::create_domain: return "create domain " + q(c.as<DomainRef>().domain->name);
    case ChangeKind::drop_domain: return "drop domain " + q(c.as<DomainRef>().domain->name);
    case ChangeKind::alter_domain: return "alter domain " + q(c.as<DomainAlter>().to->name);
    case ChangeKind::create_composite_type: return "create type " + q(c.as<CompositeRef>().type->name);
    case ChangeKind::drop_composite_type: return "drop type " + q(c.as<CompositeRef>().type->name);
    case ChangeKind::alter_composite_type: return "alter type " + q(c.as<CompositeAlter>().to->name);
    case ChangeKind::create_range_type: return "create type " + q(c.as<RangeRef>().type->name);
    case ChangeKind::drop_range_type: return "drop type " + q(c.as<RangeRef>().type->name);
    case ChangeKind::create_collation: return "create collation " + q(c.as<CollationRef>().collation->name);
    case ChangeKind::drop_collation: return "drop collation " + q(c.as<CollationRef>().collation->name);
    default: return "change of " + q(c.table);
  }
}

}  // namespace shale::diff
