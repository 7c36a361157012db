// Declarative partitioning in a plan (docs/comparison.md, "Partitions").
#pragma once
#include <functional>
#include <vector>

#include "diff/change.hpp"

namespace shale::diff {

// Whether the partition `t` goes with an ancestor that the plan drops:
// DROP TABLE of a partitioned table drops its partitions, so a DROP of
// their own would fail.
bool goes_with_dropped_parent(const model::Table& t,
                              const std::function<const model::Table*(const model::QName&)>& from_table,
                              const std::function<bool(const model::QName&)>& dropped);

// Appends what turns the partitioning of `from` into that of `to` (the same
// table): a partition whose parent or bound changes is detached and attached
// again (rows kept). `parent_now` is from's parent under its name in `to`
// (after renames). A changed partition key, or a table that becomes or stops
// being partitioned or a partition, is a rebuild that shale does not plan:
// UserError naming the table.
void partition_changes(const model::Table& from, const model::Table& to, const model::QName& parent_now,
                       std::vector<Change>& out);

// Appends ALTER TABLE | MATERIALIZED VIEW … SET (…) / RESET (…) when the
// storage parameters of `relation` change (`kind`: "TABLE" or "MATERIALIZED VIEW").
void storage_changes(const std::string& kind, const model::QName& relation, const std::vector<std::string>& from,
                     const std::vector<std::string>& to, std::vector<Change>& out);

// Appends ALTER INDEX … SET (…) / RESET (…) and returns true when `from`
// and `to` (one index) differ only in their storage parameters (WITH (…)).
bool index_storage_changes(const model::Index& from, const model::Index& to, std::vector<Change>& out);

// Appends ALTER TABLE … SET LOGGED / SET UNLOGGED when that changes.
void persistence_changes(const model::Table& from, const model::Table& to, std::vector<Change>& out);

// Appends ALTER TABLE … INHERIT for each parent `to` gains and NO INHERIT for
// each it loses (`parents_now`: from's parents under their names in `to`).
void inherit_changes(const model::Table& from, const model::Table& to, const std::vector<model::QName>& parents_now,
                     std::vector<Change>& out);

// Whether `t` of `schema` inherits a CHECK constraint named `name` from a parent (at any depth).
bool inherits_check(const model::Schema& schema, const model::Table& t, const std::string& name);

// Whether `t` of `schema` inherits a column `column` from a parent (at any depth).
bool inherits_column(const model::Schema& schema, const model::Table& t, const std::string& column);

}  // namespace shale::diff
