// What a definition refers to, found by walking its libpg_query parse tree:
// the offline counterpart of PostgreSQL's pg_depend (see
// https://www.postgresql.org/docs/15/catalog-pg-depend.html). The live reader
// reads pg_depend itself; the interpreter calls these when it creates an
// object, so that DROP, RENAME and the planner can follow the edges.
//
// Names resolve as PostgreSQL resolves them with the default search_path: an
// unqualified relation, function or type is looked up in "public" (built-in
// functions and types are not user objects and produce no edge).
#pragma once
#include <string>
#include <vector>

#include "model/schema.hpp"
#include "pgsql/parse_tree.hpp"

namespace shale::pgsql {

// The objects around a definition, as far as name resolution needs them.
class Catalog {
 public:
  virtual ~Catalog() = default;
  // True for a table or view of that name (a relation with columns).
  virtual bool has_columns(const model::QName& relation) const = 0;
  virtual bool column(const model::QName& relation, const std::string& name) const = 0;
  virtual std::vector<std::string> column_names(const model::QName& relation) const = 0;
  // A relation that has no columns to resolve (a sequence, an index).
  virtual bool other_relation(const model::QName& relation) const = 0;
  virtual bool function(const model::QName& name) const = 0;
  virtual bool enum_type(const model::QName& name) const = 0;
};

// A name a definition uses that does not exist, worded as PostgreSQL words it
// ("column \"x\" does not exist"); `location` is the node's offset in the
// parsed text, or -1.
struct Unresolved {
  std::string message;
  int32_t location = -1;
};

// Edges of a scalar expression on table `table` (a default, a generation
// expression, a CHECK, an index expression or predicate): its unqualified
// columns are the table's. Missing columns are appended to `missing`.
void expression_refs(PgQuery__Node* expr, const model::QName& table, const Catalog& catalog, model::Refs& out,
                     std::vector<Unresolved>* missing);

// Edges of a query (a view's SELECT): every relation in it, the columns it
// uses (through aliases; `*` uses every column), functions and types.
void query_refs(PgQuery__Node* query, const Catalog& catalog, model::Refs& out, std::vector<Unresolved>* missing);

// The output column names of a query, as PostgreSQL names a view's columns
// (FigureColname: the alias, else the column or function name, else
// "?column?"); `*` expands through the catalog.
std::vector<std::string> query_columns(PgQuery__Node* query, const Catalog& catalog);

// The edge a type name makes: a user enum, or a table's row type. Types that
// are neither (built-in, extension) make none.
void type_refs(const PgQuery__TypeName* type, const Catalog& catalog, model::Refs& out);

// Edges of a CREATE FUNCTION: argument and return types, and the relations a
// LANGUAGE sql body uses where it parses.
void function_refs(PgQuery__CreateFunctionStmt* fn, const Catalog& catalog, model::Refs& out);

// Edges of a CREATE TRIGGER: its function, the columns of UPDATE OF and WHEN.
void trigger_refs(PgQuery__CreateTrigStmt* trigger, const model::QName& table, const Catalog& catalog,
                  model::Refs& out);

// The relation named by a regclass literal ('"My Seq"', 'app.seq'), as
// nextval('…'::regclass) holds it.
model::QName regclass_name(const std::string& text);

// An unqualified name is in "public".
model::QName qualified(const std::vector<std::string>& names);

// The enum a column type text ("public.mood", "mood[]") names, if any.
bool enum_of_type_text(const std::string& type, const Catalog& catalog, model::QName& out);

}  // namespace shale::pgsql
