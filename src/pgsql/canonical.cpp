#include "pgsql/canonical.hpp"

#include "pgsql/interval_literal.hpp"
#include "pgsql/wire.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <regex>
#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace shale::pgsql {

namespace {

bool is_const_array(const PgQuery__Node* n) {
  if (n->node_case != PG_QUERY__NODE__NODE_A_ARRAY_EXPR) return false;
  for (size_t i = 0; i < n->a_array_expr->n_elements; ++i)
    if (n->a_array_expr->elements[i]->node_case != PG_QUERY__NODE__NODE_A_CONST) return false;
  return true;
}

bool is_schema_to_strip(const std::string& s) { return s == "public" || s == "pg_catalog"; }

// Drops a leading public./pg_catalog. from a name list held as String nodes.
void strip_qualifier(size_t* n, PgQuery__Node*** names) {
  if (*n == 2 && is_schema_to_strip(string_value((*names)[0]))) {
    *names = *names + 1;
    *n = 1;
  }
}

void rewrite_string_const_number(PgQuery__AConst* c, Arena& arena) {
  if (c->val_case != PG_QUERY__A__CONST__VAL_SVAL) return;
  static const std::regex integer("-?[0-9]+"), decimal("-?[0-9]+\\.[0-9]*|-?\\.[0-9]+");
  const char* s = c->sval->sval;
  if (std::regex_match(s, integer) && strlen(s) < 10) {
    auto* i = arena.make(pg_query__integer__init);
    i->ival = std::stoi(s);
    c->val_case = PG_QUERY__A__CONST__VAL_IVAL;
    c->ival = i;
  } else if (std::regex_match(s, integer) || std::regex_match(s, decimal)) {
    auto* f = arena.make(pg_query__float__init);
    f->fval = arena.strdup(s);
    c->val_case = PG_QUERY__A__CONST__VAL_FVAL;
    c->fval = f;
  }
}

void rewrite_node(PgQuery__Node* n, Arena& arena) {
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_TYPE_CAST: {
      PgQuery__Node* arg = n->type_cast->arg;
      bool literal = arg->node_case == PG_QUERY__NODE__NODE_A_CONST || is_const_array(arg);
      // interval '30 minutes' is stored as '00:30:00'::interval.
      const PgQuery__TypeName* type = n->type_cast->type_name;
      if (literal && arg->node_case == PG_QUERY__NODE__NODE_A_CONST &&
          arg->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL && type && type->n_names && type->n_typmods == 0 &&
          string_value(type->names[type->n_names - 1]) == "interval")
        if (auto printed = canonical_interval(arg->a_const->sval->sval))
          arg->a_const->sval->sval = arena.strdup(*printed);
      // PostgreSQL adds implicit casts to columns ((qty)::numeric * price).
      bool column = arg->node_case == PG_QUERY__NODE__NODE_COLUMN_REF;
      // … and to CURRENT_USER and its kin (name) passed where text is taken
      // (tenant_of((CURRENT_USER)::text) in a policy).
      bool value_function = arg->node_case == PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION;
      if (literal || column || value_function) *n = *arg;
      break;
    }
    case PG_QUERY__NODE__NODE_A_EXPR: {
      PgQuery__AExpr* e = n->a_expr;
      bool between =
          e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN || e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN;
      if (between && e->rexpr && e->rexpr->node_case == PG_QUERY__NODE__NODE_LIST && e->rexpr->list->n_items == 2) {
        // x BETWEEN a AND b is stored as x >= a AND x <= b (NOT: x < a OR x > b).
        bool negated = e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN;
        auto comparison = [&](const char* op, PgQuery__Node* bound) {
          auto* cmp = arena.make(pg_query__a__expr__init);
          cmp->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
          cmp->n_name = 1;
          cmp->name = static_cast<PgQuery__Node**>(arena.alloc(sizeof(PgQuery__Node*)));
          cmp->name[0] = make_string_node(arena, op);
          cmp->lexpr = e->lexpr;
          cmp->rexpr = bound;
          auto* node = arena.make(pg_query__node__init);
          node->node_case = PG_QUERY__NODE__NODE_A_EXPR;
          node->a_expr = cmp;
          return node;
        };
        auto* b = arena.make(pg_query__bool_expr__init);
        b->boolop = negated ? PG_QUERY__BOOL_EXPR_TYPE__OR_EXPR : PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR;
        b->n_args = 2;
        b->args = static_cast<PgQuery__Node**>(arena.alloc(2 * sizeof(PgQuery__Node*)));
        b->args[0] = comparison(negated ? "<" : ">=", e->rexpr->list->items[0]);
        b->args[1] = comparison(negated ? ">" : "<=", e->rexpr->list->items[1]);
        n->node_case = PG_QUERY__NODE__NODE_BOOL_EXPR;
        n->bool_expr = b;
        break;
      }
      if (e->kind == PG_QUERY__A__EXPR__KIND__AEXPR_IN && e->rexpr &&
          e->rexpr->node_case == PG_QUERY__NODE__NODE_LIST) {
        std::string op = string_value(e->name[e->n_name - 1]);
        auto* array = arena.make(pg_query__a__array_expr__init);
        array->n_elements = e->rexpr->list->n_items;
        array->elements = e->rexpr->list->items;
        auto* node = arena.make(pg_query__node__init);
        node->node_case = PG_QUERY__NODE__NODE_A_ARRAY_EXPR;
        node->a_array_expr = array;
        e->rexpr = node;
        e->kind = op == "=" ? PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY : PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL;
      }
      break;
    }
    case PG_QUERY__NODE__NODE_FUNC_CALL: {
      PgQuery__FuncCall* f = n->func_call;
      strip_qualifier(&f->n_funcname, &f->funcname);
      std::string fname = string_value(f->funcname[f->n_funcname - 1]);
      if ((fname == "nextval" || fname == "currval" || fname == "setval") && f->n_args >= 1 &&
          f->args[0]->node_case == PG_QUERY__NODE__NODE_A_CONST &&
          f->args[0]->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
        std::string seq = f->args[0]->a_const->sval->sval;
        if (seq.rfind("public.", 0) == 0) f->args[0]->a_const->sval->sval = arena.strdup(seq.substr(7));
      }
      break;
    }
    default: break;
  }
}

