#include "pgsql/type_changes.hpp"

#include <cstdlib>
#include <vector>

namespace shale::pgsql {

namespace {

// A type split into its base name and its modifiers: "numeric(12,2)" → numeric, {12, 2}.
struct Typed {
  std::string base;
  std::vector<long> mods;  // empty when unconstrained
  bool ok = true;          // false when the modifiers are not plain numbers
};

Typed split(const std::string& t) {
  Typed out;
  size_t open = t.find('(');
  if (open == std::string::npos) {
    out.base = t;
    return out;
  }
  size_t close = t.find(')', open);
  // An array ("character varying(10)[]") or anything after the modifiers is another type.
  if (close == std::string::npos || close + 1 != t.size()) {
    out.ok = false;
    return out;
  }
  out.base = t.substr(0, open);
  std::string list = t.substr(open + 1, close - open - 1);
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    std::string part = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    char* end = nullptr;
    long v = std::strtol(part.c_str(), &end, 10);
    if (part.empty() || *end != '\0') out.ok = false;
    out.mods.push_back(v);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

// A length limit that is raised or removed, never lowered.
bool widened(const Typed& a, const Typed& b) {
  if (b.mods.empty()) return true;
  return !a.mods.empty() && b.mods[0] >= a.mods[0];
}

}  // namespace

bool changes_without_rewrite(const std::string& from, const std::string& to) {
  if (from == to) return true;
  Typed a = split(from), b = split(to);
  if (!a.ok || !b.ok) return false;
  if (a.base == "character varying") {
    if (b.base == "text") return true;
    if (b.base == "character varying") return widened(a, b);
    return false;
  }
  if (a.base == "text") return b.base == "character varying" && b.mods.empty();
  if (a.base == "numeric" && b.base == "numeric") {
    if (b.mods.empty()) return true;
    // The scale must stay: another scale changes the stored digits.
    if (a.mods.empty()) return false;
    long a_scale = a.mods.size() > 1 ? a.mods[1] : 0, b_scale = b.mods.size() > 1 ? b.mods[1] : 0;
    return a_scale == b_scale && b.mods[0] >= a.mods[0];
  }
  if (a.base == "bit varying" && b.base == "bit varying") return widened(a, b);
  return a.base == "cidr" && b.base == "inet";
}

}  // namespace shale::pgsql
