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
  ApplyError(const std::string& message, std::string file_path, int line_number, std::string sql,
             std::string sql_state = "", size_t index = 0)
      : std::runtime_error(message),
        file(std::move(file_path)),
        line(line_number),
        statement(std::move(sql)),
        sqlstate(std::move(sql_state)),
        statement_index(index) {}
  std::string file;
  int line;
  std::string statement;
  std::string sqlstate;        // PostgreSQL's SQLSTATE, "" when unknown (SQLite)
  size_t statement_index = 0;  // the failing statement's place in its file, from 0
};

// SQLSTATE lock_not_available: lock_timeout ran out (or NOWAIT).
inline const char* const kLockNotAvailable = "55P03";

struct ApplyOptions {
  std::string to_version;  // apply up to and including this version (must exist); empty: all
  bool dry_run = false;
  bool allow_out_of_order = false;
  // Apply even when an applied migration's up file differs from what was
  // applied (its checksum in the history table).
  bool allow_checksum_mismatch = false;
  // A migration that fails with lock_not_available (lock_timeout ran out)
  // runs again up to `lock_retries` times, after `lock_retry_delay_ms`,
  // doubled before each next retry. A transactional migration starts over (its
  // transaction rolled back); a no-transaction one resumes at the statement
  // that failed, after dropping the INVALID index a failed CREATE INDEX
  // CONCURRENTLY left.
  int lock_retries = 0;
  long lock_retry_delay_ms = 0;
  // Session settings for each migration (PostgreSQL): SET lock_timeout and
  // statement_timeout before it runs; -1 leaves the server's setting.
  long lock_timeout_ms = -1;
  long statement_timeout_ms = -1;
  // Told what happened ("lock timeout on public.users …; retry 1/3 in 2s").
  std::function<void(const std::string&)> notice;
};

struct RollbackOptions {
  int steps = 0;  // the last `steps` migrations (>= 1); 0: the last batch
  bool all = false;
  bool dry_run = false;
  bool force = false;  // run down files marked -- shale:irreversible
  // As in ApplyOptions.
  int lock_retries = 0;
  long lock_retry_delay_ms = 0;
  long lock_timeout_ms = -1;
  long statement_timeout_ms = -1;
  std::function<void(const std::string&)> notice;
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
  std::vector<Migration> apply(const std::vector<Migration>& all, const ApplyOptions& options,
                               const Progress& progress);
  // Rolls back the last batch, the last `steps` migrations, or all. Refuses
  // (UserError) a down file marked -- shale:irreversible unless force; a dry
  // run refuses nothing and returns what would run.
  std::vector<Migration> rollback(const std::vector<Migration>& all, const RollbackOptions& options,
                                  const Progress& progress);
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
  // no_transaction); throws ApplyError naming the failing statement. A
  // no-transaction file starts at statement `first` (the ones before it ran
  // in an earlier attempt).
  virtual void run_migration(const std::string& path, const HistoryUpdate& history, bool no_transaction,
                             size_t first) = 0;
  // Session settings before each migration (PostgreSQL: SET lock_timeout,
  // statement_timeout); -1 leaves one as it is.
  virtual void set_timeouts(long /*lock_timeout_ms*/, long /*statement_timeout_ms*/) {}
  // After a lock timeout of `failed`, before it runs again: undoes what the
  // failure left behind (PostgreSQL: the INVALID index of a failed CREATE
  // INDEX CONCURRENTLY) and says what it did, or "".
  virtual std::string clean_up_after_lock_timeout(const ApplyError& /*failed*/) { return ""; }
  // Writes a history row alone, in its own transaction (baseline).
  virtual void record_only(const HistoryUpdate& history) = 0;

  static long ms_since(std::chrono::steady_clock::time_point t0);

 private:
  struct Retry {
    int retries = 0;
    long delay_ms = 0;
    std::function<void(const std::string&)> notice;
  };
  // run_migration, again after a lock timeout as `retry` allows.
  void run_with_retries(const Migration& m, const std::string& path, const HistoryUpdate& h, bool no_transaction,
                        const Retry& retry);
};

// Whether a command may create a SQLite database file that does not exist
// yet (apply, seed) or only reads one (status, rollback: a missing file is an
// empty database, and stays missing).
enum class Create { if_missing, never };

// Throws UserError unless some migration of `all` has version `version`.
void require_version(const std::vector<Migration>& all, const std::string& version, const std::string& flag);

// The engine for a database URL: dialect::open_engine (dialect/dialect.hpp).

}  // namespace shale::migrate
