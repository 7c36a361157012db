#include "config/apply_settings.hpp"

#include <regex>

#include "util/error.hpp"

namespace shale::config {

long parse_duration_ms(const std::string& text) {
  static const std::regex kDuration("\\s*([0-9]+)\\s*(ms|s|min|h)?\\s*");
  std::smatch m;
  if (!std::regex_match(text, m, kDuration) || m[1].length() > 9)
    throw UserError("\"" + text + "\" is not a duration (e.g. \"5s\", \"500ms\", \"2min\", \"0\")");
  long n = std::stol(m[1]);
  std::string unit = m[2];
  if (unit.empty() && n != 0) throw UserError("\"" + text + "\" needs a unit (ms, s, min or h)");
  long factor = unit == "s" ? 1000 : unit == "min" ? 60000 : unit == "h" ? 3600000 : 1;
  return n * factor;
}

std::string duration_text(long ms) {
  if (ms == 0) return "0";
  if (ms % 3600000 == 0) return std::to_string(ms / 3600000) + "h";
  if (ms % 60000 == 0) return std::to_string(ms / 60000) + "min";
  if (ms % 1000 == 0) return std::to_string(ms / 1000) + "s";
  return std::to_string(ms) + "ms";
}

ApplySettings read_apply_settings(const toml::value& table, const std::string& path) {
  ApplySettings a;
  auto at = [&](const toml::value& v) {
    auto loc = v.location();
    return SourcePos{path, int(loc.line()), int(loc.column())};
  };
  if (!table.is_table()) throw UserError("[apply] must be a table", at(table));
  // Takes the key and value as arguments: C++17 lambdas cannot capture the
  // loop's structured bindings.
  auto duration = [&](const std::string& key, const toml::value& v, long& out) {
    if (!v.is_string()) throw UserError("\"" + key + "\" must be a duration string such as \"5s\"", at(v));
    try {
      out = parse_duration_ms(v.as_string().str);
    } catch (const UserError& e) {
      throw UserError(std::string(e.what()) + " in \"" + key + "\"", at(v));
    }
  };
  for (const auto& [key, v] : table.as_table()) {
    if (key == "lock_timeout") {
      duration(key, v, a.lock_timeout_ms);
    } else if (key == "statement_timeout") {
      duration(key, v, a.statement_timeout_ms);
    } else if (key == "lock_retry_delay") {
      duration(key, v, a.lock_retry_delay_ms);
    } else if (key == "lock_retries") {
      if (!v.is_integer() || v.as_integer() < 0 || v.as_integer() > 100)
        throw UserError("\"lock_retries\" must be a whole number from 0 to 100", at(v));
      a.lock_retries = int(v.as_integer());
    } else {
      throw UserError(
          "unknown key \"" + key + "\" in [apply] (lock_timeout, statement_timeout, lock_retries, lock_retry_delay)",
          at(v));
    }
  }
  return a;
}

}  // namespace shale::config
