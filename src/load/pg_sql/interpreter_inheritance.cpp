// The interpreter's table inheritance: CREATE TABLE … INHERITS (…), ALTER
// TABLE … INHERIT / NO INHERIT (docs/comparison.md, "Inheritance"). The
// columns and CHECK constraints a table inherits are its parents': the model
// holds them on the parents only, as the live reader does.
#include <algorithm>

#include "load/pg_sql/interpreter.hpp"
#include "pgsql/quote.hpp"

namespace shale::load::pg_sql {

using model::QName;
namespace pg = shale::pgsql;

// The column `name` of `t`, its own or inherited (from a parent, or a partition's root).
const model::Column* Interpreter::any_column(const model::Table& t, const std::string& name) const {
  if (const model::Column* c = t.column(name)) return c;
  for (const auto& p : t.inherits)
    if (auto it = tables_.find(p); it != tables_.end())
      if (const model::Column* c = any_column(schema_.tables[it->second], name)) return c;
  if (t.is_partition())
    if (auto it = tables_.find(t.partition_of); it != tables_.end())
      return any_column(schema_.tables[it->second], name);
  return nullptr;
}

// Every column of `t` in attribute order: the inherited ones first, as PostgreSQL numbers them.
std::vector<model::Column> Interpreter::all_columns(const model::Table& t) const {
  std::vector<model::Column> out;
  auto add = [&](const model::Column& c) {
    if (std::none_of(out.begin(), out.end(), [&](const model::Column& x) { return x.name == c.name; }))
      out.push_back(c);
  };
  for (const auto& p : t.inherits)
    if (auto it = tables_.find(p); it != tables_.end())
      for (const auto& c : all_columns(schema_.tables[it->second])) add(c);
  if (t.is_partition())
    if (auto it = tables_.find(t.partition_of); it != tables_.end())
      for (const auto& c : all_columns(schema_.tables[it->second])) add(c);
  for (const auto& c : t.columns) add(c);
  return out;
}

// The CHECK constraints `t` has, its own and inherited.
std::vector<model::Constraint> Interpreter::all_checks(const model::Table& t) const {
  std::vector<model::Constraint> out;
  for (const auto& p : t.inherits)
    if (auto it = tables_.find(p); it != tables_.end())
      for (const auto& k : all_checks(schema_.tables[it->second]))
        if (std::none_of(out.begin(), out.end(), [&](const model::Constraint& x) { return x.name == k.name; }))
          out.push_back(k);
  for (const auto& k : t.constraints)
    if (k.kind == model::ConstraintKind::check) out.push_back(k);
  return out;
}

const model::Table& Interpreter::parent_table(const QName& name) {
  model::Table& p = table(name);
  if (!p.partition_by.empty()) fail("cannot inherit from partitioned table \"" + p.name.name + "\"");
  if (p.is_partition()) fail("cannot inherit from a partition");
  return p;
}

// CREATE TABLE t (…) INHERITS (a, b).
void Interpreter::inherit_clauses(model::Table& t, PgQuery__CreateStmt* s) {
  if (s->partbound || !s->n_inh_relations) return;
  if (s->partspec) fail("cannot create partitioned table as inheritance child");
  for (size_t i = 0; i < s->n_inh_relations; ++i) {
    QName parent = qname(s->inh_relations[i]->range_var);
    parent_table(parent);
    if (std::find(t.inherits.begin(), t.inherits.end(), parent) != t.inherits.end())
      fail("relation \"" + parent.name + "\" would be inherited from more than once");
    t.inherits.push_back(parent);
  }
  // A column declared again is merged with the inherited one by PostgreSQL,
  // keeping its own default and NOT NULL, which the model does not hold.
  for (const auto& c : t.columns)
    for (const auto& p : t.inherits)
      if (any_column(table(p), c.name))
        fail("column \"" + c.name + "\" is inherited from \"" + p.name + "\": declaring it again is not supported");
}

// ALTER TABLE t INHERIT parent: t must have the parent's columns and CHECK
// constraints already; they become inherited.
void Interpreter::add_inherit(model::Table& t, PgQuery__RangeVar* rv) {
  QName parent_name = qname(rv);
  const model::Table& parent = parent_table(parent_name);
  if (t.is_partition()) fail("cannot change inheritance of a partition");
  if (!t.partition_by.empty()) fail("cannot change inheritance of partitioned table");
  if (std::find(t.inherits.begin(), t.inherits.end(), parent_name) != t.inherits.end())
    fail("relation \"" + parent_name.name + "\" would be inherited from more than once");
  std::vector<model::Column> columns = all_columns(parent);
  for (const auto& c : columns) {
    const model::Column* own = t.column(c.name);
    if (!own) {
      if (any_column(t, c.name)) continue;  // inherited already, from another parent
      fail("child table is missing column \"" + c.name + "\"");
    }
    if (own->type != c.type || own->collation != c.collation)
      fail("child table \"" + t.name.name + "\" has different type for column \"" + c.name + "\"");
    if (c.not_null && !own->not_null) fail("column \"" + c.name + "\" in child table must be marked NOT NULL");
  }
  std::vector<model::Constraint> checks = all_checks(parent);
  for (const auto& k : checks) {
    const model::Constraint* own = t.constraint(k.name);
    if (!own || own->kind != model::ConstraintKind::check) fail("child table is missing constraint \"" + k.name + "\"");
    if (own->definition != k.definition)
      fail("child table \"" + t.name.name + "\" has different definition for check constraint \"" + k.name + "\"");
  }
  // Merged: the child's own copies keep defaults and comments PostgreSQL
  // does not inherit; refused rather than lost.
  for (const auto& c : columns)
    if (const model::Column* own = t.column(c.name);
        own && (own->default_value != c.default_value || !own->comment.empty() || own->not_null != c.not_null))
      fail("column \"" + c.name + "\" of table \"" + t.name.name +
           "\" differs from its parent's in NOT NULL, DEFAULT or comment, "
           "which shale does not model on an inherited column");
  auto inherited = [&](const std::string& n) {
    return std::any_of(columns.begin(), columns.end(), [&](auto& c) { return c.name == n; });
  };
  t.columns.erase(
      std::remove_if(t.columns.begin(), t.columns.end(), [&](const model::Column& c) { return inherited(c.name); }),
      t.columns.end());
  t.constraints.erase(std::remove_if(t.constraints.begin(), t.constraints.end(),
                                     [&](const model::Constraint& k) {
                                       return k.kind == model::ConstraintKind::check &&
                                              std::any_of(checks.begin(), checks.end(),
                                                          [&](auto& x) { return x.name == k.name; });
                                     }),
                      t.constraints.end());
  t.inherits.push_back(parent_name);
}

// ALTER TABLE t NO INHERIT parent: the columns and CHECK constraints it
// inherited from it stay, as its own.
void Interpreter::drop_inherit(model::Table& t, PgQuery__RangeVar* rv) {
  QName parent_name = qname(rv);
  auto at = std::find(t.inherits.begin(), t.inherits.end(), parent_name);
  if (at == t.inherits.end())
    fail("relation \"" + parent_name.name + "\" is not a parent of relation \"" + t.name.name + "\"");
  const model::Table& parent = table(parent_name);
  std::vector<model::Column> columns = all_columns(parent);
  std::vector<model::Constraint> checks = all_checks(parent);
  t.inherits.erase(at);
  std::vector<model::Column> own;
  for (auto c : columns) {
    if (t.column(c.name) || any_column(t, c.name)) continue;  // still inherited from another parent
    c.comment.clear();
    c.renamed_from.clear();
    c.identity = 0;
    for (auto& r : c.depends_on)
      if (r.name == parent.name && r.kind == model::RefKind::column) r.name = t.name;
    own.push_back(std::move(c));
  }
  t.columns.insert(t.columns.begin(), own.begin(), own.end());
  for (auto k : checks) {
    if (t.constraint(k.name) || std::any_of(t.inherits.begin(), t.inherits.end(), [&](const QName& p) {
          auto cs = all_checks(table(p));
          return std::any_of(cs.begin(), cs.end(), [&](auto& x) { return x.name == k.name; });
        }))
      continue;
    k.comment.clear();
    for (auto& r : k.depends_on)
      if (r.name == parent.name) r.name = t.name;
    t.constraints.push_back(std::move(k));
  }
}

}  // namespace shale::load::pg_sql
