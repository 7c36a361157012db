#include "pgsql/spelled_foreign_key.hpp"

#include <map>
#include <memory>
#include <stdexcept>

#include "pgsql/canonical.hpp"
#include "pgsql/parse_tree.hpp"
#include "pgsql/quote.hpp"
#include "pgsql/wire.hpp"

namespace shale::pgsql {

namespace {

std::string list(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + quote_ident(n);
  return out;
}

std::string action(const char* clause, char a) {
  switch (a) {
    case 'r': return clause + std::string("RESTRICT");
    case 'c': return clause + std::string("CASCADE");
    case 'n': return clause + std::string("SET NULL");
    case 'd': return clause + std::string("SET DEFAULT");
    default: return "";  // 'a', NO ACTION, the default
  }
}

struct Shape {
  std::unique_ptr<ParsedSql> parsed;
  PgQuery__Constraint* constraint = nullptr;
};

// Sets the String node `node` to `name`.
void set_name(PgQuery__Node* node, const std::string& name) {
  if (!node || node->node_case != PG_QUERY__NODE__NODE_STRING)
    throw std::logic_error("bug: a foreign key column is no String");
  node->string->sval = const_cast<char*>(name.c_str());
}

}  // namespace

std::string foreign_key_definition(const SpelledForeignKey& fk) {
  std::string d = "FOREIGN KEY (" + list(fk.columns) + ") REFERENCES " + quote_qualified(fk.ref_schema, fk.ref_table) +
                  "(" + list(fk.ref_columns) + ")";
  if (fk.match == 'f') d += " MATCH FULL";
  if (fk.match == 'p') d += " MATCH PARTIAL";
  d += action(" ON UPDATE ", fk.on_update);
  d += action(" ON DELETE ", fk.on_delete);
  if (fk.has_set_columns) d += " (" + list(fk.set_columns) + ")";
  if (fk.deferrable) d += " DEFERRABLE";
  if (fk.deferred) d += " INITIALLY DEFERRED";
  return d;
}

std::string foreign_key_canonical(const SpelledForeignKey& fk) {
  // Everything but the column names and the referenced table's name (the
  // schema can be normalised away, so it is part of the shape).
  std::string key = fk.ref_schema + '\0' + fk.match + fk.on_update + fk.on_delete + (fk.has_set_columns ? 's' : '-') +
                    (fk.deferrable ? 'd' : '-') + (fk.deferred ? 'i' : '-') + std::to_string(fk.columns.size()) + ',' +
                    std::to_string(fk.ref_columns.size()) + ',' + std::to_string(fk.set_columns.size());
  thread_local std::map<std::string, Shape> shapes;
  auto it = shapes.find(key);
  if (it == shapes.end()) {
    SpelledForeignKey stand_in = fk;
    stand_in.ref_table = "t";
    for (size_t k = 0; k < stand_in.columns.size(); ++k) stand_in.columns[k] = "c" + std::to_string(k);
    for (size_t k = 0; k < stand_in.ref_columns.size(); ++k) stand_in.ref_columns[k] = "r" + std::to_string(k);
    for (size_t k = 0; k < stand_in.set_columns.size(); ++k) stand_in.set_columns[k] = "s" + std::to_string(k);
    Shape shape;
    shape.parsed =
        ParsedSql::parse("ALTER TABLE x ADD CONSTRAINT n " + foreign_key_definition(stand_in), "<definition>");
    const auto& statements = shape.parsed->statements();
    if (statements.size() != 1 || statements[0].node->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_STMT)
      throw std::logic_error("bug: a foreign key definition is not one ALTER TABLE");
    normalize(statements[0].node, shape.parsed->arena());
    PgQuery__AlterTableStmt* alter = statements[0].node->alter_table_stmt;
    if (alter->n_cmds != 1 || alter->cmds[0]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD ||
        !alter->cmds[0]->alter_table_cmd->def ||
        alter->cmds[0]->alter_table_cmd->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
      throw std::logic_error("bug: a foreign key definition is not one ADD CONSTRAINT");
    shape.constraint = alter->cmds[0]->alter_table_cmd->def->constraint;
    if (shape.constraint->n_fk_attrs != fk.columns.size() || shape.constraint->n_pk_attrs != fk.ref_columns.size() ||
        shape.constraint->n_fk_del_set_cols != fk.set_columns.size() || !shape.constraint->pktable)
      throw std::logic_error("bug: a foreign key definition parsed to other columns");
    if (shapes.size() > 4096) shapes.clear();  // bounded: shapes repeat, but not without end
    it = shapes.emplace(key, std::move(shape)).first;
  }
  PgQuery__Constraint* c = it->second.constraint;
  // The tree points at these strings only until it is packed, below; every
  // name is set again on the next use.
  c->pktable->relname = const_cast<char*>(fk.ref_table.c_str());
  for (size_t k = 0; k < fk.columns.size(); ++k) set_name(c->fk_attrs[k], fk.columns[k]);
  for (size_t k = 0; k < fk.ref_columns.size(); ++k) set_name(c->pk_attrs[k], fk.ref_columns[k]);
  for (size_t k = 0; k < fk.set_columns.size(); ++k) set_name(c->fk_del_set_cols[k], fk.set_columns[k]);
  return encode(&it->second.parsed->statements()[0].node->base);
}

}  // namespace shale::pgsql
