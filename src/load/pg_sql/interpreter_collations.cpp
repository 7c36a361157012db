// CREATE COLLATION (options, or FROM another) and DROP COLLATION, applied as
// PostgreSQL 15 applies them (commands/collationcmds.c DefineCollation).
#include <algorithm>

#include "load/pg_sql/interpreter.hpp"
#include "pgsql/quote.hpp"

namespace shale::load::pg_sql {

using model::QName;
namespace pg = shale::pgsql;

namespace {
const char* kDefaultSchema = "public";

std::string option_text(PgQuery__DefElem* d) {
  if (!d->arg) return "";
  if (d->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
    auto names = pg::string_list(d->arg->type_name->names, d->arg->type_name->n_names);
    return names.empty() ? "" : names.back();
  }
  if (d->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN) return d->arg->boolean->boolval ? "true" : "false";
  return pg::string_value(d->arg);
}

bool option_bool(const std::string& v) {
  std::string l = v;
  std::transform(l.begin(), l.end(), l.begin(), [](unsigned char c) { return static_cast<char>(tolower(c)); });
  return l == "true" || l == "on" || l == "1" || l == "yes";
}
}  // namespace

model::Collation* Interpreter::find_collation(const QName& name) {
  for (auto& c : schema_.collations)
    if (c.name == name) return &c;
  return nullptr;
}

void Interpreter::create_collation(PgQuery__DefineStmt* s) {
  model::Collation c;
  c.name = qname(pg::string_list(s->defnames, s->n_defnames));
  c.pos = pos_at(statement_offset_);
  if (c.name.schema != kDefaultSchema && !schema_.schemas.count(c.name.schema))
    fail("schema " + pg::quote_ident(c.name.schema) + " does not exist");
  if (find_collation(c.name)) {
    if (s->if_not_exists) return;
    fail("collation \"" + c.name.name + "\" already exists");
  }
  std::string locale;
  bool from = false;
  for (size_t i = 0; i < s->n_definition; ++i) {
    PgQuery__DefElem* d = s->definition[i]->def_elem;
    std::string option = d->defname, value = option_text(d);
    if (option == "from") {
      // FROM copies another collation: C and POSIX are known; others are the user's.
      auto names = d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST
                       ? pg::string_list(d->arg->list->items, d->arg->list->n_items)
                       : std::vector<std::string>{value};
      std::string bare = names.back();
      if ((bare == "C" || bare == "POSIX") && (names.size() == 1 || names[0] == "pg_catalog")) {
        c.lc_collate = c.lc_ctype = bare;
      } else if (const model::Collation* base = find_collation(qname(names))) {
        QName name = c.name;
        SourcePos pos = c.pos;
        c = *base;
        c.name = name;
        c.pos = pos;
        c.comment.clear();
      } else {
        fail("collation \"" + bare +
             "\" for encoding \"UTF8\" does not exist (of the built-in collations only C and POSIX are known)");
      }
      from = true;
    } else if (option == "provider") {
      if (value != "libc" && value != "icu") fail_at(loc(d->location), "unrecognized collation provider: " + value);
      c.provider = value;
    } else if (option == "locale") {
      locale = value;
    } else if (option == "lc_collate") {
      c.lc_collate = value;
    } else if (option == "lc_ctype") {
      c.lc_ctype = value;
    } else if (option == "deterministic") {
      c.deterministic = option_bool(value);
    } else {
      fail_at(loc(d->location), "collation attribute \"" + option + "\" not recognized");
    }
  }
  if (!from) {
    if (c.provider == "icu") {
      if (locale.empty()) fail("parameter \"locale\" must be specified");
      c.icu_locale = locale;
      c.lc_collate = c.lc_ctype = "";
    } else {
      if (!locale.empty()) c.lc_collate = c.lc_ctype = locale;
      if (c.lc_collate.empty()) fail("parameter \"lc_collate\" must be specified");
      if (c.lc_ctype.empty()) fail("parameter \"lc_ctype\" must be specified");
    }
    if (!c.deterministic && c.provider != "icu") fail("nondeterministic collations not supported with this provider");
  }
  schema_.collations.push_back(std::move(c));
}

// DROP COLLATION: refused while a column, domain or type is declared with it,
// as PostgreSQL refuses; CASCADE drops those columns (a domain or type too).
void Interpreter::drop_collation(const QName& name, bool cascade, bool missing_ok) {
  if (!find_collation(name)) {
    if (missing_ok) return;
    fail("collation \"" + name.name + "\" for encoding \"UTF8\" does not exist");
  }
  std::vector<ObjectKey> users;
  for (const auto& t : schema_.tables)
    for (const auto& c : t.columns)
      if (c.collation == name.name) users.push_back({ObjectKey::Kind::column, t.name, c.name});
  for (const auto& d : schema_.domains)
    if (d.collation == name.name) users.push_back({ObjectKey::Kind::enum_type, d.name, ""});
  for (const auto& c : schema_.composite_types)
    for (const auto& a : c.attributes)
      if (a.collation == name.name) users.push_back({ObjectKey::Kind::enum_type, c.name, ""});
  for (const auto& r : schema_.range_types)
    if (r.collation == name.name) users.push_back({ObjectKey::Kind::enum_type, r.name, ""});
  if (!users.empty() && !cascade)
    fail("cannot drop collation " + pg::quote_ident(name.name) + " because other objects depend on it (" +
         users[0].describe() + " depends on collation " + pg::quote_ident(name.name) +
         "); use DROP … CASCADE to drop the dependent objects too");
  schema_.collations.erase(
      std::remove_if(schema_.collations.begin(), schema_.collations.end(), [&](auto& c) { return c.name == name; }),
      schema_.collations.end());
  for (const auto& u : users) drop_object(u, true);
}

}  // namespace shale::load::pg_sql
