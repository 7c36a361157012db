#include "render/postgres_domains.hpp"

#include <stdexcept>

#include "pgsql/quote.hpp"

namespace shale::render {

namespace {
using pgsql::quote_ident;

std::string qn(const model::QName& n) {
  if (n.schema.empty() || n.schema == "public") return quote_ident(n.name);
  return pgsql::quote_qualified(n.schema, n.name);
}

// DEFAULT takes a b_expr: anything but a single token goes in parentheses.
std::string default_clause(const model::Expr& e) {
  bool simple = e.text.find_first_of(" \t\n") == std::string::npos;
  return simple ? e.text : "(" + e.text + ")";
}

const model::DomainCheck* find_check(const model::Domain& d, const std::string& name) {
  for (const auto& k : d.checks)
    if (k.name == name) return &k;
  return nullptr;
}

std::string create_domain(const model::Domain& d) {
  std::string sql = "CREATE DOMAIN " + qn(d.name) + " AS " + d.base_type;
  if (!d.collation.empty()) sql += " COLLATE " + quote_ident(d.collation);
  if (!d.default_value.empty()) sql += " DEFAULT " + default_clause(d.default_value);
  if (d.not_null) sql += " NOT NULL";
  // CREATE DOMAIN cannot leave a check NOT VALID: each is validated (there are no values yet).
  for (const auto& k : d.checks) sql += " CONSTRAINT " + quote_ident(k.name) + " " + k.definition.text;
  return sql;
}

// Checks dropped (gone or changed) first, then NOT NULL and the default,
// then checks added and validated: a changed check keeps its name.
void alter_domain(const diff::DomainAlter& a, std::vector<std::string>& out) {
  const std::string alter = "ALTER DOMAIN " + qn(a.to->name) + " ";
  for (const auto& k : a.from->checks) {
    const model::DomainCheck* wanted = find_check(*a.to, k.name);
    if (!wanted || wanted->definition != k.definition) out.push_back(alter + "DROP CONSTRAINT " + quote_ident(k.name));
  }
  if (a.from->default_value != a.to->default_value)
    out.push_back(
        alter + (a.to->default_value.empty() ? "DROP DEFAULT" : "SET DEFAULT " + default_clause(a.to->default_value)));
  if (a.from->not_null != a.to->not_null) out.push_back(alter + (a.to->not_null ? "SET NOT NULL" : "DROP NOT NULL"));
  for (const auto& k : a.to->checks) {
    const model::DomainCheck* was = find_check(*a.from, k.name);
    if (!was || was->definition != k.definition)
      out.push_back(alter + "ADD CONSTRAINT " + quote_ident(k.name) + " " + k.definition.text +
                    (k.valid ? "" : " NOT VALID"));
    else if (!was->valid && k.valid)
      out.push_back(alter + "VALIDATE CONSTRAINT " + quote_ident(k.name));
  }
}
std::string attribute(const model::CompositeAttribute& a) {
  return quote_ident(a.name) + " " + a.type + (a.collation.empty() ? "" : " COLLATE " + quote_ident(a.collation));
}

std::string create_composite(const model::CompositeType& c) {
  std::string list;
  for (const auto& a : c.attributes) list += (list.empty() ? "" : ", ") + attribute(a);
  return "CREATE TYPE " + qn(c.name) + " AS (" + list + ")";
}

// One ALTER TYPE: attributes dropped, retyped, then added (at the end, where ADD ATTRIBUTE puts them).
std::string alter_composite(const diff::CompositeAlter& a) {
  std::string actions;
  auto add = [&](const std::string& action) { actions += (actions.empty() ? " " : ", ") + action; };
  auto find = [](const model::CompositeType& c, const std::string& name) -> const model::CompositeAttribute* {
    for (const auto& x : c.attributes)
      if (x.name == name) return &x;
    return nullptr;
  };
  for (const auto& x : a.from->attributes)
    if (!find(*a.to, x.name)) add("DROP ATTRIBUTE " + quote_ident(x.name));
  for (const auto& x : a.to->attributes)
    if (const auto* was = find(*a.from, x.name); was && (was->type != x.type || was->collation != x.collation))
      add("ALTER ATTRIBUTE " + quote_ident(x.name) + " TYPE " + x.type +
          (x.collation.empty() ? "" : " COLLATE " + quote_ident(x.collation)));
  for (const auto& x : a.to->attributes)
    if (!find(*a.from, x.name)) add("ADD ATTRIBUTE " + attribute(x));
  return "ALTER TYPE " + qn(a.to->name) + actions;
}
std::string create_range(const model::RangeType& r) {
  std::string sql = "CREATE TYPE " + qn(r.name) + " AS RANGE (subtype = " + r.subtype;
  if (!r.subtype_opclass.empty()) sql += ", subtype_opclass = " + quote_ident(r.subtype_opclass);
  if (!r.collation.empty()) sql += ", collation = " + quote_ident(r.collation);
  if (!r.canonical.empty()) sql += ", canonical = " + r.canonical;
  if (!r.subtype_diff.empty()) sql += ", subtype_diff = " + r.subtype_diff;
  if (!r.multirange_name.empty()) sql += ", multirange_type_name = " + quote_ident(r.multirange_name);
  return sql + ")";
}
std::string create_collation(const model::Collation& c) {
  std::string sql = "CREATE COLLATION " + qn(c.name) + " (provider = " + c.provider;
  if (c.provider == "icu")
    sql += ", locale = " + pgsql::quote_literal(c.icu_locale);
  else if (c.lc_collate == c.lc_ctype)
    sql += ", locale = " + pgsql::quote_literal(c.lc_collate);
  else
    sql += ", lc_collate = " + pgsql::quote_literal(c.lc_collate) + ", lc_ctype = " + pgsql::quote_literal(c.lc_ctype);
  if (!c.deterministic) sql += ", deterministic = false";
  return sql + ")";
}
}  // namespace

void postgres_domain_statements(const diff::Change& c, std::vector<std::string>& out) {
  switch (c.kind) {
    case diff::ChangeKind::create_domain: out.push_back(create_domain(*c.as<diff::DomainRef>().domain)); break;
    case diff::ChangeKind::drop_domain: out.push_back("DROP DOMAIN " + qn(c.as<diff::DomainRef>().domain->name)); break;
    case diff::ChangeKind::alter_domain: alter_domain(c.as<diff::DomainAlter>(), out); break;
    case diff::ChangeKind::create_composite_type:
      out.push_back(create_composite(*c.as<diff::CompositeRef>().type));
      break;
    case diff::ChangeKind::drop_composite_type:
      out.push_back("DROP TYPE " + qn(c.as<diff::CompositeRef>().type->name));
      break;
    case diff::ChangeKind::alter_composite_type: out.push_back(alter_composite(c.as<diff::CompositeAlter>())); break;
    case diff::ChangeKind::create_range_type: out.push_back(create_range(*c.as<diff::RangeRef>().type)); break;
    case diff::ChangeKind::drop_range_type: out.push_back("DROP TYPE " + qn(c.as<diff::RangeRef>().type->name)); break;
    case diff::ChangeKind::create_collation:
      out.push_back(create_collation(*c.as<diff::CollationRef>().collation));
      break;
    case diff::ChangeKind::drop_collation:
      out.push_back("DROP COLLATION " + qn(c.as<diff::CollationRef>().collation->name));
      break;
    default: throw std::logic_error("not a domain or composite type change");
  }
}

}  // namespace shale::render
