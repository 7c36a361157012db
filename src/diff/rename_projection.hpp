// The source schema's definitions as PostgreSQL will hold them once the plan's
// renames have run: ALTER TABLE … RENAME [COLUMN] rewrites every view,
// constraint, index and trigger that names the object (they refer to it by
// OID), so such a definition is unchanged when it equals the target's after
// the renames, and must not be dropped and created again.
#pragma once
#include <vector>

#include "diff/diff.hpp"
#include "pgsql/rename_refs.hpp"

namespace shale::diff {

class RenameProjection {
 public:
  explicit RenameProjection(const Renames& renames);
  bool empty() const { return steps_.empty(); }

  // Each returns the definition after the renames (canonical form included);
  // `table` is the source-side table that owns it.
  model::Expr query(const model::Expr& query) const;
  model::Expr constraint(const model::Expr& definition, const model::QName& table) const;
  model::Expr statement(const model::Expr& create_sql, const model::QName& table) const;
  model::Expr policy_expression(const model::Expr& expr, const model::QName& table) const;  // USING, WITH CHECK

 private:
  // Renames in the order the plan runs them: tables first, then columns
  // (whose table is then known by its new name).
  std::vector<pgsql::Renaming> steps_;
  model::QName after(const model::QName& table) const;
};

}  // namespace shale::diff
