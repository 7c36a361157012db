// The interpreter's storage parameters of tables and materialized views:
// WITH (…) and ALTER … SET (…) / RESET (…) (docs/comparison.md, "Storage
// parameters"). They are kept as PostgreSQL keeps them in reloptions:
// "name=value" as transformRelOptions writes it, "toast.name=value" for the
// TOAST table's, sorted.
#include <algorithm>
#include <set>

#include "load/pg_sql/interpreter.hpp"
#include "pgsql/canonical.hpp"
#include "pgsql/index_storage.hpp"
#include "pgsql/quote.hpp"

namespace shale::load::pg_sql {

namespace pg = shale::pgsql;

namespace {
// The parameters of heap tables and their TOAST tables (reloptions.c, PostgreSQL 15).
const std::set<std::string> kHeapParameters = {"fillfactor",
                                               "toast_tuple_target",
                                               "parallel_workers",
                                               "user_catalog_table",
                                               "vacuum_index_cleanup",
                                               "vacuum_truncate",
                                               "autovacuum_enabled",
                                               "autovacuum_vacuum_threshold",
                                               "autovacuum_vacuum_insert_threshold",
                                               "autovacuum_analyze_threshold",
                                               "autovacuum_vacuum_scale_factor",
                                               "autovacuum_vacuum_insert_scale_factor",
                                               "autovacuum_analyze_scale_factor",
                                               "autovacuum_vacuum_cost_delay",
                                               "autovacuum_vacuum_cost_limit",
                                               "autovacuum_freeze_min_age",
                                               "autovacuum_freeze_max_age",
                                               "autovacuum_freeze_table_age",
                                               "autovacuum_multixact_freeze_min_age",
                                               "autovacuum_multixact_freeze_max_age",
                                               "autovacuum_multixact_freeze_table_age",
                                               "log_autovacuum_min_duration"};
const std::set<std::string> kToastOnlyMissing = {
    "fillfactor",         "toast_tuple_target",           "parallel_workers",
    "user_catalog_table", "autovacuum_analyze_threshold", "autovacuum_analyze_scale_factor"};

}  // namespace

// "toast.name" or "name", checked as PostgreSQL checks them.
static std::string parameter_name(const PgQuery__DefElem* d) {
  std::string ns = d->defnamespace ? d->defnamespace : "";
  std::string name = d->defname;
  if (!ns.empty() && ns != "toast") throw UserError("unrecognized parameter namespace \"" + ns + "\"");
  if (!kHeapParameters.count(name) || (ns == "toast" && kToastOnlyMissing.count(name)))
    throw UserError("unrecognized parameter \"" + name + "\"");
  return ns.empty() ? name : ns + "." + name;
}

// PostgreSQL keeps toast.… parameters only on a TOAST table, which a table
// gets when a row can outgrow a page (needs_toast_table): a column of an
// unbounded variable-length type. Without one they are silently discarded;
// here they are refused instead, as are those of a materialized view (whose
// column types the interpreter does not know).
void Interpreter::check_toast_parameters(const std::vector<std::string>& params, const model::Table* t) const {
  static const std::set<std::string> unbounded = {
      "text", "bytea", "json", "jsonb", "xml", "tsvector", "character varying", "numeric"};
  bool toast = false;
  if (t)
    for (const auto& c : all_columns(*t))
      if (unbounded.count(c.type) || (c.type.size() > 2 && c.type.compare(c.type.size() - 2, 2, "[]") == 0))
        toast = true;
  for (const auto& p : params)
    if (p.rfind("toast.", 0) == 0 && !toast)
      fail(std::string("toast.") + " parameters of " +
           (t ? "a table without a column of an unbounded variable-length type (text, jsonb, …)"
              : "a materialized view") +
           " are not supported: PostgreSQL keeps them only on a TOAST table");
}

// WITH (…) of CREATE TABLE or CREATE MATERIALIZED VIEW: the whole list.
std::vector<std::string> Interpreter::storage_parameters(PgQuery__Node** options, size_t n, bool partitioned) {
  std::vector<std::string> out;
  set_storage_parameters(out, options, n, partitioned);
  return out;
}

// SET (…) merges into `params`; a name set twice keeps the last value.
void Interpreter::set_storage_parameters(std::vector<std::string>& params, PgQuery__Node** options, size_t n,
                                         bool partitioned) {
  for (size_t i = 0; i < n; ++i) {
    PgQuery__DefElem* d = options[i]->def_elem;
    if (partitioned) fail_at(loc(d->location), "cannot specify storage parameters for a partitioned table");
    std::string name = parameter_name(d);
    if (name == "oids") fail_at(loc(d->location), "tables declared WITH OIDS are not supported");
    std::string entry = name + "=" + pg::reloption_value(d);
    params.erase(std::remove_if(params.begin(), params.end(),
                                [&](const std::string& p) { return p.compare(0, name.size() + 1, name + "=") == 0; }),
                 params.end());
    params.push_back(entry);
  }
  std::sort(params.begin(), params.end());
}

void Interpreter::reset_storage_parameters(std::vector<std::string>& params, PgQuery__Node** options, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    std::string name = parameter_name(options[i]->def_elem);
    params.erase(std::remove_if(params.begin(), params.end(),
                                [&](const std::string& p) { return p.compare(0, name.size() + 1, name + "=") == 0; }),
                 params.end());
  }
}

