#include "load/pg_sql/interpreter.hpp"

#include <algorithm>

#include "load/pg_sql/default_names.hpp"
#include "pgsql/canonical.hpp"
#include "pgsql/domains.hpp"
#include "pgsql/quote.hpp"
#include "pgsql/sequence_rules.hpp"
#include "pgsql/type_names.hpp"

namespace shale::load::pg_sql {

using model::QName;
namespace pg = shale::pgsql;

namespace {
const char* kDefaultSchema = "public";

// The statement kind as users know it ("GrantStmt"), from the oneof field name.
std::string node_kind(const PgQuery__Node* node) {
  for (unsigned i = 0; i < pg_query__node__descriptor.n_fields; ++i) {
    const auto& f = pg_query__node__descriptor.fields[i];
    if (f.id != static_cast<unsigned>(node->node_case)) continue;
    std::string out;
    bool upper = true;
    for (const char* p = f.name; *p; ++p) {
      if (*p == '_') {
        upper = true;
        continue;
      }
      out += upper ? static_cast<char>(toupper(*p)) : *p;
      upper = false;
    }
    return out;
  }
  return "unknown statement";
}

const std::string kConstraintPrefix = "ALTER TABLE x ADD CONSTRAINT n ";
}  // namespace

void Interpreter::run(const SqlFile& file) {
  file_ = &file;
  lines_ = std::make_unique<LineIndex>(file.path, file.text);
  pg::ParsedSql::each_statement(file.text, file.path, [&](const pg::Statement& st, pg::Arena& arena) {
    arena_ = &arena;
    statement_offset_ = st.offset;
    statement_base_ = st.base;
    statement(st.node);
  });
  arena_ = nullptr;
}

[[noreturn]] void Interpreter::fail(const std::string& message) const { fail_at(statement_offset_, message); }

[[noreturn]] void Interpreter::fail_at(size_t offset, const std::string& message) const {
  throw UserError(message, pos_at(offset));
}

SourcePos Interpreter::pos_at(size_t offset) const { return lines_->at(offset); }

// A parameter ($1) means nothing in a definition PostgreSQL stores: it
// refuses the statement ("there is no parameter $1"), and libpg_query's
// deparser would print $0 as "?". Function bodies keep theirs.
void Interpreter::refuse_parameters(PgQuery__Node* node) {
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
    case PG_QUERY__NODE__NODE_INDEX_STMT:
    case PG_QUERY__NODE__NODE_VIEW_STMT:
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
    case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT: break;
    default: return;
  }
  pg::walk(node, [&](ProtobufCMessage* m) {
    if (m->descriptor != &pg_query__param_ref__descriptor) return;
    auto* p = reinterpret_cast<PgQuery__ParamRef*>(m);
    fail_at(p->location >= 0 ? loc(p->location) : statement_offset_,
            "there is no parameter $" + std::to_string(p->number));
  });
}

void Interpreter::statement(PgQuery__Node* node) {
  try {
    refuse_parameters(node);
    dispatch(node);
  } catch (const std::invalid_argument& e) {
    // A definition that libpg_query deparsed but cannot parse back.
    fail(std::string("cannot normalise a definition in this statement: ") + e.what());
  } catch (const UserError& e) {
    // A helper that knows no position (a type name, an option) points at the statement.
    if (e.pos().known()) throw;
    fail(e.what());
  }
}

void Interpreter::dispatch(PgQuery__Node* node) {
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_STMT: return create_table(node->create_stmt);
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: return alter_table(node->alter_table_stmt);
    case PG_QUERY__NODE__NODE_INDEX_STMT: return create_index(node->index_stmt);
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT: return create_enum(node->create_enum_stmt);
    case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT: return alter_enum(node->alter_enum_stmt);
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT: return create_domain(node->create_domain_stmt);
    case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT: return create_composite(node->composite_type_stmt);
    case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT: return create_range(node->create_range_stmt);
    case PG_QUERY__NODE__NODE_DEFINE_STMT:  // of its kinds (base types, aggregates, operators …) only collations are
                                            // modelled
      if (node->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION)
        return create_collation(node->define_stmt);
      fail("unsupported statement " + node_kind(node) +
           (source_ == Source::migrations ? " in migration" : " in desired state"));
    case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT: return alter_domain(node->alter_domain_stmt);
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT: return create_sequence(node->create_seq_stmt);
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT: return alter_sequence(node->alter_seq_stmt);
    case PG_QUERY__NODE__NODE_VIEW_STMT: return create_view(node->view_stmt);
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT: return create_matview(node->create_table_as_stmt);
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT: return create_function(node->create_function_stmt);
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: return create_trigger(node->create_trig_stmt);
    case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT: return create_policy(node->create_policy_stmt);
    case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT: return alter_policy(node->alter_policy_stmt);
    case PG_QUERY__NODE__NODE_GRANT_STMT: return grant(node->grant_stmt);
    case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
      return alter_default_privileges(node->alter_default_privileges_stmt);
    case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT: return alter_owner(node->alter_owner_stmt);
    case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT: return create_schema(node->create_schema_stmt);
    case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT: return create_extension(node->create_extension_stmt);
    case PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT: return alter_extension(node->alter_extension_stmt);
    case PG_QUERY__NODE__NODE_COMMENT_STMT: return comment(node->comment_stmt);
    case PG_QUERY__NODE__NODE_DROP_STMT: return drop(node->drop_stmt);
    case PG_QUERY__NODE__NODE_RENAME_STMT: return rename(node->rename_stmt);
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT: return session_setting(node->variable_set_stmt);
    case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT: return refresh_matview(node->refresh_mat_view_stmt);
    case PG_QUERY__NODE__NODE_INSERT_STMT:
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
    case PG_QUERY__NODE__NODE_DELETE_STMT:
    case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
    case PG_QUERY__NODE__NODE_SELECT_STMT:
      // Data changes (backfills) in migrations do not change the schema.
      if (source_ == Source::migrations) return;
      fail("data statement " + node_kind(node) + " in desired state; put data in seeds/");
    default:
      fail("unsupported statement " + node_kind(node) +
           (source_ == Source::migrations ? " in migration" : " in desired state"));
  }
}

