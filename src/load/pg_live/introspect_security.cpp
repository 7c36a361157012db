#include "load/pg_live/introspect_security.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "model/privileges.hpp"
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

void read_row_security(const pqxx::result& rows, model::Schema& schema,
                       const std::function<model::Table*(uint32_t)>& table_of,
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

std::vector<UnheldPrivilege> read_privileges(const pqxx::result& rows, model::Schema& schema,
                                             const std::function<const model::Function*(uint32_t)>& function_of) {
  std::vector<UnheldPrivilege> unheld;
  if (rows.empty()) return unheld;
  using model::GrantClass;
  std::map<model::GrantObject, model::Privileges*> objects;
  model::each_privileges(schema, [&](const model::GrantObject& o, model::Privileges& p) { objects.emplace(o, &p); });
  for (const auto& r : rows) {
    std::string cls = r[0].c_str(), relkind = r[1].c_str();
    model::GrantObject o{GrantClass::table, {r[3].c_str(), r[4].c_str()}, "", ""};
    if (cls == "r" && relkind == "S")
      o.cls = GrantClass::sequence;
    else if (cls == "c")
      o = {GrantClass::column, o.name, "", r[5].c_str()};
    else if (cls == "t")
      o.cls = GrantClass::type;
    else if (cls == "n")
      o = {GrantClass::schema, {"", o.name.name}, "", ""};
    else if (cls == "d") {
      static const std::map<std::string, std::string> kObjects{
          {"r", "TABLES"}, {"S", "SEQUENCES"}, {"f", "FUNCTIONS"}, {"T", "TYPES"}, {"n", "SCHEMAS"}};
      model::DefaultPrivilegesFor key{r[4].c_str(), r[3].c_str(), kObjects.at(relkind)};
      add_privilege(schema.default_privileges[key],
                    model::Privilege{r[6].c_str(), r[7].c_str(), r[8].as<bool>(), r[9].as<bool>(), {}});
      continue;
    } else if (cls == "f") {
      const model::Function* f = function_of(r[2].as<uint32_t>());
      if (!f) continue;  // not read: left out by [filter]
      o = {f->returns.empty() ? GrantClass::procedure : GrantClass::function, f->name, f->identity_args, ""};
    }
    auto it = objects.find(o);
    // An object the model does not hold: its privileges would be lost from every plan.
    if (it == objects.end()) {
      unheld.push_back({o.name, r[6].c_str(),
                        "privileges on " + model::describe(o) + " (to " + r[6].c_str() +
                            "): shale does not model this object's privileges; revoke them or leave the object out "
                            "with [filter] exclude"});
      continue;
    }
    add_privilege(*it->second, model::Privilege{r[6].c_str(), r[7].c_str(), r[8].as<bool>(), r[9].as<bool>(), {}});
  }
  model::drop_empty_privileges(schema);
  return unheld;
}

}  // namespace shale::load::pg_live
