#include "fix/online_fix.hpp"

#include <set>

#include "load/pg_sql/default_names.hpp"
#include "pgsql/parse_tree.hpp"
#include "pgsql/quote.hpp"

namespace shale::fix {

namespace {

namespace pg = shale::pgsql;
using load::pg_sql::choose_name;
using load::pg_sql::join_column_names;

// Where a rewritten statement goes: with the statements around it, alone
// outside a transaction, or in the last transaction, after everything it
// validates has committed.
enum class Place { in_order, alone, last };

struct Piece {
  std::string sql;  // without ';'
  Place place = Place::in_order;
};

class Fixer {
 public:
  Fixer(const std::string& path, const std::string& text, const model::Schema& before)
      : path_(path), text_(text), before_(before) {
    for (const auto& t : before.tables) existing_.insert(t.name);
  }

  Fixed run(const std::string& lock_timeout) {
    auto parsed = pg::ParsedSql::parse(text_, path_);
    bool sets_lock_timeout = false;
    for (const auto& s : parsed->statements()) {
      statement_ = &s;
      arena_ = &parsed->arena();
      std::string original = text_.substr(s.offset, s.length);
      if (s.node->node_case == PG_QUERY__NODE__NODE_VARIABLE_SET_STMT && s.node->variable_set_stmt->name &&
          std::string(s.node->variable_set_stmt->name) == "lock_timeout")
        sets_lock_timeout = true;
      if (!rewrite(s.node)) pieces_.push_back({original, Place::in_order});
    }
    return assemble(sets_lock_timeout ? "" : lock_timeout);
  }

 private:
  std::string position() const {
    size_t line = 1, col = 1;
    for (size_t i = 0; i < statement_->offset && i < text_.size(); ++i) {
      if (text_[i] == '\n')
        ++line, col = 1;
      else
        ++col;
    }
    return std::to_string(line) + ":" + std::to_string(col);
  }

  void note(const std::string& what) { notes_.push_back(path_ + ":" + position() + ": " + what); }

  static model::QName qname(const PgQuery__RangeVar* rv) {
    return {rv->schemaname && *rv->schemaname ? rv->schemaname : "public", rv->relname};
  }
  static std::string rel_sql(const PgQuery__RangeVar* rv) {
    return rv->schemaname && *rv->schemaname ? pg::quote_qualified(rv->schemaname, rv->relname)
                                             : pg::quote_ident(rv->relname);
  }
  bool existing(const PgQuery__RangeVar* rv) const { return existing_.count(qname(rv)) && !created_.count(qname(rv)); }

  // A name for an unnamed constraint or index, as PostgreSQL would choose it.
  std::string name_for(const PgQuery__RangeVar* rv, const std::string& columns, const std::string& label) {
    model::QName t = qname(rv);
    auto taken = [&](const std::string& n) {
      if (named_.count(n)) return true;
      for (const auto& ix : before_.indexes)
        if (ix.name.name == n && ix.name.schema == t.schema) return true;
      if (const model::Table* table = before_.table(t))
        for (const auto& k : table->constraints)
          if (k.name == n) return true;
      return false;
    };
    std::string n = choose_name(t.name, columns, label, taken);
    named_.insert(n);
    return n;
  }

  bool rewrite(PgQuery__Node* node) {
    switch (node->node_case) {
      case PG_QUERY__NODE__NODE_CREATE_STMT: created_.insert(qname(node->create_stmt->relation)); return false;
      case PG_QUERY__NODE__NODE_INDEX_STMT: return index(node);
      case PG_QUERY__NODE__NODE_DROP_STMT: return drop_index(node->drop_stmt);
      case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: return alter_table(node);
      default: return false;
    }
  }

  bool index(PgQuery__Node* node) {
    PgQuery__IndexStmt* s = node->index_stmt;
    if (s->concurrent || !existing(s->relation)) return false;
    s->concurrent = true;
    pieces_.push_back({pg::deparse(node), Place::alone});
    note("CREATE INDEX → CREATE INDEX CONCURRENTLY, in a migration of its own outside a transaction");
    return true;
  }

