// What the linter reports.
#pragma once
#include <string>
#include <vector>

namespace shale::lint {

enum class Severity { off, info, warning, error };

const char* severity_name(Severity s);
Severity parse_severity(const std::string& s);  // "error" | "warning" | "info" | "off"

// The lock a finding's statement takes on one object that existed before
// the file (from the lock table, pgsql/locks.hpp).
struct LockNote {
  std::string mode;                 // "ACCESS EXCLUSIVE"
  std::string kind;                 // "table", "index", "referenced table" …
  std::string object;               // "public.users"
  std::vector<std::string> blocks;  // "reads", "locking-reads", "writes", "maintenance", "ddl"
};

struct Finding {
  std::string rule;
  Severity severity = Severity::error;
  std::string file;
  int line = 0, column = 0;
  std::string message;
  std::string statement;
  std::string instead = {};  // what to do instead, when it differs from the rule's summary (SQLite advice)
  // PostgreSQL: the locks the statement takes on objects the file did not
  // create, whether it scans or rewrites the table ("none", "scan",
  // "rewrite"), and both in a sentence for text output; empty when the
  // statement locks no such object.
  std::vector<LockNote> locks = {};
  std::string work = {};
  std::string lock_text = {};
};

}  // namespace shale::lint
