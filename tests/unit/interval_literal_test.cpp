// Interval literals normalised as PostgreSQL 15 prints them (the expected
// texts are interval_out's, read from a PostgreSQL 15 server).
#include <catch2/catch.hpp>

#include "pgsql/interval_literal.hpp"

using shale::pgsql::canonical_interval;

TEST_CASE("interval literals read back as PostgreSQL prints them") {
  const std::pair<const char*, const char*> cases[] = {
      {"30 minutes", "00:30:00"},
      {"1 day", "1 day"},
      {"2 days 3 hours", "2 days 03:00:00"},
      {"1 year 2 months", "1 year 2 mons"},
      {"1 week", "7 days"},
      {"90 seconds", "00:01:30"},
      {"1.5 hours", "01:30:00"},
      {"-1 day", "-1 days"},
      {"1 hour ago", "-01:00:00"},
      {"0", "00:00:00"},
      {"36 hours", "36:00:00"},
      {"1.5 days", "1 day 12:00:00"},
      {"1.5 months", "1 mon 15 days"},
      {"1.5 years", "1 year 6 mons"},
      {"1.5 seconds", "00:00:01.5"},
      {"-30 minutes", "-00:30:00"},
      {"1 day -1 hour", "1 day -01:00:00"},
      {"01:30", "01:30:00"},
      {"1 day 01:30:00", "1 day 01:30:00"},
      {"@ 1 hour", "01:00:00"},
      {"2 weeks 1 day", "15 days"},
      {"1 mon", "1 mon"},
      {"100 ms", "00:00:00.1"},
      {"1 millisecond", "00:00:00.001"},
      {"-1 year -2 mons +3 days -04:05:06", "-1 years -2 mons +3 days -04:05:06"},
      {"3 mins", "00:03:00"},
      {"10 secs", "00:00:10"},
      {"1 hr", "01:00:00"},
      {"1 decade", "10 years"},
      {"1 century", "100 years"},
      {"0.5 minutes", "00:00:30"},
      {"1.25 hours", "01:15:00"},
      {"-1.5 hours", "-01:30:00"},
      {"1 year -1 day", "1 year -1 days"},
      {"00:30:00", "00:30:00"},
  };
  for (const auto& [input, printed] : cases) {
    INFO(input);
    REQUIRE(canonical_interval(input).has_value());
    CHECK(*canonical_interval(input) == printed);
  }
}

TEST_CASE("interval forms the normaliser does not know are left as written") {
  CHECK_FALSE(canonical_interval("P1D").has_value());
  CHECK_FALSE(canonical_interval("1 fortnight").has_value());
  CHECK_FALSE(canonical_interval("").has_value());
}
