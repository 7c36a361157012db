// Rewrites stored definitions after a RENAME, through their parse trees, as
// PostgreSQL's stored (analysed) definitions follow a renamed object by OID
// and SQLite's alter.c rewrites the CREATE text of every object that names it.
// Text substitution would also rename a string literal or another table's
// column of the same name; the tree knows which name is which.
#pragma once
#include <string>

#include "model/schema.hpp"
#include "pgsql/parse_tree.hpp"

namespace shale::pgsql {

struct Renaming {
  enum class Kind { relation, column, type, function, schema };
  Kind kind = Kind::relation;
  model::QName target;   // the relation (column: its table), type or function; schema: {old name, ""}
  std::string column;    // Kind::column: the old column name
  std::string new_name;  // new relation, column, type, function or schema name (same schema)
};

// Each returns the definition with the renamed object's new name, or the old
// text unchanged when it does not name it. `table` is the table that owns the
// definition (a CHECK, default, index or trigger), whose unqualified column
// references are its own; a query resolves names through its FROM list.
// Kinds of text: a scalar expression, a query, a table constraint
// ("CHECK (…)", "FOREIGN KEY …"), a whole CREATE statement.
std::string rename_in_expression(const std::string& expr, const Renaming& r, const model::QName& table);
std::string rename_in_query(const std::string& query, const Renaming& r);
std::string rename_in_constraint(const std::string& definition, const Renaming& r, const model::QName& table);
std::string rename_in_statement(const std::string& sql, const Renaming& r, const model::QName& table);

// A CREATE INDEX statement under another index name.
std::string with_index_name(const std::string& create_index, const std::string& name);

// Renames matching edges in place.
void rename_refs(model::Refs& refs, const Renaming& r);

}  // namespace shale::pgsql
