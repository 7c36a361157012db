#include "sqlite/table_sql.hpp"

#include <cctype>

#include "sqlite/tokens.hpp"
#include "util/ascii.hpp"

namespace shale::sqlite {

namespace {

bool same_name(const std::string& a, const std::string& b) { return fold_case(a) == fold_case(b); }

// A cursor over the significant tokens of one column or constraint definition.
class Cursor {
 public:
  Cursor(std::string_view sql, std::vector<Token> tokens) : sql_(sql), t_(std::move(tokens)) {}
  bool done() const { return i_ >= t_.size(); }
  const Token& peek() const { return t_[i_]; }
  bool at(std::string_view kw) const { return !done() && t_[i_].is(kw); }
  bool at_punct(std::string_view p) const { return !done() && t_[i_].kind == TokenKind::punct && t_[i_].text == p; }
  bool take(std::string_view kw) {
    if (!at(kw)) return false;
    ++i_;
    return true;
  }
  const Token& next() { return t_[i_++]; }
  // A parenthesised group starting at '(': returns the text inside it.
  std::string group() {
    if (!at_punct("(")) return "";
    size_t open = t_[i_].offset;
    int depth = 0;
    for (; i_ < t_.size(); ++i_) {
      if (t_[i_].kind != TokenKind::punct) continue;
      if (t_[i_].text == "(") ++depth;
      if (t_[i_].text == ")" && --depth == 0) {
        size_t close = t_[i_].offset;
        ++i_;
        return std::string(sql_.substr(open + 1, close - open - 1));
      }
    }
    return std::string(sql_.substr(open + 1));
  }
  // A parenthesised name list: (a, "b" COLLATE x DESC, …) → names.
  std::vector<std::string> name_list() {
    std::vector<std::string> names;
    std::string inner = group();
    bool expect_name = true;
    int depth = 0;
    for (const auto& tok : significant_tokens(inner)) {
      if (tok.kind == TokenKind::punct && tok.text == "(") ++depth;
      if (tok.kind == TokenKind::punct && tok.text == ")") --depth;
      if (depth == 0 && tok.kind == TokenKind::punct && tok.text == ",") {
        expect_name = true;
        continue;
      }
      if (expect_name && depth == 0) names.push_back(tok.ident());
      expect_name = false;
    }
    return names;
  }
  // Skips one expression term of a DEFAULT: a group, or a signed literal.
  void skip_default_value() {
    if (at_punct("(")) {
      group();
      return;
    }
    if (at_punct("-") || at_punct("+")) ++i_;
    if (!done()) ++i_;
  }

