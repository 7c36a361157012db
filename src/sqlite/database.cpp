#include "sqlite/database.hpp"

#include <sqlite3.h>

#include <cctype>
#include <memory>
#include <mutex>

#include "util/error.hpp"

namespace shale::sqlite {

namespace {
struct StatementDeleter {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;
}  // namespace

Database::Database(const std::string& path, bool create) : path_(path) {
  // Memory statistics take a process-wide mutex on every allocation, which
  // serialises the two states plan loads on two threads.
  static std::once_flag configured;
  std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw DatabaseError("cannot open SQLite database " + path + ": " + msg);
  }
  sqlite3_extended_result_codes(db_, 1);
}

Database::~Database() { sqlite3_close_v2(db_); }

void Database::exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    throw SqliteError(msg);
  }
}

namespace {
// Where in the statement SQLite found the error (a syntax error's token),
// available from SQLite 3.38.
int error_offset([[maybe_unused]] sqlite3* db) {
#if SQLITE_VERSION_NUMBER >= 3038000
  return sqlite3_error_offset(db);
#else
  return -1;
#endif
}
}  // namespace

std::vector<Row> Database::query(const std::string& sql, const std::vector<std::string>& params) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
    throw SqliteError(sqlite3_errmsg(db_), error_offset(db_));
  Statement stmt(raw);
  if (!stmt) return {};
  for (size_t i = 0; i < params.size(); ++i)
    sqlite3_bind_text(raw, int(i + 1), params[i].data(), int(params[i].size()), SQLITE_TRANSIENT);
  std::vector<Row> rows;
  int columns = sqlite3_column_count(raw);
  for (;;) {
    int rc = sqlite3_step(raw);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) throw SqliteError(sqlite3_errmsg(db_));
    Row r;
    for (int c = 0; c < columns; ++c) {
      const unsigned char* text = sqlite3_column_text(raw, c);
      r.null.push_back(sqlite3_column_type(raw, c) == SQLITE_NULL);
      r.values.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

void Database::run_statement(const std::string& sql) { query(sql); }

void Database::prepare_only(const std::string& sql) {
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.c_str(), int(sql.size()), &raw, nullptr);
  Statement stmt(raw);
  if (rc != SQLITE_OK) throw SqliteError(sqlite3_errmsg(db_));
}

bool Database::in_transaction() const { return !sqlite3_get_autocommit(db_); }

std::string quote_ident(const std::string& name) {
  bool bare = !name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_');
  for (unsigned char c : name) bare = bare && (std::isalnum(c) || c == '_');
  if (bare && !sqlite3_keyword_check(name.c_str(), int(name.size()))) return name;
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace shale::sqlite
