#include "sqlite/tokens.hpp"

#include <sqlite3.h>

#include <cctype>

namespace shale::sqlite {

namespace {

bool word_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool word_char(unsigned char c) { return std::isalnum(c) || c == '_' || c == '$' || c >= 0x80; }

// End of a quoted run starting at `i` (the opening quote), doubling the
// closing quote to escape it; `close` differs from the opener for [x].
size_t quoted_end(std::string_view t, size_t i, char close) {
  for (size_t j = i + 1; j < t.size(); ++j) {
    if (t[j] != close) continue;
    if (close != ']' && j + 1 < t.size() && t[j + 1] == close) {
      ++j;
      continue;
    }
    return j + 1;
  }
  return t.size();
}

}  // namespace

std::string fold_case(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Token::ident() const {
  if (kind != TokenKind::quoted_ident) return std::string(text);
  char q = text[0];
  char close = q == '[' ? ']' : q;
  std::string out;
  size_t end = text.size() > 1 && text.back() == close ? text.size() - 1 : text.size();
  for (size_t i = 1; i < end; ++i) {
    out += text[i];
    if (close != ']' && text[i] == close && i + 1 < end && text[i + 1] == close) ++i;
  }
  return out;
}

bool Token::is(std::string_view keyword) const {
  if (kind != TokenKind::word || text.size() != keyword.size()) return false;
  for (size_t i = 0; i < text.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(keyword[i])))
      return false;
  return true;
}

std::vector<Token> tokenize(std::string_view t) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < t.size()) {
    unsigned char c = t[i];
    size_t start = i;
    TokenKind kind;
    if (std::isspace(c)) {
      while (i < t.size() && std::isspace(static_cast<unsigned char>(t[i]))) ++i;
      kind = TokenKind::space;
    } else if (c == '-' && i + 1 < t.size() && t[i + 1] == '-') {
      while (i < t.size() && t[i] != '\n') ++i;
      kind = TokenKind::comment;
    } else if (c == '/' && i + 1 < t.size() && t[i + 1] == '*') {
      size_t end = t.find("*/", i + 2);
      i = end == std::string_view::npos ? t.size() : end + 2;
      kind = TokenKind::comment;
    } else if ((c == 'x' || c == 'X') && i + 1 < t.size() && t[i + 1] == '\'') {
      i = quoted_end(t, i + 1, '\'');
      kind = TokenKind::blob;
    } else if (c == '\'') {
      i = quoted_end(t, i, '\'');
      kind = TokenKind::string;
    } else if (c == '"' || c == '`') {
      i = quoted_end(t, i, char(c));
      kind = TokenKind::quoted_ident;
    } else if (c == '[') {
      i = quoted_end(t, i, ']');
      kind = TokenKind::quoted_ident;
    } else if (std::isdigit(c) ||
               (c == '.' && i + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[i + 1])))) {
      while (i < t.size() && (std::isalnum(static_cast<unsigned char>(t[i])) || t[i] == '.' || t[i] == '_' ||
                              ((t[i] == '+' || t[i] == '-') && (t[i - 1] == 'e' || t[i - 1] == 'E'))))
        ++i;
      kind = TokenKind::number;
    } else if (word_start(c)) {
      while (i < t.size() && word_char(static_cast<unsigned char>(t[i]))) ++i;
      kind = TokenKind::word;
    } else {
      static const char* two[] = {"||", "<=", ">=", "==", "!=", "<>", "<<", ">>", "->"};
      i += 1;
      for (const char* op : two)
        if (t.substr(start, 2) == op) i = start + 2;
      if (t.substr(start, 3) == "->>") i = start + 3;
      kind = TokenKind::punct;
    }
    out.push_back({kind, t.substr(start, i - start), start});
  }
  return out;
}

std::vector<Token> significant_tokens(std::string_view text) {
  std::vector<Token> out;
  for (const auto& tok : tokenize(text))
    if (tok.kind != TokenKind::space && tok.kind != TokenKind::comment) out.push_back(tok);
  return out;
}

std::string canonical(std::string_view sql) {
  std::string out;
  bool prev_word = false, prev_operator = false;
  // Operators written apart stay apart ("- -1" is not the comment "--1").
  auto is_operator = [](const Token& t) {
    return t.kind == TokenKind::punct && t.text != "(" && t.text != ")" && t.text != "," && t.text != ";" &&
           t.text != ".";
  };
  for (const auto& tok : significant_tokens(sql)) {
    std::string piece;
    bool is_word = false;
    switch (tok.kind) {
      case TokenKind::word:
        piece = fold_case(tok.text);
        is_word = true;
        break;
      case TokenKind::quoted_ident: {
        // "Users" and Users are different names only in case, which SQLite
        // ignores for identifiers; "two words" must stay quoted.
        std::string id = tok.ident();
        bool bare = !id.empty() && word_start(static_cast<unsigned char>(id[0]));
        for (unsigned char ch : id) bare = bare && word_char(ch);
        piece = bare && tok.text[0] != '\'' ? fold_case(id) : "\"" + fold_case(id) + "\"";
        is_word = true;
        break;
      }
      case TokenKind::number:
        piece = std::string(tok.text);
        is_word = true;
        break;
      case TokenKind::blob:
        piece = fold_case(tok.text);
        is_word = true;
        break;
      default: piece = std::string(tok.text);
    }
    if ((is_word && prev_word) || (is_operator(tok) && prev_operator)) out += ' ';
    out += piece;
    prev_word = is_word || tok.kind == TokenKind::string;
    prev_operator = is_operator(tok);
  }
  return out;
}

std::vector<ScriptStatement> split_script(std::string_view text) {
  std::vector<ScriptStatement> out;
  size_t start = 0;
  auto emit = [&](size_t end) {
    std::string_view piece = text.substr(start, end - start);
    if (!significant_tokens(piece).empty()) out.push_back({start, end - start});
  };
  for (const auto& tok : tokenize(text)) {
    if (tok.kind != TokenKind::punct || tok.text != ";") continue;
    // sqlite3_complete knows where a CREATE TRIGGER … END ends.
    std::string candidate(text.substr(start, tok.offset + 1 - start));
    if (!sqlite3_complete(candidate.c_str())) continue;
    emit(tok.offset);
    start = tok.offset + 1;
  }
  emit(text.size());
  return out;
}

}  // namespace shale::sqlite
