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
void read_row_security(const pqxx::result& rows, model::Schema& schema,
                       const std::function<model::Table*(uint32_t)>& table_of,
                       std::unordered_map<uint32_t, size_t>& policies);

// Attaches the privileges of kPrivileges (catalog_queries_security.hpp) to the
// objects read; `function_of` finds a function read by its oid (nullptr: not
// read). Returns the privileges of objects the model does not hold (the
// sequence of an identity column, a multirange type), one message each with
// the object's schema and name, for the reader to refuse unless [filter]
// leaves the object out.
struct UnheldPrivilege {
  model::QName object;
  std::string grantee;
  std::string message;
};
std::vector<UnheldPrivilege> read_privileges(const pqxx::result& rows, model::Schema& schema,
                                             const std::function<const model::Function*(uint32_t)>& function_of);

}  // namespace shale::load::pg_live
