// Dependants of what a plan drops or reshapes are dropped before and created
// again after it, transitively, because PostgreSQL refuses the change while
// they exist: "cannot alter type of a column used by a view or rule", "cannot
// drop function … because other objects depend on it", and an enum rebuilt
// under a partial index or check fails with "operator does not exist".
// Indexes and checks on a column retyped by ALTER COLUMN … TYPE are rebuilt
// by PostgreSQL itself and are left alone.
#include <map>
#include <set>

#include "diff/order.hpp"
#include "diff/phases.hpp"

namespace shale::diff {

using model::QName;
using model::Ref;
using model::RefKind;

namespace {

enum class Why { retyped, retyped_by_enum, gone };

class Rebuilder {
 public:
  Rebuilder(const model::Schema& from, const model::Schema& to, std::vector<Change>& changes)
      : from_(from), to_(to), changes_(changes) {}

  void run() {
    for (const auto& c : changes_) note(c);
    for (bool more = true; more;) {
      more = false;
      for (const auto& v : from_.views) more |= maybe_rebuild_view(v);
      for (const auto& ix : from_.indexes) more |= maybe_rebuild_index(ix);
      for (const auto& t : from_.tables)
        for (const auto& k : t.constraints) more |= maybe_rebuild_check(t, k);
      for (const auto& f : from_.functions) more |= maybe_rebuild_function(f);
      for (const auto& tr : from_.triggers) more |= maybe_rebuild_trigger(tr);
    }
  }

 private:
  void note(const Change& c) {
    Why why = c.kind == ChangeKind::alter_column   ? Why::retyped
              : c.kind == ChangeKind::rebuild_enum ? Why::retyped_by_enum
                                                   : Why::gone;
    for (const auto& r : edges_of(c).removes) removed_.emplace(r, why);
    switch (c.kind) {
      case ChangeKind::drop_view: dropped_.insert("v:" + key(c.as<ViewRef>().view->name)); break;
      case ChangeKind::create_view:
      case ChangeKind::replace_view: created_.insert(key(c.as<ViewRef>().view->name)); break;
      case ChangeKind::drop_index: dropped_.insert("i:" + key(c.as<IndexRef>().index->name)); break;
      case ChangeKind::drop_constraint: {
        const auto& p = c.as<ConstraintRef>();
        dropped_.insert("k:" + key(p.table->name) + "." + p.constraint->name);
        break;
      }
      case ChangeKind::drop_function: dropped_.insert("f:" + c.as<FunctionRef>().function->key()); break;
      case ChangeKind::drop_trigger: {
        const model::Trigger& t = *c.as<TriggerRef>().trigger;
        dropped_.insert("t:" + key(t.table) + "." + t.name);
        break;
      }
      case ChangeKind::drop_table: dropped_.insert("r:" + key(c.as<TableRef>().table->name)); break;
      default: break;
    }
  }

  static std::string key(const QName& n) { return n.schema + "." + n.name; }

  // Does `refs` use something removed for one of the reasons `accept` takes?
  template <class Accept>
  bool uses_removed(const model::Refs& refs, Accept accept) const {
    for (const auto& r : refs) {
      auto hit = removed_.find(r);
      if (hit != removed_.end() && accept(r, hit->second)) return true;
      if (r.kind == RefKind::column) {
        hit = removed_.find(Ref{RefKind::relation, r.name, ""});
        if (hit != removed_.end() && accept(r, hit->second)) return true;
      }
    }
    return false;
  }

  Change& add(ChangeKind kind, int phase, QName table, Payload payload, std::vector<Hazard> hazards = {}) {
    return append_change(changes_, kind, phase, std::move(table), std::move(payload), std::move(hazards));
  }

  bool maybe_rebuild_view(const model::View& v) {
    if (dropped_.count("v:" + key(v.name)) || !uses_removed(v.depends_on, [](const Ref&, Why) { return true; }))
      return false;
    note(add(ChangeKind::drop_view, kDropView, {}, ViewRef{&v}));
    for (const auto& nv : to_.views) {
      if (nv.name != v.name || created_.count(key(nv.name))) continue;
      add(ChangeKind::create_view, kCreateView, {}, ViewRef{&nv});
      if (!nv.comment.empty()) add(ChangeKind::set_comment, kComment, {}, Comment{view_comment_target(nv), nv.comment});
      for (const auto& [column, text] : nv.column_comments)
        add(ChangeKind::set_comment, kComment, {}, Comment{CommentTarget{"COLUMN", nv.name, column}, text});
      for (const auto& ix : to_.indexes)
        if (ix.table == nv.name) add(ChangeKind::create_index, kCreateViewIndex, ix.table, IndexRef{&ix});
    }
    return true;
  }

