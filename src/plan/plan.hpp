// A plan: the ordered Changes between two schemas and the SQL that carries
// them out in one dialect. Commands and reports work on plans so that they
// need not know which dialect rendered them.
#pragma once
#include <string>
#include <vector>

#include "diff/diff.hpp"
#include "render/postgres.hpp"

namespace shale::plan {

enum class Dialect { postgres, sqlite };

// "postgres" / "sqlite" as shale.toml spells them; anything else is a UserError.
Dialect dialect_named(const std::string& name);
const char* dialect_name(Dialect d);

struct Plan {
  Dialect dialect = Dialect::postgres;
  std::vector<diff::Change> changes;  // point into the two schemas, which must outlive the plan
  std::vector<render::RenderedStatement> statements;
  bool empty() const { return changes.empty(); }
};

// Diffs `from` → `to` and renders the result in `dialect`.
Plan make_plan(Dialect dialect, const model::Schema& from, const model::Schema& to, const diff::Renames& renames);

// The statements of one change.
std::vector<std::string> statements_of(const Plan& plan, size_t change_index);

// The plan as one script: statements separated by ";\n"; "" when empty.
std::string script(const Plan& plan);

// A statement of the plan ended with ";\n" so that the ";" ends it: SQLite
// keeps a view's or trigger's text as written, which may end in a line
// comment that would swallow a ";" on the same line.
std::string terminated(const Plan& plan, const std::string& sql);

}  // namespace shale::plan
