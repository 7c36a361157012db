#include "pgsql/rename_refs.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "pgsql/dependencies.hpp"
#include "pgsql/quote.hpp"

namespace shale::pgsql {

using model::QName;

namespace {

template <class T>
T* as(ProtobufCMessage* m, const ProtobufCMessageDescriptor& d) {
  return m->descriptor == &d ? reinterpret_cast<T*>(m) : nullptr;
}

struct Rewriter {
  Rewriter(const Renaming& renaming, QName owner, Arena& a) : r(renaming), table(std::move(owner)), arena(a) {}

  const Renaming& r;
  QName table;  // owner of a table-scoped definition; empty for queries
  Arena& arena;
  bool changed = false;

  bool names_target(const char* schema, const char* name) const {
    std::string s = schema && *schema ? schema : "public";
    return s == r.target.schema && name && r.target.name == name;
  }

  void set(char*& field, const std::string& value) {
    field = arena.strdup(value);
    changed = true;
  }

  void set_string(PgQuery__Node* node, const std::string& value) {
    node->string->sval = arena.strdup(value);
    changed = true;
  }

  // The names by which a query refers to the target relation, and whether
  // another relation of the query has a column of the old name (then an
  // unqualified reference is not the target's, or PostgreSQL would have
  // called it ambiguous).
  std::set<std::string> target_aliases;
  bool other_relation_may_have_column = false;

  void scan_scope(PgQuery__Node* root) {
    walk(root, [&](ProtobufCMessage* m) {
      auto* rv = as<PgQuery__RangeVar>(m, pg_query__range_var__descriptor);
      if (rv) {
        if (names_target(rv->schemaname, rv->relname))
          target_aliases.insert(rv->alias && rv->alias->aliasname ? rv->alias->aliasname : rv->relname);
        else
          other_relation_may_have_column = true;
      } else if (m->descriptor == &pg_query__range_subselect__descriptor ||
                 m->descriptor == &pg_query__range_function__descriptor) {
        other_relation_may_have_column = true;
      }
    });
  }

  // Is the ColumnRef `ref` a reference to the renamed column?
  bool refers_to_column(PgQuery__ColumnRef* ref) const {
    if (ref->n_fields == 0 || ref->fields[ref->n_fields - 1]->node_case != PG_QUERY__NODE__NODE_STRING) return false;
    if (string_value(ref->fields[ref->n_fields - 1]) != r.column) return false;
    if (!table.name.empty()) {  // table-scoped: unqualified, or qualified with the table's name
      if (ref->n_fields == 1) return true;
      std::string q = string_value(ref->fields[ref->n_fields - 2]);
      return q == table.name || q == "new" || q == "old";
    }
    if (target_aliases.empty()) return false;
    if (ref->n_fields == 1) return !other_relation_may_have_column;
    return target_aliases.count(string_value(ref->fields[ref->n_fields - 2])) > 0;
  }

  void run(PgQuery__Node* root) {
    if (table.name.empty()) scan_scope(root);
    bool table_scoped_on_target = !table.name.empty() && table == r.target;
    // A view's column keeps its name when the column under it is renamed
    // (pg_get_viewdef then prints "t.new AS old").
    if (r.kind == Renaming::Kind::column && table.name.empty()) {
      walk(root, [&](ProtobufCMessage* m) {
        auto* rt = as<PgQuery__ResTarget>(m, pg_query__res_target__descriptor);
        if (!rt || (rt->name && *rt->name) || !rt->val || rt->val->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return;
        if (refers_to_column(rt->val->column_ref)) set(rt->name, r.column);
      });
    }
    walk(root, [&](ProtobufCMessage* m) {
      switch (r.kind) {
        case Renaming::Kind::relation:
          if (auto* rv = as<PgQuery__RangeVar>(m, pg_query__range_var__descriptor)) {
            if (names_target(rv->schemaname, rv->relname)) set(rv->relname, r.new_name);
          } else if (auto* ref = as<PgQuery__ColumnRef>(m, pg_query__column_ref__descriptor)) {
            // t.col where t is the relation's own name (no alias).
            if (ref->n_fields >= 2 && ref->fields[ref->n_fields - 2]->node_case == PG_QUERY__NODE__NODE_STRING &&
                string_value(ref->fields[ref->n_fields - 2]) == r.target.name &&
                (table.name.empty() ? unaliased_target_in_scope : table == r.target))
              set_string(ref->fields[ref->n_fields - 2], r.new_name);
          } else if (auto* tn = as<PgQuery__TypeName>(m, pg_query__type_name__descriptor)) {
            rename_type_name(tn);  // a table's row type follows the table
          }
          break;
        case Renaming::Kind::column:
          if (auto* ref = as<PgQuery__ColumnRef>(m, pg_query__column_ref__descriptor)) {
            if ((table.name.empty() || table_scoped_on_target) && refers_to_column(ref))
              set_string(ref->fields[ref->n_fields - 1], r.new_name);
          } else if (auto* e = as<PgQuery__IndexElem>(m, pg_query__index_elem__descriptor)) {
            if (table_scoped_on_target && e->name && r.column == e->name) set(e->name, r.new_name);
          }
          break;
        case Renaming::Kind::type:
          if (auto* tn = as<PgQuery__TypeName>(m, pg_query__type_name__descriptor)) rename_type_name(tn);
          break;
        case Renaming::Kind::function:
          if (auto* f = as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor))
            rename_function_name(f->funcname, f->n_funcname);
          else if (auto* fs = as<PgQuery__CreateFunctionStmt>(m, pg_query__create_function_stmt__descriptor))
            rename_function_name(fs->funcname, fs->n_funcname);
          else if (auto* ts = as<PgQuery__CreateTrigStmt>(m, pg_query__create_trig_stmt__descriptor))
            rename_function_name(ts->funcname, ts->n_funcname);
          break;
        case Renaming::Kind::schema: rename_schema_in(m); break;
      }
      if (r.kind == Renaming::Kind::relation || r.kind == Renaming::Kind::schema)
        if (auto* f = as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor)) rename_regclass_argument(f);
    });
  }

