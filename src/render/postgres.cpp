#include "render/postgres.hpp"

#include <algorithm>
#include <cctype>

#include "pgsql/quote.hpp"
#include "pgsql/sequence_rules.hpp"
#include "pgsql/type_changes.hpp"
#include "pgsql/type_names.hpp"
#include "pgsql/view_options.hpp"
#include "render/postgres_domains.hpp"
#include "render/postgres_partitions.hpp"
#include "render/postgres_security.hpp"

namespace shale::render {

using diff::Change;
using diff::ChangeKind;
using model::QName;
using pgsql::quote_ident;
using pgsql::quote_literal;

namespace {

// Objects in public are written unqualified, like users write them.
std::string qn(const QName& n) {
  if (n.schema.empty() || n.schema == "public") return quote_ident(n.name);
  return pgsql::quote_qualified(n.schema, n.name);
}

// Sequence options that differ from CREATE SEQUENCE's defaults for the type.
std::vector<std::string> sequence_clause_list(const model::SequenceOptions& o, bool all) {
  int64_t dmin = pgsql::default_min(o.type, o.increment);
  int64_t dmax = pgsql::default_max(o.type, o.increment);
  int64_t dstart = pgsql::default_start(o);
  std::vector<std::string> parts;
  if (all || o.increment != 1) parts.push_back("INCREMENT BY " + std::to_string(o.increment));
  if (all || o.min != dmin) parts.push_back("MINVALUE " + std::to_string(o.min));
  if (all || o.max != dmax) parts.push_back("MAXVALUE " + std::to_string(o.max));
  if (all || o.start != dstart) parts.push_back("START WITH " + std::to_string(o.start));
  if (all || o.cache != 1) parts.push_back("CACHE " + std::to_string(o.cache));
  if (all || o.cycle) parts.push_back(o.cycle ? "CYCLE" : "NO CYCLE");
  return parts;
}

std::string sequence_clauses(const model::SequenceOptions& o, bool all) {
  std::string out;
  for (const auto& p : sequence_clause_list(o, all)) out += (out.empty() ? "" : " ") + p;
  return out;
}

std::string identity_clause(const model::Column& c) {
  std::string out = std::string("GENERATED ") + (c.identity == 'a' ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY";
  std::string opts = sequence_clauses(c.identity_options, false);
  if (!opts.empty()) out += " (" + opts + ")";
  return out;
}

std::string alter_table(const QName& t) { return "ALTER TABLE " + qn(t) + " "; }

// A default is a b_expr in PostgreSQL's grammar, which takes no AND, OR, NOT,
// IS, LIKE, IN, BETWEEN … outside parentheses: such an expression (deparsed
// without them) is written in parentheses, which PostgreSQL drops on storage.
std::string default_sql(const model::Expr& e) {
  static const char* const kNotInBExpr[] = {"AND",   "OR",      "NOT",     "IS", "ISNULL",  "NOTNULL", "LIKE",
                                            "ILIKE", "SIMILAR", "BETWEEN", "IN", "COLLATE", "AT",      "OVERLAPS"};
  const std::string& t = e.text;
  int depth = 0;
  char quote = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    char ch = t[i];
    if (quote) {
      if (ch == quote) quote = 0;
      continue;
    }
    if (ch == '\'' || ch == '"')
      quote = ch;
    else if (ch == '(' || ch == '[')
      ++depth;
    else if (ch == ')' || ch == ']')
      --depth;
    else if (depth == 0 && std::isalpha(static_cast<unsigned char>(ch)) &&
             (i == 0 || (!std::isalnum(static_cast<unsigned char>(t[i - 1])) && t[i - 1] != '_'))) {
      size_t end = i;
      while (end < t.size() && (std::isalnum(static_cast<unsigned char>(t[end])) || t[end] == '_')) ++end;
      std::string word = t.substr(i, end - i);
      for (auto& c : word) c = char(std::toupper(static_cast<unsigned char>(c)));
      for (const char* k : kNotInBExpr)
        if (word == k) return "(" + t + ")";
      i = end - 1;
    }
  }
  return t;
}

std::string invalid_note(const model::Index& ix) {
  return ix.valid ? ""
                  : "-- INVALID: left by a failed CREATE INDEX CONCURRENTLY; it is never used, only kept up to date\n";
}

std::string comment_sql(const diff::Comment& c) {
  const diff::CommentTarget& t = c.target;
  std::string target;
  if (t.kind == "SCHEMA")
    target = quote_ident(t.object.name);
  else if (t.kind == "COLUMN")
    target = qn(t.object) + "." + quote_ident(t.member);
  else if (t.kind == "CONSTRAINT" || t.kind == "TRIGGER" || t.kind == "POLICY")
    target = quote_ident(t.member) + " ON " + qn(t.object);
  else if (t.kind == "FUNCTION" || t.kind == "PROCEDURE")
    target = qn(t.object) + t.member;  // member: "(integer, text)"
  else
    target = qn(t.object);
  return "COMMENT ON " + t.kind + " " + target + " IS " + (c.text.empty() ? "NULL" : quote_literal(c.text));
}

// ALTER <kind> … OWNER TO: the object named as COMMENT ON names it.
std::string owner_sql(const diff::OwnerChange& c) {
  const diff::CommentTarget& t = c.target;
  std::string target =
      t.kind == "SCHEMA" ? quote_ident(t.object.name) : qn(t.object) + t.member;  // member: "(integer, text)"
  return "ALTER " + t.kind + " " + target + " OWNER TO " + quote_ident(c.owner);
}

// The sequence of a serial column (its default is nextval of it); nullptr for another default.
const model::QName* serial_sequence(const model::Column& c) {
  if (c.default_value.text.rfind("nextval(", 0) != 0) return nullptr;
  for (const auto& r : c.depends_on)
    if (r.kind == model::RefKind::relation) return &r.name;
  return nullptr;
}

void alter_column(const Change& c, std::vector<std::string>& out) {
  const auto& change = c.as<diff::ColumnChange>();
  const model::Column& a = *change.from;
  const model::Column& b = *change.to;
  std::string at = alter_table(c.table) + "ALTER COLUMN " + quote_ident(b.name) + " ";
  bool type = a.type != b.type || a.collation != b.collation;
  bool default_changes = a.default_value != b.default_value;
  std::string column_sequence = "pg_get_serial_sequence(" +
                                quote_literal(pgsql::quote_qualified(c.table.schema, c.table.name)) + ", " +
                                quote_literal(b.name) + ")";
  const model::QName* old_serial = a.identity || b.identity ? serial_sequence(a) : nullptr;
  const model::QName* new_serial = a.identity && !b.identity ? serial_sequence(b) : nullptr;
  if (!a.default_value.empty() && (default_changes || type)) out.push_back(at + "DROP DEFAULT");
  // Between serial and identity the new sequence goes on from where the old
  // one was, so the next insert does not collide with rows already numbered
  // (pg_sequence_last_value is NULL for a sequence never used: setval then does nothing).
  if (new_serial)
    out.push_back("SELECT setval(" + quote_literal(pgsql::quote_qualified(new_serial->schema, new_serial->name)) +
                  ", pg_sequence_last_value(" + column_sequence + "))");
  if (a.identity && !b.identity) out.push_back(at + "DROP IDENTITY");
  if (type) {
    std::string t = "TYPE " + b.type;
    if (!b.collation.empty()) t += " COLLATE " + quote_ident(b.collation);
    // A change PostgreSQL makes without a rewrite is left without USING, as
    // the plain binary-coercible change it is.
    bool rewrite = a.collation != b.collation || !pgsql::changes_without_rewrite(a.type, b.type);
    out.push_back(at + t + (rewrite ? " USING " + quote_ident(b.name) + "::" + b.type : ""));
  }
  if (!a.not_null && b.not_null && !change.not_null_by_check) out.push_back(at + "SET NOT NULL");
  if (!a.identity && b.identity) {
    // The serial's sequence stops belonging to the column first, so that
    // pg_get_serial_sequence finds the identity's.
    if (old_serial) out.push_back("ALTER SEQUENCE " + qn(*old_serial) + " OWNED BY NONE");
    out.push_back(at + "ADD " + identity_clause(b));
    if (old_serial)
      out.push_back("SELECT setval(" + column_sequence + ", pg_sequence_last_value(" +
                    quote_literal(pgsql::quote_qualified(old_serial->schema, old_serial->name)) + "))");
  } else if (a.identity && b.identity) {
    if (a.identity != b.identity) out.push_back(at + "SET GENERATED " + (b.identity == 'a' ? "ALWAYS" : "BY DEFAULT"));
    if (a.identity_options != b.identity_options) {
      // ALTER COLUMN … takes each sequence option after its own SET.
      std::string set;
      for (const auto& clause : sequence_clause_list(b.identity_options, true)) set += " SET " + clause;
      out.push_back(at.substr(0, at.size() - 1) + set);
    }
  }
  if (!b.default_value.empty() && (default_changes || type))
    out.push_back(at + "SET DEFAULT " + default_sql(b.default_value));
  if (a.not_null && !b.not_null) out.push_back(at + "DROP NOT NULL");
}

std::string add_enum_value(const diff::EnumValueAdd& c) {
  const auto& values = c.to->values;
  const auto& old = c.from->values;
  size_t i = std::find(values.begin(), values.end(), c.value) - values.begin();
  std::string sql = "ALTER TYPE " + qn(c.to->name) + " ADD VALUE " + quote_literal(c.value);
  if (old.empty() || i + 1 == values.size()) return sql;
  if (i > 0) return sql + " AFTER " + quote_literal(values[i - 1]);
  return sql + " BEFORE " + quote_literal(old.front());
}

void rebuild_enum(const diff::EnumRebuild& c, std::vector<std::string>& out) {
  const QName& name = c.to->name;
  QName old{name.schema, name.name + "__shale_old"};
  out.push_back("ALTER TYPE " + qn(name) + " RENAME TO " + quote_ident(old.name));
  std::string values;
  for (const auto& v : c.to->values) values += (values.empty() ? "" : ", ") + quote_literal(v);
  out.push_back("CREATE TYPE " + qn(name) + " AS ENUM (" + values + ")");
  std::string type = pgsql::quote_qualified(name.schema, name.name);
  for (const model::Table* t : c.users) {
    for (const auto& col : t->columns) {
      if (col.type != type && col.type != type + "[]") continue;
      std::string at = alter_table(t->name) + "ALTER COLUMN " + quote_ident(col.name) + " ";
      if (!col.default_value.empty()) out.push_back(at + "DROP DEFAULT");
      out.push_back(at + "TYPE " + col.type + " USING " + quote_ident(col.name) + "::text::" + col.type);
      if (!col.default_value.empty()) out.push_back(at + "SET DEFAULT " + default_sql(col.default_value));
    }
  }
  out.push_back("DROP TYPE " + qn(old));
}

// " WITH (security_barrier=true)" for a view with options; "" otherwise.
std::string view_with(const model::View& v) {
  return v.options.empty() ? "" : " WITH (" + pgsql::view_options_sql(v.options) + ")";
}

std::string create_table(const model::Table& t) {
  if (t.is_partition()) return create_partition(t);
  std::string sql = std::string(t.unlogged ? "CREATE UNLOGGED TABLE " : "CREATE TABLE ") + qn(t.name) + " (";
  bool first = true;
  for (const auto& c : t.columns) {
    sql += std::string(first ? "" : ",") + "\n    " + postgres_column(c);
    first = false;
  }
  for (const auto& k : t.constraints) {
    if (k.kind == model::ConstraintKind::foreign_key || !k.valid) continue;  // added after it (diff.cpp)
    sql += std::string(first ? "" : ",") + "\n    CONSTRAINT " + quote_ident(k.name) + " " + k.definition.text;
    first = false;
  }
  return sql + "\n)" + inherits_clause(t) + partition_by(t) + with_clause(t.storage_parameters);
}

// "UNIQUE NULLS NOT DISTINCT (a, b) INCLUDE (c) DEFERRABLE" → its parts, for
// the unique index an online plan builds first and the USING INDEX that adopts it.
struct KeyParts {
  std::string columns;  // "(a, b)"
  std::string include;  // " INCLUDE (c)" or ""
  bool nulls_not_distinct = false;
  std::string timing;  // " DEFERRABLE INITIALLY DEFERRED" or ""
};

// The parenthesised group starting at `open`, through its closing parenthesis.
std::string group_at(const std::string& s, size_t open) {
  int depth = 0;
  bool quoted = false;
  for (size_t i = open; i < s.size(); ++i) {
    if (s[i] == '"') quoted = !quoted;
    if (quoted) continue;
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && --depth == 0) return s.substr(open, i + 1 - open);
  }
  return s.substr(open);
}

KeyParts key_parts(const model::Constraint& k) {
  const std::string& d = k.definition.text;
  KeyParts p;
  p.nulls_not_distinct = d.find("NULLS NOT DISTINCT") != std::string::npos;
  size_t open = d.find('(');
  p.columns = group_at(d, open);
  size_t rest = open + p.columns.size();
  size_t include = d.find(" INCLUDE (", rest);
  if (include != std::string::npos) {
    p.include = " INCLUDE " + group_at(d, include + 9);
    rest = include + p.include.size();
  }
  p.timing = d.substr(std::min(rest, d.size()));
  return p;
}

std::string build_constraint_index(const diff::ConstraintRef& c) {
  KeyParts p = key_parts(*c.constraint);
  return "CREATE UNIQUE INDEX CONCURRENTLY " + quote_ident(c.constraint->name) + " ON " + qn(c.table->name) + " " +
         p.columns + p.include + (p.nulls_not_distinct ? " NULLS NOT DISTINCT" : "");
}

std::string add_constraint_using_index(const diff::ConstraintRef& c) {
  const model::Constraint& k = *c.constraint;
  std::string kind = k.kind == model::ConstraintKind::primary_key ? "PRIMARY KEY" : "UNIQUE";
  return alter_table(c.table->name) + "ADD CONSTRAINT " + quote_ident(k.name) + " " + kind + " USING INDEX " +
         quote_ident(k.name) + key_parts(k).timing;
}

// "CREATE [UNIQUE] INDEX name …" → "CREATE [UNIQUE] INDEX CONCURRENTLY name …".
std::string concurrently(const std::string& create_index) {
  size_t at = create_index.find("INDEX ");
  return at == std::string::npos ? create_index
                                 : create_index.substr(0, at + 6) + "CONCURRENTLY " + create_index.substr(at + 6);
}

std::string sequence_statement(const char* verb, const model::Sequence& s) {
  return verb + qn(s.name) + " AS " + s.options.type + " " + sequence_clauses(s.options, true);
}

}  // namespace

