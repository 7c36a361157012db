// Lints migration files: every rule over every statement, with the state of
// the file so far (which tables the file created, whether it runs outside a
// transaction, whether it set a lock timeout).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "lint/finding.hpp"

namespace shale::lint {

struct Options {
  std::map<std::string, Severity> severities;  // from shale.toml [lint]; unknown ids are an error
};

// Findings for one file, in statement order. Throws UserError on a syntax error.
std::vector<Finding> lint_file(const std::string& path, const Options& options);
// Findings for one file's text (path only names it, and locates its .down.sql).
std::vector<Finding> lint_text(const std::string& path, const std::string& text, const Options& options);

// shale.toml's [lint] table as severities; throws UserError for an unknown rule id.
Options options_from_config(const std::map<std::string, std::string>& lint_table);

}  // namespace shale::lint
