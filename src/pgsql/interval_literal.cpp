#include "pgsql/interval_literal.hpp"

#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <vector>

namespace shale::pgsql {

namespace {

constexpr int64_t kSecond = 1000000, kMinute = 60 * kSecond, kHour = 60 * kMinute, kDay = 24 * kHour;

struct Interval {
  int64_t months = 0, days = 0, micros = 0;
};

// A unit of the verbose form (datetktbl / deltatktbl, PostgreSQL 15), as
// months, days or microseconds per one.
struct Unit {
  const char* names[6];
  int64_t months, days, micros;
};
const Unit kUnits[] = {
    {{"microsecond", "microseconds", "us", "usec", "usecs", nullptr}, 0, 0, 1},
    {{"millisecond", "milliseconds", "ms", "msec", "msecs", nullptr}, 0, 0, 1000},
    {{"second", "seconds", "s", "sec", "secs", nullptr}, 0, 0, kSecond},
    {{"minute", "minutes", "m", "min", "mins", nullptr}, 0, 0, kMinute},
    {{"hour", "hours", "h", "hr", "hrs", nullptr}, 0, 0, kHour},
    {{"day", "days", "d", nullptr}, 0, 1, 0},
    {{"week", "weeks", "w", nullptr}, 0, 7, 0},
    {{"month", "months", "mon", "mons", nullptr}, 1, 0, 0},
    {{"year", "years", "y", "yr", "yrs", nullptr}, 12, 0, 0},
    {{"decade", "decades", nullptr}, 120, 0, 0},
    {{"century", "centuries", nullptr}, 1200, 0, 0},
    {{"millennium", "millennia", "millenniums", nullptr}, 12000, 0, 0},
};

const Unit* unit_named(const std::string& name) {
  for (const auto& u : kUnits)
    for (const char* const* n = u.names; *n; ++n)
      if (name == *n) return &u;
  return nullptr;
}

// Adds `value` units; fractions spill into the next smaller field as
// PostgreSQL does (a month is 30 days, a day 24 hours). False when a
// fraction would need rounding that is not reproduced here.
bool add(Interval& iv, double value, const Unit& u) {
  if (u.micros) {
    double m = value * static_cast<double>(u.micros);
    if (std::fabs(m - std::round(m)) > 1e-6) return false;
    iv.micros += static_cast<int64_t>(std::llround(m));
    return true;
  }
  if (u.days) {
    double d = value * static_cast<double>(u.days);
    double whole = std::trunc(d);
    iv.days += static_cast<int64_t>(whole);
    double m = (d - whole) * static_cast<double>(kDay);
    if (std::fabs(m - std::round(m)) > 1e-3) return false;
    iv.micros += static_cast<int64_t>(std::llround(m));
    return true;
  }
  double months = value * static_cast<double>(u.months);
  double whole = std::trunc(months);
  iv.months += static_cast<int64_t>(whole);
  double days = (months - whole) * 30;
  if (u.months > 1 && std::fabs(days) > 1e-9) return false;  // a fraction of a year that is not whole months
  if (std::fabs(days - std::round(days)) > 1e-9) return false;
  iv.days += static_cast<int64_t>(std::llround(days));
  return true;
}

// hh:mm[:ss[.ffffff]] with an optional sign.
bool add_time(Interval& iv, const std::string& token) {
  bool negative = token[0] == '-';
  std::string t = token.substr(token[0] == '-' || token[0] == '+' ? 1 : 0);
  std::vector<std::string> parts;
  std::stringstream in(t);
  for (std::string p; std::getline(in, p, ':');) parts.push_back(p);
  if (parts.size() < 2 || parts.size() > 3) return false;
  for (size_t i = 0; i < parts.size(); ++i)
    for (char c : parts[i])
      if (!std::isdigit(static_cast<unsigned char>(c)) && !(c == '.' && i == parts.size() - 1)) return false;
  if (parts[0].empty() || parts[1].empty()) return false;
  int64_t micros = std::stoll(parts[0]) * kHour + std::stoll(parts[1]) * kMinute;
  if (parts.size() == 3) {
    double s = std::atof(parts[2].c_str()) * kSecond;
    micros += static_cast<int64_t>(std::llround(s));
  }
  iv.micros += negative ? -micros : micros;
  return true;
}

std::optional<Interval> parse(const std::string& text) {
  std::vector<std::string> tokens;
  std::string token;
  for (char c : text) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    // "1day", "30mins": a number runs into its unit.
    bool split = !token.empty() && std::isalpha(static_cast<unsigned char>(c)) &&
                 (std::isdigit(static_cast<unsigned char>(token.back())) || token.back() == '.');
    if (space || split) {
      if (!token.empty()) tokens.push_back(token);
      token.clear();
      if (space) continue;
    }
    token += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (!token.empty()) tokens.push_back(token);
  if (!tokens.empty() && tokens.front() == "@") tokens.erase(tokens.begin());
  bool ago = !tokens.empty() && tokens.back() == "ago";
  if (ago) tokens.pop_back();
  if (tokens.empty()) return std::nullopt;
  Interval iv;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    if (t.find(':') != std::string::npos) {
      if (!add_time(iv, t)) return std::nullopt;
      continue;
    }
    char* end = nullptr;
    double value = std::strtod(t.c_str(), &end);
    if (end == t.c_str() || *end) return std::nullopt;
    // A number without a unit is seconds (only as the last token).
    const Unit* unit = nullptr;
    if (i + 1 < tokens.size()) {
      unit = unit_named(tokens[i + 1]);
      if (!unit) return std::nullopt;
      ++i;
    } else {
      unit = unit_named("second");
    }
    if (!add(iv, value, *unit)) return std::nullopt;
  }
  if (ago) iv = Interval{-iv.months, -iv.days, -iv.micros};
  return iv;
}

// AddPostgresIntPart (datetime.c).
void part(std::string& out, int64_t value, const char* unit, bool& is_zero, bool& is_before) {
  if (value == 0) return;
  out += std::string(is_zero ? "" : " ") + (is_before && value > 0 ? "+" : "") + std::to_string(value) + " " + unit +
         (value != 1 ? "s" : "");
  is_before = value < 0;
  is_zero = false;
}

// EncodeInterval, IntervalStyle postgres.
std::string encode(const Interval& iv) {
  std::string out;
  bool is_zero = true, is_before = false;
  part(out, iv.months / 12, "year", is_zero, is_before);
  part(out, iv.months % 12, "mon", is_zero, is_before);
  part(out, iv.days, "day", is_zero, is_before);
  if (is_zero || iv.micros != 0) {
    bool minus = iv.micros < 0;
    int64_t m = std::llabs(iv.micros);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s%s%02lld:%02lld:%02lld", is_zero ? "" : " ", minus ? "-" : (is_before ? "+" : ""),
                  static_cast<long long>(m / kHour), static_cast<long long>(m / kMinute % 60),
                  static_cast<long long>(m / kSecond % 60));
    out += buf;
    if (int64_t frac = m % kSecond) {
      std::snprintf(buf, sizeof buf, ".%06lld", static_cast<long long>(frac));
      std::string f = buf;
      while (f.back() == '0') f.pop_back();
      out += f;
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> canonical_interval(const std::string& text) {
  auto iv = parse(text);
  if (!iv) return std::nullopt;
  return encode(*iv);
}

}  // namespace shale::pgsql
