// Rules about locks: statements that block reads or writes on existing tables.
// Which lock a statement takes, and what it blocks, comes from the lock table
// (pgsql/locks.hpp); these rules decide only when that is a problem.
#include <set>

#include "lint/registry.hpp"
#include "lint/rules/helpers.hpp"
#include "pgsql/type_changes.hpp"
#include "pgsql/type_names.hpp"

namespace shale::lint::checks {

using namespace helpers;

namespace {
std::string mode_of(const char* form) { return pgsql::lock_mode_name(pgsql::lock_form(form).mode); }
}  // namespace

void create_index_non_concurrently(const StatementContext& ctx, Report& r) {
  if (ctx.node->node_case != PG_QUERY__NODE__NODE_INDEX_STMT) return;
  PgQuery__IndexStmt* s = ctx.node->index_stmt;
  if (s->concurrent || ctx.file.is_new(qname_of(s->relation))) return;
  r.add("create-index-non-concurrently",
        "CREATE INDEX on " + ctx.file.describe(qname_of(s->relation)) + " blocks writes (" + mode_of("create-index") +
            " lock) while it builds; use CREATE INDEX CONCURRENTLY in a -- shale:no-transaction migration");
}

void drop_index_non_concurrently(const StatementContext& ctx, Report& r) {
  if (ctx.node->node_case != PG_QUERY__NODE__NODE_DROP_STMT) return;
  PgQuery__DropStmt* s = ctx.node->drop_stmt;
  if (s->remove_type != PG_QUERY__OBJECT_TYPE__OBJECT_INDEX || s->concurrent) return;
  r.add("drop-index-non-concurrently",
        "DROP INDEX takes an " + mode_of("drop-index") +
            " lock on its table; use DROP INDEX CONCURRENTLY in a -- shale:no-transaction migration");
}

void concurrently_in_transaction(const StatementContext& ctx, Report& r) {
  if (ctx.file.no_transaction || ctx.locks.transaction_block) return;
  const pgsql::LockForm* form = nullptr;
  for (const auto* f : ctx.locks.forms)
    if (!f->transaction_block && !form) form = f;
  r.add("concurrently-in-transaction", std::string(form ? form->form : "this statement") +
                                           " cannot run inside a transaction block; put -- shale:no-transaction at the "
                                           "top of this file");
}

namespace {
void added_constraints(const StatementContext& ctx, PgQuery__ConstrType type, const char* rule, const char* what,
                       Report& r) {
  auto at = alter_table(ctx);
  if (!at.is_alter_table || ctx.file.is_new(at.table)) return;
  for (auto* cmd : at.cmds) {
    if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint ||
        cmd->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
      continue;
    PgQuery__Constraint* c = cmd->def->constraint;
    if (c->contype == type && !c->skip_validation)
      r.add(rule, std::string("adding a ") + what + " to existing table " + at.table.name + " scans it under a " +
                      pgsql::lock_mode_name(ctx.locks.strongest()) + " lock, which blocks " +
                      pgsql::blocked_text(ctx.locks.strongest()) +
                      "; add it NOT VALID, then VALIDATE CONSTRAINT in a later migration");
  }
}
}  // namespace

void add_foreign_key_validated(const StatementContext& ctx, Report& r) {
  added_constraints(ctx, PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN, "add-foreign-key-validated", "foreign key", r);
}

void add_check_validated(const StatementContext& ctx, Report& r) {
  added_constraints(ctx, PG_QUERY__CONSTR_TYPE__CONSTR_CHECK, "add-check-validated", "check constraint", r);
}

void set_not_null(const StatementContext& ctx, Report& r) {
  auto at = alter_table(ctx);
  if (!at.is_alter_table || ctx.file.is_new(at.table)) return;
  for (auto* cmd : at.cmds) {
    if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull) continue;
    // The remedy done: a validated CHECK (col IS NOT NULL), here or in an
    // earlier migration, lets PostgreSQL skip the scan.
    if (ctx.file.not_null_checks && ctx.file.not_null_checks->proves(at.table, cmd->name)) continue;
    r.add("set-not-null", "SET NOT NULL on " + at.table.name + "." + cmd->name + " scans the table under an " +
                              mode_of("alter-table-set-not-null") + " lock; add CHECK (" + cmd->name +
                              " IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL");
  }
}