  void rename_function_name(PgQuery__Node** names, size_t n) {
    if (n == 0 || qualified(string_list(names, n)) != r.target) return;
    set_string(names[n - 1], r.new_name);
  }

  // A qualifier naming the renamed schema, in whatever node carries one.
  void rename_schema_in(ProtobufCMessage* m) {
    auto qualifier = [&](PgQuery__Node** names, size_t n, size_t min) {
      if (n >= min && names[n - min]->node_case == PG_QUERY__NODE__NODE_STRING &&
          r.target.schema == names[n - min]->string->sval)
        set_string(names[n - min], r.new_name);
    };
    if (auto* rv = as<PgQuery__RangeVar>(m, pg_query__range_var__descriptor)) {
      if (rv->schemaname && r.target.schema == rv->schemaname) set(rv->schemaname, r.new_name);
    } else if (auto* tn = as<PgQuery__TypeName>(m, pg_query__type_name__descriptor)) {
      qualifier(tn->names, tn->n_names, 2);
    } else if (auto* f = as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor)) {
      qualifier(f->funcname, f->n_funcname, 2);
    } else if (auto* fs = as<PgQuery__CreateFunctionStmt>(m, pg_query__create_function_stmt__descriptor)) {
      qualifier(fs->funcname, fs->n_funcname, 2);
    } else if (auto* ts = as<PgQuery__CreateTrigStmt>(m, pg_query__create_trig_stmt__descriptor)) {
      qualifier(ts->funcname, ts->n_funcname, 2);
    } else if (auto* ref = as<PgQuery__ColumnRef>(m, pg_query__column_ref__descriptor)) {
      qualifier(ref->fields, ref->n_fields, 3);
    }
  }

  // nextval('seq'::regclass): PostgreSQL holds the sequence by OID and prints
  // its current name, so the literal follows a renamed sequence or schema.
  void rename_regclass_argument(PgQuery__FuncCall* f) {
    auto names = string_list(f->funcname, f->n_funcname);
    if (names.empty() || f->n_args == 0) return;
    const std::string& fn = names.back();
    if (fn != "nextval" && fn != "currval" && fn != "setval") return;
    PgQuery__Node* arg = f->args[0];
    while (arg && arg->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) arg = arg->type_cast->arg;
    if (!arg || arg->node_case != PG_QUERY__NODE__NODE_A_CONST ||
        arg->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL)
      return;
    QName seq = regclass_name(arg->a_const->sval->sval);
    bool explicit_schema = std::string(arg->a_const->sval->sval).find('.') != std::string::npos;
    if (r.kind == Renaming::Kind::relation && seq == r.target)
      seq.name = r.new_name;
    else if (r.kind == Renaming::Kind::schema && seq.schema == r.target.schema)
      seq.schema = r.new_name;
    else
      return;
    std::string text =
        explicit_schema || seq.schema != "public" ? quote_qualified(seq.schema, seq.name) : quote_ident(seq.name);
    arg->a_const->sval->sval = arena.strdup(text);
    changed = true;
  }

  bool unaliased_target_in_scope = false;

  void rename_type_name(PgQuery__TypeName* tn) {
    auto names = string_list(tn->names, tn->n_names);
    if (names.empty()) return;
    QName n = qualified(names);
    if (n == r.target) set_string(tn->names[tn->n_names - 1], r.new_name);
  }
};

// Column lists of constraints and index elements name columns as plain strings.
void rename_in_list(PgQuery__Node** items, size_t n, const Renaming& r, Rewriter& w) {
  for (size_t i = 0; i < n; ++i)
    if (items[i]->node_case == PG_QUERY__NODE__NODE_STRING && r.column == items[i]->string->sval)
      w.set_string(items[i], r.new_name);
}

