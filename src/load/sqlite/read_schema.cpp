#include "load/sqlite/read_schema.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "sqlite/table_sql.hpp"
#include "sqlite/tokens.hpp"

namespace shale::load::sqlite {

using shale::sqlite::Database;
using shale::sqlite::Row;

namespace {

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + shale::sqlite::quote_ident(n);
  return out;
}

// Objects of the user's schema: not SQLite's own, not shale's history table.
const char* kUserObjects = "m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.name <> ?1";

struct TableFacts {
  std::vector<Row> columns, foreign_keys, unique_columns;
  bool without_rowid = false, strict = false;
};

model::Constraint make_constraint(model::ConstraintKind kind, std::string name, std::vector<std::string> columns,
                                  const std::string& definition) {
  model::Constraint c;
  c.kind = kind;
  c.name = std::move(name);
  c.columns = std::move(columns);
  c.definition = sqlite_expr(definition);
  return c;
}

std::string fk_action(const std::string& what, const std::string& action) {
  return action == "NO ACTION" ? "" : " ON " + what + " " + action;
}

void add_foreign_keys(model::Table& t, const std::vector<Row>& rows, const shale::sqlite::ParsedTable& parsed,
                      const std::map<std::string, std::vector<std::string>>& primary_keys) {
  // Rows: id, seq, table, from, to, on_update, on_delete, match; SQLite
  // numbers foreign keys from the last declared, so walk ids downwards.
  std::map<int, std::vector<const Row*>, std::greater<int>> by_id;
  for (const auto& r : rows) by_id[r.integer(0)].push_back(&r);
  for (const auto& [id, parts] : by_id) {
    std::vector<std::string> from, to;
    bool implicit_to = false;
    for (const Row* r : parts) {
      from.push_back((*r)[3]);
      if (r->null[4])
        implicit_to = true;
      else
        to.push_back((*r)[4]);
    }
    const Row& first = *parts.front();
    std::string parent = first[2];
    // REFERENCES parent without columns means the parent's primary key.
    if (implicit_to) {
      auto pk = primary_keys.find(shale::sqlite::fold_case(parent));
      to = pk == primary_keys.end() ? std::vector<std::string>{} : pk->second;
    }
    std::string deferrable;
    for (const auto& p : parsed.foreign_keys)
      if (shale::sqlite::fold_case(p.table) == shale::sqlite::fold_case(parent) && p.columns.size() == from.size() &&
          std::equal(from.begin(), from.end(), p.columns.begin(),
                     [](auto& a, auto& b) { return shale::sqlite::fold_case(a) == shale::sqlite::fold_case(b); }))
        deferrable = p.deferrable;
    std::string def = "FOREIGN KEY (" + join(from) + ") REFERENCES " + shale::sqlite::quote_ident(parent) +
                      (to.empty() ? "" : " (" + join(to) + ")") + fk_action("UPDATE", first[5]) +
                      fk_action("DELETE", first[6]) + (first[7] == "NONE" ? "" : " MATCH " + first[7]) +
                      (deferrable.empty() ? "" : " " + deferrable);
    auto c = make_constraint(model::ConstraintKind::foreign_key, "", from, def);
    c.references = {"", parent};
    t.constraints.push_back(std::move(c));
  }
}

// SQLite's grammar for a declared type: names, then optionally
// (signed-number) or (signed-number, signed-number). SQLite accepts more
// (it skips over tokens it does not understand); shale refuses that rather
// than guess how to write it back.
bool plain_type(const std::string& declared) {
  using shale::sqlite::TokenKind;
  auto tokens = shale::sqlite::significant_tokens(declared);
  size_t i = 0;
  auto plain_word = [](const shale::sqlite::Token& t) {
    if (t.kind == TokenKind::word) return true;
    if (t.kind != TokenKind::quoted_ident) return false;
    std::string id = t.ident();
    // A name that could be written bare: it does not start with a digit.
    return !id.empty() && !std::isdigit(static_cast<unsigned char>(id[0])) &&
           std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; });
  };
  while (i < tokens.size() && plain_word(tokens[i])) ++i;
  // SQLite reports `"limit" NUMERIC` as `limit` but `action VARCHAR(20)` as
  // is, so a keyword leading several words cannot be written back reliably.
  if (i > 1 && tokens[0].kind == TokenKind::word &&
      sqlite3_keyword_check(tokens[0].text.data(), int(tokens[0].text.size())))
    return false;
  if (i == tokens.size()) return true;
  auto punct = [&](const char* p) {
    return i < tokens.size() && tokens[i].kind == TokenKind::punct && tokens[i].text == p;
  };
  auto number = [&] {
    if (punct("+") || punct("-")) ++i;
    if (i >= tokens.size() || tokens[i].kind != TokenKind::number) return false;
    ++i;
    return true;
  };
  if (!punct("(")) return false;
  ++i;
  if (!number()) return false;
  if (punct(",")) {
    ++i;
    if (!number()) return false;
  }
  if (!punct(")")) return false;
  return ++i == tokens.size();
}

}  // namespace

