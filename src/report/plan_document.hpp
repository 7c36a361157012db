// What the markdown and terminal reports of a plan show, gathered once so
// the two renderings cannot disagree: changes grouped by table with their
// SQL, hazards and lint findings, a summary, and the schema diff.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "lint/finding.hpp"
#include "plan/plan.hpp"

namespace shale::report {

struct ChangeEntry {
  std::string sql;  // the change's statements, each ending in ";\n"
  std::vector<diff::Hazard> hazards;
  // What its statements lock and do to the table, in one sentence ("" when
  // nothing that exists): "ACCESS EXCLUSIVE on public.users (blocks reads and writes); rewrites the table".
  std::string locks;
  std::vector<lint::Finding> findings;
};

struct TableGroup {
  std::string table;  // "public.users"; "" for changes that concern no table
  std::vector<ChangeEntry> changes;
};

struct PlanSummary {
  size_t changes = 0;
  std::map<std::string, int> hazards;  // by hazard id, sorted by id
  int errors = 0, warnings = 0, infos = 0;
};

struct PlanDocument {
  std::string from, to;           // state labels
  std::vector<TableGroup> groups;  // tables in plan order, the no-table group last
  PlanSummary summary;
  std::string schema_diff;  // unified diff of the canonical SQL; "" when equal
};

// `findings` holds one list per change of `plan` (review::lint_plan).
PlanDocument plan_document(const plan::Plan& plan, const std::vector<std::vector<lint::Finding>>& findings,
                           std::string from, std::string to, std::string schema_diff);

// "hazards: 1 deletes-data, 1 table-rewrite" or "no hazards".
std::string hazard_summary(const PlanSummary& s);
// "lint: 1 error, 2 warnings" or "lint: no findings".
std::string lint_summary(int errors, int warnings, int infos);
// "3 changes" / "1 change".
std::string count_of(size_t n, const std::string& singular);

}  // namespace shale::report
