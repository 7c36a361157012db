// Canonical spelling of PostgreSQL types: the text format_type() prints, so
// that a type written as int4, int or integer in desired SQL compares equal
// to the type read back from pg_catalog.
#pragma once
#include <string>

#include "pgsql/parse_tree.hpp"

namespace shale::pgsql {

// Canonical type text. Unqualified names that are not built-in types resolve
// to `default_schema` (user types, extension types). Throws UserError for type
// forms shale does not model (%TYPE, interval field qualifiers).
std::string canonical_type(const PgQuery__TypeName* type, const std::string& default_schema);

// "integer" for the serial pseudo-types (serial, serial4, bigserial …), else "".
std::string serial_base_type(const PgQuery__TypeName* type);

// Bounds of the integer types, for sequence defaults.
int64_t integer_type_max(const std::string& canonical);

}  // namespace shale::pgsql
