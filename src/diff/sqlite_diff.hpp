// Schema × Schema → ordered Changes for SQLite. SQLite's ALTER TABLE can add,
// rename and drop columns (each with conditions) and rename tables; every
// other table change is the rebuild SQLite documents ("Making Other Kinds Of
// Table Schema Changes"): create the new table, copy the rows, drop the old
// table, rename, then recreate what the drop took with it (indexes,
// triggers) and the views and triggers that name the table.
#pragma once
#include <vector>

#include "diff/diff.hpp"

namespace shale::diff {

// A column by name, as SQLite finds it (ASCII case does not matter).
const model::Column* find_column(const model::Table& t, const std::string& name);

std::vector<Change> sqlite_diff(const model::Schema& from, const model::Schema& to, const Renames& renames);

}  // namespace shale::diff
