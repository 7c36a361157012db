#include "load/sqlite/execute_sql.hpp"

#include <map>

#include "load/sqlite/read_schema.hpp"
#include "sqlite/fk_envelope.hpp"
#include "sqlite/table_sql.hpp"
#include "sqlite/tokens.hpp"

namespace shale::load::sqlite {

using shale::sqlite::Database;
using shale::sqlite::Token;

namespace {

// What a desired state's CREATE TABLE statements say beyond the schema, by
// lower-case table name: old names from rename hints above them, and where
// they are (for errors SQLite reports about a table, not a statement).
struct DesiredFacts {
  std::map<std::string, std::string> renamed_from;
  std::map<std::string, SourcePos> created_at;  // tables and views
};

void check_statement(const std::vector<Token>& tokens, Source source, const SourcePos& pos) {
  const Token& first = tokens[0];
  refuse_transaction_control(tokens, pos);
  if (first.is("ATTACH") || first.is("DETACH"))
    throw UserError(std::string(first.text) + " is not supported: shale manages the main database only", pos);
  if (tokens.size() > 1 && first.is("CREATE") && (tokens[1].is("TEMP") || tokens[1].is("TEMPORARY")))
    throw UserError("temporary objects are not part of a schema", pos);
  if (tokens.size() > 1 && first.is("CREATE") && tokens[1].is("VIRTUAL"))
    throw UserError("virtual tables are not supported by shale's SQLite dialect", pos);
  // Data statements are named as such; anything else that is not DDL (a
  // misspelt CREATE) is left to SQLite, whose syntax error says more.
  bool data = first.is("INSERT") || first.is("UPDATE") || first.is("DELETE") || first.is("REPLACE") ||
              first.is("SELECT") || first.is("WITH") || first.is("VALUES");
  if (source == Source::desired_state && data)
    throw UserError(
        std::string(first.text) +
            " statements are not part of a desired schema (it holds CREATE, ALTER and DROP); put data in seeds/",
        pos);
}

void execute(Database& db, const SqlFile& file, Source source, DesiredFacts* facts) {
  LineIndex lines(file.path, file.text);
  size_t previous_end = 0;
  // A migration may carry the foreign-key frame of a table rebuild; the
  // replay runs in one transaction of its own, like apply.
  auto statements = source == Source::migrations ? shale::sqlite::migration_statements(file.text)
                                                 : shale::sqlite::split_script(file.text);
  for (const auto& st : statements) {
    std::string sql = file.text.substr(st.offset, st.length);
    auto tokens = shale::sqlite::significant_tokens(sql);
    SourcePos pos = lines.at(st.offset + tokens[0].offset);
    check_statement(tokens, source, pos);
    try {
      db.run_statement(sql);
    } catch (const shale::sqlite::SqliteError& e) {
      std::string head = sql.substr(tokens[0].offset, 60);
      for (auto& c : head)
        if (c == '\n') c = ' ';
      // A syntax error is reported where SQLite found it, not at the statement's start.
      SourcePos at = e.offset >= 0 && size_t(e.offset) < sql.size() ? lines.at(st.offset + size_t(e.offset)) : pos;
      throw UserError(std::string(e.what()) + " (in: " + head + (sql.size() - tokens[0].offset > 60 ? "…" : "") + ")",
                      at);
    }
    // A rename hint is the last comment between the previous statement and
    // this CREATE TABLE.
    if (facts && tokens.size() > 2 && tokens[0].is("CREATE") && tokens[1].is("VIEW")) {
      size_t name_at = tokens[2].is("IF") ? 5 : 2;
      if (name_at < tokens.size()) facts->created_at[shale::sqlite::fold_case(tokens[name_at].ident())] = pos;
    }
    if (facts && tokens.size() > 2 && tokens[0].is("CREATE") && tokens[1].is("TABLE")) {
      std::string hint;
      for (const auto& tok : shale::sqlite::tokenize(
               std::string_view(file.text).substr(previous_end, st.offset + tokens[0].offset - previous_end)))
        if (tok.kind == shale::sqlite::TokenKind::comment) hint = shale::sqlite::renamed_from_hint(tok.text);
      size_t name_at = tokens[2].is("IF") ? 5 : 2;
      if (name_at < tokens.size()) {
        std::string table = shale::sqlite::fold_case(tokens[name_at].ident());
        if (!hint.empty()) facts->renamed_from[table] = hint;
        facts->created_at[table] = pos;
      }
    }
    previous_end = st.offset + st.length;
  }
}

// SQLite accepts some definitions at CREATE that fail only when the object
// is used: a foreign key to a column that is no key ("foreign key mismatch"),
// a generated column that refers to itself, a default calling an unknown
// function, a trigger or view naming a missing column. For
// a migration that is at apply; a desired state is checked now, and the error
// points at the CREATE of the table or view.
void check_usable(Database& db, const DesiredFacts& facts) {
  auto fail = [&](const std::string& object, const std::string& message, const std::string& hint) {
    auto it = facts.created_at.find(shale::sqlite::fold_case(object));
    throw UserError(message + hint, it == facts.created_at.end() ? SourcePos{} : it->second);
  };
  try {
    db.query("PRAGMA foreign_key_check");
  } catch (const shale::sqlite::SqliteError& e) {
    std::string message = e.what();
    size_t open = message.find('"'), close = open == std::string::npos ? open : message.find('"', open + 1);
    std::string table = close == std::string::npos ? "" : message.substr(open + 1, close - open - 1);
    fail(table, message, " (a REFERENCES clause names a column that is not the parent's primary key or unique)");
  }
  // Compiling an INSERT compiles the table's defaults, generated columns,
  // checks and insert triggers; compiling a SELECT checks a view.
  for (const auto& r : db.query("SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT "
                                "LIKE 'sqlite\\_%' ESCAPE '\\'")) {
    std::string name = shale::sqlite::quote_ident(r[1]);
    try {
      db.prepare_only(r[0] == "table" ? "INSERT INTO " + name + " DEFAULT VALUES" : "SELECT * FROM " + name);
    } catch (const shale::sqlite::SqliteError& e) {
      fail(r[1], std::string(e.what()), " (in " + r[1] + ")");
    }
  }
}

}  // namespace

void refuse_transaction_control(const std::vector<Token>& tokens, const SourcePos& pos) {
  const Token& first = tokens[0];
  if (first.is("BEGIN") || first.is("COMMIT") || first.is("END") || first.is("ROLLBACK") || first.is("SAVEPOINT") ||
      first.is("RELEASE"))
    throw UserError("transaction control (" + std::string(first.text) +
                        ") is not allowed in a migration: shale runs each migration in its own transaction"
                        " (use -- shale:no-transaction to run a file outside one)",
                    pos);
}

void execute_file(Database& db, const SqlFile& file, Source source) { execute(db, file, source, nullptr); }

model::Schema load(const std::vector<SqlFile>& files, Source source) {
  Database db(":memory:");
  DesiredFacts facts;
  // One transaction: SQLite then does not end a write transaction per statement.
  db.exec("BEGIN");
  for (const auto& f : files) execute(db, f, source, source == Source::desired_state ? &facts : nullptr);
  db.exec("COMMIT");
  if (source == Source::desired_state) check_usable(db, facts);
  ReadOptions read;
  read.created_at = [&facts](const std::string& table) {
    auto it = facts.created_at.find(shale::sqlite::fold_case(table));
    return it == facts.created_at.end() ? SourcePos{} : it->second;
  };
  model::Schema schema = read_schema(db, read);
  for (auto& t : schema.tables) {
    auto it = facts.renamed_from.find(shale::sqlite::fold_case(t.name.name));
    if (it != facts.renamed_from.end()) t.renamed_from = it->second;
  }
  return schema;
}

Replay::Replay() : db_(":memory:") {}
void Replay::add(const SqlFile& file) { execute(db_, file, Source::migrations, nullptr); }
model::Schema Replay::current() { return read_schema(db_); }

}  // namespace shale::load::sqlite
