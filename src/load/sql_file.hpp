// SQL text to load, and what it is: shared by the PostgreSQL and SQLite loaders.
#pragma once
#include <string>

namespace shale::load {

struct SqlFile {
  std::string path;  // for error positions
  std::string text;
};

// What the files are. Migrations may also hold statements with no effect on
// the schema (data changes, SET, VALIDATE CONSTRAINT) and NOT VALID
// constraints, which a desired state has no use for.
enum class Source { desired_state, migrations };

}  // namespace shale::load
