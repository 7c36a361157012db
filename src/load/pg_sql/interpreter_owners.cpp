// ALTER TABLE / VIEW / MATERIALIZED VIEW / SEQUENCE / FUNCTION / PROCEDURE /
// TYPE / DOMAIN / SCHEMA … OWNER TO, and CREATE SCHEMA … AUTHORIZATION: the
// owner they name is recorded on the object (model `owner`), in desired state
// and in migrations. The diff compares owners only when the project asks for
// it ([owners] compare, docs/comparison.md "Owners"); an object whose SQL
// names no owner keeps "" (any owner).
#include <algorithm>

#include "load/pg_sql/interpreter.hpp"
#include "pgsql/objects.hpp"
#include "pgsql/quote.hpp"
#include "pgsql/type_names.hpp"

namespace shale::load::pg_sql {

using model::QName;
namespace pg = shale::pgsql;

// The role an OWNER TO or AUTHORIZATION names. CURRENT_USER and its kin are
// whoever runs the SQL, which the model cannot know offline.
std::string Interpreter::owner_role(const PgQuery__RoleSpec* role) const {
  if (role->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING) return role->rolename;
  if (role->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC)
    fail_at(loc(role->location), "role \"public\" does not exist");
  fail_at(loc(role->location),
          "an owner must be a role named by its name (CURRENT_USER, CURRENT_ROLE and SESSION_USER "
          "depend on who runs the SQL)");
}

// PostgreSQL changes the owner of a table's sequences (serial and identity)
// with it; a sequence linked to a table cannot be given another owner alone.
void Interpreter::set_table_owner(model::Table& t, const PgQuery__RoleSpec* role) {
  t.owner = owner_role(role);
  for (auto& q : schema_.sequences)
    if (q.name.schema == t.name.schema && q.owned_by_table == t.name.name) q.owner = t.owner;
}

bool Interpreter::owner_change(PgQuery__AlterTableStmt* s) {
  if (s->n_cmds == 0) return false;
  for (size_t i = 0; i < s->n_cmds; ++i)
    if (s->cmds[i]->alter_table_cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner) return false;
  const PgQuery__RoleSpec* role = s->cmds[s->n_cmds - 1]->alter_table_cmd->newowner;
  QName name = qname(s->relation);
  auto table = tables_.find(name);
  model::View* view = find_view(name);
  auto sequence = std::find_if(schema_.sequences.begin(), schema_.sequences.end(),
                               [&](const model::Sequence& q) { return q.name == name; });
  bool is_sequence = sequence != schema_.sequences.end();
  if (table == tables_.end() && !view && !is_sequence) {
    if (s->missing_ok) return true;
    bool qualified = s->relation->schemaname && *s->relation->schemaname;
    fail("relation \"" + (qualified ? name.schema + "." : "") + name.name + "\" does not exist");
  }
  // ALTER TABLE names any of them; the others name their own kind (RangeVarCallbackForAlterRelation).
  auto is_not = [&](const char* what) { fail("\"" + name.name + "\" is not " + what); };
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE && !is_sequence) is_not("a sequence");
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW && !(view && !view->materialized)) is_not("a view");
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW && !(view && view->materialized))
    is_not("a materialized view");
  if (table != tables_.end()) {
    set_table_owner(schema_.tables[table->second], role);
  } else if (view) {
    view->owner = owner_role(role);
  } else {
    std::string owner = owner_role(role);
    if (!sequence->owned_by_table.empty()) {
      const model::Table* t = schema_.table(QName{name.schema, sequence->owned_by_table});
      if (!t || t->owner != owner)
        fail("cannot change owner of sequence \"" + name.name + "\" (it is linked to table \"" +
             sequence->owned_by_table + "\"; change the table's owner)");
    }
    sequence->owner = owner;
  }
  return true;
}

void Interpreter::alter_owner(PgQuery__AlterOwnerStmt* s) {
  std::string owner = owner_role(s->newowner);
  switch (s->object_type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
      std::string name = pg::string_value(s->object);
      if (name != "public" && !schema_.schemas.count(name)) fail("schema \"" + name + "\" does not exist");
      schema_.schema_owners[name] = owner;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: {
      auto names = pg::string_list(s->object->list->items, s->object->list->n_items);
      QName n = qname(names);
      bool domain_only = s->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN;
      for (auto& d : schema_.domains)
        if (d.name == n) return void(d.owner = owner);
      if (!enum_type(n)) fail("type \"" + names.back() + "\" does not exist");
      // format_type_be: qualified outside the search path (public).
      if (domain_only)
        fail((n.schema == "public" ? pg::quote_ident(n.name) : pg::quote_qualified(n.schema, n.name)) +
             " is not a domain");
      for (auto& e : schema_.enums)
        if (e.name == n) return void(e.owner = owner);
      for (auto& c : schema_.composite_types)
        if (c.name == n) return void(c.owner = owner);
      for (auto& r : schema_.range_types)
        if (r.name == n) return void(r.owner = owner);
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE: {
      auto* owa = s->object->object_with_args;
      QName fn = qname(pg::string_list(owa->objname, owa->n_objname));
      std::string args = pg::identity_args(owa);
      std::vector<model::Function*> matches;
      for (auto& f : schema_.functions)
        if (f.name == fn && (args.empty() || f.identity_args == args)) matches.push_back(&f);
      if (matches.empty()) fail("function " + fn.name + args + " does not exist");
      if (matches.size() > 1) fail("function name \"" + fn.name + "\" is not unique");
      matches[0]->owner = owner;
      return;
    }
    default:
      fail("unsupported ALTER … OWNER TO" +
           std::string(source_ == Source::migrations ? " in migration" : " in desired state"));
  }
}

}  // namespace shale::load::pg_sql
