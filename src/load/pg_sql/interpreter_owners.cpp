// ALTER TABLE / VIEW / SEQUENCE / FUNCTION / PROCEDURE / TYPE / SCHEMA … OWNER TO.
// The model holds no owners and plans none (docs/design.md, "Desired-state
// SQL"): the statement is accepted, in desired state and in migrations, once
// its object is known to exist, and changes nothing.
#include <algorithm>

#include "load/pg_sql/interpreter.hpp"
#include "pgsql/objects.hpp"
#include "pgsql/quote.hpp"
#include "pgsql/type_names.hpp"

namespace shale::load::pg_sql {

using model::QName;
namespace pg = shale::pgsql;

bool Interpreter::owner_change(PgQuery__AlterTableStmt* s) {
  if (s->n_cmds == 0) return false;
  for (size_t i = 0; i < s->n_cmds; ++i)
    if (s->cmds[i]->alter_table_cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner) return false;
  QName name = qname(s->relation);
  bool exists = tables_.count(name) > 0 ||
                std::any_of(schema_.views.begin(), schema_.views.end(), [&](const model::View& v) { return v.name == name; }) ||
                std::any_of(schema_.sequences.begin(), schema_.sequences.end(), [&](const model::Sequence& q) { return q.name == name; });
  if (!exists && !s->missing_ok) {
    bool qualified = s->relation->schemaname && *s->relation->schemaname;
    fail("relation \"" + (qualified ? name.schema + "." : "") + name.name + "\" does not exist");
  }
  return true;
}

void Interpreter::alter_owner(PgQuery__AlterOwnerStmt* s) {
  switch (s->object_type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
      std::string name = pg::string_value(s->object);
      if (name != "public" && !schema_.schemas.count(name)) fail("schema \"" + name + "\" does not exist");
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: {
      auto names = pg::string_list(s->object->list->items, s->object->list->n_items);
      QName n = qname(names);
      if (!enum_type(n)) fail("type \"" + names.back() + "\" does not exist");
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE: {
      auto* owa = s->object->object_with_args;
      QName fn = qname(pg::string_list(owa->objname, owa->n_objname));
      std::string args = pg::identity_args(owa);
      bool exists = std::any_of(schema_.functions.begin(), schema_.functions.end(), [&](const model::Function& f) {
        return f.name == fn && (args.empty() || f.identity_args == args);
      });
      if (!exists) fail("function " + fn.name + args + " does not exist");
      return;
    }
    default: fail("unsupported ALTER … OWNER TO" + std::string(source_ == Source::migrations ? " in migration" : " in desired state"));
  }
}

}  // namespace shale::load::pg_sql
