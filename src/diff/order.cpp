#include "diff/order.hpp"

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

QName from_table_name(const Change& c) { return c.from_table ? c.from_table->name : c.table; }

}  // namespace

ChangeEdges edges_of(const Change& c) {
  ChangeEdges e;
  switch (c.kind) {
    case ChangeKind::create_enum: model::add_ref(e.provides, Ref{RefKind::type, c.to_enum->name, ""}); break;
    case ChangeKind::add_enum_value: model::add_ref(e.provides, Ref{RefKind::type, c.to_enum->name, ""}); break;
    case ChangeKind::drop_enum: model::add_ref(e.removes, Ref{RefKind::type, c.from_enum->name, ""}); break;
    case ChangeKind::rebuild_enum:
      // The columns of the type are retyped: what uses them must be out of the way.
      model::add_ref(e.provides, Ref{RefKind::type, c.to_enum->name, ""});
      model::add_ref(e.removes, Ref{RefKind::type, c.from_enum->name, ""});
      for (const model::Table* t : c.enum_users)
        for (const auto& column : t->columns)
          for (const auto& r : column.depends_on)
            if (r.kind == RefKind::type && r.name == c.to_enum->name) {
              model::add_ref(e.provides, col(t->name, column.name));
              model::add_ref(e.removes, col(t->name, column.name));
            }
      break;
    case ChangeKind::create_sequence:
    case ChangeKind::alter_sequence: model::add_ref(e.provides, rel(c.sequence->name)); break;
    case ChangeKind::drop_sequence: model::add_ref(e.removes, rel(c.from_sequence->name)); break;
    case ChangeKind::set_sequence_owner:
      if (!c.sequence->owned_by_table.empty())
        model::add_ref(e.needs, col(QName{c.sequence->name.schema, c.sequence->owned_by_table}, c.sequence->owned_by_column));
      break;
    case ChangeKind::create_function:
    case ChangeKind::replace_function:
      model::add_ref(e.provides, Ref{RefKind::function, c.function->name, ""});
      merge(e.needs, c.function->depends_on);
      break;
    case ChangeKind::drop_function:
      model::add_ref(e.removes, Ref{RefKind::function, c.function->name, ""});
      merge(e.held, c.function->depends_on);
      break;
    case ChangeKind::create_table:
      model::add_ref(e.provides, rel(c.to_table->name));
      table_refs(*c.to_table, e.needs, false);
      break;
    case ChangeKind::drop_table:
      // Its foreign keys are dropped by changes of their own, first.
      model::add_ref(e.removes, rel(c.from_table->name));
      table_refs(*c.from_table, e.held, false);
      break;
    case ChangeKind::rename_table: model::add_ref(e.provides, rel(c.to_table->name)); break;
    case ChangeKind::add_column:
      model::add_ref(e.provides, col(c.table, c.to_column->name));
      merge(e.needs, c.to_column->depends_on, c.table);
      break;
    case ChangeKind::drop_column:
      model::add_ref(e.removes, col(from_table_name(c), c.from_column->name));
      merge(e.held, c.from_column->depends_on, from_table_name(c));
      break;
    case ChangeKind::rename_column: model::add_ref(e.provides, col(c.table, c.to_column->name)); break;
    case ChangeKind::alter_column:
      model::add_ref(e.provides, col(c.table, c.to_column->name));
      merge(e.needs, c.to_column->depends_on, c.table);
      if (c.from_column->type != c.to_column->type || c.from_column->collation != c.to_column->collation) {
        model::add_ref(e.removes, col(c.table, c.from_column->name));
        merge(e.held, c.from_column->depends_on, c.table);
      }
      break;
    case ChangeKind::add_constraint: merge(e.needs, c.constraint->depends_on); break;
    case ChangeKind::drop_constraint: merge(e.held, c.constraint->depends_on); break;
    case ChangeKind::create_index:
      model::add_ref(e.provides, rel(c.index->name));
      merge(e.needs, c.index->depends_on);
      break;
    case ChangeKind::drop_index:
      model::add_ref(e.removes, rel(c.index->name));
      merge(e.held, c.index->depends_on);
      break;
    case ChangeKind::create_view:
    case ChangeKind::replace_view:
      model::add_ref(e.provides, rel(c.view->name));
      merge(e.needs, c.view->depends_on, c.view->name);
      break;
    case ChangeKind::drop_view:
      model::add_ref(e.removes, rel(c.view->name));
      merge(e.held, c.view->depends_on, c.view->name);
      break;
    case ChangeKind::create_trigger: merge(e.needs, c.trigger->depends_on); break;
    case ChangeKind::drop_trigger: merge(e.held, c.trigger->depends_on); break;
    default: break;
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
    for (auto it = index.lower_bound(col(r.name, "")); it != index.end() && it->first.kind == RefKind::column && it->first.name == r.name; ++it)
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
    throw UserError("the plan has a dependency cycle that shale cannot break (only foreign keys between tables are broken "
                    "automatically): " + members);
  }
  std::vector<Change> sorted;
  sorted.reserve(n);
  for (size_t i : order) sorted.push_back(std::move(changes[i]));
  changes = std::move(sorted);
}

std::string describe(const Change& c) {
  auto q = [](const QName& n) { return n.schema.empty() ? n.name : n.schema + "." + n.name; };
  switch (c.kind) {
    case ChangeKind::create_table: return "create table " + q(c.to_table->name);
    case ChangeKind::drop_table: return "drop table " + q(c.from_table->name);
    case ChangeKind::create_view:
    case ChangeKind::replace_view: return "create view " + q(c.view->name);
    case ChangeKind::drop_view: return "drop view " + q(c.view->name);
    case ChangeKind::create_function:
    case ChangeKind::replace_function: return "create function " + q(c.function->name) + c.function->identity_args;
    case ChangeKind::drop_function: return "drop function " + q(c.function->name) + c.function->identity_args;
    case ChangeKind::create_index: return "create index " + q(c.index->name);
    case ChangeKind::drop_index: return "drop index " + q(c.index->name);
    case ChangeKind::add_column: return "add column " + q(c.table) + "." + c.to_column->name;
    case ChangeKind::alter_column: return "alter column " + q(c.table) + "." + c.to_column->name;
    case ChangeKind::drop_column: return "drop column " + q(c.table) + "." + c.from_column->name;
    case ChangeKind::add_constraint: return "add constraint " + c.constraint->name + " on " + q(c.table);
    case ChangeKind::drop_constraint: return "drop constraint " + c.constraint->name + " on " + q(c.table);
    case ChangeKind::create_trigger: return "create trigger " + c.trigger->name + " on " + q(c.trigger->table);
    case ChangeKind::drop_trigger: return "drop trigger " + c.trigger->name + " on " + q(c.trigger->table);
    case ChangeKind::create_enum: return "create type " + q(c.to_enum->name);
    case ChangeKind::rebuild_enum: return "rebuild type " + q(c.to_enum->name);
    default: return "change of " + q(c.table);
  }
}

}  // namespace shale::diff