  // Indexes and checks follow a retyped column by themselves, except when the
  // type is a rebuilt enum, or a type or function they use goes away.
  static bool breaks_definition(const Ref& r, Why why) {
    if (r.kind == RefKind::type || r.kind == RefKind::function) return true;
    return r.kind == RefKind::column && why == Why::retyped_by_enum;
  }

  bool maybe_rebuild_index(const model::Index& ix) {
    if (dropped_.count("i:" + key(ix.name)) || dropped_.count("r:" + key(ix.table)) ||
        dropped_.count("v:" + key(ix.table)))
      return false;
    if (!uses_removed(ix.depends_on, breaks_definition)) return false;
    note(add(ChangeKind::drop_index, kDropIndex, ix.table, IndexRef{&ix}));
    for (const auto& nx : to_.indexes)
      if (nx.name == ix.name) add(ChangeKind::create_index, kCreateIndex, nx.table, IndexRef{&nx});
    return true;
  }

  bool maybe_rebuild_check(const model::Table& t, const model::Constraint& k) {
    if (k.kind != model::ConstraintKind::check || dropped_.count("r:" + key(t.name)) ||
        dropped_.count("k:" + key(t.name) + "." + k.name) || !uses_removed(k.depends_on, breaks_definition))
      return false;
    note(add(ChangeKind::drop_constraint, kDropConstraint, t.name, ConstraintRef{&t, &k}));
    const model::Table* nt = to_.table(t.name);
    // Re-validated against rows that already passed it: it cannot fail, but it blocks writes.
    if (const model::Constraint* nk = nt ? nt->constraint(k.name) : nullptr)
      add(ChangeKind::add_constraint, kAddConstraint, t.name, ConstraintRef{nt, nk}, {Hazard::blocks_writes});
    return true;
  }

  bool maybe_rebuild_function(const model::Function& f) {
    auto breaks = [](const Ref& r, Why why) {
      return r.kind == RefKind::type || (r.kind == RefKind::relation && why == Why::gone);
    };
    if (dropped_.count("f:" + f.key()) || !uses_removed(f.depends_on, breaks)) return false;
    note(add(ChangeKind::drop_function, kDropFunction, {}, FunctionRef{&f}));
    for (const auto& nf : to_.functions)
      if (nf.key() == f.key()) add(ChangeKind::create_function, kCreateFunction, {}, FunctionRef{&nf});
    return true;
  }

  bool maybe_rebuild_trigger(const model::Trigger& tr) {
    auto breaks = [](const Ref& r, Why) { return r.kind == RefKind::function; };
    if (dropped_.count("t:" + key(tr.table) + "." + tr.name) || dropped_.count("r:" + key(tr.table))) return false;
    // A view's triggers (INSTEAD OF …) go with it when it is dropped and created again.
    if (!dropped_.count("v:" + key(tr.table)) && !uses_removed(tr.depends_on, breaks)) return false;
    note(add(ChangeKind::drop_trigger, kDropTrigger, tr.table, TriggerRef{&tr}));
    for (const auto& nt : to_.triggers)
      if (nt.table == tr.table && nt.name == tr.name)
        add(ChangeKind::create_trigger, kCreateTrigger, nt.table, TriggerRef{&nt});
    return true;
  }

  const model::Schema& from_;
  const model::Schema& to_;
  std::vector<Change>& changes_;
  std::map<Ref, Why> removed_;
  std::set<std::string> dropped_;
  std::set<std::string> created_;  // views the plan already creates or replaces
};

}  // namespace

void rebuild_dependants(const model::Schema& from, const model::Schema& to, std::vector<Change>& changes) {
  Rebuilder(from, to, changes).run();
}

}  // namespace shale::diff