bool rewrite(PgQuery__Node* root, const Renaming& r, const QName& table, Arena& arena) {
  Rewriter w(r, table, arena);
  if (table.name.empty() && r.kind == Renaming::Kind::relation) {
    walk(root, [&](ProtobufCMessage* m) {
      auto* rv = as<PgQuery__RangeVar>(m, pg_query__range_var__descriptor);
      if (rv && w.names_target(rv->schemaname, rv->relname) && !(rv->alias && rv->alias->aliasname))
        w.unaliased_target_in_scope = true;
    });
  }
  w.run(root);
  // Key and foreign-key column lists.
  if (r.kind == Renaming::Kind::column) {
    walk(root, [&](ProtobufCMessage* m) {
      auto* c = as<PgQuery__Constraint>(m, pg_query__constraint__descriptor);
      if (!c) return;
      if (table == r.target) {
        rename_in_list(c->keys, c->n_keys, r, w);
        rename_in_list(c->including, c->n_including, r, w);
        rename_in_list(c->fk_attrs, c->n_fk_attrs, r, w);
      }
      if (c->pktable && w.names_target(c->pktable->schemaname, c->pktable->relname))
        rename_in_list(c->pk_attrs, c->n_pk_attrs, r, w);
    });
    if (root->node_case == PG_QUERY__NODE__NODE_CREATE_TRIG_STMT && table == r.target) {
      auto* t = root->create_trig_stmt;
      rename_in_list(t->columns, t->n_columns, r, w);
    }
  }
  return w.changed;
}

}  // namespace

namespace {

// libpg_query 15-4.0's deparser does not quote index names (see
// interpreter_objects.cpp): deparse with a placeholder and put the quoted
// name in its place.
std::string deparse_index(PgQuery__Node* node, const std::string& name, Arena& arena) {
  const std::string placeholder = "shale_index_name_placeholder";
  node->index_stmt->idxname = arena.strdup(placeholder);
  std::string text = deparse(node);
  text.replace(text.find(placeholder), placeholder.size(), quote_ident(name));
  return text;
}

// Parses `sql` (one statement), rewrites it, and deparses it back; the text
// is returned unchanged when nothing in it names the renamed object.
std::string rewrite_text(const std::string& sql, const Renaming& r, const QName& table) {
  auto parsed = ParsedSql::parse(sql, "<definition>");
  if (parsed->statements().size() != 1) return sql;
  PgQuery__Node* node = parsed->statements()[0].node;
  if (!rewrite(node, r, table, parsed->arena())) return sql;
  if (node->node_case == PG_QUERY__NODE__NODE_INDEX_STMT && node->index_stmt->idxname && *node->index_stmt->idxname)
    return deparse_index(node, node->index_stmt->idxname, parsed->arena());
  return deparse(node);
}

std::string strip_prefix(const std::string& text, const std::string& prefix) {
  if (text.compare(0, prefix.size(), prefix) != 0) throw std::logic_error("unexpected deparse: " + text);
  return text.substr(prefix.size());
}

}  // namespace

std::string rename_in_expression(const std::string& expr, const Renaming& r, const QName& table) {
  std::string out = rewrite_text("SELECT " + expr, r, table);
  return out == "SELECT " + expr ? expr : strip_prefix(out, "SELECT ");
}

std::string rename_in_query(const std::string& query, const Renaming& r) { return rewrite_text(query, r, QName{}); }

std::string rename_in_constraint(const std::string& definition, const Renaming& r, const QName& table) {
  // The wrapper's table is named so that no renamed table can be it.
  const std::string prefix = "ALTER TABLE \"shale constraint owner\" ADD CONSTRAINT n ";
  std::string out = rewrite_text(prefix + definition, r, table);
  return out == prefix + definition ? definition : strip_prefix(out, prefix);
}

std::string rename_in_statement(const std::string& sql, const Renaming& r, const QName& table) {
  return rewrite_text(sql, r, table);
}

std::string with_index_name(const std::string& create_index, const std::string& name) {
  auto parsed = ParsedSql::parse(create_index, "<index>");
  PgQuery__Node* node = parsed->statements().at(0).node;
  return deparse_index(node, name, parsed->arena());
}

void rename_refs(model::Refs& refs, const Renaming& r) {
  bool changed = false;
  for (auto& ref : refs) {
    switch (r.kind) {
      case Renaming::Kind::relation:
        if ((ref.kind == model::RefKind::relation || ref.kind == model::RefKind::column) && ref.name == r.target) {
          ref.name.name = r.new_name;
          changed = true;
        }
        break;
      case Renaming::Kind::column:
        if (ref.kind == model::RefKind::column && ref.name == r.target && ref.column == r.column) {
          ref.column = r.new_name;
          changed = true;
        }
        break;
      case Renaming::Kind::type:
        if (ref.kind == model::RefKind::type && ref.name == r.target) {
          ref.name.name = r.new_name;
          changed = true;
        }
        break;
      case Renaming::Kind::function:
        if (ref.kind == model::RefKind::function && ref.name == r.target) {
          ref.name.name = r.new_name;
          changed = true;
        }
        break;
      case Renaming::Kind::schema:
        if (ref.name.schema == r.target.schema) {
          ref.name.schema = r.new_name;
          changed = true;
        }
        break;
    }
  }
  if (!changed) return;
  std::sort(refs.begin(), refs.end());
  refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
}

}  // namespace shale::pgsql