std::string postgres_column(const model::Column& c) {
  std::string sql = quote_ident(c.name) + " " + c.type;
  if (!c.collation.empty()) sql += " COLLATE " + quote_ident(c.collation);
  if (!c.generated.empty()) sql += " GENERATED ALWAYS AS (" + c.generated.text + ") STORED";
  if (c.identity) sql += " " + identity_clause(c);
  if (!c.default_value.empty()) sql += " DEFAULT " + default_sql(c.default_value);
  if (c.not_null && !c.identity) sql += " NOT NULL";
  return sql;
}

namespace {

// Schemas, extensions and enums.
void schema_extension_enum_statements(const Change& c, std::vector<std::string>& out) {
  using namespace diff;
  switch (c.kind) {
    case ChangeKind::create_schema: out.push_back("CREATE SCHEMA " + quote_ident(c.as<SchemaName>().name)); break;
    case ChangeKind::drop_schema: out.push_back("DROP SCHEMA " + quote_ident(c.as<SchemaName>().name)); break;
    case ChangeKind::create_extension: {
      const model::Extension& e = *c.as<ExtensionRef>().extension;
      out.push_back("CREATE EXTENSION IF NOT EXISTS " + quote_ident(e.name) + " WITH SCHEMA " + quote_ident(e.schema) +
                    (e.version.empty() ? "" : " VERSION " + quote_literal(e.version)));
      break;
    }
    case ChangeKind::update_extension:
      out.push_back("ALTER EXTENSION " + quote_ident(c.as<ExtensionUpdate>().to->name) + " UPDATE TO " +
                    quote_literal(c.as<ExtensionUpdate>().to->version));
      break;
    case ChangeKind::drop_extension:
      out.push_back("DROP EXTENSION " + quote_ident(c.as<ExtensionRef>().extension->name));
      break;
    case ChangeKind::create_enum: {
      const model::Enum& e = *c.as<EnumRef>().type;
      std::string values;
      for (const auto& v : e.values) values += (values.empty() ? "" : ", ") + quote_literal(v);
      out.push_back("CREATE TYPE " + qn(e.name) + " AS ENUM (" + values + ")");
      break;
    }
    case ChangeKind::drop_enum: out.push_back("DROP TYPE " + qn(c.as<EnumRef>().type->name)); break;
    case ChangeKind::add_enum_value: out.push_back(add_enum_value(c.as<EnumValueAdd>())); break;
    case ChangeKind::rebuild_enum: rebuild_enum(c.as<EnumRebuild>(), out); break;
    default: break;
  }
}

// Sequences and functions.
void sequence_function_statements(const Change& c, std::vector<std::string>& out) {
  using namespace diff;
  switch (c.kind) {
    case ChangeKind::create_sequence:
      out.push_back(sequence_statement("CREATE SEQUENCE ", *c.as<SequenceRef>().sequence));
      break;
    case ChangeKind::alter_sequence:
      out.push_back(sequence_statement("ALTER SEQUENCE ", *c.as<SequenceAlter>().to));
      break;
    case ChangeKind::drop_sequence: out.push_back("DROP SEQUENCE " + qn(c.as<SequenceRef>().sequence->name)); break;
    case ChangeKind::set_sequence_owner: {
      const model::Sequence& s = *c.as<SequenceRef>().sequence;
      std::string owner = s.owned_by_table.empty()
                              ? "NONE"
                              : qn({s.name.schema, s.owned_by_table}) + "." + quote_ident(s.owned_by_column);
      out.push_back("ALTER SEQUENCE " + qn(s.name) + " OWNED BY " + owner);
      break;
    }
    case ChangeKind::create_function:
    case ChangeKind::replace_function: {
      std::string text = c.as<FunctionRef>().function->definition.text;
      while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == ';')) text.pop_back();
      out.push_back(text);
      break;
    }
    case ChangeKind::drop_function: {
      const model::Function& f = *c.as<FunctionRef>().function;
      out.push_back(std::string(f.is_procedure ? "DROP PROCEDURE " : "DROP FUNCTION ") + qn(f.name) + f.identity_args);
      break;
    }
    default: break;
  }
}

