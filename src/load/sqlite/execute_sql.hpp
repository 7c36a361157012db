// SQLite desired state and migration replay: the SQL is executed in an
// in-memory SQLite database, statement by statement, and read back with
// read_schema() exactly as a live file is read.
#pragma once
#include <string>
#include <vector>

#include "load/sql_file.hpp"
#include "model/schema.hpp"
#include "sqlite/database.hpp"
#include "sqlite/tokens.hpp"

namespace shale::load::sqlite {

using load::Source;
using load::SqlFile;

// Throws UserError at `pos` when a statement (its significant tokens) is
// BEGIN, COMMIT, ROLLBACK, SAVEPOINT … : shale owns a migration's transaction.
void refuse_transaction_control(const std::vector<shale::sqlite::Token>& tokens, const SourcePos& pos);

// Runs every statement of `file` on `db`. A failing statement is a UserError
// at its file:line:col with SQLite's message. A desired state may only hold
// schema statements (CREATE / DROP / ALTER / PRAGMA); migrations may hold
// anything but transaction control, which shale owns.
void execute_file(shale::sqlite::Database& db, const SqlFile& file, Source source);

// The schema the files build, from an empty in-memory database. Table rename
// hints (`-- shale:renamed-from old` directly above CREATE TABLE) are kept.
model::Schema load(const std::vector<SqlFile>& files, Source source = Source::desired_state);

// Replays migrations one file at a time (lint compares before and after).
class Replay {
 public:
  Replay();
  void add(const SqlFile& file);
  model::Schema current();

 private:
  shale::sqlite::Database db_;
};

}  // namespace shale::load::sqlite