// pg_get_functiondef prints options in its own order and omits defaults.
void normalize_function_options(PgQuery__CreateFunctionStmt* s) {
  std::vector<PgQuery__Node*> kept;
  for (size_t i = 0; i < s->n_options; ++i) {
    PgQuery__DefElem* d = s->options[i]->def_elem;
    std::string name = d->defname;
    std::string value = d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_STRING ? d->arg->string->sval : "";
    bool off = d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN && !d->arg->boolean->boolval;
    if ((name == "volatility" && value == "volatile") || (name == "parallel" && value == "unsafe") ||
        ((name == "strict" || name == "security" || name == "leakproof") && off))
      continue;
    kept.push_back(s->options[i]);
  }
  std::stable_sort(kept.begin(), kept.end(), [](PgQuery__Node* a, PgQuery__Node* b) {
    return strcmp(a->def_elem->defname, b->def_elem->defname) < 0;
  });
  std::copy(kept.begin(), kept.end(), s->options);
  s->n_options = kept.size();
}

// Source locations differ between the two sides and mean nothing for equality.
void clear_location(ProtobufCMessage* msg) {
  thread_local std::unordered_map<const ProtobufCMessageDescriptor*, int> location_offset;
  auto it = location_offset.find(msg->descriptor);
  if (it == location_offset.end()) {
    const ProtobufCFieldDescriptor* f = protobuf_c_message_descriptor_get_field_by_name(msg->descriptor, "location");
    it = location_offset.emplace(msg->descriptor, f && f->type == PROTOBUF_C_TYPE_INT32 ? int(f->offset) : -1).first;
  }
  if (it->second >= 0) *reinterpret_cast<int32_t*>(reinterpret_cast<char*>(msg) + it->second) = 0;
}