// Tables, their columns, partitions, inheritance and storage.
void table_column_statements(const Change& c, std::vector<std::string>& out) {
  using namespace diff;
  switch (c.kind) {
    case ChangeKind::create_table: out.push_back(create_table(*c.as<TableRef>().table)); break;
    case ChangeKind::drop_table: out.push_back("DROP TABLE " + qn(c.as<TableRef>().table->name)); break;
    case ChangeKind::rename_table: {
      const auto& r = c.as<TableRename>();
      out.push_back(alter_table(r.from->name) + "RENAME TO " + quote_ident(r.to->name.name));
      break;
    }
    case ChangeKind::rebuild_table: throw std::logic_error("rebuild_table is a SQLite change");
    case ChangeKind::add_column:
      out.push_back(alter_table(c.table) + "ADD COLUMN " + postgres_column(*c.as<ColumnAdd>().column));
      break;
    case ChangeKind::drop_column:
      out.push_back(alter_table(c.table) + "DROP COLUMN " + quote_ident(c.as<ColumnDrop>().column->name));
      break;
    case ChangeKind::rename_column: {
      const auto& r = c.as<ColumnChange>();
      out.push_back(alter_table(c.table) + "RENAME COLUMN " + quote_ident(r.from->name) + " TO " +
                    quote_ident(r.to->name));
      break;
    }
    case ChangeKind::alter_column: alter_column(c, out); break;
    case ChangeKind::detach_partition: out.push_back(detach_partition(*c.as<TableRef>().table)); break;
    case ChangeKind::attach_partition: out.push_back(attach_partition(*c.as<TableRef>().table)); break;
    case ChangeKind::add_inherit:
      out.push_back(alter_table(c.table) + "INHERIT " + qn(c.as<diff::InheritChange>().parent));
      break;
    case ChangeKind::set_storage_parameters: storage_parameter_changes(c.as<diff::StorageParameters>(), out); break;
    case ChangeKind::set_logged:
      out.push_back(alter_table(c.table) + (c.as<TableRef>().table->unlogged ? "SET UNLOGGED" : "SET LOGGED"));
      break;
    case ChangeKind::drop_inherit:
      out.push_back(alter_table(c.table) + "NO INHERIT " + qn(c.as<diff::InheritChange>().parent));
      break;
    default: break;
  }
}

