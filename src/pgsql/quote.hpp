// Identifier quoting, as PostgreSQL's quote_ident does it: quote unless the
// name is lower case letters, digits and '_' (not starting with a digit) and is
// not a keyword that would need quoting.
#pragma once
#include <string>

namespace shale::pgsql {

std::string quote_ident(const std::string& name);
// "schema"."name", with each part quoted only when needed.
std::string quote_qualified(const std::string& schema, const std::string& name);
// A SQL string literal: 'it''s'.
std::string quote_literal(const std::string& value);

}  // namespace shale::pgsql
