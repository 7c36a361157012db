#include "diff/sqlite_diff.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "sqlite/affinity.hpp"
#include "sqlite/tokens.hpp"

namespace shale::diff {

using model::Column;
using model::Constraint;
using model::ConstraintKind;
using model::QName;
using model::Table;

const Column* find_column(const Table& t, const std::string& name) {
  for (const auto& c : t.columns)
    if (sqlite::fold_case(c.name) == sqlite::fold_case(name)) return &c;
  return nullptr;
}

namespace {

// Phases: what must run before what. Drops of dependent objects first, then
// renames (which SQLite propagates into every reference), then tables, then
// what hangs off tables.
enum Phase {
  kDropTrigger,
  kDropView,
  kDropIndex,
  kRenameTable,
  kRenameColumn,
  kDropTable,
  kCreateTable,
  kRebuildTable,
  kAlterColumns,
  kCreateIndex,
  kCreateView,
  kCreateTrigger
};

// Lower-case words of a canonical definition, to find what it mentions.
std::set<std::string> words_of(const std::string& canon) {
  std::set<std::string> out;
  for (const auto& tok : sqlite::significant_tokens(canon))
    if (tok.kind == sqlite::TokenKind::word || tok.kind == sqlite::TokenKind::quoted_ident)
      out.insert(sqlite::fold_case(tok.ident()));
  return out;
}

// A canonical definition with names renamed (SQLite rewrites references on
// RENAME, so the old side is compared as it will read after the renames).
std::string renamed(const std::string& canon, const std::map<std::string, std::string>& names) {
  if (names.empty()) return canon;
  std::string out;
  size_t last = 0;
  for (const auto& tok : sqlite::significant_tokens(canon)) {
    if (tok.kind != sqlite::TokenKind::word && tok.kind != sqlite::TokenKind::quoted_ident) continue;
    auto it = names.find(sqlite::fold_case(tok.ident()));
    if (it == names.end()) continue;
    out += canon.substr(last, tok.offset - last) + sqlite::canonical("\"" + it->second + "\"");
    last = tok.offset + tok.text.size();
  }
  return out + canon.substr(last);
}

bool is_constant_default(const model::Expr& e) {
  auto tokens = sqlite::significant_tokens(e.text);
  size_t i = 0;
  if (tokens.size() == 2 && tokens[0].kind == sqlite::TokenKind::punct &&
      (tokens[0].text == "-" || tokens[0].text == "+"))
    i = 1;
  if (tokens.size() != i + 1) return false;
  const auto& t = tokens[i];
  if (t.kind == sqlite::TokenKind::number) return true;
  if (i == 1) return false;
  return t.kind == sqlite::TokenKind::string || t.kind == sqlite::TokenKind::blob || t.is("NULL") || t.is("TRUE") ||
         t.is("FALSE");
}

bool columns_equal(const Column& a, const Column& b) {
  return a.type == b.type && a.not_null == b.not_null && a.default_value == b.default_value &&
         a.collation == b.collation && a.generated == b.generated && a.generated_virtual == b.generated_virtual;
}

class SqliteDiffer {
 public:
  SqliteDiffer(const model::Schema& from, const model::Schema& to, const Renames& renames)
      : from_(from), to_(to), renames_(renames) {}

  std::vector<Change> run() {
    pair_tables();
    for (const auto& [t, f] : pairs_) compare_table(*f, *t);
    for (const auto& t : to_.tables)
      if (!pairs_.count(&t)) add(ChangeKind::create_table, kCreateTable, t.name, TableRef{&t});
    for (const auto& f : from_.tables)
      if (!paired_from_.count(&f))
        add(ChangeKind::drop_table, kDropTable, f.name, TableRef{&f}, {Hazard::deletes_data});
    indexes();
    views_and_triggers();
    std::stable_sort(out_.begin(), out_.end(), [](const Change& a, const Change& b) { return a.phase < b.phase; });
    return std::move(out_);
  }

 private:
  Change& add(ChangeKind kind, int phase, QName table, Payload payload, std::vector<Hazard> hazards = {}) {
    return append_change(out_, kind, phase, std::move(table), std::move(payload), std::move(hazards));
  }