std::string canonical_type(const std::string& declared) {
  std::string out;
  for (const auto& tok : shale::sqlite::significant_tokens(declared)) {
    // Quotes do not change a type name (SQLite itself drops some of them;
    // plain_type() admits quoted names of word characters only).
    std::string piece = tok.kind == shale::sqlite::TokenKind::quoted_ident ? tok.ident() : std::string(tok.text);
    for (auto& c : piece) c = char(std::toupper(static_cast<unsigned char>(c)));
    bool word = tok.kind != shale::sqlite::TokenKind::punct;
    if (word && !out.empty() && out.back() != '(' && out.back() != ',') out += ' ';
    if (piece == ",")
      out += ",";
    else
      out += piece;
  }
  return out;
}

model::Expr sqlite_expr(const std::string& text) { return {text, shale::sqlite::canonical(text)}; }

// What the pragmas say of every user table, in a fixed number of queries.
std::map<std::string, TableFacts> read_table_facts(Database& db, const std::vector<std::string>& params) {
  std::map<std::string, TableFacts> facts;  // by lower-case table name
  for (const auto& r :
       db.query(std::string("SELECT m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden"
                            " FROM sqlite_schema m, pragma_table_xinfo(m.name) p WHERE m.type = 'table' AND ") +
                    kUserObjects + " ORDER BY m.name, p.cid",
                params))
    facts[shale::sqlite::fold_case(r[0])].columns.push_back(r);
  for (const auto& r :
       db.query(std::string("SELECT m.name, f.id, f.seq, f.\"table\", f.\"from\", f.\"to\", f.on_update, "
                            "f.on_delete, f.\"match\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f"
                            " WHERE m.type = 'table' AND ") +
                    kUserObjects + " ORDER BY m.name, f.id, f.seq",
                params)) {
    Row fk;
    fk.values.assign(r.values.begin() + 1, r.values.end());
    fk.null.assign(r.null.begin() + 1, r.null.end());
    facts[shale::sqlite::fold_case(r[0])].foreign_keys.push_back(std::move(fk));
  }
  // Unique constraints are the indexes SQLite made for them (origin 'u').
  for (const auto& r :
       db.query(std::string(
                    "SELECT m.name, l.name, x.name, x.coll, x.desc FROM sqlite_schema m, pragma_index_list(m.name) l,"
                    " pragma_index_xinfo(l.name) x WHERE m.type = 'table' AND l.origin = 'u' AND x.key"
                    " AND ") +
                    kUserObjects + " ORDER BY m.name, l.seq DESC, x.seqno",
                params))
    facts[shale::sqlite::fold_case(r[0])].unique_columns.push_back(r);
  for (const auto& r :
       db.query("SELECT name, wr, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")) {
    auto it = facts.find(shale::sqlite::fold_case(r[0]));
    if (it == facts.end()) continue;
    it->second.without_rowid = r[1] == "1";
    it->second.strict = r[2] == "1";
  }
  return facts;
}

// Each table's primary key columns, in key order, by lower-case table name.
std::map<std::string, std::vector<std::string>> primary_keys_of(const std::map<std::string, TableFacts>& facts) {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& [name, f] : facts) {
    std::vector<std::pair<int, std::string>> pk;
    for (const auto& c : f.columns)
      if (c.integer(6) > 0) pk.push_back({c.integer(6), c[2]});
    std::sort(pk.begin(), pk.end());
    for (auto& [_, col] : pk) out[name].push_back(col);
  }
  return out;
}

model::Column column_of(const Row& c, const std::string& table, const shale::sqlite::ParsedTable& parsed,
                        model::Table& t) {
  model::Column col;
  col.name = c[2];
  if (!plain_type(c[3]))
    throw UserError("table " + table + ", column " + col.name + ": declared type \"" + c[3] +
                    "\" is not supported (shale reads type names with an optional (n) or (n, m))");
  col.type = canonical_type(c[3]);
  col.not_null = c[4] == "1";
  if (!c.null[5]) col.default_value = sqlite_expr(c[5]);
  if (const auto* p = parsed.column(col.name)) {
    col.collation = p->collation;
    col.renamed_from = p->renamed_from;
    if (p->autoincrement) t.autoincrement = true;
    if (!p->generated.empty()) {
      col.generated = sqlite_expr(p->generated);
      col.generated_virtual = !p->generated_stored;
    }
  }
  return col;
}

