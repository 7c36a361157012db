#include "lint/rules/helpers.hpp"

#include <set>

namespace shale::lint::helpers {

AlterTable alter_table(const StatementContext& ctx) {
  AlterTable out;
  if (ctx.node->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_STMT) return out;
  PgQuery__AlterTableStmt* s = ctx.node->alter_table_stmt;
  if (s->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) return out;
  out.is_alter_table = true;
  out.table = qname_of(s->relation);
  for (size_t i = 0; i < s->n_cmds; ++i) out.cmds.push_back(s->cmds[i]->alter_table_cmd);
  return out;
}

std::vector<ColumnDefinition> column_definitions(const StatementContext& ctx) {
  std::vector<ColumnDefinition> out;
  if (ctx.node->node_case == PG_QUERY__NODE__NODE_CREATE_STMT) {
    PgQuery__CreateStmt* s = ctx.node->create_stmt;
    for (size_t i = 0; i < s->n_table_elts; ++i)
      if (s->table_elts[i]->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
        out.push_back({qname_of(s->relation), s->table_elts[i]->column_def, true});
  }
  auto at = alter_table(ctx);
  for (auto* cmd : at.cmds)
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn &&
        cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
      out.push_back({at.table, cmd->def->column_def, false});
  return out;
}

std::vector<ForeignKey> foreign_keys(const StatementContext& ctx) {
  std::vector<ForeignKey> out;
  for (const auto& col : column_definitions(ctx))
    for (size_t i = 0; i < col.def->n_constraints; ++i) {
      PgQuery__Constraint* c = col.def->constraints[i]->constraint;
      if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
        out.push_back({col.table, c, {col.def->colname}, col.in_create_table});
    }
  if (ctx.node->node_case == PG_QUERY__NODE__NODE_CREATE_STMT) {
    PgQuery__CreateStmt* s = ctx.node->create_stmt;
    for (size_t i = 0; i < s->n_table_elts; ++i)
      if (s->table_elts[i]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
        PgQuery__Constraint* c = s->table_elts[i]->constraint;
        if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
          out.push_back({qname_of(s->relation), c, pgsql::string_list(c->fk_attrs, c->n_fk_attrs), true});
      }
  }
  auto at = alter_table(ctx);
  for (auto* cmd : at.cmds)
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint &&
        cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
        cmd->def->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) {
      PgQuery__Constraint* c = cmd->def->constraint;
      out.push_back({at.table, c, pgsql::string_list(c->fk_attrs, c->n_fk_attrs), false});
    }
  return out;
}

std::string type_base(const PgQuery__TypeName* t) {
  if (!t || t->n_names == 0) return "";
  return pgsql::string_value(t->names[t->n_names - 1]);
}

PgQuery__Node* default_expr(const PgQuery__ColumnDef* def) {
  for (size_t i = 0; i < def->n_constraints; ++i) {
    PgQuery__Constraint* c = def->constraints[i]->constraint;
    if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT) return c->raw_expr;
  }
  return nullptr;
}

bool has_constraint(const PgQuery__ColumnDef* def, PgQuery__ConstrType type) {
  for (size_t i = 0; i < def->n_constraints; ++i)
    if (def->constraints[i]->constraint->contype == type) return true;
  return false;
}

bool is_primary_key_column(const StatementContext& ctx, const PgQuery__ColumnDef* def) {
  if (has_constraint(def, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY)) return true;
  for (auto* cmd : alter_table(ctx).cmds) {  // ADD COLUMN …, ADD PRIMARY KEY (…)
    if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint ||
        cmd->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
      continue;
    PgQuery__Constraint* c = cmd->def->constraint;
    auto keys = pgsql::string_list(c->keys, c->n_keys);
    if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY && keys.size() == 1 && keys[0] == def->colname) return true;
  }
  if (ctx.node->node_case != PG_QUERY__NODE__NODE_CREATE_STMT) return false;
  PgQuery__CreateStmt* s = ctx.node->create_stmt;
  for (size_t i = 0; i < s->n_table_elts; ++i)
    if (s->table_elts[i]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
      PgQuery__Constraint* c = s->table_elts[i]->constraint;
      auto keys = pgsql::string_list(c->keys, c->n_keys);
      if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY && keys.size() == 1 && keys[0] == def->colname)
        return true;
    }
  return false;
}

// The lock table's list: the same functions make ADD COLUMN rewrite.
std::string volatile_call(PgQuery__Node* expr) { return pgsql::volatile_call(expr); }

std::string called_function(const PgQuery__Node* expr) {
  while (expr && expr->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) expr = expr->type_cast->arg;
  if (!expr || expr->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return "";
  return pgsql::string_value(expr->func_call->funcname[expr->func_call->n_funcname - 1]);
}

}  // namespace shale::lint::helpers