  const Table* from_table(const std::string& name) const {
    auto it = from_by_name_.find(sqlite::fold_case(name));
    return it == from_by_name_.end() ? nullptr : it->second;
  }

  void pair_tables() {
    for (const auto& t : from_.tables) from_by_name_[sqlite::fold_case(t.name.name)] = &t;
    for (const auto& t : to_.tables) {
      const Table* f = from_table(t.name.name);
      auto hint = renames_.tables.find(t.name);
      if (!f && hint != renames_.tables.end()) {
        f = from_table(hint->second.name);
        if (f && !paired_from_.count(f)) {
          add(ChangeKind::rename_table, kRenameTable, t.name, TableRename{f, &t});
          name_map_[sqlite::fold_case(f->name.name)] = t.name.name;
        }
      }
      if (f && !paired_from_.count(f)) {
        pairs_[&t] = f;
        paired_from_.insert(f);
        rebuilt_name_[sqlite::fold_case(f->name.name)] = sqlite::fold_case(t.name.name);
      }
    }
    // Column renames are known before any comparison, since SQLite rewrites
    // references in every table, index, view and trigger.
    for (const auto& [t, f] : pairs_)
      for (const auto& c : t->columns) {
        auto hint = renames_.columns.find({t->name, c.name});
        if (hint == renames_.columns.end() || find_column(*f, c.name) || !find_column(*f, hint->second)) continue;
        name_map_[sqlite::fold_case(hint->second)] = c.name;
      }
  }

  // The key of a constraint for comparison; `names` renames the old side.
  std::string key(const Constraint& c, const std::map<std::string, std::string>& names) const {
    std::string kind = std::to_string(int(c.kind)) + ":" + sqlite::fold_case(c.name) + ":";
    return kind + renamed(c.definition.canon, names);
  }

  // How the columns of a table pair up across a change, and what follows.
  struct Comparison {
    std::vector<std::pair<const Column*, const Column*>> kept;  // (target, source)
    std::vector<const Column*> added, dropped;
    // New CHECK and single-column REFERENCES constraints riding along with
    // ADD COLUMN of the column they name.
    std::map<const Column*, std::vector<const Constraint*>> riders;
    bool rebuild = false;    // ALTER TABLE cannot do it
    bool tightened = false;  // rows that exist may break the new table
  };

  void compare_table(const Table& f, const Table& t) {
    Comparison cmp;
    cmp.rebuild = f.without_rowid != t.without_rowid || f.strict != t.strict || f.autoincrement != t.autoincrement;
    pair_columns(f, t, cmp);
    compare_kept_columns(t, cmp);
    compare_constraints(f, t, cmp);
    for (const Column* a : cmp.added)
      if (!addable(*a, t)) cmp.rebuild = true;
    for (const Column* d : cmp.dropped)
      if (!droppable(*d, f)) cmp.rebuild = true;
    if (cmp.rebuild)
      add_rebuild(f, t, cmp);
    else
      add_column_changes(f, t, cmp);
  }

  // Column pairs, target → source, following rename hints.
  void pair_columns(const Table& f, const Table& t, Comparison& cmp) {
    std::set<const Column*> matched;
    for (const auto& c : t.columns) {
      const Column* s = find_column(f, c.name);
      auto hint = renames_.columns.find({t.name, c.name});
      if (!s && hint != renames_.columns.end()) {
        s = find_column(f, hint->second);
        if (s && !matched.count(s)) add(ChangeKind::rename_column, kRenameColumn, t.name, ColumnChange{&t, s, &c});
      }
      if (s && !matched.count(s)) {
        cmp.kept.push_back({&c, s});
        matched.insert(s);
      } else {
        cmp.added.push_back(&c);
      }
    }
    for (const auto& c : f.columns)
      if (!matched.count(&c)) cmp.dropped.push_back(&c);
  }

