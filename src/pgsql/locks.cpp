#include "pgsql/locks.hpp"

#include <set>
#include <stdexcept>

#include "pgsql/parse_tree.hpp"

namespace shale::pgsql {

using M = LockMode;
using W = Work;

const char* work_name(Work w) {
  switch (w) {
    case Work::none: return "none";
    case Work::scan: return "scan";
    case Work::rewrite: return "rewrite";
  }
  return "none";
}

const std::vector<LockForm>& lock_forms() {
  // id, form, mode, other mode, other object, work, in a transaction block, note.
  // ALTER TABLE: "An ACCESS EXCLUSIVE lock is acquired unless explicitly
  // noted" (sql-altertable.html, Description); the lower levels below are
  // the ones that page notes per subcommand.
  static const std::vector<LockForm> all = {
      {"alter-table-add-column", "ALTER TABLE … ADD COLUMN", M::access_exclusive, M::none, "", W::none, true,
       "a constant (or no) default is stored in the catalog: no rewrite"},
      {"alter-table-add-column-rewrite",
       "ALTER TABLE … ADD COLUMN with a volatile default, identity, serial or stored generated column",
       M::access_exclusive, M::none, "", W::rewrite, true, ""},
      {"alter-table-drop-column", "ALTER TABLE … DROP COLUMN", M::access_exclusive, M::none, "", W::none, true,
       "the column is hidden, its space reclaimed by later writes"},
      {"alter-table-alter-column-type", "ALTER TABLE … ALTER COLUMN … TYPE", M::access_exclusive, M::none, "",
       W::rewrite, true,
       "no rewrite when the old type is binary coercible to the new one (varchar(n) to text or a longer varchar); "
       "indexes are rebuilt then too"},
      {"alter-table-set-default", "ALTER TABLE … ALTER COLUMN … SET DEFAULT / DROP DEFAULT", M::access_exclusive,
       M::none, "", W::none, true, ""},
      {"alter-table-set-not-null", "ALTER TABLE … ALTER COLUMN … SET NOT NULL", M::access_exclusive, M::none, "",
       W::scan, true, "no scan when a validated CHECK (col IS NOT NULL) proves it"},
      {"alter-table-drop-not-null", "ALTER TABLE … ALTER COLUMN … DROP NOT NULL", M::access_exclusive, M::none, "",
       W::none, true, ""},
      {"alter-table-identity", "ALTER TABLE … ALTER COLUMN … ADD / SET / DROP IDENTITY", M::access_exclusive, M::none,
       "", W::none, true, ""},
      {"alter-table-drop-expression", "ALTER TABLE … ALTER COLUMN … DROP EXPRESSION", M::access_exclusive, M::none, "",
       W::none, true, ""},
      {"alter-table-set-statistics", "ALTER TABLE … ALTER COLUMN … SET STATISTICS", M::share_update_exclusive, M::none,
       "", W::none, true, ""},
      {"alter-table-column-options", "ALTER TABLE … ALTER COLUMN … SET / RESET ( attribute_option … )",
       M::share_update_exclusive, M::none, "", W::none, true, ""},
      {"alter-table-set-storage", "ALTER TABLE … ALTER COLUMN … SET STORAGE / SET COMPRESSION", M::access_exclusive,
       M::none, "", W::none, true, "existing rows keep their storage until rewritten"},
      {"alter-table-add-foreign-key", "ALTER TABLE … ADD FOREIGN KEY", M::share_row_exclusive, M::share_row_exclusive,
       "referenced table", W::scan, true, "the scan checks every row against the referenced table"},
      {"alter-table-add-foreign-key-not-valid", "ALTER TABLE … ADD FOREIGN KEY … NOT VALID", M::share_row_exclusive,
       M::share_row_exclusive, "referenced table", W::none, true,
       "new rows are checked; VALIDATE CONSTRAINT checks the old ones"},
      {"alter-table-add-check", "ALTER TABLE … ADD CHECK", M::access_exclusive, M::none, "", W::scan, true, ""},
      {"alter-table-add-check-not-valid", "ALTER TABLE … ADD CHECK … NOT VALID", M::access_exclusive, M::none, "",
       W::none, true, "new rows are checked; VALIDATE CONSTRAINT checks the old ones"},
      {"alter-table-add-unique", "ALTER TABLE … ADD UNIQUE / PRIMARY KEY / EXCLUDE", M::access_exclusive, M::none, "",
       W::scan, true, "builds the index under the lock"},
      {"alter-table-add-constraint-using-index", "ALTER TABLE … ADD UNIQUE / PRIMARY KEY USING INDEX",
       M::access_exclusive, M::none, "", W::none, true, "PRIMARY KEY scans for NULLs in columns not yet NOT NULL"},
      {"alter-table-validate-constraint", "ALTER TABLE … VALIDATE CONSTRAINT", M::share_update_exclusive, M::row_share,
       "referenced table (foreign key)", W::scan, true, ""},
      {"alter-table-drop-constraint", "ALTER TABLE … DROP CONSTRAINT", M::access_exclusive, M::none, "", W::none, true,
       "a foreign key's referenced table is locked too"},
      {"alter-table-alter-constraint", "ALTER TABLE … ALTER CONSTRAINT", M::access_exclusive, M::none, "", W::none,
       true, ""},
      {"alter-table-trigger", "ALTER TABLE … ENABLE / DISABLE TRIGGER", M::share_row_exclusive, M::none, "", W::none,
       true, ""},
      {"alter-table-rule", "ALTER TABLE … ENABLE / DISABLE RULE", M::access_exclusive, M::none, "", W::none, true, ""},
      {"alter-table-row-security", "ALTER TABLE … ENABLE / DISABLE / FORCE ROW LEVEL SECURITY", M::access_exclusive,
       M::none, "", W::none, true, ""},
      {"alter-table-cluster-on", "ALTER TABLE … CLUSTER ON / SET WITHOUT CLUSTER", M::share_update_exclusive, M::none,
       "", W::none, true, ""},
      {"alter-table-set-parameters-light",
       "ALTER TABLE … SET / RESET ( fillfactor, autovacuum_*, toast_tuple_target, parallel_workers … )",
       M::share_update_exclusive, M::none, "", W::none, true, ""},
      {"alter-table-set-parameters", "ALTER TABLE … SET / RESET ( other storage parameters )", M::access_exclusive,
       M::none, "", W::none, true, ""},
      {"alter-table-set-tablespace", "ALTER TABLE … SET TABLESPACE", M::access_exclusive, M::none, "", W::rewrite, true,
       "copies the table's files"},
      {"alter-table-set-logged", "ALTER TABLE … SET LOGGED / UNLOGGED", M::access_exclusive, M::none, "", W::rewrite,
       true, ""},
      {"alter-table-set-access-method", "ALTER TABLE … SET ACCESS METHOD", M::access_exclusive, M::none, "", W::rewrite,
       true, ""},
      {"alter-table-inherit", "ALTER TABLE … INHERIT / NO INHERIT / OF / NOT OF", M::access_exclusive, M::none, "",
       W::none, true, ""},
      {"alter-table-owner", "ALTER TABLE … OWNER TO", M::access_exclusive, M::none, "", W::none, true, ""},
      {"alter-table-replica-identity", "ALTER TABLE … REPLICA IDENTITY", M::access_exclusive, M::none, "", W::none,
       true, ""},
      {"alter-table-attach-partition", "ALTER TABLE … ATTACH PARTITION", M::share_update_exclusive, M::access_exclusive,
       "partition", W::scan, true, "no scan of the partition when a validated CHECK proves its bound"},
      {"alter-table-detach-partition", "ALTER TABLE … DETACH PARTITION", M::access_exclusive, M::access_exclusive,
       "partition", W::none, true, ""},
      {"alter-table-detach-partition-concurrently", "ALTER TABLE … DETACH PARTITION … CONCURRENTLY",
       M::share_update_exclusive, M::share_update_exclusive, "partition", W::none, false, ""},
      {"alter-table-other", "ALTER TABLE (other subcommands)", M::access_exclusive, M::none, "", W::none, true, ""},
      {"alter-table-rename", "ALTER TABLE … RENAME [ COLUMN | CONSTRAINT ] … TO", M::access_exclusive, M::none, "",
       W::none, true, ""},
      {"alter-table-set-schema", "ALTER TABLE … SET SCHEMA", M::access_exclusive, M::none, "", W::none, true, ""},
      {"alter-index-rename", "ALTER INDEX … RENAME TO", M::share_update_exclusive, M::none, "", W::none, true, ""},
      {"alter-view-rename", "ALTER [ MATERIALIZED ] VIEW … RENAME", M::access_exclusive, M::none, "", W::none, true,
       ""},
      {"create-table", "CREATE TABLE", M::access_exclusive, M::share_row_exclusive, "referenced table", W::none, true,
       "the new table is invisible to others; only tables its foreign keys reference are locked"},
      {"create-table-partition-of", "CREATE TABLE … PARTITION OF", M::access_exclusive, M::access_exclusive,
       "parent table", W::none, true, ""},
      {"create-table-as", "CREATE TABLE … AS / CREATE MATERIALIZED VIEW / SELECT INTO", M::access_exclusive,
       M::access_share, "tables it reads", W::none, true, "runs its query"},
      {"drop-table", "DROP TABLE", M::access_exclusive, M::access_exclusive, "tables with foreign keys to it", W::none,
       true, ""},
      {"truncate", "TRUNCATE", M::access_exclusive, M::none, "", W::none, true, "removes every row at once"},
      {"create-index", "CREATE INDEX", M::share, M::none, "", W::scan, true, "builds the index under the lock"},
      {"create-index-concurrently", "CREATE INDEX CONCURRENTLY", M::share_update_exclusive, M::none, "", W::scan, false,
       "scans twice and waits for transactions that could write the table; a failure leaves an INVALID index"},
      {"drop-index", "DROP INDEX", M::access_exclusive, M::access_exclusive, "table of index", W::none, true, ""},
      {"drop-index-concurrently", "DROP INDEX CONCURRENTLY", M::share_update_exclusive, M::share_update_exclusive,
       "table of index", W::none, false, "waits for transactions using the index"},
      {"reindex", "REINDEX INDEX / TABLE", M::share, M::access_exclusive, "index rebuilt", W::scan, true,
       "writes wait, and so do reads that would use the index"},
      {"reindex-concurrently", "REINDEX … CONCURRENTLY", M::share_update_exclusive, M::none, "", W::scan, false, ""},
      {"reindex-schema", "REINDEX SCHEMA / DATABASE / SYSTEM", M::share, M::access_exclusive, "each index rebuilt",
       W::scan, false, "one table after the other, each under its own lock"},
      {"create-view", "CREATE [ OR REPLACE ] VIEW", M::access_exclusive, M::access_share, "tables it reads", W::none,
       true, ""},
      {"drop-view", "DROP VIEW / DROP MATERIALIZED VIEW", M::access_exclusive, M::none, "", W::none, true, ""},
      {"refresh-materialized-view", "REFRESH MATERIALIZED VIEW", M::access_exclusive, M::access_share,
       "tables it reads", W::rewrite, true, "runs its query and replaces the contents"},
      {"refresh-materialized-view-concurrently", "REFRESH MATERIALIZED VIEW CONCURRENTLY", M::exclusive,
       M::access_share, "tables it reads", W::rewrite, true, "needs a unique index on the view; reads go on"},
      {"create-trigger", "CREATE TRIGGER", M::share_row_exclusive, M::none, "", W::none, true, ""},
      {"drop-trigger", "DROP TRIGGER", M::access_exclusive, M::none, "", W::none, true, ""},
      {"create-rule", "CREATE RULE", M::access_exclusive, M::none, "", W::none, true, ""},
      {"create-policy", "CREATE POLICY / ALTER POLICY / DROP POLICY", M::access_exclusive, M::none, "", W::none, true,
       ""},
      {"create-statistics", "CREATE STATISTICS", M::share_update_exclusive, M::none, "", W::none, true, ""},
      {"comment", "COMMENT ON TABLE / COLUMN / INDEX / VIEW / CONSTRAINT", M::share_update_exclusive, M::none, "",
       W::none, true, ""},
      {"vacuum", "VACUUM", M::share_update_exclusive, M::none, "", W::scan, false, ""},
      {"analyze", "ANALYZE", M::share_update_exclusive, M::none, "", W::scan, true, "reads a sample of the rows"},
      {"vacuum-full", "VACUUM FULL", M::access_exclusive, M::none, "", W::rewrite, false, ""},
      {"cluster", "CLUSTER", M::access_exclusive, M::none, "", W::rewrite, true, ""},
      {"lock-table", "LOCK TABLE … IN mode MODE", M::access_exclusive, M::none, "", W::none, true,
       "the mode named (ACCESS EXCLUSIVE when none is), held until the transaction ends"},
      {"insert-update-delete", "INSERT / UPDATE / DELETE / MERGE", M::row_exclusive, M::none, "", W::none, true,
       "row locks on the rows changed; an UPDATE or DELETE without a narrow WHERE touches every row"},
      {"select", "SELECT", M::access_share, M::none, "", W::none, true, ""},
      {"select-for-update", "SELECT … FOR UPDATE / SHARE", M::row_share, M::none, "", W::none, true, ""},
  };
  return all;
}

const LockForm& lock_form(const std::string& id) {
  for (const auto& f : lock_forms())
    if (id == f.id) return f;
  throw std::logic_error("no lock form " + id);
}

LockMode LockFacts::strongest() const {
  LockMode m = LockMode::none;
  for (const auto& l : locks) m = stronger(m, l.mode);
  return m;
}

std::string LockFacts::describe() const {
  std::string out;
  for (const auto& l : locks) {
    if (!out.empty()) out += "; ";
    std::string what = l.kind == "table"              ? ""
                       : l.kind == "table of index"   ? "the table of index "
                       : l.kind == "indexes of table" ? "the indexes of "
                                                      : l.kind + " ";
    out +=
        std::string(lock_mode_name(l.mode)) + " on " + what + l.qualified() + " (blocks " + blocked_text(l.mode) + ")";
  }
  if (work == Work::scan) out += "; scans the table";
  if (work == Work::rewrite) out += "; rewrites the table";
  if (!transaction_block) out += "; cannot run in a transaction block";
  return out;
}

namespace {

// Builds the facts of one statement: forms on its own object, objects with
// the strongest mode taken on each.
class Builder {
 public:
  void form(const char* id) {
    const LockForm* f = &lock_form(id);
    for (const auto* seen : facts_.forms)
      if (seen == f) return;
    facts_.forms.push_back(f);
    if (int(f->work) > int(facts_.work)) facts_.work = f->work;
    if (!f->transaction_block) facts_.transaction_block = false;
  }
  // The statement's own object, in the mode of `id` (added as a form too).
  void on(const char* id, const std::string& kind, const std::string& schema, const std::string& name) {
    form(id);
    lock(kind, schema, name, lock_form(id).mode);
  }
  // The form's second object.
  void other(const char* id, const std::string& schema, const std::string& name) {
    lock(lock_form(id).other, schema, name, lock_form(id).other_mode);
  }
  void lock(const std::string& kind, const std::string& schema, const std::string& name, LockMode mode) {
    for (auto& l : facts_.locks)
      if (l.kind == kind && l.schema == schema && l.name == name) {
        l.mode = stronger(l.mode, mode);
        return;
      }
    facts_.locks.push_back({kind, schema, name, mode});
  }
  LockFacts done() { return std::move(facts_); }

