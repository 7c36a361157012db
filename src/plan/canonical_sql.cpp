#include "plan/canonical_sql.hpp"

namespace shale::plan {

std::string canonical_sql(Dialect dialect, const model::Schema& schema) {
  // Rename hints are read from the target as any plan does; with nothing on
  // the `from` side they have nothing to rename and create as usual.
  return script(make_plan(dialect, model::Schema{}, schema, diff::Renames::from_hints(schema)));
}

}  // namespace shale::plan