// Session settings that plans and dumps begin with change no schema object;
// any other SET is refused like every unknown statement.
void Interpreter::session_setting(PgQuery__VariableSetStmt* s) {
  static const std::set<std::string> harmless = {"check_function_bodies", "client_min_messages",
                                                 "statement_timeout",     "lock_timeout",
                                                 "client_encoding",       "standard_conforming_strings"};
  if (source_ == Source::migrations) return;  // lock_timeout, search_path … shape the session, not the schema
  if (!s->name || !harmless.count(s->name))
    fail(std::string("unsupported SET ") + (s->name ? s->name : "") + " in desired state");
}

// ---- lookups ---------------------------------------------------------------

QName Interpreter::qname(const PgQuery__RangeVar* rv) const {
  std::string schema = rv->schemaname && *rv->schemaname ? rv->schemaname : kDefaultSchema;
  return QName{schema, rv->relname};
}

QName Interpreter::qname(const std::vector<std::string>& names) const {
  if (names.empty()) fail("missing object name");
  if (names.size() == 1) return QName{kDefaultSchema, names[0]};
  return QName{names[names.size() - 2], names.back()};
}

model::Table& Interpreter::table(const QName& n) {
  auto it = tables_.find(n);
  if (it == tables_.end()) fail("table " + pg::quote_qualified(n.schema, n.name) + " does not exist");
  return schema_.tables[it->second];
}

bool Interpreter::relation_taken(const std::string& schema, const std::string& name) const {
  return relations_.count({schema, name}) > 0;
}

// Constraint names are unique per schema (ChooseConstraintName looks them up
// by namespace), so a set per schema keeps naming linear.
bool Interpreter::constraint_taken(const std::string& schema, const std::string& name) const {
  return constraint_names_.count({schema, name}) > 0;
}

void Interpreter::claim_relation(const std::string& schema, const std::string& name) {
  if (!relations_.insert({schema, name}).second)
    fail("relation " + pg::quote_qualified(schema, name) + " already exists");
}

std::string Interpreter::expr_text(PgQuery__Node* expr) {
  pg::Arena& arena = *arena_;
  auto* target = arena.make(pg_query__res_target__init);
  target->val = expr;
  auto* select = arena.make(pg_query__select_stmt__init);
  PgQuery__Node** list = static_cast<PgQuery__Node**>(arena.alloc(sizeof(PgQuery__Node*)));
  list[0] = pg::wrap(arena, target);
  select->n_target_list = 1;
  select->target_list = list;
  select->limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_DEFAULT;
  select->op = PG_QUERY__SET_OPERATION__SETOP_NONE;
  return pg::deparse(pg::wrap(arena, select)).substr(7);
}

// "-- shale:renamed-from old" on the line directly above the one holding `offset`.
std::string Interpreter::renamed_from_hint(size_t offset) const {
  const std::string& text = file_->text;
  size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  if (line_start == std::string::npos || line_start == 0) return "";
  size_t prev_start = text.rfind('\n', line_start - 1);
  prev_start = prev_start == std::string::npos ? 0 : prev_start + 1;
  std::string line = text.substr(prev_start, line_start - prev_start);
  const std::string tag = "-- shale:renamed-from";
  size_t at = line.find(tag);
  if (at == std::string::npos || line.find_first_not_of(" \t") != at) return "";
  std::string name = line.substr(at + tag.size());
  name.erase(0, name.find_first_not_of(" \t"));
  name.erase(name.find_last_not_of(" \t\r") + 1);
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
  if (name.empty()) fail_at(prev_start, "shale:renamed-from needs the old name");
  return name;
}

