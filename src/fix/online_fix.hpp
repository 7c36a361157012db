// `shale lint --fix`: a hand-written PostgreSQL migration rewritten into the
// online forms `shale diff` writes (docs/online.md), cut into the steps they
// need. Statements it does not rewrite are kept as written.
#pragma once
#include <string>
#include <vector>

#include "model/schema.hpp"

namespace shale::fix {

struct Step {
  std::string sql;  // statements, each ending in ";\n"
  bool outside_transaction = false;
};

struct Fixed {
  std::vector<Step> steps;         // one step: nothing needed a split
  std::vector<std::string> notes;  // "3:1: CREATE INDEX → … CONCURRENTLY, in a migration of its own", one per rewrite
  bool changed() const { return !notes.empty(); }
};

// Rewrites the up migration `text` (read from `path`, for positions), which
// runs on a database whose schema is `before`: tables it creates itself keep
// the plain forms. Each transactional step starts with SET lock_timeout =
// `lock_timeout` ("" for none) when the file sets none.
Fixed fix_online(const std::string& path, const std::string& text, const model::Schema& before,
                 const std::string& lock_timeout);

}  // namespace shale::fix
