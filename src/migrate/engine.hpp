// Applying and rolling back migrations: the rules every database shares
// (pending order, out-of-order refusal, batches, which files a rollback
// runs) on top of a few database-specific steps (lock, history table, run a
// file atomically with its history row). PgEngine and SqliteEngine supply
// those steps.
#pragma once
#include <chrono>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "migrate/directory.hpp"

namespace shale::migrate {

struct AppliedMigration {
  std::string version, name, checksum, applied_at;
  int batch = 0;
  long execution_ms = 0;
};

// A statement of a migration file failed on the database.
class ApplyError : public std::runtime_error {
 public:
  ApplyError(const std::string& message, std::string file_path, int line_number, std::string sql)
      : std::runtime_error(message), file(std::move(file_path)), line(line_number), statement(std::move(sql)) {}
  std::string file;
  int line;
  std::string statement;
};

struct ApplyOptions {
  std::string to_version;  // apply up to and including this version (must exist); empty: all
  bool dry_run = false;
  bool allow_out_of_order = false;
  // Apply even when an applied migration's up file differs from what was
  // applied (its checksum in the history table).
  bool allow_checksum_mismatch = false;
};

struct RollbackOptions {
  int steps = 0;  // the last `steps` migrations (>= 1); 0: the last batch
  bool all = false;
  bool dry_run = false;
  bool force = false;  // run down files marked -- shale:irreversible
};

// An applied migration whose up file no longer matches the checksum recorded
// when it was applied.
struct ChecksumMismatch {
  Migration migration;
  AppliedMigration applied;
};

// Called before (done=false) and after (done=true) each migration.
using Progress = std::function<void(const Migration& m, size_t index, size_t total, bool done, long elapsed_ms)>;

// The history row a migration file's transaction writes (apply) or deletes
// (rollback), together with the file's statements.
struct HistoryUpdate {
  bool insert = true;
  const Migration* migration = nullptr;
  std::string checksum;
  int batch = 0;
  std::chrono::steady_clock::time_point started;  // execution_ms is measured up to the insert
};

class Engine {
 public:
  virtual ~Engine() = default;

  // Rows of the history table in version order (empty when it does not exist).
  virtual std::vector<AppliedMigration> applied() = 0;
  // Runs a SQL file in one transaction (seeds).
  virtual void run_file(const std::string& path) = 0;

  // The pending migrations apply() would run, in order.
  std::vector<Migration> pending(const std::vector<Migration>& all, const ApplyOptions& options);
  // Applies pending migrations as one batch; returns them. Throws ApplyError
  // (the failing migration leaves no trace) and UserError (out of order, an
  // unknown --to version, or an applied migration edited since unless
  // allow_checksum_mismatch).
  std::vector<Migration> apply(const std::vector<Migration>& all, const ApplyOptions& options, const Progress& progress);
  // Rolls back the last batch, the last `steps` migrations, or all. Refuses
  // (UserError) a down file marked -- shale:irreversible unless force; a dry
  // run refuses nothing and returns what would run.
  std::vector<Migration> rollback(const std::vector<Migration>& all, const RollbackOptions& options, const Progress& progress);
  // Records every migration up to and including `version` as applied without
  // running it (adopting shale on an existing database), in one batch; returns
  // the migrations recorded. `version` must name a migration.
  std::vector<Migration> baseline(const std::vector<Migration>& all, const std::string& version);
  // Applied migrations whose up file was edited after they were applied.
  std::vector<ChecksumMismatch> checksum_mismatches(const std::vector<Migration>& all);

 protected:
  // Held from begin_batch() to end_batch(), so that two processes never run
  // the same migrations.
  virtual void begin_batch() = 0;
  virtual void end_batch() = 0;
  virtual void ensure_history_table() = 0;
  virtual int next_batch() = 0;
  // Runs the file's statements and the history update atomically (unless
  // no_transaction); throws ApplyError naming the failing statement.
  virtual void run_migration(const std::string& path, const HistoryUpdate& history, bool no_transaction) = 0;
  // Writes a history row alone, in its own transaction (baseline).
  virtual void record_only(const HistoryUpdate& history) = 0;

  static long ms_since(std::chrono::steady_clock::time_point t0);
};

// Whether a command may create a SQLite database file that does not exist
// yet (apply, seed) or only reads one (status, rollback: a missing file is an
// empty database, and stays missing).
enum class Create { if_missing, never };

// Throws UserError unless some migration of `all` has version `version`.
void require_version(const std::vector<Migration>& all, const std::string& version, const std::string& flag);

// The engine for a database URL: postgres://, postgresql:// or sqlite://.
std::unique_ptr<Engine> open_engine(const std::string& url, const std::string& history_table, Create create);

}  // namespace shale::migrate
