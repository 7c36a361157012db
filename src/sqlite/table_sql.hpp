// The parts of a stored CREATE TABLE statement that SQLite's PRAGMAs do not
// report: CHECK constraints, generated column expressions, collations,
// AUTOINCREMENT, DEFERRABLE clauses, constraint names and shale's
// `-- shale:renamed-from` hints.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace shale::sqlite {

struct ParsedCheck {
  std::string name;  // CONSTRAINT name, or ""
  std::string expr;  // the text between CHECK's parentheses
};

struct ParsedForeignKey {
  std::vector<std::string> columns;  // the referencing columns
  std::string table;                 // the referenced table
  std::string deferrable;            // "DEFERRABLE INITIALLY DEFERRED" etc., upper case; "" when absent
};

struct ParsedColumn {
  std::string name;
  std::string collation;  // as written, upper case; "" for the default
  std::string generated;  // expression text, "" when not generated
  bool generated_stored = false;
  bool autoincrement = false;
  std::string renamed_from;  // from a `-- shale:renamed-from old` line directly above
};

struct ParsedTable {
  std::vector<ParsedColumn> columns;
  std::vector<ParsedCheck> checks;  // column and table level, in order
  std::vector<ParsedForeignKey> foreign_keys;
  std::vector<std::string> unsupported;  // clauses shale does not model (ON CONFLICT …)
  const ParsedColumn* column(const std::string& name) const;
};

// Parses the text of sqlite_schema.sql for a table. The text is known to be
// valid (SQLite accepted it), so the parser only walks its structure.
ParsedTable parse_create_table(std::string_view sql);

// The name in a `-- shale:renamed-from NAME` comment, or "".
std::string renamed_from_hint(std::string_view comment);

}  // namespace shale::sqlite
