#include "pgsql/partitions.hpp"

#include <cctype>
#include <cstdio>
#include <regex>

#include "pgsql/canonical.hpp"
#include "util/error.hpp"

namespace shale::pgsql {

namespace {

// 'x' with quotes doubled, as simple_quote_literal writes it (standard_conforming_strings on).
std::string quoted(const std::string& v) {
  std::string out = "'";
  for (char c : v) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void civil_from_days(int64_t z, int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp + (mp < 10 ? 3 : -9);
  y += m <= 2;
}

// ISO date and time, as written in a bound ("2026-01-01", "2026-01-01 10:00",
// "2026-01-01T10:00:00.5+02"). Fields PostgreSQL would fill with zeros are zero.
struct Timestamp {
  int64_t year = 0;
  unsigned month = 0, day = 0, hour = 0, minute = 0, second = 0;
  std::string fraction;  // digits after the point, trailing zeros removed
  bool has_time = false;
  bool has_offset = false;
  int offset_seconds = 0;  // east of UTC
};

bool parse_timestamp(const std::string& s, Timestamp& t) {
  static const std::regex re(
      R"(^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?\s*(Z|[+-]\d{2}(?::?(\d{2}))?)?\s*$)");
  std::smatch m;
  if (!std::regex_match(s, m, re)) return false;
  t.year = std::stoll(m[1]);
  t.month = unsigned(std::stoul(m[2]));
  t.day = unsigned(std::stoul(m[3]));
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31) return false;
  t.has_time = m[4].matched;
  if (t.has_time) {
    t.hour = unsigned(std::stoul(m[4]));
    t.minute = unsigned(std::stoul(m[5]));
    if (m[6].matched) t.second = unsigned(std::stoul(m[6]));
    if (t.hour > 23 || t.minute > 59 || t.second > 59) return false;
    t.fraction = m[7].matched ? m[7].str() : "";
    while (!t.fraction.empty() && t.fraction.back() == '0') t.fraction.pop_back();
  }
  if (m[8].matched) {
    t.has_offset = true;
    std::string o = m[8];
    if (o != "Z") {
      int hours = std::stoi(o.substr(1, 2));
      int minutes = m[9].matched ? std::stoi(m[9]) : 0;
      t.offset_seconds = (o[0] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
  }
  return true;
}

std::string two(unsigned v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02u", v);
  return buf;
}

std::string date_text(int64_t y, unsigned m, unsigned d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

std::string time_text(const Timestamp& t) {
  return two(t.hour) + ":" + two(t.minute) + ":" + two(t.second) + (t.fraction.empty() ? "" : "." + t.fraction);
}

// The same instant in UTC, as PostgreSQL prints a timestamptz with TimeZone UTC.
std::string utc_text(Timestamp t) {
  int64_t seconds =
      days_from_civil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second - t.offset_seconds;
  int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  int64_t rest = seconds - days * 86400;
  civil_from_days(days, t.year, t.month, t.day);
  t.hour = unsigned(rest / 3600);
  t.minute = unsigned(rest % 3600 / 60);
  t.second = unsigned(rest % 60);
  return date_text(t.year, t.month, t.day) + " " + time_text(t) + "+00";
}

// numeric_out of a decimal number: no exponent, the scale as written
// (1.50 stays 1.50, -2e3 is -2000, 1e-2 is 0.01).
std::string numeric_text(const std::string& written) {
  static const std::regex re(R"(^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$)");
  std::smatch m;
  if (!std::regex_match(written, m, re) || (m[2].length() == 0 && m[3].length() == 0))
    throw UserError("invalid input syntax for type numeric: \"" + written + "\"");
  std::string digits = m[2].str() + m[3].str();
  long scale = long(m[3].length()) - (m[4].matched ? std::stol(m[4]) : 0);
  if (scale < 0) {
    digits += std::string(size_t(-scale), '0');
    scale = 0;
  }
  while (digits.size() <= size_t(scale)) digits.insert(0, "0");
  std::string integer = digits.substr(0, digits.size() - size_t(scale));
  integer.erase(0, std::min(integer.find_first_not_of('0'), integer.size() - 1));
  std::string out = integer + (scale > 0 ? "." + digits.substr(digits.size() - size_t(scale)) : "");
  bool zero = out.find_first_not_of("0.") == std::string::npos;
  return (m[1] == "-" && !zero ? "-" : "") + out;
}

std::string integer_text(const std::string& written) {
  static const std::regex re(R"(^\s*([+-]?)0*(\d+)\s*$)");
  std::smatch m;
  if (!std::regex_match(written, m, re)) throw UserError("invalid input syntax for type integer: \"" + written + "\"");
  std::string v = m[2];
  return (m[1] == "-" && v != "0" ? "-" : "") + v;
}

bool is_text_type(const std::string& type) {
  return type == "text" || type == "character varying" || starts_with(type, "character varying(") || type == "name" ||
         type == "citext" || type == "public.citext";
}

}  // namespace

std::string canonical_partition_key(const std::string& key) {
  return canonical_statement("CREATE TABLE x () PARTITION BY " + key);
}

std::string canonical_partition_bound(const std::string& bound) {
  static const std::regex literal(R"('((?:[^']|'')*)')");
  std::string out;
  auto begin = std::sregex_iterator(bound.begin(), bound.end(), literal);
  size_t at = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    out += bound.substr(at, size_t(m.position(0)) - at);
    Timestamp t;
    if (parse_timestamp(m[1], t) && t.has_offset && t.has_time)
      out += quoted(utc_text(t));
    else
      out += m[0];
    at = size_t(m.position(0) + m.length(0));
  }
  return out + bound.substr(at);
}

std::string bound_value(const std::string& type, bool is_enum, BoundLiteral kind, const std::string& value) {
  auto unsupported = [&]() -> std::string {
    throw UserError("partition bounds on a key of type " + type + " are not supported");
  };
  if (type.empty()) {  // an expression key: as written
    if (kind == BoundLiteral::integer) return starts_with(value, "-") ? quoted(value) : value;
    if (kind == BoundLiteral::string) return quoted(value);
    throw UserError("a partition bound on an expression key must be an integer or a string literal");
  }
  if (type == "smallint" || type == "integer" || type == "bigint") {
    if (kind == BoundLiteral::boolean || kind == BoundLiteral::number) unsupported();
    // get_const_expr writes only a non-negative integer (int4) bare.
    std::string v = integer_text(value);
    return type == "integer" && v[0] != '-' ? v : quoted(v);
  }
  if (type == "numeric") {
    if (kind == BoundLiteral::boolean) unsupported();
    std::string v = numeric_text(value);
    // get_const_expr: a numeric is written bare only when it reads as one (a point, no sign).
    bool bare = std::isdigit(static_cast<unsigned char>(v[0])) && v.find('.') != std::string::npos;
    return bare ? v : quoted(v);
  }
  if (type == "boolean") {
    if (kind == BoundLiteral::boolean) return value;
    std::string v;
    for (char c : value) v += char(std::tolower(static_cast<unsigned char>(c)));
    if (v == "true" || v == "t" || v == "yes" || v == "on" || v == "1") return "true";
    if (v == "false" || v == "f" || v == "no" || v == "off" || v == "0") return "false";
    throw UserError("invalid input syntax for type boolean: \"" + value + "\"");
  }
  if (is_text_type(type) || is_enum) {
    if (kind == BoundLiteral::boolean) unsupported();
    return quoted(value);
  }
  if (type == "date" || type == "timestamp without time zone" || type == "timestamp with time zone") {
    Timestamp t;
    if (kind != BoundLiteral::string || !parse_timestamp(value, t))
      throw UserError("partition bound '" + value + "' of a " + type + " key: write it as 'YYYY-MM-DD[ HH:MM[:SS]]'");
    if (type == "date") {
      if (t.has_time || t.has_offset) unsupported();
      return quoted(date_text(t.year, t.month, t.day));
    }
    if (type == "timestamp without time zone") return quoted(date_text(t.year, t.month, t.day) + " " + time_text(t));
    // A timestamptz without an offset is read in the server's time zone, which the offline interpreter does not know.
    if (!t.has_offset)
      throw UserError("partition bound '" + value + "' of a timestamp with time zone key needs its UTC offset ('" +
                      value + (t.has_time ? "" : " 00:00") + "+00')");
    return quoted(utc_text(t));
  }
  if (type == "uuid") {
    static const std::regex re(R"(^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$)");
    if (kind != BoundLiteral::string || !std::regex_match(value, re)) unsupported();
    std::string v;
    for (char c : value) v += char(std::tolower(static_cast<unsigned char>(c)));
    return quoted(v);
  }
  return unsupported();
}

}  // namespace shale::pgsql
