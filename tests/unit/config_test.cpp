#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <set>

#include "config/project.hpp"
#include "util/error.hpp"

using namespace shale;

namespace {
std::string write_toml(const std::string& name, const std::string& text) {
  std::string path = "/tmp/shale_cfg_" + name + ".toml";
  std::ofstream(path) << text;
  return path;
}
}  // namespace

TEST_CASE("shale.toml is read with environments and lint severities") {
  auto p = config::load_project(write_toml("ok",
                                           "dialect = \"postgres\"\nmigrations = \"db/migrations\"\n"
                                           "[env.development]\nurl = \"postgres://localhost/dev\"\n"
                                           "[env.production]\nurl = \"${SHALE_TEST_PROD_URL}\"\n"
                                           "[lint]\ntable-name-plural = \"off\"\n"));
  CHECK(p.migrations == "db/migrations");
  CHECK(p.schema == "schema");
  CHECK(p.lint.at("table-name-plural") == "off");
  CHECK(config::database_url(p, "", "") == "postgres://localhost/dev");
  CHECK(config::database_url(p, "postgres://flag/db", "production") == "postgres://flag/db");
  setenv("SHALE_TEST_PROD_URL", "postgres://prod/db", 1);
  CHECK(config::database_url(p, "", "production") == "postgres://prod/db");
  setenv("SHALE_ENV", "production", 1);
  CHECK(config::database_url(p, "", "") == "postgres://prod/db");
  unsetenv("SHALE_ENV");
  unsetenv("SHALE_TEST_PROD_URL");
  CHECK_THROWS_WITH(config::database_url(p, "", "production"),
                    "environment variable SHALE_TEST_PROD_URL is not set (in the url of [env.production])");
  try {
    config::database_url(p, "", "production");
  } catch (const UserError& e) {
    CHECK(e.pos().str() == "/tmp/shale_cfg_ok.toml:6:7");
  }
  CHECK_THROWS_WITH(config::database_url(p, "", "staging"), Catch::Contains("environment \"staging\" is not defined"));
}

TEST_CASE("DATABASE_URL is the fallback without a configured environment") {
  config::Project p;
  setenv("DATABASE_URL", "postgres://fallback/db", 1);
  CHECK(config::database_url(p, "", "") == "postgres://fallback/db");
  unsetenv("DATABASE_URL");
  CHECK_THROWS(config::database_url(p, "", ""));
}

TEST_CASE("unknown keys and bad values are errors with a position") {
  std::string path = write_toml("bad", "dialect = \"postgres\"\nmigratons = \"m\"\n");
  try {
    config::load_project(path);
    FAIL("expected an error");
  } catch (const UserError& e) {
    CHECK(std::string(e.what()) == "unknown key \"migratons\"");
    CHECK(e.pos().line == 2);
  }
  CHECK_THROWS_WITH(config::load_project(write_toml("dialect", "dialect = \"mysql\"\n")),
                    "dialect must be \"postgres\" or \"sqlite\"");
  CHECK_THROWS_WITH(config::load_project(write_toml("sev", "[lint]\ndrop-column = \"fatal\"\n")),
                    "severity of drop-column must be error, warning, info or off");
  CHECK_THROWS_WITH(config::load_project(write_toml("envkey", "[env.dev]\nuri = \"x\"\n")),
                    "unknown key \"uri\" in [env.dev]");
  CHECK_THROWS_AS(config::load_project(write_toml("syntax", "dialect = \n")), UserError);
}

TEST_CASE("[privileges] roles names the grantees shale manages, PUBLIC in any case") {
  CHECK(config::load_project(write_toml("noprivs", "dialect = \"postgres\"\n")).privilege_roles.empty());
  auto p =
      config::load_project(write_toml("privs", "[privileges]\nroles = [\"app_read\", \"App Write\", \"public\"]\n"));
  CHECK(p.privilege_roles == std::set<std::string>{"App Write", "PUBLIC", "app_read"});
  auto at = [](const std::string& name, const std::string& text) {
    try {
      config::load_project(write_toml(name, text));
    } catch (const UserError& e) {
      return e.pos().str().substr(e.pos().str().rfind(".toml:") + 6) + " " + e.what();
    }
    return std::string("no error");
  };
  CHECK(at("privs_key", "[privileges]\nrole = [\"a\"]\n") == "2:8 unknown key \"role\" in [privileges]");
  CHECK(at("privs_item", "[privileges]\nroles = [\"a\", 3]\n") ==
        "2:15 [privileges] roles must be an array of role names");
  CHECK(at("privs_sqlite", "dialect = \"sqlite\"\n[privileges]\nroles = [\"a\"]\n") ==
        "2:1 [privileges] applies to PostgreSQL projects only (dialect is \"sqlite\")");
}

TEST_CASE("[owners] compare is off unless the project turns it on") {
  CHECK_FALSE(config::load_project(write_toml("owners_none", "dialect = \"postgres\"\n")).compare_owners);
  CHECK(config::load_project(write_toml("owners_on", "[owners]\ncompare = true\n")).compare_owners);
  CHECK_FALSE(config::load_project(write_toml("owners_off", "[owners]\ncompare = false\n")).compare_owners);
  try {
    config::load_project(write_toml("owners_key", "[owners]\ncompare = true\ncompared = true\n"));
    FAIL("expected an error");
  } catch (const UserError& e) {
    CHECK(std::string(e.what()) == "unknown key \"compared\" in [owners]");
    CHECK(e.pos().str() == "/tmp/shale_cfg_owners_key.toml:3:12");
  }
  CHECK_THROWS_WITH(config::load_project(write_toml("owners_value", "[owners]\ncompare = \"yes\"\n")),
                    "\"compare\" must be true or false");
  CHECK_THROWS_WITH(
      config::load_project(write_toml("owners_sqlite", "dialect = \"sqlite\"\n[owners]\ncompare = true\n")),
      "[owners] applies to PostgreSQL projects only (dialect is \"sqlite\")");
}
