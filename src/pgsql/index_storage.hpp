// Storage parameters of an index (WITH (…) of CREATE INDEX): the one part of
// an index definition that ALTER INDEX … SET (…) / RESET (…) changes in
// place (docs/comparison.md, "Storage parameters").
#pragma once
#include <string>
#include <vector>

#include "pgsql/parse_tree.hpp"

namespace shale::pgsql {

// What reloptions holds for the value of `name = value` (defGetString): the
// value as written, "true" when none is.
std::string reloption_value(const PgQuery__DefElem* d);

struct IndexStorage {
  std::string canonical_rest;           // canonical form of the definition without WITH (…)
  std::vector<std::string> parameters;  // "name=value", sorted
};

// Splits a CREATE INDEX statement (pg_get_indexdef's or the interpreter's).
// Throws std::invalid_argument when it is not one.
IndexStorage split_index_storage(const std::string& definition);

// `definition` with `parameters` ("name=value") as its WITH (…), none when
// empty, values quoted as pg_get_indexdef prints them (fillfactor='70',
// deduplicate_items=off).
std::string with_index_storage(const std::string& definition, const std::vector<std::string>& parameters);

// The access method of a CREATE INDEX statement ("btree", "gin" …).
std::string index_method(const std::string& definition);

// The storage parameters PostgreSQL 15 knows for an index of `method` (reloptions.c).
bool index_parameter_known(const std::string& method, const std::string& name);

}  // namespace shale::pgsql
