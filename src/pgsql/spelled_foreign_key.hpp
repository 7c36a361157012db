// A foreign key as the live reader spells it from pg_constraint (kConstraints):
// FOREIGN KEY (…) REFERENCES schema.table(…) [MATCH …] [ON UPDATE …] [ON DELETE … [(…)]]
// [DEFERRABLE] [INITIALLY DEFERRED].
#pragma once
#include <string>
#include <vector>

namespace shale::pgsql {

struct SpelledForeignKey {
  std::vector<std::string> columns;
  std::string ref_schema, ref_table;
  std::vector<std::string> ref_columns;
  char match = 's';                       // confmatchtype: f FULL, p PARTIAL, s SIMPLE
  char on_update = 'a', on_delete = 'a';  // confupdtype, confdeltype: a r c n d
  bool has_set_columns = false;           // confdelsetcols is not NULL
  std::vector<std::string> set_columns;
  bool deferrable = false, deferred = false;
};

// As pg_get_constraintdef prints it (ruleutils.c, pg_get_constraintdef_worker, PostgreSQL 15).
std::string foreign_key_definition(const SpelledForeignKey& fk);

// canonical_statement("ALTER TABLE x ADD CONSTRAINT n " + foreign_key_definition(fk)),
// without parsing each one: as plain_index_canonical (plain_index.hpp), from the
// normalised tree of a key of the same shape with the column and table names set in it.
std::string foreign_key_canonical(const SpelledForeignKey& fk);

}  // namespace shale::pgsql
