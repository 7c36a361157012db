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
  // dtl can end one hunk on the line before the next one starts, and near
  // the end of the texts it keeps more than three lines of trailing context;
  // diff -u writes such neighbours as one hunk with three lines, and so do we.
  struct Hunk {
    long long a, b, c, d;
    std::vector<std::string> lines;  // with their ' ', '-' or '+' mark
  };
  std::vector<Hunk> hunks;
  for (const auto& h : diff.getUniHunks()) {
    std::vector<std::string> lines;
    for (const auto& e : h.common[0]) lines.push_back(" " + e.first);
    for (const auto& e : h.change) lines.push_back(mark(e.second.type) + e.first);
    for (const auto& e : h.common[1]) lines.push_back(" " + e.first);
    if (!hunks.empty() && hunks.back().a + hunks.back().b == h.a && hunks.back().c + hunks.back().d == h.c) {
      Hunk& last = hunks.back();
      last.b += h.b;
      last.d += h.d;
      last.lines.insert(last.lines.end(), lines.begin(), lines.end());
    } else {
      hunks.push_back({h.a, h.b, h.c, h.d, std::move(lines)});
    }
  }
  const size_t context = 3;
  std::string out = "--- " + before_label + "\n+++ " + after_label + "\n";
  for (auto& h : hunks) {
    size_t trailing = 0;
    while (trailing < h.lines.size() && h.lines[h.lines.size() - 1 - trailing][0] == ' ') ++trailing;
    for (; trailing > context; --trailing, --h.b, --h.d) h.lines.pop_back();
    out += "@@ -" + range(h.a, h.b) + " +" + range(h.c, h.d) + " @@\n";
    for (const auto& line : h.lines) out += line + "\n";
  }
  return out;
}

}  // namespace shale::report
