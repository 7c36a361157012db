#include "report/review_report.hpp"

#include <nlohmann/json.hpp>

#include "report/markdown.hpp"
#include "report/plan_markdown.hpp"

namespace shale::report {

using nlohmann::json;

namespace {
std::string summary_line(const ReviewDocument& doc) {
  std::string out = "**" + count_of(doc.added.size(), "new migration") + "** · " +
                    lint_summary(doc.count(lint::Severity::error), doc.count(lint::Severity::warning),
                                 doc.count(lint::Severity::info));
  size_t edits = doc.edited.size() + doc.removed.size();
  if (edits > 0) out += " · ❌ " + count_of(edits, "migration") + " of history changed";
  if (!doc.integrity_error.empty()) out += " · ❌ shale.sum does not match";
  out += doc.agree() ? " · ✅ migrations build " + md::code(doc.schema)
                     : " · ❌ migrations and " + md::code(doc.schema) + " disagree";
  return out + "\n";
}

std::string history_section(const ReviewDocument& doc) {
  if (doc.edited.empty() && doc.removed.empty()) return "";
  std::string out = "### ❌ Migration history changed\n\nThese files are already on " + md::code(doc.base) +
                    "; databases may have run them, so change the schema with a new migration instead:\n\n";
  for (const auto& p : doc.edited) out += "- edited " + md::code(p) + "\n";
  for (const auto& p : doc.removed) out += "- removed " + md::code(p) + "\n";
  return out + "\n";
}

std::string new_migrations_section(const ReviewDocument& doc) {
  if (doc.added.empty()) return "No new migrations.\n\n";
  std::string out = "### New migrations\n\n";
  for (const auto& m : doc.added) {
    if (m.up_path.empty()) {  // a down file added to a migration already on base
      out += "#### " + md::code(m.down_path) + "\n\n" + md::fence("sql", m.down_sql) + "\n";
      continue;
    }
    out += "#### " + md::code(m.up_path) + "\n\n" + md::fence("sql", m.up_sql);
    if (!m.findings.empty()) {
      out += "\n";
      for (const auto& f : m.findings) out += md::finding_item(f, true);
    }
    out += "\n";
    if (!m.down_path.empty())
      out += "<details><summary>down: " + md::html_code(m.down_path) + "</summary>\n\n" + md::fence("sql", m.down_sql) +
             "\n</details>\n\n";
  }
  return out;
}

std::string agreement_section(const ReviewDocument& doc) {
  if (doc.agree()) return "";
  return "### ❌ Migrations and schema disagree\n\nReplaying " + md::code(doc.migrations) + " does not give " +
         md::code(doc.schema) + "; this is what is missing (`shale diff NAME` writes it as a migration):\n\n" +
         markdown_summary(doc.disagreement.summary) + "\n\n" + markdown_change_sections(doc.disagreement, 4);
}

json finding_json(const lint::Finding& f) {
  return {{"rule", f.rule},          {"severity", lint::severity_name(f.severity)},
          {"file", f.file},          {"line", f.line},
          {"column", f.column},      {"message", f.message},
          {"statement", f.statement}};
}
}  // namespace

std::string review_markdown(const ReviewDocument& doc) {
  std::string out = "## shale review against " + md::code(doc.base) + "\n\n" + summary_line(doc) + "\n";
  if (!doc.integrity_error.empty())
    out += "### ❌ shale.sum does not match\n\n" + md::fence("", doc.integrity_error + "\n") +
           "\nCheck the migration files, then run `shale hash`.\n\n";
  if (!doc.replay_note.empty()) out += "> note: " + md::escape(doc.replay_note) + "\n\n";
  out += history_section(doc) + new_migrations_section(doc) + agreement_section(doc);
  if (!doc.schema_diff.empty())
    out += markdown_schema_diff(doc.schema_diff);
  else
    out += "The migrations build the same schema as on " + md::code(doc.base) + ".\n";
  return out;
}

std::string review_json(const ReviewDocument& doc) {
  json added = json::array(), findings = json::array(), changes = json::array();
  for (const auto& m : doc.added) {
    added.push_back({{"up", m.up_path.empty() ? json(nullptr) : json(m.up_path)},
                     {"down", m.down_path.empty() ? json(nullptr) : json(m.down_path)}});
    for (const auto& f : m.findings) findings.push_back(finding_json(f));
  }
  for (const auto& group : doc.disagreement.groups)
    for (const auto& c : group.changes) {
      json change_findings = json::array();
      // Lines of the plan's script mean nothing to a reader; the statement says where.
      for (const auto& f : c.findings)
        change_findings.push_back({{"rule", f.rule},
                                   {"severity", lint::severity_name(f.severity)},
                                   {"message", f.message},
                                   {"statement", f.statement}});
      changes.push_back({{"table", group.table.empty() ? json(nullptr) : json(group.table)},
                         {"sql", c.sql},
                         {"hazards", diff::hazard_ids(c.hazards)},
                         {"locks", c.locks},
                         {"findings", change_findings}});
    }
  json out;
  out["base"] = doc.base;
  out["migrations"] = {{"added", added}, {"edited", doc.edited}, {"removed", doc.removed}};
  out["findings"] = findings;
  out["integrity_error"] = doc.integrity_error.empty() ? json(nullptr) : json(doc.integrity_error);
  out["replay_note"] = doc.replay_note.empty() ? json(nullptr) : json(doc.replay_note);
  out["schema_diff"] = doc.schema_diff;
  out["agreement"] = {{"agree", doc.agree()}, {"changes", changes}};
  out["summary"] = {{"new_migrations", doc.added.size()},
                    {"errors", doc.count(lint::Severity::error)},
                    {"warnings", doc.count(lint::Severity::warning)},
                    {"infos", doc.count(lint::Severity::info)},
                    {"history_changes", doc.edited.size() + doc.removed.size()},
                    {"agree", doc.agree()},
                    {"failed", doc.failed()}};
  return out.dump(2);
}

}  // namespace shale::report
