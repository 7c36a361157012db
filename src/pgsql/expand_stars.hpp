// `SELECT *` in a view, expanded as PostgreSQL expands it when the view is
// created: into the columns its FROM relations have at that moment, each
// qualified by the name the query gives its relation. pg_get_viewdef prints
// the expanded list, so the interpreter must hold the same to compare equal
// (and a column added to the table later is not in the view, as in PostgreSQL).
#pragma once
#include "pgsql/dependencies.hpp"
#include "pgsql/parse_tree.hpp"

namespace shale::pgsql {

// Rewrites the `*` and `x.*` of the target lists of `query` (a SELECT, and
// each arm of a UNION …) whose FROM holds only tables and views with known
// columns, joined without USING or NATURAL. Returns whether anything changed;
// a star it cannot expand is left as written.
bool expand_stars(PgQuery__Node* query, const Catalog& catalog, Arena& arena);

}  // namespace shale::pgsql
