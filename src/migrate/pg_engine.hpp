// Applying and rolling back migrations on PostgreSQL, with a history table,
// a session-level advisory lock (so concurrent runs apply each migration
// once) and one transaction per migration together with its history row.
#pragma once
#include <functional>
#include <memory>
#include <pqxx/connection>
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

// A statement of a migration file failed on the server.
class ApplyError : public std::runtime_error {
 public:
  ApplyError(const std::string& message, std::string file, int line, std::string statement)
      : std::runtime_error(message), file(std::move(file)), line(line), statement(std::move(statement)) {}
  std::string file;
  int line;
  std::string statement;
};

struct ApplyOptions {
  std::string to_version;  // apply up to and including this version; empty: all
  bool dry_run = false;
  bool allow_out_of_order = false;
};

// Called before (done=false) and after (done=true) each migration.
using Progress = std::function<void(const Migration& m, size_t index, size_t total, bool done, long elapsed_ms)>;

class PgEngine {
 public:
  PgEngine(const std::string& url, std::string history_table);
  ~PgEngine();

  // Rows of the history table in version order (empty when it does not exist).
  std::vector<AppliedMigration> applied();
  // The pending migrations apply() would run, in order.
  std::vector<Migration> pending(const std::vector<Migration>& all, const ApplyOptions& options);
  // Applies pending migrations as one batch; returns them. Throws ApplyError
  // (the failing migration leaves no trace) and UserError (out of order).
  std::vector<Migration> apply(const std::vector<Migration>& all, const ApplyOptions& options, const Progress& progress);
  // Rolls back the last batch (steps = 0), the last `steps` migrations, or all.
  std::vector<Migration> rollback(const std::vector<Migration>& all, int steps, bool everything, bool dry_run,
                                  const Progress& progress);
  // Runs a SQL file in one transaction (seeds).
  void run_file(const std::string& path);

 private:
  void lock();
  void ensure_history_table();
  void run_migration_file(const std::string& path, const std::function<std::string()>& history_sql, bool no_transaction);

  std::unique_ptr<pqxx::connection> conn_;
  std::string history_table_, url_;
  bool locked_ = false;
};

}  // namespace shale::migrate
