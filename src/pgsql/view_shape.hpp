// When a view may be changed with CREATE OR REPLACE VIEW: PostgreSQL accepts
// a new query only if it returns the old columns first, with the same names
// and types (https://www.postgresql.org/docs/15/sql-createview.html). shale
// proves it offline in the one way that needs no type inference: the new
// query is the old one with output columns appended.
#pragma once
#include "model/schema.hpp"

namespace shale::pgsql {

bool appends_columns(const model::Expr& old_query, const model::Expr& new_query);

}  // namespace shale::pgsql
