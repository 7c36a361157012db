// Reads a SQLite database (a live file, or the in-memory database a desired
// state was executed in) into the model: sqlite_schema for the objects and
// their stored SQL, table_xinfo / foreign_key_list / index_list / index_xinfo /
// table_list for their structure, each as one bulk query over all tables.
#pragma once
#include <functional>
#include <string>

#include "model/schema.hpp"
#include "sqlite/database.hpp"
#include "util/error.hpp"

namespace shale::load::sqlite {

struct ReadOptions {
  std::string history_table = "shale_migrations";  // left out of the schema
  // Where a table was created, for errors about what its definition says
  // (a desired state knows; a live file does not).
  std::function<SourcePos(const std::string& table)> created_at = {};
};

model::Schema read_schema(shale::sqlite::Database& db, const ReadOptions& options = {});

// Canonical spelling of a declared type: upper case, single spaces, no
// spaces inside parentheses ("varchar( 50 )" → "VARCHAR(50)").
std::string canonical_type(const std::string& declared);

// An expression as the model keeps it: text to render, canonical form to compare.
model::Expr sqlite_expr(const std::string& text);

}  // namespace shale::load::sqlite
