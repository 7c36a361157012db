#include "diff/hint_renames.hpp"

#include <algorithm>
#include <cctype>

namespace shale::diff {

namespace {

struct Names {
  bool ignore_case;
  bool same(const std::string& a, const std::string& b) const {
    if (!ignore_case) return a == b;
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
  }
  const model::Table* table(const model::Schema& s, const model::QName& name) const {
    for (const auto& t : s.tables)
      if (same(t.name.schema, name.schema) && same(t.name.name, name.name)) return &t;
    return nullptr;
  }
  bool has_column(const model::Table& t, const std::string& name) const {
    return std::any_of(t.columns.begin(), t.columns.end(), [&](const model::Column& c) { return same(c.name, name); });
  }
};

}  // namespace

Renames applicable_renames(const model::Schema& from, const model::Schema& to, bool ignore_case) {
  Names names{ignore_case};
  Renames hints = Renames::from_hints(to);
  Renames out;
  for (const auto& [target, source] : hints.tables)
    if (names.table(from, source) && !names.table(from, target)) out.tables[target] = source;
  for (const auto& [key, source_column] : hints.columns) {
    const auto& [target_table, target_column] = key;
    // The column lives in the table `from` calls by the table's old name when
    // that table is renamed in the same plan.
    auto renamed = out.tables.find(target_table);
    const model::Table* t = names.table(from, renamed == out.tables.end() ? target_table : renamed->second);
    if (t && names.has_column(*t, source_column) && !names.has_column(*t, target_column))
      out.columns[key] = source_column;
  }
  return out;
}

std::vector<InertHint> inert_hints(const model::Schema& from, const model::Schema& to, bool ignore_case) {
  Renames used = applicable_renames(from, to, ignore_case);
  std::vector<InertHint> out;
  for (const auto& t : to.tables) {
    if (!t.renamed_from.empty() && !used.tables.count(t.name))
      out.push_back({t.pos, "-- shale:renamed-from " + t.renamed_from + " above table " + t.name.name +
                                " does nothing here (" + t.renamed_from + " is not a table to rename, or " +
                                t.name.name +
                                " exists already); once its rename is applied everywhere it can be removed"});
    for (const auto& c : t.columns)
      if (!c.renamed_from.empty() && !used.columns.count({t.name, c.name}))
        out.push_back({c.pos, "-- shale:renamed-from " + c.renamed_from + " above column " + t.name.name + "." +
                                  c.name + " does nothing here (" + c.renamed_from + " is not a column to rename, or " +
                                  c.name +
                                  " exists already); once its rename is applied everywhere it can be removed"});
  }
  return out;
}

}  // namespace shale::diff
