// Row-level security from kRowSecurity (catalog_queries_security.hpp) into the model.
#pragma once
#include <cstdint>
#include <functional>
#include <pqxx/pqxx>
#include <unordered_map>

#include "model/schema.hpp"

namespace shale::load::pg_live {

// Sets the tables' row-level security flags and appends their policies to
// `schema`; `table_of` finds a table read by its oid (nullptr: not read).
// `policies` gets each policy's position by oid, for its dependency edges.
void read_row_security(const pqxx::result& rows, model::Schema& schema, const std::function<model::Table*(uint32_t)>& table_of,
                       std::unordered_map<uint32_t, size_t>& policies);

}  // namespace shale::load::pg_live
