// Resolves a state argument (--from / --to) into a schema model:
// postgres:// URL, sqlite:// file, .sql file or directory, dir://migrations.
#pragma once
#include <string>

#include "model/schema.hpp"

namespace shale::cli {

struct LoadedState {
  model::Schema schema;
  std::string label;  // for messages, with any password redacted
};

LoadedState load_state(const std::string& spec, const std::string& history_table = "shale_migrations");

// The *.up.sql files of a migration directory, sorted by version.
std::vector<std::string> up_files(const std::string& dir);

}  // namespace shale::cli
