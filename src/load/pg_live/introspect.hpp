// Live PostgreSQL → model, in a fixed number of bulk catalog queries
// (one per object kind), whatever the number of tables.
#pragma once
#include <optional>
#include <set>
#include <string>

#include "config/filter.hpp"
#include "model/schema.hpp"

namespace shale::load::pg_live {

struct IntrospectOptions {
  std::string history_table = "shale_migrations";  // never part of the schema
  // The project's [filter]: schemas it leaves out are not read; objects it
  // leaves out are removed from the model and never reported as unmodelled.
  config::Filter filter;
  // The project's [privileges] roles, when privileges are compared for some
  // roles only: privileges of other roles on objects the model does not hold
  // are not refused (they are dropped with the rest of those roles' privileges).
  std::optional<std::set<std::string>> privilege_roles;
};

// Throws DatabaseError when the database cannot be reached or read, and
// UserError when it holds an object of a kind shale does not model that the
// filter does not leave out (unmodelled.hpp): a plan must never be built on a
// partial view of the database.
model::Schema introspect(const std::string& url, const IntrospectOptions& options = {});

// How many queries the last introspect() issued (for tests and benchmarks).
int last_query_count();

}  // namespace shale::load::pg_live
