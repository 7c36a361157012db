// GRANT and REVOKE on tables, views, sequences, columns, schemas, functions,
// procedures and types, applied to the objects' privileges as PostgreSQL
// applies them to their ACLs (model/privileges.hpp). The roles are cluster
// objects: they are not checked here, and which of them shale compares is the
// project's [privileges] setting. ALTER DEFAULT PRIVILEGES is not modelled.
#include <algorithm>
#include <cctype>

#include "load/pg_sql/interpreter.hpp"
#include "model/privileges.hpp"
#include "pgsql/objects.hpp"
#include "pgsql/quote.hpp"
#include "util/ascii.hpp"

namespace shale::load::pg_sql {

using model::GrantClass;
using model::GrantObject;
using model::QName;
namespace pg = shale::pgsql;

namespace {}  // namespace

// The privileges of the object GRANT names, and its class; fails as
// PostgreSQL does when there is no such object.
std::vector<std::pair<GrantObject, model::Privileges*>> Interpreter::grant_targets(PgQuery__GrantStmt* s) {
  std::vector<std::pair<GrantObject, model::Privileges*>> out;
  auto relation = [&](const QName& n, bool sequences_only) {
    if (auto* q = find_sequence(n)) return out.push_back({{GrantClass::sequence, n, "", ""}, &q->privileges});
    // PostgreSQL names an identity column's sequence <table>_<column>_seq;
    // the model holds it as part of the column, without privileges.
    for (const auto& t : schema_.tables)
      for (const auto& c : t.columns)
        if (c.identity && t.name.schema == n.schema && n.name == t.name.name + "_" + c.name + "_seq")
          fail("shale does not model privileges on the sequence of identity column " + t.name.name + "." + c.name +
               " (INSERT needs none)");
    if (sequences_only) {
      if (tables_.count(n) || find_view(n)) fail("\"" + n.name + "\" is not a sequence");
      fail("relation \"" + n.name + "\" does not exist");
    }
    if (tables_.count(n)) return out.push_back({{GrantClass::table, n, "", ""}, &table(n).privileges});
    if (model::View* v = find_view(n)) return out.push_back({{GrantClass::table, n, "", ""}, &v->privileges});
    fail("relation \"" + n.name + "\" does not exist");
  };
  auto function = [&](const QName& n, const std::string& args, GrantClass cls) {
    std::vector<model::Function*> found;
    for (auto& f : schema_.functions)
      if (f.name == n && (args.empty() || f.identity_args == args)) found.push_back(&f);
    std::string what = cls == GrantClass::procedure ? "procedure" : "function";
    if (found.empty()) fail(what + " " + n.name + (args.empty() ? "" : args) + " does not exist");
    if (found.size() > 1) fail(what + " name \"" + n.name + "\" is not unique");
    model::Function& f = *found[0];
    GrantClass actual = f.returns.empty() ? GrantClass::procedure : GrantClass::function;
    if (cls != actual && s->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE)
      fail(n.name + f.identity_args + " is not a " + what);
    out.push_back({{actual, n, f.identity_args, ""}, &f.privileges});
  };
  auto schema_named = [&](const std::string& name) {
    if (name != "public" && !schema_.schemas.count(name)) fail("schema \"" + name + "\" does not exist");
  };
  auto cls_of = [&]() {
    switch (s->objtype) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: return GrantClass::table;
      case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: return GrantClass::sequence;
      case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
      case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE: return GrantClass::function;
      case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE: return GrantClass::procedure;
      case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
      case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: return GrantClass::type;
      case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: return GrantClass::schema;
      default:
        fail(std::string(s->is_grant ? "GRANT" : "REVOKE") + " on this kind of object is not supported" +
             (source_ == Source::migrations ? " in migration" : " in desired state"));
    }
  };
  GrantClass cls = cls_of();
  if (s->targtype == PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_ALL_IN_SCHEMA) {
    // ALL TABLES | SEQUENCES | FUNCTIONS | PROCEDURES | ROUTINES IN SCHEMA: those that exist now.
    for (size_t i = 0; i < s->n_objects; ++i) {
      std::string nsp = pg::string_value(s->objects[i]);
      schema_named(nsp);
      if (cls == GrantClass::table) {
        for (auto& t : schema_.tables)
          if (t.name.schema == nsp) out.push_back({{GrantClass::table, t.name, "", ""}, &t.privileges});
        for (auto& v : schema_.views)
          if (v.name.schema == nsp) out.push_back({{GrantClass::table, v.name, "", ""}, &v.privileges});
      } else if (cls == GrantClass::sequence) {
        for (auto& q : schema_.sequences)
          if (q.name.schema == nsp) out.push_back({{GrantClass::sequence, q.name, "", ""}, &q.privileges});
      } else {
        bool routines = s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE;
        for (auto& f : schema_.functions) {
          GrantClass actual = f.returns.empty() ? GrantClass::procedure : GrantClass::function;
          if (f.name.schema == nsp && (routines || actual == cls))
            out.push_back({{actual, f.name, f.identity_args, ""}, &f.privileges});
        }
      }
    }
    return out;
  }
  for (size_t i = 0; i < s->n_objects; ++i) {
    PgQuery__Node* o = s->objects[i];
    switch (cls) {
      case GrantClass::table:
      case GrantClass::sequence: relation(qname(o->range_var), cls == GrantClass::sequence); break;
      case GrantClass::function:
      case GrantClass::procedure: {
        auto* owa = o->object_with_args;
        function(qname(pg::string_list(owa->objname, owa->n_objname)), pg::identity_args(owa), cls);
        break;
      }
      case GrantClass::type: {
        auto names = pg::string_list(o->list->items, o->list->n_items);
        QName n = qname(names);
        model::Privileges* p = type_privileges(n);
        if (!p) fail("type \"" + names.back() + "\" does not exist");
        out.push_back({{GrantClass::type, n, "", ""}, p});
        break;
      }
      case GrantClass::schema: {
        std::string name = pg::string_value(o);
        schema_named(name);
        out.push_back({{GrantClass::schema, {"", name}, "", ""}, &schema_.schema_privileges[name]});
        break;
      }
      case GrantClass::column:
      case GrantClass::defaults: break;  // never named by GRANT
    }
  }
  return out;
}

