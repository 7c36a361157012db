// The interpreter's statements for objects other than tables.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/pg_sql/default_names.hpp"
#include "load/pg_sql/interpreter.hpp"
#include "pgsql/canonical.hpp"
#include "pgsql/domains.hpp"
#include "pgsql/expand_stars.hpp"
#include "pgsql/objects.hpp"
#include "pgsql/quote.hpp"
#include "pgsql/sequence_rules.hpp"
#include "pgsql/type_names.hpp"

namespace shale::load::pg_sql {

using model::QName;
namespace pg = shale::pgsql;

namespace {

// FigureIndexColname (parse_target.c): the name an expression index column
// contributes to the index's default name.
std::string index_column_name(PgQuery__IndexElem* e) {
  if (e->indexcolname && *e->indexcolname) return e->indexcolname;
  if (e->name && *e->name) return e->name;
  PgQuery__Node* x = e->expr;
  while (x) {
    switch (x->node_case) {
      case PG_QUERY__NODE__NODE_FUNC_CALL:
        return pg::string_value(x->func_call->funcname[x->func_call->n_funcname - 1]);
      case PG_QUERY__NODE__NODE_COLUMN_REF: return pg::string_value(x->column_ref->fields[x->column_ref->n_fields - 1]);
      case PG_QUERY__NODE__NODE_TYPE_CAST: {
        PgQuery__Node* arg = x->type_cast->arg;
        if (arg->node_case == PG_QUERY__NODE__NODE_FUNC_CALL || arg->node_case == PG_QUERY__NODE__NODE_COLUMN_REF ||
            arg->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) {
          x = arg;
          continue;
        }
        auto* t = x->type_cast->type_name;
        return pg::string_value(t->names[t->n_names - 1]);
      }
      case PG_QUERY__NODE__NODE_COALESCE_EXPR: return "coalesce";
      case PG_QUERY__NODE__NODE_CASE_EXPR: return "case";
      default: return "expr";
    }
  }
  return "expr";
}

}  // namespace

void Interpreter::create_index(PgQuery__IndexStmt* s) {
  QName table_name = qname(s->relation);
  bool is_view = std::any_of(schema_.views.begin(), schema_.views.end(),
                             [&](const model::View& v) { return v.materialized && v.name == table_name; });
  if (!is_view) {
    const model::Table& t = table(table_name);
    refuse_partition_change(t, "CREATE INDEX");
    if (!s->relation->inh && !t.partition_by.empty())
      fail("CREATE INDEX … ON ONLY a partitioned table is not supported");
  }
  model::Index ix;
  ix.table = table_name;
  ix.unique = s->unique;
  ix.pos = pos_at(statement_offset_);
  std::vector<std::string> colnames;
  std::vector<pg::Unresolved> missing;
  auto elem_refs = [&](PgQuery__IndexElem* e) {
    if (e->name && *e->name) {
      if (column(table_name, e->name))
        model::add_ref(ix.depends_on, model::Ref{model::RefKind::column, table_name, e->name});
      else
        missing.push_back({"column \"" + std::string(e->name) + "\" does not exist", -1});
    }
    pg::expression_refs(e->expr, table_name, *this, ix.depends_on, &missing);
  };
  for (size_t i = 0; i < s->n_index_params; ++i) {
    PgQuery__IndexElem* e = s->index_params[i]->index_elem;
    colnames.push_back(index_column_name(e));
    if (e->name && *e->name) ix.columns.push_back(e->name);
    elem_refs(e);
  }
  for (size_t i = 0; i < s->n_index_including_params; ++i) elem_refs(s->index_including_params[i]->index_elem);
  pg::expression_refs(s->where_clause, table_name, *this, ix.depends_on, &missing);
  refuse_missing(missing);
  std::string name = s->idxname && *s->idxname ? s->idxname : "";
  if (name.empty()) {
    name = choose_name(table_name.name, join_column_names(colnames), s->unique ? "key" : "idx",
                       [&](const std::string& n) { return relation_taken(table_name.schema, n); });
  } else if (relation_taken(table_name.schema, name)) {
    if (s->if_not_exists) return;
    fail("relation " + pg::quote_ident(name) + " already exists");
  }
  claim_relation(table_name.schema, name);
  ix.name = QName{table_name.schema, name};
  // libpg_query 15-4.0's deparser does not quote index names: deparse with
  // a placeholder and put the quoted name in its place.
  const std::string placeholder = "shale_index_name_placeholder";
  s->idxname = arena_->strdup(placeholder);
  s->concurrent = 0;
  s->if_not_exists = 0;
  if (!s->access_method || !*s->access_method) s->access_method = arena_->strdup("btree");
  PgQuery__Node* node = pg::wrap(*arena_, s);
  std::string text = pg::deparse(node);
  text.replace(text.find(placeholder), placeholder.size(), pg::quote_ident(name));
  s->idxname = arena_->strdup(name);  // as the text names it
  std::string canon = pg::canonical_tree(node, text);
  ix.definition = model::Expr{std::move(text), std::move(canon)};
  bool unique = ix.unique;
  schema_.indexes.push_back(std::move(ix));
  if (unique && !is_view) check_partition_unique_keys(table(table_name));
}

void Interpreter::create_enum(PgQuery__CreateEnumStmt* s) {
  model::Enum e;
  e.name = qname(pg::string_list(s->type_name, s->n_type_name));
  e.values = pg::string_list(s->vals, s->n_vals);
  e.pos = pos_at(statement_offset_);
  for (const auto& x : schema_.enums)
    if (x.name == e.name) fail("type " + pg::quote_qualified(e.name.schema, e.name.name) + " already exists");
  schema_.enums.push_back(std::move(e));
}

void Interpreter::alter_enum(PgQuery__AlterEnumStmt* s) {
  QName name = qname(pg::string_list(s->type_name, s->n_type_name));
  auto it = std::find_if(schema_.enums.begin(), schema_.enums.end(), [&](auto& e) { return e.name == name; });
  if (it == schema_.enums.end()) fail("type " + pg::quote_qualified(name.schema, name.name) + " does not exist");
  auto& values = it->values;
  if (s->old_val && *s->old_val) {
    auto v = std::find(values.begin(), values.end(), s->old_val);
    if (v == values.end()) fail(std::string("enum value ") + s->old_val + " does not exist");
    *v = s->new_val;
    return;
  }
  if (std::find(values.begin(), values.end(), s->new_val) != values.end()) {
    if (s->skip_if_new_val_exists) return;
    fail(std::string("enum value ") + s->new_val + " already exists");
  }
  if (s->new_val_neighbor && *s->new_val_neighbor) {
    auto v = std::find(values.begin(), values.end(), s->new_val_neighbor);
    if (v == values.end()) fail(std::string("enum value ") + s->new_val_neighbor + " does not exist");
    values.insert(s->new_val_is_after ? v + 1 : v, s->new_val);
  } else {
    values.push_back(s->new_val);
  }
}

namespace {
void apply_sequence_option(model::Sequence& seq, PgQuery__DefElem* d, bool& min_set, bool& max_set, bool& start_set) {
  std::string opt = d->defname;
  if (opt == "as") {
    seq.options.type = pg::canonical_type(d->arg->type_name, "public");
  } else if (opt == "increment") {
    seq.options.increment = pg::int64_option(d);
  } else if (opt == "start") {
    seq.options.start = pg::int64_option(d);
    start_set = true;
  } else if (opt == "minvalue") {
    min_set = d->arg != nullptr;
    if (d->arg) seq.options.min = pg::int64_option(d);
  } else if (opt == "maxvalue") {
    max_set = d->arg != nullptr;
    if (d->arg) seq.options.max = pg::int64_option(d);
  } else if (opt == "cache") {
    seq.options.cache = pg::int64_option(d);
  } else if (opt == "cycle") {
    seq.options.cycle = d->arg->boolean->boolval;
  } else if (opt == "owned_by") {
    auto names = pg::string_list(d->arg->list->items, d->arg->list->n_items);
    if (names.size() == 1 && names[0] == "none") {
      seq.owned_by_table.clear();
      seq.owned_by_column.clear();
    } else {
      if (names.size() < 2) throw UserError("OWNED BY needs table.column");
      seq.owned_by_column = names.back();
      seq.owned_by_table = names[names.size() - 2];
    }
  } else {
    throw UserError("unsupported sequence option " + opt);
  }
}

// Defaults depend on the direction and type (CREATE SEQUENCE, "Description").
void fill_sequence_defaults(model::Sequence& seq, bool min_set, bool max_set, bool start_set) {
  auto& o = seq.options;
  if (!min_set) o.min = pg::default_min(o.type, o.increment);
  if (!max_set) o.max = pg::default_max(o.type, o.increment);
  if (!start_set) o.start = pg::default_start(o);
}
}  // namespace

void Interpreter::create_sequence(PgQuery__CreateSeqStmt* s) {
  model::Sequence seq;
  seq.name = qname(s->sequence);
  seq.pos = pos_at(statement_offset_);
  if (relation_taken(seq.name.schema, seq.name.name)) {
    if (s->if_not_exists) return;
    fail("relation " + pg::quote_ident(seq.name.name) + " already exists");
  }
  claim_relation(seq.name.schema, seq.name.name);
  bool min_set = false, max_set = false, start_set = false;
  for (size_t i = 0; i < s->n_options; ++i) {
    PgQuery__DefElem* d = s->options[i]->def_elem;
    try {
      apply_sequence_option(seq, d, min_set, max_set, start_set);
    } catch (const UserError& e) {
      fail_at(loc(d->location), e.what());
    }
  }
  // OWNED BY names a column of a table that exists (as ALTER SEQUENCE checks; fuzz-found).
  if (!seq.owned_by_table.empty()) {
    const model::Table& t = table(QName{seq.name.schema, seq.owned_by_table});
    if (!t.column(seq.owned_by_column)) fail("column " + seq.owned_by_column + " does not exist");
  }
  fill_sequence_defaults(seq, min_set, max_set, start_set);
  std::string refused = pg::sequence_options_error(seq.options);
  if (!refused.empty()) fail(refused);
  schema_.sequences.push_back(std::move(seq));
}

void Interpreter::alter_sequence(PgQuery__AlterSeqStmt* s) {
  QName name = qname(s->sequence);
  auto it = std::find_if(schema_.sequences.begin(), schema_.sequences.end(), [&](auto& q) { return q.name == name; });
  if (it == schema_.sequences.end()) {
    if (s->missing_ok) return;
    fail("sequence " + pg::quote_qualified(name.schema, name.name) + " does not exist");
  }
  for (size_t i = 0; i < s->n_options; ++i) {
    std::string opt = s->options[i]->def_elem->defname;
    if (opt != "owned_by")
      fail("ALTER SEQUENCE in desired state supports OWNED BY only; write the options in CREATE SEQUENCE");
    bool a = false, b = false, c = false;
    try {
      apply_sequence_option(*it, s->options[i]->def_elem, a, b, c);
    } catch (const UserError& e) {
      fail(e.what());
    }
    if (!it->owned_by_table.empty()) {
      const model::Table& t = table(QName{name.schema, it->owned_by_table});
      if (!t.column(it->owned_by_column)) fail("column " + it->owned_by_column + " does not exist");
    }
  }
}

namespace {
// An option's value as written: `security_barrier` alone, `= on`, `= 1`, `= 'local'`.
std::string option_value(const PgQuery__DefElem* d) {
  if (!d->arg) return "";
  if (d->arg->node_case == PG_QUERY__NODE__NODE_INTEGER) return std::to_string(d->arg->integer->ival);
  if (d->arg->node_case == PG_QUERY__NODE__NODE_FLOAT) return d->arg->float_->fval;
  if (d->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN) return d->arg->boolean->boolval ? "true" : "false";
  // A bare word (local, maybe) parses as a type name.
  if (d->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
    return pg::string_list(d->arg->type_name->names, d->arg->type_name->n_names).back();
  return pg::string_value(d->arg);
}
}  // namespace

// WITH (…) or ALTER VIEW … SET (…) / RESET (…) on `options`.
void Interpreter::view_options(pg::ViewOptions& options, PgQuery__Node** defs, size_t n, bool reset) {
  for (size_t i = 0; i < n; ++i) {
    const PgQuery__DefElem* d = defs[i]->def_elem;
    try {
      if (d->defnamespace && *d->defnamespace)
        throw UserError("unrecognized parameter namespace \"" + std::string(d->defnamespace) + "\"");
      if (reset) {
        pg::check_view_option_name(d->defname);  // PostgreSQL checks the names it resets too
        options.erase(d->defname);
      } else {
        pg::set_view_option(options, d->defname, option_value(d));
      }
    } catch (const UserError& e) {
      fail_at(loc(d->location), e.what());
    }
  }
}

model::View* Interpreter::find_view(const QName& name) {
  for (auto& v : schema_.views)
    if (v.name == name) return &v;
  return nullptr;
}

// ALTER VIEW … SET (…) / RESET (…).
void Interpreter::alter_view(PgQuery__AlterTableStmt* s) {
  QName name = qname(s->relation);
  model::View* v = find_view(name);
  if (!v || v->materialized) {
    if (s->missing_ok) return;
    fail("relation " + pg::quote_qualified(name.schema, name.name) + " does not exist");
  }
  for (size_t i = 0; i < s->n_cmds; ++i) {
    PgQuery__AlterTableCmd* cmd = s->cmds[i]->alter_table_cmd;
    bool reset = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions;
    if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions && !reset)
      fail("unsupported ALTER VIEW action (only SET (…) and RESET (…) of its options)");
    view_options(v->options, cmd->def->list->items, cmd->def->list->n_items, reset);
  }
}

void Interpreter::create_view(PgQuery__ViewStmt* s) {
  if (s->n_aliases) fail("view column lists are not supported; name the columns with AS in the query");
  model::View v;
  v.name = qname(s->view);
  v.pos = pos_at(statement_offset_);
  view_options(v.options, s->options, s->n_options, false);
  if (s->with_check_option == PG_QUERY__VIEW_CHECK_OPTION__LOCAL_CHECK_OPTION) v.options["check_option"] = "local";
  if (s->with_check_option == PG_QUERY__VIEW_CHECK_OPTION__CASCADED_CHECK_OPTION)
    v.options["check_option"] = "cascaded";
  auto existing = std::find_if(schema_.views.begin(), schema_.views.end(), [&](auto& x) { return x.name == v.name; });
  pg::expand_stars(s->query, *this, *arena_);
  std::string text = pg::deparse(s->query);
  v.query = model::Expr{text, pg::canonical_query(text)};
  // Desired state may define the view before what it reads: then its edges
  // are resolved at the end (resolve_desired_state).
  std::vector<pg::Unresolved> missing;
  pg::query_refs(s->query, *this, v.depends_on, &missing);
  for (const auto& m : missing) unresolved_at_[{v.name, m.message}] = pos_at(loc(m.location));
  view_columns_[v.name] = pg::query_columns(s->query, *this);
  if (existing != schema_.views.end()) {
    if (!s->replace) fail("relation " + pg::quote_ident(v.name.name) + " already exists");
    existing->query = v.query;
    existing->depends_on = v.depends_on;
    existing->options = v.options;  // CREATE OR REPLACE sets every option anew
    return;
  }
  claim_relation(v.name.schema, v.name.name);
  schema_.views.push_back(std::move(v));
}

// REFRESH MATERIALIZED VIEW [WITH NO DATA] populates it, or empties it.
void Interpreter::refresh_matview(PgQuery__RefreshMatViewStmt* s) {
  if (source_ != Source::migrations)
    fail("REFRESH MATERIALIZED VIEW in desired state; the state says WITH NO DATA or not");
  QName name = qname(s->relation);
  model::View* v = find_view(name);
  if (!v) fail("relation " + pg::quote_qualified(name.schema, name.name) + " does not exist");
  if (!v->materialized) fail("\"" + name.name + "\" is not a materialized view");
  if (s->concurrent && !v->with_data) fail("CONCURRENTLY cannot be used when the materialized view is not populated");
  v->with_data = !s->skip_data;
}

void Interpreter::create_matview(PgQuery__CreateTableAsStmt* s) {
  if (s->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW) fail("CREATE TABLE AS is not supported in desired state");
  // WITH NO DATA only leaves the view unpopulated; its definition is the same.
  model::View v;
  v.name = qname(s->into->rel);
  v.materialized = true;
  v.with_data = !s->into->skip_data;
  v.pos = pos_at(statement_offset_);
  pg::expand_stars(s->query, *this, *arena_);
  std::string text = pg::deparse(s->query);
  v.query = model::Expr{text, pg::canonical_query(text)};
  v.storage_parameters = storage_parameters(s->into->options, s->into->n_options, false);
  check_toast_parameters(v.storage_parameters, nullptr);
  pg::query_refs(s->query, *this, v.depends_on, nullptr);
  view_columns_[v.name] = pg::query_columns(s->query, *this);
  claim_relation(v.name.schema, v.name.name);
  schema_.views.push_back(std::move(v));
}

void Interpreter::create_function(PgQuery__CreateFunctionStmt* s) {
  s->replace = 1;
  std::string text = pg::deparse(pg::wrap(*arena_, s));
  model::Function f = pg::describe_function(text);
  f.pos = pos_at(statement_offset_);
  if (f.name.schema.empty()) f.name.schema = "public";
  pg::function_refs(s, *this, f.depends_on);
  for (auto& x : schema_.functions) {
    if (x.key() == f.key()) {
      x.definition = f.definition;
      x.depends_on = f.depends_on;
      return;
    }
  }
  schema_.functions.push_back(std::move(f));
}

void Interpreter::create_trigger(PgQuery__CreateTrigStmt* s) {
  model::Trigger t;
  t.table = qname(s->relation);
  // On a table, or on a view (INSTEAD OF, or statement-level BEFORE | AFTER).
  const model::View* view = find_view(t.table);
  bool on_view = view && !view->materialized;
  if (!on_view) table(t.table);
  if (s->isconstraint && on_view) fail("\"" + t.table.name + "\" is a view");
  t.name = s->trigname;
  t.pos = pos_at(statement_offset_);
  s->replace = 0;
  std::string text = pg::deparse(pg::wrap(*arena_, s));
  t.definition = model::Expr{text, pg::canonical_statement(text)};
  pg::trigger_refs(s, t.table, *this, t.depends_on);
  for (const auto& x : schema_.triggers)
    if (x.table == t.table && x.name == t.name) fail("trigger " + t.name + " already exists");
  schema_.triggers.push_back(std::move(t));
}

void Interpreter::create_schema(PgQuery__CreateSchemaStmt* s) {
  if (s->n_schema_elts) fail("CREATE SCHEMA with elements is not supported; create them in their own statements");
  // CREATE SCHEMA [name] AUTHORIZATION role: owned by the role, named after it when unnamed.
  std::string owner = s->authrole ? owner_role(s->authrole) : "";
  std::string name = s->schemaname && *s->schemaname ? s->schemaname : owner;
  if (name == "public" || schema_.schemas.count(name)) {
    if (s->if_not_exists || name == "public") return;
    fail("schema " + pg::quote_ident(name) + " already exists");
  }
  schema_.schemas[name] = "";
  if (!owner.empty()) schema_.schema_owners[name] = owner;
}

void Interpreter::create_extension(PgQuery__CreateExtensionStmt* s) {
  model::Extension e;
  e.name = s->extname;
  e.schema = "public";
  e.pos = pos_at(statement_offset_);
  for (size_t i = 0; i < s->n_options; ++i) {
    PgQuery__DefElem* d = s->options[i]->def_elem;
    if (std::string(d->defname) == "schema")
      e.schema = d->arg->string->sval;
    else if (std::string(d->defname) == "new_version")
      e.version = pg::string_value(d->arg);
    else
      fail(std::string("unsupported extension option ") + d->defname);
  }
  for (const auto& x : schema_.extensions)
    if (x.name == e.name) {
      if (s->if_not_exists) return;
      fail("extension " + e.name + " already exists");
    }
  schema_.extensions.push_back(std::move(e));
}

// ALTER EXTENSION … UPDATE [TO 'x']: without a version, the default version
// (which only the server knows): any.
void Interpreter::alter_extension(PgQuery__AlterExtensionStmt* s) {
  auto e =
      std::find_if(schema_.extensions.begin(), schema_.extensions.end(), [&](auto& x) { return x.name == s->extname; });
  if (e == schema_.extensions.end()) fail(std::string("extension \"") + s->extname + "\" does not exist");
  std::string version;
  for (size_t i = 0; i < s->n_options; ++i) {
    PgQuery__DefElem* d = s->options[i]->def_elem;
    if (std::string(d->defname) == "new_version")
      version = pg::string_value(d->arg);
    else
      fail(std::string("unsupported extension option ") + d->defname);
  }
  e->version = version;
}

// COMMENT ON COLUMN of a table, or of a view (kept with the view, as
// PostgreSQL keeps it with the view's column).
void Interpreter::comment_column(const std::vector<std::string>& names, const std::string& text) {
  if (names.size() < 2) fail("column name must be qualified with its table");
  std::vector<std::string> tn(names.begin(), names.end() - 1);
  QName relation = qname(tn);
  if (!tables_.count(relation) && view_columns_.count(relation)) {
    auto& columns = view_columns_[relation];
    if (std::find(columns.begin(), columns.end(), names.back()) == columns.end())
      fail("column \"" + names.back() + "\" of relation \"" + relation.name + "\" does not exist");
    model::View* view = find_view(relation);
    if (!view) fail("object " + pg::quote_qualified(relation.schema, relation.name) + " does not exist");
    auto& comments = view->column_comments;
    if (text.empty())
      comments.erase(names.back());
    else
      comments[names.back()] = text;
    return;
  }
  model::Column* c = table(relation).column(names.back());
  if (!c) fail("column " + names.back() + " does not exist");
  c->comment = text;
}

void Interpreter::comment(PgQuery__CommentStmt* s) {
  std::string text = s->comment ? s->comment : "";
  auto names = s->object->node_case == PG_QUERY__NODE__NODE_LIST
                   ? pg::string_list(s->object->list->items, s->object->list->n_items)
                   : std::vector<std::string>{};
  auto find_in = [&](auto& vec, const QName& n) -> decltype(&vec[0]) {
    for (auto& x : vec)
      if (x.name == n) return &x;
    fail("object " + pg::quote_qualified(n.schema, n.name) + " does not exist");
  };
  switch (s->objtype) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
      std::string name = pg::string_value(s->object);
      if (name == "public") fail("COMMENT ON SCHEMA public is not supported");
      if (!schema_.schemas.count(name)) fail("schema " + name + " does not exist");
      schema_.schemas[name] = text;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: table(qname(names)).comment = text; return;
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: return comment_column(names, text);
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: find_in(schema_.indexes, qname(names))->comment = text; return;
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION: find_in(schema_.collations, qname(names))->comment = text; return;
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: find_in(schema_.sequences, qname(names))->comment = text; return;
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: find_in(schema_.views, qname(names))->comment = text; return;
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: {
      auto* tn = s->object->type_name;
      QName n = qname(pg::string_list(tn->names, tn->n_names));
      if (domain_type(n) || s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN)
        domain(n).comment = text;
      else if (composite_type(n))
        composite(n).comment = text;
      else if (range_type(n))
        find_in(schema_.range_types, n)->comment = text;
      else
        find_in(schema_.enums, n)->comment = text;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
      std::vector<std::string> tn(names.begin(), names.end() - 1);
      model::Table& t = table(qname(tn));
      for (auto& c : t.constraints)
        if (c.name == names.back()) {
          c.comment = text;
          return;
        }
      fail("constraint " + names.back() + " does not exist");
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER: {
      std::vector<std::string> tn(names.begin(), names.end() - 1);
      QName t = qname(tn);
      for (auto& x : schema_.triggers)
        if (x.table == t && x.name == names.back()) {
          x.comment = text;
          return;
        }
      fail("trigger " + names.back() + " does not exist");
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY: return comment_policy(names, text);
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION: {
      auto* owa = s->object->object_with_args;
      QName fn = qname(pg::string_list(owa->objname, owa->n_objname));
      std::string args = pg::identity_args(owa);
      for (auto& f : schema_.functions)
        if (f.name == fn && (args.empty() || f.identity_args == args)) {
          f.comment = text;
          return;
        }
      fail("function " + fn.name + args + " does not exist");
    }
    default: fail("unsupported COMMENT ON object kind");
  }
}

// DROP FUNCTION / PROCEDURE: without argument types, the one of that name.
void Interpreter::drop_routine(PgQuery__ObjectWithArgs* owa, bool cascade, bool missing_ok) {
  QName n = qname(pg::string_list(owa->objname, owa->n_objname));
  std::string args = pg::identity_args(owa);
  bool exists = std::any_of(schema_.functions.begin(), schema_.functions.end(),
                            [&](auto& f) { return f.name == n && (args.empty() || f.identity_args == args); });
  if (!exists) {
    if (!missing_ok) fail("function " + pg::quote_qualified(n.schema, n.name) + args + " does not exist");
    return;
  }
  drop_object(ObjectKey{ObjectKey::Kind::function, n, args}, cascade);
}

// DROP SCHEMA: refused while it holds anything, unless CASCADE, which drops
// its contents first.
void Interpreter::drop_schema(const std::string& name, bool cascade, bool missing_ok) {
  if (!schema_.schemas.count(name)) {
    if (!missing_ok) fail("schema " + name + " does not exist");
    return;
  }
  bool empty =
      std::none_of(schema_.tables.begin(), schema_.tables.end(), [&](auto& t) { return t.name.schema == name; }) &&
      std::none_of(schema_.views.begin(), schema_.views.end(), [&](auto& v) { return v.name.schema == name; }) &&
      std::none_of(schema_.sequences.begin(), schema_.sequences.end(),
                   [&](auto& q) { return q.name.schema == name; }) &&
      std::none_of(schema_.enums.begin(), schema_.enums.end(), [&](auto& e) { return e.name.schema == name; }) &&
      std::none_of(schema_.domains.begin(), schema_.domains.end(), [&](auto& d) { return d.name.schema == name; }) &&
      std::none_of(schema_.composite_types.begin(), schema_.composite_types.end(),
                   [&](auto& c) { return c.name.schema == name; }) &&
      std::none_of(schema_.range_types.begin(), schema_.range_types.end(),
                   [&](auto& r) { return r.name.schema == name; }) &&
      std::none_of(schema_.collations.begin(), schema_.collations.end(),
                   [&](auto& c) { return c.name.schema == name; }) &&
      std::none_of(schema_.functions.begin(), schema_.functions.end(), [&](auto& f) { return f.name.schema == name; });
  if (!empty && !cascade)
    fail("cannot drop schema " + pg::quote_ident(name) + " because other objects depend on it; use DROP … CASCADE");
  std::vector<ObjectKey> contents;
  for (auto& v : schema_.views)
    if (v.name.schema == name) contents.push_back({ObjectKey::Kind::view, v.name, ""});
  for (auto& t : schema_.tables)
    if (t.name.schema == name) contents.push_back({ObjectKey::Kind::table, t.name, ""});
  for (auto& q : schema_.sequences)
    if (q.name.schema == name) contents.push_back({ObjectKey::Kind::sequence, q.name, ""});
  for (auto& f : schema_.functions)
    if (f.name.schema == name) contents.push_back({ObjectKey::Kind::function, f.name, ""});
  for (auto& e : schema_.enums)
    if (e.name.schema == name) contents.push_back({ObjectKey::Kind::enum_type, e.name, ""});
  for (auto& d : schema_.domains)
    if (d.name.schema == name) contents.push_back({ObjectKey::Kind::enum_type, d.name, ""});
  for (auto& c : schema_.composite_types)
    if (c.name.schema == name) contents.push_back({ObjectKey::Kind::enum_type, c.name, ""});
  for (auto& r : schema_.range_types)
    if (r.name.schema == name) contents.push_back({ObjectKey::Kind::enum_type, r.name, ""});
  for (const auto& k : contents) drop_object(k, true);
  std::vector<QName> collations;
  for (auto& c : schema_.collations)
    if (c.name.schema == name) collations.push_back(c.name);
  for (const auto& c : collations) drop_collation(c, true, false);
  schema_.schemas.erase(name);
  schema_.schema_owners.erase(name);
  schema_.schema_privileges.erase(name);
  for (auto it = schema_.default_privileges.begin(); it != schema_.default_privileges.end();)
    it = it->first.schema == name ? schema_.default_privileges.erase(it) : std::next(it);
}

void Interpreter::drop(PgQuery__DropStmt* s) {
  // RESTRICT refuses while anything else depends on the object; CASCADE
  // drops the dependants too (interpreter_dependencies.cpp).
  bool cascade = s->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE;
  for (size_t i = 0; i < s->n_objects; ++i) {
    PgQuery__Node* obj = s->objects[i];
    auto names = obj->node_case == PG_QUERY__NODE__NODE_LIST ? pg::string_list(obj->list->items, obj->list->n_items)
                                                             : std::vector<std::string>{pg::string_value(obj)};
    auto absent = [&](const std::string& what, const QName& n) {
      if (!s->missing_ok) fail(what + " " + pg::quote_qualified(n.schema, n.name) + " does not exist");
    };
    auto find = [](auto& vec, const QName& n) {
      return std::find_if(vec.begin(), vec.end(), [&](auto& x) { return x.name == n; });
    };
    switch (s->remove_type) {
      case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: {
        QName n = qname(names);
        if (!tables_.count(n))
          absent("table", n);
        else
          drop_object(ObjectKey{ObjectKey::Kind::table, n, ""}, cascade);
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
        QName n = qname(names);
        if (find(schema_.indexes, n) == schema_.indexes.end())
          absent("index", n);
        else
          drop_object(ObjectKey{ObjectKey::Kind::index, n, ""}, cascade);
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
        QName n = qname(names);
        if (find(schema_.sequences, n) == schema_.sequences.end())
          absent("sequence", n);
        else
          drop_object(ObjectKey{ObjectKey::Kind::sequence, n, ""}, cascade);
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
      case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: {
        QName n = qname(names);
        bool materialized = s->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW;
        auto v = find(schema_.views, n);
        if (v == schema_.views.end() || v->materialized != materialized)
          absent(materialized ? "materialized view" : "view", n);
        else
          drop_object(ObjectKey{ObjectKey::Kind::view, n, ""}, cascade);
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: {
        auto* tn = obj->type_name;
        QName n = qname(pg::string_list(tn->names, tn->n_names));
        if (domain_type(n)) fail(pg::quote_qualified(n.schema, n.name) + " is a domain");
        if (find(schema_.enums, n) == schema_.enums.end() && !composite_type(n) && !range_type(n))
          absent("type", n);
        else
          drop_object(ObjectKey{ObjectKey::Kind::enum_type, n, ""}, cascade);
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION: drop_collation(qname(names), cascade, s->missing_ok); break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: {
        auto* tn = obj->type_name;
        QName n = qname(pg::string_list(tn->names, tn->n_names));
        if (!domain_type(n)) {
          if (enum_type(n)) fail(pg::quote_qualified(n.schema, n.name) + " is not a domain");
          absent("type", n);
        } else {
          drop_object(ObjectKey{ObjectKey::Kind::enum_type, n, ""}, cascade);
        }
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
      case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE: drop_routine(obj->object_with_args, cascade, s->missing_ok); break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: drop_schema(names[0], cascade, s->missing_ok); break;
      case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION: {
        auto it = std::find_if(schema_.extensions.begin(), schema_.extensions.end(),
                               [&](auto& e) { return e.name == names[0]; });
        if (it != schema_.extensions.end())
          schema_.extensions.erase(it);
        else if (!s->missing_ok)
          fail("extension " + names[0] + " does not exist");
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER: {
        std::vector<std::string> tn(names.begin(), names.end() - 1);
        QName t = qname(tn);
        auto it = std::find_if(schema_.triggers.begin(), schema_.triggers.end(),
                               [&](auto& x) { return x.table == t && x.name == names.back(); });
        if (it != schema_.triggers.end())
          schema_.triggers.erase(it);
        else if (!s->missing_ok)
          fail("trigger " + names.back() + " does not exist");
        break;
      }
      case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY: drop_policy(names, s->missing_ok); break;
      default: fail("unsupported DROP in desired state");
    }
  }
}

// ALTER TYPE … RENAME TO (an enum rebuild's first step), of a domain, range,
// composite or enum type.
void Interpreter::rename_type(const QName& from, const std::string& to) {
  if (domain_type(from)) return rename_domain(from, to);
  if (range_type(from)) {
    if (enum_type(QName{from.schema, to})) fail("type " + pg::quote_ident(to) + " already exists");
    model::RangeType& r =
        *std::find_if(schema_.range_types.begin(), schema_.range_types.end(), [&](auto& x) { return x.name == from; });
    // Its multirange keeps the name it was given.
    if (r.multirange_name.empty()) r.multirange_name = pg::default_multirange_name(from.name);
    if (r.multirange_name == pg::default_multirange_name(to)) r.multirange_name.clear();
    size_t at = static_cast<size_t>(&r - schema_.range_types.data());
    rename_everywhere(pg::Renaming{pg::Renaming::Kind::type, from, "", to});
    schema_.range_types[at].name.name = to;
    return;
  }
  if (composite_type(from)) {
    if (enum_type(QName{from.schema, to})) fail("type " + pg::quote_ident(to) + " already exists");
    claim_relation(from.schema, to);
    relations_.erase({from.schema, from.name});
    size_t at = static_cast<size_t>(&composite(from) - schema_.composite_types.data());
    rename_everywhere(pg::Renaming{pg::Renaming::Kind::type, from, "", to});
    schema_.composite_types[at].name.name = to;
    return;
  }
  auto it = std::find_if(schema_.enums.begin(), schema_.enums.end(), [&](auto& e) { return e.name == from; });
  if (it == schema_.enums.end()) fail("type " + pg::quote_qualified(from.schema, from.name) + " does not exist");
  if (enum_type(QName{from.schema, to})) fail("type " + pg::quote_ident(to) + " already exists");
  rename_everywhere(pg::Renaming{pg::Renaming::Kind::type, from, "", to});
  it->name.name = to;
}

// ALTER TABLE / VIEW / MATERIALIZED VIEW / INDEX … RENAME TO.
void Interpreter::rename_relation(const QName& from, const std::string& to, bool missing_ok) {
  auto view = std::find_if(schema_.views.begin(), schema_.views.end(), [&](auto& v) { return v.name == from; });
  auto index = std::find_if(schema_.indexes.begin(), schema_.indexes.end(), [&](auto& x) { return x.name == from; });
  if (!tables_.count(from) && view == schema_.views.end() && index == schema_.indexes.end()) {
    if (missing_ok) return;
    fail("relation " + pg::quote_qualified(from.schema, from.name) + " does not exist");
  }
  claim_relation(from.schema, to);
  relations_.erase({from.schema, from.name});
  if (index != schema_.indexes.end()) {
    // An index's definition names the index: rewrite it under its new name.
    index->name.name = to;
    std::string text = pg::with_index_name(index->definition.text, to);
    index->definition = model::Expr{text, pg::canonical_statement(text)};
    return;
  }
  rename_everywhere(pg::Renaming{pg::Renaming::Kind::relation, from, "", to});
  if (view != schema_.views.end()) {
    view->name.name = to;
    auto cols = view_columns_.find(from);
    if (cols != view_columns_.end()) {
      view_columns_[view->name] = cols->second;
      view_columns_.erase(from);
    }
    return;
  }
  model::Table& t = table(from);
  t.name.name = to;
  tables_.erase(from);
  tables_[t.name] = static_cast<size_t>(&t - &schema_.tables[0]);
  for (auto& fk : pending_fks_)
    if (fk.table == from) fk.table = t.name;
}

void Interpreter::rename(PgQuery__RenameStmt* s) {
  using Kind = pg::Renaming::Kind;
  std::string to = s->newname;
  switch (s->rename_type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: {  // ALTER TYPE … RENAME TO (an enum rebuild's first step)
      auto names = s->object->node_case == PG_QUERY__NODE__NODE_LIST
                       ? pg::string_list(s->object->list->items, s->object->list->n_items)
                       : std::vector<std::string>{};
      return rename_type(qname(names), to);
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_ATTRIBUTE: return rename_attribute(qname(s->relation), s->subname, to);
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT: {
      QName name = qname(pg::string_list(s->object->list->items, s->object->list->n_items));
      if (s->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN) return rename_domain(name, to);
      return rename_domain_constraint(name, s->subname, to);
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: return rename_relation(qname(s->relation), to, s->missing_ok);
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
      QName tn = qname(s->relation);
      if (!tables_.count(tn) && s->missing_ok) return;
      model::Table& t = table(tn);
      model::Column* c = t.column(s->subname);
      if (!c) fail(std::string("column ") + s->subname + " does not exist");
      if (t.column(to)) fail("column " + to + " already exists");
      if (in_partition_key(t, s->subname)) fail("renaming a column of the partition key is not supported");
      rename_everywhere(pg::Renaming{Kind::column, tn, s->subname, to});
      c->name = to;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
      QName tn = qname(s->relation);
      model::Table& t = table(tn);
      auto k = std::find_if(t.constraints.begin(), t.constraints.end(), [&](auto& x) { return x.name == s->subname; });
      if (k == t.constraints.end())
        fail(std::string("constraint ") + s->subname + " of relation " + t.name.name + " does not exist");
      if (t.constraint(to))
        fail("constraint " + pg::quote_ident(to) + " for relation " + pg::quote_ident(t.name.name) + " already exists");
      if (k->kind != model::ConstraintKind::check && k->kind != model::ConstraintKind::foreign_key) {
        claim_relation(tn.schema, to);  // its index is renamed with it
        relations_.erase({tn.schema, k->name});
      }
      constraint_names_.insert({tn.schema, to});
      k->name = to;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE: {
      auto* owa = s->object->object_with_args;
      QName from = qname(pg::string_list(owa->objname, owa->n_objname));
      if (!function(from)) fail("function " + pg::quote_qualified(from.schema, from.name) + " does not exist");
      if (function(QName{from.schema, to}))
        fail("function " + pg::quote_ident(to) + " already exists in schema " + pg::quote_ident(from.schema));
      rename_everywhere(pg::Renaming{Kind::function, from, "", to});
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: rename_schema(s->subname, to); return;
    case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY: rename_policy(s); return;
    default:
      fail(std::string("unsupported rename") +
           (source_ == Source::migrations ? " in migration" : " in desired state; use a -- shale:renamed-from hint"));
  }
}

// ALTER SCHEMA … RENAME TO: every object of the schema moves, and every
// definition that qualifies a name with it follows (PostgreSQL holds them by OID).
void Interpreter::rename_schema(const std::string& from, const std::string& to) {
  if (from == "public") fail("renaming schema public is not supported");
  if (!schema_.schemas.count(from)) fail("schema " + pg::quote_ident(from) + " does not exist");
  if (schema_.schemas.count(to) || to == "public") fail("schema " + pg::quote_ident(to) + " already exists");
  rename_everywhere(pg::Renaming{pg::Renaming::Kind::schema, QName{from, ""}, "", to});
  auto move = [&](QName& n) {
    if (n.schema == from) n.schema = to;
  };
  for (auto& t : schema_.tables) {
    move(t.name);
    for (auto& k : t.constraints) move(k.references);
  }
  for (auto& ix : schema_.indexes) {
    move(ix.name);
    move(ix.table);
  }
  for (auto& v : schema_.views) move(v.name);
  for (auto& f : schema_.functions) move(f.name);
  for (auto& tr : schema_.triggers) move(tr.table);
  for (auto& p : schema_.policies) move(p.table);
  for (auto& q : schema_.sequences) move(q.name);
  for (auto& e : schema_.enums) move(e.name);
  for (auto& d : schema_.domains) move(d.name);
  for (auto& c : schema_.composite_types) move(c.name);
  for (auto& r : schema_.range_types) move(r.name);
  for (auto& c : schema_.collations) move(c.name);
  for (auto& e : schema_.extensions)
    if (e.schema == from) e.schema = to;
  schema_.schemas[to] = schema_.schemas[from];
  schema_.schemas.erase(from);
  if (auto p = schema_.schema_privileges.extract(from)) {
    p.key() = to;
    schema_.schema_privileges.insert(std::move(p));
  }
  std::map<model::DefaultPrivilegesFor, model::Privileges> defaults;
  for (auto& [key, privileges] : schema_.default_privileges)
    defaults[{key.role, key.schema == from ? to : key.schema, key.objects}] = std::move(privileges);
  schema_.default_privileges = std::move(defaults);
  if (auto owner = schema_.schema_owners.find(from); owner != schema_.schema_owners.end()) {
    schema_.schema_owners[to] = owner->second;
    schema_.schema_owners.erase(owner);
  }
  std::set<std::pair<std::string, std::string>> relations;
  for (const auto& [schema, name] : relations_) relations.insert({schema == from ? to : schema, name});
  relations_ = std::move(relations);
  std::set<std::pair<std::string, std::string>> constraints;
  for (const auto& [schema, name] : constraint_names_) constraints.insert({schema == from ? to : schema, name});
  constraint_names_ = std::move(constraints);
  std::map<QName, std::vector<std::string>> views;
  for (auto& [name, cols] : view_columns_) views[QName{name.schema == from ? to : name.schema, name.name}] = cols;
  view_columns_ = std::move(views);
  for (auto& fk : pending_fks_) move(fk.table);
  reindex_tables();
}

// ---- files -----------------------------------------------------------------

model::Schema load(const std::vector<SqlFile>& files, Source source) {
  Interpreter interpreter(source);
  for (const auto& f : files) interpreter.run(f);
  return interpreter.finish();
}

Replay::Replay(Source source) : interpreter_(std::make_unique<Interpreter>(source)) {}
Replay::~Replay() = default;
void Replay::add(const SqlFile& file) {
  files_.push_back(std::make_unique<SqlFile>(file));
  interpreter_->run(*files_.back());
}
const model::Schema& Replay::current() const { return interpreter_->current(); }

}  // namespace shale::load::pg_sql
