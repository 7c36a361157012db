#include "migrate/sqlite_engine.hpp"

#include <sqlite3.h>

#include <filesystem>

#include "load/sqlite/execute_sql.hpp"
#include "sqlite/fk_envelope.hpp"
#include "sqlite/tokens.hpp"
#include "util/error.hpp"

namespace shale::migrate {

namespace {

constexpr int kBusyTimeoutMs = 60000;

struct FileStatement {
  std::string sql;
  SourcePos pos;
};

std::vector<FileStatement> statements_of(const std::string& path, const std::string& text) {
  LineIndex lines(path, text);
  std::vector<FileStatement> out;
  for (const auto& st : sqlite::migration_statements(text)) {
    std::string sql = text.substr(st.offset, st.length);
    auto tokens = sqlite::significant_tokens(sql);
    SourcePos pos = lines.at(st.offset + tokens[0].offset);
    load::sqlite::refuse_transaction_control(tokens, pos);
    out.push_back({std::move(sql), pos});
  }
  return out;
}

void run_statements(sqlite::Database& db, const std::string& path, const std::vector<FileStatement>& statements) {
  for (const auto& st : statements) {
    try {
      db.run_statement(st.sql);
    } catch (const sqlite::SqliteError& e) {
      throw ApplyError(e.what(), path, st.pos.line, st.sql);
    }
  }
}

const std::string& with_parent_directory(const std::string& path) {
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  return path;
}

}  // namespace

std::vector<std::string> foreign_key_violations(sqlite::Database& db) {
  std::vector<std::string> out;
  for (const auto& r : db.query("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT 10"))
    out.push_back(r[0] + " row " + (r.null[1] ? "?" : r[1]) + " references a missing row of " + r[2]);
  return out;
}

void run_sqlite_statements(sqlite::Database& db, const std::string& path, const std::string& text) {
  run_statements(db, path, statements_of(path, text));
  auto violations = foreign_key_violations(db);
  if (!violations.empty()) {
    std::string list;
    for (const auto& v : violations) list += "\n  " + v;
    throw ApplyError("foreign key check failed after the migration:" + list, path, 0, "PRAGMA foreign_key_check");
  }
}

SqliteEngine::SqliteEngine(const std::string& path, std::string history_table, bool create)
    : db_(create                          ? with_parent_directory(path)
          : std::filesystem::exists(path) ? path
                                          : std::string(":memory:")),
      history_table_(std::move(history_table)) {
  sqlite3_busy_timeout(db_.handle(), kBusyTimeoutMs);
  db_.exec("PRAGMA foreign_keys = OFF");
}

void SqliteEngine::begin_batch() {
  try {
    db_.exec("BEGIN IMMEDIATE");
  } catch (const sqlite::SqliteError& e) {
    throw DatabaseError("cannot lock " + db_.path() + " for migrations: " + e.what());
  }
}

void SqliteEngine::end_batch() {
  if (db_.in_transaction()) db_.exec("COMMIT");
}

void SqliteEngine::ensure_history_table() {
  db_.exec("CREATE TABLE IF NOT EXISTS " + sqlite::quote_ident(history_table_) +
           " (version TEXT PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, batch INTEGER NOT NULL,"
           " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%SZ', 'now')), execution_ms INTEGER NOT NULL)");
}

std::vector<AppliedMigration> SqliteEngine::applied() {
  if (db_.query("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1", {history_table_}).empty()) return {};
  std::vector<AppliedMigration> out;
  for (const auto& r : db_.query("SELECT version, name, checksum, batch, applied_at, execution_ms FROM " +
                                 sqlite::quote_ident(history_table_) + " ORDER BY version"))
    out.push_back({r[0], r[1], r[2], r[4], r.integer(3), long(r.integer(5))});
  return out;
}

int SqliteEngine::next_batch() {
  return db_.query("SELECT coalesce(max(batch), 0) + 1 FROM " + sqlite::quote_ident(history_table_))[0].integer(0);
}

void SqliteEngine::record(const HistoryUpdate& h) {
  const Migration& m = *h.migration;
  std::string table = sqlite::quote_ident(history_table_);
  if (!h.insert) {
    db_.query("DELETE FROM " + table + " WHERE version = ?1", {m.version});
    return;
  }
  db_.query("INSERT INTO " + table + " (version, name, checksum, batch, execution_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
            {m.version, m.name, h.checksum, std::to_string(h.batch), std::to_string(ms_since(h.started))});
}

void SqliteEngine::run_migration(const std::string& path, const HistoryUpdate& history, bool no_transaction,
                                 size_t /*first*/) {
  std::string text = read_text_file(path);
  auto statements = statements_of(path, text);
  if (no_transaction) {
    // Outside the batch's transaction (VACUUM, journal_mode …); the lock is
    // taken again for the history row.
    db_.exec("COMMIT");
    run_statements(db_, path, statements);
    begin_batch();
    record(history);
    return;
  }
  db_.exec("SAVEPOINT shale_migration");
  try {
    run_sqlite_statements(db_, path, text);
    record(history);
  } catch (...) {
    db_.exec("ROLLBACK TO shale_migration; RELEASE shale_migration");
    throw;
  }
  db_.exec("RELEASE shale_migration");
}

// Inside the batch's transaction (BEGIN IMMEDIATE), like a migration's row.
void SqliteEngine::record_only(const HistoryUpdate& history) { record(history); }

void SqliteEngine::run_file(const std::string& path) {
  // Seeds are data: foreign keys are enforced.
  db_.exec("PRAGMA foreign_keys = ON");
  auto statements = statements_of(path, read_text_file(path));
  begin_batch();
  try {
    run_statements(db_, path, statements);
  } catch (...) {
    db_.exec("ROLLBACK");
    throw;
  }
  db_.exec("COMMIT");
}

}  // namespace shale::migrate
