// Rules about maintenance and explicit-lock statements in migrations, and
// about no-transaction files that can stop half-applied. What each
// statement locks comes from the lock table (pgsql/locks.hpp).
#include "lint/registry.hpp"
#include "lint/rules/helpers.hpp"

namespace shale::lint::checks {

namespace {
// "ACCESS EXCLUSIVE lock on public.users, which blocks reads and writes"
std::string lock_phrase(const StatementContext& ctx) {
  if (ctx.locks.locks.empty()) return "a lock";
  const pgsql::ObjectLock& l = ctx.locks.locks.front();
  return std::string(pgsql::lock_mode_name(l.mode)) + " lock on " + l.qualified() + ", which blocks " +
         pgsql::blocked_text(l.mode);
}

// Whether the statement's own object is a table the file created (nobody
// else can see it yet).
bool on_new_table(const StatementContext& ctx) {
  if (ctx.locks.locks.empty()) return false;
  const pgsql::ObjectLock& l = ctx.locks.locks.front();
  return l.kind == "table" && ctx.file.is_new(model::QName{l.schema, l.name});
}

bool has_form(const StatementContext& ctx, const char* id) {
  for (const auto* f : ctx.locks.forms)
    if (std::string(f->id) == id) return true;
  return false;
}
}  // namespace

void vacuum_full(const StatementContext& ctx, Report& r) {
  if (!has_form(ctx, "vacuum-full") || on_new_table(ctx)) return;
  r.add("vacuum-full", "VACUUM FULL rewrites the table under an " + lock_phrase(ctx) +
                           ", for as long as the copy takes; let plain VACUUM reuse the space, or rebuild online with "
                           "pg_repack / pg_squeeze outside migrations");
}

void cluster(const StatementContext& ctx, Report& r) {
  if (!has_form(ctx, "cluster") || on_new_table(ctx)) return;
  r.add("cluster", "CLUSTER rewrites the table in index order under an " + lock_phrase(ctx) +
                       "; reorder online with pg_repack outside migrations, or leave the order to new writes");
}

void reindex_non_concurrently(const StatementContext& ctx, Report& r) {
  if (ctx.node->node_case != PG_QUERY__NODE__NODE_REINDEX_STMT || has_form(ctx, "reindex-concurrently") ||
      on_new_table(ctx))
    return;
  r.add("reindex-non-concurrently",
        "REINDEX takes a " + lock_phrase(ctx) +
            ", and an ACCESS EXCLUSIVE lock on each index it rebuilds, so queries that would "
            "use it wait too; use REINDEX … CONCURRENTLY in a -- shale:no-transaction migration");
}

void lock_table(const StatementContext& ctx, Report& r) {
  if (ctx.node->node_case != PG_QUERY__NODE__NODE_LOCK_STMT || on_new_table(ctx)) return;
  r.add("lock-table",
        "LOCK TABLE takes an " + lock_phrase(ctx) +
            " until the migration's transaction ends; the statements that need a lock take the weakest one "
            "they can — drop the LOCK, and split the migration if it must hold the table");
}

void refresh_materialized_view_non_concurrently(const StatementContext& ctx, Report& r) {
  if (!has_form(ctx, "refresh-materialized-view") || on_new_table(ctx)) return;
  // Populating a view left WITH NO DATA: its readers get errors until then,
  // and CONCURRENTLY is refused on it.
  const auto* s = ctx.node->refresh_mat_view_stmt;
  if (ctx.node->node_case == PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT && ctx.file.unpopulated &&
      ctx.file.unpopulated->count(
          model::QName{s->relation->schemaname && *s->relation->schemaname ? s->relation->schemaname : "public",
                       s->relation->relname}))
    return;
  r.add("refresh-materialized-view-non-concurrently",
        "REFRESH MATERIALIZED VIEW runs the view's query under an " + lock_phrase(ctx) +
            "; with a unique index on the view, REFRESH MATERIALIZED VIEW CONCURRENTLY lets reads go on");
}

void no_transaction_multiple_statements(const StatementContext& ctx, Report& r) {
  // Reported once, at the second statement: from there on a failure leaves
  // the earlier statements applied and the migration unrecorded.
  if (!ctx.file.no_transaction || ctx.file.changing_statements < 2 || ctx.file.changing_statements_seen != 2) return;
  if (ctx.node->node_case == PG_QUERY__NODE__NODE_VARIABLE_SET_STMT ||
      ctx.node->node_case == PG_QUERY__NODE__NODE_VARIABLE_SHOW_STMT)
    return;
  r.add("no-transaction-multiple-statements",
        "this -- shale:no-transaction file runs " + std::to_string(ctx.file.changing_statements) +
            " statements, each committed on its own: if one fails, the ones before it stay applied and the migration "
            "is not recorded, so running it again fails on them; put each in a migration of its own");
}

}  // namespace shale::lint::checks
