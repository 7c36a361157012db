// Schema × Schema → ordered Changes.
#pragma once
#include <map>
#include <vector>

#include "diff/change.hpp"

namespace shale::diff {

// Rename hints: target name → source name. The up direction takes them from
// the desired state's `-- shale:renamed-from` hints; the down direction uses
// inverted().
struct Renames {
  std::map<model::QName, model::QName> tables;
  std::map<std::pair<model::QName, std::string>, std::string> columns;  // (target table, target column) → source column

  static Renames from_hints(const model::Schema& to);
  // The same renames seen from the other side; `from` is the schema whose
  // names are the targets of `*this`.
  Renames inverted() const;
};

struct Options {
  bool online = false;          // the online forms of changes to existing tables (online.hpp)
  bool compare_owners = false;  // shale.toml [owners] compare (diff_owners.hpp)
};

// Ordered changes that turn `from` into `to`.
std::vector<Change> diff(const model::Schema& from, const model::Schema& to, const Renames& renames,
                         Options options = {});

}  // namespace shale::diff
