// shale.toml: the project's dialect, paths, history table, environments and
// lint severities (docs/design.md, "Files"). A missing file means the defaults.
#pragma once
#include <map>
#include <string>

namespace shale::config {

struct Project {
  std::string dialect = "postgres";
  std::string schema = "schema";
  std::string migrations = "migrations";
  std::string history_table = "shale_migrations";
  std::string seeds = "seeds";
  std::map<std::string, std::string> env_urls;  // environment → url (${VAR} expanded on use)
  std::map<std::string, std::string> lint;      // rule id → severity
  std::string path;                             // the file read, or "" for defaults
};

// Reads `path` (default shale.toml). Throws UserError with file:line:col for
// TOML syntax errors, unknown keys and bad values.
Project load_project(const std::string& path = "shale.toml");

// The database URL for a command: --url, else the environment's url (chosen
// by --env, else SHALE_ENV, else "development"), else DATABASE_URL.
std::string database_url(const Project& project, const std::string& url_flag, const std::string& env_flag);

// Replaces ${VAR} with the environment variable; an unset variable is an error.
std::string expand_env(const std::string& text);

}  // namespace shale::config
