// shale.toml: the project's dialect, paths, history table, environments and
// lint severities (docs/design.md, "Files"). A missing file means the defaults.
#pragma once
#include <map>
#include <set>
#include <string>

#include "config/apply_settings.hpp"
#include "config/filter.hpp"
#include "util/error.hpp"

namespace shale::config {

struct Project {
  std::string dialect = "postgres";
  std::string schema = "schema";
  std::string migrations = "migrations";
  std::string history_table = "shale_migrations";
  std::string seeds = "seeds";
  // `shale lint` of the whole directory reports nothing for migrations up to
  // and including this version (old findings, accepted when adopting shale);
  // "" reports all.
  std::string lint_baseline;
  // Absolute URL under which lint-rules/<id>.md are published, ending in "/"
  // (SARIF's helpUri); "" when not published.
  std::string lint_docs_url;
  std::map<std::string, std::string> env_urls;  // environment → url (${VAR} expanded on use)
  std::map<std::string, std::string> lint;      // rule id → severity
  Filter filter;                                // [filter]: the schemas and objects shale manages (PostgreSQL)
  std::map<std::string, SourcePos> env_url_at;  // environment → where its url is written
  std::map<std::string, SourcePos> lint_at;     // rule id → where its severity is written
  // [diff]: how plans and generated migrations are written (docs/online.md).
  bool diff_online = true;  // online forms of changes to tables that hold rows
  // [privileges] roles: the grantees whose privileges shale compares and plans
  // (GRANT / REVOKE); "PUBLIC" for the public pseudo-role. Empty: privileges
  // are not compared (docs/comparison.md, "Privileges").
  std::set<std::string> privilege_roles;
  // [owners]: compare = true compares the owners the desired state names
  // (ALTER … OWNER TO) and plans OWNER TO (docs/comparison.md, "Owners").
  bool compare_owners = false;
  std::string path;  // the file read, or "" for defaults

  // [apply]: lock_timeout, statement_timeout and lock-timeout retries of
  // `shale apply` (config/apply_settings.hpp; defaults when absent).
  ApplySettings apply;
};

// Reads `path` (default shale.toml). Throws UserError with file:line:col for
// TOML syntax errors, unknown keys and bad values.
Project load_project(const std::string& path = "shale.toml");

// The project of a command run in the current directory: `explicit_path`
// when given (--config), else shale.toml in the current directory or the
// nearest one above it, as git finds its repository (a hook or a script run
// from a parent directory finds the same project). Relative paths in the file
// (schema, migrations, seeds, sqlite:// urls) are relative to its directory,
// and are returned relative to the current one. No file anywhere: the
// defaults. A missing `explicit_path` is a UserError.
Project find_project(const std::string& explicit_path = "");

// The database URL for a command: --url, else the environment's url (chosen
// by --env, else SHALE_ENV, else "development"), else DATABASE_URL.
std::string database_url(const Project& project, const std::string& url_flag, const std::string& env_flag);

// Replaces ${VAR} with the environment variable; an unset variable is an error.
std::string expand_env(const std::string& text);

}  // namespace shale::config
