// CREATE DOMAIN, ALTER DOMAIN and the renames of domains and their
// constraints, applied as PostgreSQL applies them (commands/typecmds.c,
// DefineDomain and AlterDomain*).
#include <algorithm>

#include "load/pg_sql/default_names.hpp"
#include "load/pg_sql/interpreter.hpp"
#include "pgsql/canonical.hpp"
#include "pgsql/domains.hpp"
#include "pgsql/quote.hpp"
#include "pgsql/type_names.hpp"

namespace shale::load::pg_sql {

using model::QName;
namespace pg = shale::pgsql;

namespace {
const char* kDefaultSchema = "public";

bool is_null_constant(PgQuery__Node* n) {
  return n && n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->isnull;
}
}  // namespace

bool Interpreter::domain_type(const QName& name) const {
  return std::any_of(schema_.domains.begin(), schema_.domains.end(), [&](auto& d) { return d.name == name; });
}

model::Domain& Interpreter::domain(const QName& name) {
  for (auto& d : schema_.domains)
    if (d.name == name) return d;
  if (enum_type(name)) fail(pg::quote_qualified(name.schema, name.name) + " is not a domain");
  fail("type " + pg::quote_qualified(name.schema, name.name) + " does not exist");
}

// A DEFAULT of a domain: DEFAULT NULL is no default (DefineDomain).
void Interpreter::set_domain_default(model::Domain& d, PgQuery__Node* expr) {
  if (!expr || is_null_constant(expr)) {
    d.default_value = model::Expr{};
  } else {
    std::string text = expr_text(expr);
    d.default_value = model::Expr{text, pg::canonical_expression(text)};
  }
  domain_refs(d);
}

// Edges of a domain: its base type, and what its default and checks use
// (PostgreSQL records those of the checks on the constraints, which go with it).
void Interpreter::domain_refs(model::Domain& d) {
  d.depends_on.clear();
  auto parsed = pg::ParsedSql::parse("CREATE DOMAIN x AS " + d.base_type, "<domain>");
  pg::type_refs(parsed->statements().at(0).node->create_domain_stmt->type_name, *this, d.depends_on);
  auto expression = [&](const std::string& sql) {
    auto p = pg::ParsedSql::parse(sql, "<domain>");
    pg::expression_refs(p->statements().at(0).node, QName{}, *this, d.depends_on, nullptr);
  };
  if (!d.default_value.empty()) expression("SELECT " + d.default_value.text);
  for (const auto& k : d.checks) expression("ALTER TABLE x ADD CONSTRAINT n " + k.definition.text);
}

// Checks by name, as the live reader reads them, each in its canonical form.
void Interpreter::sort_checks(model::Domain& d) const {
  std::sort(d.checks.begin(), d.checks.end(), [](auto& a, auto& b) { return a.name < b.name; });
  std::string root = pg::domain_root_type(schema_, d);
  for (auto& k : d.checks) k.definition.canon = pg::canonical_domain_check(k.definition.text, root);
}

model::DomainCheck Interpreter::domain_check(model::Domain& d, PgQuery__Constraint* c) {
  if (c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_CHECK) fail_at(loc(c->location), "unsupported domain constraint");
  model::DomainCheck k;
  if (c->conname && *c->conname) {
    if (std::any_of(d.checks.begin(), d.checks.end(), [&](auto& x) { return x.name == c->conname; }))
      fail_at(loc(c->location),
              "constraint \"" + std::string(c->conname) + "\" for domain \"" + d.name.name + "\" already exists");
    k.name = c->conname;
  } else {
    k.name =
        choose_name(d.name.name, "", "check", [&](const std::string& n) { return constraint_taken(d.name.schema, n); });
  }
  constraint_names_.insert({d.name.schema, k.name});
  k.valid = !c->skip_validation;
  c->skip_validation = 0;
  c->initially_valid = 1;
  k.definition = constraint_definition(c, *arena_);  // canon: canonicalize_domain_checks
  return k;
}

// A new type's name: in a schema that exists, and no other type's (a
// table's or view's row type included).
void Interpreter::check_new_type_name(const QName& name) {
  if (name.schema != kDefaultSchema && !schema_.schemas.count(name.schema))
    fail("schema " + pg::quote_ident(name.schema) + " does not exist");
  if (enum_type(name) || tables_.count(name) || view_columns_.count(name))
    fail("type " + pg::quote_ident(name.name) + " already exists");
}

void Interpreter::create_domain(PgQuery__CreateDomainStmt* s) {
  model::Domain d;
  d.name = qname(pg::string_list(s->domainname, s->n_domainname));
  d.pos = pos_at(statement_offset_);
  check_new_type_name(d.name);
  try {
    d.base_type = pg::canonical_type(s->type_name, kDefaultSchema);
  } catch (const UserError& e) {
    fail_at(loc(s->type_name->location), e.what());
  }
  if (s->coll_clause) d.collation = pg::string_list(s->coll_clause->collname, s->coll_clause->n_collname).back();
  // A domain over a domain starts with its base's default (DefineDomain);
  // desired state may define the base later (resolve_domains).
  if (const model::Domain* base = pg::domain_of_type_text(schema_, d.base_type); base && d.base_type.back() != ']')
    d.default_value = base->default_value;
  bool has_default = false;
  bool declared_null = false;
  for (size_t i = 0; i < s->n_constraints; ++i) {
    PgQuery__Constraint* c = s->constraints[i]->constraint;
    switch (c->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
      case PG_QUERY__CONSTR_TYPE__CONSTR_NULL: {
        bool not_null = c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL;
        if ((not_null && declared_null) || (!not_null && d.not_null))
          fail_at(loc(c->location), "conflicting NULL/NOT NULL constraints");
        d.not_null = not_null;
        declared_null = !not_null;
        break;
      }
      case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
        set_domain_default(d, c->raw_expr);
        has_default = true;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
        if (c->skip_validation) fail_at(loc(c->location), "check constraints for domains cannot be marked NOT VALID");
        d.checks.push_back(domain_check(d, c));
        break;
      default: fail_at(loc(c->location), "unsupported domain constraint");
    }
  }
  sort_checks(d);
  domain_refs(d);
  if (!has_default && source_ == Source::desired_state) inherits_default_.insert(d.name);
  schema_.domains.push_back(std::move(d));
}

// Desired state, once everything is defined: the base types (a domain's
// base may come later, or not at all), the defaults domains take from their
// base domains, and the edges.
void Interpreter::resolve_domains() {
  for (size_t round = 0; round < schema_.domains.size(); ++round)
    for (auto& d : schema_.domains)
      if (inherits_default_.count(d.name))
        if (const model::Domain* base = pg::domain_of_type_text(schema_, d.base_type);
            base && d.base_type.back() != ']')
          d.default_value = base->default_value;
  bool extensions = !schema_.extensions.empty();
  for (auto& d : schema_.domains) {
    domain_refs(d);
    // Built-in types print unqualified; a qualified one is the user's (or an extension's).
    std::string base = d.base_type.substr(0, d.base_type.find_first_of("[("));
    if (base.find('.') == std::string::npos || extensions) continue;
    bool found = std::any_of(d.depends_on.begin(), d.depends_on.end(), [&](const model::Ref& r) {
      return r.kind != model::RefKind::function && pg::quote_qualified(r.name.schema, r.name.name) == base;
    });
    if (found) continue;
    throw UserError("type \"" + pg::regclass_name(base).name + "\" does not exist", d.pos);
  }
  // A range's subtype may be defined after it too (its functions are found when it is created).
  for (auto& r : schema_.range_types) {
    auto parsed = pg::ParsedSql::parse("CREATE DOMAIN x AS " + r.subtype, "<range>");
    pg::type_refs(parsed->statements().at(0).node->create_domain_stmt->type_name, *this, r.depends_on);
  }
  for (auto& c : schema_.composite_types) {
    composite_refs(c);
    for (const auto& a : c.attributes) {
      std::string base = a.type.substr(0, a.type.find_first_of("[("));
      if (base.find('.') == std::string::npos || extensions) continue;
      bool found = std::any_of(c.depends_on.begin(), c.depends_on.end(), [&](const model::Ref& r) {
        return pg::quote_qualified(r.name.schema, r.name.name) == base;
      });
      if (!found) throw UserError("type \"" + pg::regclass_name(base).name + "\" does not exist", c.pos);
    }
  }
}

void Interpreter::alter_domain(PgQuery__AlterDomainStmt* s) {
  model::Domain& d = domain(qname(pg::string_list(s->type_name, s->n_type_name)));
  auto check = [&](const std::string& name) {
    return std::find_if(d.checks.begin(), d.checks.end(), [&](auto& k) { return k.name == name; });
  };
  auto missing = [&](const std::string& name) {
    fail("constraint \"" + name + "\" of domain \"" + d.name.name + "\" does not exist");
  };
  switch (s->subtype[0]) {
    case 'T': set_domain_default(d, s->def); break;  // SET DEFAULT e / DROP DEFAULT
    case 'N': d.not_null = false; break;
    case 'O': d.not_null = true; break;
    case 'C': {
      if (!s->def || s->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) fail("unsupported ALTER DOMAIN");
      PgQuery__Constraint* c = s->def->constraint;
      if (c->skip_validation && source_ != Source::migrations)
        fail_at(loc(c->location), "NOT VALID constraints are not supported in desired state");
      d.checks.push_back(domain_check(d, c));
      sort_checks(d);
      domain_refs(d);
      break;
    }
    case 'X': {
      auto k = check(s->name);
      if (k == d.checks.end()) {
        if (s->missing_ok) return;
        missing(s->name);
      }
      d.checks.erase(k);
      domain_refs(d);
      break;
    }
    case 'V': {
      auto k = check(s->name);
      if (k == d.checks.end()) missing(s->name);
      k->valid = true;
      break;
    }
    default: fail("unsupported ALTER DOMAIN");
  }
}

// ALTER DOMAIN … RENAME CONSTRAINT a TO b.
void Interpreter::rename_domain_constraint(const QName& name, const std::string& from, const std::string& to) {
  model::Domain& d = domain(name);
  auto k = std::find_if(d.checks.begin(), d.checks.end(), [&](auto& x) { return x.name == from; });
  if (k == d.checks.end())
    fail("constraint \"" + from + "\" for domain " + pg::quote_ident(d.name.name) + " does not exist");
  if (std::any_of(d.checks.begin(), d.checks.end(), [&](auto& x) { return x.name == to; }))
    fail("constraint \"" + to + "\" for domain " + pg::quote_ident(d.name.name) + " already exists");
  k->name = to;
  constraint_names_.insert({d.name.schema, to});
  sort_checks(d);
}

// ALTER DOMAIN (or TYPE) … RENAME TO: what names the type follows it by OID.
void Interpreter::rename_domain(const QName& from, const std::string& to) {
  model::Domain& d = domain(from);
  if (enum_type(QName{from.schema, to}) || tables_.count(QName{from.schema, to}) ||
      view_columns_.count(QName{from.schema, to}))
    fail("type " + pg::quote_ident(to) + " already exists");
  size_t at = static_cast<size_t>(&d - schema_.domains.data());
  rename_everywhere(pg::Renaming{pg::Renaming::Kind::type, from, "", to});
  schema_.domains[at].name.name = to;
}

// Domains whose base type, default or checks name a renamed object, and
// composite types whose attributes are of a renamed type.
void Interpreter::rename_in_domains(const pg::Renaming& r) {
  using Kind = pg::Renaming::Kind;
  std::string old_type = pg::quote_qualified(r.target.schema, r.target.name);
  for (auto& d : schema_.domains) {
    std::string base = d.base_type.substr(0, d.base_type.find('['));
    if (r.kind == Kind::type && base == old_type)
      d.base_type = pg::quote_qualified(r.target.schema, r.new_name) + d.base_type.substr(base.size());
    std::string old_schema = pg::quote_ident(r.target.schema) + ".";
    if (r.kind == Kind::schema && d.base_type.compare(0, old_schema.size(), old_schema) == 0)
      d.base_type = pg::quote_ident(r.new_name) + "." + d.base_type.substr(old_schema.size());
    if (r.kind == Kind::function || r.kind == Kind::schema || r.kind == Kind::relation) {
      if (!d.default_value.empty()) {
        std::string text = pg::rename_in_expression(d.default_value.text, r, QName{});
        d.default_value = model::Expr{text, pg::canonical_expression(text)};
      }
      for (auto& k : d.checks) k.definition.text = pg::rename_in_constraint(k.definition.text, r, QName{});
      sort_checks(d);
    }
    pg::rename_refs(d.depends_on, r);
  }
  for (auto& rt : schema_.range_types) {
    std::string base = rt.subtype.substr(0, rt.subtype.find('['));
    if (r.kind == Kind::type && base == old_type)
      rt.subtype = pg::quote_qualified(r.target.schema, r.new_name) + rt.subtype.substr(base.size());
    std::string old_schema = pg::quote_ident(r.target.schema) + ".";
    if (r.kind == Kind::schema && rt.subtype.compare(0, old_schema.size(), old_schema) == 0)
      rt.subtype = pg::quote_ident(r.new_name) + "." + rt.subtype.substr(old_schema.size());
    pg::rename_refs(rt.depends_on, r);
  }
  for (auto& c : schema_.composite_types) {
    for (auto& a : c.attributes) {
      std::string base = a.type.substr(0, a.type.find('['));
      if (r.kind == Kind::type && base == old_type)
        a.type = pg::quote_qualified(r.target.schema, r.new_name) + a.type.substr(base.size());
      std::string old_schema = pg::quote_ident(r.target.schema) + ".";
      if (r.kind == Kind::schema && a.type.compare(0, old_schema.size(), old_schema) == 0)
        a.type = pg::quote_ident(r.new_name) + "." + a.type.substr(old_schema.size());
    }
    pg::rename_refs(c.depends_on, r);
  }
}

}  // namespace shale::load::pg_sql
