#include "pgsql/type_names.hpp"

#include <map>
#include <set>

#include "pgsql/quote.hpp"

namespace shale::pgsql {

namespace {

// Built-in types whose format_type() name is the catalog name itself.
// (a word list, packed by hand)
// clang-format off
const std::set<std::string> kPlainBuiltins = {
    "text", "name", "bytea", "date", "uuid", "json", "jsonb", "xml", "inet", "cidr", "macaddr",
    "macaddr8", "money", "tsvector", "tsquery", "point", "line", "lseg", "box", "path", "polygon",
    "circle", "oid", "regclass", "regtype", "regproc", "int4range", "int8range", "numrange",
    "tsrange", "tstzrange", "daterange", "int4multirange", "int8multirange", "nummultirange",
    "tsmultirange", "tstzmultirange", "datemultirange", "pg_lsn", "txid_snapshot", "pg_snapshot",
    "jsonpath", "record", "void", "trigger", "anyelement", "anyarray", "cstring", "xid", "cid",
    "tid", "bpchar", "\"char\"", "char", "refcursor", "regconfig", "regdictionary", "regnamespace",
    "regrole", "regoper", "regprocedure"};
// clang-format on

// Built-in types without a typmod input function: a modifier is an error.
const std::set<std::string> kNoModifiers = {"smallint", "integer", "bigint", "real", "double precision", "boolean"};

// Catalog names with a different format_type() spelling.
// (a word list, packed by hand)
// clang-format off
const std::map<std::string, std::string> kRenamed = {
    {"int2", "smallint"}, {"int4", "integer"}, {"int8", "bigint"}, {"float4", "real"},
    {"float8", "double precision"}, {"bool", "boolean"}, {"varchar", "character varying"},
    {"varbit", "bit varying"}, {"numeric", "numeric"}, {"decimal", "numeric"}, {"bit", "bit"},
    {"timestamp", "timestamp"}, {"timestamptz", "timestamp"}, {"time", "time"}, {"timetz", "time"},
    {"interval", "interval"}, {"smallint", "smallint"}, {"integer", "integer"}, {"int", "integer"},
    {"bigint", "bigint"}, {"real", "real"}, {"boolean", "boolean"}};
// clang-format on

std::vector<int> typmods_of(const PgQuery__TypeName* type) {
  std::vector<int> mods;
  for (size_t i = 0; i < type->n_typmods; ++i) {
    const PgQuery__Node* n = type->typmods[i];
    if (n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL) {
      mods.push_back(n->a_const->ival->ival);
    } else {
      throw UserError("unsupported type modifier on type " + string_list(type->names, type->n_names).back());
    }
  }
  return mods;
}

std::string mods_text(const std::vector<int>& mods) {
  if (mods.empty()) return "";
  std::string out = "(";
  for (size_t i = 0; i < mods.size(); ++i) out += (i ? "," : "") + std::to_string(mods[i]);
  return out + ")";
}

}  // namespace

std::string serial_base_type(const PgQuery__TypeName* type) {
  auto names = string_list(type->names, type->n_names);
  if (names.size() != 1 || type->n_array_bounds) return "";
  const std::string& n = names[0];
  if (n == "serial" || n == "serial4") return "integer";
  if (n == "bigserial" || n == "serial8") return "bigint";
  if (n == "smallserial" || n == "serial2") return "smallint";
  return "";
}

std::string canonical_type(const PgQuery__TypeName* type, const std::string& default_schema) {
  if (type->pct_type) throw UserError("%TYPE column types are not supported");
  auto names = string_list(type->names, type->n_names);
  std::string schema, name = names.back();
  if (names.size() == 2) schema = names[0];
  if (names.size() > 2) throw UserError("cross-database type reference " + names[0] + " is not supported");
  std::string array = type->n_array_bounds ? "[]" : "";
  bool builtin_scope = schema.empty() || schema == "pg_catalog";
  auto mods = typmods_of(type);
  if (builtin_scope) {
    auto renamed = kRenamed.find(name);
    if (renamed != kRenamed.end()) {
      const std::string& base = renamed->second;
      if (!mods.empty() && kNoModifiers.count(base))  // PostgreSQL refuses int4(5), float8(5,2) (fuzz-found)
        throw UserError("type modifier is not allowed for type " + base);
      if (name == "timestamp" || name == "timestamptz" || name == "time" || name == "timetz") {
        std::string zone = (name == "timestamptz" || name == "timetz") ? " with time zone" : " without time zone";
        return base + mods_text(mods) + zone + array;
      }
      if (name == "interval") {
        if (!mods.empty()) throw UserError("interval field qualifiers and precision are not supported");
        return base + array;
      }
      if ((name == "numeric" || name == "decimal") && mods.size() == 1) mods.push_back(0);
      return base + mods_text(mods) + array;
    }
    if (name == "bpchar" && !mods.empty()) return "character" + mods_text(mods) + array;
    if (name == "char" && !schema.empty()) return "\"char\"" + array;  // the internal one-byte type
    if (name == "char" && schema.empty()) return "\"char\"" + array;
    if (kPlainBuiltins.count(name)) {
      if (!mods.empty()) throw UserError("type modifier is not allowed for type " + name);
      return name + array;
    }
  }
  if (schema.empty() || schema == "pg_catalog") schema = default_schema;
  return quote_qualified(schema, name) + mods_text(mods) + array;
}

int64_t integer_type_max(const std::string& canonical) {
  if (canonical == "smallint") return 32767;
  if (canonical == "integer") return 2147483647;
  return INT64_MAX;
}

}  // namespace shale::pgsql
