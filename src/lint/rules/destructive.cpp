// Rules about changes that lose data or break running application code.
#include <regex>

#include "lint/registry.hpp"
#include "lint/rules/helpers.hpp"

namespace shale::lint::checks {

using namespace helpers;

void drop_column(const StatementContext& ctx, Report& r) {
  auto at = alter_table(ctx);
  for (auto* cmd : at.cmds)
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn)
      r.add("drop-column",
            "dropping " + at.table.name + "." + cmd->name +
                " loses its data and breaks code still reading it; stop reading it (or rename it to drop_" + cmd->name +
                ") first and drop it in a later migration");
}

void drop_table(const StatementContext& ctx, Report& r) {
  if (ctx.node->node_case != PG_QUERY__NODE__NODE_DROP_STMT) return;
  PgQuery__DropStmt* s = ctx.node->drop_stmt;
  if (s->remove_type != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) return;
  for (size_t i = 0; i < s->n_objects; ++i) {
    auto names = pgsql::string_list(s->objects[i]->list->items, s->objects[i]->list->n_items);
    model::QName t{names.size() > 1 ? names[names.size() - 2] : "public", names.back()};
    if (!ctx.file.is_new(t))
      r.add("drop-table",
            "dropping " + t.name + " loses its data; stop using it first and drop it in a later migration");
  }
}

void add_required_column(const StatementContext& ctx, Report& r) {
  for (const auto& col : column_definitions(ctx)) {
    if (col.in_create_table || ctx.file.is_new(col.table)) continue;
    bool not_null = has_constraint(col.def, PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL) ||
                    has_constraint(col.def, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY);
    bool filled = default_expr(col.def) || has_constraint(col.def, PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY) ||
                  has_constraint(col.def, PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED);
    std::string type = type_base(col.def->type_name);
    if (type.find("serial") != std::string::npos) filled = true;
    if (not_null && !filled)
      r.add("add-required-column", "adding NOT NULL column " + std::string(col.def->colname) +
                                       " without a default to " + col.table.name +
                                       " fails on existing rows; add it nullable or with a default, "
                                       "backfill, then SET NOT NULL");
  }
}

void rename_column(const StatementContext& ctx, Report& r) {
  if (ctx.node->node_case != PG_QUERY__NODE__NODE_RENAME_STMT) return;
  PgQuery__RenameStmt* s = ctx.node->rename_stmt;
  if (s->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN && s->relation_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
    r.add("rename-column", std::string("renaming column ") + s->subname +
                               " breaks code that still uses the old name; "
                               "add the new column and keep both in sync until every reader moved");
}

void rename_table(const StatementContext& ctx, Report& r) {
  if (ctx.node->node_case != PG_QUERY__NODE__NODE_RENAME_STMT) return;
  PgQuery__RenameStmt* s = ctx.node->rename_stmt;
  if (s->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
    r.add("rename-table",
          std::string("renaming table ") + s->relation->relname +
              " breaks code that still uses the old name; keep a view with the old name while readers move");
}

void data_in_schema_migration(const StatementContext& ctx, Report& r) {
  switch (ctx.node->node_case) {
    case PG_QUERY__NODE__NODE_INSERT_STMT:
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
    case PG_QUERY__NODE__NODE_DELETE_STMT:
    case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
      r.add("data-in-schema-migration",
            "data changes in a schema migration hold locks for as long as they run; move them "
            "to a seed or a separate data migration run in batches");
      break;
    default: break;
  }
}

// The enum rebuild pattern: rename the type away, create it anew, drop the old.
void enum_value_removed(const StatementContext& ctx, Report& r) {
  if (ctx.node->node_case == PG_QUERY__NODE__NODE_RENAME_STMT &&
      ctx.node->rename_stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE) {
    r.add("enum-value-removed",
          "renaming a type away to rebuild it removes or reorders enum values; rows holding a "
          "removed value make the migration fail — keep the value, or migrate rows off it first");
    return;
  }
  if (ctx.node->node_case == PG_QUERY__NODE__NODE_DROP_STMT &&
      ctx.node->drop_stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE) {
    static const std::regex old_name(".*(_old|__shale_old)");
    PgQuery__DropStmt* s = ctx.node->drop_stmt;
    for (size_t i = 0; i < s->n_objects; ++i) {
      auto* t = s->objects[i]->type_name;
      if (std::regex_match(type_base(t), old_name))
        r.add("enum-value-removed",
              "dropping the old copy of a rebuilt enum type removes its values; keep the value, or "
              "migrate rows off it first");
    }
  }
}

}  // namespace shale::lint::checks