// Completes a foreign key's definition once the referenced table is known:
// without a column list it references the primary key (resolved, as
// PostgreSQL does, when the key is created). Returns false while the
// referenced table is not defined yet and `final` is false.
bool Interpreter::resolve_foreign_key(const PendingForeignKey& fk, bool final) {
  auto table_it = tables_.find(fk.table);
  if (table_it == tables_.end()) return true;  // the table went away
  model::Table& t = schema_.tables[table_it->second];
  auto c = std::find_if(t.constraints.begin(), t.constraints.end(),
                        [&](const model::Constraint& x) { return x.name == fk.constraint; });
  if (c == t.constraints.end()) return true;  // dropped later
  auto ref_it = tables_.find(c->references);
  const model::Constraint* pk = nullptr;
  if (ref_it != tables_.end())
    for (const auto& x : schema_.tables[ref_it->second].constraints)
      if (x.kind == model::ConstraintKind::primary_key) pk = &x;
  if (ref_it == tables_.end() || (fk.ref_columns.empty() && !pk)) {
    if (!final) return false;
    if (ref_it == tables_.end())
      throw UserError("foreign key " + c->name + " references missing table " +
                          pg::quote_qualified(c->references.schema, c->references.name),
                      c->pos);
    throw UserError("foreign key " + c->name + " references a table without a primary key", c->pos);
  }
  std::vector<std::string> ref_columns = fk.ref_columns;
  if (ref_columns.empty()) {
    ref_columns = pk->columns;
    c->definition = with_referenced_columns(c->definition.text, ref_columns);
  }
  // The referenced columns must exist and be exactly the columns of a primary
  // key, unique constraint or non-partial unique index (transformFkeyCheckAttrs).
  const model::Table& referenced = schema_.tables[ref_it->second];
  for (const auto& col : ref_columns) {
    if (!referenced.column(col))
      throw UserError("column \"" + col + "\" referenced in foreign key constraint does not exist", c->pos);
    model::add_ref(c->depends_on, model::Ref{model::RefKind::column, referenced.name, col});
  }
  auto same_set = [&](std::vector<std::string> a) {
    std::vector<std::string> b = ref_columns;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
  };
  bool keyed =
      std::any_of(referenced.constraints.begin(), referenced.constraints.end(),
                  [&](const model::Constraint& k) {
                    return (k.kind == model::ConstraintKind::primary_key || k.kind == model::ConstraintKind::unique) &&
                           same_set(k.columns);
                  }) ||
      std::any_of(schema_.indexes.begin(), schema_.indexes.end(), [&](const model::Index& ix) {
        return ix.unique && ix.table == referenced.name && ix.columns.size() == ref_columns.size() &&
               same_set(ix.columns) && ix.definition.text.find(" WHERE ") == std::string::npos;
      });
  if (!keyed && source_ == Source::desired_state)
    throw UserError(
        "there is no unique constraint matching given keys for referenced table \"" + referenced.name.name + "\"",
        fk.statement);
  return true;
}

// "FOREIGN KEY (a) REFERENCES t" with the referenced columns written out, as
// PostgreSQL stores a key that named none.
model::Expr Interpreter::with_referenced_columns(const std::string& definition,
                                                 const std::vector<std::string>& columns) {
  auto parsed = pg::ParsedSql::parse(kConstraintPrefix + definition, "<foreign key>");
  PgQuery__AlterTableCmd* cmd = parsed->statements().at(0).node->alter_table_stmt->cmds[0]->alter_table_cmd;
  PgQuery__Constraint* c = cmd->def->constraint;
  pg::Arena& arena = parsed->arena();
  c->n_pk_attrs = columns.size();
  c->pk_attrs = static_cast<PgQuery__Node**>(arena.alloc(sizeof(PgQuery__Node*) * columns.size()));
  for (size_t i = 0; i < columns.size(); ++i) c->pk_attrs[i] = pg::make_string_node(arena, columns[i]);
  return constraint_definition(c, arena);
}

model::Schema Interpreter::finish() {
  for (auto& fk : pending_fks_) resolve_foreign_key(fk, true);
  pending_fks_.clear();
  if (source_ == Source::desired_state) resolve_domains();
  refuse_detached();
  if (source_ == Source::desired_state) resolve_desired_state();
  pg::canonicalize_domain_checks(schema_);  // a base domain may come after its user
  pg::add_collation_refs(schema_);
  return std::move(schema_);
}

// ---- CREATE TABLE ------------------------------------------------------------

void Interpreter::create_table(PgQuery__CreateStmt* s) {
  if (s->of_typename) fail("typed tables are not supported");
  if (s->partbound && s->n_table_elts) fail("column options and constraints in PARTITION OF are not supported");
  std::string persistence = s->relation->relpersistence ? s->relation->relpersistence : "p";
  if (persistence == "t") fail("temporary tables are not supported");
  if (persistence == "u" && s->partspec) fail("partitioned tables cannot be unlogged");
  QName name = qname(s->relation);
  if (tables_.count(name)) {
    if (s->if_not_exists) return;
    fail("table " + pg::quote_qualified(name.schema, name.name) + " is defined twice");
  }
  if (name.schema != kDefaultSchema && !schema_.schemas.count(name.schema))
    fail("schema " + pg::quote_ident(name.schema) + " does not exist");
  claim_relation(name.schema, name.name);
  model::Table t;
  t.name = name;
  t.pos = pos_at(statement_offset_);
  t.renamed_from = renamed_from_hint(statement_offset_);
  schema_.tables.push_back(std::move(t));
  tables_[name] = schema_.tables.size() - 1;

  std::vector<PgQuery__Constraint*> constraints;
  schema_.tables.back().columns.reserve(s->n_table_elts);
  for (size_t i = 0; i < s->n_table_elts; ++i) {
    PgQuery__Node* e = s->table_elts[i];
    if (e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
      add_column(schema_.tables.back(), e->column_def, constraints);
    } else if (e->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
      constraints.push_back(e->constraint);
    } else {
      fail("unsupported table element " + node_kind(e));
    }
  }
  // PostgreSQL names CHECK constraints first, then the primary key, then the
  // other index-backed constraints, then foreign keys (transformCreateStmt).
  // NOT VALID is ignored here: a new table has no rows, so PostgreSQL marks
  // its constraints valid (transformCheckConstraints, transformFKConstraints).
  auto by_kind = [&](auto pred) {
    for (auto* c : constraints) {
      if (!pred(c->contype)) continue;
      c->skip_validation = 0;
      add_constraint(schema_.tables[tables_[name]], c);
    }
  };
  by_kind([](auto k) { return k == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK; });
  by_kind([](auto k) { return k == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY; });
  by_kind(
      [](auto k) { return k == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE || k == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION; });
  by_kind([](auto k) { return k == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN; });
  schema_.tables[tables_[name]].unlogged = persistence == "u";
  schema_.tables[tables_[name]].storage_parameters =
      storage_parameters(s->options, s->n_options, s->partspec != nullptr);
  inherit_clauses(schema_.tables[tables_[name]], s);
  partition_clauses(schema_.tables[tables_[name]], s);
  check_toast_parameters(schema_.tables[tables_[name]].storage_parameters, &schema_.tables[tables_[name]]);
}

