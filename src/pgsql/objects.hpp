// Model objects described from their SQL text; shared by the interpreter and
// the live reader so that both derive keys the same way.
#pragma once
#include <string>

#include "model/schema.hpp"

namespace shale::pgsql {

// A function from its CREATE [OR REPLACE] FUNCTION text: name (schema empty
// when unqualified), identity argument types, and the definition.
model::Function describe_function(const std::string& create_function_sql);

}  // namespace shale::pgsql