// Constraints and indexes.
void constraint_index_statements(const Change& c, std::vector<std::string>& out) {
  using namespace diff;
  switch (c.kind) {
    case ChangeKind::add_constraint: {
      const model::Constraint& k = *c.as<ConstraintRef>().constraint;
      out.push_back(alter_table(c.table) + "ADD CONSTRAINT " + quote_ident(k.name) + " " + k.definition.text);
      break;
    }
    case ChangeKind::drop_constraint: {
      const auto& d = c.as<ConstraintRef>();
      out.push_back(alter_table(d.table->name) + "DROP CONSTRAINT " + quote_ident(d.constraint->name));
      break;
    }
    case ChangeKind::rename_constraint: {
      const auto& r = c.as<ConstraintRename>();
      out.push_back(alter_table(c.table) + "RENAME CONSTRAINT " + quote_ident(r.old_name) + " TO " +
                    quote_ident(r.constraint->name));
      break;
    }
    // An INVALID index (a failed CREATE INDEX CONCURRENTLY) says so where it
    // shows: in `inspect` (created from a live database) and in the plan that drops it.
    case ChangeKind::create_index: {
      const model::Index& ix = *c.as<IndexRef>().index;
      out.push_back(invalid_note(ix) + ix.definition.text);
      break;
    }
    case ChangeKind::drop_index: {
      const model::Index& ix = *c.as<IndexRef>().index;
      out.push_back(invalid_note(ix) + "DROP INDEX " + qn(ix.name));
      break;
    }
    case ChangeKind::create_index_concurrently:
      out.push_back(concurrently(c.as<IndexRef>().index->definition.text));
      break;
    case ChangeKind::drop_index_concurrently: {
      const model::Index& ix = *c.as<IndexRef>().index;
      out.push_back(invalid_note(ix) + "DROP INDEX CONCURRENTLY " + qn(ix.name));
      break;
    }
    case ChangeKind::build_constraint_index: out.push_back(build_constraint_index(c.as<ConstraintRef>())); break;
    case ChangeKind::add_constraint_using_index:
      out.push_back(add_constraint_using_index(c.as<ConstraintRef>()));
      break;
    case ChangeKind::add_constraint_not_valid: {
      const model::Constraint& k = *c.as<ConstraintRef>().constraint;
      out.push_back(alter_table(c.table) + "ADD CONSTRAINT " + quote_ident(k.name) + " " + k.definition.text +
                    " NOT VALID");
      break;
    }
    case ChangeKind::validate_constraint:
      out.push_back(alter_table(c.table) + "VALIDATE CONSTRAINT " +
                    quote_ident(c.as<ConstraintRef>().constraint->name));
      break;
    case ChangeKind::add_not_null_check: {
      const model::Column& col = *c.as<ColumnChange>().to;
      out.push_back(alter_table(c.table) + "ADD CONSTRAINT " +
                    quote_ident(diff::not_null_check_name(c.table, col.name)) + " CHECK (" + quote_ident(col.name) +
                    " IS NOT NULL) NOT VALID");
      break;
    }
    case ChangeKind::set_not_null_checked: {
      // PostgreSQL 12+ skips the scan of SET NOT NULL when a valid check proves it.
      const model::Column& col = *c.as<ColumnChange>().to;
      std::string check = quote_ident(diff::not_null_check_name(c.table, col.name));
      out.push_back(alter_table(c.table) + "VALIDATE CONSTRAINT " + check);
      out.push_back(alter_table(c.table) + "ALTER COLUMN " + quote_ident(col.name) + " SET NOT NULL");
      out.push_back(alter_table(c.table) + "DROP CONSTRAINT " + check);
      break;
    }
    default: break;
  }
}