// serial = integer column + sequence owned by it + nextval default + NOT NULL
// (https://www.postgresql.org/docs/15/datatype-numeric.html#DATATYPE-SERIAL)
void Interpreter::serial_sequence(const model::Table& t, model::Column& c, const std::string& serial) {
  std::string seq =
      choose_name(t.name.name, c.name, "seq", [&](const std::string& n) { return relation_taken(t.name.schema, n); });
  claim_relation(t.name.schema, seq);
  model::Sequence sq;
  sq.name = QName{t.name.schema, seq};
  sq.options.type = serial;
  sq.options.max = pg::integer_type_max(serial);
  sq.owned_by_table = t.name.name;
  sq.owned_by_column = c.name;
  sq.pos = c.pos;
  schema_.sequences.push_back(sq);
  std::string qualified =
      t.name.schema == kDefaultSchema ? pg::quote_ident(seq) : pg::quote_qualified(t.name.schema, seq);
  std::string text = "nextval(" + pg::quote_literal(qualified) + "::regclass)";
  c.default_value = model::Expr{text, pg::canonical_expression(text)};
  c.not_null = true;
}

// GENERATED … AS IDENTITY (options): the options of the column's sequence.
void Interpreter::identity_options(model::Column& c, PgQuery__Constraint* k, PgQuery__ColumnDef* def) {
  c.identity_options.type = c.type;
  c.identity_options.max = pg::integer_type_max(c.type);
  for (size_t j = 0; j < k->n_options; ++j) {
    PgQuery__DefElem* d = k->options[j]->def_elem;
    std::string opt = d->defname;
    auto num = [&]() -> int64_t {
      try {
        return pg::int64_option(d);
      } catch (const UserError& e) {
        fail_at(loc(d->location), e.what());
      }
    };
    if (opt == "start")
      c.identity_options.start = num();
    else if (opt == "increment")
      c.identity_options.increment = num();
    else if (opt == "minvalue") {
      if (d->arg) c.identity_options.min = num();
    } else if (opt == "maxvalue") {
      if (d->arg) c.identity_options.max = num();
    } else if (opt == "cache")
      c.identity_options.cache = num();
    else if (opt == "cycle")
      c.identity_options.cycle = d->arg->boolean->boolval;
    else
      fail_at(loc(def->location), "unsupported identity option " + opt);
  }
}

// A column's PRIMARY KEY, UNIQUE or REFERENCES as the table constraint it is:
// the column becomes the constraint's key (CHECK names its columns itself).
void Interpreter::constrain_column(PgQuery__Constraint* k, const std::string& column) {
  if (k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) {
    k->n_fk_attrs = 1;
    k->fk_attrs = static_cast<PgQuery__Node**>(arena_->alloc(sizeof(PgQuery__Node*)));
    k->fk_attrs[0] = pg::make_string_node(*arena_, column);
  } else if (k->contype != PG_QUERY__CONSTR_TYPE__CONSTR_CHECK) {
    k->n_keys = 1;
    k->keys = static_cast<PgQuery__Node**>(arena_->alloc(sizeof(PgQuery__Node*)));
    k->keys[0] = pg::make_string_node(*arena_, column);
  }
}

