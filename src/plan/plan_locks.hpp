// What each statement of a PostgreSQL plan locks, from the one table of
// locks (pgsql/locks.hpp) that the lint rules read too.
#pragma once
#include <vector>

#include "pgsql/locks.hpp"
#include "plan/plan.hpp"

namespace shale::plan {

// One entry per statement of `plan.statements`: the locks it takes on
// objects that exist before the plan (a lock on a table the plan creates
// blocks no one), and its work on the table. Empty facts for a SQLite plan
// and for statements that lock nothing.
std::vector<pgsql::LockFacts> statement_locks(const Plan& plan);

// The locks of several statements as one: each object with the strongest
// mode any of them takes on it, the heaviest work, and whether all may run
// in a transaction block.
pgsql::LockFacts combined(const std::vector<const pgsql::LockFacts*>& facts);

}  // namespace shale::plan
