// SQLite's lexical structure, enough to split scripts into statements, to
// compare stored definitions (SQLite keeps CREATE statements as written) and
// to read the parts of CREATE TABLE that no PRAGMA reports.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace shale::sqlite {

enum class TokenKind { word, quoted_ident, string, number, blob, punct, comment, space };

struct Token {
  TokenKind kind;
  std::string_view text;
  size_t offset;
  // Identifier value: unquoted and (for bare words) as written.
  std::string ident() const;
  // Case-insensitive match of a bare word.
  bool is(std::string_view keyword) const;
};

// ASCII lower case: how SQLite compares identifiers.
std::string fold_case(std::string_view s);

// Every token of `text`, comments and spaces included; an unterminated string
// or comment runs to the end of the text.
std::vector<Token> tokenize(std::string_view text);

// The same without comments and spaces.
std::vector<Token> significant_tokens(std::string_view text);

// A definition in a form where spelling does not matter: keywords and bare
// identifiers lower-cased, quoted identifiers unquoted when that is
// unambiguous, comments and whitespace dropped, one space between words.
std::string canonical(std::string_view sql);

struct ScriptStatement {
  size_t offset, length;  // of the statement text, without the final ';'
};

// Splits a script at top-level semicolons (a CREATE TRIGGER body's own
// semicolons are kept, as sqlite3_complete decides). Empty statements are
// dropped.
std::vector<ScriptStatement> split_script(std::string_view text);

}  // namespace shale::sqlite