void Interpreter::add_column(model::Table& t, PgQuery__ColumnDef* def, std::vector<PgQuery__Constraint*>& constraints) {
  if (t.column(def->colname))
    fail_at(loc(def->location), "column " + pg::quote_ident(def->colname) + " specified more than once");
  model::Column c;
  c.name = def->colname;
  c.pos = pos_at(loc(def->location));
  c.renamed_from = renamed_from_hint(loc(def->location));
  std::string serial = pg::serial_base_type(def->type_name);
  try {
    c.type = serial.empty() ? pg::canonical_type(def->type_name, kDefaultSchema) : serial;
  } catch (const UserError& e) {
    fail_at(loc(def->location), e.what());
  }
  if (def->coll_clause) c.collation = pg::string_list(def->coll_clause->collname, def->coll_clause->n_collname).back();
  if (!serial.empty()) serial_sequence(t, c, serial);
  PgQuery__Constraint* last = nullptr;
  // NULL beside NOT NULL, an identity or a serial (both of which are NOT
  // NULL) is refused, as PostgreSQL refuses it.
  bool declared_null = false, declared_not_null = c.not_null;
  auto conflict = [&](PgQuery__Constraint* k) {
    if (declared_null && declared_not_null)
      fail_at(loc(k->location),
              "conflicting NULL/NOT NULL declarations for column \"" + c.name + "\" of table \"" + t.name.name + "\"");
  };
  for (size_t i = 0; i < def->n_constraints; ++i) {
    PgQuery__Constraint* k = def->constraints[i]->constraint;
    switch (k->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
        c.not_null = declared_not_null = true;
        conflict(k);
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_NULL:
        c.not_null = false;
        declared_null = true;
        conflict(k);
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT: {
        std::string text = expr_text(k->raw_expr);
        c.default_value = model::Expr{text, pg::canonical_default(text, c.type)};
        break;
      }
      case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED: {
        std::string text = expr_text(k->raw_expr);
        c.generated = model::Expr{text, pg::canonical_expression(text)};
        break;
      }
      case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY: {
        if (!pg::is_sequence_type(c.type))
          fail_at(loc(k->location), "identity column type must be smallint, integer, or bigint");
        c.identity = k->generated_when[0];
        c.not_null = declared_not_null = true;
        conflict(k);
        identity_options(c, k, def);
        break;
      }
      case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY: c.not_null = true; [[fallthrough]];
      case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
      case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
      case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
        constrain_column(k, c.name);
        constraints.push_back(k);
        last = k;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE:
        if (last) last->deferrable = 1;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE:
        if (last) last->deferrable = 0;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED:
        if (last) last->initdeferred = 1;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE:
        if (last) last->initdeferred = 0;
        break;
      default: fail_at(loc(k->location), "unsupported column constraint");
    }
  }
  if (c.identity && c.identity_options.increment < 0) {
    c.identity_options.max = c.identity_options.max == pg::integer_type_max(c.type) ? -1 : c.identity_options.max;
  }
  if (c.identity && c.identity_options.start == 1 && c.identity_options.min != 1)
    c.identity_options.start = c.identity_options.min;
  // Edges: the type, and what the default or generation expression uses (a
  // generation expression may name columns defined after it: not checked here).
  pg::type_refs(def->type_name, *this, c.depends_on);
  if (source_ == Source::desired_state && def->type_name)
    type_pos_[{t.name, c.name}] = TypeAt{file_, loc(def->type_name->location)};
  if (!serial.empty())
    model::add_ref(c.depends_on, model::Ref{model::RefKind::relation, schema_.sequences.back().name, ""});
  for (size_t i = 0; i < def->n_constraints; ++i) {
    PgQuery__Constraint* k = def->constraints[i]->constraint;
    if (k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT || k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED)
      pg::expression_refs(k->raw_expr, t.name, *this, c.depends_on, nullptr);
  }
  t.columns.push_back(std::move(c));
}

model::Expr Interpreter::constraint_definition(PgQuery__Constraint* c, pg::Arena& arena) {
  // Deparse under a placeholder name, and give the node its own name back
  // whatever happens (the caller may still read it).
  struct RestoreName {
    PgQuery__Constraint* c;
    char* name;
    ~RestoreName() { c->conname = name; }
  } restore{c, c->conname};
  auto* cmd = arena.make(pg_query__alter_table_cmd__init);
  cmd->subtype = PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint;
  c->conname = arena.strdup("n");
  cmd->def = pg::wrap(arena, c);
  cmd->behavior = PG_QUERY__DROP_BEHAVIOR__DROP_RESTRICT;
  auto* stmt = arena.make(pg_query__alter_table_stmt__init);
  stmt->relation = pg::make_range_var(arena, "", "x");
  stmt->objtype = PG_QUERY__OBJECT_TYPE__OBJECT_TABLE;
  stmt->n_cmds = 1;
  stmt->cmds = static_cast<PgQuery__Node**>(arena.alloc(sizeof(PgQuery__Node*)));
  stmt->cmds[0] = pg::wrap(arena, cmd);
  PgQuery__Node* node = pg::wrap(arena, stmt);
  std::string sql = pg::deparse(node);
  if (sql.compare(0, kConstraintPrefix.size(), kConstraintPrefix) != 0)
    throw std::logic_error("unexpected deparse of a constraint: " + sql);
  // libpg_query 15-4.0's deparser omits NULLS NOT DISTINCT.
  if (c->nulls_not_distinct && sql.compare(kConstraintPrefix.size(), 7, "UNIQUE ") == 0)
    sql.insert(kConstraintPrefix.size() + 7, "NULLS NOT DISTINCT ");
  std::string canon = pg::canonical_tree(node, sql);
  return model::Expr{sql.substr(kConstraintPrefix.size()), std::move(canon)};
}

// tab_col_check when the expression uses exactly one column, else tab_check
// (heap.c AddRelationNewConstraints).
std::string Interpreter::check_name(const model::Table& t, PgQuery__Constraint* c) {
  std::set<std::string> columns;
  pg::walk(c->raw_expr, [&](ProtobufCMessage* m) {
    if (m->descriptor != &pg_query__column_ref__descriptor) return;
    auto* ref = reinterpret_cast<PgQuery__ColumnRef*>(m);
    columns.insert(pg::string_value(ref->fields[ref->n_fields - 1]));
  });
  std::string column = columns.size() == 1 ? *columns.begin() : "";
  return choose_name(t.name.name, column, "check",
                     [&](const std::string& n) { return constraint_taken(t.name.schema, n); });
}

