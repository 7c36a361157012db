#include "pgsql/view_shape.hpp"

#include "pgsql/canonical.hpp"
#include "pgsql/parse_tree.hpp"

namespace shale::pgsql {

namespace {
// The plain SELECT of a query, or nullptr (set operations, VALUES).
PgQuery__SelectStmt* plain_select(ParsedSql& parsed) {
  if (parsed.statements().size() != 1) return nullptr;
  PgQuery__Node* n = parsed.statements()[0].node;
  if (n->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return nullptr;
  PgQuery__SelectStmt* s = n->select_stmt;
  return s->op == PG_QUERY__SET_OPERATION__SETOP_NONE && s->n_target_list > 0 ? s : nullptr;
}

bool has_star(PgQuery__SelectStmt* s) {
  for (size_t i = 0; i < s->n_target_list; ++i) {
    PgQuery__Node* v = s->target_list[i]->res_target->val;
    if (v && v->node_case == PG_QUERY__NODE__NODE_COLUMN_REF) {
      auto* ref = v->column_ref;
      if (ref->fields[ref->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_A_STAR) return true;
    }
  }
  return false;
}
}  // namespace

bool appends_columns(const model::Expr& old_query, const model::Expr& new_query) {
  auto old_parsed = ParsedSql::parse(old_query.text, "<view>");
  auto new_parsed = ParsedSql::parse(new_query.text, "<view>");
  PgQuery__SelectStmt* before = plain_select(*old_parsed);
  PgQuery__SelectStmt* after = plain_select(*new_parsed);
  if (!before || !after || has_star(before) || has_star(after)) return false;
  if (after->n_target_list <= before->n_target_list) return false;
  after->n_target_list = before->n_target_list;  // the new query without its appended columns
  return canonical_query(deparse(new_parsed->statements()[0].node)) == old_query.canon;
}

}  // namespace shale::pgsql
