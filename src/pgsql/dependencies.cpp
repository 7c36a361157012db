#include "pgsql/dependencies.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "pgsql/quote.hpp"

namespace shale::pgsql {

using model::QName;
using model::Ref;
using model::RefKind;

namespace {

// PostgreSQL's messages put the name as written inside double quotes.
std::string dq(const std::string& name) { return "\"" + name + "\""; }

template <class T>
T* as(ProtobufCMessage* m, const ProtobufCMessageDescriptor& d) {
  return m->descriptor == &d ? reinterpret_cast<T*>(m) : nullptr;
}

bool is_catalog_name(const std::vector<std::string>& names) {
  return names.size() >= 2 &&
         (names[names.size() - 2] == "pg_catalog" || names[names.size() - 2] == "information_schema");
}

// 'schema.name' inside nextval('…'::regclass): identifiers as regclass input
// reads them (double quotes keep case, bare words fold to lower case).
QName regclass_literal_impl(const std::string& text) {
  std::vector<std::string> parts(1);
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (ch == '"') {
      if (quoted && i + 1 < text.size() && text[i + 1] == '"') {
        parts.back() += '"';
        ++i;
      } else {
        quoted = !quoted;
      }
    } else if (ch == '.' && !quoted) {
      parts.emplace_back();
    } else {
      parts.back() += quoted ? ch : static_cast<char>(tolower(static_cast<unsigned char>(ch)));
    }
  }
  return qualified(parts);
}

const char* string_constant(PgQuery__Node* n) {
  while (n && n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) n = n->type_cast->arg;
  if (n && n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
    return n->a_const->sval->sval;
  return nullptr;
}

// Edges of one node that is a function call or a type name.
void function_or_type_ref(ProtobufCMessage* m, const Catalog& catalog, model::Refs& out) {
  if (auto* f = as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor)) {
    auto names = string_list(f->funcname, f->n_funcname);
    if (names.empty()) return;
    const std::string& fn = names.back();
    if ((fn == "nextval" || fn == "currval" || fn == "setval") && f->n_args >= 1) {
      if (const char* seq = string_constant(f->args[0]))
        model::add_ref(out, Ref{RefKind::relation, regclass_literal_impl(seq), ""});
    }
    if (is_catalog_name(names)) return;
    QName name = qualified(names);
    if (catalog.function(name)) model::add_ref(out, Ref{RefKind::function, name, ""});
  } else if (auto* t = as<PgQuery__TypeName>(m, pg_query__type_name__descriptor)) {
    type_refs(t, catalog, out);
  }
}

// Function calls and type names anywhere below `root`.
void function_and_type_refs(ProtobufCMessage* root, const Catalog& catalog, model::Refs& out) {
  walk(root, [&](ProtobufCMessage* m) { function_or_type_ref(m, catalog, out); });
}

}  // namespace

QName regclass_name(const std::string& text) { return regclass_literal_impl(text); }

QName qualified(const std::vector<std::string>& names) {
  if (names.empty()) return {};
  if (names.size() == 1) return QName{"public", names[0]};
  return QName{names[names.size() - 2], names.back()};
}

bool enum_of_type_text(const std::string& type, const Catalog& catalog, QName& out) {
  std::string base = type;
  while (base.size() > 2 && base.compare(base.size() - 2, 2, "[]") == 0) base.resize(base.size() - 2);
  QName name = regclass_literal_impl(base);
  if (!catalog.enum_type(name)) return false;
  out = name;
  return true;
}

void type_refs(const PgQuery__TypeName* type, const Catalog& catalog, model::Refs& out) {
  if (!type || type->pct_type) return;
  auto names = string_list(type->names, type->n_names);
  if (names.empty() || is_catalog_name(names)) return;
  QName name = qualified(names);
  if (catalog.enum_type(name))
    model::add_ref(out, Ref{RefKind::type, name, ""});
  else if (catalog.has_columns(name))
    model::add_ref(out, Ref{RefKind::relation, name, ""});
}

void expression_refs(PgQuery__Node* expr, const QName& table, const Catalog& catalog, model::Refs& out,
                     std::vector<Unresolved>* missing) {
  if (!expr) return;
  // One pass: column references, function calls and type names.
  walk(expr, [&](ProtobufCMessage* m) {
    auto* ref = as<PgQuery__ColumnRef>(m, pg_query__column_ref__descriptor);
    if (!ref) return function_or_type_ref(m, catalog, out);
    if (ref->n_fields == 0) return;
    PgQuery__Node* last = ref->fields[ref->n_fields - 1];
    if (last->node_case != PG_QUERY__NODE__NODE_STRING) return;
    std::string name = last->string->sval;
    if (catalog.column(table, name)) {
      model::add_ref(out, Ref{RefKind::column, table, name});
    } else if (missing) {
      missing->push_back({"column " + dq(name) + " does not exist", ref->location});
    }
  });
}

