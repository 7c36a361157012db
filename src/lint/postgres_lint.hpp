// Lint for PostgreSQL migrations: statement rules over libpg_query's parse
// tree, change rules over the offline replay before and after each file
// (lint/engine.cpp). dialect/postgres.cpp is how the lint engine reaches them.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "lint/engine.hpp"

namespace shale::lint {

std::vector<Finding> postgres_lint_text(const std::string& path, const std::string& text, const Options& options,
                                        const std::set<model::QName>* existed_before, Carried* carried);

std::vector<Finding> postgres_lint_directory(const std::vector<std::string>& up_paths, const Options& options,
                                             std::string* replay_note);

}  // namespace shale::lint
