#include "migrate/pg_engine.hpp"

#include <algorithm>
#include <chrono>
#include <pqxx/pqxx>

#include "load/pg_live/connection.hpp"
#include "migrate/sha256.hpp"
#include "pgsql/parse_tree.hpp"
#include "pgsql/quote.hpp"
#include "util/error.hpp"

namespace shale::migrate {

namespace {
struct FileStatement {
  std::string sql;
  int line;
};

// Statements of a migration file with their lines; a syntax error is the
// user's (exit 2) and is found before anything runs.
std::vector<FileStatement> file_statements(const std::string& path) {
  std::string text = read_text_file(path);
  auto parsed = pgsql::ParsedSql::parse(text, path);
  std::vector<FileStatement> out;
  LineIndex lines(path, text);
  for (const auto& st : parsed->statements()) out.push_back({text.substr(st.offset, st.length), lines.at(st.offset).line});
  return out;
}

}  // namespace

PgEngine::PgEngine(const std::string& url, std::string history_table)
    : history_table_(std::move(history_table)), url_(url) {
  try {
    conn_ = std::make_unique<pqxx::connection>(load::pg_live::parse_pg_url(url).conninfo);
  } catch (const pqxx::broken_connection& e) {
    throw DatabaseError("cannot connect to " + load::pg_live::redact_url(url) + ": " + e.what());
  }
}

PgEngine::~PgEngine() = default;

void PgEngine::begin_batch() {
  if (locked_) return;
  // Session-level: held across the per-migration transactions, released when
  // the connection closes (also when the process dies).
  pqxx::nontransaction tx(*conn_);
  tx.exec("SELECT pg_advisory_lock(hashtext(" + tx.quote("shale:" + history_table_) + "))");
  locked_ = true;
}

void PgEngine::ensure_history_table() {
  pqxx::work tx(*conn_);
  tx.exec("CREATE TABLE IF NOT EXISTS " + pgsql::quote_ident(history_table_) +
          " (version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, batch integer NOT NULL,"
          " applied_at timestamptz NOT NULL DEFAULT now(), execution_ms bigint NOT NULL)");
  tx.commit();
}

std::vector<AppliedMigration> PgEngine::applied() {
  pqxx::work tx(*conn_);
  auto exists = tx.exec("SELECT to_regclass(" + tx.quote(pgsql::quote_ident(history_table_)) + ") IS NOT NULL");
  if (!exists[0][0].as<bool>()) return {};
  std::vector<AppliedMigration> out;
  for (const auto& r : tx.exec("SELECT version, name, checksum, batch, applied_at::text, execution_ms FROM " +
                               pgsql::quote_ident(history_table_) + " ORDER BY version"))
    out.push_back({r[0].c_str(), r[1].c_str(), r[2].c_str(), r[4].c_str(), r[3].as<int>(), r[5].as<long>()});
  return out;
}

int PgEngine::next_batch() {
  pqxx::work tx(*conn_);
  return tx.exec("SELECT coalesce(max(batch), 0) + 1 FROM " + pgsql::quote_ident(history_table_))[0][0].as<int>();
}

std::string PgEngine::history_sql(const HistoryUpdate& h) {
  std::string table = pgsql::quote_ident(history_table_);
  const Migration& m = *h.migration;
  if (!h.insert) return "DELETE FROM " + table + " WHERE version = '" + m.version + "'";
  // Written in the migration's own transaction, after its statements, so it
  // records their execution time.
  return "INSERT INTO " + table + " (version, name, checksum, batch, execution_ms) VALUES ('" + m.version + "', " +
         conn_->quote(m.name) + ", '" + h.checksum + "', " + std::to_string(h.batch) + ", " +
         std::to_string(ms_since(h.started)) + ")";
}

void PgEngine::run_migration(const std::string& path, const HistoryUpdate& history, bool no_transaction) {
  auto statements = file_statements(path);
  auto fail = [&](const FileStatement& st, const std::exception& e) {
    throw ApplyError(e.what(), path, st.line, st.sql);
  };
  if (no_transaction) {
    for (const auto& st : statements) {
      try {
        pqxx::nontransaction tx(*conn_);
        tx.exec(st.sql);
      } catch (const pqxx::sql_error& e) {
        fail(st, e);
      }
    }
    pqxx::work tx(*conn_);
    tx.exec(history_sql(history));
    tx.commit();
    return;
  }
  pqxx::work tx(*conn_);
  for (const auto& st : statements) {
    try {
      tx.exec(st.sql);
    } catch (const pqxx::sql_error& e) {
      fail(st, e);
    }
  }
  tx.exec(history_sql(history));
  tx.commit();
}

void PgEngine::record_only(const HistoryUpdate& history) {
  pqxx::work tx(*conn_);
  tx.exec(history_sql(history));
  tx.commit();
}

void PgEngine::run_file(const std::string& path) {
  auto statements = file_statements(path);
  pqxx::work tx(*conn_);
  for (const auto& st : statements) {
    try {
      tx.exec(st.sql);
    } catch (const pqxx::sql_error& e) {
      throw ApplyError(e.what(), path, st.line, st.sql);
    }
  }
  tx.commit();
}

}  // namespace shale::migrate