  bool drop_index(PgQuery__DropStmt* s) {
    if (s->remove_type != PG_QUERY__OBJECT_TYPE__OBJECT_INDEX || s->concurrent ||
        s->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE)
      return false;
    for (size_t i = 0; i < s->n_objects; ++i) {
      auto names = pg::string_list(s->objects[i]->list->items, s->objects[i]->list->n_items);
      std::string name = names.size() == 2 ? pg::quote_qualified(names[0], names[1]) : pg::quote_ident(names.back());
      pieces_.push_back(
          {std::string("DROP INDEX CONCURRENTLY ") + (s->missing_ok ? "IF EXISTS " : "") + name, Place::alone});
    }
    note("DROP INDEX → DROP INDEX CONCURRENTLY, one index a migration, outside a transaction");
    return true;
  }

  bool alter_table(PgQuery__Node* node) {
    PgQuery__AlterTableStmt* s = node->alter_table_stmt;
    if (!s->relation || !existing(s->relation) || s->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) return false;
    std::vector<PgQuery__Node*> kept;
    std::vector<Piece> extra;
    for (size_t i = 0; i < s->n_cmds; ++i) {
      PgQuery__AlterTableCmd* cmd = s->cmds[i]->alter_table_cmd;
      if (!rewrite_command(s->relation, cmd, extra)) kept.push_back(s->cmds[i]);
    }
    if (extra.empty()) return false;
    if (!kept.empty()) {
      s->n_cmds = kept.size();
      s->cmds = static_cast<PgQuery__Node**>(arena_->alloc(sizeof(PgQuery__Node*) * kept.size()));
      for (size_t i = 0; i < kept.size(); ++i) s->cmds[i] = kept[i];
      pieces_.push_back({pg::deparse(node), Place::in_order});
    }
    for (auto& p : extra) pieces_.push_back(std::move(p));
    return true;
  }

  // The online form of one ALTER TABLE command, appended to `out`; false when it has none.
  bool rewrite_command(PgQuery__RangeVar* rel, PgQuery__AlterTableCmd* cmd, std::vector<Piece>& out) {
    std::string table = rel_sql(rel);
    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull) {
      std::string check = pg::quote_ident(name_for(rel, cmd->name, "not_null"));
      std::string column = pg::quote_ident(cmd->name);
      out.push_back(
          {"ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK (" + column + " IS NOT NULL) NOT VALID",
           Place::in_order});
      out.push_back({"ALTER TABLE " + table + " VALIDATE CONSTRAINT " + check, Place::last});
      out.push_back({"ALTER TABLE " + table + " ALTER COLUMN " + column + " SET NOT NULL", Place::last});
      out.push_back({"ALTER TABLE " + table + " DROP CONSTRAINT " + check, Place::last});
      note("SET NOT NULL → CHECK (" + std::string(cmd->name) +
           " IS NOT NULL) NOT VALID, validated in a later migration, then SET NOT NULL");
      return true;
    }
    if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint || !cmd->def ||
        cmd->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
      return false;
    PgQuery__Constraint* c = cmd->def->constraint;
    bool unique =
        c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE || c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY;
    if (unique && !(c->indexname && *c->indexname) && c->n_keys > 0 && c->n_options == 0 &&
        !(c->indexspace && *c->indexspace))
      return unique_key(rel, c, out);
    bool validated =
        c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN || c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK;
    if (!validated || c->skip_validation) return false;
    if (!c->conname || !*c->conname) c->conname = arena_->strdup(default_name(rel, c));
    c->skip_validation = true;
    c->initially_valid = false;
    PgQuery__AlterTableStmt one = *statement_->node->alter_table_stmt;
    PgQuery__Node* cmd_node = pg::wrap(*arena_, cmd);
    one.n_cmds = 1;
    one.cmds = &cmd_node;
    out.push_back({pg::deparse(pg::wrap(*arena_, &one)), Place::in_order});
    out.push_back({"ALTER TABLE " + table + " VALIDATE CONSTRAINT " + pg::quote_ident(c->conname), Place::last});
    note(std::string(c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN ? "FOREIGN KEY" : "CHECK") +
         " → added NOT VALID, validated in a later migration");
    return true;
  }

