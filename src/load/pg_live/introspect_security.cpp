#include "load/pg_live/introspect_security.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "pgsql/canonical.hpp"

namespace shale::load::pg_live {

namespace {

std::string command_name(const std::string& polcmd) {
  switch (polcmd.empty() ? '*' : polcmd[0]) {
    case 'r': return "SELECT";
    case 'a': return "INSERT";
    case 'w': return "UPDATE";
    case 'd': return "DELETE";
    default: return "ALL";
  }
}

model::Expr expression(const pqxx::field& f, const std::string& table) {
  if (f.is_null()) return {};
  std::string text = f.c_str();
  return model::Expr{text, pgsql::canonical_policy_expression(text, table)};
}

}  // namespace

void read_row_security(const pqxx::result& rows, model::Schema& schema, const std::function<model::Table*(uint32_t)>& table_of,
                       std::unordered_map<uint32_t, size_t>& policies) {
  for (const auto& r : rows) {
    model::Table* t = table_of(r[0].as<uint32_t>());
    if (!t) continue;  // a partitioned table: refused as such
    t->row_security = r[1].as<bool>();
    t->force_row_security = r[2].as<bool>();
    if (r[3].is_null()) continue;
    model::Policy p;
    p.table = t->name;
    p.name = r[3].c_str();
    p.permissive = r[4].as<bool>();
    p.command = command_name(r[5].c_str());
    if (!r[6].is_null()) p.roles = nlohmann::json::parse(r[6].c_str()).get<std::vector<std::string>>();
    std::sort(p.roles.begin(), p.roles.end());
    p.roles.erase(std::unique(p.roles.begin(), p.roles.end()), p.roles.end());
    p.using_expr = expression(r[7], t->name.name);
    p.check_expr = expression(r[8], t->name.name);
    if (!r[9].is_null()) p.comment = r[9].c_str();
    policies[r[10].as<uint32_t>()] = schema.policies.size();
    schema.policies.push_back(std::move(p));
  }
}

}  // namespace shale::load::pg_live
