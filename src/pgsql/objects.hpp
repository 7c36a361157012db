// Model objects described from their SQL text; shared by the interpreter and
// the live reader so that both derive keys the same way.
#pragma once
#include <string>

#include "model/schema.hpp"
#include "pgsql/parse_tree.hpp"

namespace shale::pgsql {

// A function from its CREATE [OR REPLACE] FUNCTION text: name (schema empty
// when unqualified), identity argument types, and the definition.
model::Function describe_function(const std::string& create_function_sql);

// The identity arguments a statement names a function by ("f(int, text)" →
// "(integer, text)", as model::Function::identity_args holds them); "" when
// it names no arguments (every overload).
std::string identity_args(const PgQuery__ObjectWithArgs* function);

}  // namespace shale::pgsql
