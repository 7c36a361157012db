// Interval literals as PostgreSQL prints them. An interval default or check
// is stored analysed: `interval '30 minutes'` reads back as
// `'00:30:00'::interval`. Both sides of a comparison put their interval
// literals through this, so that the two spellings compare equal.
#pragma once
#include <optional>
#include <string>

namespace shale::pgsql {

// `text` as interval_out prints it with IntervalStyle postgres ("1 year 2
// mons 3 days 04:05:06"), for the verbose input forms (numbers with units,
// hh:mm[:ss], `@`, `ago`); nullopt for anything else (ISO 8601, SQL-standard
// forms), which is then compared as written.
std::optional<std::string> canonical_interval(const std::string& text);

}  // namespace shale::pgsql
