#include "lint/registry.hpp"

#include <map>

namespace shale::lint {

using S = Severity;

const std::vector<Rule>& rules() {
  static const std::vector<Rule> all = {
      {"add-unique-constraint", S::error,
       "build the unique index CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX", checks::add_unique_constraint},
      {"uuid-v4-primary-key", S::error,
       "use bigint GENERATED ALWAYS AS IDENTITY, or UUIDv7: uuidv7() on PostgreSQL 18+, app- or extension-generated "
       "(pg_uuidv7) on 15-17",
       checks::uuid_v4_primary_key},
      {"drop-column", S::error,
       "stop reading the column (or rename it to drop_<name>) first, drop it in a later migration",
       checks::drop_column},
      {"drop-table", S::error, "stop using the table first, and drop it in a later migration once nothing reads it",
       checks::drop_table},
      {"add-required-column", S::error, "add the column nullable or with a default, backfill, then SET NOT NULL",
       checks::add_required_column},
      {"set-not-null", S::warning, "add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL",
       checks::set_not_null},
      {"change-column-type", S::error, "add a new column, backfill it, switch readers, drop the old one",
       checks::change_column_type},
      {"create-index-non-concurrently", S::error, "CREATE INDEX CONCURRENTLY in a -- shale:no-transaction migration",
       checks::create_index_non_concurrently},
      {"drop-index-non-concurrently", S::warning, "DROP INDEX CONCURRENTLY in a -- shale:no-transaction migration",
       checks::drop_index_non_concurrently},
      {"add-foreign-key-validated", S::warning,
       "add the foreign key NOT VALID, then VALIDATE CONSTRAINT in a later migration",
       checks::add_foreign_key_validated},
      {"add-check-validated", S::warning, "add the check NOT VALID, then VALIDATE CONSTRAINT in a later migration",
       checks::add_check_validated},
      {"rename-column", S::warning, "add the new column and keep both in sync until every reader moved",
       checks::rename_column},
      {"rename-table", S::warning,
       "create a view with the old name while readers move, or rename in a release of its own", checks::rename_table},
      {"add-column-volatile-default", S::warning,
       "add the column without a default, backfill in batches, then set the default",
       checks::add_column_volatile_default},
      {"concurrently-in-transaction", S::error,
       "put -- shale:no-transaction at the top of the file (one statement per such file)",
       checks::concurrently_in_transaction},
      {"vacuum-full", S::error,
       "let plain VACUUM reuse the space, or rebuild online with pg_repack / pg_squeeze outside migrations",
       checks::vacuum_full},
      {"cluster", S::error, "reorder online with pg_repack outside migrations, or leave the order to new writes",
       checks::cluster},
      {"reindex-non-concurrently", S::error, "REINDEX … CONCURRENTLY in a -- shale:no-transaction migration",
       checks::reindex_non_concurrently},
      {"lock-table", S::warning, "drop the explicit LOCK: each statement takes the weakest lock it needs",
       checks::lock_table},
      {"refresh-materialized-view-non-concurrently", S::warning,
       "give the view a unique index and REFRESH MATERIALIZED VIEW CONCURRENTLY",
       checks::refresh_materialized_view_non_concurrently},
      {"no-transaction-multiple-statements", S::warning,
       "one statement per -- shale:no-transaction migration, so a failure leaves nothing half-applied",
       checks::no_transaction_multiple_statements},
      {"data-in-schema-migration", S::warning,
       "move data changes to a seed or a separate data migration run in batches", checks::data_in_schema_migration},
      {"missing-down", S::error, "write the .down.sql file (shale diff writes both)", nullptr},
      {"foreign-key-without-index", S::warning,
       "index the referencing columns, so deletes on the parent do not scan the child",
       checks::foreign_key_without_index},
      {"cascade-delete", S::warning, "delete dependants explicitly, or use ON DELETE RESTRICT", checks::cascade_delete},
      {"varchar-length", S::info, "use text (add a CHECK on length() if a limit matters)", checks::varchar_length},
      {"prefer-timestamptz", S::warning, "use timestamptz: timestamp without time zone loses the offset",
       checks::prefer_timestamptz},
      {"prefer-bigint-key", S::warning, "use bigint keys: integer keys run out at 2^31", checks::prefer_bigint_key},
      {"prefer-identity", S::info, "use bigint GENERATED ALWAYS AS IDENTITY instead of serial",
       checks::prefer_identity},
      {"boolean-flag-column", S::info, "use a timestamp such as deleted_at instead of a boolean flag",
       checks::boolean_flag_column},
      {"table-name-plural", S::info, "name tables in the plural (users, orders)", checks::table_name_plural},
      {"require-lock-timeout", S::info, "SET lock_timeout before ALTER TABLE so a blocked lock fails fast",
       checks::require_lock_timeout},
      {"enum-value-removed", S::error, "keep the value, or migrate rows off it before rebuilding the type",
       checks::enum_value_removed},
      // SQLite only (lint/sqlite_lint.cpp reads SQLite statements itself).
      {"sqlite-table-rebuild", S::warning,
       "SQLite rebuilds copy every row under the write lock: one table per migration, at a quiet time", nullptr},
  };
  return all;
}

const char* sqlite_summary(const Rule& rule) {
  // SQLite has no CONCURRENTLY, no SET NOT NULL and no NOT VALID: the advice
  // that holds there.
  static const std::map<std::string, const char*> advice = {
      {"add-unique-constraint",
       "find and fix rows that repeat the key (GROUP BY key HAVING count(*) > 1) in an earlier migration, then create "
       "the unique index"},
      {"add-required-column",
       "give the column a non-NULL default, or add it nullable and backfill (NOT NULL later is a table rebuild)"},
      {"drop-column", nullptr},
      {"drop-table", nullptr},
      {"change-column-type", nullptr},
      {"rename-column", nullptr},
      {"rename-table", nullptr},
      {"cascade-delete", nullptr},
      {"data-in-schema-migration", nullptr},
      {"missing-down", nullptr},
      {"sqlite-table-rebuild", nullptr},
  };
  auto it = advice.find(rule.id);
  if (it == advice.end()) return nullptr;
  return it->second ? it->second : rule.summary;  // nullptr here: the summary holds on SQLite too
}

const char* postgres_summary(const Rule& rule) {
  return std::string(rule.id) == "sqlite-table-rebuild" ? nullptr : rule.summary;
}

const Rule* find_rule(const std::string& id) {
  for (const auto& r : rules())
    if (id == r.id) return &r;
  return nullptr;
}

}  // namespace shale::lint
