// The SQL of declarative partitioning (docs/comparison.md, "Partitions").
#pragma once
#include <string>

#include <vector>

#include "diff/change.hpp"
#include "model/schema.hpp"

namespace shale::render {

// " INHERITS (a, b)" for a table with parents, else "".
std::string inherits_clause(const model::Table& t);
// " PARTITION BY RANGE (ts)" for a partitioned table, else "".
std::string partition_by(const model::Table& t);
// CREATE TABLE p PARTITION OF parent FOR VALUES … [PARTITION BY …]
std::string create_partition(const model::Table& t);
// ALTER TABLE parent DETACH PARTITION p (the partition as it is)
std::string detach_partition(const model::Table& t);
// ALTER TABLE parent ATTACH PARTITION p FOR VALUES … (the partition as wanted)
std::string attach_partition(const model::Table& t);

// " WITH (fillfactor=70, toast.autovacuum_enabled=false)", or "" for none.
std::string with_clause(const std::vector<std::string>& storage_parameters);
// ALTER TABLE | MATERIALIZED VIEW … SET (…) and … RESET (…).
void storage_parameter_changes(const diff::StorageParameters& c, std::vector<std::string>& out);

}  // namespace shale::render
