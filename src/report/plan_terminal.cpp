#include "report/plan_terminal.hpp"

#include <sstream>

namespace shale::report {

namespace {
// SGR codes (ECMA-48): 1 bold, 31 red, 32 green, 33 yellow, 36 cyan.
struct Paint {
  bool on;
  std::string operator()(const char* code, const std::string& s) const {
    return on ? std::string("\033[") + code + "m" + s + "\033[0m" : s;
  }
};

const char* severity_color(lint::Severity s) {
  return s == lint::Severity::error ? "1;31" : s == lint::Severity::warning ? "1;33" : "1;36";
}

// Each line of `text` with `prefix` in front.
std::string indent(const std::string& text, const std::string& prefix) {
  std::string out;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) out += prefix + line + "\n";
  return out;
}

std::string diff_lines(const std::string& diff, const Paint& paint) {
  std::string out;
  std::istringstream lines(diff);
  for (std::string line; std::getline(lines, line);) {
    bool header = line.rfind("--- ", 0) == 0 || line.rfind("+++ ", 0) == 0;
    const char* code = header                     ? "1"
                       : line.rfind("@@", 0) == 0 ? "36"
                       : line[0] == '+'           ? "32"
                       : line[0] == '-'           ? "31"
                                                  : nullptr;
    out += "  " + (code ? paint(code, line) : line) + "\n";
  }
  return out;
}
}  // namespace

std::string plan_terminal(const PlanDocument& doc, bool color) {
  Paint paint{color};
  if (doc.summary.changes == 0) return "No changes: " + doc.from + " already matches " + doc.to + ".\n";
  const PlanSummary& s = doc.summary;
  std::string out = paint("1", "Plan: " + doc.from + " → " + doc.to) + "\n" + count_of(s.changes, "change") + " · " +
                    hazard_summary(s) + " · " + lint_summary(s.errors, s.warnings, s.infos) + "\n";
  std::string ranked = hazards_by_size_line(doc.groups);
  if (!ranked.empty()) out += ranked + "\n";
  for (const auto& group : doc.groups) {
    out += "\n" + paint("1", group.table.empty() ? "other" : "table " + group.table) +
           (group.size ? " (" + size_text(*group.size) + ")" : "") + "\n";
    for (const auto& change : group.changes) {
      out += indent(change.sql, "  ");
      for (diff::Hazard h : change.hazards)
        out += "    " + paint("33", std::string("⚠ hazard: ") + diff::hazard_id(h)) + " (" + diff::hazard_message(h) +
               ")\n";
      if (!change.locks.empty()) out += "    lock: " + change.locks + "\n";
      for (const auto& f : change.findings) {
        out += "    " +
               paint(severity_color(f.severity), std::string(lint::severity_name(f.severity)) + "[" + f.rule + "]") +
               ": " + f.message + "\n";
      }
    }
  }
  if (!doc.schema_diff.empty()) out += "\n" + paint("1", "Schema diff") + "\n" + diff_lines(doc.schema_diff, paint);
  return out;
}

}  // namespace shale::report