namespace {

// The relations a query reads and the names they are known by. Scopes of
// subqueries are flattened into one: a name is resolved against every
// relation of the statement, which can only add edges, never lose one.
struct QueryScope {
  std::map<std::string, QName> aliases;  // alias (or bare relation name) → relation
  std::vector<QName> relations;
  std::set<std::string> ctes, output_names;
  bool opaque = false;  // FROM holds subqueries, functions or CTEs: not every name is a relation's
};

QueryScope scope_of(PgQuery__Node* query, const Catalog& catalog, model::Refs& out, std::vector<Unresolved>* missing) {
  QueryScope s;
  std::vector<PgQuery__RangeVar*> ranges;
  walk(query, [&](ProtobufCMessage* m) {
    if (auto* rv = as<PgQuery__RangeVar>(m, pg_query__range_var__descriptor))
      ranges.push_back(rv);
    else if (auto* cte = as<PgQuery__CommonTableExpr>(m, pg_query__common_table_expr__descriptor)) {
      s.ctes.insert(cte->ctename);
      s.opaque = true;
    } else if (m->descriptor == &pg_query__range_subselect__descriptor ||
               m->descriptor == &pg_query__range_function__descriptor ||
               m->descriptor == &pg_query__range_table_func__descriptor ||
               m->descriptor == &pg_query__join_expr__descriptor) {
      // JOIN … USING merges columns under the join's name; treat like a subquery.
      if (m->descriptor != &pg_query__join_expr__descriptor) s.opaque = true;
    } else if (auto* rt = as<PgQuery__ResTarget>(m, pg_query__res_target__descriptor)) {
      if (rt->name && *rt->name) s.output_names.insert(rt->name);
    }
  });
  for (auto* rv : ranges) {
    std::string schema = rv->schemaname ? rv->schemaname : "";
    if (schema.empty() && s.ctes.count(rv->relname)) continue;
    QName name = qualified(schema.empty() ? std::vector<std::string>{rv->relname}
                                          : std::vector<std::string>{schema, rv->relname});
    if (!catalog.has_columns(name)) {
      if (catalog.other_relation(name))
        model::add_ref(out, Ref{RefKind::relation, name, ""});
      else if (missing)
        missing->push_back({"relation " + dq(rv->relname) + " does not exist", rv->location});
      continue;
    }
    model::add_ref(out, Ref{RefKind::relation, name, ""});
    s.relations.push_back(name);
    s.aliases[rv->alias && rv->alias->aliasname ? rv->alias->aliasname : rv->relname] = name;
  }
  return s;
}

void add_all_columns(const Catalog& catalog, const QName& rel, model::Refs& out) {
  for (const auto& c : catalog.column_names(rel)) model::add_ref(out, Ref{RefKind::column, rel, c});
}

void column_ref(PgQuery__ColumnRef* ref, const QueryScope& s, const Catalog& catalog, model::Refs& out,
                std::vector<Unresolved>* missing) {
  std::vector<std::string> names;
  bool star = false;
  for (size_t i = 0; i < ref->n_fields; ++i) {
    if (ref->fields[i]->node_case == PG_QUERY__NODE__NODE_A_STAR)
      star = true;
    else
      names.push_back(string_value(ref->fields[i]));
  }
  if (star) {
    if (names.empty()) {
      for (const auto& r : s.relations) add_all_columns(catalog, r, out);
    } else if (auto a = s.aliases.find(names.back()); a != s.aliases.end()) {
      add_all_columns(catalog, a->second, out);
    }
    return;
  }
  if (names.size() == 1) {
    bool found = false;
    for (const auto& r : s.relations)
      if (catalog.column(r, names[0])) {
        model::add_ref(out, Ref{RefKind::column, r, names[0]});
        found = true;
      }
    if (found) return;
    if (auto a = s.aliases.find(names[0]); a != s.aliases.end()) {  // a whole-row reference
      add_all_columns(catalog, a->second, out);
      return;
    }
    if (missing && !s.opaque && !s.output_names.count(names[0]) && !s.relations.empty())
      missing->push_back({"column " + dq(names[0]) + " does not exist", ref->location});
    return;
  }
  // qualifier.column or schema.table.column
  QName rel;
  if (names.size() == 2) {
    auto a = s.aliases.find(names[0]);
    if (a == s.aliases.end()) return;  // a subquery's alias, or a composite field
    rel = a->second;
  } else {
    rel = QName{names[names.size() - 3], names[names.size() - 2]};
    if (!catalog.has_columns(rel)) return;
  }
  if (catalog.column(rel, names.back())) {
    model::add_ref(out, Ref{RefKind::column, rel, names.back()});
  } else if (missing) {
    missing->push_back({"column " + names[names.size() - 2] + "." + names.back() + " does not exist", ref->location});
  }
}

}  // namespace