  void compare_kept_columns(const Table& t, Comparison& cmp) const {
    for (const auto& [tc, sc] : cmp.kept) {
      Column renamed_source = *sc;
      renamed_source.default_value.canon = renamed(sc->default_value.canon, name_map_);
      renamed_source.generated.canon = renamed(sc->generated.canon, name_map_);
      if (columns_equal(renamed_source, *tc)) continue;
      cmp.rebuild = true;
      // A new declared type can reject stored values only in a STRICT table
      // or when it changes the column's affinity: elsewhere SQLite stores and
      // compares values of TEXT and VARCHAR(16), INT and BIGINT alike.
      bool type_matters =
          tc->type != sc->type && (t.strict || sqlite::affinity_of(tc->type) != sqlite::affinity_of(sc->type));
      if ((tc->not_null && !sc->not_null) || type_matters) cmp.tightened = true;
    }
  }

  // Constraints, the old side read as it will be after the renames: a lost
  // one rebuilds; a new one rides along with ADD COLUMN when it can.
  void compare_constraints(const Table& f, const Table& t, Comparison& cmp) const {
    std::multiset<std::string> old_keys;
    for (const auto& c : f.constraints) old_keys.insert(key(c, name_map_));
    std::vector<const Constraint*> new_constraints;
    for (const auto& c : t.constraints) {
      auto it = old_keys.find(key(c, {}));
      if (it != old_keys.end())
        old_keys.erase(it);
      else
        new_constraints.push_back(&c);
    }
    if (!old_keys.empty()) cmp.rebuild = true;
    for (const Constraint* c : new_constraints) {
      const Column* owner = rider_owner(*c, cmp.added);
      if (!owner) {
        cmp.rebuild = true;
        cmp.tightened = true;
      } else {
        cmp.riders[owner].push_back(c);
      }
    }
  }

  // The added column a new CHECK or single-column REFERENCES can go with.
  static const Column* rider_owner(const Constraint& c, const std::vector<const Column*>& added) {
    const Column* owner = nullptr;
    if (c.kind == ConstraintKind::check) {
      auto words = words_of(c.definition.canon);
      for (const Column* a : added)
        if (words.count(sqlite::fold_case(a->name))) owner = a;
    } else if (c.kind == ConstraintKind::foreign_key && c.columns.size() == 1) {
      for (const Column* a : added)
        if (sqlite::fold_case(a->name) == sqlite::fold_case(c.columns[0]) &&
            (a->default_value.empty() || sqlite::fold_case(a->default_value.text) == "null"))
          owner = a;
    }
    return owner;
  }

  void add_rebuild(const Table& f, const Table& t, const Comparison& cmp) {
    TableRebuild copy{&f, &t, {}};
    for (const auto& [tc, sc] : cmp.kept)
      if (tc->generated.empty()) copy.copy_columns.push_back({tc->name, tc->name});
    std::vector<Hazard> hazards{Hazard::table_rewrite, Hazard::blocks_writes};
    bool loses =
        std::any_of(cmp.dropped.begin(), cmp.dropped.end(), [](const Column* d) { return d->generated.empty(); });
    if (loses) hazards.push_back(Hazard::deletes_data);
    bool new_required = std::any_of(cmp.added.begin(), cmp.added.end(), [](const Column* a) {
      return a->not_null && a->default_value.empty() && a->generated.empty();
    });
    if (cmp.tightened || new_required) hazards.push_back(Hazard::may_fail);
    add(ChangeKind::rebuild_table, kRebuildTable, t.name, std::move(copy), std::move(hazards));
    rebuilt_.insert(sqlite::fold_case(t.name.name));
  }

  void add_column_changes(const Table& f, const Table& t, const Comparison& cmp) {
    for (const Column* a : cmp.added) {
      // addable() let NOT NULL through only with a non-NULL default, which
      // every existing row takes; a CHECK or REFERENCES is tested on them.
      auto riders = cmp.riders.find(a);
      std::vector<const Constraint*> with =
          riders == cmp.riders.end() ? std::vector<const Constraint*>{} : riders->second;
      std::vector<Hazard> hazards;
      if (!with.empty()) hazards.push_back(Hazard::may_fail);
      add(ChangeKind::add_column, kAlterColumns, t.name, ColumnAdd{&t, a, std::move(with)}, std::move(hazards));
    }
    for (const Column* d : cmp.dropped) {
      std::vector<Hazard> hazards;
      if (d->generated.empty()) hazards.push_back(Hazard::deletes_data);
      add(ChangeKind::drop_column, kAlterColumns, t.name, ColumnDrop{&f, d}, std::move(hazards));
    }
  }

