// The privilege arithmetic the interpreter replays GRANT / REVOKE with: the
// model holds only what differs from PostgreSQL's defaults for a new object.
#include <catch2/catch.hpp>

#include "diff/diff.hpp"
#include "load/pg_sql/load_pg_sql.hpp"
#include "model/privileges.hpp"

using namespace shale;
using model::GrantClass;
using model::GrantObject;

namespace {
const GrantObject kTable{GrantClass::table, {"public", "t"}, "", ""};
const GrantObject kFunction{GrantClass::function, {"public", "f"}, "(integer)", ""};

std::string held(const model::Privileges& ps) {
  std::string out;
  for (const auto& p : ps)
    out += (out.empty() ? "" : " ") + std::string(p.revoked ? "-" : "+") + p.grantee + ":" + p.privilege +
           (p.grantable ? "*" : "");
  return out;
}
}  // namespace

TEST_CASE("privileges: a grant and its revoke leave nothing, a grant option comes and goes alone") {
  model::Privileges ps;
  model::grant_privilege(ps, kTable, "app_read", "SELECT", false, {});
  model::grant_privilege(ps, kTable, "app_read", "SELECT", true, {});
  CHECK(held(ps) == "+app_read:SELECT*");
  model::revoke_privilege(ps, kTable, "app_read", "SELECT", true, {});
  CHECK(held(ps) == "+app_read:SELECT");
  model::revoke_privilege(ps, kTable, "app_read", "SELECT", false, {});
  CHECK(held(ps).empty());
}

TEST_CASE("privileges: revoking a default is held as a revoke, granting it back is the default again") {
  model::Privileges ps;
  model::revoke_privilege(ps, kFunction, "PUBLIC", "EXECUTE", false, {});
  CHECK(held(ps) == "-PUBLIC:EXECUTE");
  model::grant_privilege(ps, kFunction, "PUBLIC", "EXECUTE", false, {});
  CHECK(held(ps).empty());
  // PUBLIC has no default on a table: a grant to it is held.
  model::grant_privilege(ps, kTable, "PUBLIC", "SELECT", false, {});
  CHECK(held(ps) == "+PUBLIC:SELECT");
}

TEST_CASE("privileges: the defaults are PostgreSQL's") {
  CHECK(model::default_privilege(kFunction, "PUBLIC", "EXECUTE"));
  CHECK_FALSE(model::default_privilege(kFunction, "app_read", "EXECUTE"));
  CHECK(model::default_privilege(GrantObject{GrantClass::type, {"public", "mood"}, "", ""}, "PUBLIC", "USAGE"));
  CHECK(model::default_privilege(GrantObject{GrantClass::schema, {"", "public"}, "", ""}, "PUBLIC", "USAGE"));
  CHECK_FALSE(model::default_privilege(GrantObject{GrantClass::schema, {"", "app"}, "", ""}, "PUBLIC", "USAGE"));
  CHECK_FALSE(model::default_privilege(GrantObject{GrantClass::sequence, {"public", "s"}, "", ""}, "PUBLIC", "USAGE"));
}

TEST_CASE("privileges: a REVOKE on an existing object is a revokes-access hazard, on a new one it is not") {
  auto desired = [](const std::string& sql) { return load::pg_sql::load({{"schema.sql", sql}}); };
  const std::string f = "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a';\n";
  auto revokes = [](const std::vector<diff::Change>& changes) {
    std::vector<bool> hazards;
    for (const auto& c : changes)
      if (c.kind == diff::ChangeKind::revoke_privileges) hazards.push_back(c.has(diff::Hazard::revokes_access));
    return hazards;
  };
  std::string revoke = "REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC;\n";
  CHECK(revokes(diff::diff(desired(f), desired(f + revoke), {})) == std::vector<bool>{true});
  CHECK(revokes(diff::diff(desired(""), desired(f + revoke), {})) == std::vector<bool>{false});
  std::string defaults = "ALTER DEFAULT PRIVILEGES FOR ROLE app_owner GRANT SELECT ON TABLES TO app_read;\n";
  CHECK(revokes(diff::diff(desired(defaults), desired(""), {})) == std::vector<bool>{false});
}