void rewrite_message(ProtobufCMessage* msg, Arena& arena) {
  clear_location(msg);
  const ProtobufCMessageDescriptor* d = msg->descriptor;
  if (d == &pg_query__node__descriptor) {
    rewrite_node(reinterpret_cast<PgQuery__Node*>(msg), arena);
  } else if (d == &pg_query__range_var__descriptor) {
    auto* rv = reinterpret_cast<PgQuery__RangeVar*>(msg);
    if (rv->schemaname && is_schema_to_strip(rv->schemaname)) rv->schemaname = arena.strdup("");
  } else if (d == &pg_query__type_name__descriptor) {
    auto* t = reinterpret_cast<PgQuery__TypeName*>(msg);
    strip_qualifier(&t->n_names, &t->names);
    t->location = 0;
  } else if (d == &pg_query__a__const__descriptor) {
    rewrite_string_const_number(reinterpret_cast<PgQuery__AConst*>(msg), arena);
  } else if (d == &pg_query__index_elem__descriptor) {
    auto* e = reinterpret_cast<PgQuery__IndexElem*>(msg);
    if (e->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_ASC) e->ordering = PG_QUERY__SORT_BY_DIR__SORTBY_DEFAULT;
    bool desc = e->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
    // NULLS FIRST is the default for DESC, NULLS LAST for ASC.
    strip_qualifier(&e->n_opclass, &e->opclass);
    if ((desc && e->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST) ||
        (!desc && e->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST))
      e->nulls_ordering = PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_DEFAULT;
  } else if (d == &pg_query__constraint__descriptor) {
    // Validity is not part of the model: NOT VALID and validated compare equal.
    auto* c = reinterpret_cast<PgQuery__Constraint*>(msg);
    c->skip_validation = 0;
    c->initially_valid = 0;
  } else if (d == &pg_query__def_elem__descriptor) {
    // Storage parameters read back as strings: fillfactor='70'.
    auto* e = reinterpret_cast<PgQuery__DefElem*>(msg);
    if (e->arg && e->arg->node_case == PG_QUERY__NODE__NODE_STRING) {
      static const std::regex integer("-?[0-9]{1,9}");
      if (std::regex_match(e->arg->string->sval, integer)) {
        auto* i = arena.make(pg_query__integer__init);
        i->ival = std::stoi(e->arg->string->sval);
        auto* node = arena.make(pg_query__node__init);
        node->node_case = PG_QUERY__NODE__NODE_INTEGER;
        node->integer = i;
        e->arg = node;
      }
    }
  } else if (d == &pg_query__index_stmt__descriptor) {
    auto* s = reinterpret_cast<PgQuery__IndexStmt*>(msg);
    if (!s->access_method || !*s->access_method) s->access_method = arena.strdup("btree");
    s->concurrent = 0;
    s->if_not_exists = 0;
    // Storage parameters in any order (reloptions keeps the order they were
    // set in), a bare word as the string it is (pg_get_indexdef leaves a value
    // that is an identifier unquoted: deduplicate_items=off).
    for (size_t i = 0; i < s->n_options; ++i) {
      PgQuery__DefElem* e = s->options[i]->def_elem;
      if (!e->arg || e->arg->node_case != PG_QUERY__NODE__NODE_TYPE_NAME || e->arg->type_name->n_names != 1) continue;
      auto* str = arena.make(pg_query__string__init);
      str->sval = arena.strdup(string_value(e->arg->type_name->names[0]));
      auto* node = arena.make(pg_query__node__init);
      node->node_case = PG_QUERY__NODE__NODE_STRING;
      node->string = str;
      e->arg = node;
    }
    std::stable_sort(s->options, s->options + s->n_options, [](const PgQuery__Node* a, const PgQuery__Node* b) {
      return std::string(a->def_elem->defname) < std::string(b->def_elem->defname);
    });
  } else if (d == &pg_query__create_function_stmt__descriptor) {
    auto* s = reinterpret_cast<PgQuery__CreateFunctionStmt*>(msg);
    s->replace = 1;
    strip_qualifier(&s->n_funcname, &s->funcname);
    normalize_function_options(s);
  } else if (d == &pg_query__function_parameter__descriptor) {
    auto* p = reinterpret_cast<PgQuery__FunctionParameter*>(msg);
    if (p->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_IN)
      p->mode = PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_DEFAULT;
  } else if (d == &pg_query__create_trig_stmt__descriptor) {
    auto* s = reinterpret_cast<PgQuery__CreateTrigStmt*>(msg);
    strip_qualifier(&s->n_funcname, &s->funcname);
    s->replace = 0;
  }
}

