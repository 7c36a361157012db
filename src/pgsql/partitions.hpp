// Partition keys and bounds (declarative partitioning) in the forms
// PostgreSQL prints them: pg_get_partkeydef for a key ("RANGE (ts)"),
// pg_get_expr(relpartbound) for a bound ("FOR VALUES FROM ('2026-01-01') TO
// ('2027-01-01')", "DEFAULT"). The offline interpreter writes bounds in
// exactly that form, so that both sides compare equal (docs/comparison.md, "Partitions").
#pragma once
#include <string>

namespace shale::pgsql {

// Canonical form of a partition key: equal for keys that differ only in
// spelling (case of the strategy, qualification, parentheses).
std::string canonical_partition_key(const std::string& key);

// Canonical form of a bound: the printed form, with every timestamp with a
// UTC offset ('2026-01-01 02:00:00+02') moved to UTC, as pg_get_expr prints
// them in the session's time zone.
std::string canonical_partition_bound(const std::string& bound);

// What a bound value is, as written.
enum class BoundLiteral { integer, number, string, boolean };

// One value of a bound, as pg_get_expr prints it once PostgreSQL has turned
// `value` into the key column's `type` (format_type's spelling; "" when the
// key is an expression: the literal is printed as written). `is_enum`: the
// type is an enum, whose values print as strings. Throws UserError for a
// value or type the interpreter cannot print as PostgreSQL would.
std::string bound_value(const std::string& type, bool is_enum, BoundLiteral kind, const std::string& value);

}  // namespace shale::pgsql
