#include "plan/plan.hpp"

#include "diff/sqlite_diff.hpp"
#include "render/sqlite.hpp"
#include "util/error.hpp"

namespace shale::plan {

Dialect dialect_named(const std::string& name) {
  if (name == "postgres") return Dialect::postgres;
  if (name == "sqlite") return Dialect::sqlite;
  throw UserError("unknown dialect \"" + name + "\" (expected postgres or sqlite)");
}

const char* dialect_name(Dialect d) { return d == Dialect::sqlite ? "sqlite" : "postgres"; }

Plan make_plan(Dialect dialect, const model::Schema& from, const model::Schema& to, const diff::Renames& renames) {
  Plan p;
  p.dialect = dialect;
  if (dialect == Dialect::sqlite) {
    p.changes = diff::sqlite_diff(from, to, renames);
    p.statements = render::sqlite_plan(p.changes);
  } else {
    p.changes = diff::diff(from, to, renames);
    p.statements = render::postgres_plan(p.changes);
  }
  return p;
}

std::vector<std::string> statements_of(const Plan& plan, size_t change_index) {
  std::vector<std::string> out;
  for (const auto& s : plan.statements)
    if (s.change_index == change_index) out.push_back(s.sql);
  return out;
}

std::string script(const Plan& plan) {
  std::string out;
  for (const auto& s : plan.statements) out += s.sql + ";\n";
  return out;
}

}  // namespace shale::plan
