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

// How a PostgreSQL plan is written (shale.toml [diff], docs/online.md).
struct Options {
  bool online = false;            // online forms of changes to tables that hold rows
  bool compare_owners = false;    // [owners] compare: plan ALTER … OWNER TO
  std::string lock_timeout;       // SET at the top of each transactional step of an online plan; "" = not set
  std::string statement_timeout;  // likewise
};

struct Plan {
  Dialect dialect = Dialect::postgres;
  Options options;
  std::vector<diff::Change> changes;  // point into the two schemas, which must outlive the plan
  std::vector<render::RenderedStatement> statements;
  bool empty() const { return changes.empty(); }
};

// Diffs `from` → `to` and renders the result in `dialect` (options: PostgreSQL only).
Plan make_plan(Dialect dialect, const model::Schema& from, const model::Schema& to, const diff::Renames& renames,
               const Options& options = {});

// A run of changes [begin, end) applied together: in one transaction, or
// alone outside any (CREATE INDEX CONCURRENTLY …). A plan splits where a
// change must run outside a transaction, or must follow the commit of the
// change it completes (VALIDATE after ADD … NOT VALID) or of an enum value it
// uses (ADD VALUE); any other plan is one step.
struct Step {
  size_t begin = 0, end = 0;
  bool outside_transaction = false;
};
std::vector<Step> steps(const Plan& plan);

// The changes of one step as a plan of their own, rendered again so that each
// carries the session settings it needs.
Plan step_plan(const Plan& plan, const Step& step);

// The statements of one change.
std::vector<std::string> statements_of(const Plan& plan, size_t change_index);

// The plan as one script: statements separated by ";\n"; "" when empty.
std::string script(const Plan& plan);

// A statement of the plan ended with ";\n" so that the ";" ends it: SQLite
// keeps a view's or trigger's text as written, which may end in a line
// comment that would swallow a ";" on the same line.
std::string terminated(const Plan& plan, const std::string& sql);

}  // namespace shale::plan
