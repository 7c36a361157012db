#include "model/privileges.hpp"

#include <algorithm>
#include <optional>
#include <tuple>

namespace shale::model {

bool GrantObject::operator<(const GrantObject& o) const {
  return std::tie(cls, name, args, column, objects) < std::tie(o.cls, o.name, o.args, o.column, o.objects);
}

const char* grant_keyword(GrantClass cls) {
  switch (cls) {
    case GrantClass::table:
    case GrantClass::column: return "TABLE";
    case GrantClass::sequence: return "SEQUENCE";
    case GrantClass::function: return "FUNCTION";
    case GrantClass::procedure: return "PROCEDURE";
    case GrantClass::type: return "TYPE";
    case GrantClass::schema: return "SCHEMA";
    case GrantClass::defaults: return "";
  }
  return "";
}

const char* grant_noun(GrantClass cls) {
  switch (cls) {
    case GrantClass::table: return "table";
    case GrantClass::column: return "column";
    case GrantClass::sequence: return "sequence";
    case GrantClass::function: return "function";
    case GrantClass::procedure: return "procedure";
    case GrantClass::type: return "type";
    case GrantClass::schema: return "schema";
    case GrantClass::defaults: return "default privileges";
  }
  return "";
}

std::string describe(const GrantObject& o) {
  if (o.cls == GrantClass::defaults)
    return "default privileges of role " + o.name.name + " on " + o.objects +
           (o.name.schema.empty() ? "" : " in schema " + o.name.schema);
  return std::string(grant_noun(o.cls)) + " " + (o.name.schema.empty() ? "" : o.name.schema + ".") + o.name.name +
         (o.column.empty() ? "" : "." + o.column) + o.args;
}

const std::vector<std::string>& valid_privileges(GrantClass cls) {
  // PostgreSQL 15's ACL_ALL_RIGHTS_* sets.
  static const std::vector<std::string> kTable{"INSERT",   "SELECT",     "UPDATE", "DELETE",
                                               "TRUNCATE", "REFERENCES", "TRIGGER"};
  static const std::vector<std::string> kColumn{"INSERT", "SELECT", "UPDATE", "REFERENCES"};
  static const std::vector<std::string> kSequence{"SELECT", "UPDATE", "USAGE"};
  static const std::vector<std::string> kExecute{"EXECUTE"};
  static const std::vector<std::string> kUsage{"USAGE"};
  static const std::vector<std::string> kSchema{"CREATE", "USAGE"};
  switch (cls) {
    case GrantClass::table: return kTable;
    case GrantClass::column: return kColumn;
    case GrantClass::sequence: return kSequence;
    case GrantClass::function:
    case GrantClass::procedure: return kExecute;
    case GrantClass::type: return kUsage;
    case GrantClass::schema: return kSchema;
    case GrantClass::defaults: break;  // those of the objects: valid_privileges(GrantObject)
  }
  return kUsage;
}

GrantClass class_of_objects(const std::string& objects) {
  if (objects == "TABLES") return GrantClass::table;
  if (objects == "SEQUENCES") return GrantClass::sequence;
  if (objects == "FUNCTIONS") return GrantClass::function;
  if (objects == "TYPES") return GrantClass::type;
  return GrantClass::schema;
}

const std::vector<std::string>& valid_privileges(const GrantObject& object) {
  return valid_privileges(object.cls == GrantClass::defaults ? class_of_objects(object.objects) : object.cls);
}

GrantObject default_privileges_object(const DefaultPrivilegesFor& key) {
  return GrantObject{GrantClass::defaults, {key.schema, key.role}, "", "", key.objects};
}

bool default_privilege(const GrantObject& object, const std::string& grantee, const std::string& privilege) {
  if (grantee != "PUBLIC") return false;
  switch (object.cls) {
    case GrantClass::function:
    case GrantClass::procedure: return privilege == "EXECUTE";
    case GrantClass::type: return privilege == "USAGE";
    case GrantClass::schema: return object.name.name == "public" && privilege == "USAGE";  // as initdb leaves it
    case GrantClass::defaults: {
      // Those of acldefault; a schema's own default privileges start empty.
      if (!object.name.schema.empty()) return false;
      GrantClass of = class_of_objects(object.objects);
      return (of == GrantClass::function && privilege == "EXECUTE") || (of == GrantClass::type && privilege == "USAGE");
    }
    default: return false;
  }
}

namespace {

Privileges::iterator find(Privileges& ps, const std::string& grantee, const std::string& privilege) {
  return std::find_if(ps.begin(), ps.end(),
                      [&](const Privilege& p) { return p.grantee == grantee && p.privilege == privilege; });
}

void insert_sorted(Privileges& ps, Privilege p) {
  auto at = std::lower_bound(ps.begin(), ps.end(), p, [](const Privilege& a, const Privilege& b) {
    return std::tie(a.grantee, a.privilege) < std::tie(b.grantee, b.privilege);
  });
  ps.insert(at, std::move(p));
}

}  // namespace

void grant_privilege(Privileges& ps, const GrantObject& object, const std::string& grantee,
                     const std::string& privilege, bool grant_option, const SourcePos& pos) {
  bool by_default = default_privilege(object, grantee, privilege);
  auto it = find(ps, grantee, privilege);
  if (it != ps.end() && it->revoked) {
    ps.erase(it);  // back to the default
    it = ps.end();
  }
  if (it != ps.end()) {
    it->grantable = it->grantable || grant_option;
    it->pos = pos;
  } else if (!by_default || grant_option) {
    insert_sorted(ps, Privilege{grantee, privilege, grant_option, false, pos});
  }
}

void revoke_privilege(Privileges& ps, const GrantObject& object, const std::string& grantee,
                      const std::string& privilege, bool grant_option_only, const SourcePos& pos) {
  bool by_default = default_privilege(object, grantee, privilege);
  auto it = find(ps, grantee, privilege);
  if (grant_option_only) {
    if (it == ps.end() || it->revoked) return;
    if (by_default)
      ps.erase(it);  // what is left is the default
    else
      it->grantable = false, it->pos = pos;
    return;
  }
  if (it != ps.end()) ps.erase(it);
  if (by_default) insert_sorted(ps, Privilege{grantee, privilege, false, true, pos});
}

void add_privilege(Privileges& ps, Privilege p) {
  auto it = find(ps, p.grantee, p.privilege);
  if (it == ps.end()) return insert_sorted(ps, std::move(p));
  it->grantable = it->grantable || p.grantable;
}

void keep_privileges_of(Schema& schema, const std::set<std::string>& roles, bool refuse_others) {
  // The first offending statement in file order, as a reader of the files would look for it.
  std::optional<UserError> first;
  auto earlier = [](const SourcePos& a, const SourcePos& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  };
  each_privileges(schema, [&](const GrantObject& object, Privileges& ps) {
    for (const auto& p : ps) {
      if (roles.count(p.grantee) || !refuse_others || !p.pos.known()) continue;
      if (first && !earlier(p.pos, first->pos())) continue;
      first.emplace(std::string(p.revoked ? "REVOKE" : "GRANT") + " of " + p.privilege + " on " + describe(object) +
                        (p.revoked ? " from " : " to ") + p.grantee +
                        ", a role shale does not manage: list it in [privileges] roles in shale.toml",
                    p.pos);
    }
    ps.erase(std::remove_if(ps.begin(), ps.end(), [&](const Privilege& p) { return !roles.count(p.grantee); }),
             ps.end());
  });
  if (first) throw *first;
  drop_empty_privileges(schema);
}

void drop_empty_privileges(Schema& schema) {
  for (auto it = schema.schema_privileges.begin(); it != schema.schema_privileges.end();)
    it = it->second.empty() ? schema.schema_privileges.erase(it) : std::next(it);
  for (auto it = schema.default_privileges.begin(); it != schema.default_privileges.end();)
    it = it->second.empty() ? schema.default_privileges.erase(it) : std::next(it);
}

}  // namespace shale::model