void query_refs(PgQuery__Node* query, const Catalog& catalog, model::Refs& out, std::vector<Unresolved>* missing) {
  if (!query) return;
  QueryScope s = scope_of(query, catalog, out, missing);
  walk(query, [&](ProtobufCMessage* m) {
    if (auto* ref = as<PgQuery__ColumnRef>(m, pg_query__column_ref__descriptor))
      column_ref(ref, s, catalog, out, missing);
  });
  function_and_type_refs(reinterpret_cast<ProtobufCMessage*>(query), catalog, out);
}

std::vector<std::string> query_columns(PgQuery__Node* query, const Catalog& catalog) {
  std::vector<std::string> out;
  if (!query || query->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return out;
  PgQuery__SelectStmt* select = query->select_stmt;
  while (select->op != PG_QUERY__SET_OPERATION__SETOP_NONE && select->larg)
    select = select->larg;  // UNION: the first arm names
  model::Refs ignored;
  QueryScope s = scope_of(query, catalog, ignored, nullptr);
  for (size_t i = 0; i < select->n_target_list; ++i) {
    PgQuery__ResTarget* rt = select->target_list[i]->res_target;
    if (rt->name && *rt->name) {
      out.push_back(rt->name);
      continue;
    }
    PgQuery__Node* v = rt->val;
    while (v && v->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) v = v->type_cast->arg;
    if (v && v->node_case == PG_QUERY__NODE__NODE_COLUMN_REF) {
      PgQuery__ColumnRef* ref = v->column_ref;
      PgQuery__Node* last = ref->fields[ref->n_fields - 1];
      if (last->node_case == PG_QUERY__NODE__NODE_A_STAR) {
        std::vector<QName> rels = s.relations;
        if (ref->n_fields > 1)
          if (auto a = s.aliases.find(string_value(ref->fields[ref->n_fields - 2])); a != s.aliases.end())
            rels = {a->second};
        for (const auto& r : rels) {
          auto cols = catalog.column_names(r);
          out.insert(out.end(), cols.begin(), cols.end());
        }
        continue;
      }
      out.push_back(string_value(last));
    } else if (v && v->node_case == PG_QUERY__NODE__NODE_FUNC_CALL) {
      out.push_back(string_value(v->func_call->funcname[v->func_call->n_funcname - 1]));
    } else {
      out.push_back("?column?");
    }
  }
  return out;
}

void function_refs(PgQuery__CreateFunctionStmt* fn, const Catalog& catalog, model::Refs& out) {
  for (size_t i = 0; i < fn->n_parameters; ++i)
    type_refs(fn->parameters[i]->function_parameter->arg_type, catalog, out);
  type_refs(fn->return_type, catalog, out);
  std::string language, body;
  for (size_t i = 0; i < fn->n_options; ++i) {
    PgQuery__DefElem* d = fn->options[i]->def_elem;
    std::string opt = d->defname;
    if (opt == "language" && d->arg) language = string_value(d->arg);
    if (opt == "as" && d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST && d->arg->list->n_items == 1)
      body = string_value(d->arg->list->items[0]);
  }
  if (fn->sql_body) {
    query_refs(fn->sql_body, catalog, out, nullptr);
  } else if (language == "sql" && !body.empty()) {
    // A body that does not parse (or that PostgreSQL only checks at call
    // time) simply adds no edge.
    try {
      auto parsed = ParsedSql::parse(body, "<function body>");
      for (const auto& st : parsed->statements()) query_refs(st.node, catalog, out, nullptr);
    } catch (const UserError&) {
    }
  }
}

void trigger_refs(PgQuery__CreateTrigStmt* trigger, const QName& table, const Catalog& catalog, model::Refs& out) {
  QName fn = qualified(string_list(trigger->funcname, trigger->n_funcname));
  if (catalog.function(fn)) model::add_ref(out, Ref{RefKind::function, fn, ""});
  for (const auto& col : string_list(trigger->columns, trigger->n_columns))
    model::add_ref(out, Ref{RefKind::column, table, col});
  if (trigger->when_clause) {
    // WHEN refers to NEW.col and OLD.col: the table's columns.
    walk(trigger->when_clause, [&](ProtobufCMessage* m) {
      auto* ref = as<PgQuery__ColumnRef>(m, pg_query__column_ref__descriptor);
      if (!ref || ref->n_fields < 2 || ref->fields[ref->n_fields - 1]->node_case != PG_QUERY__NODE__NODE_STRING) return;
      std::string col = string_value(ref->fields[ref->n_fields - 1]);
      if (catalog.column(table, col)) model::add_ref(out, Ref{RefKind::column, table, col});
    });
    function_and_type_refs(reinterpret_cast<ProtobufCMessage*>(trigger->when_clause), catalog, out);
  }
}

}  // namespace shale::pgsql
