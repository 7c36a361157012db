// PostgreSQL desired-state SQL → model, without a database.
#pragma once
#include <string>
#include <vector>

#include "model/schema.hpp"

namespace shale::load::pg_sql {

struct SqlFile {
  std::string path;  // for error positions
  std::string text;
};

// Interprets the files in order, statement by statement. Throws UserError
// (file:line:col) on a syntax error, an unsupported statement or a statement
// that does not apply (ALTER of a missing table …).
model::Schema load(const std::vector<SqlFile>& files);

// Reads a .sql file, or every *.sql below a directory sorted by path.
std::vector<SqlFile> read_sql_path(const std::string& path);

}  // namespace shale::load::pg_sql
