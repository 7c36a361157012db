// The changes between the domains, composite and range types of two schemas (diff.cpp calls them).
#pragma once
#include <vector>

#include "diff/change.hpp"

namespace shale::diff {

// A new domain is created, a gone one dropped; a changed default, NOT NULL or
// set of checks is altered in place (ALTER DOMAIN). A changed base type or
// collation has no ALTER: the domain is dropped and created again when nothing
// in either schema uses it, and refused (UserError naming it) otherwise, as
// everything of the type would have to be rebuilt around it.
void diff_domains(const model::Schema& from, const model::Schema& to, std::vector<Change>& out);

// Composite types: created, dropped, or altered in place (ALTER TYPE … ADD |
// DROP | ALTER ATTRIBUTE) while the attributes kept keep their order. A
// retyped attribute of a type that a table column stores, or a reordering of
// one in use, is refused (UserError naming it); an unused type is recreated.
void diff_composite_types(const model::Schema& from, const model::Schema& to, std::vector<Change>& out);

// Range types have no ALTER: a changed one is dropped and created again when
// nothing uses it (in either schema), and refused (UserError naming it) otherwise.
void diff_range_types(const model::Schema& from, const model::Schema& to, std::vector<Change>& out);

// Collations: a changed one is dropped and created again when nothing is
// declared with it (in either schema), and refused (UserError naming it) otherwise.
void diff_collations(const model::Schema& from, const model::Schema& to, std::vector<Change>& out);

// Whether anything in `schema` (a column, a function, a view, another domain …)
// depends on the type `type`.
bool type_in_use(const model::Schema& schema, const model::QName& type);

}  // namespace shale::diff
