// A thin RAII layer over the sqlite3 C API: one connection, prepared
// statements with bound text, and errors as exceptions carrying SQLite's
// message.
#pragma once
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "util/error.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace shale::sqlite {

// A statement failed; `what()` is SQLite's message, `offset` the byte offset
// in the statement's text SQLite blames (sqlite3_error_offset), or -1.
class SqliteError : public DatabaseError {
 public:
  explicit SqliteError(const std::string& message, int at = -1) : DatabaseError(message), offset(at) {}
  int offset;
};

// A result row: column values as text; NULL is `null[i]`.
struct Row {
  std::vector<std::string> values;
  std::vector<bool> null;
  const std::string& operator[](size_t i) const { return values[i]; }
  int integer(size_t i) const { return null[i] ? 0 : std::stoi(values[i]); }
};

class Database {
 public:
  // ":memory:" for an in-memory database. `create` false refuses a missing file.
  explicit Database(const std::string& path, bool create = true);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements without results.
  void exec(const std::string& sql);
  // Runs one statement with text parameters ?1, ?2 … and returns its rows.
  std::vector<Row> query(const std::string& sql, const std::vector<std::string>& params = {});
  // Runs exactly one statement (the first of `sql`); returns the rows.
  void run_statement(const std::string& sql);
  // Compiles one statement without running it: SQLite reports then what it
  // would report when running it (unknown functions, missing columns …).
  void prepare_only(const std::string& sql);

  bool in_transaction() const;
  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

// SQLite's own identifier quoting: bare when the name is a plain word that is
// not a keyword, else "double quoted".
std::string quote_ident(const std::string& name);

}  // namespace shale::sqlite
