// Changes → SQLite SQL. Definitions of indexes, views and triggers are the
// text SQLite stored; tables are written from the model.
#pragma once
#include <string>
#include <vector>

#include "diff/change.hpp"
#include "render/rendered_statement.hpp"

namespace shale::render {

std::vector<std::string> sqlite_statements(const diff::Change& change);
std::vector<RenderedStatement> sqlite_plan(const std::vector<diff::Change>& changes);

// CREATE TABLE for a table of the model, under `name` (the rebuild creates the
// new table under a temporary name).
std::string sqlite_create_table(const model::Table& t, const std::string& name);

}  // namespace shale::render
