// [filter] of shale.toml: which PostgreSQL schemas and objects shale manages.
//   schemas = ["public", "app*"]     only these schemas (globs; default: every user schema)
//   exclude = ["audit",               a whole schema (no dot)
//              "public.ev*",          objects of a schema: tables, views, sequences, types,
//                                     functions … and what belongs to a table
//              "privileges:public.*"] reports of a kind shale does not model
// Globs: `*` any run of characters, `?` one; everything else is literal.
// Every command that reads a state honours it (docs/design.md, "Files").
#pragma once
#include <string>
#include <vector>

#include "util/error.hpp"

namespace shale::config {

// Whole-string glob match: `*` any run of characters (dots included), `?` one.
bool glob_match(const std::string& pattern, const std::string& text);

// The same glob as a LIKE pattern (backslash escapes % _ and \).
std::string glob_to_like(const std::string& pattern);

// A kind of object the live reader reports as not modelled (catalog_queries.hpp,
// kUnmodelled), and how it is best left out.
struct UnmodelledKind {
  const char* name;         // as written in `kind:pattern` entries
  bool by_kind;             // a `kind:` entry may leave it out (the model never holds it)
  bool suggest_kind_entry;  // the message suggests `kind:name` rather than the object's name
};
// Every kind kUnmodelled produces; nullptr when `name` is none.
const UnmodelledKind* unmodelled_kind(const std::string& name);
const std::vector<UnmodelledKind>& unmodelled_kinds();

struct Filter {
  std::vector<std::string> schemas;  // include globs; empty: every user schema
  std::vector<std::string> exclude;  // entries as written

  bool empty() const { return schemas.empty() && exclude.empty(); }
  // Whether shale reads the schema at all (an include glob matches and no
  // exclude entry without a dot matches).
  bool schema_included(const std::string& schema) const;
  // Whether `schema.name` is left out: its schema is, or a `schema.name` entry matches.
  bool excludes(const std::string& schema, const std::string& name) const;
  // Whether a `kind:pattern` entry matches `display` (schema.name, a schema, or
  // the bare name of an object outside schemas).
  bool excludes_kind(const std::string& kind, const std::string& display) const;
  // The schema globs (include, and exclude entries without dot or colon), for
  // the live reader to push into its queries.
  std::vector<std::string> excluded_schemas() const;
};

// Check one entry of `schemas` / `exclude` (an empty part, an unknown kind, a
// kind that only a name can leave out); throw UserError at `at`.
void check_schema_entry(const std::string& entry, const SourcePos& at);
void check_exclude_entry(const std::string& entry, const SourcePos& at);

}  // namespace shale::config
