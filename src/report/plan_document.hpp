// What the markdown and terminal reports of a plan show, gathered once so
// the two renderings cannot disagree: changes grouped by table with their
// SQL, hazards and lint findings, a summary, and the schema diff.
#pragma once
#include <map>
#include <string>
#include <vector>

#include <optional>
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
  std::optional<model::TableSize> size;  // from a live --from database
};

// "~80 rows, 1 page" / "~12.4M rows, 151 k pages" / "never analysed, 3 pages".
std::string size_text(const model::TableSize& size);

// The table groups with hazards and a known size, the largest first: a
// rewrite of 80 rows is not a rewrite of 80 million.
std::vector<const TableGroup*> hazards_by_size(const std::vector<TableGroup>& groups);
// "hazards by table size: public.events (~80M rows, 1.2M pages: table-rewrite), …"; "" when no size is known.
std::string hazards_by_size_line(const std::vector<TableGroup>& groups);

struct PlanSummary {
  size_t changes = 0;
  std::map<std::string, int> hazards;  // by hazard id, sorted by id
  int errors = 0, warnings = 0, infos = 0;
};

struct PlanDocument {
  std::string from, to;            // state labels
  std::vector<TableGroup> groups;  // tables in plan order, the no-table group last
  PlanSummary summary;
  std::string schema_diff;  // unified diff of the canonical SQL; "" when equal
};

// `findings` holds one list per change of `plan` (review::lint_plan);
// `from` is the schema the plan starts from (its tables' sizes are shown).
PlanDocument plan_document(const plan::Plan& plan, const std::vector<std::vector<lint::Finding>>& findings,
                           const model::Schema& from, std::string from_label, std::string to_label,
                           std::string schema_diff);

// "hazards: 1 deletes-data, 1 table-rewrite" or "no hazards".
std::string hazard_summary(const PlanSummary& s);
// "lint: 1 error, 2 warnings" or "lint: no findings".
std::string lint_summary(int errors, int warnings, int infos);
// "3 changes" / "1 change".
std::string count_of(size_t n, const std::string& singular);

}  // namespace shale::report
