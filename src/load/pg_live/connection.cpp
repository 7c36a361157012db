#include "load/pg_live/connection.hpp"

#include <sstream>

namespace shale::load::pg_live {

PgUrl parse_pg_url(const std::string& url) {
  PgUrl out;
  size_t q = url.find('?');
  if (q == std::string::npos) {
    out.conninfo = url;
    return out;
  }
  std::string base = url.substr(0, q), query = url.substr(q + 1), kept;
  std::stringstream params(query);
  std::string param;
  while (std::getline(params, param, '&')) {
    if (param.rfind("search_path=", 0) == 0) {
      std::stringstream list(param.substr(12));
      std::string schema;
      while (std::getline(list, schema, ',')) {
        // %2C is a URL-encoded comma
        for (size_t p; (p = schema.find("%2C")) != std::string::npos;) schema.replace(p, 3, ",");
        if (!schema.empty()) out.schemas.push_back(schema);
      }
    } else if (!param.empty()) {
      kept += (kept.empty() ? "" : "&") + param;
    }
  }
  out.conninfo = kept.empty() ? base : base + "?" + kept;
  return out;
}

std::string redact_url(const std::string& url) {
  size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  size_t at = url.find('@', scheme + 3);
  size_t slash = url.find('/', scheme + 3);
  if (at == std::string::npos || (slash != std::string::npos && slash < at)) return url;
  size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

}  // namespace shale::load::pg_live
