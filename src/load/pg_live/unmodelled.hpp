// What the live reader does with kUnmodelled's findings (unmodelled_query.hpp):
// those the project's [filter] does not leave out make the read fail, so a
// plan is never built on a partial view of the database.
#pragma once
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "config/filter.hpp"

namespace shale::load::pg_live {

struct Unmodelled {
  std::string kind;                   // a config::UnmodelledKind name
  std::string subject;                // "partitioned table public.ev"
  std::string nsp;                    // its schema; "" for objects outside schemas
  std::string name;                   // "" for a finding about a schema itself
  std::string owner_nsp, owner_name;  // what it goes with (a partition's root), or ""
};

// The exclude entry the message suggests for `u`: `kind:name` for settings of
// modelled objects and objects outside schemas, else the object's (or its
// owner's) `schema.name`.
std::string suggested_entry(const Unmodelled& u);

// Whether the filter leaves `u` out (its schema, its or its owner's name, or a
// `kind:` entry).
bool filtered_out(const Unmodelled& u, const config::Filter& filter);

// Throws UserError naming every finding of `found` not filtered out, with the
// entries that would exclude them; `source` (the redacted URL) starts the message.
// Returns the objects (schema, name) left out only because what they go with
// is (a partition of an excluded table): the reader removes them from the model too.
std::set<std::pair<std::string, std::string>> refuse_unmodelled(const std::vector<Unmodelled>& found,
                                                                const config::Filter& filter,
                                                                const std::string& source);

}  // namespace shale::load::pg_live
