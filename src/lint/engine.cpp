#include "lint/engine.hpp"

#include <filesystem>
#include <sstream>

#include "dialect/dialect.hpp"
#include "diff/diff.hpp"
#include "lint/postgres_lint.hpp"
#include "lint/registry.hpp"
#include "lint/replay_walk.hpp"

#include <algorithm>
#include "migrate/directory.hpp"
#include "util/error.hpp"

namespace shale::lint {

namespace {

// Key columns of indexes, primary keys and unique constraints anywhere in the
// file: a foreign key is covered by an index created later in the same file.
void collect_indexes(const std::vector<pgsql::Statement>& statements, FileState& state) {
  auto add_keys = [&](const model::QName& t, PgQuery__Constraint* c, const char* column) {
    if (c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY && c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE)
      return;
    auto keys = pgsql::string_list(c->keys, c->n_keys);
    if (keys.empty() && column) keys.push_back(column);
    state.indexed_columns[t].push_back(keys);
  };
  for (const auto& st : statements) {
    PgQuery__Node* n = st.node;
    if (n->node_case == PG_QUERY__NODE__NODE_INDEX_STMT) {
      std::vector<std::string> cols;
      for (size_t i = 0; i < n->index_stmt->n_index_params; ++i) {
        PgQuery__IndexElem* e = n->index_stmt->index_params[i]->index_elem;
        if (!e->name || !*e->name) break;
        cols.push_back(e->name);
      }
      state.indexed_columns[qname_of(n->index_stmt->relation)].push_back(cols);
    } else if (n->node_case == PG_QUERY__NODE__NODE_CREATE_STMT) {
      model::QName t = qname_of(n->create_stmt->relation);
      for (size_t i = 0; i < n->create_stmt->n_table_elts; ++i) {
        PgQuery__Node* e = n->create_stmt->table_elts[i];
        if (e->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) add_keys(t, e->constraint, nullptr);
        if (e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
          for (size_t k = 0; k < e->column_def->n_constraints; ++k)
            add_keys(t, e->column_def->constraints[k]->constraint, e->column_def->colname);
      }
    } else if (n->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT) {
      model::QName t = qname_of(n->alter_table_stmt->relation);
      for (size_t i = 0; i < n->alter_table_stmt->n_cmds; ++i) {
        PgQuery__AlterTableCmd* cmd = n->alter_table_stmt->cmds[i]->alter_table_cmd;
        if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint &&
            cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
          add_keys(t, cmd->def->constraint, nullptr);
        if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn &&
            cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
          for (size_t k = 0; k < cmd->def->column_def->n_constraints; ++k)
            add_keys(t, cmd->def->column_def->constraints[k]->constraint, cmd->def->column_def->colname);
      }
    }
  }
}

// A CHECK's column when the check is `col IS NOT NULL`, else "".
std::string not_null_column(const PgQuery__Node* expr) {
  if (!expr || expr->node_case != PG_QUERY__NODE__NODE_NULL_TEST) return "";
  const PgQuery__NullTest* t = expr->null_test;
  if (t->nulltesttype != PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL || !t->arg ||
      t->arg->node_case != PG_QUERY__NODE__NODE_COLUMN_REF)
    return "";
  const PgQuery__ColumnRef* c = t->arg->column_ref;
  if (c->n_fields != 1 || c->fields[0]->node_case != PG_QUERY__NODE__NODE_STRING) return "";
  return pgsql::string_value(c->fields[0]);
}

// Follows CHECK (col IS NOT NULL) constraints through ADD (NOT VALID),
// VALIDATE CONSTRAINT and DROP CONSTRAINT, so set-not-null knows when a
// validated one proves the column (PostgreSQL then skips the scan).
void track_not_null_checks(const PgQuery__Node* n, FileState::NotNullChecks& checks) {
  if (n->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_STMT ||
      n->alter_table_stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
    return;
  model::QName table = qname_of(n->alter_table_stmt->relation);
  for (size_t i = 0; i < n->alter_table_stmt->n_cmds; ++i) {
    const PgQuery__AlterTableCmd* cmd = n->alter_table_stmt->cmds[i]->alter_table_cmd;
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && cmd->def &&
        cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
        cmd->def->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK) {
      const PgQuery__Constraint* c = cmd->def->constraint;
      std::string column = not_null_column(c->raw_expr);
      if (column.empty()) continue;
      // PostgreSQL's name for an unnamed check: <table>_<column>_check.
      std::string name = c->conname && *c->conname ? c->conname : table.name + "_" + column + "_check";
      (c->skip_validation ? checks.not_valid : checks.validated)[{table, name}] = column;
    } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint && cmd->name) {
      auto it = checks.not_valid.find({table, cmd->name});
      if (it == checks.not_valid.end()) continue;
      checks.validated[it->first] = it->second;
      checks.not_valid.erase(it);
    } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint && cmd->name) {
      checks.not_valid.erase({table, cmd->name});
      checks.validated.erase({table, cmd->name});
    }
  }
}

// Statements that change nothing a failure could leave half done.
bool changes_something(const PgQuery__Node* n) {
  return n->node_case != PG_QUERY__NODE__NODE_VARIABLE_SET_STMT &&
         n->node_case != PG_QUERY__NODE__NODE_VARIABLE_SHOW_STMT;
}

// CREATE TABLE / TABLE AS / MATERIALIZED VIEW / VIEW (not OR REPLACE): the
// statement's own object is new, whatever its lock.
bool creates_its_object(const PgQuery__Node* n) {
  return n->node_case == PG_QUERY__NODE__NODE_CREATE_STMT ||
         n->node_case == PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT ||
         (n->node_case == PG_QUERY__NODE__NODE_VIEW_STMT && !n->view_stmt->replace);
}

// The locks of the finding's statement on objects the file did not create
// (a lock on a table nobody else can see yet blocks no one).
void attach_locks(Finding& f, const StatementContext& ctx) {
  if (ctx.locks.empty()) return;
  pgsql::LockFacts shown;
  shown.transaction_block = ctx.locks.transaction_block;
  for (size_t i = 0; i < ctx.locks.locks.size(); ++i) {
    const pgsql::ObjectLock& l = ctx.locks.locks[i];
    bool relation = l.kind != "index" && l.kind != "table of index" && l.kind != "schema" && l.kind != "database";
    if (relation && ctx.file.is_new(model::QName{l.schema, l.name})) continue;
    if (i == 0 && creates_its_object(ctx.node)) continue;
    if (i == 0) shown.work = ctx.locks.work;  // the work is on the statement's own object
    shown.locks.push_back(l);
  }
  if (shown.locks.empty()) return;
  for (const auto& l : shown.locks)
    f.locks.push_back({pgsql::lock_mode_name(l.mode), l.kind, l.qualified(), pgsql::blocked_names(l.mode)});
  f.work = pgsql::work_name(shown.work);
  f.lock_text = shown.describe();
}

}  // namespace

