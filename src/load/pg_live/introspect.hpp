// Live PostgreSQL → model, in a fixed number of bulk catalog queries
// (one per object kind), whatever the number of tables.
#pragma once
#include <string>

#include "model/schema.hpp"

namespace shale::load::pg_live {

struct IntrospectOptions {
  std::string history_table = "shale_migrations";  // never part of the schema
};

// Throws DatabaseError when the database cannot be reached or read.
model::Schema introspect(const std::string& url, const IntrospectOptions& options = {});

// How many queries the last introspect() issued (for tests and benchmarks).
int last_query_count();

}  // namespace shale::load::pg_live