model::Privileges* Interpreter::type_privileges(const QName& n) {
  for (auto& e : schema_.enums)
    if (e.name == n) return &e.privileges;
  for (auto& d : schema_.domains)
    if (d.name == n) return &d.privileges;
  for (auto& c : schema_.composite_types)
    if (c.name == n) return &c.privileges;
  for (auto& r : schema_.range_types)
    if (r.name == n) return &r.privileges;
  return nullptr;
}

model::Sequence* Interpreter::find_sequence(const QName& n) {
  for (auto& q : schema_.sequences)
    if (q.name == n) return &q;
  return nullptr;
}

void Interpreter::grant(PgQuery__GrantStmt* s) { apply_grant(s, grant_targets(s)); }

void Interpreter::alter_default_privileges(PgQuery__AlterDefaultPrivilegesStmt* s) {
  PgQuery__GrantStmt* g = s->action;
  std::vector<std::string> roles, schemas;
  for (size_t i = 0; i < s->n_options; ++i) {
    PgQuery__DefElem* d = s->options[i]->def_elem;
    PgQuery__List* list = d->arg->list;
    for (size_t j = 0; j < list->n_items; ++j) {
      if (std::string(d->defname) == "schemas") {
        schemas.push_back(pg::string_value(list->items[j]));
        continue;
      }
      PgQuery__RoleSpec* r = list->items[j]->role_spec;
      if (r->roletype != PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING)
        fail_at(loc(r->location),
                "FOR ROLE CURRENT_ROLE, CURRENT_USER or SESSION_USER is not supported; name the role");
      roles.push_back(r->rolename);
    }
  }
  // Without FOR ROLE the statement is for whoever runs it, which SQL files cannot know.
  if (roles.empty())
    fail("ALTER DEFAULT PRIVILEGES without FOR ROLE is not supported: name the role whose new objects it is for");
  std::string objects;
  switch (g->objtype) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: objects = "TABLES"; break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: objects = "SEQUENCES"; break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE: objects = "FUNCTIONS"; break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: objects = "TYPES"; break;
    default: objects = "SCHEMAS"; break;
  }
  if (objects == "SCHEMAS" && !schemas.empty()) fail("cannot use IN SCHEMA clause when using GRANT/REVOKE ON SCHEMAS");
  for (const auto& nsp : schemas)
    if (nsp != "public" && !schema_.schemas.count(nsp)) fail("schema \"" + nsp + "\" does not exist");
  if (schemas.empty()) schemas.push_back("");
  for (size_t i = 0; i < g->n_privileges; ++i)
    if (g->privileges[i]->access_priv->n_cols > 0) fail("default privileges cannot be set for columns");
  for (size_t i = 0; i < g->n_grantees; ++i) {
    PgQuery__RoleSpec* r = g->grantees[i]->role_spec;
    for (const auto& role : roles)
      if (r->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING && role == r->rolename)
        fail("shale does not model default privileges of role " + role + " on its own objects");
  }
  std::vector<std::pair<GrantObject, model::Privileges*>> targets;
  for (const auto& role : roles)
    for (const auto& nsp : schemas) {
      model::DefaultPrivilegesFor key{role, nsp, objects};
      targets.push_back({model::default_privileges_object(key), &schema_.default_privileges[key]});
    }
  apply_grant(g, targets);
  model::drop_empty_privileges(schema_);
}