// The unique constraints, one per index SQLite made for them, with each
// key's collation and order, which the index keeps.
void add_unique_constraints(model::Table& t, const std::vector<Row>& unique_columns) {
  std::vector<std::string> unique;
  std::string keys;
  for (size_t i = 0; i < unique_columns.size(); ++i) {
    const Row& key = unique_columns[i];
    unique.push_back(key[2]);
    keys += (keys.empty() ? "" : ", ") + shale::sqlite::quote_ident(key[2]) +
            (key[3] == "BINARY" ? "" : " COLLATE " + key[3]) + (key[4] == "1" ? " DESC" : "");
    if (i + 1 == unique_columns.size() || unique_columns[i + 1][1] != key[1]) {
      t.constraints.push_back(make_constraint(model::ConstraintKind::unique, "", unique, "UNIQUE (" + keys + ")"));
      unique.clear();
      keys.clear();
    }
  }
}

model::Table table_of(const std::string& name, const std::string& sql, const TableFacts& f,
                      const std::map<std::string, std::vector<std::string>>& primary_keys, const ReadOptions& options) {
  if (sql.rfind("CREATE VIRTUAL TABLE", 0) == 0)
    throw UserError("virtual table " + name + " is not supported by shale's SQLite dialect");
  auto parsed = shale::sqlite::parse_create_table(sql);
  if (!parsed.unsupported.empty())
    throw UserError("table " + name + ": " + parsed.unsupported.front() + " is not supported by shale",
                    options.created_at ? options.created_at(name) : SourcePos{});
  model::Table t;
  t.name = {"", name};
  t.without_rowid = f.without_rowid;
  t.strict = f.strict;
  for (const auto& c : f.columns) t.columns.push_back(column_of(c, name, parsed, t));
  auto pk = primary_keys.find(shale::sqlite::fold_case(name));
  if (pk != primary_keys.end() && !pk->second.empty())
    t.constraints.push_back(
        make_constraint(model::ConstraintKind::primary_key, "", pk->second, "PRIMARY KEY (" + join(pk->second) + ")"));
  add_unique_constraints(t, f.unique_columns);
  for (const auto& check : parsed.checks)
    t.constraints.push_back(make_constraint(model::ConstraintKind::check, check.name, {}, check.expr));
  add_foreign_keys(t, f.foreign_keys, parsed, primary_keys);
  return t;
}

model::Schema read_schema(Database& db, const ReadOptions& options) {
  const std::vector<std::string> params{options.history_table};
  model::Schema schema;
  std::map<std::string, TableFacts> facts = read_table_facts(db, params);
  std::map<std::string, std::vector<std::string>> primary_keys = primary_keys_of(facts);
  for (const auto& r : db.query(std::string("SELECT m.type, m.name, m.tbl_name, m.sql FROM sqlite_schema m WHERE ") +
                                    kUserObjects + " ORDER BY m.rowid",
                                params)) {
    const std::string &type = r[0], &name = r[1], &sql = r[3];
    if (type == "table") {
      schema.tables.push_back(table_of(name, sql, facts[shale::sqlite::fold_case(name)], primary_keys, options));
    } else if (type == "index") {
      if (r.null[3]) continue;  // made by a PRIMARY KEY or UNIQUE constraint, which the table carries
      model::Index ix;
      ix.name = {"", name};
      ix.table = {"", r[2]};
      ix.definition = sqlite_expr(sql);
      auto tokens = shale::sqlite::significant_tokens(sql);
      ix.unique = tokens.size() > 1 && tokens[1].is("UNIQUE");
      schema.indexes.push_back(std::move(ix));
    } else if (type == "view") {
      model::View v;
      v.name = {"", name};
      v.query = sqlite_expr(sql);
      schema.views.push_back(std::move(v));
    } else if (type == "trigger") {
      model::Trigger tr;
      tr.table = {"", r[2]};
      tr.name = name;
      tr.definition = sqlite_expr(sql);
      schema.triggers.push_back(std::move(tr));
    }
  }
  // sqlite_schema lists objects in creation order, which a rebuild changes;
  // tables and indexes need no order among themselves (foreign keys may point
  // forward), so sort them and the canonical SQL stays put. Views keep their
  // order: one may select from an earlier one.
  auto by_name = [](const auto& a, const auto& b) {
    return shale::sqlite::fold_case(a.name.name) < shale::sqlite::fold_case(b.name.name);
  };
  std::stable_sort(schema.tables.begin(), schema.tables.end(), by_name);
  std::stable_sort(schema.indexes.begin(), schema.indexes.end(), by_name);
  return schema;
}

}  // namespace shale::load::sqlite
