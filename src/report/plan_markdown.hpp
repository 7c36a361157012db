// A plan as markdown for a pull-request comment: summary, changes grouped by
// table with hazards and lint findings beside their SQL, and the schema diff.
#pragma once
#include <string>

#include "report/plan_document.hpp"

namespace shale::report {

std::string plan_markdown(const PlanDocument& doc);

// Pieces other reports embed (shale review shows a disagreement as a plan).
// "**3 changes** · hazards: … · lint: …"
std::string markdown_summary(const PlanSummary& s);
// One section per table, headings of `level` '#'s, then "Other".
std::string markdown_change_sections(const PlanDocument& doc, int level);
// The unified diff in a collapsible <details> block; "" for no diff.
std::string markdown_schema_diff(const std::string& unified_diff);

}  // namespace shale::report
