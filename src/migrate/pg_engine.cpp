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
  for (const auto& st : parsed->statements())
    out.push_back({text.substr(st.offset, st.length), lines.at(st.offset).line});
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

void PgEngine::set_timeouts(long lock_timeout_ms, long statement_timeout_ms) {
  lock_timeout_ms_ = lock_timeout_ms;
  statement_timeout_ms_ = statement_timeout_ms;
}

// Session-level, before each migration: a SET in an earlier migration file
// (which outlives its transaction) does not carry into the next one.
void PgEngine::apply_timeouts() {
  pqxx::nontransaction tx(*conn_);
  if (lock_timeout_ms_ >= 0) tx.exec("SET lock_timeout = " + std::to_string(lock_timeout_ms_));
  if (statement_timeout_ms_ >= 0) tx.exec("SET statement_timeout = " + std::to_string(statement_timeout_ms_));
}

void PgEngine::run_migration(const std::string& path, const HistoryUpdate& history, bool no_transaction, size_t first) {
  auto statements = file_statements(path);
  apply_timeouts();
  auto fail = [&](size_t i, const pqxx::sql_error& e) {
    throw ApplyError(e.what(), path, statements[i].line, statements[i].sql, e.sqlstate(), i);
  };
  if (no_transaction) {
    for (size_t i = first; i < statements.size(); ++i) {
      try {
        pqxx::nontransaction tx(*conn_);
        tx.exec(statements[i].sql);
      } catch (const pqxx::sql_error& e) {
        fail(i, e);
      }
    }
    pqxx::work tx(*conn_);
    tx.exec(history_sql(history));
    tx.commit();
    return;
  }
  pqxx::work tx(*conn_);
  for (size_t i = 0; i < statements.size(); ++i) {
    try {
      tx.exec(statements[i].sql);
    } catch (const pqxx::sql_error& e) {
      fail(i, e);
    }
  }
  tx.exec(history_sql(history));
  tx.commit();
}

std::string PgEngine::clean_up_after_lock_timeout(const ApplyError& failed) {
  // Only CREATE INDEX CONCURRENTLY leaves something behind when it fails: the
  // index, marked INVALID, which the retry would collide with.
  std::unique_ptr<pgsql::ParsedSql> parsed;
  try {
    parsed = pgsql::ParsedSql::parse(failed.statement, failed.file);
  } catch (const UserError&) {
    return "";
  }
  if (parsed->statements().size() != 1) return "";
  const PgQuery__Node* n = parsed->statements()[0].node;
  if (n->node_case != PG_QUERY__NODE__NODE_INDEX_STMT || !n->index_stmt->concurrent || !n->index_stmt->idxname ||
      !*n->index_stmt->idxname)
    return "";
  const PgQuery__RangeVar* table = n->index_stmt->relation;
  std::string schema_sql;
  std::string invalid;
  {
    pqxx::nontransaction tx(*conn_);
    // An index lives in its table's schema.
    schema_sql = table->schemaname && *table->schemaname ? tx.quote(table->schemaname) : "current_schema()";
    auto r = tx.exec(
        "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_index i"
        " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE NOT i.indisvalid AND c.relname = " +
        tx.quote(n->index_stmt->idxname) + " AND n.nspname = " + schema_sql);
    if (r.empty()) return "";
    invalid = r[0][0].c_str();
  }
  try {
    pqxx::nontransaction tx(*conn_);
    tx.exec("DROP INDEX CONCURRENTLY IF EXISTS " + invalid);
  } catch (const pqxx::sql_error& e) {
    throw ApplyError(std::string(e.what()), failed.file, failed.line, "DROP INDEX CONCURRENTLY IF EXISTS " + invalid,
                     e.sqlstate(), failed.statement_index);
  }
  return "dropped the INVALID index " + invalid + " the failed CREATE INDEX CONCURRENTLY left";
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