  std::string default_name(PgQuery__RangeVar* rel, PgQuery__Constraint* c) {
    if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
      return name_for(rel, join_column_names(pg::string_list(c->fk_attrs, c->n_fk_attrs)), "fkey");
    // A check is named for its one column, else for its table (heap.c AddRelationNewConstraints).
    std::set<std::string> columns;
    pg::walk(c->raw_expr, [&](ProtobufCMessage* m) {
      if (m->descriptor != &pg_query__column_ref__descriptor) return;
      auto* ref = reinterpret_cast<PgQuery__ColumnRef*>(m);
      columns.insert(pg::string_value(ref->fields[ref->n_fields - 1]));
    });
    return name_for(rel, columns.size() == 1 ? *columns.begin() : "", "check");
  }

  bool unique_key(PgQuery__RangeVar* rel, PgQuery__Constraint* c, std::vector<Piece>& out) {
    bool primary = c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY;
    auto keys = pg::string_list(c->keys, c->n_keys);
    std::string name = c->conname && *c->conname
                           ? c->conname
                           : name_for(rel, primary ? "" : join_column_names(keys), primary ? "pkey" : "key");
    std::string columns, include;
    for (const auto& k : keys) columns += (columns.empty() ? "" : ", ") + pg::quote_ident(k);
    for (const auto& k : pg::string_list(c->including, c->n_including))
      include += (include.empty() ? "" : ", ") + pg::quote_ident(k);
    std::string index =
        "CREATE UNIQUE INDEX CONCURRENTLY " + pg::quote_ident(name) + " ON " + rel_sql(rel) + " (" + columns + ")";
    if (!include.empty()) index += " INCLUDE (" + include + ")";
    if (c->nulls_not_distinct) index += " NULLS NOT DISTINCT";
    out.push_back({index, Place::alone});
    std::string adopt = "ALTER TABLE " + rel_sql(rel) + " ADD CONSTRAINT " + pg::quote_ident(name) +
                        (primary ? " PRIMARY KEY" : " UNIQUE") + " USING INDEX " + pg::quote_ident(name);
    if (c->deferrable) adopt += " DEFERRABLE";
    if (c->initdeferred) adopt += " INITIALLY DEFERRED";
    out.push_back({adopt, Place::in_order});
    note(std::string(primary ? "PRIMARY KEY" : "UNIQUE") +
         " → its unique index built CONCURRENTLY in a migration of its own, then ADD CONSTRAINT … USING INDEX");
    return true;
  }

  // The pieces in steps: runs of in-order pieces share a transaction, each
  // piece that must be alone gets a step, and the validations come last.
  Fixed assemble(const std::string& lock_timeout) const {
    Fixed out;
    out.notes = notes_;
    std::string header = lock_timeout.empty() ? "" : "SET lock_timeout = " + pg::quote_literal(lock_timeout) + ";\n";
    auto add = [&](const Piece& p) {
      bool alone = p.place == Place::alone;
      if (alone || out.steps.empty() || out.steps.back().outside_transaction)
        out.steps.push_back({alone ? "" : header, alone});
      out.steps.back().sql += p.sql + ";\n";
    };
    for (const auto& p : pieces_)
      if (p.place != Place::last) add(p);
    bool first_last = true;
    for (const auto& p : pieces_) {
      if (p.place != Place::last) continue;
      if (first_last) out.steps.push_back({header, false});
      first_last = false;
      out.steps.back().sql += p.sql + ";\n";
    }
    if (!out.changed()) out.steps = {{text_, false}};
    return out;
  }

  const std::string& path_;
  const std::string& text_;
  const model::Schema& before_;
  std::set<model::QName> existing_, created_;
  std::set<std::string> named_;
  const pg::Statement* statement_ = nullptr;
  pg::Arena* arena_ = nullptr;
  std::vector<Piece> pieces_;
  std::vector<std::string> notes_;
};

}  // namespace

Fixed fix_online(const std::string& path, const std::string& text, const model::Schema& before,
                 const std::string& lock_timeout) {
  return Fixer(path, text, before).run(lock_timeout);
}

}  // namespace shale::fix