// ALTER INDEX … SET (…) / RESET (…): the WITH (…) of the index's definition.
void Interpreter::alter_index(PgQuery__AlterTableStmt* s) {
  model::QName name = qname(s->relation);
  auto ix = std::find_if(schema_.indexes.begin(), schema_.indexes.end(),
                         [&](const model::Index& i) { return i.name == name; });
  if (ix == schema_.indexes.end()) {
    for (const auto& t : schema_.tables)
      if (const model::Constraint* k = t.name.schema == name.schema ? t.constraint(name.name) : nullptr;
          k && k->kind != model::ConstraintKind::check && k->kind != model::ConstraintKind::foreign_key)
        fail("ALTER INDEX of the index of constraint " + pg::quote_ident(name.name) +
             " is not supported; give the constraint its WITH (…) (… PRIMARY KEY (…) WITH (fillfactor = 70))");
    if (s->missing_ok) return;
    fail("relation \"" + name.name + "\" does not exist");
  }
  const model::Table* table = schema_.table(ix->table);
  std::string method = pg::index_method(ix->definition.text);
  std::vector<std::string> params = pg::split_index_storage(ix->definition.text).parameters;
  for (size_t i = 0; i < s->n_cmds; ++i) {
    PgQuery__AlterTableCmd* cmd = s->cmds[i]->alter_table_cmd;
    bool set = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions;
    if (!set && cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions)
      fail("unsupported ALTER INDEX action (only SET (…) and RESET (…) of its storage parameters)");
    if (table && !table->partition_by.empty())
      fail(std::string("ALTER action ") + (set ? "SET" : "RESET") + " cannot be performed on relation \"" + name.name +
           "\"");
    for (size_t k = 0; k < cmd->def->list->n_items; ++k) {
      const PgQuery__DefElem* d = cmd->def->list->items[k]->def_elem;
      std::string parameter = d->defname;
      if (d->defnamespace && *d->defnamespace)
        fail("unrecognized parameter namespace \"" + std::string(d->defnamespace) + "\"");
      if (!pg::index_parameter_known(method, parameter)) fail("unrecognized parameter \"" + parameter + "\"");
      params.erase(std::remove_if(
                       params.begin(), params.end(),
                       [&](const std::string& p) { return p.compare(0, parameter.size() + 1, parameter + "=") == 0; }),
                   params.end());
      if (set) params.push_back(parameter + "=" + pg::reloption_value(d));
    }
  }
  std::sort(params.begin(), params.end());
  std::string text = pg::with_index_storage(ix->definition.text, params);
  ix->definition = model::Expr{text, pg::canonical_statement(text)};
}

// ALTER MATERIALIZED VIEW … SET (…) / RESET (…), the one change of one that the model holds.
void Interpreter::alter_matview(const model::QName& name, PgQuery__AlterTableStmt* s) {
  model::View* v = find_view(name);
  if (!v || !v->materialized) {
    if (s->missing_ok) return;
    fail("materialized view " + pgsql::quote_qualified(name.schema, name.name) + " does not exist");
  }
  for (size_t i = 0; i < s->n_cmds; ++i) {
    PgQuery__AlterTableCmd* cmd = s->cmds[i]->alter_table_cmd;
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions)
      set_storage_parameters(v->storage_parameters, cmd->def->list->items, cmd->def->list->n_items, false);
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions)
      check_toast_parameters(v->storage_parameters, nullptr);
    else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions)
      reset_storage_parameters(v->storage_parameters, cmd->def->list->items, cmd->def->list->n_items);
    else
      fail("unsupported ALTER MATERIALIZED VIEW action");
  }
}

}  // namespace shale::load::pg_sql