// "-- shale:ignore id[,id] reason" on the line directly before `offset`.
std::set<std::string> ignored_rules(const std::string& text, size_t offset) {
  std::set<std::string> out;
  size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  if (line_start == std::string::npos || line_start == 0) return out;
  size_t prev = text.rfind('\n', line_start - 1);
  prev = prev == std::string::npos ? 0 : prev + 1;
  std::string line = text.substr(prev, line_start - prev);
  const std::string tag = "-- shale:ignore ";
  size_t at = line.find(tag);
  if (at == std::string::npos) return out;
  std::istringstream ids(line.substr(at + tag.size()));
  std::string list;
  ids >> list;
  std::istringstream split(list);
  std::string id;
  while (std::getline(split, id, ',')) out.insert(id);
  return out;
}

void missing_down(const std::string& path, const Options& options, std::vector<Finding>& out) {
  if (!migrate::is_up_file(path) || std::filesystem::exists(migrate::down_file_of(path))) return;
  Severity s = severity_of(options, "missing-down");
  if (s != Severity::off)
    out.push_back(Finding{"missing-down", s, path, 1, 1,
                          "this up migration has no .down.sql file; write one (shale diff writes both)", ""});
}

namespace {
// The one severity lookup: shale.toml's [lint] setting, else the severity the
// check asked for (`preferred`, off when it asked for none), else the rule's default.
Severity effective_severity(const std::map<std::string, Severity>& configured, const std::string& id,
                            Severity preferred = Severity::off) {
  auto setting = configured.find(id);
  if (setting != configured.end()) return setting->second;
  if (preferred != Severity::off) return preferred;
  const Rule* r = find_rule(id);
  if (!r) throw std::logic_error("severity of unregistered rule " + id);
  return r->default_severity;
}
}  // namespace

