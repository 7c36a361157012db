// Small readers over parse trees shared by the rule files.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "lint/context.hpp"

namespace shale::lint::helpers {

// ALTER TABLE's table and commands (empty when the statement is not one).
struct AlterTable {
  model::QName table;
  std::vector<PgQuery__AlterTableCmd*> cmds;
  bool is_alter_table = false;
};
AlterTable alter_table(const StatementContext& ctx);

// Columns a statement defines: CREATE TABLE elements and ALTER TABLE ADD COLUMN.
struct ColumnDefinition {
  model::QName table;
  PgQuery__ColumnDef* def;
  bool in_create_table;
};
std::vector<ColumnDefinition> column_definitions(const StatementContext& ctx);

// Foreign keys a statement adds: (table, constraint, referencing columns).
struct ForeignKey {
  model::QName table;
  PgQuery__Constraint* constraint;
  std::vector<std::string> columns;
  bool in_create_table;
};
std::vector<ForeignKey> foreign_keys(const StatementContext& ctx);

// The type's last name part ("int4", "varchar", "serial").
std::string type_base(const PgQuery__TypeName* t);
PgQuery__Node* default_expr(const PgQuery__ColumnDef* def);
bool has_constraint(const PgQuery__ColumnDef* def, PgQuery__ConstrType type);
// Columns that are the (single-column) primary key of the statement's table.
bool is_primary_key_column(const StatementContext& ctx, const PgQuery__ColumnDef* def);
// A volatile function called anywhere in `expr` ("random"), or "".
std::string volatile_call(PgQuery__Node* expr);
// The function a default calls, if any ("gen_random_uuid").
std::string called_function(const PgQuery__Node* expr);

}  // namespace shale::lint::helpers
