// CREATE TYPE … AS (…) and ALTER TYPE … ADD | DROP | ALTER ATTRIBUTE, RENAME
// ATTRIBUTE, applied as PostgreSQL applies them (commands/typecmds.c
// DefineCompositeType; tablecmds.c for the ALTER TYPE forms).
#include <algorithm>

#include "load/pg_sql/interpreter.hpp"
#include "pgsql/quote.hpp"
#include "pgsql/type_names.hpp"

namespace shale::load::pg_sql {

using model::QName;
namespace pg = shale::pgsql;

namespace {
const char* kDefaultSchema = "public";
}  // namespace

bool Interpreter::composite_type(const QName& name) const {
  return std::any_of(schema_.composite_types.begin(), schema_.composite_types.end(),
                     [&](auto& c) { return c.name == name; });
}

model::CompositeType& Interpreter::composite(const QName& name) {
  for (auto& c : schema_.composite_types)
    if (c.name == name) return c;
  fail("type " + pg::quote_qualified(name.schema, name.name) + " does not exist");
}

model::CompositeAttribute Interpreter::composite_attribute(model::CompositeType& c, PgQuery__ColumnDef* def) {
  for (const auto& a : c.attributes)
    if (a.name == def->colname)
      fail_at(loc(def->location), "column " + pg::quote_ident(def->colname) + " of relation " +
                                      pg::quote_ident(c.name.name) + " already exists");
  if (def->n_constraints)
    fail_at(loc(def->location), "constraints are not allowed on the attributes of a composite type");
  model::CompositeAttribute a;
  a.name = def->colname;
  try {
    a.type = pg::canonical_type(def->type_name, kDefaultSchema);
  } catch (const UserError& e) {
    fail_at(loc(def->location), e.what());
  }
  if (def->coll_clause) a.collation = pg::string_list(def->coll_clause->collname, def->coll_clause->n_collname).back();
  pg::type_refs(def->type_name, *this, c.depends_on);
  return a;
}

// The edges again from the attribute types (after one is dropped or retyped).
void Interpreter::composite_refs(model::CompositeType& c) {
  c.depends_on.clear();
  for (const auto& a : c.attributes) {
    auto parsed = pg::ParsedSql::parse("CREATE DOMAIN x AS " + a.type, "<composite>");
    pg::type_refs(parsed->statements().at(0).node->create_domain_stmt->type_name, *this, c.depends_on);
  }
}

void Interpreter::create_composite(PgQuery__CompositeTypeStmt* s) {
  model::CompositeType c;
  c.name = qname(s->typevar);
  c.pos = pos_at(statement_offset_);
  check_new_type_name(c.name);
  claim_relation(c.name.schema, c.name.name);  // its row type has a pg_class entry
  for (size_t i = 0; i < s->n_coldeflist; ++i)
    c.attributes.push_back(composite_attribute(c, s->coldeflist[i]->column_def));
  schema_.composite_types.push_back(std::move(c));
}

// ALTER TYPE t ADD | DROP | ALTER ATTRIBUTE (libpg_query: an AlterTableStmt of OBJECT_TYPE).
void Interpreter::alter_composite(PgQuery__AlterTableStmt* s) {
  model::CompositeType& c = composite(qname(s->relation));
  for (size_t i = 0; i < s->n_cmds; ++i) {
    PgQuery__AlterTableCmd* cmd = s->cmds[i]->alter_table_cmd;
    auto attribute = [&]() {
      auto it = std::find_if(c.attributes.begin(), c.attributes.end(), [&](auto& a) { return a.name == cmd->name; });
      if (it == c.attributes.end() && !cmd->missing_ok)
        fail("column " + pg::quote_ident(cmd->name) + " of relation " + pg::quote_ident(c.name.name) +
             " does not exist");
      return it;
    };
    switch (cmd->subtype) {
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
        c.attributes.push_back(composite_attribute(c, cmd->def->column_def));
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn: {
        auto it = attribute();
        if (it != c.attributes.end()) c.attributes.erase(it);
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
        auto it = attribute();
        if (it == c.attributes.end()) break;
        // PostgreSQL refuses while a table stores values of the type (find_composite_type_dependencies).
        for (const auto& t : schema_.tables)
          for (const auto& col : t.columns)
            if (std::any_of(col.depends_on.begin(), col.depends_on.end(),
                            [&](auto& r) { return r.kind == model::RefKind::type && r.name == c.name; }))
              fail("cannot alter type \"" + c.name.name + "\" because column \"" + t.name.name + "." + col.name +
                   "\" uses it");
        PgQuery__ColumnDef* def = cmd->def->column_def;
        try {
          it->type = pg::canonical_type(def->type_name, kDefaultSchema);
        } catch (const UserError& e) {
          fail(e.what());
        }
        it->collation =
            def->coll_clause ? pg::string_list(def->coll_clause->collname, def->coll_clause->n_collname).back() : "";
        break;
      }
      default: fail("unsupported ALTER TYPE");
    }
  }
  composite_refs(c);
}

void Interpreter::rename_attribute(const QName& type, const std::string& from, const std::string& to) {
  model::CompositeType& c = composite(type);
  auto it = std::find_if(c.attributes.begin(), c.attributes.end(), [&](auto& a) { return a.name == from; });
  if (it == c.attributes.end()) fail("column " + pg::quote_ident(from) + " does not exist");
  if (std::any_of(c.attributes.begin(), c.attributes.end(), [&](auto& a) { return a.name == to; }))
    fail("column " + pg::quote_ident(to) + " of relation " + pg::quote_ident(c.name.name) + " already exists");
  it->name = to;
}

}  // namespace shale::load::pg_sql
