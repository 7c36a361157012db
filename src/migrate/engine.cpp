#include "migrate/engine.hpp"

#include <algorithm>
#include <cctype>
#include <thread>

#include "config/apply_settings.hpp"
#include "migrate/sha256.hpp"
#include "pgsql/locks.hpp"
#include "pgsql/parse_tree.hpp"
#include "util/error.hpp"

namespace shale::migrate {

long Engine::ms_since(std::chrono::steady_clock::time_point t0) {
  return long(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count());
}

void require_version(const std::vector<Migration>& all, const std::string& version, const std::string& flag) {
  if (std::any_of(all.begin(), all.end(), [&](const Migration& m) { return m.version == version; })) return;
  throw UserError(flag + " " + version +
                  ": no migration has this version (a version is the 14-digit YYYYMMDDHHMMSS "
                  "that starts a migration's file name; `shale status` lists them)");
}

std::vector<ChecksumMismatch> Engine::checksum_mismatches(const std::vector<Migration>& all) {
  std::vector<ChecksumMismatch> out;
  for (const auto& a : applied()) {
    auto m = std::find_if(all.begin(), all.end(), [&](const Migration& x) { return x.version == a.version; });
    if (m != all.end() && a.checksum != sha256_hex(read_text_file(m->up_path))) out.push_back({*m, a});
  }
  return out;
}

std::vector<Migration> Engine::pending(const std::vector<Migration>& all, const ApplyOptions& options) {
  if (!options.to_version.empty()) require_version(all, options.to_version, "--to");
  if (!options.allow_checksum_mismatch) {
    auto edited = checksum_mismatches(all);
    if (!edited.empty())
      throw UserError("migration " + edited[0].migration.id() + " was edited after it was applied (" +
                          edited[0].applied.applied_at +
                          "): the file no longer matches the checksum in the history "
                          "table, so the database does not have what the file says. Restore the file as it was applied "
                          "and put the change in a new migration (`shale new NAME`), or pass --allow-checksum-mismatch "
                          "to apply pending migrations anyway (the edit itself is not run)",
                      SourcePos{edited[0].migration.up_path});
  }
  auto done = applied();
  std::string newest = done.empty() ? "" : done.back().version;
  std::vector<Migration> out;
  for (const auto& m : all) {
    if (!options.to_version.empty() && m.version > options.to_version) break;
    bool is_applied = std::any_of(done.begin(), done.end(), [&](auto& a) { return a.version == m.version; });
    if (is_applied) continue;
    if (m.version < newest && !options.allow_out_of_order)
      throw UserError("migration " + m.id() + " is older than the newest applied one (" + newest +
                          "); apply it with --allow-out-of-order if that is intended",
                      SourcePos{m.up_path});
    out.push_back(m);
  }
  return out;
}

namespace {
// end_batch() on every way out of a batch.
struct BatchGuard {
  std::function<void()> end;
  ~BatchGuard() {
    if (end) end();
  }
};
}  // namespace

namespace {
// What a statement waited for: "public.users", "index public.users_email_idx"
// (from the lock table), or "".
std::string locked_object(const std::string& sql) {
  try {
    auto parsed = pgsql::ParsedSql::parse(sql, "");
    if (parsed->statements().empty()) return "";
    auto facts = pgsql::lock_facts(parsed->statements()[0].node);
    if (facts.locks.empty()) return "";
    const pgsql::ObjectLock& l = facts.locks.front();
    return (l.kind == "table" ? "" : l.kind + " ") + l.qualified();
  } catch (const UserError&) {
    return "";
  }
}
}  // namespace

void Engine::run_with_retries(const Migration& m, const std::string& path, const HistoryUpdate& h, bool no_transaction,
                              const Retry& retry) {
  size_t first = 0;
  std::unique_ptr<ApplyError> timed_out;  // the failure to clean up after, before the next attempt
  for (int attempt = 0;; ++attempt) {
    try {
      // Inside the try: the clean-up waits for locks too, and a timeout there
      // costs a retry like any other (and is tried again before the next).
      if (timed_out) {
        std::string done = clean_up_after_lock_timeout(*timed_out);
        timed_out.reset();
        if (!done.empty() && retry.notice) retry.notice(done);
      }
      run_migration(path, h, no_transaction, first);
      return;
    } catch (const ApplyError& e) {
      if (e.sqlstate != kLockNotAvailable) throw;
      std::string object = locked_object(e.statement);
      std::string where = "lock timeout on " + (object.empty() ? std::string("a lock") : object) + " (" + m.id() +
                          ", line " + std::to_string(e.line) + ")";
      if (attempt >= retry.retries) {
        if (retry.retries == 0) throw;
        std::string message = e.what();
        while (!message.empty() && std::isspace(static_cast<unsigned char>(message.back()))) message.pop_back();
        throw ApplyError(message + " (gave up after " + std::to_string(retry.retries) + " retr" +
                             (retry.retries == 1 ? "y" : "ies") + ")",
                         e.file, e.line, e.statement, e.sqlstate, e.statement_index);
      }
      long delay = std::min(retry.delay_ms << std::min(attempt, 20), 600000L);  // doubling, at most 10 minutes
      if (retry.notice)
        retry.notice(where + "; retry " + std::to_string(attempt + 1) + "/" + std::to_string(retry.retries) + " in " +
                     config::duration_text(delay));
      // A transaction rolled back whole; statements of a no-transaction file
      // before the failing one stay committed, so it resumes there.
      if (no_transaction && !timed_out) first = e.statement_index;
      if (!timed_out) timed_out = std::make_unique<ApplyError>(e);
      std::this_thread::sleep_for(std::chrono::milliseconds(delay));
    }
  }
}

std::vector<Migration> Engine::apply(const std::vector<Migration>& all, const ApplyOptions& options,
                                     const Progress& progress) {
  if (options.dry_run) return pending(all, options);
  begin_batch();
  BatchGuard guard{[this] { end_batch(); }};
  ensure_history_table();
  set_timeouts(options.lock_timeout_ms, options.statement_timeout_ms);
  auto todo = pending(all, options);
  if (todo.empty()) return todo;
  int batch = next_batch();
  for (size_t i = 0; i < todo.size(); ++i) {
    const Migration& m = todo[i];
    HistoryUpdate h;
    h.migration = &m;
    h.batch = batch;
    h.started = std::chrono::steady_clock::now();
    if (progress) progress(m, i, todo.size(), false, 0);
    std::string text = read_text_file(m.up_path);
    h.checksum = sha256_hex(text);
    run_with_retries(m, m.up_path, h, read_directives(text).no_transaction,
                     Retry{options.lock_retries, options.lock_retry_delay_ms, options.notice});
    if (progress) progress(m, i, todo.size(), true, ms_since(h.started));
  }
  return todo;
}

std::vector<Migration> Engine::rollback(const std::vector<Migration>& all, const RollbackOptions& options,
                                        const Progress& progress) {
  const bool dry_run = options.dry_run;
  const int steps = options.steps;
  if (steps < 0) throw std::logic_error("rollback steps must be >= 1 (0: the last batch)");
  BatchGuard guard;
  if (!dry_run) {
    begin_batch();
    guard.end = [this] { end_batch(); };
  }
  auto done = applied();
  std::vector<AppliedMigration> chosen;
  if (options.all) {
    chosen = done;
  } else if (steps > 0) {
    chosen.assign(done.end() - std::min<size_t>(done.size(), size_t(steps)), done.end());
  } else if (!done.empty()) {
    int last = 0;
    for (const auto& a : done) last = std::max(last, a.batch);
    for (const auto& a : done)
      if (a.batch == last) chosen.push_back(a);
  }
  std::reverse(chosen.begin(), chosen.end());
  std::vector<Migration> out;
  for (const auto& a : chosen) {
    auto m = std::find_if(all.begin(), all.end(), [&](auto& x) { return x.version == a.version; });
    if (m == all.end())
      throw UserError("applied migration " + a.version + "_" + a.name + " is missing from the migration directory");
    if (m->down_path.empty()) throw UserError("migration " + m->id() + " has no down file", SourcePos{m->up_path});
    // The up migration deleted data this file cannot bring back (shale diff
    // marks such down files): running it silently would pass for a restore.
    if (!dry_run && !options.force && read_directives(read_text_file(m->down_path)).irreversible)
      throw UserError("the down file of " + m->id() +
                          " is marked -- shale:irreversible: it cannot restore the data "
                          "its up migration deleted. Nothing was rolled back; pass --force to run it anyway",
                      SourcePos{m->down_path, 1, 1});
    out.push_back(*m);
  }
  if (dry_run) return out;
  set_timeouts(options.lock_timeout_ms, options.statement_timeout_ms);
  for (size_t i = 0; i < out.size(); ++i) {
    const Migration& m = out[i];
    HistoryUpdate h;
    h.insert = false;
    h.migration = &m;
    h.started = std::chrono::steady_clock::now();
    if (progress) progress(m, i, out.size(), false, 0);
    run_with_retries(m, m.down_path, h, read_directives(read_text_file(m.down_path)).no_transaction,
                     Retry{options.lock_retries, options.lock_retry_delay_ms, options.notice});
    if (progress) progress(m, i, out.size(), true, ms_since(h.started));
  }
  return out;
}

std::vector<Migration> Engine::baseline(const std::vector<Migration>& all, const std::string& version) {
  require_version(all, version, "baseline");
  begin_batch();
  BatchGuard guard{[this] { end_batch(); }};
  ensure_history_table();
  auto done = applied();
  std::vector<Migration> todo;
  for (const auto& m : all)
    if (m.version <= version &&
        std::none_of(done.begin(), done.end(), [&](const AppliedMigration& a) { return a.version == m.version; }))
      todo.push_back(m);
  if (todo.empty()) return todo;
  int batch = next_batch();
  for (const auto& m : todo) {
    HistoryUpdate h;
    h.migration = &m;
    h.batch = batch;
    h.started = std::chrono::steady_clock::now();
    h.checksum = sha256_hex(read_text_file(m.up_path));
    record_only(h);
  }
  return todo;
}

}  // namespace shale::migrate