std::unique_ptr<ParsedSql> parse_for_canon(const std::string& sql) {
  try {
    return ParsedSql::parse(sql, "<definition>");
  } catch (const UserError& e) {
    throw std::invalid_argument(std::string(e.what()) + " in: " + sql);
  }
}

// GROUP BY 1, ORDER BY 2 name output columns by position; PostgreSQL stores
// the column's expression, and prints that. The expression node is shared,
// which the rewrites after this (each idempotent) and the deparser allow.
void resolve_positions(PgQuery__SelectStmt* s) {
  if (!s || s->op != PG_QUERY__SET_OPERATION__SETOP_NONE) return;
  auto target = [&](PgQuery__Node* n) -> PgQuery__Node* {
    if (!n || n->node_case != PG_QUERY__NODE__NODE_A_CONST || n->a_const->val_case != PG_QUERY__A__CONST__VAL_IVAL)
      return nullptr;
    int64_t k = n->a_const->ival ? n->a_const->ival->ival : 0;
    if (k < 1 || static_cast<size_t>(k) > s->n_target_list) return nullptr;
    PgQuery__Node* v = s->target_list[k - 1]->res_target->val;
    // A star is expanded by then (expand_stars) or left alone.
    if (v && v->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
        v->column_ref->fields[v->column_ref->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_A_STAR)
      return nullptr;
    return v;
  };
  for (size_t i = 0; i < s->n_group_clause; ++i)
    if (PgQuery__Node* v = target(s->group_clause[i])) s->group_clause[i] = v;
  for (size_t i = 0; i < s->n_sort_clause; ++i) {
    PgQuery__SortBy* by = s->sort_clause[i]->sort_by;
    if (PgQuery__Node* v = by ? target(by->node) : nullptr) by->node = v;
  }
}

// Unqualifies t.col when the SELECT (or an arm of a UNION …) reads from
// exactly one relation.
void unqualify_single_table_columns(PgQuery__SelectStmt* s) {
  if (s && s->op != PG_QUERY__SET_OPERATION__SETOP_NONE) {
    unqualify_single_table_columns(s->larg);
    unqualify_single_table_columns(s->rarg);
    return;
  }
  if (!s || s->n_from_clause != 1 || s->from_clause[0]->node_case != PG_QUERY__NODE__NODE_RANGE_VAR) return;
  PgQuery__RangeVar* rv = s->from_clause[0]->range_var;
  std::string qualifier = rv->alias ? rv->alias->aliasname : rv->relname;
  walk(reinterpret_cast<ProtobufCMessage*>(s), [&](ProtobufCMessage* m) {
    if (m->descriptor != &pg_query__column_ref__descriptor) return;
    auto* c = reinterpret_cast<PgQuery__ColumnRef*>(m);
    if (c->n_fields == 2 && string_value(c->fields[0]) == qualifier) {
      c->fields = c->fields + 1;
      c->n_fields = 1;
    }
  });
  // "SELECT t.id AS id" is how pg_get_viewdef prints a renamed-to-itself column.
  for (size_t i = 0; i < s->n_target_list; ++i) {
    PgQuery__ResTarget* t = s->target_list[i]->res_target;
    if (t->name && *t->name && t->val && t->val->node_case == PG_QUERY__NODE__NODE_COLUMN_REF) {
      PgQuery__ColumnRef* c = t->val->column_ref;
      if (string_value(c->fields[c->n_fields - 1]) == t->name) t->name = const_cast<char*>("");
    }
  }
}

}  // namespace

void normalize(PgQuery__Node* node, Arena& arena) {
  walk(reinterpret_cast<ProtobufCMessage*>(node), [&](ProtobufCMessage* m) { rewrite_message(m, arena); });
}