void Interpreter::apply_grant(PgQuery__GrantStmt* s,
                              const std::vector<std::pair<GrantObject, model::Privileges*>>& targets) {
  if (s->grantor) fail("GRANTED BY is not supported");
  std::vector<std::string> grantees;
  for (size_t i = 0; i < s->n_grantees; ++i) {
    PgQuery__RoleSpec* r = s->grantees[i]->role_spec;
    if (r->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC) {
      if (s->is_grant && s->grant_option) fail("grant options can only be granted to roles");
      grantees.push_back("PUBLIC");
    } else if (r->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING) {
      grantees.push_back(r->rolename);
    } else {
      // CURRENT_USER and the like name whoever runs the SQL, which a desired state cannot know.
      fail_at(loc(r->location), "grantee CURRENT_ROLE, CURRENT_USER or SESSION_USER is not supported; name the role");
    }
  }
  SourcePos at = pos_at(statement_offset_);
  for (auto& [object, privileges] : targets) {
    // (privilege, columns): no privileges listed is ALL [PRIVILEGES].
    std::vector<std::pair<std::string, std::vector<std::string>>> wanted;
    for (size_t i = 0; i < s->n_privileges; ++i) {
      auto* p = s->privileges[i]->access_priv;
      std::string name = p->priv_name ? ascii_upper(p->priv_name) : "";
      wanted.push_back({name, pg::string_list(p->cols, p->n_cols)});
    }
    if (wanted.empty())
      for (const auto& p : model::valid_privileges(object)) wanted.push_back({p, {}});
    for (const auto& want : wanted) {
      // Plain references, not a structured binding: C++17 lets no lambda capture a binding.
      const std::string& privilege = want.first;
      const std::vector<std::string>& columns = want.second;
      if (!columns.empty() && object.cls != GrantClass::table) fail("column privileges are only valid for relations");
      GrantClass cls = !columns.empty()                     ? GrantClass::column
                       : object.cls == GrantClass::defaults ? model::class_of_objects(object.objects)
                                                            : object.cls;
      const auto& valid = model::valid_privileges(cls);
      if (privilege.empty() || std::find(valid.begin(), valid.end(), privilege) == valid.end())
        fail("invalid privilege type " + privilege + " for " +
             (cls == GrantClass::table ? "relation" : model::grant_noun(cls)));
      auto apply = [&](model::Privileges& ps, const GrantObject& o) {
        for (const auto& g : grantees) {
          if (s->is_grant)
            model::grant_privilege(ps, o, g, privilege, s->grant_option, at);
          else
            model::revoke_privilege(ps, o, g, privilege, s->grant_option, at);
        }
      };
      if (columns.empty()) {
        apply(*privileges, object);
        // REVOKE on a table takes the privilege away from its columns too.
        const auto& of_columns = model::valid_privileges(GrantClass::column);
        bool column_privilege = std::find(of_columns.begin(), of_columns.end(), privilege) != of_columns.end();
        if (!s->is_grant && column_privilege && object.cls == GrantClass::table && tables_.count(object.name))
          for (auto& c : table(object.name).columns) apply(c.privileges, {GrantClass::column, object.name, "", c.name});
        continue;
      }
      if (!tables_.count(object.name)) fail("column privileges on views are not supported");
      for (const auto& name : columns) {
        model::Column* c = table(object.name).column(name);
        if (!c) fail("column \"" + name + "\" of relation \"" + object.name.name + "\" does not exist");
        apply(c->privileges, {GrantClass::column, object.name, "", name});
      }
    }
  }
}

}  // namespace shale::load::pg_sql
