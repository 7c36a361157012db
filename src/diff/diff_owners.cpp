#include "diff/diff_owners.hpp"

#include <map>
#include <set>
#include <tuple>

#include "diff/phases.hpp"

namespace shale::diff {

using model::QName;

namespace {

// An object as OWNER TO names it: its kind ("TABLE", "FUNCTION" …), name and,
// for a function, its identity arguments.
using Key = std::tuple<std::string, QName, std::string>;

// The objects the plan creates, or drops and creates again: they are owned by
// whoever runs the plan, so they get the owner they name whatever `from` says.
std::set<Key> created_objects(const std::vector<Change>& changes) {
  std::set<Key> out;
  std::set<std::string> dropped_functions;
  for (const auto& c : changes)
    if (c.kind == ChangeKind::drop_function) dropped_functions.insert(c.as<FunctionRef>().function->key());
  for (const auto& c : changes) {
    switch (c.kind) {
      case ChangeKind::create_schema: out.insert({"SCHEMA", QName{"", c.as<SchemaName>().name}, ""}); break;
      case ChangeKind::create_table: out.insert({"TABLE", c.as<TableRef>().table->name, ""}); break;
      case ChangeKind::create_view: {
        const model::View& v = *c.as<ViewRef>().view;
        out.insert({v.materialized ? "MATERIALIZED VIEW" : "VIEW", v.name, ""});
        break;
      }
      case ChangeKind::create_sequence: out.insert({"SEQUENCE", c.as<SequenceRef>().sequence->name, ""}); break;
      case ChangeKind::create_function:
      case ChangeKind::replace_function: {
        const model::Function& f = *c.as<FunctionRef>().function;
        if (c.kind == ChangeKind::create_function || dropped_functions.count(f.key()))
          out.insert({f.is_procedure ? "PROCEDURE" : "FUNCTION", f.name, f.identity_args});
        break;
      }
      case ChangeKind::create_enum: out.insert({"TYPE", c.as<EnumRef>().type->name, ""}); break;
      case ChangeKind::rebuild_enum: out.insert({"TYPE", c.as<EnumRebuild>().to->name, ""}); break;
      case ChangeKind::create_domain: out.insert({"DOMAIN", c.as<DomainRef>().domain->name, ""}); break;
      case ChangeKind::create_composite_type: out.insert({"TYPE", c.as<CompositeRef>().type->name, ""}); break;
      case ChangeKind::create_range_type: out.insert({"TYPE", c.as<RangeRef>().type->name, ""}); break;
      default: break;
    }
  }
  return out;
}

class Owners {
 public:
  Owners(const model::Schema& from, const Renames& renames, std::vector<Change>& out)
      : renames_(renames), out_(out), created_(created_objects(out)) {
    collect(from, owners_);
  }

  void run(const model::Schema& to) {
    std::map<Key, std::string> wanted;
    collect(to, wanted);
    for (const auto& [key, owner] : wanted) {
      if (created_.count(key)) {
        add(key, owner, false);
        continue;
      }
      auto old = owners_.find(source_of(key));
      if (old != owners_.end() && old->second != owner) add(key, owner, true);
    }
  }

 private:
  // Every object of `s` that names an owner.
  static void collect(const model::Schema& s, std::map<Key, std::string>& out) {
    auto put = [&](const char* kind, const QName& name, const std::string& owner, const std::string& args = "") {
      if (!owner.empty()) out[{kind, name, args}] = owner;
    };
    for (const auto& [name, owner] : s.schema_owners) put("SCHEMA", QName{"", name}, owner);
    for (const auto& t : s.tables) put("TABLE", t.name, t.owner);
    for (const auto& v : s.views) put(v.materialized ? "MATERIALIZED VIEW" : "VIEW", v.name, v.owner);
    for (const auto& q : s.sequences)
      if (q.owned_by_table.empty()) put("SEQUENCE", q.name, q.owner);
    for (const auto& f : s.functions) put(f.is_procedure ? "PROCEDURE" : "FUNCTION", f.name, f.owner, f.identity_args);
    for (const auto& e : s.enums) put("TYPE", e.name, e.owner);
    for (const auto& d : s.domains) put("DOMAIN", d.name, d.owner);
    for (const auto& c : s.composite_types) put("TYPE", c.name, c.owner);
    for (const auto& r : s.range_types) put("TYPE", r.name, r.owner);
  }

  // The key in `from` of the object `key` names in `to` (a table renamed by a hint keeps its owner).
  Key source_of(const Key& key) const {
    if (std::get<0>(key) != "TABLE") return key;
    auto hint = renames_.tables.find(std::get<1>(key));
    return hint == renames_.tables.end() ? key : Key{"TABLE", hint->second, ""};
  }

  void add(const Key& key, const std::string& owner, bool existing) {
    const auto& [kind, name, args] = key;
    // On an existing relation OWNER TO waits for, and then blocks, every query
    // of it (ACCESS EXCLUSIVE), briefly: it only changes the catalog.
    std::vector<Hazard> hazards;
    bool relation = kind == "TABLE" || kind == "VIEW" || kind == "MATERIALIZED VIEW" || kind == "SEQUENCE";
    if (existing && relation) hazards = {Hazard::blocks_reads};
    append_change(out_, ChangeKind::set_owner, kComment, kind == "TABLE" ? name : QName{},
                  OwnerChange{CommentTarget{kind, name, args}, owner}, std::move(hazards));
  }

  const Renames& renames_;
  std::vector<Change>& out_;
  std::set<Key> created_;
  std::map<Key, std::string> owners_;  // `from`'s
};

}  // namespace

void diff_owners(const model::Schema& from, const model::Schema& to, const Renames& renames, std::vector<Change>& out) {
  Owners(from, renames, out).run(to);
}

}  // namespace shale::diff