// The canonical form is the normalised tree itself, packed: equal trees pack
// to equal bytes, and packing is far cheaper than deparsing (the profile of a
// 5,000-table plan was dominated by deparse round trips).
std::string pack(PgQuery__Node* node) { return encode(&node->base); }

std::string canonical_statement(const std::string& sql) {
  auto parsed = parse_for_canon(sql);
  std::string out;
  for (const auto& st : parsed->statements()) {
    normalize(st.node, parsed->arena());
    out += pack(st.node);
  }
  return out;
}

namespace {
std::atomic<bool> check_trees{false};
}

void check_tree_canonical_forms(bool on) { check_trees = on; }

std::string canonical_tree(const PgQuery__Node* stmt, const std::string& sql) {
  // The form depends on the tree alone, locations aside (normalize clears
  // them), and schemas repeat constraints: remember it by those bytes, per
  // thread and bounded as deparse() remembers texts. Index statements name
  // their index and never repeat.
  thread_local std::unordered_map<std::string, std::string> memo;
  bool repeats = stmt->node_case != PG_QUERY__NODE__NODE_INDEX_STMT;
  std::string bytes = encode_without_locations(&stmt->base);
  auto hit = repeats ? memo.find(bytes) : memo.end();
  std::string canon;
  if (hit != memo.end()) {
    canon = hit->second;
  } else {
    // normalize() rewrites in place: canonicalise a copy (decoding the
    // tree's own bytes is a linear copy into a scratch arena).
    Arena scratch;
    auto* copy = reinterpret_cast<PgQuery__Node*>(
        decode(&pg_query__node__descriptor, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), scratch));
    normalize(copy, scratch);
    canon = pack(copy);
    if (repeats) {
      if (memo.size() >= (1 << 16)) memo.clear();
      memo.emplace(std::move(bytes), canon);
    }
  }
  if (check_trees && canon != canonical_statement(sql))
    throw std::logic_error("the canonical form of a tree differs from that of its deparsed text: " + sql);
  return canon;
}

std::string canonical_expression(const std::string& expr) {
  // Schemas repeat the same few defaults (now(), 0, false …) thousands of times.
  thread_local std::unordered_map<std::string, std::string> memo;
  auto hit = memo.find(expr);
  if (hit != memo.end()) return hit->second;
  std::string canon = canonical_statement("SELECT " + expr);
  memo.emplace(expr, canon);
  return canon;
}

std::string canonical_query(const std::string& query) {
  auto parsed = parse_for_canon(query);
  if (parsed->statements().size() != 1) throw std::invalid_argument("not a single query: " + query);
  PgQuery__Node* node = parsed->statements()[0].node;
  if (node->node_case == PG_QUERY__NODE__NODE_SELECT_STMT) {
    resolve_positions(node->select_stmt);
    unqualify_single_table_columns(node->select_stmt);
  }
  normalize(node, parsed->arena());
  return pack(node);
}

std::string canonical_default(const std::string& expr, const std::string& column_type) {
  if (column_type == "interval" && expr.size() >= 2 && expr.front() == '\'' && expr.back() == '\'' &&
      expr.find('\'', 1) == expr.size() - 1)
    if (auto printed = canonical_interval(expr.substr(1, expr.size() - 2)))
      return canonical_expression("'" + *printed + "'");
  return canonical_expression(expr);
}

std::string canonical_policy_expression(const std::string& expr, const std::string& table) {
  auto parsed = parse_for_canon("SELECT " + expr);
  PgQuery__Node* node = parsed->statements().at(0).node;
  walk(node, [&](ProtobufCMessage* m) {
    if (m->descriptor != &pg_query__column_ref__descriptor) return;
    auto* ref = reinterpret_cast<PgQuery__ColumnRef*>(m);
    if (ref->n_fields < 2 || ref->n_fields > 3) return;
    PgQuery__Node* qualifier = ref->fields[ref->n_fields - 2];
    if (qualifier->node_case != PG_QUERY__NODE__NODE_STRING || table != qualifier->string->sval) return;
    ref->fields += ref->n_fields - 1;
    ref->n_fields = 1;
  });
  normalize(node, parsed->arena());
  return pack(node);
}

}  // namespace shale::pgsql
