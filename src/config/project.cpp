#include "config/project.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>
#include <toml.hpp>

#include "util/ascii.hpp"
#include "util/error.hpp"

namespace shale::config {

namespace {
const std::set<std::string> kDialects = {"postgres", "sqlite"};
const std::set<std::string> kSeverities = {"error", "warning", "info", "off"};

std::string string_at(const toml::value& v, const std::string& key, const std::string& path) {
  const toml::value& x = v.at(key);
  if (!x.is_string()) {
    auto loc = x.location();
    throw UserError("\"" + key + "\" must be a string", SourcePos{path, int(loc.line()), int(loc.column())});
  }
  return x.as_string().str;
}

SourcePos position_of(const toml::value& v, const std::string& path) {
  auto loc = v.location();
  return SourcePos{path, int(loc.line()), int(loc.column())};
}

// An array of strings, each checked by `check` at its own position.
std::vector<std::string> string_list(const toml::value& v, const std::string& key, const std::string& path,
                                     void (*check)(const std::string&, const SourcePos&)) {
  if (!v.is_array()) throw UserError("[filter] " + key + " must be an array of strings", position_of(v, path));
  std::vector<std::string> out;
  for (const auto& item : v.as_array()) {
    if (!item.is_string()) throw UserError("[filter] " + key + " must be an array of strings", position_of(item, path));
    out.push_back(item.as_string().str);
    check(out.back(), position_of(item, path));
  }
  return out;
}

[[noreturn]] void unknown_key(const toml::value& v, const std::string& key, const std::string& path,
                              const std::string& where) {
  auto loc = v.location();
  throw UserError("unknown key \"" + key + "\"" + where, SourcePos{path, int(loc.line()), int(loc.column())});
}

void read_diff_section(const toml::value& section, const std::string& path, Project& p) {
  if (!section.is_table()) unknown_key(section, "diff", path, " (expected a [diff] table)");
  for (const auto& [k, v] : section.as_table()) {
    auto loc = v.location();
    SourcePos at{path, int(loc.line()), int(loc.column())};
    if (k == "online") {
      if (!v.is_boolean()) throw UserError("\"online\" must be true or false", at);
      p.diff_online = v.as_boolean();
    } else {
      unknown_key(v, k, path, " in [diff]");
    }
  }
}

// [privileges] roles = ["app_read", "PUBLIC"]: role names as PostgreSQL
// spells them (case-sensitive); PUBLIC in any case is the pseudo-role.
void read_privileges_section(const toml::value& section, const std::string& path, Project& p) {
  if (!section.is_table()) unknown_key(section, "privileges", path, " (expected a [privileges] table)");
  for (const auto& [k, v] : section.as_table()) {
    if (k != "roles") unknown_key(v, k, path, " in [privileges]");
    auto bad = [&](const toml::value& at) {
      throw UserError("[privileges] roles must be an array of role names", position_of(at, path));
    };
    if (!v.is_array()) bad(v);
    for (const auto& item : v.as_array()) {
      if (!item.is_string() || item.as_string().str.empty()) bad(item);
      std::string role = item.as_string().str;
      p.privilege_roles.insert(ascii_upper(role) == "PUBLIC" ? "PUBLIC" : role);
    }
  }
}

// [owners]: its own block, beside the other sections.
void read_owners_section(const toml::value& section, const std::string& path, Project& p) {
  if (!section.is_table()) unknown_key(section, "owners", path, " (expected an [owners] table)");
  for (const auto& [k, v] : section.as_table()) {
    if (k != "compare") unknown_key(v, k, path, " in [owners]");
    if (!v.is_boolean()) throw UserError("\"compare\" must be true or false", position_of(v, path));
    p.compare_owners = v.as_boolean();
  }
}

// The top-level string keys; false when `key` is none of them.
bool read_top_level_string(const toml::value& root, const std::string& key, const std::string& path, Project& p) {
  const toml::value& value = root.at(key);
  if (key == "dialect") {
    p.dialect = string_at(root, key, path);
    if (!kDialects.count(p.dialect))
      throw UserError("dialect must be \"postgres\" or \"sqlite\"", position_of(value, path));
  } else if (key == "schema") {
    p.schema = string_at(root, key, path);
  } else if (key == "migrations") {
    p.migrations = string_at(root, key, path);
  } else if (key == "history_table") {
    p.history_table = string_at(root, key, path);
  } else if (key == "seeds") {
    p.seeds = string_at(root, key, path);
  } else if (key == "lint_docs_url") {
    p.lint_docs_url = string_at(root, key, path);
    // SARIF requires absolute URIs; a base without its "/" would glue the id on.
    static const std::regex kAbsolute("[A-Za-z][A-Za-z0-9+.-]*://.+/");
    if (!std::regex_match(p.lint_docs_url, kAbsolute))
      throw UserError(
          "lint_docs_url must be an absolute URL ending in /, e.g. "
          "\"https://example.com/shale/lint-rules/\"",
          position_of(value, path));
  } else if (key == "lint_baseline") {
    p.lint_baseline = string_at(root, key, path);
    static const std::regex kVersion("[0-9]{14}");
    if (!std::regex_match(p.lint_baseline, kVersion))
      throw UserError("lint_baseline must be a migration version, 14 digits YYYYMMDDHHMMSS", position_of(value, path));
  } else {
    return false;
  }
  return true;
}

// [env.NAME] url = "…", each url's position kept for ${VAR} errors.
void read_env_section(const toml::value& section, const std::string& path, Project& p) {
  for (const auto& [env, table] : section.as_table()) {
    if (!table.is_table()) unknown_key(table, env, path, " in [env]");
    for (const auto& [k, v] : table.as_table()) {
      if (k != "url") unknown_key(v, k, path, " in [env." + env + "]");
      p.env_urls[env] = string_at(table, k, path);
      p.env_url_at[env] = position_of(v, path);
    }
  }
}

// [lint] rule-id = "severity".
void read_lint_section(const toml::value& section, const std::string& path, Project& p) {
  for (const auto& [rule, v] : section.as_table()) {
    std::string severity = string_at(section, rule, path);
    if (!kSeverities.count(severity))
      throw UserError("severity of " + rule + " must be error, warning, info or off", position_of(v, path));
    p.lint[rule] = severity;
    p.lint_at[rule] = position_of(v, path);
  }
}

void read_filter_section(const toml::value& section, const std::string& path, Project& p) {
  if (!section.is_table()) throw UserError("[filter] must be a table", position_of(section, path));
  for (const auto& [k, v] : section.as_table()) {
    if (k == "schemas")
      p.filter.schemas = string_list(v, k, path, check_schema_entry);
    else if (k == "exclude")
      p.filter.exclude = string_list(v, k, path, check_exclude_entry);
    else
      unknown_key(v, k, path, " in [filter]");
  }
}

}  // namespace

Project load_project(const std::string& path) {
  Project p;
  if (!std::filesystem::exists(path)) return p;
  p.path = path;
  toml::value root;
  try {
    root = toml::parse(path);
  } catch (const toml::syntax_error& e) {
    auto loc = e.location();
    throw UserError(std::string("invalid TOML: ") + e.what(), SourcePos{path, int(loc.line()), int(loc.column())});
  }
  using Reader = void (*)(const toml::value&, const std::string&, Project&);
  static const std::map<std::string, Reader> kSections = {
      {"env", read_env_section},
      {"diff", read_diff_section},
      {"lint", read_lint_section},
      {"filter", read_filter_section},
      {"owners", read_owners_section},
      {"privileges", read_privileges_section},
      {"apply",
       [](const toml::value& v, const std::string& at, Project& to) { to.apply = read_apply_settings(v, at); }},
  };
  std::map<std::string, SourcePos> section_at;
  for (const auto& [key, value] : root.as_table()) {
    if (read_top_level_string(root, key, path, p)) continue;
    auto section = kSections.find(key);
    if (section == kSections.end()) unknown_key(value, key, path, "");
    section->second(value, path, p);
    section_at[key] = position_of(value, path);
  }
  // SQLite has no schemas, roles or owners, and its reader models every object kind it has.
  if (p.dialect == "sqlite") {
    auto refuse = [&](const std::string& section) {
      throw UserError("[" + section + "] applies to PostgreSQL projects only (dialect is \"sqlite\")",
                      section_at[section]);
    };
    if (!p.filter.empty()) refuse("filter");
    if (!p.privilege_roles.empty()) refuse("privileges");
    if (p.compare_owners) refuse("owners");
  }
  return p;
}

namespace {

namespace fs = std::filesystem;

// shale.toml in `dir` or the nearest directory above it; "" when none.
std::string search_upward(fs::path dir) {
  for (;;) {
    fs::path candidate = dir / "shale.toml";
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return "";
    dir = dir.parent_path();
  }
}

// `path` as seen from the current directory, when it is relative to `base`.
std::string rebased(const fs::path& base, const std::string& path) {
  if (base.empty() || fs::path(path).is_absolute()) return path;
  return (base / path).lexically_normal().string();
}

}  // namespace

Project find_project(const std::string& explicit_path) {
  std::string path = explicit_path;
  if (!path.empty()) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) path = (fs::path(path) / "shale.toml").string();
    if (!fs::is_regular_file(path, ec)) throw UserError("project file " + path + " does not exist", SourcePos{path});
  } else {
    std::string found = search_upward(fs::current_path());
    if (found.empty()) return Project{};
    // Show it relative to the current directory: ../shale.toml, not /home/….
    path = fs::proximate(found).string();
  }
  Project p = load_project(path);
  fs::path base = fs::path(path).parent_path();
  p.schema = rebased(base, p.schema);
  p.migrations = rebased(base, p.migrations);
  p.seeds = rebased(base, p.seeds);
  for (auto& [env, url] : p.env_urls)
    // (A url built from ${VAR} is left as the environment gives it.)
    if (url.rfind("sqlite://", 0) == 0 && url.find("${") == std::string::npos)
      url = "sqlite://" + rebased(base, url.substr(9));
  return p;
}

