// Changes between two schemas: typed data first, SQL second (render/).
// A Change points into the two Schemas it was computed from; they must
// outlive it.
#pragma once
#include <string>
#include <vector>

#include "model/schema.hpp"

namespace shale::diff {

enum class ChangeKind {
  create_schema, drop_schema, create_extension, drop_extension,
  create_enum, drop_enum, add_enum_value, rebuild_enum,
  create_sequence, alter_sequence, drop_sequence, set_sequence_owner,
  create_function, replace_function, drop_function,
  create_table, drop_table, rename_table,
  rebuild_table,  // SQLite: create the new table, copy the rows, drop the old one, rename
  add_column, drop_column, rename_column, alter_column,
  add_constraint, drop_constraint, rename_constraint,
  create_index, drop_index,
  create_view, replace_view, drop_view,  // replace_view: CREATE OR REPLACE, the old columns kept
  create_trigger, drop_trigger,
  set_comment,
};

// Hazards, as docs/design.md names them ("Hazards").
inline const char* kDeletesData = "deletes-data";
inline const char* kTableRewrite = "table-rewrite";
inline const char* kBlocksWrites = "blocks-writes";
inline const char* kMayFail = "may-fail-on-existing-data";
inline const char* kBlocksReads = "blocks-reads";

struct Change {
  ChangeKind kind;
  int phase = 0;       // position in the dependency order (see diff.cpp)
  model::QName table;  // the table a change concerns, for grouping; may be empty

  // What the change is about; which ones are set depends on kind.
  const model::Table* from_table = nullptr;
  const model::Table* to_table = nullptr;
  const model::Column* from_column = nullptr;
  const model::Column* to_column = nullptr;
  const model::Constraint* constraint = nullptr;
  const model::Index* index = nullptr;
  const model::Enum* from_enum = nullptr;
  const model::Enum* to_enum = nullptr;
  const model::Sequence* from_sequence = nullptr;
  const model::Sequence* sequence = nullptr;
  const model::View* view = nullptr;
  const model::Function* function = nullptr;
  const model::Trigger* trigger = nullptr;
  const model::Extension* extension = nullptr;
  std::string name;      // schema name, enum value, old name of a rename …
  std::string new_name;  // rename target, comment object kind
  std::string comment;   // set_comment text ("" drops the comment)
  std::string comment_target;  // rendered object for COMMENT ON
  std::vector<const model::Table*> enum_users;
  // SQLite add_column: CHECK and REFERENCES constraints that go with the column.
  std::vector<const model::Constraint*> column_constraints;
  // rebuild_table: target column → source column for the row copy.
  std::vector<std::pair<std::string, std::string>> copy_columns;  // rebuild_enum: tables with columns of the type

  std::vector<std::string> hazards;
};

// Appends a change of `kind` to `out` and returns it (valid until the next append).
inline Change& append_change(std::vector<Change>& out, ChangeKind kind, int phase, model::QName table = {}) {
  out.push_back(Change{});
  out.back().kind = kind;
  out.back().phase = phase;
  out.back().table = std::move(table);
  return out.back();
}

}  // namespace shale::diff