Severity severity_of(const Options& options, const std::string& id) {
  return effective_severity(options.severities, id);
}

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
    case Severity::off: return "off";
  }
  return "off";
}

Severity parse_severity(const std::string& s) {
  if (s == "error") return Severity::error;
  if (s == "warning") return Severity::warning;
  if (s == "info") return Severity::info;
  return Severity::off;
}

model::QName qname_of(const PgQuery__RangeVar* rv) {
  return model::QName{rv->schemaname && *rv->schemaname ? rv->schemaname : "public", rv->relname};
}

void Report::add(const std::string& rule, const std::string& message, Severity severity) {
  if (ignored_.count(rule)) return;
  Severity s = effective_severity(configured_, rule, severity);
  if (s == Severity::off) return;
  out_.push_back(Finding{rule, s, ctx_.file.path, ctx_.line, ctx_.column, message, ctx_.sql});
  attach_locks(out_.back(), ctx_);
}

Options options_from_config(const std::map<std::string, std::string>& lint_table, const std::string& dialect,
                            const std::map<std::string, SourcePos>* positions) {
  Options o;
  o.dialect = plan::dialect_named(dialect);
  for (const auto& [id, severity] : lint_table) {
    if (!find_rule(id)) {
      auto at = positions ? positions->find(id) : std::map<std::string, SourcePos>::const_iterator{};
      throw UserError("unknown lint rule \"" + id + "\" in [lint] of shale.toml (`shale rules` lists them)",
                      positions && at != positions->end() ? at->second : SourcePos{});
    }
    o.severities[id] = parse_severity(severity);
  }
  return o;
}

std::vector<Finding> lint_text(const std::string& path, const std::string& text, const Options& options,
                               const std::set<model::QName>* existed_before, Carried* carried) {
  return dialect::of(options.dialect).lint_text(path, text, options, existed_before, carried);
}

std::vector<Finding> postgres_lint_text(const std::string& path, const std::string& text, const Options& options,
                                        const std::set<model::QName>* existed_before, Carried* carried) {
  auto parsed = pgsql::ParsedSql::parse(text, path);
  FileState state;
  state.path = path;
  state.existed_before = existed_before;
  state.no_transaction = migrate::read_directives(text).no_transaction;
  FileState::NotNullChecks own_checks;
  state.not_null_checks = carried ? &carried->not_null_checks : &own_checks;
  if (carried) {
    state.indexed_columns = carried->indexed_columns;
    state.column_types = &carried->column_types;
    state.unpopulated = &carried->unpopulated;
  }
  collect_indexes(parsed->statements(), state);
  for (const auto& st : parsed->statements())
    if (changes_something(st.node)) ++state.changing_statements;

  std::vector<Finding> out;
  missing_down(path, options, out);
  LineIndex lines(path, text);
  for (const auto& st : parsed->statements()) {
    SourcePos pos = lines.at(st.offset);
    if (changes_something(st.node)) ++state.changing_statements_seen;
    StatementContext ctx{st.node, text.substr(st.offset, st.length), pos.line, pos.column,
                         state,   pgsql::lock_facts(st.node)};
    std::set<std::string> ignored = ignored_rules(text, st.offset);
    Report report(ctx, out, options.severities, ignored);
    size_t before = out.size();
    for (const auto& rule : rules())
      if (rule.check) rule.check(ctx, report);
    // One SET lock_timeout fixes the whole file: say so once, not per ALTER.
    if (std::any_of(out.begin() + long(before), out.end(),
                    [](const Finding& f) { return f.rule == "require-lock-timeout"; }))
      state.lock_timeout_reported = true;
    track_not_null_checks(st.node, *state.not_null_checks);
    if (st.node->node_case == PG_QUERY__NODE__NODE_CREATE_STMT)
      state.created_tables.insert(qname_of(st.node->create_stmt->relation));
    if (st.node->node_case == PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT)  // CREATE TABLE … AS, materialized views
      state.created_tables.insert(qname_of(st.node->create_table_as_stmt->into->rel));
    if (st.node->node_case == PG_QUERY__NODE__NODE_VARIABLE_SET_STMT && st.node->variable_set_stmt->name &&
        std::string(st.node->variable_set_stmt->name) == "lock_timeout")
      state.lock_timeout_set = true;
  }
  return out;
}