// The name PostgreSQL gives a constraint declared without one.
std::string Interpreter::unnamed_constraint_name(const model::Table& t, const model::Constraint& k,
                                                 PgQuery__Constraint* c) {
  std::string schema = t.name.schema;
  auto rel_taken = [&](const std::string& n) { return relation_taken(schema, n); };
  auto con_taken = [&](const std::string& n) { return constraint_taken(schema, n); };
  switch (k.kind) {
    case model::ConstraintKind::primary_key: return choose_name(t.name.name, "", "pkey", rel_taken);
    case model::ConstraintKind::unique: return choose_name(t.name.name, join_column_names(k.columns), "key", rel_taken);
    case model::ConstraintKind::exclusion:
      return choose_name(t.name.name, join_column_names(k.columns), "excl", rel_taken);
    case model::ConstraintKind::foreign_key:
      return choose_name(t.name.name, join_column_names(k.columns), "fkey", con_taken);
    case model::ConstraintKind::check: return check_name(t, c);
  }
  return "";
}

// REFERENCES t without columns means t's primary key: written into the
// node when t is defined already (a later definition is resolved at the end).
void Interpreter::reference_primary_key(PgQuery__Constraint* c, const QName& references) {
  auto ref = tables_.find(references);
  const model::Constraint* pk = nullptr;
  if (ref != tables_.end())
    for (const auto& x : schema_.tables[ref->second].constraints)
      if (x.kind == model::ConstraintKind::primary_key) pk = &x;
  if (!pk) return;
  c->n_pk_attrs = pk->columns.size();
  c->pk_attrs = static_cast<PgQuery__Node**>(arena_->alloc(sizeof(PgQuery__Node*) * pk->columns.size()));
  for (size_t i = 0; i < pk->columns.size(); ++i) c->pk_attrs[i] = pg::make_string_node(*arena_, pk->columns[i]);
}

void Interpreter::add_constraint(model::Table& t, PgQuery__Constraint* c) {
  model::Constraint k;
  k.pos = pos_at(c->location > 0 ? loc(c->location) : statement_offset_);
  if (c->indexname && *c->indexname) return constraint_using_index(t, c, k);
  auto keys = pg::string_list(c->keys, c->n_keys);
  std::vector<pg::Unresolved> missing;
  switch (c->contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
      k.kind = model::ConstraintKind::primary_key;
      k.columns = keys;
      for (const auto& col : keys) {
        model::Column* column = t.column(col);
        if (!column && any_column(t, col))  // PostgreSQL would mark the child's copy NOT NULL, unlike its parent's
          fail_at(loc(c->location), "a primary key on inherited column " + pg::quote_ident(col) + " is not supported");
        if (!column) fail_at(loc(c->location), "column " + pg::quote_ident(col) + " named in key does not exist");
        column->not_null = true;
      }
      for (const auto& other : t.constraints)
        if (other.kind == model::ConstraintKind::primary_key)
          fail_at(loc(c->location), "multiple primary keys for table " + t.name.name);
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
      k.kind = model::ConstraintKind::unique;
      k.columns = keys;
      for (const auto& col : keys)
        if (!any_column(t, col)) fail_at(loc(c->location), "column \"" + col + "\" named in key does not exist");
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
      k.kind = model::ConstraintKind::check;
      k.valid = !not_valid(c);
      pg::expression_refs(c->raw_expr, t.name, *this, k.depends_on, &missing);
      refuse_missing(missing);
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
      k.kind = model::ConstraintKind::foreign_key;
      k.columns = pg::string_list(c->fk_attrs, c->n_fk_attrs);
      k.references = qname(c->pktable);
      for (const auto& col : k.columns)
        if (!any_column(t, col))
          fail_at(loc(c->location), "column \"" + col + "\" referenced in foreign key constraint does not exist");
      k.valid = !not_valid(c);
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
      k.kind = model::ConstraintKind::exclusion;
      for (size_t i = 0; i < c->n_exclusions; ++i) {
        PgQuery__List* pair = c->exclusions[i]->list;
        PgQuery__IndexElem* e = pair->items[0]->index_elem;
        k.columns.push_back(e->name && *e->name ? e->name : "expr");
      }
      break;
    default: fail_at(loc(c->location), "unsupported table constraint");
  }
  k.name = c->conname && *c->conname ? c->conname : unnamed_constraint_name(t, k, c);
  if (t.constraint(k.name)) fail_at(loc(c->location), "constraint " + pg::quote_ident(k.name) + " already exists");
  for (const auto& col : k.columns)
    if (any_column(t, col)) model::add_ref(k.depends_on, model::Ref{model::RefKind::column, t.name, col});
  constraint_names_.insert({t.name.schema, k.name});
  // Index-backed constraints own an index of the same name.
  if (k.kind == model::ConstraintKind::primary_key || k.kind == model::ConstraintKind::unique ||
      k.kind == model::ConstraintKind::exclusion)
    claim_relation(t.name.schema, k.name);
  if (k.kind == model::ConstraintKind::foreign_key) {
    if (c->n_pk_attrs == 0) reference_primary_key(c, k.references);
    PendingForeignKey fk{t.name, k.name, pg::string_list(c->pk_attrs, c->n_pk_attrs), pos_at(statement_offset_)};
    k.definition = constraint_definition(c, *arena_);
    t.constraints.push_back(std::move(k));
    if (!resolve_foreign_key(fk, false)) pending_fks_.push_back(fk);
    return;
  } else {
    k.definition = constraint_definition(c, *arena_);
  }
  t.constraints.push_back(std::move(k));
}