// A type change PostgreSQL makes without rewriting the table (varchar(n) →
// varchar(m ≥ n), → text …): known from the column's type before the file,
// and only without USING, which could compute anything.
bool changes_without_rewrite(const StatementContext& ctx, const model::QName& table, PgQuery__AlterTableCmd* cmd) {
  if (!ctx.file.column_types || !cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF) return false;
  PgQuery__ColumnDef* def = cmd->def->column_def;
  if (def->raw_default || def->coll_clause || !def->type_name) return false;
  auto old = ctx.file.column_types->find({table, cmd->name});
  if (old == ctx.file.column_types->end()) return false;
  try {
    return pgsql::changes_without_rewrite(old->second, pgsql::canonical_type(def->type_name, table.schema));
  } catch (const UserError&) {
    return false;  // a type form shale does not model: assume the worst
  }
}

void change_column_type(const StatementContext& ctx, Report& r) {
  auto at = alter_table(ctx);
  if (!at.is_alter_table || ctx.file.is_new(at.table)) return;
  for (auto* cmd : at.cmds)
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType && !changes_without_rewrite(ctx, at.table, cmd))
      r.add("change-column-type", "changing the type of " + at.table.name + "." + cmd->name +
                                      " rewrites the table under an " + mode_of("alter-table-alter-column-type") +
                                      " lock; add a new column, backfill it, "
                                      "switch readers, then drop the old one");
}

void add_unique_constraint(const StatementContext& ctx, Report& r) {
  const char* message =
      "a new unique constraint on an existing table fails on duplicates and blocks writes while it "
      "builds; CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX";
  if (ctx.node->node_case == PG_QUERY__NODE__NODE_INDEX_STMT) {
    PgQuery__IndexStmt* s = ctx.node->index_stmt;
    if (!s->unique || ctx.file.is_new(qname_of(s->relation))) return;
    // CONCURRENTLY is the first step of the remedy (then ADD CONSTRAINT …
    // USING INDEX): it blocks no writes. Duplicates still make it fail, but
    // that is the may-fail-on-existing-data hazard of the change, which plan
    // and diff show, and apply drops the INVALID index it leaves before a retry.
    if (!s->concurrent) r.add("add-unique-constraint", message);
    return;
  }
  auto at = alter_table(ctx);
  if (!at.is_alter_table || ctx.file.is_new(at.table)) return;
  for (auto* cmd : at.cmds) {
    if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint ||
        cmd->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
      continue;
    PgQuery__Constraint* c = cmd->def->constraint;
    bool using_index = c->indexname && *c->indexname;
    if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE && !using_index) r.add("add-unique-constraint", message);
  }
}

void require_lock_timeout(const StatementContext& ctx, Report& r) {
  if (ctx.file.lock_timeout_set || ctx.file.lock_timeout_reported) return;
  auto at = alter_table(ctx);
  // ALTER TABLE … RENAME / SET SCHEMA parse as their own statements.
  if (ctx.node->node_case == PG_QUERY__NODE__NODE_RENAME_STMT && ctx.node->rename_stmt->relation &&
      (ctx.node->rename_stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE ||
       ctx.node->rename_stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT ||
       ctx.node->rename_stmt->relation_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)) {
    at.is_alter_table = true;
    at.table = qname_of(ctx.node->rename_stmt->relation);
  }
  if (ctx.node->node_case == PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT &&
      ctx.node->alter_object_schema_stmt->relation &&
      ctx.node->alter_object_schema_stmt->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
    at.is_alter_table = true;
    at.table = qname_of(ctx.node->alter_object_schema_stmt->relation);
  }
  if (!at.is_alter_table || ctx.file.is_new(at.table)) return;
  // A lock that lets writes go on (VALIDATE CONSTRAINT, SET STATISTICS: SHARE
  // UPDATE EXCLUSIVE) queues no writer behind it while it waits.
  if (!pgsql::blocked_by(ctx.locks.strongest()).writes) return;
  r.add("require-lock-timeout", "ALTER TABLE on " + at.table.name +
                                    " waits for its lock behind running queries and blocks everything queued after it; "
                                    "SET lock_timeout first so it fails fast");
}

void add_column_volatile_default(const StatementContext& ctx, Report& r) {
  for (const auto& col : column_definitions(ctx)) {
    if (col.in_create_table || ctx.file.is_new(col.table)) continue;
    std::string fn = volatile_call(default_expr(col.def));
    if (!fn.empty())
      r.add("add-column-volatile-default", "a volatile default (" + fn + "()) makes ADD COLUMN rewrite " +
                                               col.table.name + " under an " +
                                               mode_of("alter-table-add-column-rewrite") +
                                               " lock; add the column without a default, backfill "
                                               "in batches, then set the default");
  }
}

}  // namespace shale::lint::checks
