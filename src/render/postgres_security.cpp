#include "render/postgres_security.hpp"

#include <stdexcept>

#include "pgsql/quote.hpp"

namespace shale::render {

namespace {

std::string table_name(const model::QName& n) {
  if (n.schema == "public") return pgsql::quote_ident(n.name);
  return pgsql::quote_qualified(n.schema, n.name);
}

// "TO app_read, app_write"; pg_policies spells PUBLIC as "public".
std::string roles_clause(const std::vector<std::string>& roles) {
  std::string out;
  for (const auto& r : roles)
    out += (out.empty() ? " TO " : ", ") + (r == "public" ? std::string("PUBLIC") : pgsql::quote_ident(r));
  return out;
}

std::string expressions(const model::Policy& p) {
  std::string out;
  if (!p.using_expr.empty()) out += " USING (" + p.using_expr.text + ")";
  if (!p.check_expr.empty()) out += " WITH CHECK (" + p.check_expr.text + ")";
  return out;
}

std::string on(const model::Policy& p) { return pgsql::quote_ident(p.name) + " ON " + table_name(p.table); }

}  // namespace

std::string privilege_sql(bool grant, const diff::PrivilegeChange& c) {
  const model::GrantObject& o = c.object;
  std::string privileges;
  for (const auto& p : c.privileges)
    privileges += (privileges.empty() ? "" : ", ") + p +
                  (o.cls == model::GrantClass::column ? " (" + pgsql::quote_ident(o.column) + ")" : "");
  std::string object;
  std::string prefix;  // ALTER DEFAULT PRIVILEGES FOR ROLE … [IN SCHEMA …]
  if (o.cls == model::GrantClass::defaults) {
    prefix = "ALTER DEFAULT PRIVILEGES FOR ROLE " + pgsql::quote_ident(o.name.name) +
             (o.name.schema.empty() ? "" : " IN SCHEMA " + pgsql::quote_ident(o.name.schema)) + " ";
    object = o.objects;
  } else {
    object = std::string(model::grant_keyword(o.cls)) + " " +
             (o.cls == model::GrantClass::schema ? pgsql::quote_ident(o.name.name) : table_name(o.name)) + o.args;
  }
  std::string grantee = c.grantee == "PUBLIC" ? c.grantee : pgsql::quote_ident(c.grantee);
  if (grant)
    return prefix + "GRANT " + privileges + " ON " + object + " TO " + grantee +
           (c.grant_option ? " WITH GRANT OPTION" : "");
  return prefix + "REVOKE " + (c.grant_option ? "GRANT OPTION FOR " : "") + privileges + " ON " + object + " FROM " +
         grantee;
}

std::string create_policy_sql(const model::Policy& p) {
  std::string sql = "CREATE POLICY " + on(p);
  if (!p.permissive) sql += " AS RESTRICTIVE";
  if (p.command != "ALL") sql += " FOR " + p.command;
  return sql + roles_clause(p.roles) + expressions(p);
}

void postgres_security_statements(const diff::Change& c, std::vector<std::string>& out) {
  using diff::ChangeKind;
  switch (c.kind) {
    case ChangeKind::set_row_security: {
      const auto& r = c.as<diff::RowSecurity>();
      std::string at = "ALTER TABLE " + table_name(r.table->name) + " ";
      if (r.set_enabled) out.push_back(at + (r.table->row_security ? "ENABLE" : "DISABLE") + " ROW LEVEL SECURITY");
      if (r.set_forced)
        out.push_back(at + (r.table->force_row_security ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY");
      return;
    }
    case ChangeKind::create_policy: out.push_back(create_policy_sql(*c.as<diff::PolicyRef>().policy)); return;
    case ChangeKind::alter_policy: {
      // Only what changed: ALTER POLICY keeps the clauses it is not given.
      const auto& a = c.as<diff::PolicyAlter>();
      std::string sql = "ALTER POLICY " + on(*a.to);
      if (a.from->roles != a.to->roles) sql += roles_clause(a.to->roles);
      if (a.from->using_expr != a.to->using_expr) sql += " USING (" + a.to->using_expr.text + ")";
      if (a.from->check_expr != a.to->check_expr) sql += " WITH CHECK (" + a.to->check_expr.text + ")";
      out.push_back(sql);
      return;
    }
    case ChangeKind::drop_policy:  // on the table's name after any rename in the plan
      out.push_back("DROP POLICY " + pgsql::quote_ident(c.as<diff::PolicyRef>().policy->name) + " ON " +
                    table_name(c.table));
      return;
    default: throw std::logic_error("not a row-level security change");
  }
}

}  // namespace shale::render
