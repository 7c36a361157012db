#include "model/schema.hpp"

#include <algorithm>

namespace shale::model {

void add_ref(Refs& refs, Ref r) {
  auto at = std::lower_bound(refs.begin(), refs.end(), r);
  if (at == refs.end() || !(*at == r)) refs.insert(at, std::move(r));
}

const Column* Table::column(const std::string& n) const {
  for (const auto& c : columns)
    if (c.name == n) return &c;
  return nullptr;
}

Column* Table::column(const std::string& n) {
  for (auto& c : columns)
    if (c.name == n) return &c;
  return nullptr;
}

const Constraint* Table::constraint(const std::string& n) const {
  for (const auto& c : constraints)
    if (c.name == n) return &c;
  return nullptr;
}

Table* Schema::table(const QName& n) {
  for (auto& t : tables)
    if (t.name == n) return &t;
  return nullptr;
}

const Table* Schema::table(const QName& n) const {
  for (const auto& t : tables)
    if (t.name == n) return &t;
  return nullptr;
}

}  // namespace shale::model