  // SQLite's conditions for ALTER TABLE ADD COLUMN.
  bool addable(const Column& c, const Table& t) const {
    for (const auto& k : t.constraints)
      if ((k.kind == ConstraintKind::primary_key || k.kind == ConstraintKind::unique) &&
          std::any_of(k.columns.begin(), k.columns.end(),
                      [&](auto& n) { return sqlite::fold_case(n) == sqlite::fold_case(c.name); }))
        return false;
    if (!c.generated.empty()) return c.generated_virtual;
    if (!c.default_value.empty() && !is_constant_default(c.default_value)) return false;
    if (c.not_null && (c.default_value.empty() || sqlite::fold_case(c.default_value.text) == "null")) return false;
    return true;
  }

  // SQLite's conditions for ALTER TABLE DROP COLUMN: nothing else in the
  // schema may name the column.
  bool droppable(const Column& c, const Table& f) const {
    std::string name = sqlite::fold_case(c.name);
    for (const auto& k : f.constraints) {
      if (std::any_of(k.columns.begin(), k.columns.end(), [&](auto& n) { return sqlite::fold_case(n) == name; }))
        return false;
      if (k.kind == ConstraintKind::check && words_of(k.definition.canon).count(name)) return false;
    }
    for (const auto& other : f.columns)
      if (!other.generated.empty() && words_of(other.generated.canon).count(name)) return false;
    for (const auto& t : from_.tables)
      for (const auto& k : t.constraints)
        if (k.kind == ConstraintKind::foreign_key &&
            sqlite::fold_case(k.references.name) == sqlite::fold_case(f.name.name) &&
            words_of(k.definition.canon).count(name))
          return false;
    auto mentions = [&](const model::Expr& e) { return words_of(e.canon).count(name) > 0; };
    for (const auto& ix : from_.indexes)
      if (sqlite::fold_case(ix.table.name) == sqlite::fold_case(f.name.name) && mentions(ix.definition)) return false;
    for (const auto& v : from_.views)
      if (mentions(v.query)) return false;
    for (const auto& tr : from_.triggers)
      if (mentions(tr.definition)) return false;
    return f.columns.size() > 1;
  }

  // True when the old table `name` is rebuilt or dropped in this plan, so
  // its indexes and triggers go with it.
  bool table_replaced(const std::string& from_name) const {
    auto it = rebuilt_name_.find(sqlite::fold_case(from_name));
    if (it == rebuilt_name_.end()) return true;  // dropped
    return rebuilt_.count(it->second) > 0;
  }

  void indexes() {
    std::map<std::string, const model::Index*> old;
    for (const auto& ix : from_.indexes) old[sqlite::fold_case(ix.name.name)] = &ix;
    std::set<std::string> existing;  // lower names of target tables that hold rows already
    for (const auto& [t, f] : pairs_) existing.insert(sqlite::fold_case(t->name.name));
    for (const auto& ix : to_.indexes) {
      auto it = old.find(sqlite::fold_case(ix.name.name));
      bool same_definition = it != old.end() && renamed(it->second->definition.canon, name_map_) == ix.definition.canon;
      bool same = same_definition && !table_replaced(it->second->table.name);
      if (it != old.end()) {
        if (!same && !table_replaced(it->second->table.name)) drop_index(*it->second);
        old.erase(it);
      }
      if (!same) {
        // Only a new unique index on rows that exist can meet duplicates: not
        // one on a table created in this plan, nor the same index put back
        // after its table's rebuild (the rows were unique under it).
        std::vector<Hazard> hazards;
        if (ix.unique && existing.count(sqlite::fold_case(ix.table.name)) && !same_definition)
          hazards.push_back(Hazard::may_fail);
        add(ChangeKind::create_index, kCreateIndex, ix.table, IndexRef{&ix}, std::move(hazards));
      }
    }
    for (const auto& [_, ix] : old)
      if (!table_replaced(ix->table.name)) drop_index(*ix);
  }

