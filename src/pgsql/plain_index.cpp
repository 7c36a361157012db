#include "pgsql/plain_index.hpp"

#include <map>
#include <memory>
#include <stdexcept>

#include "pgsql/canonical.hpp"
#include "pgsql/parse_tree.hpp"
#include "pgsql/quote.hpp"
#include "pgsql/wire.hpp"

namespace shale::pgsql {

std::string plain_index_definition(const PlainIndex& ix) {
  std::string d = ix.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
  d += quote_ident(ix.name) + " ON " + quote_qualified(ix.schema, ix.table) + " USING " + quote_ident(ix.method) + " (";
  for (size_t k = 0; k < ix.keys.size(); ++k) {
    if (k > 0) d += ", ";
    d += quote_ident(ix.keys[k]);
    int option = k < ix.options.size() ? ix.options[k] : 0;
    constexpr int kDesc = 1, kNullsFirst = 2;  // INDOPTION_DESC, INDOPTION_NULLS_FIRST
    if (option & kDesc)
      d += (option & kNullsFirst) ? " DESC" : " DESC NULLS LAST";
    else if (option & kNullsFirst)
      d += " NULLS FIRST";
  }
  for (size_t k = 0; k < ix.included.size(); ++k) d += (k == 0 ? ") INCLUDE (" : ", ") + quote_ident(ix.included[k]);
  d += ")";
  if (ix.nulls_not_distinct) d += " NULLS NOT DISTINCT";
  return d;
}

namespace {

struct Shape {
  std::unique_ptr<ParsedSql> parsed;
  PgQuery__IndexStmt* stmt = nullptr;
};

PgQuery__IndexElem* element(PgQuery__Node* node) {
  if (!node || node->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM)
    throw std::logic_error("bug: an index column is no IndexElem");
  return node->index_elem;
}

}  // namespace

std::string plain_index_canonical(const PlainIndex& ix) {
  // Everything but the names of the index, its table and its columns (the
  // schema can be normalised away, so it is part of the shape).
  std::string key = ix.schema + '\0' + ix.method + '\0' + (ix.unique ? 'u' : '-') +
                    (ix.nulls_not_distinct ? 'n' : '-') + std::to_string(ix.included.size());
  for (size_t k = 0; k < ix.keys.size(); ++k) key += ',' + std::to_string(k < ix.options.size() ? ix.options[k] : 0);
  thread_local std::map<std::string, Shape> shapes;
  auto it = shapes.find(key);
  if (it == shapes.end()) {
    PlainIndex stand_in = ix;
    stand_in.name = "i";
    stand_in.table = "t";
    for (size_t k = 0; k < stand_in.keys.size(); ++k) stand_in.keys[k] = "k" + std::to_string(k);
    for (size_t k = 0; k < stand_in.included.size(); ++k) stand_in.included[k] = "n" + std::to_string(k);
    Shape shape;
    shape.parsed = ParsedSql::parse(plain_index_definition(stand_in), "<definition>");
    if (shape.parsed->statements().size() != 1 ||
        shape.parsed->statements()[0].node->node_case != PG_QUERY__NODE__NODE_INDEX_STMT)
      throw std::logic_error("bug: a plain index definition is not one CREATE INDEX");
    PgQuery__Node* node = shape.parsed->statements()[0].node;
    normalize(node, shape.parsed->arena());
    shape.stmt = node->index_stmt;
    if (shape.stmt->n_index_params != ix.keys.size() || shape.stmt->n_index_including_params != ix.included.size())
      throw std::logic_error("bug: a plain index definition parsed to other columns");
    if (shapes.size() > 4096) shapes.clear();  // bounded: shapes repeat, but not without end
    it = shapes.emplace(key, std::move(shape)).first;
  }
  PgQuery__IndexStmt* s = it->second.stmt;
  // The tree points at these strings only until it is packed, below; every
  // name is set again on the next use.
  s->idxname = const_cast<char*>(ix.name.c_str());
  s->relation->relname = const_cast<char*>(ix.table.c_str());
  for (size_t k = 0; k < ix.keys.size(); ++k) element(s->index_params[k])->name = const_cast<char*>(ix.keys[k].c_str());
  for (size_t k = 0; k < ix.included.size(); ++k)
    element(s->index_including_params[k])->name = const_cast<char*>(ix.included[k].c_str());
  return encode(&it->second.parsed->statements()[0].node->base);
}

}  // namespace shale::pgsql
