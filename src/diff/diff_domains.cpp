#include "diff/diff_domains.hpp"

#include <algorithm>
#include <map>

#include "diff/phases.hpp"
#include "pgsql/quote.hpp"

namespace shale::diff {

namespace {
bool refers(const model::Refs& refs, const model::QName& type) {
  return std::any_of(refs.begin(), refs.end(),
                     [&](const model::Ref& r) { return r.kind == model::RefKind::type && r.name == type; });
}

const model::DomainCheck* find_check(const model::Domain& d, const std::string& name) {
  for (const auto& k : d.checks)
    if (k.name == name) return &k;
  return nullptr;
}

std::string qualified(const model::QName& n) { return n.schema + "." + n.name; }
}  // namespace

bool type_in_use(const model::Schema& s, const model::QName& type) {
  for (const auto& t : s.tables) {
    for (const auto& c : t.columns)
      if (refers(c.depends_on, type)) return true;
    for (const auto& k : t.constraints)
      if (refers(k.depends_on, type)) return true;
  }
  auto any = [&](const auto& objects) {
    return std::any_of(objects.begin(), objects.end(), [&](const auto& o) { return refers(o.depends_on, type); });
  };
  return any(s.indexes) || any(s.views) || any(s.functions) || any(s.triggers) || any(s.domains) ||
         any(s.composite_types) || any(s.range_types);
}

void diff_domains(const model::Schema& from, const model::Schema& to, std::vector<Change>& out) {
  std::map<model::QName, const model::Domain*> old_domains, new_domains;
  for (const auto& d : from.domains) old_domains[d.name] = &d;
  for (const auto& d : to.domains) new_domains[d.name] = &d;
  auto comment = [&](const std::string& was, const std::string& is, const model::QName& name) {
    if (was != is) append_change(out, ChangeKind::set_comment, kComment, {}, Comment{{"DOMAIN", name, ""}, is});
  };
  for (const auto& d : to.domains) {
    auto f = old_domains.find(d.name);
    if (f == old_domains.end()) {
      append_change(out, ChangeKind::create_domain, kCreateEnum, {}, DomainRef{&d});
      comment("", d.comment, d.name);
      continue;
    }
    const model::Domain& old = *f->second;
    if (old.base_type != d.base_type || old.collation != d.collation) {
      if (type_in_use(from, d.name) || type_in_use(to, d.name)) {
        std::string what = old.base_type != d.base_type
                               ? "base type from " + old.base_type + " to " + d.base_type
                               : "collation from " +
                                     (old.collation.empty() ? std::string("the default") : old.collation) + " to " +
                                     (d.collation.empty() ? std::string("the default") : d.collation);
        throw UserError(
            "domain " + qualified(d.name) + " changes its " + what +
                ", which PostgreSQL cannot alter; the columns, functions and domains that use it would have to be "
                "rebuilt: write that migration by hand (e.g. a new domain, the columns moved to it, the old one "
                "dropped)",
            d.pos);
      }
      append_change(out, ChangeKind::drop_domain, kDropEnum, {}, DomainRef{&old});
      append_change(out, ChangeKind::create_domain, kCreateEnum, {}, DomainRef{&d});
      comment("", d.comment, d.name);
      continue;
    }
    comment(old.comment, d.comment, d.name);
    bool checks_differ = old.checks.size() != d.checks.size();
    bool adds_rule = !old.not_null && d.not_null;
    for (const auto& k : d.checks) {
      const model::DomainCheck* was = find_check(old, k.name);
      // A validated check where a NOT VALID one is wanted already holds it.
      if (!was || was->definition != k.definition || (!was->valid && k.valid)) checks_differ = true;
      if (!was || was->definition != k.definition) adds_rule = adds_rule || k.valid;
    }
    if (old.default_value == d.default_value && old.not_null == d.not_null && !checks_differ) continue;
    // A new rule is checked against every value of the type in every table,
    // under a SHARE lock on each (AlterDomainNotNull, validateDomainConstraint).
    std::vector<Hazard> hazards;
    if (adds_rule) hazards = {Hazard::may_fail, Hazard::blocks_writes};
    append_change(out, ChangeKind::alter_domain, kCreateEnum, {}, DomainAlter{&old, &d}, hazards);
  }
  for (const auto& d : from.domains)
    if (!new_domains.count(d.name)) append_change(out, ChangeKind::drop_domain, kDropEnum, {}, DomainRef{&d});
}

}  // namespace shale::diff
