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

long ms_since(std::chrono::steady_clock::time_point t0) {
  return long(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count());
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

void PgEngine::lock() {
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

std::vector<Migration> PgEngine::pending(const std::vector<Migration>& all, const ApplyOptions& options) {
  auto done = applied();
  std::string newest = done.empty() ? "" : done.back().version;
  std::vector<Migration> out;
  for (const auto& m : all) {
    if (!options.to_version.empty() && m.version > options.to_version) break;
    bool is_applied = std::any_of(done.begin(), done.end(), [&](auto& a) { return a.version == m.version; });
    if (is_applied) continue;
    if (m.version < newest && !options.allow_out_of_order)
      throw UserError("migration " + m.id() + " is older than the newest applied one (" + newest +
                      "); apply it with --allow-out-of-order if that is intended", SourcePos{m.up_path});
    out.push_back(m);
  }
  return out;
}

void PgEngine::run_migration_file(const std::string& path, const std::function<std::string()>& history_sql,
                                  bool no_transaction) {
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
    tx.exec(history_sql());
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
  tx.exec(history_sql());
  tx.commit();
}

std::vector<Migration> PgEngine::apply(const std::vector<Migration>& all, const ApplyOptions& options,
                                       const Progress& progress) {
  if (!options.dry_run) {
    lock();
    ensure_history_table();
  }
  auto todo = pending(all, options);
  if (options.dry_run || todo.empty()) return todo;
  int batch;
  {
    pqxx::work tx(*conn_);
    batch = tx.exec("SELECT coalesce(max(batch), 0) + 1 FROM " + pgsql::quote_ident(history_table_))[0][0].as<int>();
  }
  std::string table = pgsql::quote_ident(history_table_);
  for (size_t i = 0; i < todo.size(); ++i) {
    const Migration& m = todo[i];
    auto t0 = std::chrono::steady_clock::now();
    if (progress) progress(m, i, todo.size(), false, 0);
    std::string text = read_text_file(m.up_path);
    Directives d = read_directives(text);
    // The history row is written in the migration's own transaction, after
    // its statements, so it records their execution time.
    auto history_sql = [&] {
      return "INSERT INTO " + table + " (version, name, checksum, batch, execution_ms) VALUES ('" + m.version + "', " +
             conn_->quote(m.name) + ", '" + sha256_hex(text) + "', " + std::to_string(batch) + ", " +
             std::to_string(ms_since(t0)) + ")";
    };
    run_migration_file(m.up_path, history_sql, d.no_transaction);
    if (progress) progress(m, i, todo.size(), true, ms_since(t0));
  }
  return todo;
}

std::vector<Migration> PgEngine::rollback(const std::vector<Migration>& all, int steps, bool everything, bool dry_run,
                                          const Progress& progress) {
  if (!dry_run) lock();
  auto done = applied();
  std::vector<AppliedMigration> chosen;
  if (everything) {
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
    if (m == all.end()) throw UserError("applied migration " + a.version + "_" + a.name + " is missing from the migration directory");
    if (m->down_path.empty()) throw UserError("migration " + m->id() + " has no down file", SourcePos{m->up_path});
    out.push_back(*m);
  }
  if (dry_run) return out;
  for (size_t i = 0; i < out.size(); ++i) {
    const Migration& m = out[i];
    auto t0 = std::chrono::steady_clock::now();
    if (progress) progress(m, i, out.size(), false, 0);
    Directives d = read_directives(read_text_file(m.down_path));
    std::string delete_row = "DELETE FROM " + pgsql::quote_ident(history_table_) + " WHERE version = '" + m.version + "'";
    run_migration_file(m.down_path, [&] { return delete_row; }, d.no_transaction);
    if (progress) progress(m, i, out.size(), true, ms_since(t0));
  }
  return out;
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