 private:
  LockFacts facts_;
};

std::string schema_of(const PgQuery__RangeVar* rv) {
  return rv->schemaname && *rv->schemaname ? rv->schemaname : "public";
}
void on_table(Builder& b, const char* id, const PgQuery__RangeVar* rv, const std::string& kind = "table") {
  b.on(id, kind, schema_of(rv), rv->relname);
}

bool has_option(PgQuery__Node* const* params, size_t n, const char* name) {
  for (size_t i = 0; i < n; ++i)
    if (params[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM && std::string(params[i]->def_elem->defname) == name)
      return true;
  return false;
}

// Storage parameters ALTER TABLE … SET changes under SHARE UPDATE EXCLUSIVE
// (reloptions.c: every option whose lockmode is ShareUpdateExclusiveLock).
bool light_parameters(const PgQuery__Node* options) {
  static const std::set<std::string> light = {
      "fillfactor",           "toast_tuple_target", "parallel_workers",
      "vacuum_index_cleanup", "vacuum_truncate",    "log_autovacuum_min_duration",
      "autovacuum_enabled",   "deduplicate_items"};  // an index's; its other parameters (fastupdate, buffering,
                                                     // pages_per_range …) take ACCESS EXCLUSIVE
  // (user_catalog_table takes ACCESS EXCLUSIVE too.)
  if (!options || options->node_case != PG_QUERY__NODE__NODE_LIST) return false;
  for (size_t i = 0; i < options->list->n_items; ++i) {
    const PgQuery__Node* d = options->list->items[i];
    if (d->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) return false;
    std::string name = d->def_elem->defname;
    if (!light.count(name) && name.rfind("autovacuum_", 0) != 0) return false;
  }
  return true;
}

// The referenced table of a foreign key constraint.
void foreign_key(Builder& b, const PgQuery__Constraint* c, bool not_valid) {
  const char* id = not_valid ? "alter-table-add-foreign-key-not-valid" : "alter-table-add-foreign-key";
  b.form(id);
  if (c->pktable) b.other(id, schema_of(c->pktable), c->pktable->relname);
}

void add_constraint(Builder& b, const PgQuery__RangeVar* table, const PgQuery__Constraint* c) {
  switch (c->contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
      on_table(b, c->skip_validation ? "alter-table-add-foreign-key-not-valid" : "alter-table-add-foreign-key", table);
      foreign_key(b, c, c->skip_validation);
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
      on_table(b, c->skip_validation ? "alter-table-add-check-not-valid" : "alter-table-add-check", table);
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
    case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
    case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
      on_table(b, c->indexname && *c->indexname ? "alter-table-add-constraint-using-index" : "alter-table-add-unique",
               table);
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL: on_table(b, "alter-table-set-not-null", table); break;
    default: on_table(b, "alter-table-other", table);
  }
}

bool column_rewrites(const PgQuery__ColumnDef* def) {
  if (def->type_name && def->type_name->n_names > 0) {
    std::string type = string_value(def->type_name->names[def->type_name->n_names - 1]);
    if (type.find("serial") != std::string::npos) return true;
  }
  for (size_t i = 0; i < def->n_constraints; ++i) {
    const PgQuery__Constraint* c = def->constraints[i]->constraint;
    if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY || c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED)
      return true;
    if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT && !volatile_call(c->raw_expr).empty()) return true;
  }
  return false;
}

void add_column(Builder& b, const PgQuery__RangeVar* table, const PgQuery__ColumnDef* def) {
  on_table(b, column_rewrites(def) ? "alter-table-add-column-rewrite" : "alter-table-add-column", table);
  for (size_t i = 0; i < def->n_constraints; ++i) {
    const PgQuery__Constraint* c = def->constraints[i]->constraint;
    if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) {
      foreign_key(b, c, c->skip_validation);
    } else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK ||
               c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ||
               c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE) {
      add_constraint(b, table, c);
    }
  }
}

