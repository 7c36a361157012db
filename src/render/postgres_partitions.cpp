#include "render/postgres_partitions.hpp"

#include "pgsql/quote.hpp"

namespace shale::render {

namespace {
std::string qn(const model::QName& n) {
  if (n.schema.empty() || n.schema == "public") return pgsql::quote_ident(n.name);
  return pgsql::quote_qualified(n.schema, n.name);
}
// name=value with the value quoted unless it is a plain word or number.
std::string parameter(const std::string& entry) {
  size_t eq = entry.find('=');
  std::string value = entry.substr(eq + 1);
  bool plain = !value.empty() &&
               value.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_.-") == std::string::npos &&
               !(value[0] == '.' || value.back() == '.');
  return entry.substr(0, eq) + "=" + (plain ? value : pgsql::quote_literal(value));
}

std::string list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}
}  // namespace

std::string with_clause(const std::vector<std::string>& storage_parameters) {
  std::vector<std::string> items;
  for (const auto& p : storage_parameters) items.push_back(parameter(p));
  return items.empty() ? "" : " WITH (" + list(items) + ")";
}

void storage_parameter_changes(const diff::StorageParameters& c, std::vector<std::string>& out) {
  std::string alter = "ALTER " + c.kind + " " + qn(c.relation) + " ";
  if (!c.reset.empty()) out.push_back(alter + "RESET (" + list(c.reset) + ")");
  std::vector<std::string> set;
  for (const auto& p : c.set) set.push_back(parameter(p));
  if (!set.empty()) out.push_back(alter + "SET (" + list(set) + ")");
}

std::string inherits_clause(const model::Table& t) {
  std::string out;
  for (const auto& p : t.inherits) out += (out.empty() ? " INHERITS (" : ", ") + qn(p);
  return out.empty() ? "" : out + ")";
}

std::string partition_by(const model::Table& t) {
  return t.partition_by.empty() ? "" : " PARTITION BY " + t.partition_by.text;
}

std::string create_partition(const model::Table& t) {
  return std::string(t.unlogged ? "CREATE UNLOGGED TABLE " : "CREATE TABLE ") + qn(t.name) + " PARTITION OF " +
         qn(t.partition_of) + " " + t.partition_bound.text + partition_by(t) + with_clause(t.storage_parameters);
}

std::string detach_partition(const model::Table& t) {
  return "ALTER TABLE " + qn(t.partition_of) + " DETACH PARTITION " + qn(t.name);
}

std::string attach_partition(const model::Table& t) {
  return "ALTER TABLE " + qn(t.partition_of) + " ATTACH PARTITION " + qn(t.name) + " " + t.partition_bound.text;
}

}  // namespace shale::render
