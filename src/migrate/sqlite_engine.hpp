// The engine's steps on SQLite. A batch is one BEGIN IMMEDIATE transaction
// (SQLite's write lock, waited for with a busy timeout, so a second process
// waits and then finds nothing pending); each migration runs in a SAVEPOINT
// with its history row, so a failing migration is undone alone and the ones
// before it are committed. Foreign key enforcement is off while migrations
// run, as SQLite's table-rebuild procedure requires, and PRAGMA
// foreign_key_check must come back clean before a migration is released.
#pragma once
#include <string>

#include "migrate/engine.hpp"
#include "sqlite/database.hpp"

namespace shale::migrate {

class SqliteEngine : public Engine {
 public:
  // Creates the file (and its directory) when it does not exist and `create`;
  // otherwise a missing file reads as an empty database and is not created.
  SqliteEngine(const std::string& path, std::string history_table, bool create);

  std::vector<AppliedMigration> applied() override;
  void run_file(const std::string& path) override;

 protected:
  void begin_batch() override;
  void end_batch() override;
  void ensure_history_table() override;
  int next_batch() override;
  void run_migration(const std::string& path, const HistoryUpdate& history, bool no_transaction, size_t first) override;
  void record_only(const HistoryUpdate& history) override;

 private:
  void record(const HistoryUpdate& h);
  sqlite::Database db_;
  std::string history_table_;
};

// Runs the statements of a SQLite migration file on `db` in the caller's
// transaction and checks foreign keys afterwards. Throws UserError for
// statements shale does not allow in a migration (transaction control) before
// running anything, and ApplyError for a statement that fails.
void run_sqlite_statements(sqlite::Database& db, const std::string& path, const std::string& text);

// Rows PRAGMA foreign_key_check reports, as "table row N → parent" lines.
std::vector<std::string> foreign_key_violations(sqlite::Database& db);

}  // namespace shale::migrate
