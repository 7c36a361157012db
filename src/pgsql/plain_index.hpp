// A plain index as the live reader spells it (kIndexes, `spelled`): CREATE
// [UNIQUE] INDEX name ON schema.table USING method (columns …) [INCLUDE (…)]
// [NULLS NOT DISTINCT], each key column with its DESC / NULLS options.
#pragma once
#include <string>
#include <vector>

namespace shale::pgsql {

struct PlainIndex {
  std::string name, schema, table, method;
  bool unique = false;
  bool nulls_not_distinct = false;
  std::vector<std::string> keys;  // key columns, in order
  std::vector<int> options;       // per key column: pg_index.indoption (1 DESC, 2 NULLS FIRST)
  std::vector<std::string> included;
};

// The definition exactly as pg_get_indexdef prints it (ruleutils.c,
// pg_get_indexdef_worker, PostgreSQL 15), without ON ONLY.
std::string plain_index_definition(const PlainIndex& ix);

// canonical_statement(plain_index_definition(ix)), without parsing each one:
// the normalised tree of an index of the same shape (schema, method, flags,
// options, column counts) is made once per thread from a text with stand-in
// names, and the names, which normalisation leaves as they are, are set in it
// before it is packed. An index's names never repeat, so its text could not
// be remembered; its shape almost always does.
std::string plain_index_canonical(const PlainIndex& ix);

}  // namespace shale::pgsql
