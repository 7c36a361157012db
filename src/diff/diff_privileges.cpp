#include "diff/diff_privileges.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "diff/phases.hpp"

namespace shale::diff {

using model::GrantClass;
using model::GrantObject;
using model::QName;

namespace {

// The objects the plan creates (new, or dropped and created again), by the
// name GRANT would use: their privileges are PostgreSQL's defaults afterwards.
std::set<std::pair<char, QName>> created_objects(const std::vector<Change>& planned) {
  std::set<std::pair<char, QName>> out;
  for (const auto& c : planned) {
    switch (c.kind) {
      case ChangeKind::create_schema: out.insert({'n', {"", c.as<SchemaName>().name}}); break;
      case ChangeKind::create_table: out.insert({'r', c.as<TableRef>().table->name}); break;
      case ChangeKind::create_view: out.insert({'r', c.as<ViewRef>().view->name}); break;
      case ChangeKind::create_sequence: out.insert({'r', c.as<SequenceRef>().sequence->name}); break;
      case ChangeKind::create_function: out.insert({'f', c.as<FunctionRef>().function->name}); break;
      case ChangeKind::create_enum: out.insert({'t', c.as<EnumRef>().type->name}); break;
      case ChangeKind::rebuild_enum: out.insert({'t', c.as<EnumRebuild>().to->name}); break;
      case ChangeKind::create_domain: out.insert({'t', c.as<DomainRef>().domain->name}); break;
      case ChangeKind::create_composite_type: out.insert({'t', c.as<CompositeRef>().type->name}); break;
      case ChangeKind::create_range_type: out.insert({'t', c.as<RangeRef>().type->name}); break;
      case ChangeKind::add_column: {
        const auto& a = c.as<ColumnAdd>();
        out.insert({'c', {a.table->name.schema + "." + a.table->name.name, a.column->name}});
        break;
      }
      default: break;
    }
  }
  return out;
}

bool created(const std::set<std::pair<char, QName>>& created, const GrantObject& o) {
  switch (o.cls) {
    case GrantClass::schema: return created.count({'n', o.name}) > 0;
    case GrantClass::table:
    case GrantClass::sequence: return created.count({'r', o.name}) > 0;
    case GrantClass::column:
      return created.count({'r', o.name}) > 0 ||
             created.count({'c', {o.name.schema + "." + o.name.name, o.column}}) > 0;
    case GrantClass::function:
    case GrantClass::procedure: return created.count({'f', o.name}) > 0;
    case GrantClass::type: return created.count({'t', o.name}) > 0;
    case GrantClass::defaults: return false;  // not objects: they stay until changed
  }
  return false;
}

// The `from` object that `to`'s object continues under a table rename hint.
GrantObject source_of(const GrantObject& o, const Renames& renames) {
  if (o.cls != GrantClass::table && o.cls != GrantClass::column) return o;
  GrantObject source = o;
  auto t = renames.tables.find(o.name);
  if (t != renames.tables.end()) source.name = t->second;
  if (o.cls == GrantClass::column) {
    auto c = renames.columns.find({o.name, o.column});
    if (c != renames.columns.end()) source.column = c->second;
  }
  return source;
}

// One statement per (grantee, kind of change): GRANT, GRANT … WITH GRANT
// OPTION, REVOKE, REVOKE GRANT OPTION FOR.
struct Statements {
  std::map<std::pair<std::string, int>, std::vector<std::string>> by_grantee;
  enum { grant, grant_with_option, revoke, revoke_option };
  void add(const std::string& grantee, int what, const std::string& privilege) {
    by_grantee[{grantee, what}].push_back(privilege);
  }
};

// `existing`: the object is there before the plan, so a REVOKE takes away
// access someone may be using (not so for one the plan creates, or for
// default privileges, which only concern objects created later).
void compare(const GrantObject& object, const model::Privileges& old, const model::Privileges& now, bool existing,
             std::vector<Change>& out) {
  Statements s;
  auto find = [](const model::Privileges& ps, const model::Privilege& p) {
    return std::find_if(ps.begin(), ps.end(), [&](const model::Privilege& x) {
      return x.grantee == p.grantee && x.privilege == p.privilege;
    });
  };
  for (const auto& p : now) {
    auto o = find(old, p);
    if (o == old.end()) {
      if (p.revoked)
        s.add(p.grantee, Statements::revoke, p.privilege);
      else
        s.add(p.grantee, p.grantable ? Statements::grant_with_option : Statements::grant, p.privilege);
    } else if (o->revoked != p.revoked) {
      // A default revoked on one side, held with the grant option on the other.
      s.add(p.grantee, p.revoked ? Statements::revoke : Statements::grant_with_option, p.privilege);
    } else if (o->grantable != p.grantable) {
      s.add(p.grantee, p.grantable ? Statements::grant_with_option : Statements::revoke_option, p.privilege);
    }
  }
  for (const auto& p : old) {
    if (find(now, p) != now.end()) continue;
    if (p.revoked)
      s.add(p.grantee, Statements::grant, p.privilege);  // back to the default
    else if (model::default_privilege(object, p.grantee, p.privilege))
      s.add(p.grantee, Statements::revoke_option, p.privilege);
    else
      s.add(p.grantee, Statements::revoke, p.privilege);
  }
  const auto& order = model::valid_privileges(object);
  for (auto& [key, privileges] : s.by_grantee) {
    std::sort(privileges.begin(), privileges.end(), [&](const std::string& a, const std::string& b) {
      return std::find(order.begin(), order.end(), a) < std::find(order.begin(), order.end(), b);
    });
    int what = key.second;
    bool grant = what == Statements::grant || what == Statements::grant_with_option;
    bool option = what == Statements::grant_with_option || what == Statements::revoke_option;
    QName table = object.cls == GrantClass::table || object.cls == GrantClass::column ? object.name : QName{};
    std::vector<Hazard> hazards;
    if (!grant && existing && object.cls != GrantClass::defaults) hazards.push_back(Hazard::revokes_access);
    append_change(out, grant ? ChangeKind::grant_privileges : ChangeKind::revoke_privileges, grant ? kGrant : kRevoke,
                  table, PrivilegeChange{object, key.first, privileges, option}, hazards);
  }
}

}  // namespace

void diff_privileges(const model::Schema& from, const model::Schema& to, const Renames& renames,
                     std::vector<Change>& planned) {
  std::map<GrantObject, const model::Privileges*> old;
  model::each_privileges(from, [&](const GrantObject& o, const model::Privileges& p) { old.emplace(o, &p); });
  auto fresh = created_objects(planned);
  static const model::Privileges kDefaults;
  std::vector<Change> out;
  model::each_privileges(to, [&](const GrantObject& o, const model::Privileges& now) {
    const model::Privileges* before = &kDefaults;
    if (!created(fresh, o)) {
      auto it = old.find(source_of(o, renames));
      if (it != old.end()) before = it->second;
    }
    if (*before != now) compare(o, *before, now, before != &kDefaults, out);
  });
  // Default privileges are not objects that go away: those `to` no longer
  // holds are revoked, unless their schema is dropped (they go with it).
  for (const auto& [key, privileges] : from.default_privileges) {
    bool schema_kept = key.schema.empty() || key.schema == "public" || to.schemas.count(key.schema);
    if (!to.default_privileges.count(key) && schema_kept)
      compare(model::default_privileges_object(key), privileges, kDefaults, false, out);
  }
  planned.insert(planned.end(), std::make_move_iterator(out.begin()), std::make_move_iterator(out.end()));
}

}  // namespace shale::diff
