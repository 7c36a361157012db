#include "dialect/dialect.hpp"

#include "util/error.hpp"

namespace shale::dialect {

const Dialect& of(plan::Dialect id) { return id == plan::Dialect::sqlite ? sqlite() : postgres(); }

const Dialect& named(const std::string& name) { return of(plan::dialect_named(name)); }

const Dialect* reading_url(const std::string& url) {
  for (const Dialect* d : {&postgres(), &sqlite()})
    if (d->reads_url(url)) return d;
  return nullptr;
}

std::unique_ptr<migrate::Engine> open_engine(const std::string& url, const std::string& history_table,
                                             migrate::Create create) {
  if (const Dialect* d = reading_url(url)) return d->engine(url, history_table, create);
  throw UserError("unsupported database URL scheme \"" + url.substr(0, url.find(':')) +
                  "\" (expected postgres://, postgresql:// or sqlite://)");
}

}  // namespace shale::dialect
