// A plan (ordered changes) as SQL or JSON; text and markdown are in
// plan_terminal.hpp and plan_markdown.hpp.
#pragma once
#include <string>
#include <vector>

#include "plan/plan.hpp"

namespace shale::report {

// Only the SQL, as a file to run by any runner (a SQLite table rebuild framed
// with foreign keys off, sqlite/fk_envelope.hpp); empty when there is no change.
// A plan of several steps (an online plan with CONCURRENTLY or VALIDATE)
// says where each step starts and whether it runs in a transaction.
std::string plan_sql(const plan::Plan& plan);
// {"changes":[{"kind","table","hazards","statements"}],"summary":{…}}
// With `from` (a live database), each change of a table says its size: "table_size": {"rows", "pages"}.
std::string plan_json(const plan::Plan& plan, const model::Schema* from = nullptr);

// snake_case name of a change kind ("add_column").
const char* kind_name(diff::ChangeKind kind);

}  // namespace shale::report
