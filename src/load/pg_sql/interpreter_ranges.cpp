// CREATE TYPE … AS RANGE, applied as PostgreSQL applies it (commands/typecmds.c DefineRange).
#include <algorithm>

#include "load/pg_sql/interpreter.hpp"
#include "pgsql/domains.hpp"
#include "pgsql/quote.hpp"
#include "pgsql/type_names.hpp"

namespace shale::load::pg_sql {

using model::QName;
namespace pg = shale::pgsql;

namespace {
const char* kDefaultSchema = "public";

// The name a DefElem holds: a type name, a list of names or one word.
std::vector<std::string> option_names(PgQuery__DefElem* d) {
  if (!d->arg) return {};
  switch (d->arg->node_case) {
    case PG_QUERY__NODE__NODE_TYPE_NAME: return pg::string_list(d->arg->type_name->names, d->arg->type_name->n_names);
    case PG_QUERY__NODE__NODE_LIST: return pg::string_list(d->arg->list->items, d->arg->list->n_items);
    default: return {pg::string_value(d->arg)};
  }
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ".") + n;
  return out;
}
}  // namespace

bool Interpreter::range_type(const QName& name) const {
  return std::any_of(schema_.range_types.begin(), schema_.range_types.end(), [&](auto& r) { return r.name == name; });
}

void Interpreter::create_range(PgQuery__CreateRangeStmt* s) {
  model::RangeType r;
  r.name = qname(pg::string_list(s->type_name, s->n_type_name));
  r.pos = pos_at(statement_offset_);
  check_new_type_name(r.name);
  PgQuery__TypeName* subtype = nullptr;
  for (size_t i = 0; i < s->n_params; ++i) {
    PgQuery__DefElem* d = s->params[i]->def_elem;
    std::string option = d->defname;
    auto function_option = [&]() {
      std::vector<std::string> names = option_names(d);
      QName f = qname(names);
      if (this->function(f)) model::add_ref(r.depends_on, model::Ref{model::RefKind::function, f, ""});
      return pg::range_function_name(names.size() == 1 && this->function(f) ? "public." + names[0] : joined(names));
    };
    if (option == "subtype") {
      if (!d->arg || d->arg->node_case != PG_QUERY__NODE__NODE_TYPE_NAME)
        fail_at(loc(d->location), "type attribute \"subtype\" is required");
      subtype = d->arg->type_name;
      try {
        r.subtype = pg::canonical_type(subtype, kDefaultSchema);
      } catch (const UserError& e) {
        fail_at(loc(d->location), e.what());
      }
      pg::type_refs(subtype, *this, r.depends_on);
    } else if (option == "subtype_opclass") {
      r.subtype_opclass = option_names(d).back();
    } else if (option == "collation") {
      r.collation = option_names(d).back();
    } else if (option == "canonical") {
      r.canonical = function_option();
    } else if (option == "subtype_diff") {
      r.subtype_diff = function_option();
    } else if (option == "multirange_type_name") {
      r.multirange_name = option_names(d).back();
    } else {
      fail_at(loc(d->location), "type attribute \"" + option + "\" not recognized");
    }
  }
  if (!subtype) fail("type attribute \"subtype\" is required");
  if (r.multirange_name == pg::default_multirange_name(r.name.name)) r.multirange_name.clear();
  // A default spelled out is the default: the live reader cannot tell them apart.
  if (!r.subtype_opclass.empty() && r.subtype_opclass == pg::default_btree_opclass(r.subtype))
    r.subtype_opclass.clear();
  if (r.collation == "default") r.collation.clear();
  schema_.range_types.push_back(std::move(r));
}

}  // namespace shale::load::pg_sql
