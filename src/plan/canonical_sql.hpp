// The canonical SQL of a schema: what `shale inspect` prints, and what the
// review's schema diff compares line by line.
#pragma once
#include <string>

#include "model/schema.hpp"
#include "plan/plan.hpp"

namespace shale::plan {

// The script of the plan that builds `schema` from nothing, in `dialect`.
// Equal schemas give equal text, whichever source they were loaded from.
std::string canonical_sql(Dialect dialect, const model::Schema& schema);

}  // namespace shale::plan
