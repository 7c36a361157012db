#include "report/plan_markdown.hpp"

#include "report/markdown.hpp"

namespace shale::report {

std::string markdown_summary(const PlanSummary& s) {
  return "**" + count_of(s.changes, "change") + "** · " + hazard_summary(s) + " · " +
         lint_summary(s.errors, s.warnings, s.infos);
}

std::string markdown_change_sections(const PlanDocument& doc, int level) {
  std::string heading(size_t(level), '#');
  std::string out;
  for (const auto& group : doc.groups) {
    out += heading + (group.table.empty() ? " Other" : " table " + md::code(group.table)) +
           (group.size ? " (" + size_text(*group.size) + ")" : "") + "\n\n";
    for (const auto& change : group.changes) {
      out += md::fence("sql", change.sql);
      std::string notes;
      for (diff::Hazard h : change.hazards)
        notes += "- ⚠️ hazard: **" + md::escape(diff::hazard_id(h)) + "**: " + md::escape(diff::hazard_message(h)) +
                 "\n";
      if (!change.locks.empty()) notes += "- 🔒 lock: " + md::escape(change.locks) + "\n";
      for (const auto& f : change.findings) notes += md::finding_item(f);
      out += (notes.empty() ? "" : "\n" + notes) + "\n";
    }
  }
  return out;
}

std::string markdown_schema_diff(const std::string& unified_diff) {
  if (unified_diff.empty()) return "";
  // The blank lines let GitHub render the fenced block inside the HTML element.
  return "<details><summary>Schema diff</summary>\n\n" + md::fence("diff", unified_diff) + "\n</details>\n";
}

std::string plan_markdown(const PlanDocument& doc) {
  if (doc.summary.changes == 0)
    return "**shale plan**: no changes — " + md::code(doc.from) + " already matches " + md::code(doc.to) + ".\n";
  std::string ranked = hazards_by_size_line(doc.groups);
  return "## shale plan: " + md::code(doc.from) + " → " + md::code(doc.to) + "\n\n" + markdown_summary(doc.summary) +
         (ranked.empty() ? "" : "\n\n" + md::escape(ranked)) + "\n\n" + markdown_change_sections(doc, 3) +
         markdown_schema_diff(doc.schema_diff);
}

}  // namespace shale::report
