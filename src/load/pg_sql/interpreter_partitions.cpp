// The interpreter's declarative partitioning: PARTITION BY, PARTITION OF …
// FOR VALUES, ALTER TABLE … ATTACH / DETACH PARTITION (docs/comparison.md,
// "Partitions"). A partition's columns, and the constraints and indexes its
// parent gives it, are its parent's: the model holds them on the parent only,
// as the live reader does.
#include <algorithm>

#include "load/pg_sql/interpreter.hpp"
#include "pgsql/partitions.hpp"
#include "pgsql/quote.hpp"
#include "util/ascii.hpp"

namespace shale::load::pg_sql {

using model::QName;
namespace pg = shale::pgsql;

const model::Table& Interpreter::partition_root(const model::Table& t) const {
  const model::Table* at = &t;
  while (at->is_partition()) {
    auto it = tables_.find(at->partition_of);
    if (it == tables_.end()) break;
    at = &schema_.tables[it->second];
  }
  return *at;
}

// PARTITION BY …: the key as pg_get_partkeydef prints it.
model::Expr Interpreter::partition_key(const model::Table& t, PgQuery__PartitionSpec* spec) {
  std::string strategy = ascii_upper(spec->strategy);
  if (strategy != "RANGE" && strategy != "LIST" && strategy != "HASH")
    fail("unrecognized partitioning strategy \"" + std::string(spec->strategy) + "\"");
  if (strategy == "LIST" && spec->n_part_params != 1)
    fail_at(loc(spec->location), "cannot use \"list\" partition strategy with more than one column");
  std::string key;
  for (size_t i = 0; i < spec->n_part_params; ++i) {
    PgQuery__PartitionElem* e = spec->part_params[i]->partition_elem;
    std::string part;
    if (e->name && *e->name) {
      if (!partition_root(t).column(e->name))
        fail_at(loc(e->location), "column \"" + std::string(e->name) + "\" named in partition key does not exist");
      part = pg::quote_ident(e->name);
    } else {
      part = expr_text(e->expr);
    }
    if (e->n_collation) part += " COLLATE " + pg::quote_ident(pg::string_value(e->collation[e->n_collation - 1]));
    if (e->n_opclass) part += " " + pg::quote_ident(pg::string_value(e->opclass[e->n_opclass - 1]));
    key += (key.empty() ? "" : ", ") + part;
  }
  std::string text = strategy + " (" + key + ")";
  return model::Expr{text, pg::canonical_partition_key(text)};
}

// The types of the partition key's columns of `parent`, "" for an expression.
Interpreter::PartitionKeyTypes Interpreter::partition_key_types(const model::Table& parent) {
  PartitionKeyTypes types;
  auto parsed = pg::ParsedSql::parse("CREATE TABLE x () PARTITION BY " + parent.partition_by.text, "<partition key>");
  PgQuery__PartitionSpec* spec = parsed->statements().at(0).node->create_stmt->partspec;
  const model::Table& root = partition_root(parent);
  for (size_t i = 0; i < spec->n_part_params; ++i) {
    PgQuery__PartitionElem* e = spec->part_params[i]->partition_elem;
    const model::Column* c = e->name && *e->name ? root.column(e->name) : nullptr;
    bool is_enum = c && std::any_of(schema_.enums.begin(), schema_.enums.end(), [&](const model::Enum& x) {
                     return pg::quote_qualified(x.name.schema, x.name.name) == c->type;
                   });
    types.push_back({c ? c->type : "", is_enum});
  }
  return types;
}

// One value of a bound for key column `column`: a literal, NULL, or (range
// bounds) MINVALUE / MAXVALUE; `bound_at` locates errors without a place of their own.
std::string Interpreter::partition_bound_value(PgQuery__Node* n, const PartitionKeyTypes& types, size_t column,
                                               bool range, size_t bound_at) {
  while (n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) n = n->type_cast->arg;
  if (range && n->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && n->column_ref->n_fields == 1) {
    std::string word = ascii_upper(pg::string_value(n->column_ref->fields[0]));
    if (word == "MINVALUE" || word == "MAXVALUE") return word;
  }
  if (n->node_case != PG_QUERY__NODE__NODE_A_CONST)
    fail_at(bound_at, "partition bounds other than literals are not supported");
  PgQuery__AConst* c = n->a_const;
  if (c->isnull) {
    if (range) fail_at(loc(c->location), "cannot specify NULL in range bound");
    return "NULL";
  }
  const auto& [type, is_enum] = types.at(column);
  switch (c->val_case) {
    case PG_QUERY__A__CONST__VAL_IVAL:
      return pg::bound_value(type, is_enum, pg::BoundLiteral::integer, std::to_string(c->ival->ival));
    case PG_QUERY__A__CONST__VAL_FVAL: {
      std::string v = c->fval->fval;
      bool integral = v.find_first_of(".eE") == std::string::npos;
      return pg::bound_value(type, is_enum, integral ? pg::BoundLiteral::integer : pg::BoundLiteral::number, v);
    }
    case PG_QUERY__A__CONST__VAL_BOOLVAL:
      return pg::bound_value(type, is_enum, pg::BoundLiteral::boolean, c->boolval->boolval ? "true" : "false");
    case PG_QUERY__A__CONST__VAL_SVAL: return pg::bound_value(type, is_enum, pg::BoundLiteral::string, c->sval->sval);
    default: fail_at(loc(c->location), "partition bounds other than literals are not supported");
  }
}

// FOR VALUES … | DEFAULT of a partition of `parent`, as pg_get_expr prints it.
model::Expr Interpreter::partition_bound(const model::Table& parent, PgQuery__PartitionBoundSpec* b) {
  if (parent.partition_by.empty()) fail("table \"" + parent.name.name + "\" is not partitioned");
  std::string strategy = parent.partition_by.text.substr(0, parent.partition_by.text.find(' '));
  auto at = [&] { return loc(b->location); };
  if (b->is_default) {
    if (strategy == "HASH") fail_at(at(), "a hash-partitioned table may not have a default partition");
    return model::Expr{"DEFAULT", "DEFAULT"};
  }
  std::string wrote = ascii_upper(b->strategy && *b->strategy ? std::string(1, b->strategy[0]) : "");
  std::string wanted = strategy.substr(0, 1);
  if (wrote != wanted)
    fail_at(at(), "invalid bound specification for a " +
                      std::string(strategy == "RANGE"  ? "range"
                                  : strategy == "LIST" ? "list"
                                                       : "hash") +
                      " partition");
  if (strategy == "HASH") {
    if (b->modulus <= 0) fail_at(at(), "modulus for hash partition must be an integer value greater than zero");
    if (b->remainder < 0 || b->remainder >= b->modulus)
      fail_at(at(), "remainder for hash partition must be less than modulus");
    std::string text =
        "FOR VALUES WITH (modulus " + std::to_string(b->modulus) + ", remainder " + std::to_string(b->remainder) + ")";
    return model::Expr{text, text};
  }
  PartitionKeyTypes types = partition_key_types(parent);
  auto value = [&](PgQuery__Node* n, size_t column, bool range) {
    return partition_bound_value(n, types, column, range, at());
  };
  std::string text;
  if (strategy == "LIST") {
    for (size_t i = 0; i < b->n_listdatums; ++i) text += (i ? ", " : "") + value(b->listdatums[i], 0, false);
    text = "FOR VALUES IN (" + text + ")";
  } else {
    auto list = [&](PgQuery__Node** datums, size_t n, const char* which) {
      if (n != types.size())
        fail_at(at(), std::string(which) + " must specify exactly one value per partitioning column");
      std::string out;
      std::string infinite;  // MINVALUE or MAXVALUE: every later value must be the same
      for (size_t i = 0; i < n; ++i) {
        std::string v = value(datums[i], i, true);
        if (!infinite.empty() && v != infinite)
          fail_at(at(), "every bound following " + infinite + " must also be " + infinite);
        if (v == "MINVALUE" || v == "MAXVALUE") infinite = v;
        out += (i ? ", " : "") + v;
      }
      return out;
    };
    text = "FOR VALUES FROM (" + list(b->lowerdatums, b->n_lowerdatums, "FROM") + ") TO (" +
           list(b->upperdatums, b->n_upperdatums, "TO") + ")";
  }
  return model::Expr{text, pg::canonical_partition_bound(text)};
}

// CREATE TABLE … PARTITION BY … and CREATE TABLE … PARTITION OF parent FOR VALUES ….
void Interpreter::partition_clauses(model::Table& t, PgQuery__CreateStmt* s) {
  if (s->partbound) {
    QName parent_name = qname(s->inh_relations[0]->range_var);
    model::Table& parent = table(parent_name);
    t.partition_of = parent.name;
    t.partition_bound = partition_bound(parent, s->partbound);
  }
  if (s->partspec) t.partition_by = partition_key(t, s->partspec);
  check_partition_unique_keys(t);
}

// PostgreSQL enforces a unique constraint or index on a partitioned table
// through its partitions' own indexes: each must hold the columns of every
// partition key below it (DefineIndex). `t` is any table of the tree.
void Interpreter::check_partition_unique_keys(const model::Table& t) const {
  const model::Table& root = partition_root(t);
  auto in_tree = [&](const model::QName& n) {
    auto it = tables_.find(n);
    return it != tables_.end() && &partition_root(schema_.tables[it->second]) == &root;
  };
  // Ancestors or self of `p` (indexes on them are cloned onto `p`).
  auto above = [&](const model::Table& p, const model::QName& n) {
    for (const model::Table* at = &p;;) {
      if (at->name == n) return true;
      auto it = at->is_partition() ? tables_.find(at->partition_of) : tables_.end();
      if (it == tables_.end()) return false;
      at = &schema_.tables[it->second];
    }
  };
  for (const auto& p : schema_.tables) {
    if (p.partition_by.empty() || !in_tree(p.name)) continue;
    std::vector<std::vector<std::string>> uniques;
    for (const auto& k : root.constraints)
      if (k.kind == model::ConstraintKind::primary_key || k.kind == model::ConstraintKind::unique)
        uniques.push_back(k.columns);
    for (const auto& ix : schema_.indexes)
      if (ix.unique && in_tree(ix.table) && above(p, ix.table)) uniques.push_back(ix.columns);
    if (uniques.empty()) continue;
    auto parsed = pg::ParsedSql::parse("CREATE TABLE x () PARTITION BY " + p.partition_by.text, "<partition key>");
    PgQuery__PartitionSpec* spec = parsed->statements().at(0).node->create_stmt->partspec;
    for (size_t i = 0; i < spec->n_part_params; ++i) {
      PgQuery__PartitionElem* e = spec->part_params[i]->partition_elem;
      if (!e->name || !*e->name) fail("unsupported UNIQUE constraint with partition key definition");
      for (const auto& columns : uniques)
        if (std::find(columns.begin(), columns.end(), e->name) == columns.end())
          fail("unique constraint on partitioned table must include all partitioning columns");
    }
  }
}

// ALTER TABLE parent ATTACH PARTITION p FOR VALUES …: p, a plain table with
// exactly the parent's columns, becomes a partition; its columns are then the parent's.
void Interpreter::attach_partition(const QName& parent_name, PgQuery__PartitionCmd* cmd) {
  QName name = qname(cmd->name);
  model::Table& p = table(name);
  const model::Table& parent = table(parent_name);
  if (p.is_partition()) fail("\"" + p.name.name + "\" is already a partition");
  if (parent.partition_by.empty()) fail("table \"" + parent.name.name + "\" is not partitioned");
  const model::Table& root = partition_root(parent);
  for (const auto& c : p.columns) {
    const model::Column* pc = root.column(c.name);
    if (!pc)
      fail("table \"" + p.name.name + "\" contains column \"" + c.name + "\" not found in parent \"" +
           parent.name.name + "\"");
    if (pc->type != c.type || pc->collation != c.collation)
      fail("child table \"" + p.name.name + "\" has different type for column \"" + c.name + "\"");
    if (pc->not_null != c.not_null || pc->default_value != c.default_value)
      fail("column \"" + c.name + "\" of table \"" + p.name.name +
           "\" differs from its parent's in NOT NULL or DEFAULT, "
           "which shale does not model on a partition");
  }
  for (const auto& c : root.columns)
    if (!p.column(c.name)) fail("child table is missing column \"" + c.name + "\"");
  // What the model cannot hold on a partition (its own constraints and
  // indexes, a comment on a column) is refused rather than dropped.
  bool own_index = std::any_of(schema_.indexes.begin(), schema_.indexes.end(),
                               [&](const model::Index& ix) { return ix.table == name; });
  bool column_comment =
      std::any_of(p.columns.begin(), p.columns.end(), [](const model::Column& c) { return !c.comment.empty(); });
  if (!p.constraints.empty() || own_index || column_comment)
    fail(
        "ATTACH PARTITION of a table with constraints, indexes or column comments of its own is not supported: "
        "drop them first (the parent's constraints and indexes cover its partitions)");
  model::Expr bound = partition_bound(parent, cmd->bound);
  p.columns.clear();
  p.partition_of = parent_name;
  p.partition_bound = bound;
  detached_.erase(name);
}

// ALTER TABLE parent DETACH PARTITION p: p becomes a plain table with the
// parent's columns. PostgreSQL also leaves it copies of the parent's
// constraints and indexes, which the model cannot name: finish() refuses a
// replay that leaves such a table detached (attaching it again or dropping
// it is what migrations do).
void Interpreter::detach_partition(const QName& parent_name, PgQuery__PartitionCmd* cmd) {
  if (cmd->concurrent) fail("DETACH PARTITION … CONCURRENTLY is not supported");
  QName name = qname(cmd->name);
  model::Table& p = table(name);
  if (p.partition_of != parent_name)
    fail("relation \"" + p.name.name + "\" is not a partition of relation \"" + parent_name.name + "\"");
  std::vector<model::Column> columns = partition_root(p).columns;
  for (auto& c : columns) {
    c.comment.clear();
    c.renamed_from.clear();
    c.identity = 0;
  }
  p.columns = std::move(columns);
  p.partition_of = QName{};
  p.partition_bound = model::Expr{};
  const model::Table& parent = table(parent_name);
  bool parent_objects = !partition_root(parent).constraints.empty() ||
                        std::any_of(schema_.indexes.begin(), schema_.indexes.end(), [&](const model::Index& ix) {
                          for (const model::Table* at = &parent;;) {
                            if (ix.table == at->name) return true;
                            if (!at->is_partition() || !tables_.count(at->partition_of)) return false;
                            at = &schema_.tables[tables_.at(at->partition_of)];
                          }
                        });
  if (parent_objects) detached_[name] = pos_at(statement_offset_);
}

// ALTER TABLE on a partition: only what the model holds for it.
void Interpreter::refuse_partition_change(const model::Table& t, const char* what) const {
  if (t.is_partition())
    fail(std::string(what) + " on partition " + pg::quote_qualified(t.name.schema, t.name.name) +
         " is not supported: its columns, constraints and indexes are its parent's");
}

bool Interpreter::in_partition_key(const model::Table& t, const std::string& column) const {
  if (t.partition_by.empty()) return false;
  auto parsed = pg::ParsedSql::parse("CREATE TABLE x () PARTITION BY " + t.partition_by.text, "<partition key>");
  bool found = false;
  pg::walk(parsed->statements().at(0).node, [&](ProtobufCMessage* m) {
    if (m->descriptor == &pg_query__partition_elem__descriptor) {
      auto* e = reinterpret_cast<PgQuery__PartitionElem*>(m);
      if (e->name && column == e->name) found = true;
    } else if (m->descriptor == &pg_query__column_ref__descriptor) {
      auto* ref = reinterpret_cast<PgQuery__ColumnRef*>(m);
      if (ref->n_fields && ref->fields[ref->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_STRING &&
          pg::string_value(ref->fields[ref->n_fields - 1]) == column)
        found = true;
    }
  });
  return found;
}

void Interpreter::refuse_detached() const {
  for (const auto& [name, pos] : detached_)
    if (tables_.count(name))
      throw UserError(
          "table " + pg::quote_qualified(name.schema, name.name) +
              " stays detached with copies of its former parent's constraints and indexes, which shale does not model: "
              "attach it again or drop it",
          pos);
}

}  // namespace shale::load::pg_sql
