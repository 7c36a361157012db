#include "pgsql/expand_stars.hpp"

#include <string>
#include <utility>
#include <vector>

namespace shale::pgsql {

namespace {

struct FromRelation {
  std::string refname;  // the alias, or the relation's name
  std::vector<std::string> columns;
};

// The relations of a FROM item, in order; false when it holds anything else
// (a subquery, a function, JOIN … USING / NATURAL, which merge columns).
bool collect(PgQuery__Node* item, const Catalog& catalog, std::vector<FromRelation>& out) {
  if (item->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) {
    PgQuery__RangeVar* rv = item->range_var;
    std::vector<std::string> names;
    if (rv->schemaname && *rv->schemaname) names.push_back(rv->schemaname);
    names.push_back(rv->relname);
    model::QName name = qualified(names);
    if (!catalog.has_columns(name)) return false;
    if (rv->alias && rv->alias->n_colnames) return false;  // renamed columns
    out.push_back({rv->alias && rv->alias->aliasname ? rv->alias->aliasname : rv->relname, catalog.column_names(name)});
    return true;
  }
  if (item->node_case == PG_QUERY__NODE__NODE_JOIN_EXPR) {
    PgQuery__JoinExpr* j = item->join_expr;
    if (j->is_natural || j->n_using_clause || j->alias) return false;
    return collect(j->larg, catalog, out) && collect(j->rarg, catalog, out);
  }
  return false;
}

PgQuery__Node* column_ref(Arena& arena, const std::string& relation, const std::string& column) {
  auto* ref = arena.make(pg_query__column_ref__init);
  ref->n_fields = 2;
  ref->fields = static_cast<PgQuery__Node**>(arena.alloc(sizeof(PgQuery__Node*) * 2));
  ref->fields[0] = make_string_node(arena, relation);
  ref->fields[1] = make_string_node(arena, column);
  ref->location = -1;
  auto* node = arena.make(pg_query__node__init);
  node->node_case = PG_QUERY__NODE__NODE_COLUMN_REF;
  node->column_ref = ref;
  auto* target = arena.make(pg_query__res_target__init);
  target->val = node;
  target->location = -1;
  return wrap(arena, target);
}

bool expand_select(PgQuery__SelectStmt* select, const Catalog& catalog, Arena& arena) {
  if (select->op != PG_QUERY__SET_OPERATION__SETOP_NONE) {
    bool left = select->larg && expand_select(select->larg, catalog, arena);
    bool right = select->rarg && expand_select(select->rarg, catalog, arena);
    return left || right;
  }
  auto star_of = [](PgQuery__Node* target) -> PgQuery__ColumnRef* {
    PgQuery__Node* v = target->res_target->val;
    if (!v || v->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return nullptr;
    PgQuery__ColumnRef* ref = v->column_ref;
    return ref->fields[ref->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_A_STAR ? ref : nullptr;
  };
  bool any = false;
  for (size_t i = 0; i < select->n_target_list; ++i) any |= star_of(select->target_list[i]) != nullptr;
  if (!any || select->with_clause) return false;
  std::vector<FromRelation> from;
  for (size_t i = 0; i < select->n_from_clause; ++i)
    if (!collect(select->from_clause[i], catalog, from)) return false;
  std::vector<PgQuery__Node*> targets;
  for (size_t i = 0; i < select->n_target_list; ++i) {
    PgQuery__ColumnRef* star = star_of(select->target_list[i]);
    if (!star) {
      targets.push_back(select->target_list[i]);
      continue;
    }
    if (star->n_fields > 2) return false;  // schema.table.*
    std::string only = star->n_fields == 2 ? string_value(star->fields[0]) : "";
    bool found = only.empty();
    for (const auto& r : from) {
      if (!only.empty() && r.refname != only) continue;
      found = true;
      for (const auto& c : r.columns) targets.push_back(column_ref(arena, r.refname, c));
    }
    if (!found) return false;
  }
  select->n_target_list = targets.size();
  select->target_list = static_cast<PgQuery__Node**>(arena.alloc(sizeof(PgQuery__Node*) * targets.size()));
  for (size_t i = 0; i < targets.size(); ++i) select->target_list[i] = targets[i];
  return true;
}

}  // namespace

bool expand_stars(PgQuery__Node* query, const Catalog& catalog, Arena& arena) {
  if (!query || query->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return false;
  return expand_select(query->select_stmt, catalog, arena);
}

}  // namespace shale::pgsql
