#include "load/pg_live/unmodelled.hpp"

#include <stdexcept>

#include "util/error.hpp"

namespace shale::load::pg_live {

namespace {
// How a `kind:` entry names it: schema.name, the schema, or a bare name.
std::string display(const Unmodelled& u) {
  if (u.nsp.empty()) return u.name;
  if (u.name.empty()) return u.nsp;
  return u.nsp + "." + u.name;
}

const config::UnmodelledKind& kind_of(const Unmodelled& u) {
  const config::UnmodelledKind* k = config::unmodelled_kind(u.kind);
  // kUnmodelled and config::unmodelled_kinds() must list the same kinds.
  if (!k) throw std::logic_error("bug: kUnmodelled returned the unknown kind " + u.kind);
  return *k;
}
}  // namespace

std::string suggested_entry(const Unmodelled& u) {
  const config::UnmodelledKind& k = kind_of(u);
  if (k.suggest_kind_entry || u.nsp.empty() || u.name.empty()) return u.kind + ":" + display(u);
  if (!u.owner_name.empty()) return u.owner_nsp + "." + u.owner_name;
  return u.nsp + "." + u.name;
}

bool filtered_out(const Unmodelled& u, const config::Filter& filter) {
  if (!u.nsp.empty() && filter.excludes(u.nsp, u.name)) return true;
  if (!u.owner_name.empty() && filter.excludes(u.owner_nsp, u.owner_name)) return true;
  return kind_of(u).by_kind && filter.excludes_kind(u.kind, display(u));
}

std::set<std::pair<std::string, std::string>> refuse_unmodelled(const std::vector<Unmodelled>& found,
                                                                const config::Filter& filter,
                                                                const std::string& source) {
  std::vector<const Unmodelled*> left;
  std::set<std::pair<std::string, std::string>> with_owner;
  for (const auto& u : found) {
    if (!filtered_out(u, filter))
      left.push_back(&u);
    else if (!u.owner_name.empty() && filter.excludes(u.owner_nsp, u.owner_name))
      with_owner.insert({u.nsp, u.name});
  }
  if (left.empty()) return with_owner;
  // Suggested entries, once each, in the order found.
  std::vector<std::string> entries;
  for (const Unmodelled* u : left) {
    std::string e = suggested_entry(*u);
    bool seen = false;
    for (const auto& x : entries) seen = seen || x == e;
    if (!seen) entries.push_back(e);
  }
  std::string list;
  for (size_t i = 0; i < entries.size() && i < 10; ++i) list += (i ? ", " : "") + ("\"" + entries[i] + "\"");
  if (entries.size() > 10) list += ", …";
  std::string fix = "exclude " + std::string(left.size() == 1 ? "it" : "them") +
                    " in shale.toml ([filter] exclude = [" + list + "]) or remove " +
                    (left.size() == 1 ? "it" : "them") + " from the database";
  if (left.size() == 1) throw UserError(source + ": " + left[0]->subject + " is not modelled by shale; " + fix);
  std::string message =
      source + ": " + std::to_string(left.size()) + " objects are not modelled by shale; " + fix + ":";
  const size_t shown = 50;
  for (size_t i = 0; i < left.size() && i < shown; ++i) message += "\n  " + left[i]->subject;
  if (left.size() > shown) message += "\n  … and " + std::to_string(left.size() - shown) + " more";
  throw UserError(message);
}

}  // namespace shale::load::pg_live
