// The dependency graph of a plan. Each change makes objects exist (or gives
// them a new shape) and makes objects go away; the objects it creates refer to
// others (their depends_on edges in the target schema) and the objects it drops
// were referred to by others (edges in the source schema). A change that
// creates something runs after the changes that provide what it refers to
// and after the change that drops an older object of the same name; a change
// that removes something runs after the changes that drop what referred to it. Changes are then sorted topologically,
// phases only breaking ties.
#pragma once
#include <vector>

#include "diff/change.hpp"

namespace shale::diff {

struct ChangeEdges {
  model::Refs provides;  // target-side objects the change makes exist or reshapes
  model::Refs needs;     // target-side objects what it creates refers to
  model::Refs removes;   // source-side objects it makes go away or reshapes
  model::Refs held;      // source-side objects what it drops referred to
};

ChangeEdges edges_of(const Change& c);

// Adds, around every change that drops or reshapes an object, the drop before
// and the re-creation after of what depends on that object (transitively) and
// would otherwise stop PostgreSQL: views over a retyped column, a rebuilt enum's
// views, partial indexes and checks, the views and triggers of a function whose
// signature changes. Nothing else is touched.
void rebuild_dependants(const model::Schema& from, const model::Schema& to, std::vector<Change>& changes);

// Sorts `changes` topologically by their edges (stable: phase, then the
// order they were found). A cycle is a UserError naming its members.
void order_changes(std::vector<Change>& changes);

// "create view public.v", for messages.
std::string describe(const Change& c);

}  // namespace shale::diff
