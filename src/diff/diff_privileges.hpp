// Privileges: the part of diff() that compares what GRANT and REVOKE set
// (model::Privilege) on every object both states hold.
#pragma once
#include <vector>

#include "diff/diff.hpp"

namespace shale::diff {

// Appends GRANT and REVOKE changes that turn `from`'s privileges into `to`'s.
// `planned` are the changes computed so far: an object they create, or drop
// and create again, starts from PostgreSQL's defaults (no privileges held);
// an object they drop takes its privileges with it. A renamed table keeps its own.
void diff_privileges(const model::Schema& from, const model::Schema& to, const Renames& renames,
                     std::vector<Change>& planned);

}  // namespace shale::diff
