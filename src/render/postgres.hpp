// Changes → PostgreSQL SQL. Identifiers are quoted by quote_ident rules;
// definitions come from the model's text (deparsed or read back), never from
// pasting user input into SQL.
#pragma once
#include <string>
#include <vector>

#include "diff/change.hpp"
#include "render/rendered_statement.hpp"

namespace shale::render {

// The statements (without trailing ';') that carry out one change.
std::vector<std::string> postgres_statements(const diff::Change& change);

// Every statement of a plan, in order, including the session settings the
// plan needs (check_function_bodies off when functions are created, as
// pg_dump does, so that a function may reference a table created later).
std::vector<RenderedStatement> postgres_plan(const std::vector<diff::Change>& changes);

// The plan as one script: statements separated by ";\n".
std::string postgres_script(const std::vector<diff::Change>& changes);

// A column definition as in CREATE TABLE / ADD COLUMN.
std::string postgres_column(const model::Column& c);

}  // namespace shale::render
