// The schema diff is a standard unified diff: exact output on small cases,
// and on random texts its hunks, applied strictly, turn before into after
// and never touch each other, with at most three lines of context at either end.
#include <catch2/catch.hpp>

#include <random>
#include <sstream>
#include <vector>

#include "report/unified_diff.hpp"

using shale::report::unified_diff;

namespace {
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Applies a unified diff with no fuzz: every context and deleted line must be
// where its hunk header says, and the header counts must match the body.
std::string apply_patch(const std::string& before, const std::string& patch) {
  std::vector<std::string> in = lines_of(before), out, p = lines_of(patch);
  size_t next = 0;  // first line of `in` not yet copied
  for (size_t i = 2; i < p.size();) {
    long a = 0, b = 1, c = 0, d = 1;
    if (std::sscanf(p[i].c_str(), "@@ -%ld,%ld +%ld,%ld @@", &a, &b, &c, &d) != 4) {
      if (std::sscanf(p[i].c_str(), "@@ -%ld +%ld,%ld @@", &a, &c, &d) == 3)
        b = 1;
      else if (std::sscanf(p[i].c_str(), "@@ -%ld,%ld +%ld @@", &a, &b, &c) == 3)
        d = 1;
      else
        REQUIRE(std::sscanf(p[i].c_str(), "@@ -%ld +%ld @@", &a, &c) == 2);
    }
    size_t start = b == 0 ? a : a - 1;  // zero-length ranges name the line before
    // Hunks that touch are one hunk in diff -u; a gap of context separates them.
    if (next > 0) CHECK(start > next);
    REQUIRE(start >= next);
    while (next < start) out.push_back(in.at(next++));
    long seen_b = 0, seen_d = 0;
    size_t leading = 0, trailing = 0;  // context lines around the changes
    bool changed = false;
    for (++i; i < p.size() && p[i].rfind("@@", 0) != 0; ++i) {
      std::string body = p[i].substr(1);
      if (p[i][0] == ' ')
        changed ? ++trailing : ++leading;
      else
        changed = true, trailing = 0;
      if (p[i][0] != '+') {
        REQUIRE(in.at(next) == body);
        ++next, ++seen_b;
      }
      if (p[i][0] != '-') out.push_back(body), ++seen_d;
    }
    CHECK(leading <= 3);
    CHECK(trailing <= 3);
    CHECK(seen_b == b);
    CHECK(seen_d == d);
    CHECK(long(out.size()) - seen_d + 1 == (d == 0 ? c + 1 : c));
  }
  while (next < in.size()) out.push_back(in[next++]);
  std::string text;
  for (const auto& l : out) text += l + "\n";
  return text;
}
}  // namespace

TEST_CASE("equal texts have no diff") { CHECK(unified_diff("a\nb\n", "a\nb\n", "before", "after").empty()); }

TEST_CASE("a changed line in the middle shows three lines of context") {
  std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
  std::string after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
  CHECK(unified_diff(before, after, "before", "after") ==
        "--- before\n+++ after\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST_CASE("a diff from nothing starts at line 0 of the old side, as diff -u writes it") {
  CHECK(unified_diff("", "CREATE TABLE t ();\n", "before", "after") ==
        "--- before\n+++ after\n@@ -0,0 +1 @@\n+CREATE TABLE t ();\n");
  CHECK(unified_diff("a\nb\n", "", "before", "after") == "--- before\n+++ after\n@@ -1,2 +0,0 @@\n-a\n-b\n");
}

TEST_CASE("distant changes get hunks of their own") {
  std::string before, after;
  for (int i = 1; i <= 20; ++i) {
    before += std::to_string(i) + "\n";
    after += (i == 2 || i == 18 ? "x" : std::to_string(i)) + "\n";
  }
  CHECK(unified_diff(before, after, "a", "b") ==
        "--- a\n+++ b\n@@ -1,5 +1,5 @@\n 1\n-2\n+x\n 3\n 4\n 5\n@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+x\n 19\n 20\n");
}

TEST_CASE("on random texts the diff applies exactly") {
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string before, after;
    for (int i = 0, n = rng() % 30; i < n; ++i) before += std::string(1, char('a' + rng() % 4)) + "\n";
    for (int i = 0, n = rng() % 30; i < n; ++i) after += std::string(1, char('a' + rng() % 4)) + "\n";
    std::string patch = unified_diff(before, after, "a", "b");
    INFO(before << "→\n" << after << "patch:\n" << patch);
    if (before == after)
      CHECK(patch.empty());
    else
      CHECK(apply_patch(before, patch) == after);
  }
}
