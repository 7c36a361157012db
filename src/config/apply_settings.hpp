// [apply] of shale.toml: how `shale apply` waits for locks on a busy
// PostgreSQL (docs/design.md, "Files"). The planner writes its SET
// lock_timeout / statement_timeout headers from the same values.
#pragma once
#include <string>

#include <toml.hpp>

namespace shale::config {

struct ApplySettings {
  // SET lock_timeout before each migration: a statement waiting longer than
  // this for its lock fails (SQLSTATE 55P03) instead of queueing every query
  // behind it. 0 waits forever.
  long lock_timeout_ms = 5000;
  // SET statement_timeout before each migration ("0": no limit). -1, the
  // default, sets nothing: the server's or role's setting holds, since an
  // index build may rightly take hours and a DBA's limit is not shale's to lift.
  long statement_timeout_ms = -1;
  // A migration that failed on lock_timeout runs again up to this many times.
  int lock_retries = 3;
  // The wait before the first retry, doubled before each next one.
  long lock_retry_delay_ms = 2000;
};

// "5s", "500ms", "2min", "1h", "0" (PostgreSQL's units) as milliseconds;
// throws UserError (no position) for anything else.
long parse_duration_ms(const std::string& text);
// Milliseconds as the shortest exact PostgreSQL duration: 5000 → "5s",
// 1500 → "1500ms", 120000 → "2min", 0 → "0".
std::string duration_text(long ms);

// Reads the [apply] table; throws UserError at the position of an unknown
// key or a bad value.
ApplySettings read_apply_settings(const toml::value& table, const std::string& path);

}  // namespace shale::config
