// Every lint rule: its id (kebab case, part of the contract), default
// severity, one-line summary, and the check that finds it.
#pragma once
#include <string>
#include <vector>

#include "lint/context.hpp"

namespace shale::lint {

using Check = void (*)(const StatementContext&, Report&);

struct Rule {
  const char* id;
  Severity default_severity;
  const char* summary;  // says what to do instead
  Check check;          // statement check; nullptr for file-level rules
};

const std::vector<Rule>& rules();
const Rule* find_rule(const std::string& id);

// What to do instead on SQLite, for the rules SQLite projects get
// (lint/sqlite_lint.cpp); nullptr for a PostgreSQL-only rule.
const char* sqlite_summary(const Rule& rule);
// The rule's summary for PostgreSQL projects; nullptr for a SQLite-only rule.
const char* postgres_summary(const Rule& rule);

// The checks, grouped by concern in rules/*.cpp.
namespace checks {
// locking.cpp
void create_index_non_concurrently(const StatementContext&, Report&);
void drop_index_non_concurrently(const StatementContext&, Report&);
void concurrently_in_transaction(const StatementContext&, Report&);
void add_foreign_key_validated(const StatementContext&, Report&);
void add_check_validated(const StatementContext&, Report&);
void set_not_null(const StatementContext&, Report&);
void change_column_type(const StatementContext&, Report&);
void add_unique_constraint(const StatementContext&, Report&);
void require_lock_timeout(const StatementContext&, Report&);
void add_column_volatile_default(const StatementContext&, Report&);
// maintenance.cpp
void vacuum_full(const StatementContext&, Report&);
void cluster(const StatementContext&, Report&);
void reindex_non_concurrently(const StatementContext&, Report&);
void lock_table(const StatementContext&, Report&);
void refresh_materialized_view_non_concurrently(const StatementContext&, Report&);
void no_transaction_multiple_statements(const StatementContext&, Report&);
// destructive.cpp
void drop_column(const StatementContext&, Report&);
void drop_table(const StatementContext&, Report&);
void add_required_column(const StatementContext&, Report&);
void rename_column(const StatementContext&, Report&);
void rename_table(const StatementContext&, Report&);
void data_in_schema_migration(const StatementContext&, Report&);
void enum_value_removed(const StatementContext&, Report&);
// design.cpp
void uuid_v4_primary_key(const StatementContext&, Report&);
void prefer_bigint_key(const StatementContext&, Report&);
void prefer_identity(const StatementContext&, Report&);
void varchar_length(const StatementContext&, Report&);
void prefer_timestamptz(const StatementContext&, Report&);
void boolean_flag_column(const StatementContext&, Report&);
void table_name_plural(const StatementContext&, Report&);
void cascade_delete(const StatementContext&, Report&);
void foreign_key_without_index(const StatementContext&, Report&);
}  // namespace checks

}  // namespace shale::lint
