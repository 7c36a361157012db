// The engine's steps on PostgreSQL: a session-level advisory lock (held
// across the per-migration transactions, released when the connection
// closes, also when the process dies) and one transaction per migration
// together with its history row.
#pragma once
#include <memory>
#include <pqxx/connection>
#include <string>

#include "migrate/engine.hpp"

namespace shale::migrate {

class PgEngine : public Engine {
 public:
  PgEngine(const std::string& url, std::string history_table);
  ~PgEngine() override;

  std::vector<AppliedMigration> applied() override;
  void run_file(const std::string& path) override;

 protected:
  void begin_batch() override;
  void end_batch() override {}  // the lock lasts as long as the connection
  void ensure_history_table() override;
  int next_batch() override;
  void run_migration(const std::string& path, const HistoryUpdate& history, bool no_transaction, size_t first) override;
  void set_timeouts(long lock_timeout_ms, long statement_timeout_ms) override;
  std::string clean_up_after_lock_timeout(const ApplyError& failed) override;
  void record_only(const HistoryUpdate& history) override;

 private:
  std::string history_sql(const HistoryUpdate& h);
  void apply_timeouts();

  std::unique_ptr<pqxx::connection> conn_;
  std::string history_table_, url_;
  bool locked_ = false;
  long lock_timeout_ms_ = -1, statement_timeout_ms_ = -1;
};

}  // namespace shale::migrate
