#include "load/pg_sql/default_names.hpp"

namespace shale::load::pg_sql {

namespace {
constexpr size_t kMaxName = 63;  // NAMEDATALEN - 1

// Cuts at a byte count without splitting a UTF-8 sequence (pg_mbcliplen).
size_t clip_utf8(const std::string& s, size_t n) {
  while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}
}  // namespace

std::string make_object_name(const std::string& name1, const std::string& name2, const std::string& label) {
  size_t overhead = (label.empty() ? 0 : label.size() + 1) + (name2.empty() ? 0 : 1);
  size_t avail = kMaxName - overhead;
  size_t n1 = name1.size(), n2 = name2.size();
  while (n1 + n2 > avail) {
    if (n1 > n2)
      --n1;
    else
      --n2;
  }
  n1 = clip_utf8(name1, n1);
  n2 = clip_utf8(name2, n2);
  std::string out = name1.substr(0, n1);
  if (!name2.empty()) out += "_" + name2.substr(0, n2);
  if (!label.empty()) out += "_" + label;
  return out;
}

std::string choose_name(const std::string& name1, const std::string& name2, const std::string& label,
                        const std::function<bool(const std::string&)>& taken) {
  std::string candidate = make_object_name(name1, name2, label);
  for (int pass = 1; taken(candidate); ++pass) {
    candidate = make_object_name(name1, name2, label + std::to_string(pass));
  }
  return candidate;
}

std::string join_column_names(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) {
    if (!out.empty()) out += "_";
    out += c;
    if (out.size() >= kMaxName) break;
  }
  return out;
}

}  // namespace shale::load::pg_sql