std::vector<Finding> lint_file(const std::string& path, const Options& options) {
  return lint_text(path, migrate::read_text_file(path), options);
}

}  // namespace shale::lint

namespace shale::lint {

namespace {
// Key columns of the valid plain indexes, primary keys and unique
// constraints of a replayed state.
void indexed_columns_of(const model::Schema& s, std::map<model::QName, std::vector<std::vector<std::string>>>& out) {
  for (const auto& i : s.indexes)
    if (i.valid && !i.columns.empty()) out[i.table].push_back(i.columns);
  for (const auto& t : s.tables)
    for (const auto& c : t.constraints)
      if (c.kind == model::ConstraintKind::primary_key || c.kind == model::ConstraintKind::unique)
        out[t.name].push_back(c.columns);
}

// Change rule enum-value-removed: an enum lost values between the states
// before and after the migration (rows holding them make it fail).
void enum_value_removed_changes(const model::Schema& before, const model::Schema& after, const std::string& path,
                                const std::string& text, const Options& options, std::vector<Finding>& out) {
  const Rule* rule = find_rule("enum-value-removed");
  Severity severity = severity_of(options, rule->id);
  if (severity == Severity::off) return;
  for (const auto& change : diff::diff(before, after, {})) {
    if (change.kind != diff::ChangeKind::rebuild_enum) continue;
    const auto& rebuild = change.as<diff::EnumRebuild>();
    std::vector<std::string> removed;
    for (const auto& v : rebuild.from->values)
      if (std::find(rebuild.to->values.begin(), rebuild.to->values.end(), v) == rebuild.to->values.end())
        removed.push_back(v);
    if (removed.empty()) continue;  // reordered only
    std::string list;
    for (const auto& v : removed) list += (list.empty() ? "'" : ", '") + v + "'";
    size_t at = text.find(rebuild.to->name.name);
    SourcePos pos = position_in(path, text, at == std::string::npos ? 0 : at);
    out.push_back(
        Finding{rule->id, severity, path, pos.line, 1,
                "enum " + rebuild.to->name.name + " loses " + list +
                    "; rows holding it make the migration fail — keep the value, or migrate rows off it first",
                ""});
  }
}
}  // namespace

void carry_from(const model::Schema& before, Carried& carried) {
  carried.indexed_columns.clear();
  indexed_columns_of(before, carried.indexed_columns);
  carried.column_types.clear();
  for (const auto& t : before.tables)
    for (const auto& c : t.columns) carried.column_types[{t.name, c.name}] = c.type;
  carried.unpopulated.clear();
  for (const auto& v : before.views)
    if (v.materialized && !v.with_data) carried.unpopulated.insert(v.name);
}

std::vector<Finding> lint_directory(const std::vector<std::string>& up_paths, const Options& options,
                                    std::string* replay_note) {
  return dialect::of(options.dialect).lint_directory(up_paths, options, replay_note);
}

std::vector<Finding> postgres_lint_directory(const std::vector<std::string>& up_paths, const Options& options,
                                             std::string* replay_note) {
  auto replay = dialect::postgres().replay();
  ReplaySteps steps;
  steps.replay = replay.get();
  steps.tables = [](const model::Schema& s) {
    std::set<model::QName> names;
    for (const auto& t : s.tables) names.insert(t.name);
    return names;
  };
  // A CHECK (col IS NOT NULL) added and validated in earlier migrations
  // still proves the column in later ones, and their indexes still cover
  // foreign keys.
  Carried carried;
  steps.statements = [&](const std::string& path, const std::string& text, const std::set<model::QName>* existed) {
    if (existed)
      carry_from(replay->current(), carried);  // replayed up to the file before
    else
      carried.indexed_columns.clear(), carried.column_types.clear(), carried.unpopulated.clear();
    return postgres_lint_text(path, text, options, existed, &carried);
  };
  steps.changes = [&](const model::Schema& before, const model::Schema& after, const std::string& path,
                      const std::string& text, std::vector<Finding>& findings) {
    std::vector<Finding> changes;
    enum_value_removed_changes(before, after, path, text, options, changes);
    // The change rule knows; drop the statement rule's pattern guess.
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [](const Finding& f) { return f.rule == "enum-value-removed"; }),
                   findings.end());
    findings.insert(findings.end(), changes.begin(), changes.end());
  };
  return lint_replayed(up_paths, steps, replay_note);
}

}  // namespace shale::lint