// ADD CONSTRAINT … UNIQUE | PRIMARY KEY USING INDEX: the index becomes the
// constraint's own index, renamed to the constraint's name when that differs
// (index_constraint_create; "ALTER TABLE / ADD CONSTRAINT USING INDEX will
// rename index"). This is the second step of adding a key without blocking
// writes, after CREATE UNIQUE INDEX CONCURRENTLY.
void Interpreter::constraint_using_index(model::Table& t, PgQuery__Constraint* c, model::Constraint& k) {
  QName index_name{t.name.schema, c->indexname};
  auto ix = std::find_if(schema_.indexes.begin(), schema_.indexes.end(),
                         [&](const model::Index& x) { return x.name == index_name; });
  if (ix == schema_.indexes.end())
    fail_at(loc(c->location), "index " + pg::quote_ident(c->indexname) + " does not exist");
  if (ix->table != t.name)
    fail_at(loc(c->location),
            "index " + pg::quote_ident(c->indexname) + " does not belong to table " + pg::quote_ident(t.name.name));
  if (!ix->unique) fail_at(loc(c->location), "\"" + std::string(c->indexname) + "\" is not a unique index");
  auto parsed = pg::ParsedSql::parse(ix->definition.text, "<index>");
  PgQuery__IndexStmt* is = parsed->statements().at(0).node->index_stmt;
  if (is->where_clause) fail_at(loc(c->location), "index \"" + std::string(c->indexname) + "\" is a partial index");
  if (ix->columns.size() != is->n_index_params)
    fail_at(loc(c->location), "index \"" + std::string(c->indexname) + "\" contains expressions");
  bool primary = c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY;
  k.kind = primary ? model::ConstraintKind::primary_key : model::ConstraintKind::unique;
  k.columns = ix->columns;
  k.name = c->conname && *c->conname ? c->conname : index_name.name;
  if (t.constraint(k.name)) fail_at(loc(c->location), "constraint " + pg::quote_ident(k.name) + " already exists");
  if (primary)
    for (const auto& other : t.constraints)
      if (other.kind == model::ConstraintKind::primary_key)
        fail_at(loc(c->location), "multiple primary keys for table " + t.name.name);
  pg::Arena& arena = *arena_;
  c->indexname = nullptr;
  c->n_keys = k.columns.size();
  c->keys = static_cast<PgQuery__Node**>(arena.alloc(sizeof(PgQuery__Node*) * k.columns.size()));
  for (size_t i = 0; i < k.columns.size(); ++i) c->keys[i] = pg::make_string_node(arena, k.columns[i]);
  k.definition = constraint_definition(c, *arena_);
  k.depends_on = ix->depends_on;
  schema_.indexes.erase(ix);
  relations_.erase({index_name.schema, index_name.name});
  claim_relation(t.name.schema, k.name);
  constraint_names_.insert({t.name.schema, k.name});
  if (primary)
    for (const auto& col : k.columns) t.column(col)->not_null = true;
  t.constraints.push_back(std::move(k));
}

// ALTER TABLE … ADD … NOT VALID: a check or foreign key that holds for new
// rows only, until VALIDATE CONSTRAINT. The model keeps validity apart from
// the definition (model::Constraint::valid), so the flag is cleared from the
// parse tree that the definition is deparsed from.
bool Interpreter::not_valid(PgQuery__Constraint* c) {
  bool skipped = c->skip_validation;
  c->skip_validation = 0;
  c->initially_valid = 1;
  return skipped;
}

// ---- ALTER TABLE -------------------------------------------------------------

void Interpreter::alter_column_type(model::Table& t, PgQuery__AlterTableCmd* cmd) {
  model::Column* c = t.column(cmd->name);
  if (!c) fail("column " + pg::quote_ident(cmd->name) + " does not exist");
  // Indexes and constraints on the column are rebuilt by PostgreSQL; a view
  // is not (ATExecAlterColumnType).
  for (const auto& d : dependants_of(ObjectKey{ObjectKey::Kind::column, t.name, c->name}))
    if (d.key.kind == ObjectKey::Kind::view)
      fail("cannot alter type of a column used by a view or rule (" + d.key.describe() + " depends on column " +
           pg::quote_ident(c->name) + ")");
  c->type = pg::canonical_type(cmd->def->column_def->type_name, kDefaultSchema);
  if (cmd->def->column_def->coll_clause)
    c->collation =
        pg::string_list(cmd->def->column_def->coll_clause->collname, cmd->def->column_def->coll_clause->n_collname)
            .back();
  c->depends_on = column_refs(t, *c);
}

// ALTER TABLE … ALTER COLUMN … SET DEFAULT / DROP DEFAULT (`def` null).
void Interpreter::set_column_default(const model::Table& t, model::Column& col, PgQuery__Node* def) {
  if (def) {
    std::string text = expr_text(def);
    col.default_value = model::Expr{text, pg::canonical_default(text, col.type)};
  } else {
    col.default_value = model::Expr{};
  }
  col.depends_on = column_refs(t, col);
}

