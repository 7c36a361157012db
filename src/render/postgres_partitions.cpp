#include "render/postgres_partitions.hpp"

#include "pgsql/quote.hpp"

namespace shale::render {

namespace {
std::string qn(const model::QName& n) {
  if (n.schema.empty() || n.schema == "public") return pgsql::quote_ident(n.name);
  return pgsql::quote_qualified(n.schema, n.name);
}
}  // namespace

std::string inherits_clause(const model::Table& t) {
  std::string out;
  for (const auto& p : t.inherits) out += (out.empty() ? " INHERITS (" : ", ") + qn(p);
  return out.empty() ? "" : out + ")";
}

std::string partition_by(const model::Table& t) {
  return t.partition_by.empty() ? "" : " PARTITION BY " + t.partition_by.text;
}

std::string create_partition(const model::Table& t) {
  return std::string(t.unlogged ? "CREATE UNLOGGED TABLE " : "CREATE TABLE ") + qn(t.name) + " PARTITION OF " + qn(t.partition_of) + " " + t.partition_bound.text + partition_by(t);
}

std::string detach_partition(const model::Table& t) {
  return "ALTER TABLE " + qn(t.partition_of) + " DETACH PARTITION " + qn(t.name);
}

std::string attach_partition(const model::Table& t) {
  return "ALTER TABLE " + qn(t.partition_of) + " ATTACH PARTITION " + qn(t.name) + " " + t.partition_bound.text;
}

}  // namespace shale::render
