// Rules about schema design practices teams write into their migration guides.
#include <set>

#include "lint/registry.hpp"
#include "lint/rules/helpers.hpp"

namespace shale::lint::checks {

using namespace helpers;

void uuid_v4_primary_key(const StatementContext& ctx, Report& r) {
  for (const auto& col : column_definitions(ctx)) {
    if (type_base(col.def->type_name) != "uuid" || !is_primary_key_column(ctx, col.def)) continue;
    std::string fn = called_function(default_expr(col.def));
    if (fn == "gen_random_uuid" || fn == "uuid_generate_v4")
      r.add("uuid-v4-primary-key", "primary key " + std::string(col.def->colname) + " defaults to random UUIDv4 (" + fn +
                                       "()), which fragments the index; use UUIDv7, a ULID or bigint identity");
    else if (!default_expr(col.def))
      r.add("uuid-v4-primary-key", "uuid primary key " + std::string(col.def->colname) +
                                       " has no default; make sure the application generates time-ordered UUIDv7, not v4",
            Severity::warning);
  }
}

void prefer_bigint_key(const StatementContext& ctx, Report& r) {
  static const std::set<std::string> small = {"int4", "int2", "integer", "int", "smallint", "serial", "serial4",
                                              "smallserial", "serial2"};
  for (const auto& col : column_definitions(ctx))
    if (is_primary_key_column(ctx, col.def) && small.count(type_base(col.def->type_name)))
      r.add("prefer-bigint-key", "primary key " + std::string(col.def->colname) + " is " + type_base(col.def->type_name) +
                                     ", which runs out at 2^31 (or 2^15); use bigint");
}

void prefer_identity(const StatementContext& ctx, Report& r) {
  static const std::set<std::string> serials = {"serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"};
  for (const auto& col : column_definitions(ctx))
    if (serials.count(type_base(col.def->type_name)))
      r.add("prefer-identity", "column " + std::string(col.def->colname) + " is " + type_base(col.def->type_name) +
                                   "; use bigint GENERATED ALWAYS AS IDENTITY");
}

void varchar_length(const StatementContext& ctx, Report& r) {
  for (const auto& col : column_definitions(ctx))
    if (type_base(col.def->type_name) == "varchar" && col.def->type_name->n_typmods > 0)
      r.add("varchar-length", "column " + std::string(col.def->colname) +
                                  " is varchar(n); use text (with a CHECK on length() if a limit matters)");
}

void prefer_timestamptz(const StatementContext& ctx, Report& r) {
  auto report = [&](const std::string& column) {
    r.add("prefer-timestamptz", "column " + column + " is timestamp without time zone; use timestamptz");
  };
  for (const auto& col : column_definitions(ctx))
    if (type_base(col.def->type_name) == "timestamp") report(col.def->colname);
  for (auto* cmd : alter_table(ctx).cmds)
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF &&
        type_base(cmd->def->column_def->type_name) == "timestamp")
      report(cmd->name);
}

void boolean_flag_column(const StatementContext& ctx, Report& r) {
  static const std::set<std::string> flags = {"is_deleted", "deleted", "is_archived", "archived", "is_disabled", "disabled"};
  for (const auto& col : column_definitions(ctx)) {
    std::string type = type_base(col.def->type_name);
    if ((type == "bool" || type == "boolean") && flags.count(col.def->colname))
      r.add("boolean-flag-column", "boolean flag " + std::string(col.def->colname) +
                                       " says whether but not when; use a timestamptz such as deleted_at");
  }
}

void table_name_plural(const StatementContext& ctx, Report& r) {
  if (ctx.node->node_case != PG_QUERY__NODE__NODE_CREATE_STMT) return;
  std::string name = ctx.node->create_stmt->relation->relname;
  if (!name.empty() && name.back() != 's')
    r.add("table-name-plural", "table " + name + " is not named in the plural");
}

void cascade_delete(const StatementContext& ctx, Report& r) {
  for (const auto& fk : foreign_keys(ctx))
    if (fk.constraint->fk_del_action && std::string(fk.constraint->fk_del_action) == "c")
      r.add("cascade-delete", "ON DELETE CASCADE on " + fk.table.name +
                                  " silently deletes rows with their parent; delete dependants explicitly or use RESTRICT");
}

void foreign_key_without_index(const StatementContext& ctx, Report& r) {
  for (const auto& fk : foreign_keys(ctx)) {
    bool covered = false;
    auto it = ctx.file.indexed_columns.find(fk.table);
    if (it != ctx.file.indexed_columns.end())
      for (const auto& cols : it->second)
        if (cols.size() >= fk.columns.size() && std::equal(fk.columns.begin(), fk.columns.end(), cols.begin())) covered = true;
    if (!covered)
      r.add("foreign-key-without-index", "no index starts with the foreign key columns of " + fk.table.name +
                                             "; deletes and updates on the referenced table will scan it — index them");
  }
}

}  // namespace shale::lint::checks
