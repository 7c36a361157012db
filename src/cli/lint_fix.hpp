// `shale lint --fix FILE…`: hand-written PostgreSQL migrations rewritten into
// the online forms (fix/online_fix.hpp), split into several migrations where a
// step must run outside a transaction, with shale.sum updated.
#pragma once
#include <string>
#include <vector>

#include "config/project.hpp"

namespace shale::cli {

// Rewrites each up file of `paths` (in the project's migration directory) and
// prints what it changed; a UserError for a file that is not a migration of
// the directory, or that would need splitting while a later migration exists.
void fix_migrations(const std::vector<std::string>& paths, const config::Project& project);

}  // namespace shale::cli
