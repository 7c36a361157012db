#include "report/plan_document.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "plan/plan_locks.hpp"

namespace shale::report {

std::string count_of(size_t n, const std::string& singular) {
  return std::to_string(n) + " " + singular + (n == 1 ? "" : "s");
}

std::string hazard_summary(const PlanSummary& s) {
  if (s.hazards.empty()) return "no hazards";
  std::string out = "hazards: ";
  bool first = true;
  for (const auto& [kind, n] : s.hazards) {
    out += (first ? "" : ", ") + std::to_string(n) + " " + kind;
    first = false;
  }
  return out;
}

std::string lint_summary(int errors, int warnings, int infos) {
  std::string out;
  auto add = [&](int n, const char* what) {
    if (n > 0) out += (out.empty() ? "" : ", ") + count_of(size_t(n), what);
  };
  add(errors, "error");
  add(warnings, "warning");
  add(infos, "info");
  return "lint: " + (out.empty() ? std::string("no findings") : out);
}

std::string size_text(const model::TableSize& size) {
  auto count = [](int64_t n) {
    char buf[32];
    if (n >= 10'000'000)
      std::snprintf(buf, sizeof buf, "%.0fM", double(n) / 1e6);
    else if (n >= 1'000'000)
      std::snprintf(buf, sizeof buf, "%.1fM", double(n) / 1e6);
    else if (n >= 10'000)
      std::snprintf(buf, sizeof buf, "%.0fk", double(n) / 1e3);
    else
      std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(n));
    return std::string(buf);
  };
  std::string rows = size.rows < 0 ? "never analysed" : "~" + count(size.rows) + " row" + (size.rows == 1 ? "" : "s");
  return rows + ", " + count(size.pages) + " page" + (size.pages == 1 ? "" : "s");
}

std::vector<const TableGroup*> hazards_by_size(const std::vector<TableGroup>& groups) {
  std::vector<const TableGroup*> out;
  for (const auto& g : groups)
    if (g.size &&
        std::any_of(g.changes.begin(), g.changes.end(), [](const ChangeEntry& c) { return !c.hazards.empty(); }))
      out.push_back(&g);
  // Pages when rows were never counted: both grow with the table.
  std::stable_sort(out.begin(), out.end(), [](const TableGroup* a, const TableGroup* b) {
    return std::make_pair(a->size->rows, a->size->pages) > std::make_pair(b->size->rows, b->size->pages);
  });
  return out;
}

std::string hazards_by_size_line(const std::vector<TableGroup>& groups) {
  std::string out;
  for (const TableGroup* g : hazards_by_size(groups)) {
    std::set<std::string> ids;
    for (const auto& c : g->changes)
      for (diff::Hazard h : c.hazards) ids.insert(diff::hazard_id(h));
    std::string list;
    for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
    out += (out.empty() ? "hazards by table size: " : ", ") + g->table + " (" + size_text(*g->size) + ": " + list + ")";
  }
  return out;
}

PlanDocument plan_document(const plan::Plan& plan, const std::vector<std::vector<lint::Finding>>& findings,
                           const model::Schema& from, std::string from_label, std::string to_label,
                           std::string schema_diff) {
  PlanDocument doc{std::move(from_label), std::move(to_label), {}, {}, std::move(schema_diff)};
  std::vector<pgsql::LockFacts> locks = plan::statement_locks(plan);
  TableGroup other;
  std::map<std::string, size_t> group_of;  // table → index in doc.groups
  for (size_t i = 0; i < plan.changes.size(); ++i) {
    const diff::Change& c = plan.changes[i];
    ChangeEntry entry;
    for (const auto& sql : plan::statements_of(plan, i)) entry.sql += sql + ";\n";
    entry.hazards = c.hazards;
    std::vector<const pgsql::LockFacts*> of_change;
    for (size_t s = 0; s < plan.statements.size(); ++s)
      if (plan.statements[s].change_index == i && !locks[s].empty()) of_change.push_back(&locks[s]);
    if (!of_change.empty()) entry.locks = plan::combined(of_change).describe();
    // A change of several statements (DROP DEFAULT, TYPE, SET DEFAULT) draws
    // the same finding from each; the reader needs it once.
    if (i < findings.size())
      for (const auto& f : findings[i])
        if (std::none_of(entry.findings.begin(), entry.findings.end(),
                         [&](const lint::Finding& seen) { return seen.rule == f.rule && seen.message == f.message; }))
          entry.findings.push_back(f);
    for (diff::Hazard h : c.hazards) ++doc.summary.hazards[diff::hazard_id(h)];
    for (const auto& f : entry.findings) {
      if (f.severity == lint::Severity::error)
        ++doc.summary.errors;
      else if (f.severity == lint::Severity::warning)
        ++doc.summary.warnings;
      else
        ++doc.summary.infos;
    }
    if (c.table.name.empty()) {
      other.changes.push_back(std::move(entry));
      continue;
    }
    std::string table = c.table.schema.empty() ? c.table.name : c.table.schema + "." + c.table.name;
    auto [at, added] = group_of.emplace(table, doc.groups.size());
    if (added) {
      const model::Table* t = from.table(c.table);
      doc.groups.push_back(TableGroup{table, {}, t ? t->size : std::nullopt});
    }
    doc.groups[at->second].changes.push_back(std::move(entry));
  }
  if (!other.changes.empty()) doc.groups.push_back(std::move(other));
  doc.summary.changes = plan.changes.size();
  return doc;
}

}  // namespace shale::report
