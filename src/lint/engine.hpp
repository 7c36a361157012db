// Lints migration files: every rule over every statement, with the state of
// the file so far (which tables the file created, whether it runs outside a
// transaction, whether it set a lock timeout).
#pragma once
#include <map>
#include <set>

#include <string>
#include <vector>
#include "model/schema.hpp"

#include "lint/context.hpp"
#include "lint/finding.hpp"
#include "plan/plan.hpp"
#include "util/error.hpp"

namespace shale::lint {

struct Options {
  std::map<std::string, Severity> severities;       // from shale.toml [lint]; unknown ids are an error
  plan::Dialect dialect = plan::Dialect::postgres;  // of the files: whose rules and replay (dialect/dialect.hpp)
};

// Findings for one file, in statement order. Throws UserError on a syntax error.
std::vector<Finding> lint_file(const std::string& path, const Options& options);
// Findings for one file's text (path only names it, and locates its .down.sql).
// `carried`: what earlier files of a replayed directory established (indexes,
// CHECK (col IS NOT NULL) constraints, which this file's update); null for a
// lone file.
std::vector<Finding> lint_text(const std::string& path, const std::string& text, const Options& options,
                               const std::set<model::QName>* existed_before = nullptr, Carried* carried = nullptr);

// What `before`, the schema a file runs on, tells its rules (its indexes and
// column types); the CHECK (col IS NOT NULL) constraints are left as they are.
void carry_from(const model::Schema& before, Carried& carried);

// The migration directory's up files in version order: each file's
// statement rules, plus the change rules over the difference between the
// replayed state before and after it. When a migration cannot be replayed
// (a statement the interpreter does not model), change rules stop there
// and `replay_note` says why; statement rules go on.
std::vector<Finding> lint_directory(const std::vector<std::string>& up_paths, const Options& options,
                                    std::string* replay_note);

// The severity of the rule `id` for the project: its [lint] setting, else its default.
Severity severity_of(const Options& options, const std::string& id);

// shale.toml's [lint] table as severities, for the project's dialect; throws
// UserError for an unknown rule id, at its place in `positions` when given.
Options options_from_config(const std::map<std::string, std::string>& lint_table, const std::string& dialect,
                            const std::map<std::string, SourcePos>* positions = nullptr);

}  // namespace shale::lint