std::string expand_env(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (text.compare(i, 2, "${") == 0) {
      size_t close = text.find('}', i);
      if (close == std::string::npos) throw UserError("unterminated ${ in \"" + text + "\"");
      std::string var = text.substr(i + 2, close - i - 2);
      const char* value = std::getenv(var.c_str());
      if (!value) throw UserError("environment variable " + var + " is not set");
      out += value;
      i = close + 1;
    } else {
      out += text[i++];
    }
  }
  return out;
}

std::string database_url(const Project& project, const std::string& url_flag, const std::string& env_flag) {
  if (!url_flag.empty()) return url_flag;
  std::string env = env_flag;
  if (env.empty() && std::getenv("SHALE_ENV")) env = std::getenv("SHALE_ENV");
  bool chosen = !env.empty();
  if (env.empty()) env = "development";
  auto it = project.env_urls.find(env);
  if (it != project.env_urls.end()) {
    try {
      return expand_env(it->second);
    } catch (const UserError& e) {
      auto at = project.env_url_at.find(env);
      if (at == project.env_url_at.end()) throw;
      throw UserError(std::string(e.what()) + " (in the url of [env." + env + "])", at->second);
    }
  }
  if (chosen && !project.env_urls.empty())
    throw UserError("environment \"" + env + "\" is not defined in " +
                    (project.path.empty() ? "shale.toml" : project.path));
  if (const char* url = std::getenv("DATABASE_URL")) return url;
  throw UserError("no database URL: pass --url, define [env." + env + "] url in shale.toml, or set DATABASE_URL");
}

}  // namespace shale::config