// Views, materialized views and triggers.
void view_trigger_statements(const Change& c, std::vector<std::string>& out) {
  using namespace diff;
  switch (c.kind) {
    case ChangeKind::create_view: {
      const model::View& v = *c.as<ViewRef>().view;
      out.push_back(std::string("CREATE ") + (v.materialized ? "MATERIALIZED " : "") + "VIEW " + qn(v.name) +
                    view_with(v) + with_clause(v.storage_parameters) + " AS " + v.query.text +
                    (v.with_data ? "" : " WITH NO DATA"));
      break;
    }
    case ChangeKind::replace_view: {
      // CREATE OR REPLACE sets every option anew: they are written again.
      const model::View& v = *c.as<ViewRef>().view;
      out.push_back("CREATE OR REPLACE VIEW " + qn(v.name) + view_with(v) + " AS " + v.query.text);
      break;
    }
    case ChangeKind::alter_view_options: {
      const auto& a = c.as<ViewAlter>();
      std::string reset;
      for (const auto& [name, value] : a.from->options)
        if (!a.to->options.count(name)) reset += (reset.empty() ? "" : ", ") + name;
      pgsql::ViewOptions set;
      for (const auto& [name, value] : a.to->options)
        if (a.from->options.count(name) == 0 || a.from->options.at(name) != value) set[name] = value;
      if (!reset.empty()) out.push_back("ALTER VIEW " + qn(a.to->name) + " RESET (" + reset + ")");
      if (!set.empty()) out.push_back("ALTER VIEW " + qn(a.to->name) + " SET (" + pgsql::view_options_sql(set) + ")");
      break;
    }
    case ChangeKind::refresh_materialized_view:
      out.push_back("REFRESH MATERIALIZED VIEW " + qn(c.as<ViewRef>().view->name));
      break;
    case ChangeKind::drop_view: {
      const model::View& v = *c.as<ViewRef>().view;
      out.push_back(std::string("DROP ") + (v.materialized ? "MATERIALIZED " : "") + "VIEW " + qn(v.name));
      break;
    }
    case ChangeKind::create_trigger: out.push_back(c.as<TriggerRef>().trigger->definition.text); break;
    case ChangeKind::drop_trigger: {
      const model::Trigger& t = *c.as<TriggerRef>().trigger;
      out.push_back("DROP TRIGGER " + quote_ident(t.name) + " ON " + qn(t.table));
      break;
    }
    default: break;
  }
}

}  // namespace

