// SQL text to load, and what it is: shared by the PostgreSQL and SQLite loaders.
#pragma once
#include <string>
#include <vector>

namespace shale::load {

struct SqlFile {
  std::string path;  // for error positions
  std::string text;
};

// What the files are. Migrations may also hold statements with no effect on
// the schema (data changes, SET, VALIDATE CONSTRAINT) and NOT VALID
// constraints, which a desired state has no use for.
enum class Source { desired_state, migrations };

// Reads a .sql file, or every *.sql below a directory sorted by path.
std::vector<SqlFile> read_sql_path(const std::string& path);

}  // namespace shale::load
