// Row-level security of tables and their policies: the part of diff() that
// compares Table::row_security / force_row_security and Schema::policies.
#pragma once
#include <vector>

#include "diff/diff.hpp"

namespace shale::diff {

// Appends the changes (unordered) that turn `from`'s row-level security and
// policies into `to`'s. Policies of a dropped table go with it; a renamed
// table's policies are matched under its old name.
void diff_policies(const model::Schema& from, const model::Schema& to, const Renames& renames,
                   std::vector<Change>& out);

}  // namespace shale::diff
