#include "diff/diff_partitions.hpp"

#include <algorithm>

#include "diff/phases.hpp"
#include "pgsql/index_storage.hpp"
#include "util/error.hpp"

namespace shale::diff {

namespace {
std::string name_of(const model::QName& n) { return n.schema + "." + n.name; }
std::string key_text(const model::Table& t) {
  return t.partition_by.empty() ? "not partitioned" : "PARTITION BY " + t.partition_by.text;
}
}  // namespace

bool goes_with_dropped_parent(const model::Table& t,
                              const std::function<const model::Table*(const model::QName&)>& from_table,
                              const std::function<bool(const model::QName&)>& dropped) {
  for (const model::Table* at = &t; at && at->is_partition();) {
    if (dropped(at->partition_of)) return true;
    at = from_table(at->partition_of);
  }
  return false;
}

void partition_changes(const model::Table& from, const model::Table& to, const model::QName& parent_now,
                       std::vector<Change>& out) {
  auto refuse = [&](const std::string& what) {
    throw UserError("table " + name_of(to.name) + ": " + what +
                        "; shale does not plan this rebuild: write the migration by hand (create the new table, move "
                        "the rows, swap the names)",
                    to.pos);
  };
  if (from.partition_by != to.partition_by)
    refuse("its partitioning changes (" + key_text(from) + " → " + key_text(to) + ")");
  if (from.is_partition() != to.is_partition())
    refuse(to.is_partition() ? "it becomes a partition of " + name_of(to.partition_of)
                             : "it stops being a partition of " + name_of(from.partition_of));
  if (!to.is_partition() || (parent_now == to.partition_of && from.partition_bound == to.partition_bound)) return;
  // DETACH takes an ACCESS EXCLUSIVE lock on the parent; ATTACH scans the
  // partition (and a default partition) for rows outside the new bound.
  append_change(out, ChangeKind::detach_partition, kDropConstraint, from.partition_of, TableRef{&from},
                {Hazard::blocks_reads});
  append_change(out, ChangeKind::attach_partition, kAddConstraint, to.partition_of, TableRef{&to},
                {Hazard::blocks_reads, Hazard::may_fail});
}

void inherit_changes(const model::Table& from, const model::Table& to, const std::vector<model::QName>& parents_now,
                     std::vector<Change>& out) {
  auto has = [](const std::vector<model::QName>& v, const model::QName& n) {
    return std::find(v.begin(), v.end(), n) != v.end();
  };
  // NO INHERIT keeps the inherited columns as the table's own; INHERIT needs
  // the table to have the parent's columns already, and makes them inherited.
  for (size_t i = 0; i < from.inherits.size(); ++i)
    if (!has(to.inherits, parents_now[i]))
      append_change(out, ChangeKind::drop_inherit, kDropConstraint, to.name, InheritChange{&from, from.inherits[i]},
                    {Hazard::blocks_reads});
  for (const auto& p : to.inherits)
    if (!has(parents_now, p))
      append_change(out, ChangeKind::add_inherit, kAddConstraint, to.name, InheritChange{&to, p},
                    {Hazard::blocks_reads});
}

void storage_changes(const std::string& kind, const model::QName& relation, const std::vector<std::string>& from,
                     const std::vector<std::string>& to, std::vector<Change>& out) {
  if (from == to) return;
  auto name = [](const std::string& entry) { return entry.substr(0, entry.find('=')); };
  StorageParameters c{kind, relation, {}, {}};
  for (const auto& p : to)
    if (std::find(from.begin(), from.end(), p) == from.end()) c.set.push_back(p);
  for (const auto& p : from)
    if (std::none_of(to.begin(), to.end(), [&](const std::string& x) { return name(x) == name(p); }))
      c.reset.push_back(name(p));
  // SET (…) takes a SHARE UPDATE EXCLUSIVE lock (fillfactor and the autovacuum
  // settings), and changes no row: the new fillfactor applies to pages written later.
  append_change(out, ChangeKind::set_storage_parameters, kAlterColumn, kind == "TABLE" ? relation : model::QName{},
                std::move(c));
}

bool index_storage_changes(const model::Index& from, const model::Index& to, std::vector<Change>& out) {
  pgsql::IndexStorage a, b;
  try {
    a = pgsql::split_index_storage(from.definition.text);
    b = pgsql::split_index_storage(to.definition.text);
  } catch (const std::exception&) {
    return false;  // not a plain CREATE INDEX: rebuilt as a whole
  }
  if (a.canonical_rest != b.canonical_rest || a.parameters == b.parameters) return false;
  storage_changes("INDEX", to.name, a.parameters, b.parameters, out);
  return true;
}

void persistence_changes(const model::Table& from, const model::Table& to, std::vector<Change>& out) {
  // Either way PostgreSQL rewrites the table under an ACCESS EXCLUSIVE lock
  // (SET LOGGED also writes all of it to the WAL).
  if (from.unlogged != to.unlogged)
    append_change(out, ChangeKind::set_logged, kAlterColumn, to.name, TableRef{&to},
                  {Hazard::table_rewrite, Hazard::blocks_reads});
}

bool inherits_check(const model::Schema& schema, const model::Table& t, const std::string& name) {
  for (const auto& p : t.inherits) {
    const model::Table* parent = schema.table(p);
    if (!parent) continue;
    const model::Constraint* k = parent->constraint(name);
    if ((k && k->kind == model::ConstraintKind::check) || inherits_check(schema, *parent, name)) return true;
  }
  return false;
}

bool inherits_column(const model::Schema& schema, const model::Table& t, const std::string& column) {
  for (const auto& p : t.inherits) {
    const model::Table* parent = schema.table(p);
    if (parent && (parent->column(column) || inherits_column(schema, *parent, column))) return true;
  }
  return false;
}

}  // namespace shale::diff
