// PostgreSQL state URLs: postgres://user:pass@host:port/db?sslmode=…&search_path=a,b
// libpq understands the URL itself; search_path is shale's own parameter that
// limits introspection to those schemas, so it is taken out before libpq sees it.
#pragma once
#include <string>
#include <vector>

namespace shale::load::pg_live {

struct PgUrl {
  std::string conninfo;              // what libpq gets
  std::vector<std::string> schemas;  // empty: every non-system schema
};

PgUrl parse_pg_url(const std::string& url);

// The URL with its password replaced by "***", for messages.
std::string redact_url(const std::string& url);

}  // namespace shale::load::pg_live
