// Domains as both loaders hold them: the canonical form of their checks and
// the type a domain finally stands for.
//
// PostgreSQL stores a domain's CHECK analysed, and prints the placeholder
// VALUE cast to the domain's underlying base type wherever an operator needs
// that type: CHECK (VALUE <> 5) on a domain over a domain over integer reads
// back as CHECK (((VALUE)::integer <> 5)). Those casts are undone for
// comparison, as the casts of columns to text are for tables' checks.
#pragma once
#include <string>

#include "model/schema.hpp"

namespace shale::pgsql {

// The type `domain` stands for once every domain in its chain of base types
// is looked through ("integer" for a domain over a domain over integer).
std::string domain_root_type(const model::Schema& schema, const model::Domain& domain);

// The domain whose type text `type` ("public.posint", "posint[]") names, if any.
const model::Domain* domain_of_type_text(const model::Schema& schema, const std::string& type);

// Canonical form of a domain check ("CHECK (…)" [NOT VALID]) on a domain whose
// root type is `root_type`.
std::string canonical_domain_check(const std::string& definition, const std::string& root_type);

// Sets the canonical form of every domain check of `schema` (both loaders call
// it once every domain is known, as a base domain may come after its user).
void canonicalize_domain_checks(model::Schema& schema);

// The multirange type name PostgreSQL derives from a range type's name
// (makeMultirangeTypeName): its first "range" becomes "multirange", or
// "_multirange" is appended.
std::string default_multirange_name(const std::string& range_name);

// A range type's function as both loaders hold it: without the schema when
// it is public or pg_catalog (the default search_path finds it there).
std::string range_function_name(const std::string& qualified);

// The default btree operator class of a built-in type ("integer" → "int4_ops"),
// or "" for a type this table does not know.
std::string default_btree_opclass(const std::string& type);

// Adds to every column, domain, composite type and range type declared with a
// user collation of `schema` (by name, as the model holds a column's
// collation) the edge to it. Both loaders call it once everything is read.
void add_collation_refs(model::Schema& schema);

}  // namespace shale::pgsql
