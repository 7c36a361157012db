// Which `-- shale:renamed-from` hints of a desired state apply to a diff.
#pragma once
#include "diff/diff.hpp"

namespace shale::diff {

// The renames of `to`'s hints that `from` still needs: the old name exists in
// `from` and the new one does not. A hint left in the schema after its
// migration (or one naming something that never existed) is inert, so neither
// the up plan nor its inverse, the down plan, acts on it. SQLite compares
// names without regard to ASCII case, as SQLite does (`ignore_case`).
Renames applicable_renames(const model::Schema& from, const model::Schema& to, bool ignore_case);

// A hint of `to` that applicable_renames() leaves out, for a note that it can
// be removed.
struct InertHint {
  SourcePos pos;  // of the table or column below the hint
  std::string message;
};
std::vector<InertHint> inert_hints(const model::Schema& from, const model::Schema& to, bool ignore_case);

}  // namespace shale::diff
