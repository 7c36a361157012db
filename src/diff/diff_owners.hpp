// Owners in a plan, when the project compares them (shale.toml [owners]
// compare = true; docs/comparison.md, "Owners").
#pragma once
#include <vector>

#include "diff/diff.hpp"

namespace shale::diff {

// Appends ALTER … OWNER TO for each object of `to` that names an owner when
// `from` names another, and for each object the plan creates or re-creates
// (`out`, the changes so far) that names one. An object either side leaves
// without an owner ("") is not compared: desired state without OWNER TO
// keeps whatever owner the database has. A sequence linked to a column
// (serial, OWNED BY) follows its table, as PostgreSQL makes it.
void diff_owners(const model::Schema& from, const model::Schema& to, const Renames& renames, std::vector<Change>& out);

}  // namespace shale::diff
