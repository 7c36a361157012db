// What the linter reports.
#pragma once
#include <string>
#include <vector>

namespace shale::lint {

enum class Severity { off, info, warning, error };

const char* severity_name(Severity s);
Severity parse_severity(const std::string& s);  // "error" | "warning" | "info" | "off"

struct Finding {
  std::string rule;
  Severity severity = Severity::error;
  std::string file;
  int line = 0, column = 0;
  std::string message;
  std::string statement;
  std::string instead = {};  // what to do instead, when it differs from the rule's summary (SQLite advice)
};

}  // namespace shale::lint
