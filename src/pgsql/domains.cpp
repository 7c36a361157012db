#include "pgsql/domains.hpp"

#include <cstring>
#include <map>

#include "pgsql/canonical.hpp"
#include "pgsql/quote.hpp"
#include "pgsql/type_names.hpp"

namespace shale::pgsql {

namespace {
const std::string kConstraintWrapper = "ALTER TABLE x ADD CONSTRAINT n ";

std::string without_typmod(const std::string& type) {
  size_t paren = type.find('(');
  return paren == std::string::npos ? type : type.substr(0, paren);
}

bool is_value_placeholder(const PgQuery__Node* n) {
  if (!n || n->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return false;
  const auto* ref = n->column_ref;
  return ref->n_fields == 1 && ref->fields[0]->node_case == PG_QUERY__NODE__NODE_STRING &&
         std::strcmp(ref->fields[0]->string->sval, "value") == 0;
}
}  // namespace

const model::Domain* domain_of_type_text(const model::Schema& schema, const std::string& type) {
  std::string base = type;
  while (base.size() > 2 && base.compare(base.size() - 2, 2, "[]") == 0) base.resize(base.size() - 2);
  for (const auto& d : schema.domains)
    if (quote_qualified(d.name.schema, d.name.name) == base) return &d;
  return nullptr;
}

std::string domain_root_type(const model::Schema& schema, const model::Domain& domain) {
  const model::Domain* at = &domain;
  // A chain longer than the domains is a cycle, which PostgreSQL cannot build.
  for (size_t steps = 0; steps <= schema.domains.size(); ++steps) {
    const model::Domain* base = domain_of_type_text(schema, at->base_type);
    if (!base || at->base_type.find('[') != std::string::npos) return at->base_type;
    at = base;
  }
  return at->base_type;
}

std::string canonical_domain_check(const std::string& definition, const std::string& root_type) {
  auto parsed = ParsedSql::parse(kConstraintWrapper + definition, "<domain check>");
  PgQuery__Node* stmt = parsed->statements().at(0).node;
  std::string root = without_typmod(root_type);
  bool changed = false;
  walk(stmt, [&](ProtobufCMessage* m) {
    if (m->descriptor != &pg_query__node__descriptor) return;
    auto* n = reinterpret_cast<PgQuery__Node*>(m);
    if (n->node_case != PG_QUERY__NODE__NODE_TYPE_CAST || !is_value_placeholder(n->type_cast->arg)) return;
    std::string target;
    try {
      target = canonical_type(n->type_cast->type_name, "public");
    } catch (const UserError&) {
      return;
    }
    if (without_typmod(target) != root) return;
    *n = *n->type_cast->arg;  // (VALUE)::integer → VALUE
    changed = true;
  });
  return canonical_statement(changed ? deparse(stmt) : kConstraintWrapper + definition);
}

void canonicalize_domain_checks(model::Schema& schema) {
  for (auto& d : schema.domains) {
    std::string root = domain_root_type(schema, d);
    for (auto& k : d.checks) k.definition.canon = canonical_domain_check(k.definition.text, root);
  }
}

std::string default_multirange_name(const std::string& range_name) {
  size_t at = range_name.find("range");
  if (at == std::string::npos) return range_name + "_multirange";
  return range_name.substr(0, at) + "multi" + range_name.substr(at);
}

std::string range_function_name(const std::string& qualified) {
  for (const char* prefix : {"public.", "pg_catalog."})
    if (qualified.compare(0, std::strlen(prefix), prefix) == 0) return qualified.substr(std::strlen(prefix));
  return qualified;
}

std::string default_btree_opclass(const std::string& type) {
  static const std::map<std::string, std::string> defaults = {{"smallint", "int2_ops"},
                                                              {"integer", "int4_ops"},
                                                              {"bigint", "int8_ops"},
                                                              {"numeric", "numeric_ops"},
                                                              {"real", "float4_ops"},
                                                              {"double precision", "float8_ops"},
                                                              {"text", "text_ops"},
                                                              {"date", "date_ops"},
                                                              {"timestamp without time zone", "timestamp_ops"},
                                                              {"timestamp with time zone", "timestamptz_ops"},
                                                              {"time without time zone", "time_ops"},
                                                              {"interval", "interval_ops"},
                                                              {"uuid", "uuid_ops"},
                                                              {"inet", "inet_ops"}};
  auto it = defaults.find(type);
  return it == defaults.end() ? "" : it->second;
}

void add_collation_refs(model::Schema& schema) {
  if (schema.collations.empty()) return;
  auto ref = [&](const std::string& name, model::Refs& refs) {
    if (name.empty()) return;
    const model::Collation* found = nullptr;
    for (const auto& c : schema.collations)
      if (c.name.name == name && (!found || c.name.schema == "public")) found = &c;
    if (found) model::add_ref(refs, model::Ref{model::RefKind::collation, found->name, ""});
  };
  for (auto& t : schema.tables)
    for (auto& c : t.columns) ref(c.collation, c.depends_on);
  for (auto& d : schema.domains) ref(d.collation, d.depends_on);
  for (auto& c : schema.composite_types)
    for (const auto& a : c.attributes) ref(a.collation, c.depends_on);
  for (auto& r : schema.range_types) ref(r.collation, r.depends_on);
}

}  // namespace shale::pgsql