  void drop_index(const model::Index& ix) { add(ChangeKind::drop_index, kDropIndex, ix.table, IndexRef{&ix}); }

  // Views and triggers are dropped and recreated when they change, and also
  // when they name a rebuilt table or a recreated view: the rebuild's DROP
  // TABLE and RENAME would otherwise leave them pointing at nothing.
  void views_and_triggers() {
    std::set<std::string> replaced = rebuilt_;  // lower-case names whose objects must be recreated
    std::map<std::string, const model::View*> to_views, from_views;
    for (const auto& v : to_.views) to_views[sqlite::fold_case(v.name.name)] = &v;
    for (const auto& v : from_.views) from_views[sqlite::fold_case(v.name.name)] = &v;
    std::vector<const model::View*> dropped;  // in creation order
    // A view depends on views before it, so one pass in creation order
    // carries a replacement forward.
    for (const auto& v : from_.views) {
      auto target = to_views.find(sqlite::fold_case(v.name.name));
      bool changed = target == to_views.end() || renamed(v.query.canon, name_map_) != target->second->query.canon;
      bool depends = false;
      for (const auto& w : words_of(v.query.canon))
        if (replaced.count(w) && w != sqlite::fold_case(v.name.name)) depends = true;
      if (changed || depends) {
        dropped.push_back(&v);
        replaced.insert(sqlite::fold_case(v.name.name));
      }
    }
    // Views are dropped newest first.
    for (auto it = dropped.rbegin(); it != dropped.rend(); ++it)
      add(ChangeKind::drop_view, kDropView, {}, ViewRef{*it});
    std::set<const model::View*> recreate(dropped.begin(), dropped.end());
    for (const auto& v : to_.views) {
      auto source = from_views.find(sqlite::fold_case(v.name.name));
      if (source == from_views.end() || recreate.count(source->second))
        add(ChangeKind::create_view, kCreateView, {}, ViewRef{&v});
    }

    std::map<std::string, const model::Trigger*> to_triggers;
    for (const auto& tr : to_.triggers) to_triggers[sqlite::fold_case(tr.name)] = &tr;
    std::set<std::string> kept_triggers;
    for (const auto& tr : from_.triggers) {
      auto target = to_triggers.find(sqlite::fold_case(tr.name));
      std::string owner = sqlite::fold_case(tr.table.name);
      // Dropped with its table or view.
      bool implicit = from_views.count(owner) ? replaced.count(owner) > 0 : table_replaced(tr.table.name);
      bool changed =
          target == to_triggers.end() || renamed(tr.definition.canon, name_map_) != target->second->definition.canon;
      bool depends = false;
      for (const auto& w : words_of(tr.definition.canon))
        if (replaced.count(w)) depends = true;
      if (!implicit && !changed && !depends) {
        kept_triggers.insert(sqlite::fold_case(tr.name));
        continue;
      }
      if (!implicit) add(ChangeKind::drop_trigger, kDropTrigger, tr.table, TriggerRef{&tr});
    }
    for (const auto& tr : to_.triggers)
      if (!kept_triggers.count(sqlite::fold_case(tr.name)))
        add(ChangeKind::create_trigger, kCreateTrigger, tr.table, TriggerRef{&tr});
  }

  const model::Schema& from_;
  const model::Schema& to_;
  const Renames& renames_;
  std::vector<Change> out_;
  std::map<std::string, const Table*> from_by_name_;  // lower-case name → table
  std::map<const Table*, const Table*> pairs_;        // target → source
  std::set<const Table*> paired_from_;
  std::map<std::string, std::string> rebuilt_name_;  // lower source table name → lower target name
  std::set<std::string> rebuilt_;                    // lower target names of rebuilt tables
  std::map<std::string, std::string> name_map_;      // lower old name → new name, for renames
};

}  // namespace

std::vector<Change> sqlite_diff(const model::Schema& from, const model::Schema& to, const Renames& renames) {
  return SqliteDiffer(from, to, renames).run();
}

}  // namespace shale::diff
