#include "report/unified_diff.hpp"

#include <dtl/dtl.hpp>
#include <vector>

namespace shale::report {

namespace {
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// A hunk range as GNU diff writes it: "start,count", just "start" for one
// line, and for no lines the line *before* the hunk (dtl gives the one after).
std::string range(long long start, long long count) {
  if (count == 1) return std::to_string(start);
  return std::to_string(count == 0 ? start - 1 : start) + "," + std::to_string(count);
}

char mark(dtl::edit_t type) { return type == dtl::SES_ADD ? '+' : type == dtl::SES_DELETE ? '-' : ' '; }
}  // namespace

std::string unified_diff(const std::string& before, const std::string& after, const std::string& before_label,
                         const std::string& after_label) {
  if (before == after) return "";
  dtl::Diff<std::string> diff(split_lines(before), split_lines(after));
  diff.compose();
  diff.composeUnifiedHunks();
  std::string out = "--- " + before_label + "\n+++ " + after_label + "\n";
  for (const auto& hunk : diff.getUniHunks()) {
    out += "@@ -" + range(hunk.a, hunk.b) + " +" + range(hunk.c, hunk.d) + " @@\n";
    for (const auto& e : hunk.common[0]) out += " " + e.first + "\n";
    for (const auto& e : hunk.change) out += mark(e.second.type) + e.first + "\n";
    for (const auto& e : hunk.common[1]) out += " " + e.first + "\n";
  }
  return out;
}

}  // namespace shale::report
