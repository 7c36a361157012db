// A plan (ordered changes) as SQL, text for a terminal, or JSON.
#pragma once
#include <string>
#include <vector>

#include "plan/plan.hpp"

namespace shale::report {

// Only the SQL; empty when there is no change.
std::string plan_sql(const plan::Plan& plan);
// Each change with its hazards and statements, and a summary line.
std::string plan_text(const plan::Plan& plan, const std::string& from, const std::string& to);
// {"changes":[{"kind","table","hazards","statements"}],"summary":{…}}
std::string plan_json(const plan::Plan& plan);

// snake_case name of a change kind ("add_column").
const char* kind_name(diff::ChangeKind kind);

}  // namespace shale::report
