#include "pgsql/view_options.hpp"

#include <algorithm>

#include "util/error.hpp"

namespace shale::pgsql {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// parse_bool's spellings (src/backend/utils/adt/bool.c): prefixes of true,
// yes, false, no; on, of(f); 1, 0. Written without a value: true.
bool boolean(const std::string& name, const std::string& written) {
  std::string v = lower(written);
  auto prefix_of = [&](const char* word) { return !v.empty() && std::string(word).compare(0, v.size(), v) == 0; };
  if (v.empty() || v == "1" || v == "on" || prefix_of("true") || prefix_of("yes")) return true;
  if (v == "0" || (v.size() >= 2 && prefix_of("off")) || prefix_of("false") || prefix_of("no")) return false;
  throw UserError("invalid value for boolean option \"" + name + "\": " + written);
}

}  // namespace

void set_view_option(ViewOptions& options, const std::string& name, const std::string& value) {
  if (name == "security_barrier" || name == "security_invoker") {
    if (boolean(name, value))
      options[name] = "true";
    else
      options.erase(name);
    return;
  }
  if (name == "check_option") {
    std::string v = lower(value);
    if (v != "local" && v != "cascaded") throw UserError("invalid value for enum option \"check_option\": " + value);
    options[name] = v;
    return;
  }
  check_view_option_name(name);
}

void check_view_option_name(const std::string& name) {
  if (name != "security_barrier" && name != "security_invoker" && name != "check_option")
    throw UserError("unrecognized parameter \"" + name + "\"");
}

void read_view_option(ViewOptions& options, const std::string& entry) {
  size_t eq = entry.find('=');
  set_view_option(options, entry.substr(0, eq), eq == std::string::npos ? "" : entry.substr(eq + 1));
}

std::string view_options_sql(const ViewOptions& options) {
  std::string out;
  for (const auto& [name, value] : options) out += (out.empty() ? "" : ", ") + name + "=" + value;
  return out;
}

}  // namespace shale::pgsql