 private:
  std::string_view sql_;
  std::vector<Token> t_;
  size_t i_ = 0;
};

bool starts_column_constraint(const Cursor& c) {
  for (const char* kw : {"CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES",
                         "GENERATED", "AS"})
    if (c.at(kw)) return true;
  return false;
}

void conflict_clause(Cursor& c, ParsedTable& out, const std::string& where) {
  if (!c.at("ON")) return;
  c.next();
  c.take("CONFLICT");
  std::string action = c.done() ? "" : ascii_upper(std::string(c.next().text));
  out.unsupported.push_back("ON CONFLICT " + action + " on " + where);
}

// REFERENCES t (cols) [ON DELETE|UPDATE action] [MATCH x] [[NOT] DEFERRABLE …]
ParsedForeignKey references_clause(Cursor& c, std::vector<std::string> columns) {
  ParsedForeignKey fk;
  fk.columns = std::move(columns);
  c.take("REFERENCES");
  if (!c.done()) fk.table = c.next().ident();
  if (c.at_punct("(")) c.name_list();
  while (!c.done()) {
    if (c.at("ON")) {
      c.next();
      c.next();  // DELETE / UPDATE
      if (c.take("SET"))
        c.next();
      else if (c.take("NO"))
        c.next();
      else
        c.next();
    } else if (c.at("MATCH")) {
      c.next();
      c.next();
    } else if (c.at("NOT") || c.at("DEFERRABLE")) {
      std::string text;
      while (!c.done() &&
             (c.at("NOT") || c.at("DEFERRABLE") || c.at("INITIALLY") || c.at("DEFERRED") || c.at("IMMEDIATE")))
        text += (text.empty() ? "" : " ") + ascii_upper(std::string(c.next().text));
      // NOT DEFERRABLE and DEFERRABLE INITIALLY IMMEDIATE are SQLite's default.
      if (text == "DEFERRABLE INITIALLY DEFERRED") fk.deferrable = text;
    } else {
      break;
    }
  }
  return fk;
}

void parse_column(Cursor& c, ParsedTable& out, std::string renamed_from) {
  ParsedColumn col;
  col.name = c.next().ident();
  col.renamed_from = std::move(renamed_from);
  // The declared type runs up to the first constraint keyword.
  while (!c.done() && !starts_column_constraint(c)) {
    if (c.at_punct("("))
      c.group();
    else
      c.next();
  }
  std::string constraint_name;
  while (!c.done()) {
    if (c.take("CONSTRAINT")) {
      constraint_name = c.next().ident();
      continue;
    }
    if (c.take("PRIMARY")) {
      c.take("KEY");
      c.take("ASC") || c.take("DESC");
      conflict_clause(c, out, "column " + col.name);
      if (c.take("AUTOINCREMENT")) col.autoincrement = true;
    } else if (c.take("NOT")) {
      c.take("NULL");
      conflict_clause(c, out, "column " + col.name);
    } else if (c.take("NULL")) {
      conflict_clause(c, out, "column " + col.name);
    } else if (c.take("UNIQUE")) {
      conflict_clause(c, out, "column " + col.name);
    } else if (c.take("CHECK")) {
      out.checks.push_back({constraint_name, c.group()});
    } else if (c.take("DEFAULT")) {
      c.skip_default_value();
    } else if (c.take("COLLATE")) {
      col.collation = ascii_upper(c.next().ident());
    } else if (c.at("REFERENCES")) {
      out.foreign_keys.push_back(references_clause(c, {col.name}));
    } else if (c.take("GENERATED")) {
      c.take("ALWAYS");
      continue;
    } else if (c.take("AS")) {
      col.generated = c.group();
      if (c.take("STORED"))
        col.generated_stored = true;
      else
        c.take("VIRTUAL");
    } else {
      c.next();  // cannot happen for text SQLite accepted; never loop forever
    }
    constraint_name.clear();
  }
  out.columns.push_back(std::move(col));
}

void parse_table_constraint(Cursor& c, ParsedTable& out) {
  std::string name;
  if (c.take("CONSTRAINT")) name = c.next().ident();
  if (c.take("PRIMARY") || c.take("UNIQUE")) {
    c.take("KEY");
    c.name_list();
    conflict_clause(c, out, "a table constraint");
  } else if (c.take("CHECK")) {
    out.checks.push_back({name, c.group()});
  } else if (c.take("FOREIGN")) {
    c.take("KEY");
    auto columns = c.name_list();
    out.foreign_keys.push_back(references_clause(c, std::move(columns)));
  }
}

}  // namespace

const ParsedColumn* ParsedTable::column(const std::string& name) const {
  for (const auto& c : columns)
    if (same_name(c.name, name)) return &c;
  return nullptr;
}

std::string renamed_from_hint(std::string_view comment) {
  static const std::string_view marker = "shale:renamed-from";
  size_t at = comment.find(marker);
  if (at == std::string_view::npos) return "";
  auto tokens = significant_tokens(comment.substr(at + marker.size()));
  return tokens.empty() ? "" : tokens[0].ident();
}

ParsedTable parse_create_table(std::string_view sql) {
  ParsedTable out;
  auto all = tokenize(sql);
  size_t i = 0;
  while (i < all.size() && !(all[i].kind == TokenKind::punct && all[i].text == "(")) ++i;
  ++i;
  // Split the definitions at depth-0 commas; remember the last comment line
  // before each definition for the rename hint.
  int depth = 0;
  std::vector<Token> item;
  std::string hint;
  auto finish = [&] {
    if (item.empty()) return;
    Cursor c(sql, item);
    if (c.at("CONSTRAINT") || c.at("PRIMARY") || c.at("UNIQUE") || c.at("CHECK") || c.at("FOREIGN"))
      parse_table_constraint(c, out);
    else
      parse_column(c, out, hint);
    item.clear();
    hint.clear();
  };
  for (; i < all.size(); ++i) {
    const Token& tok = all[i];
    if (tok.kind == TokenKind::space) continue;
    if (tok.kind == TokenKind::comment) {
      if (item.empty()) hint = renamed_from_hint(tok.text);
      continue;
    }
    if (tok.kind == TokenKind::punct && tok.text == "(") ++depth;
    if (tok.kind == TokenKind::punct && tok.text == ")" && depth-- == 0) break;
    if (depth == 0 && tok.kind == TokenKind::punct && tok.text == ",") {
      finish();
      continue;
    }
    item.push_back(tok);
  }
  finish();
  return out;
}

}  // namespace shale::sqlite
