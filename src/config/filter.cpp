#include "config/filter.hpp"

namespace shale::config {

bool glob_match(const std::string& pattern, const std::string& text) {
  // Iterative matcher with one backtrack point (the last `*`): linear for
  // patterns without `*`, O(n·m) at worst.
  size_t p = 0, t = 0, star = std::string::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (star != std::string::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::string glob_to_like(const std::string& pattern) {
  std::string out;
  for (char c : pattern) {
    if (c == '*')
      out += '%';
    else if (c == '?')
      out += '_';
    else if (c == '%' || c == '_' || c == '\\')
      out += std::string("\\") + c;
    else
      out += c;
  }
  return out;
}

const std::vector<UnmodelledKind>& unmodelled_kinds() {
  // by_kind is false where the reader reads the object into the model anyway
  // (as a plain table): only leaving it out by name keeps it out of the plan.
  static const std::vector<UnmodelledKind> kinds = {
      {"partitioned_table", false, false},
      {"partition", false, false},
      {"inheritance", false, false},
      {"foreign_table", true, false},
      {"base_type", true, false},
      {"aggregate", true, false},
      {"window_function", true, false},
      {"operator", true, false},
      {"operator_class", true, false},
      {"operator_family", true, false},
      {"statistics", true, false},
      {"text_search", true, false},
      {"conversion", true, false},
      {"unlogged", true, true},
      {"rule", true, true},
      {"privileges", true, true},
      {"storage_parameters", true, true},
      {"tablespace", true, true},
      {"replica_identity", true, true},
      {"access_method", true, true},
      {"column_options", true, true},
      {"comment", true, true},
      {"trigger_state", true, true},
      {"cluster", true, true},
      {"event_trigger", true, true},
      {"publication", true, true},
      {"subscription", true, true},
      {"foreign_data_wrapper", true, true},
      {"server", true, true},
      {"cast", true, true},
      {"transform", true, true},
      {"language", true, true},
  };
  return kinds;
}

const UnmodelledKind* unmodelled_kind(const std::string& name) {
  for (const auto& k : unmodelled_kinds())
    if (name == k.name) return &k;
  return nullptr;
}

namespace {
bool any_match(const std::vector<std::string>& patterns, const std::string& text) {
  for (const auto& p : patterns)
    if (glob_match(p, text)) return true;
  return false;
}
bool is_kind_entry(const std::string& e) { return e.find(':') != std::string::npos; }
bool is_object_entry(const std::string& e) { return !is_kind_entry(e) && e.find('.') != std::string::npos; }
}  // namespace

bool Filter::schema_included(const std::string& schema) const {
  if (!schemas.empty() && !any_match(schemas, schema)) return false;
  for (const auto& e : exclude)
    if (!is_kind_entry(e) && !is_object_entry(e) && glob_match(e, schema)) return false;
  return true;
}

bool Filter::excludes(const std::string& schema, const std::string& name) const {
  if (!schema_included(schema)) return true;
  if (name.empty()) return false;
  std::string qualified = schema + "." + name;
  for (const auto& e : exclude)
    if (is_object_entry(e) && glob_match(e, qualified)) return true;
  return false;
}

bool Filter::excludes_kind(const std::string& kind, const std::string& display) const {
  for (const auto& e : exclude) {
    size_t colon = e.find(':');
    if (colon != std::string::npos && e.compare(0, colon, kind) == 0 && colon == kind.size() &&
        glob_match(e.substr(colon + 1), display))
      return true;
  }
  return false;
}

std::vector<std::string> Filter::excluded_schemas() const {
  std::vector<std::string> out;
  for (const auto& e : exclude)
    if (!is_kind_entry(e) && !is_object_entry(e)) out.push_back(e);
  return out;
}

void check_schema_entry(const std::string& s, const SourcePos& at) {
  if (s.empty() || s.find('.') != std::string::npos || s.find(':') != std::string::npos)
    throw UserError("[filter] schemas: \"" + s + "\" is not a schema name or glob", at);
}

void check_exclude_entry(const std::string& e, const SourcePos& at) {
  size_t colon = e.find(':');
  if (colon == std::string::npos) {
    size_t dot = e.find('.');
    if (e.empty() || dot == 0 || (dot != std::string::npos && dot + 1 == e.size()))
      throw UserError("[filter] exclude: \"" + e + "\" is not \"schema\", \"schema.name\" or \"kind:pattern\"", at);
    return;
  }
  std::string kind = e.substr(0, colon);
  const UnmodelledKind* k = unmodelled_kind(kind);
  if (!k) {
    std::string known;
    for (const auto& u : unmodelled_kinds()) known += (known.empty() ? "" : ", ") + std::string(u.name);
    throw UserError("[filter] exclude: unknown kind \"" + kind + "\" in \"" + e + "\" (kinds: " + known + ")", at);
  }
  if (!k->by_kind)
    throw UserError("[filter] exclude: \"" + e + "\": a " + kind +
                        " is read as a table, so only its name can leave it out (\"schema.name\")",
                    at);
  if (colon + 1 == e.size()) throw UserError("[filter] exclude: \"" + e + "\" has no pattern after \":\"", at);
}

}  // namespace shale::config
