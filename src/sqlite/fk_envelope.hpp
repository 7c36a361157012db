// The frame SQLite documents for a change only a table rebuild can make
// (https://www.sqlite.org/lang_altertable.html#otheralter, "Making Other Kinds
// Of Table Schema Changes"): foreign keys off *outside* the transaction (the
// pragma is a no-op inside one), the rebuild in a transaction, a foreign key
// check before commit, foreign keys on again. Without it, a runner whose
// connection has foreign_keys=ON (an application's own runner, Knex, the
// sqlite3 shell) turns the rebuild's DROP TABLE into an implicit DELETE that
// cascades to referencing rows or fails with "foreign key mismatch".
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "sqlite/tokens.hpp"

namespace shale::sqlite {

// `body` (statements ending in ";\n") inside the frame.
std::string with_foreign_keys_off(const std::string& body);

// The statements of a migration file, without the frame when the file is
// framed exactly as with_foreign_keys_off() writes it (shale runs every
// migration in its own transaction with foreign keys off, and checks them
// before commit, so the frame is already what it does). Any other
// transaction control is left in place, for the caller to refuse.
std::vector<ScriptStatement> migration_statements(std::string_view text);

}  // namespace shale::sqlite
