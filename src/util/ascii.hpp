// ASCII case mapping for SQL keywords and names: std::toupper per byte, so
// that non-ASCII bytes of UTF-8 names are left alone whatever the locale.
#pragma once
#include <cctype>
#include <string>

namespace shale {

inline std::string ascii_upper(std::string s) {
  for (auto& c : s) c = char(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace shale
