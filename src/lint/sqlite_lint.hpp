// Lint for SQLite migrations. Statement rules read SQLite's tokens (the
// PostgreSQL parser does not know SQLite's dialect); change rules compare the
// in-memory replay of the migration directory before and after each file,
// which is how a table rebuild that drops or retypes a column is seen.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "lint/engine.hpp"

namespace shale::lint {

std::vector<Finding> sqlite_lint_text(const std::string& path, const std::string& text, const Options& options,
                                      const std::set<model::QName>* existed_before);

std::vector<Finding> sqlite_lint_directory(const std::vector<std::string>& up_paths, const Options& options,
                                           std::string* replay_note);

}  // namespace shale::lint
