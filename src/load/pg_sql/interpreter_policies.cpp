// Row-level security in the interpreter: ALTER TABLE … ROW LEVEL SECURITY,
// CREATE / ALTER / DROP POLICY, ALTER POLICY … RENAME and COMMENT ON POLICY,
// with PostgreSQL's checks (policy.c) and its wording.
#include <algorithm>

#include "load/pg_sql/interpreter.hpp"
#include "pgsql/canonical.hpp"
#include "pgsql/quote.hpp"

namespace shale::load::pg_sql {

using model::QName;
namespace pg = shale::pgsql;

namespace {

std::string policy_words(const std::string& name, const QName& table) {
  return "policy \"" + name + "\" for table \"" + table.name + "\"";
}

// pg_policies.cmd from the grammar's lower-case command ("all" when none is given).
std::string command_of(const char* cmd) {
  std::string c = cmd && *cmd ? cmd : "all";
  std::transform(c.begin(), c.end(), c.begin(), [](unsigned char ch) { return static_cast<char>(toupper(ch)); });
  return c;
}

}  // namespace

void Interpreter::set_row_security(model::Table& t, int subtype) {
  switch (subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity: t.row_security = true; break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity: t.row_security = false; break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity: t.force_row_security = true; break;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_NoForceRowSecurity: t.force_row_security = false; break;
    default: break;
  }
}

model::Policy* Interpreter::find_policy(const QName& table, const std::string& name) {
  for (auto& p : schema_.policies)
    if (p.table == table && p.name == name) return &p;
  return nullptr;
}

// TO roles, as pg_policy.polroles holds them: PUBLIC alone absorbs the others
// (PostgreSQL warns "ignoring specified roles other than PUBLIC").
std::vector<std::string> Interpreter::policy_roles(PgQuery__Node** roles, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    PgQuery__RoleSpec* r = roles[i]->role_spec;
    if (r->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC) return {"public"};
    if (r->roletype != PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING)
      fail_at(loc(r->location),
              "CURRENT_ROLE, CURRENT_USER and SESSION_USER are not supported in a policy's roles; name the role");
    out.push_back(r->rolename);
  }
  if (out.empty()) return {"public"};
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

model::Expr Interpreter::policy_expression(PgQuery__Node* expr, const QName& table) {
  std::string text = expr_text(expr);
  return model::Expr{text, pg::canonical_policy_expression(text, table.name)};
}

// The columns and functions of its expressions. Column names in a subquery
// resolve against its own relations (query_refs) and, correlated, against
// the policy's table: over-approximated, which only adds order. Names
// missing from the table itself are PostgreSQL's errors.
model::Refs Interpreter::policy_refs(const model::Policy& p, bool report_missing) {
  model::Refs out;
  for (const model::Expr* e : {&p.using_expr, &p.check_expr}) {
    if (e->empty()) continue;
    auto parsed = pg::ParsedSql::parse("SELECT " + e->text, "<policy>");
    PgQuery__Node* expr = parsed->statements().at(0).node->select_stmt->target_list[0]->res_target->val;
    std::vector<PgQuery__SubLink*> sublinks;
    pg::walk(expr, [&](ProtobufCMessage* m) {
      if (m->descriptor == &pg_query__sub_link__descriptor) sublinks.push_back(reinterpret_cast<PgQuery__SubLink*>(m));
    });
    pg::expression_refs(expr, p.table, *this, out, nullptr);
    std::vector<PgQuery__Node*> detached;
    for (auto* s : sublinks) {
      pg::query_refs(s->subselect, *this, out, nullptr);
      detached.push_back(s->subselect);
      s->subselect = nullptr;
    }
    std::vector<pg::Unresolved> missing;
    pg::expression_refs(expr, p.table, *this, out, &missing);
    for (size_t i = 0; i < sublinks.size(); ++i) sublinks[i]->subselect = detached[i];
    if (report_missing && !missing.empty()) fail(missing.front().message);
  }
  return out;
}

// PostgreSQL's rules for which expressions a command takes, in the words of
// CreatePolicy and AlterPolicy (which differ).
void Interpreter::check_policy_expressions(const model::Policy& p, bool altered) {
  if ((p.command == "SELECT" || p.command == "DELETE") && !p.check_expr.empty())
    fail(altered ? "only USING expression allowed for SELECT, DELETE"
                 : "WITH CHECK cannot be applied to SELECT or DELETE");
  if (p.command == "INSERT" && !p.using_expr.empty()) fail("only WITH CHECK expression allowed for INSERT");
}

void Interpreter::create_policy(PgQuery__CreatePolicyStmt* s) {
  model::Policy p;
  p.table = qname(s->table);
  table(p.table);
  p.name = s->policy_name;
  p.pos = pos_at(statement_offset_);
  p.permissive = s->permissive;
  p.command = command_of(s->cmd_name);
  p.roles = policy_roles(s->roles, s->n_roles);
  if (s->qual) p.using_expr = policy_expression(s->qual, p.table);
  if (s->with_check) p.check_expr = policy_expression(s->with_check, p.table);
  check_policy_expressions(p, false);
  if (find_policy(p.table, p.name)) fail(policy_words(p.name, p.table) + " already exists");
  p.depends_on = policy_refs(p, source_ == Source::desired_state);
  schema_.policies.push_back(std::move(p));
}

void Interpreter::alter_policy(PgQuery__AlterPolicyStmt* s) {
  QName t = qname(s->table);
  table(t);
  model::Policy* p = find_policy(t, s->policy_name);
  if (!p) fail(policy_words(s->policy_name, t) + " does not exist");
  model::Policy changed = *p;
  if (s->n_roles) changed.roles = policy_roles(s->roles, s->n_roles);
  if (s->qual) changed.using_expr = policy_expression(s->qual, t);
  if (s->with_check) changed.check_expr = policy_expression(s->with_check, t);
  check_policy_expressions(changed, true);
  changed.depends_on = policy_refs(changed, source_ == Source::desired_state);
  *p = std::move(changed);
}

void Interpreter::rename_policy(PgQuery__RenameStmt* s) {
  QName t = qname(s->relation);
  table(t);
  model::Policy* p = find_policy(t, s->subname);
  if (!p) fail(policy_words(s->subname, t) + " does not exist");
  if (find_policy(t, s->newname)) fail(policy_words(s->newname, t) + " already exists");
  p->name = s->newname;
}

// DROP POLICY name ON table: the object list is (schema.)table, policy name.
void Interpreter::drop_policy(const std::vector<std::string>& names, bool missing_ok) {
  std::vector<std::string> tn(names.begin(), names.end() - 1);
  QName t = qname(tn);
  if (!tables_.count(t)) {
    if (missing_ok) return;
    table(t);
  }
  if (!find_policy(t, names.back())) {
    if (missing_ok) return;
    fail(policy_words(names.back(), t) + " does not exist");
  }
  remove_object(ObjectKey{ObjectKey::Kind::policy, t, names.back()});
}

void Interpreter::comment_policy(const std::vector<std::string>& names, const std::string& text) {
  std::vector<std::string> tn(names.begin(), names.end() - 1);
  QName t = qname(tn);
  table(t);
  model::Policy* p = find_policy(t, names.back());
  if (!p) fail(policy_words(names.back(), t) + " does not exist");
  p->comment = text;
}

void Interpreter::resolve_policy_edges() {
  for (auto& p : schema_.policies) p.depends_on = policy_refs(p, false);
}

}  // namespace shale::load::pg_sql
