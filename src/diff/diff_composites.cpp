#include <algorithm>
#include <map>

#include "diff/diff_domains.hpp"
#include "diff/phases.hpp"

namespace shale::diff {

namespace {
std::string qualified(const model::QName& n) { return n.schema + "." + n.name; }

const model::CompositeAttribute* find_attribute(const model::CompositeType& c, const std::string& name) {
  for (const auto& a : c.attributes)
    if (a.name == name) return &a;
  return nullptr;
}

// Whether a table column holds values of the type (PostgreSQL then refuses to retype an attribute).
bool stored_in_table(const model::Schema& s, const model::QName& type) {
  for (const auto& t : s.tables)
    for (const auto& c : t.columns)
      for (const auto& r : c.depends_on)
        if (r.kind == model::RefKind::type && r.name == type) return true;
  return false;
}
}  // namespace

void diff_composite_types(const model::Schema& from, const model::Schema& to, std::vector<Change>& out) {
  std::map<model::QName, const model::CompositeType*> old_types, new_types;
  for (const auto& c : from.composite_types) old_types[c.name] = &c;
  for (const auto& c : to.composite_types) new_types[c.name] = &c;
  auto comment = [&](const std::string& was, const std::string& is, const model::QName& name) {
    if (was != is) append_change(out, ChangeKind::set_comment, kComment, {}, Comment{{"TYPE", name, ""}, is});
  };
  for (const auto& c : to.composite_types) {
    auto f = old_types.find(c.name);
    if (f == old_types.end()) {
      append_change(out, ChangeKind::create_composite_type, kCreateEnum, {}, CompositeRef{&c});
      comment("", c.comment, c.name);
      continue;
    }
    const model::CompositeType& old = *f->second;
    // The attributes both have must keep their order: ADD ATTRIBUTE appends.
    std::vector<std::string> kept_old, kept_new;
    for (const auto& a : old.attributes)
      if (find_attribute(c, a.name)) kept_old.push_back(a.name);
    for (const auto& a : c.attributes)
      if (find_attribute(old, a.name)) kept_new.push_back(a.name);
    bool appended_only = true;
    size_t first_new = c.attributes.size();
    for (size_t i = 0; i < c.attributes.size(); ++i)
      if (!find_attribute(old, c.attributes[i].name)) first_new = std::min(first_new, i);
    for (size_t i = first_new; i < c.attributes.size(); ++i)
      if (find_attribute(old, c.attributes[i].name)) appended_only = false;
    bool retyped = false, changed = false;
    for (const auto& a : c.attributes) {
      const model::CompositeAttribute* was = find_attribute(old, a.name);
      if (!was)
        changed = true;
      else if (was->type != a.type || was->collation != a.collation)
        retyped = changed = true;
    }
    if (old.attributes.size() != kept_old.size()) changed = true;
    bool in_place = kept_old == kept_new && appended_only && !(retyped && stored_in_table(from, c.name));
    if (in_place) {
      // A dropped attribute's values go from every column that stores the type.
      std::vector<Hazard> hazards;
      if (kept_old.size() < old.attributes.size() && stored_in_table(from, c.name))
        hazards.push_back(Hazard::deletes_data);
      if (changed)
        append_change(out, ChangeKind::alter_composite_type, kCreateEnum, {}, CompositeAlter{&old, &c}, hazards);
      comment(old.comment, c.comment, c.name);
      continue;
    }
    if (type_in_use(from, c.name) || type_in_use(to, c.name))
      throw UserError(
          "composite type " + qualified(c.name) +
              (retyped ? " changes the type of an attribute that a table column stores"
                       : " changes the order of its attributes") +
              ", which PostgreSQL cannot alter in place; the columns, functions and types that use it would have "
              "to be rebuilt: write that migration by hand",
          c.pos);
    append_change(out, ChangeKind::drop_composite_type, kDropEnum, {}, CompositeRef{&old});
    append_change(out, ChangeKind::create_composite_type, kCreateEnum, {}, CompositeRef{&c});
    comment("", c.comment, c.name);
  }
  for (const auto& c : from.composite_types)
    if (!new_types.count(c.name)) append_change(out, ChangeKind::drop_composite_type, kDropEnum, {}, CompositeRef{&c});
}

void diff_range_types(const model::Schema& from, const model::Schema& to, std::vector<Change>& out) {
  std::map<model::QName, const model::RangeType*> old_types, new_types;
  for (const auto& r : from.range_types) old_types[r.name] = &r;
  for (const auto& r : to.range_types) new_types[r.name] = &r;
  auto comment = [&](const std::string& was, const std::string& is, const model::QName& name) {
    if (was != is) append_change(out, ChangeKind::set_comment, kComment, {}, Comment{{"TYPE", name, ""}, is});
  };
  auto same = [](const model::RangeType& a, const model::RangeType& b) {
    return a.subtype == b.subtype && a.subtype_opclass == b.subtype_opclass && a.collation == b.collation &&
           a.canonical == b.canonical && a.subtype_diff == b.subtype_diff && a.multirange_name == b.multirange_name;
  };
  for (const auto& r : to.range_types) {
    auto f = old_types.find(r.name);
    if (f != old_types.end() && same(*f->second, r)) {
      comment(f->second->comment, r.comment, r.name);
      continue;
    }
    if (f != old_types.end()) {
      if (type_in_use(from, r.name) || type_in_use(to, r.name))
        throw UserError(
            "range type " + qualified(r.name) +
                " changes its definition, which PostgreSQL cannot alter; the "
                "columns, functions and types that use it would have to be rebuilt: write that migration by hand",
            r.pos);
      append_change(out, ChangeKind::drop_range_type, kDropEnum, {}, RangeRef{f->second});
    }
    append_change(out, ChangeKind::create_range_type, kCreateEnum, {}, RangeRef{&r});
    comment("", r.comment, r.name);
  }
  for (const auto& r : from.range_types)
    if (!new_types.count(r.name)) append_change(out, ChangeKind::drop_range_type, kDropEnum, {}, RangeRef{&r});
}

namespace {
bool collation_in_use(const model::Schema& s, const model::QName& name) {
  auto refers = [&](const model::Refs& refs) {
    return std::any_of(refs.begin(), refs.end(),
                       [&](auto& r) { return r.kind == model::RefKind::collation && r.name == name; });
  };
  for (const auto& t : s.tables)
    for (const auto& c : t.columns)
      if (refers(c.depends_on)) return true;
  auto any = [&](const auto& objects) {
    return std::any_of(objects.begin(), objects.end(), [&](auto& o) { return refers(o.depends_on); });
  };
  return any(s.domains) || any(s.composite_types) || any(s.range_types);
}
}  // namespace

void diff_collations(const model::Schema& from, const model::Schema& to, std::vector<Change>& out) {
  std::map<model::QName, const model::Collation*> old_collations, new_collations;
  for (const auto& c : from.collations) old_collations[c.name] = &c;
  for (const auto& c : to.collations) new_collations[c.name] = &c;
  auto comment = [&](const std::string& was, const std::string& is, const model::QName& name) {
    if (was != is) append_change(out, ChangeKind::set_comment, kComment, {}, Comment{{"COLLATION", name, ""}, is});
  };
  auto same = [](const model::Collation& a, const model::Collation& b) {
    return a.provider == b.provider && a.lc_collate == b.lc_collate && a.lc_ctype == b.lc_ctype &&
           a.icu_locale == b.icu_locale && a.deterministic == b.deterministic;
  };
  for (const auto& c : to.collations) {
    auto f = old_collations.find(c.name);
    if (f != old_collations.end() && same(*f->second, c)) {
      comment(f->second->comment, c.comment, c.name);
      continue;
    }
    if (f != old_collations.end()) {
      if (collation_in_use(from, c.name) || collation_in_use(to, c.name))
        throw UserError("collation " + qualified(c.name) +
                            " changes its definition, which PostgreSQL cannot alter; the columns "
                            "and types declared with it would have to be rebuilt: write that migration by hand",
                        c.pos);
      append_change(out, ChangeKind::drop_collation, kDropEnum, {}, CollationRef{f->second});
    }
    append_change(out, ChangeKind::create_collation, kCreateEnum, {}, CollationRef{&c});
    comment("", c.comment, c.name);
  }
  for (const auto& c : from.collations)
    if (!new_collations.count(c.name)) append_change(out, ChangeKind::drop_collation, kDropEnum, {}, CollationRef{&c});
}

}  // namespace shale::diff
