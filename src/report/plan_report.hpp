// A plan (ordered changes) as SQL, text for a terminal, or JSON.
#pragma once
#include <string>
#include <vector>

#include "diff/change.hpp"

namespace shale::report {

// Only the SQL; empty when there is no change.
std::string plan_sql(const std::vector<diff::Change>& changes);
// Each change with its hazards and statements, and a summary line.
std::string plan_text(const std::vector<diff::Change>& changes, const std::string& from, const std::string& to);
// {"changes":[{"kind","table","hazards","statements"}],"summary":{…}}
std::string plan_json(const std::vector<diff::Change>& changes);

// snake_case name of a change kind ("add_column").
const char* kind_name(diff::ChangeKind kind);

}  // namespace shale::report