// The kinds are grouped by family in the helpers above; this switch names
// every kind, so a new one is not forgotten.
std::vector<std::string> postgres_statements(const Change& c) {
  using namespace diff;
  std::vector<std::string> out;
  switch (c.kind) {
    case ChangeKind::create_schema:
    case ChangeKind::drop_schema:
    case ChangeKind::create_extension:
    case ChangeKind::update_extension:
    case ChangeKind::drop_extension:
    case ChangeKind::create_enum:
    case ChangeKind::drop_enum:
    case ChangeKind::add_enum_value:
    case ChangeKind::rebuild_enum: schema_extension_enum_statements(c, out); break;
    case ChangeKind::create_sequence:
    case ChangeKind::alter_sequence:
    case ChangeKind::drop_sequence:
    case ChangeKind::set_sequence_owner:
    case ChangeKind::create_function:
    case ChangeKind::replace_function:
    case ChangeKind::drop_function: sequence_function_statements(c, out); break;
    case ChangeKind::create_table:
    case ChangeKind::drop_table:
    case ChangeKind::rename_table:
    case ChangeKind::rebuild_table:
    case ChangeKind::add_column:
    case ChangeKind::drop_column:
    case ChangeKind::rename_column:
    case ChangeKind::alter_column:
    case ChangeKind::detach_partition:
    case ChangeKind::attach_partition:
    case ChangeKind::add_inherit:
    case ChangeKind::set_storage_parameters:
    case ChangeKind::set_logged:
    case ChangeKind::drop_inherit: table_column_statements(c, out); break;
    case ChangeKind::add_constraint:
    case ChangeKind::drop_constraint:
    case ChangeKind::rename_constraint:
    case ChangeKind::create_index:
    case ChangeKind::drop_index:
    case ChangeKind::create_index_concurrently:
    case ChangeKind::drop_index_concurrently:
    case ChangeKind::build_constraint_index:
    case ChangeKind::add_constraint_using_index:
    case ChangeKind::add_constraint_not_valid:
    case ChangeKind::validate_constraint:
    case ChangeKind::add_not_null_check:
    case ChangeKind::set_not_null_checked: constraint_index_statements(c, out); break;
    case ChangeKind::create_view:
    case ChangeKind::replace_view:
    case ChangeKind::alter_view_options:
    case ChangeKind::refresh_materialized_view:
    case ChangeKind::drop_view:
    case ChangeKind::create_trigger:
    case ChangeKind::drop_trigger: view_trigger_statements(c, out); break;
    case ChangeKind::create_domain:
    case ChangeKind::drop_domain:
    case ChangeKind::alter_domain:
    case ChangeKind::create_composite_type:
    case ChangeKind::drop_composite_type:
    case ChangeKind::alter_composite_type:
    case ChangeKind::create_range_type:
    case ChangeKind::drop_range_type:
    case ChangeKind::create_collation:
    case ChangeKind::drop_collation: postgres_domain_statements(c, out); break;
    case ChangeKind::set_comment: out.push_back(comment_sql(c.as<Comment>())); break;
    case ChangeKind::set_row_security:
    case ChangeKind::create_policy:
    case ChangeKind::alter_policy:
    case ChangeKind::drop_policy: postgres_security_statements(c, out); break;
    case ChangeKind::grant_privileges:
    case ChangeKind::revoke_privileges:
      out.push_back(privilege_sql(c.kind == ChangeKind::grant_privileges, c.as<diff::PrivilegeChange>()));
      break;
    case ChangeKind::set_owner: out.push_back(owner_sql(c.as<diff::OwnerChange>())); break;
  }
  return out;
}

std::vector<RenderedStatement> postgres_plan(const std::vector<Change>& changes) {
  std::vector<RenderedStatement> out;
  bool functions = std::any_of(changes.begin(), changes.end(), [](const Change& c) {
    return c.kind == ChangeKind::create_function || c.kind == ChangeKind::replace_function;
  });
  if (functions) out.push_back({"SET check_function_bodies = false", 0});
  for (size_t i = 0; i < changes.size(); ++i)
    for (auto& s : postgres_statements(changes[i])) out.push_back({std::move(s), i});
  return out;
}

std::string postgres_script(const std::vector<Change>& changes) {
  std::string out;
  for (const auto& s : postgres_plan(changes)) out += s.sql + ";\n";
  return out;
}

}  // namespace shale::render
