// Helpers shared by the SQLite end-to-end tests.
#pragma once
#include <string>

#include "sqlite/database.hpp"

namespace shale::testing {

// The first column of the first row of `sql` on the SQLite file, "" when
// there is no row or the value is null.
inline std::string scalar(const std::string& db_path, const std::string& sql) {
  sqlite::Database db(db_path, false);
  auto rows = db.query(sql);
  return rows.empty() || rows[0].null[0] ? "" : rows[0][0];
}

}  // namespace shale::testing
