// Privileges (GRANT / REVOKE) as the model holds them: per object, where they
// differ from what PostgreSQL gives the object when it is created (see
// model::Privilege). One set of rules for the interpreter, the live reader and
// the diff, so that the three agree on what a default is.
#pragma once
#include <set>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "model/schema.hpp"

namespace shale::model {

// `defaults`: ALTER DEFAULT PRIVILEGES for objects created later (model::DefaultPrivilegesFor).
enum class GrantClass { table, column, sequence, function, procedure, type, schema, defaults };

// The object a privilege is on, as GRANT names it. Views and materialized
// views are GrantClass::table, as GRANT … ON TABLE takes them.
struct GrantObject {
  GrantClass cls = GrantClass::table;
  QName name;          // GrantClass::schema: the schema's name in name.name
  std::string args;    // function, procedure: identity arguments, "(integer, text)"
  std::string column;  // GrantClass::column: the column, of the table `name`
  // GrantClass::defaults: name is {IN SCHEMA or "", FOR ROLE}, objects TABLES,
  // SEQUENCES, FUNCTIONS, TYPES or SCHEMAS.
  std::string objects;
  GrantObject() = default;
  GrantObject(GrantClass c, QName n, std::string a = "", std::string col = "", std::string objs = "")
      : cls(c), name(std::move(n)), args(std::move(a)), column(std::move(col)), objects(std::move(objs)) {}
  bool operator<(const GrantObject& o) const;
  bool operator==(const GrantObject& o) const { return !(*this < o) && !(o < *this); }
};

const char* grant_keyword(GrantClass cls);  // "TABLE", "SEQUENCE", "FUNCTION" … as GRANT … ON writes it
const char* grant_noun(GrantClass cls);     // "table", "column" … as PostgreSQL's messages name it
// "table public.items", "column public.items.name", "default privileges of
// role app_owner on TABLES in schema app": the object, for messages.
std::string describe(const GrantObject& object);

// The privileges GRANT accepts on the class, in PostgreSQL's ACL order (ALL PRIVILEGES).
const std::vector<std::string>& valid_privileges(GrantClass cls);
// The same for an object; default privileges are those of the objects they are for.
const std::vector<std::string>& valid_privileges(const GrantObject& object);
// The class of the objects default privileges are for ("TABLES" → table).
GrantClass class_of_objects(const std::string& objects);
// The default privileges for `for`, as a GrantObject.
GrantObject default_privileges_object(const DefaultPrivilegesFor& key);

// Whether PostgreSQL gives `grantee` the privilege on a new object of the
// kind (PUBLIC: EXECUTE on functions, USAGE on types and on schema public).
bool default_privilege(const GrantObject& object, const std::string& grantee, const std::string& privilege);

// GRANT privilege ON object TO grantee [WITH GRANT OPTION], applied to its privileges.
void grant_privilege(Privileges& privileges, const GrantObject& object, const std::string& grantee,
                     const std::string& privilege, bool grant_option, const SourcePos& pos);
// REVOKE [GRANT OPTION FOR] privilege ON object FROM grantee.
void revoke_privilege(Privileges& privileges, const GrantObject& object, const std::string& grantee,
                      const std::string& privilege, bool grant_option_only, const SourcePos& pos);
// Adds one read from a live database (several grantors of one privilege merge).
void add_privilege(Privileges& privileges, Privilege p);

// Calls f(const GrantObject&, Privileges&) for every object that holds
// privileges: every schema (public included), table and its columns, view,
// sequence, function and type, whether it holds any or not; and the default
// privileges held (none is empty).
template <class S, class F>
void each_privileges(S& s, F&& f) {
  static_assert(std::is_same_v<std::remove_const_t<S>, Schema>);
  auto schema = [&](const std::string& name) {
    GrantObject o{GrantClass::schema, {"", name}, "", ""};
    if constexpr (std::is_const_v<S>) {
      static const Privileges kNone;
      auto it = s.schema_privileges.find(name);
      f(o, it == s.schema_privileges.end() ? kNone : it->second);
    } else {
      f(o, s.schema_privileges[name]);
    }
  };
  schema("public");
  for (auto& entry : s.schemas)
    if (entry.first != "public") schema(entry.first);
  for (auto& t : s.tables) {
    f(GrantObject{GrantClass::table, t.name, "", ""}, t.privileges);
    for (auto& c : t.columns) f(GrantObject{GrantClass::column, t.name, "", c.name}, c.privileges);
  }
  for (auto& v : s.views) f(GrantObject{GrantClass::table, v.name, "", ""}, v.privileges);
  for (auto& q : s.sequences) f(GrantObject{GrantClass::sequence, q.name, "", ""}, q.privileges);
  for (auto& fn : s.functions)
    f(GrantObject{fn.returns.empty() ? GrantClass::procedure : GrantClass::function, fn.name, fn.identity_args, ""},
      fn.privileges);
  for (auto& e : s.enums) f(GrantObject{GrantClass::type, e.name, "", ""}, e.privileges);
  for (auto& d : s.domains) f(GrantObject{GrantClass::type, d.name, "", ""}, d.privileges);
  for (auto& c : s.composite_types) f(GrantObject{GrantClass::type, c.name, "", ""}, c.privileges);
  for (auto& r : s.range_types) f(GrantObject{GrantClass::type, r.name, "", ""}, r.privileges);
  for (auto& [key, privileges] : s.default_privileges) f(default_privileges_object(key), privileges);
}

// The project's [privileges] roles: keeps the privileges of those grantees
// only, so that grants to any other role are neither compared nor revoked.
// With `refuse_others` (desired state), a privilege that a statement set for
// another grantee is an error at that statement: it would be silently ignored.
void keep_privileges_of(Schema& schema, const std::set<std::string>& roles, bool refuse_others);

// Removes the schema and default-privilege entries left with no privilege, so
// that a state read one way equals the same state read another.
void drop_empty_privileges(Schema& schema);

}  // namespace shale::model
