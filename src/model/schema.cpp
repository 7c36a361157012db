#include "model/schema.hpp"

#include <algorithm>
#include <set>

namespace shale::model {

void add_ref(Refs& refs, Ref r) {
  auto at = std::lower_bound(refs.begin(), refs.end(), r);
  if (at == refs.end() || !(*at == r)) refs.insert(at, std::move(r));
}

const Column* Table::column(const std::string& n) const {
  for (const auto& c : columns)
    if (c.name == n) return &c;
  return nullptr;
}

Column* Table::column(const std::string& n) {
  for (auto& c : columns)
    if (c.name == n) return &c;
  return nullptr;
}

const Constraint* Table::constraint(const std::string& n) const {
  for (const auto& c : constraints)
    if (c.name == n) return &c;
  return nullptr;
}

Table* Schema::table(const QName& n) {
  for (auto& t : tables)
    if (t.name == n) return &t;
  return nullptr;
}

const Table* Schema::table(const QName& n) const {
  for (const auto& t : tables)
    if (t.name == n) return &t;
  return nullptr;
}

void remove_objects(Schema& s, const std::function<bool(const std::string&, const std::string&)>& excluded) {
  auto drop = [](auto& objects, auto gone) {
    objects.erase(std::remove_if(objects.begin(), objects.end(), gone), objects.end());
  };
  for (auto it = s.schemas.begin(); it != s.schemas.end();)
    it = excluded(it->first, "") ? s.schemas.erase(it) : std::next(it);
  for (auto it = s.schema_privileges.begin(); it != s.schema_privileges.end();)
    it = excluded(it->first, "") ? s.schema_privileges.erase(it) : std::next(it);
  for (auto it = s.default_privileges.begin(); it != s.default_privileges.end();)
    it = !it->first.schema.empty() && excluded(it->first.schema, "") ? s.default_privileges.erase(it) : std::next(it);
  for (auto it = s.schema_owners.begin(); it != s.schema_owners.end();)
    it = excluded(it->first, "") ? s.schema_owners.erase(it) : std::next(it);
  std::function<bool(const QName&)> out = [&](const QName& n) { return excluded(n.schema, n.name); };
  drop(s.enums, [&](const Enum& e) { return out(e.name); });
  drop(s.domains, [&](const Domain& d) { return out(d.name); });
  drop(s.composite_types, [&](const CompositeType& c) { return out(c.name); });
  drop(s.range_types, [&](const RangeType& r) { return out(r.name); });
  drop(s.collations, [&](const Collation& c) { return out(c.name); });
  drop(s.sequences, [&](const Sequence& q) {
    return out(q.name) || (!q.owned_by_table.empty() && out({q.name.schema, q.owned_by_table}));
  });
  // A partition goes with its parent (and so with its root).
  std::set<QName> gone;
  for (bool more = true; more;) {
    more = false;
    for (const auto& t : s.tables)
      if (!gone.count(t.name) && (out(t.name) || (t.is_partition() && gone.count(t.partition_of))))
        more = gone.insert(t.name).second;
  }
  drop(s.tables, [&](const Table& t) { return gone.count(t.name) > 0; });
  out = [&](const QName& n) { return gone.count(n) > 0 || excluded(n.schema, n.name); };
  drop(s.indexes, [&](const Index& i) { return out(i.name) || out(i.table); });
  drop(s.views, [&](const View& v) { return out(v.name); });
  drop(s.functions, [&](const Function& f) { return out(f.name); });
  drop(s.triggers, [&](const Trigger& t) { return out(t.table); });
  drop(s.policies, [&](const Policy& p) { return out(p.table); });
}

}  // namespace shale::model
