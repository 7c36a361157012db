// The privilege arithmetic the interpreter replays GRANT / REVOKE with: the
// model holds only what differs from PostgreSQL's defaults for a new object.
#include <catch2/catch.hpp>

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
    out += (out.empty() ? "" : " ") + std::string(p.revoked ? "-" : "+") + p.grantee + ":" + p.privilege + (p.grantable ? "*" : "");
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