// ALTER TABLE … DROP CONSTRAINT [IF EXISTS]: a key's index goes with it.
void Interpreter::drop_table_constraint(model::Table& t, const std::string& name, bool missing_ok) {
  auto it = std::find_if(t.constraints.begin(), t.constraints.end(), [&](auto& c) { return c.name == name; });
  if (it == t.constraints.end()) {
    if (missing_ok) return;
    fail("constraint " + pg::quote_ident(name) + " does not exist");
  }
  if (it->kind != model::ConstraintKind::check && it->kind != model::ConstraintKind::foreign_key)
    relations_.erase({t.name.schema, it->name});
  t.constraints.erase(it);
}

// ALTER TABLE … ALTER COLUMN … ADD GENERATED … AS IDENTITY: default options.
void Interpreter::add_identity(model::Column& col, PgQuery__Constraint* k) {
  if (!pg::is_sequence_type(col.type))
    fail_at(loc(k->location), "identity column type must be smallint, integer, or bigint");
  col.identity = k->generated_when[0];
  col.not_null = true;
  col.identity_options = model::SequenceOptions{};
  col.identity_options.type = col.type;
  col.identity_options.max = pg::integer_type_max(col.type);
}

// ALTER TABLE … VALIDATE CONSTRAINT: only a foreign key or check can be NOT VALID.
void Interpreter::validate_table_constraint(model::Table& t, const std::string& name) {
  auto it = std::find_if(t.constraints.begin(), t.constraints.end(), [&](auto& c) { return c.name == name; });
  if (it == t.constraints.end()) fail("constraint \"" + name + "\" of relation \"" + t.name.name + "\" does not exist");
  if (it->kind != model::ConstraintKind::check && it->kind != model::ConstraintKind::foreign_key)
    fail("constraint \"" + name + "\" of relation \"" + t.name.name + "\" is not a foreign key or check constraint");
  it->valid = true;
}

void Interpreter::alter_table(PgQuery__AlterTableStmt* s) {
  if (owner_change(s)) return;
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW) return alter_view(s);
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE) return alter_composite(s);
  QName name = qname(s->relation);
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW) return alter_matview(name, s);
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX) return alter_index(s);  // interpreter_storage.cpp
  if (s->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
    fail("only ALTER TABLE, VIEW, MATERIALIZED VIEW, INDEX and TYPE are supported on relations");
  if (!tables_.count(name) && s->missing_ok) return;
  for (size_t i = 0; i < s->n_cmds; ++i) {
    model::Table& t = table(name);
    PgQuery__AlterTableCmd* cmd = s->cmds[i]->alter_table_cmd;
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition) {
      attach_partition(name, cmd->def->partition_cmd);
      continue;
    }
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition) {
      detach_partition(name, cmd->def->partition_cmd);
      continue;
    }
    refuse_partition_change(t, "ALTER TABLE");
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit ||
        cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropInherit) {
      PgQuery__RangeVar* parent = cmd->def->range_var;
      if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit)
        add_inherit(t, parent);
      else
        drop_inherit(t, parent);
      continue;
    }
    model::Column* col = cmd->name && *cmd->name ? t.column(cmd->name) : nullptr;
    auto need_column = [&] {
      if (!col)
        fail("column " + pg::quote_ident(cmd->name ? cmd->name : "") + " of table " + t.name.name + " does not exist");
      return col;
    };
    switch (cmd->subtype) {
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn: {
        std::vector<PgQuery__Constraint*> constraints;
        if (cmd->missing_ok && t.column(cmd->def->column_def->colname)) break;
        add_column(t, cmd->def->column_def, constraints);
        for (auto* c : constraints) add_constraint(table(name), c);
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn: {
        if (!col && cmd->missing_ok) break;
        need_column();
        // Its indexes, constraints and owned sequence go with it; anything
        // else that uses it (a view, another table's foreign key, a
        // generated column) needs CASCADE.
        drop_object(ObjectKey{ObjectKey::Kind::column, name, cmd->name},
                    cmd->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE);
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault: set_column_default(t, *need_column(), cmd->def); break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull: need_column()->not_null = true; break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull: need_column()->not_null = false; break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: alter_column_type(t, cmd); break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
        add_constraint(t, cmd->def->constraint);
        check_partition_unique_keys(table(name));
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint: drop_table_constraint(t, cmd->name, cmd->missing_ok); break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_NoForceRowSecurity: set_row_security(t, cmd->subtype); break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropIdentity: need_column()->identity = 0; break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
        set_storage_parameters(t.storage_parameters, cmd->def->list->items, cmd->def->list->n_items,
                               !t.partition_by.empty());
        check_toast_parameters(t.storage_parameters, &t);
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions:
        reset_storage_parameters(t.storage_parameters, cmd->def->list->items, cmd->def->list->n_items);
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged:
        if (!t.partition_by.empty())
          fail("cannot change persistence setting of a partitioned table");  // PostgreSQL 15: not supported
        t.unlogged = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged;
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner:
        set_table_owner(t, cmd->newowner);
        break;  // interpreter_owners.cpp
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity: add_identity(*need_column(), cmd->def->constraint); break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint: validate_table_constraint(t, cmd->name); break;
      default: fail("unsupported ALTER TABLE action in desired state");
    }
  }
}

}  // namespace shale::load::pg_sql