void alter_table_cmd(Builder& b, const PgQuery__AlterTableStmt* s, const PgQuery__AlterTableCmd* cmd) {
  const PgQuery__RangeVar* t = s->relation;
  switch (cmd->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumnRecurse:
      if (cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
        add_column(b, t, cmd->def->column_def);
      else
        on_table(b, "alter-table-add-column", t);
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumnRecurse: return on_table(b, "alter-table-drop-column", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: return on_table(b, "alter-table-alter-column-type", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault: return on_table(b, "alter-table-set-default", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull: return on_table(b, "alter-table-set-not-null", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull: return on_table(b, "alter-table-drop-not-null", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetIdentity:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropIdentity: return on_table(b, "alter-table-identity", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropExpression: return on_table(b, "alter-table-drop-expression", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics: return on_table(b, "alter-table-set-statistics", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions: return on_table(b, "alter-table-column-options", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression: return on_table(b, "alter-table-set-storage", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraintRecurse:
      if (cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
        add_constraint(b, t, cmd->def->constraint);
      else
        on_table(b, "alter-table-other", t);
      return;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIndexConstraint:
      return on_table(b, "alter-table-add-constraint-using-index", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraintRecurse:
      return on_table(b, "alter-table-validate-constraint", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraintRecurse: return on_table(b, "alter-table-drop-constraint", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterConstraint: return on_table(b, "alter-table-alter-constraint", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigUser:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigUser: return on_table(b, "alter-table-trigger", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRule:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysRule:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaRule:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRule: return on_table(b, "alter-table-rule", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_NoForceRowSecurity: return on_table(b, "alter-table-row-security", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster: return on_table(b, "alter-table-cluster-on", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ReplaceRelOptions:
      return on_table(b, light_parameters(cmd->def) ? "alter-table-set-parameters-light" : "alter-table-set-parameters",
                      t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetTableSpace: return on_table(b, "alter-table-set-tablespace", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged: return on_table(b, "alter-table-set-logged", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetAccessMethod: return on_table(b, "alter-table-set-access-method", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropInherit:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddOf:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropOf: return on_table(b, "alter-table-inherit", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner: return on_table(b, "alter-table-owner", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ReplicaIdentity: return on_table(b, "alter-table-replica-identity", t);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition: {
      const PgQuery__PartitionCmd* p =
          cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD ? cmd->def->partition_cmd : nullptr;
      const char* id = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition ? "alter-table-attach-partition"
                       : p && p->concurrent ? "alter-table-detach-partition-concurrently"
                                            : "alter-table-detach-partition";
      on_table(b, id, t);
      if (p && p->name) b.other(id, schema_of(p->name), p->name->relname);
      return;
    }
    default: return on_table(b, "alter-table-other", t);
  }
}

void alter_table(Builder& b, const PgQuery__AlterTableStmt* s) {
  for (size_t i = 0; i < s->n_cmds; ++i) {
    if (s->cmds[i]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) continue;
    const PgQuery__AlterTableCmd* cmd = s->cmds[i]->alter_table_cmd;
    if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX) {
      // ALTER INDEX … SET (fillfactor …) and friends lock the index alone.
      const char* id =
          cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions ||
                  cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions
              ? (light_parameters(cmd->def) ? "alter-table-set-parameters-light" : "alter-table-set-parameters")
          : cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics ? "alter-table-set-statistics"
          : cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetTableSpace ? "alter-table-set-tablespace"
                                                                         : "alter-table-other";
      b.on(id, "index", s->relation->schemaname ? s->relation->schemaname : "", s->relation->relname);
      continue;
    }
    alter_table_cmd(b, s, cmd);
  }
}

// DROP's objects as (schema, name): a list of names, the last one the object's.
std::pair<std::string, std::string> dropped_name(const PgQuery__Node* object, bool table_like) {
  std::vector<std::string> names = object->node_case == PG_QUERY__NODE__NODE_LIST
                                       ? string_list(object->list->items, object->list->n_items)
                                       : std::vector<std::string>{string_value(object)};
  std::string schema = names.size() > 1 ? names[names.size() - 2] : (table_like ? "public" : "");
  return {schema, names.empty() ? "" : names.back()};
}

void drop(Builder& b, const PgQuery__DropStmt* s) {
  const char* id = nullptr;
  std::string kind;
  switch (s->remove_type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
      id = "drop-table";
      kind = "table";
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
      id = s->concurrent ? "drop-index-concurrently" : "drop-index";
      kind = "index";
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
      id = "drop-view";
      kind = "view";
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
      id = "drop-view";
      kind = "materialized view";
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
      id = "drop-trigger";
      kind = "table";
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_RULE:
      id = "create-rule";
      kind = "table";
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
      id = "create-policy";
      kind = "table";
      break;
    default: return;
  }
  for (size_t i = 0; i < s->n_objects; ++i) {
    const PgQuery__Node* o = s->objects[i];
    if (kind == "table" && std::string(id) != "drop-table") {
      // DROP TRIGGER t ON tbl: the list is (schema.)table, trigger name.
      if (o->node_case != PG_QUERY__NODE__NODE_LIST || o->list->n_items < 2) continue;
      auto names = string_list(o->list->items, o->list->n_items);
      names.pop_back();
      b.on(id, "table", names.size() > 1 ? names[0] : "public", names.back());
      continue;
    }
    auto [schema, name] = dropped_name(o, kind != "index");
    b.on(id, kind, schema, name);
    if (kind == "index") b.lock("table of index", schema, name, lock_form(id).other_mode);
  }
}

// ALTER … RENAME of a relation, index or trigger.
void rename(Builder& b, const PgQuery__RenameStmt* s) {
  if (!s->relation) return;
  switch (s->rename_type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
      b.on("alter-index-rename", "index", s->relation->schemaname ? s->relation->schemaname : "", s->relation->relname);
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
      on_table(b, "alter-view-rename", s->relation,
               s->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW ? "view" : "materialized view");
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER: on_table(b, "alter-table-other", s->relation); break;
    default:
      if (s->relation_type == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW ||
          s->relation_type == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW)
        on_table(b, "alter-view-rename", s->relation, "view");
      else
        on_table(b, "alter-table-rename", s->relation);
  }
}

// CREATE TABLE: the tables its foreign keys reference are locked too; a
// partition locks its parent.
void create_table(Builder& b, const PgQuery__CreateStmt* s) {
  if (s->partbound && s->n_inh_relations == 1 && s->inh_relations[0]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) {
    on_table(b, "create-table-partition-of", s->relation);
    b.other("create-table-partition-of", schema_of(s->inh_relations[0]->range_var),
            s->inh_relations[0]->range_var->relname);
    return;
  }
  on_table(b, "create-table", s->relation);
  auto reference = [&](const PgQuery__Constraint* c) {
    if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN && c->pktable)
      b.other("create-table", schema_of(c->pktable), c->pktable->relname);
  };
  for (size_t i = 0; i < s->n_table_elts; ++i) {
    const PgQuery__Node* e = s->table_elts[i];
    if (e->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) reference(e->constraint);
    if (e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
      for (size_t k = 0; k < e->column_def->n_constraints; ++k) reference(e->column_def->constraints[k]->constraint);
  }
}

// REINDEX of an index, a table, a schema or the database.
void reindex(Builder& b, const PgQuery__ReindexStmt* s) {
  bool concurrently = has_option(s->params, s->n_params, "concurrently");
  if (s->relation) {
    bool index = s->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_INDEX;
    const char* id = concurrently ? "reindex-concurrently" : "reindex";
    // REINDEX INDEX names the index; its table takes the lock on writes.
    if (index)
      b.on(id, "table of index", s->relation->schemaname ? s->relation->schemaname : "", s->relation->relname);
    else
      on_table(b, id, s->relation);
    if (!concurrently) {
      if (index)
        b.lock("index", s->relation->schemaname ? s->relation->schemaname : "", s->relation->relname,
               M::access_exclusive);
      else
        b.lock("indexes of table", schema_of(s->relation), s->relation->relname, M::access_exclusive);
    }
  } else {
    const char* kind = s->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_SCHEMA ? "schema" : "database";
    b.on(concurrently ? "reindex-concurrently" : "reindex-schema", kind, "", s->name ? s->name : "");
    b.form("reindex-schema");  // never in a transaction block, CONCURRENTLY or not
  }
}

// COMMENT ON a table, view, index or column.
void comment(Builder& b, const PgQuery__CommentStmt* s) {
  bool column = s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN;
  bool relation =
      s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE || s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW ||
      s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW || s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX;
  if ((column || relation) && s->object && s->object->node_case == PG_QUERY__NODE__NODE_LIST) {
    auto names = string_list(s->object->list->items, s->object->list->n_items);
    if (column && !names.empty()) names.pop_back();
    if (names.empty()) return;
    bool index = s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX;
    b.on("comment", index ? "index" : "table", names.size() > 1 ? names[names.size() - 2] : (index ? "" : "public"),
         names.back());
  }
}

LockFacts lock_facts_of(const PgQuery__Node* n) {
  Builder b;
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
      const PgQuery__AlterTableStmt* s = n->alter_table_stmt;
      if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE || s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX)
        alter_table(b, s);
      else if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW || s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW)
        on_table(b, "alter-table-other", s->relation,
                 s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW ? "view" : "materialized view");
      break;
    }
    case PG_QUERY__NODE__NODE_RENAME_STMT: rename(b, n->rename_stmt); break;
    case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT: {
      const PgQuery__AlterObjectSchemaStmt* s = n->alter_object_schema_stmt;
      if (s->relation) on_table(b, "alter-table-set-schema", s->relation);
      break;
    }
    case PG_QUERY__NODE__NODE_CREATE_STMT: create_table(b, n->create_stmt); break;
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
      on_table(
          b, "create-table-as", n->create_table_as_stmt->into->rel,
          n->create_table_as_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW ? "materialized view" : "table");
      break;
    case PG_QUERY__NODE__NODE_VIEW_STMT: on_table(b, "create-view", n->view_stmt->view, "view"); break;
    case PG_QUERY__NODE__NODE_DROP_STMT: drop(b, n->drop_stmt); break;
    case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
      for (size_t i = 0; i < n->truncate_stmt->n_relations; ++i)
        if (n->truncate_stmt->relations[i]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
          on_table(b, "truncate", n->truncate_stmt->relations[i]->range_var);
      break;
    case PG_QUERY__NODE__NODE_INDEX_STMT:
      on_table(b, n->index_stmt->concurrent ? "create-index-concurrently" : "create-index", n->index_stmt->relation);
      break;
    case PG_QUERY__NODE__NODE_REINDEX_STMT: reindex(b, n->reindex_stmt); break;
    case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT:
      on_table(
          b,
          n->refresh_mat_view_stmt->concurrent ? "refresh-materialized-view-concurrently" : "refresh-materialized-view",
          n->refresh_mat_view_stmt->relation, "materialized view");
      break;
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: on_table(b, "create-trigger", n->create_trig_stmt->relation); break;
    case PG_QUERY__NODE__NODE_RULE_STMT: on_table(b, "create-rule", n->rule_stmt->relation); break;
    case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT: on_table(b, "create-policy", n->create_policy_stmt->table); break;
    case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT: on_table(b, "create-policy", n->alter_policy_stmt->table); break;
    case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
      for (size_t i = 0; i < n->create_stats_stmt->n_relations; ++i)
        if (n->create_stats_stmt->relations[i]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
          on_table(b, "create-statistics", n->create_stats_stmt->relations[i]->range_var);
      break;
    case PG_QUERY__NODE__NODE_COMMENT_STMT: comment(b, n->comment_stmt); break;
    case PG_QUERY__NODE__NODE_VACUUM_STMT: {
      const PgQuery__VacuumStmt* s = n->vacuum_stmt;
      const char* id = !s->is_vacuumcmd                               ? "analyze"
                       : has_option(s->options, s->n_options, "full") ? "vacuum-full"
                                                                      : "vacuum";
      if (s->n_rels == 0) b.on(id, "database", "", "every table");
      for (size_t i = 0; i < s->n_rels; ++i)
        if (s->rels[i]->node_case == PG_QUERY__NODE__NODE_VACUUM_RELATION && s->rels[i]->vacuum_relation->relation)
          on_table(b, id, s->rels[i]->vacuum_relation->relation);
      break;
    }
    case PG_QUERY__NODE__NODE_CLUSTER_STMT:
      if (n->cluster_stmt->relation)
        on_table(b, "cluster", n->cluster_stmt->relation);
      else
        b.on("cluster", "database", "", "every clustered table");
      break;
    case PG_QUERY__NODE__NODE_LOCK_STMT: {
      const PgQuery__LockStmt* s = n->lock_stmt;
      LockMode mode = s->mode >= 1 && s->mode <= 8 ? LockMode(s->mode) : M::access_exclusive;
      b.form("lock-table");
      for (size_t i = 0; i < s->n_relations; ++i)
        if (s->relations[i]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
          b.lock("table", schema_of(s->relations[i]->range_var), s->relations[i]->range_var->relname, mode);
      break;
    }
    case PG_QUERY__NODE__NODE_INSERT_STMT: on_table(b, "insert-update-delete", n->insert_stmt->relation); break;
    case PG_QUERY__NODE__NODE_UPDATE_STMT: on_table(b, "insert-update-delete", n->update_stmt->relation); break;
    case PG_QUERY__NODE__NODE_DELETE_STMT: on_table(b, "insert-update-delete", n->delete_stmt->relation); break;
    case PG_QUERY__NODE__NODE_SELECT_STMT: {
      // The tables named in FROM (not those of subqueries): ACCESS SHARE, or
      // ROW SHARE with FOR UPDATE / SHARE.
      const PgQuery__SelectStmt* s = n->select_stmt;
      const char* id = s->n_locking_clause > 0 ? "select-for-update" : "select";
      for (size_t i = 0; i < s->n_from_clause; ++i)
        if (s->from_clause[i]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
          on_table(b, id, s->from_clause[i]->range_var);
      break;
    }
    case PG_QUERY__NODE__NODE_MERGE_STMT: on_table(b, "insert-update-delete", n->merge_stmt->relation); break;
    default: break;
  }
  return b.done();
}

}  // namespace

LockFacts lock_facts(const PgQuery__Node* stmt) {
  if (!stmt) return {};
  return lock_facts_of(stmt);
}

std::string volatile_call(PgQuery__Node* expr) {
  static const std::set<std::string> volatile_functions = {"random",          "gen_random_uuid", "uuid_generate_v4",
                                                           "clock_timestamp", "timeofday",       "nextval"};
  std::string found;
  if (!expr) return found;
  walk(expr, [&](ProtobufCMessage* m) {
    if (m->descriptor != &pg_query__func_call__descriptor) return;
    auto* f = reinterpret_cast<PgQuery__FuncCall*>(m);
    std::string name = string_value(f->funcname[f->n_funcname - 1]);
    if (volatile_functions.count(name) && found.empty()) found = name;
  });
  return found;
}

}  // namespace shale::pgsql
