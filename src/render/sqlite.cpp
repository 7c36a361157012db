#include "render/sqlite.hpp"

#include <sqlite3.h>

#include <algorithm>

#include "sqlite/database.hpp"
#include "sqlite/tokens.hpp"

namespace shale::render {

using diff::Change;
using diff::ChangeKind;
using model::ConstraintKind;
using sqlite::quote_ident;

namespace {

// A string literal: single quotes doubled (https://www.sqlite.org/lang_expr.html#literal_values_constants_).
std::string quote_literal(const std::string& value) {
  std::string out = "'";
  for (char c : value) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

// DEFAULT takes a single term as it is (a literal, CURRENT_*, or a bare word,
// which SQLite keeps as text) and any other expression in parentheses.
std::string default_clause(const model::Expr& e) {
  auto tokens = sqlite::significant_tokens(e.text);
  bool literal = tokens.size() == 1 && tokens[0].kind != sqlite::TokenKind::punct;
  bool signed_number = tokens.size() == 2 && (tokens[0].text == "-" || tokens[0].text == "+") &&
                       tokens[1].kind == sqlite::TokenKind::number;
  return " DEFAULT " + (literal || signed_number ? e.text : "(" + e.text + ")");
}

// A declared type as SQLite reports it, with quotes put back on keywords.
// SQLite reports a type that starts with a quoted name as that name alone
// (`"limit" NUMERIC` reads back as `limit`), so a first word of several was
// written bare and stays bare; later keywords and a lone one are quoted.
std::string declared_type(const std::string& type) {
  std::string out;
  size_t last = 0;
  auto tokens = sqlite::significant_tokens(type);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const auto& tok = tokens[i];
    if (tok.kind != sqlite::TokenKind::word || (i == 0 && tokens.size() > 1)) continue;
    std::string word(tok.text);
    bool keyword = sqlite3_keyword_check(word.data(), int(word.size()));
    out += type.substr(last, tok.offset - last) + (keyword ? "\"" + word + "\"" : word);
    last = tok.offset + tok.text.size();
  }
  return out + type.substr(last);
}

std::string column_definition(const model::Column& c, const std::string& inline_key) {
  std::string sql = quote_ident(c.name);
  if (!c.type.empty()) sql += " " + declared_type(c.type);
  sql += inline_key;
  if (c.not_null) sql += " NOT NULL";
  if (!c.default_value.empty()) sql += default_clause(c.default_value);
  if (!c.collation.empty()) sql += " COLLATE " + c.collation;
  if (!c.generated.empty())
    sql += " GENERATED ALWAYS AS (" + c.generated.text + ")" + (c.generated_virtual ? " VIRTUAL" : " STORED");
  return sql;
}

std::string constraint_definition(const model::Constraint& k) {
  std::string name = k.name.empty() ? "" : "CONSTRAINT " + quote_ident(k.name) + " ";
  if (k.kind == ConstraintKind::check) return name + "CHECK (" + k.definition.text + ")";
  return name + k.definition.text;
}

// A single-column primary key is written on its column, which keeps an
// INTEGER PRIMARY KEY the rowid alias and allows AUTOINCREMENT.
const model::Constraint* inline_primary_key(const model::Table& t) {
  for (const auto& k : t.constraints)
    if (k.kind == ConstraintKind::primary_key && k.columns.size() == 1 && k.name.empty()) return &k;
  return nullptr;
}

std::string rebuild_name(const model::Table& t) { return "shale_new_" + t.name.name; }

void rebuild(const diff::TableRebuild& r, std::vector<std::string>& out) {
  const model::Table& t = *r.to;
  std::string temp = quote_ident(rebuild_name(t));
  out.push_back(sqlite_create_table(t, rebuild_name(t)));
  if (!r.copy_columns.empty()) {
    std::string targets, sources;
    for (const auto& [to, from] : r.copy_columns) {
      targets += (targets.empty() ? "" : ", ") + quote_ident(to);
      sources += (sources.empty() ? "" : ", ") + quote_ident(from);
    }
    out.push_back("INSERT INTO " + temp + " (" + targets + ") SELECT " + sources + " FROM " + quote_ident(t.name.name));
  }
  // AUTOINCREMENT promises never to reuse a rowid: the new table takes the old
  // one's counter from sqlite_sequence (https://www.sqlite.org/autoinc.html),
  // which the copy alone would set to the largest rowid left.
  if (t.autoincrement) {
    out.push_back("DELETE FROM sqlite_sequence WHERE name = " + quote_literal(rebuild_name(t)));
    out.push_back("INSERT INTO sqlite_sequence (name, seq) SELECT " + quote_literal(rebuild_name(t)) +
                  ", seq FROM sqlite_sequence WHERE name = " + quote_literal(t.name.name));
  }
  out.push_back("DROP TABLE " + quote_ident(t.name.name));
  out.push_back("ALTER TABLE " + temp + " RENAME TO " + quote_ident(t.name.name));
}

}  // namespace

std::string sqlite_create_table(const model::Table& t, const std::string& name) {
  const model::Constraint* pk = inline_primary_key(t);
  std::vector<std::string> parts;
  for (const auto& c : t.columns) {
    std::string key;
    if (pk && pk->columns[0] == c.name) key = std::string(" PRIMARY KEY") + (t.autoincrement ? " AUTOINCREMENT" : "");
    parts.push_back(column_definition(c, key));
  }
  for (const auto& k : t.constraints)
    if (&k != pk) parts.push_back(constraint_definition(k));
  std::string sql = "CREATE TABLE " + quote_ident(name) + " (\n";
  for (size_t i = 0; i < parts.size(); ++i) sql += "  " + parts[i] + (i + 1 < parts.size() ? ",\n" : "\n");
  sql += ")";
  if (t.without_rowid) sql += " WITHOUT ROWID";
  if (t.strict) sql += std::string(t.without_rowid ? "," : "") + " STRICT";
  return sql;
}

std::vector<std::string> sqlite_statements(const Change& c) {
  std::vector<std::string> out;
  switch (c.kind) {
    case ChangeKind::create_table: {
      const model::Table& t = *c.as<diff::TableRef>().table;
      out.push_back(sqlite_create_table(t, t.name.name));
      break;
    }
    case ChangeKind::drop_table:
      out.push_back("DROP TABLE " + quote_ident(c.as<diff::TableRef>().table->name.name));
      break;
    case ChangeKind::rename_table: {
      const auto& r = c.as<diff::TableRename>();
      out.push_back("ALTER TABLE " + quote_ident(r.from->name.name) + " RENAME TO " + quote_ident(r.to->name.name));
      break;
    }
    case ChangeKind::rebuild_table: rebuild(c.as<diff::TableRebuild>(), out); break;
    case ChangeKind::add_column: {
      const auto& a = c.as<diff::ColumnAdd>();
      std::string sql = "ALTER TABLE " + quote_ident(c.table.name) + " ADD COLUMN " + column_definition(*a.column, "");
      for (const auto* k : a.constraints) {
        if (k->kind == ConstraintKind::check)
          sql += " " + constraint_definition(*k);
        else
          sql += " " + k->definition.text.substr(k->definition.text.find("REFERENCES"));
      }
      out.push_back(sql);
      break;
    }
    case ChangeKind::drop_column:
      out.push_back("ALTER TABLE " + quote_ident(c.table.name) + " DROP COLUMN " +
                    quote_ident(c.as<diff::ColumnDrop>().column->name));
      break;
    case ChangeKind::rename_column: {
      const auto& r = c.as<diff::ColumnChange>();
      out.push_back("ALTER TABLE " + quote_ident(c.table.name) + " RENAME COLUMN " + quote_ident(r.from->name) +
                    " TO " + quote_ident(r.to->name));
      break;
    }
    case ChangeKind::create_index: out.push_back(c.as<diff::IndexRef>().index->definition.text); break;
    case ChangeKind::drop_index:
      out.push_back("DROP INDEX " + quote_ident(c.as<diff::IndexRef>().index->name.name));
      break;
    case ChangeKind::create_view: out.push_back(c.as<diff::ViewRef>().view->query.text); break;
    case ChangeKind::drop_view: out.push_back("DROP VIEW " + quote_ident(c.as<diff::ViewRef>().view->name.name)); break;
    case ChangeKind::create_trigger: out.push_back(c.as<diff::TriggerRef>().trigger->definition.text); break;
    case ChangeKind::drop_trigger:
      out.push_back("DROP TRIGGER " + quote_ident(c.as<diff::TriggerRef>().trigger->name));
      break;
    default: throw std::logic_error("change kind has no SQLite rendering");
  }
  return out;
}

std::vector<RenderedStatement> sqlite_plan(const std::vector<Change>& changes) {
  std::vector<RenderedStatement> out;
  for (size_t i = 0; i < changes.size(); ++i)
    for (auto& s : sqlite_statements(changes[i])) out.push_back({std::move(s), i});
  return out;
}

}  // namespace shale::render
