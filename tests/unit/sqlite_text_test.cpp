// SQLite's lexical layer: script splitting (trigger bodies keep their
// semicolons), canonical forms (spelling does not matter, meaning does),
// declared types, identifier quoting and the CREATE TABLE reader.
#include <catch2/catch.hpp>

#include "load/sqlite/execute_sql.hpp"
#include "load/sqlite/read_schema.hpp"
#include "sqlite/database.hpp"
#include "sqlite/table_sql.hpp"
#include "sqlite/tokens.hpp"

using namespace shale;

namespace {
std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : sqlite::split_script(text)) out.push_back(text.substr(s.offset, s.length));
  return out;
}
}  // namespace

TEST_CASE("scripts split at top-level semicolons only") {
  auto parts = split(
      "CREATE TABLE a (x TEXT DEFAULT ';');\n-- a comment; with a semicolon\n"
      "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); UPDATE c SET y = 2; END;\n"
      "CREATE VIEW \"v;w\" AS SELECT 1;  ;\n/* trailing */");
  REQUIRE(parts.size() == 3);
  CHECK(parts[0] == "CREATE TABLE a (x TEXT DEFAULT ';')");
  CHECK(parts[1].find("UPDATE c SET y = 2; END") != std::string::npos);
  CHECK(parts[2] == "\nCREATE VIEW \"v;w\" AS SELECT 1");
  CHECK(split("SELECT 1").size() == 1);  // no final semicolon
}

TEST_CASE("canonical forms ignore spelling but keep meaning") {
  CHECK(sqlite::canonical("CREATE INDEX  i ON \"Users\" (email)") ==
        sqlite::canonical("create index i on users(email) -- x"));
  CHECK(sqlite::canonical("SELECT 'A'") != sqlite::canonical("SELECT 'a'"));
  CHECK(sqlite::canonical("SELECT \"two words\"") != sqlite::canonical("SELECT two, words"));
  CHECK(sqlite::canonical("x>=1") == sqlite::canonical("x >= 1"));
  CHECK(sqlite::canonical("x > = 1") != sqlite::canonical("x >= 1"));
}

TEST_CASE("declared types are compared in one spelling") {
  CHECK(load::sqlite::canonical_type("varchar( 50 )") == "VARCHAR(50)");
  CHECK(load::sqlite::canonical_type("decimal(10, 2)") == "DECIMAL(10,2)");
  CHECK(load::sqlite::canonical_type("unsigned  big int") == "UNSIGNED BIG INT");
  CHECK(load::sqlite::canonical_type("") == "");
}

TEST_CASE("identifiers are quoted when SQLite needs it") {
  CHECK(sqlite::quote_ident("users") == "users");
  CHECK(sqlite::quote_ident("order") == "\"order\"");
  CHECK(sqlite::quote_ident("line items") == "\"line items\"");
  CHECK(sqlite::quote_ident("say\"hi") == "\"say\"\"hi\"");
  CHECK(sqlite::quote_ident("1st") == "\"1st\"");
}

TEST_CASE("the CREATE TABLE reader finds what PRAGMAs do not report") {
  auto t = sqlite::parse_create_table(
      "CREATE TABLE \"t\" (\n"
      "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
      "  -- shale:renamed-from mail\n"
      "  email TEXT COLLATE nocase CONSTRAINT email_shape CHECK (email LIKE '%@%'),\n"
      "  total REAL AS (price * qty) STORED,\n"
      "  half GENERATED ALWAYS AS (total / 2),\n"
      "  owner INTEGER REFERENCES users DEFERRABLE INITIALLY DEFERRED,\n"
      "  CHECK (total >= 0),\n"
      "  FOREIGN KEY (owner, id) REFERENCES pairs (a, b) ON DELETE CASCADE\n"
      ")");
  REQUIRE(t.columns.size() == 5);
  CHECK(t.columns[0].autoincrement);
  CHECK(t.columns[1].renamed_from == "mail");
  CHECK(t.columns[1].collation == "NOCASE");
  CHECK(t.columns[2].generated == "price * qty");
  CHECK(t.columns[2].generated_stored);
  CHECK(t.columns[3].generated == "total / 2");
  CHECK_FALSE(t.columns[3].generated_stored);
  REQUIRE(t.checks.size() == 2);
  CHECK(t.checks[0].name == "email_shape");
  CHECK(t.checks[0].expr == "email LIKE '%@%'");
  CHECK(t.checks[1].expr == "total >= 0");
  REQUIRE(t.foreign_keys.size() == 2);
  CHECK(t.foreign_keys[0].deferrable == "DEFERRABLE INITIALLY DEFERRED");
  CHECK(t.foreign_keys[1].columns == std::vector<std::string>{"owner", "id"});
  CHECK(t.foreign_keys[1].table == "pairs");
  CHECK(t.unsupported.empty());
  CHECK(sqlite::parse_create_table("CREATE TABLE x (a INTEGER UNIQUE ON CONFLICT REPLACE)").unsupported.size() == 1);
}

TEST_CASE("quotes do not change a declared type") {
  CHECK(load::sqlite::canonical_type("\"limit\" numeric") == "LIMIT NUMERIC");
}

TEST_CASE("a declared type outside SQLite's grammar is refused, not guessed at") {
  // A string is a type name to SQLite, and it reports the string's text.
  CHECK_THROWS_WITH(load::sqlite::load({{"odd.sql", "CREATE TABLE t (a 'odd, type (');"}}),
                    Catch::Contains("column a: declared type \"odd, type (\" is not supported"));
  CHECK_NOTHROW(
      load::sqlite::load({{"ok.sql", "CREATE TABLE t (a DECIMAL(10, -2), b \"limit\", c UNSIGNED BIG INT);"}}));
}
