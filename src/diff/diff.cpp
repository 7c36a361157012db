#include "diff/diff.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "diff/order.hpp"
#include "diff/phases.hpp"
#include "diff/rename_projection.hpp"
#include "pgsql/quote.hpp"
#include "pgsql/view_shape.hpp"

namespace shale::diff {

using model::QName;

namespace {

template <class T, class Key>
std::unordered_map<std::string, const T*> index_by(const std::vector<T>& items, Key key) {
  std::unordered_map<std::string, const T*> out;
  for (const auto& x : items) out.emplace(key(x), &x);
  return out;
}

std::string qkey(const QName& n) { return n.schema + "\x1f" + n.name; }

class Differ {
 public:
  Differ(const model::Schema& from, const model::Schema& to, const Renames& renames)
      : from_(from), to_(to), renames_(renames), projection_(renames),
        from_tables_(index_by(from.tables, [](auto& t) { return qkey(t.name); })),
        to_tables_(index_by(to.tables, [](auto& t) { return qkey(t.name); })) {}

  std::vector<Change> run() {
    schemas();
    extensions();
    enums();
    sequences();
    functions();
    tables();
    indexes();
    views();
    triggers();
    rebuild_dependants(from_, to_, out_);
    order_changes(out_);
    return std::move(out_);
  }

 private:
  Change& add(ChangeKind kind, int phase, QName table = {}) { return append_change(out_, kind, phase, std::move(table)); }

  void comment(const std::string& from, const std::string& to, const std::string& target, QName table = {}) {
    if (from == to) return;
    Change& c = add(ChangeKind::set_comment, kComment, std::move(table));
    c.comment = to;
    c.comment_target = target;
  }

  void schemas() {
    for (const auto& [name, text] : to_.schemas) {
      auto f = from_.schemas.find(name);
      if (f == from_.schemas.end()) {
        add(ChangeKind::create_schema, kCreateSchema).name = name;
        comment("", text, "SCHEMA\x1f" + name);
      } else {
        comment(f->second, text, "SCHEMA\x1f" + name);
      }
    }
    for (const auto& [name, text] : from_.schemas)
      if (!to_.schemas.count(name)) add(ChangeKind::drop_schema, kDropSchema).name = name;
  }

  void extensions() {
    auto from = index_by(from_.extensions, [](auto& e) { return e.name; });
    auto to = index_by(to_.extensions, [](auto& e) { return e.name; });
    for (const auto& e : to_.extensions)
      if (!from.count(e.name)) add(ChangeKind::create_extension, kCreateExtension).extension = &e;
    for (const auto& e : from_.extensions)
      if (!to.count(e.name)) add(ChangeKind::drop_extension, kDropExtension).extension = &e;
  }

  void enums() {
    auto from = index_by(from_.enums, [](auto& e) { return qkey(e.name); });
    auto to = index_by(to_.enums, [](auto& e) { return qkey(e.name); });
    for (const auto& e : to_.enums) {
      std::string target = "TYPE\x1f" + e.name.schema + "\x1f" + e.name.name;
      auto f = from.find(qkey(e.name));
      if (f == from.end()) {
        add(ChangeKind::create_enum, kCreateEnum).to_enum = &e;
        comment("", e.comment, target);
        continue;
      }
      const model::Enum& old = *f->second;
      comment(old.comment, e.comment, target);
      if (old.values == e.values) continue;
      // Values can only be added in place (ALTER TYPE … ADD VALUE); a removal or
      // reordering rebuilds the type.
      if (is_subsequence(old.values, e.values)) {
        for (const auto& v : e.values) {
          if (std::find(old.values.begin(), old.values.end(), v) != old.values.end()) continue;
          Change& c = add(ChangeKind::add_enum_value, kCreateEnum);
          c.from_enum = &old;
          c.to_enum = &e;
          c.name = v;
        }
      } else {
        Change& c = add(ChangeKind::rebuild_enum, kAlterColumn);
        c.from_enum = &old;
        c.to_enum = &e;
        c.hazards = {kMayFail, kTableRewrite, kBlocksWrites};
        std::string type = enum_type_text(e.name);
        for (const auto& t : to_.tables)
          for (const auto& col : t.columns)
            if (col.type == type || col.type == type + "[]") {
              c.enum_users.push_back(&t);
              break;
            }
      }
    }
    for (const auto& e : from_.enums)
      if (!to.count(qkey(e.name))) add(ChangeKind::drop_enum, kDropEnum).from_enum = &e;
  }

  static bool is_subsequence(const std::vector<std::string>& small, const std::vector<std::string>& big) {
    size_t i = 0;
    for (const auto& v : big)
      if (i < small.size() && small[i] == v) ++i;
    return i == small.size();
  }

  // A column's type text for an enum, as format_type prints it.
  static std::string enum_type_text(const QName& n) { return pgsql::quote_qualified(n.schema, n.name); }

  void sequences() {
    auto from = index_by(from_.sequences, [](auto& s) { return qkey(s.name); });
    auto to = index_by(to_.sequences, [](auto& s) { return qkey(s.name); });
    for (const auto& s : to_.sequences) {
      std::string target = "SEQUENCE\x1f" + s.name.schema + "\x1f" + s.name.name;
      auto f = from.find(qkey(s.name));
      if (f == from.end()) {
        add(ChangeKind::create_sequence, kCreateSequence).sequence = &s;
        if (!s.owned_by_table.empty()) add(ChangeKind::set_sequence_owner, kSequenceOwner).sequence = &s;
        comment("", s.comment, target);
        continue;
      }
      const model::Sequence& old = *f->second;
      if (old.options != s.options) {
        Change& c = add(ChangeKind::alter_sequence, kCreateSequence);
        c.from_sequence = &old;
        c.sequence = &s;
      }
      if (old.owned_by_table != s.owned_by_table || old.owned_by_column != s.owned_by_column) {
        Change& c = add(ChangeKind::set_sequence_owner, kSequenceOwner);
        c.from_sequence = &old;
        c.sequence = &s;
      }
      comment(old.comment, s.comment, target);
    }
    for (const auto& s : from_.sequences) {
      if (to.count(qkey(s.name))) continue;
      // A sequence owned by a column goes away with its column or table.
      if (!s.owned_by_table.empty()) {
        const model::Table* t = to_table_for_source(QName{s.name.schema, s.owned_by_table});
        if (!t || !t->column(s.owned_by_column)) continue;
      }
      add(ChangeKind::drop_sequence, kDropSequence).from_sequence = &s;
    }
  }

  // The name the `from` table `source` has in `to`.
  QName target_name_of(const QName& source) const {
    for (const auto& [target, src] : renames_.tables)
      if (src == source) return target;
    return source;
  }

  // The table in `to` that the `from` table `source` becomes (after renames).
  const model::Table* to_table_for_source(const QName& source) const {
    for (const auto& [target, src] : renames_.tables)
      if (src == source) return to_table(target);
    const model::Table* t = to_table(source);
    if (t && renames_.tables.count(source)) return nullptr;  // the name now belongs to a renamed table
    return t;
  }

  void functions() {
    auto from = index_by(from_.functions, [](auto& f) { return f.key(); });
    auto to = index_by(to_.functions, [](auto& f) { return f.key(); });
    for (const auto& f : to_.functions) {
      std::string target = std::string(f.is_procedure ? "PROCEDURE" : "FUNCTION") + "\x1f" + f.name.schema + "\x1f" + f.name.name + f.identity_args;
      auto old = from.find(f.key());
      if (old == from.end()) {
        add(ChangeKind::create_function, kCreateFunction).function = &f;
        comment("", f.comment, target);
      } else {
        if (old->second->definition != f.definition) {
          // CREATE OR REPLACE cannot change the return type: drop it first.
          if (old->second->returns != f.returns || old->second->is_procedure != f.is_procedure)
            add(ChangeKind::drop_function, kCreateFunction).function = old->second;
          add(ChangeKind::replace_function, kCreateFunction).function = &f;
        }
        comment(old->second->comment, f.comment, target);
      }
    }
    for (const auto& f : from_.functions)
      if (!to.count(f.key())) add(ChangeKind::drop_function, kDropFunction).function = &f;
  }

  void tables() {
    std::set<QName> matched_sources;
    for (const auto& t : to_.tables) {
      const model::Table* source = nullptr;
      auto hint = renames_.tables.find(t.name);
      bool name_free = !from_table(t.name) || renamed_away(t.name);
      if (hint != renames_.tables.end() && hint->second != t.name && from_table(hint->second) && name_free) {
        source = from_table(hint->second);
        Change& c = add(ChangeKind::rename_table, kRename, t.name);
        c.from_table = source;
        c.to_table = &t;
        c.hazards = {kBlocksReads};
      } else if (!renamed_away(t.name)) {
        source = from_table(t.name);
      }
      std::string target = "TABLE\x1f" + t.name.schema + "\x1f" + t.name.name;
      if (!source) {
        Change& c = add(ChangeKind::create_table, kCreateTable, t.name);
        c.to_table = &t;
        for (const auto& k : t.constraints)
          if (k.kind == model::ConstraintKind::foreign_key) add_constraint(t, k, true);
        comment("", t.comment, target, t.name);
        for (const auto& col : t.columns) comment("", col.comment, column_target(t, col), t.name);
        for (const auto& k : t.constraints) comment("", k.comment, constraint_target(t, k), t.name);
        continue;
      }
      matched_sources.insert(source->name);
      table(*source, t);
      comment(source->comment, t.comment, target, t.name);
    }
    for (const auto& t : from_.tables) {
      if (matched_sources.count(t.name)) continue;
      Change& c = add(ChangeKind::drop_table, kDropTable, t.name);
      c.from_table = &t;
      c.hazards = {kDeletesData};
      for (const auto& k : t.constraints)
        if (k.kind == model::ConstraintKind::foreign_key) drop_constraint(t, k);
    }
  }

  // True when `name` is the source of a rename to another table.
  bool renamed_away(const QName& name) const {
    for (const auto& [target, src] : renames_.tables)
      if (src == name && target != name) return true;
    return false;
  }

  static std::string column_target(const model::Table& t, const model::Column& c) {
    return "COLUMN\x1f" + t.name.schema + "\x1f" + t.name.name + "\x1f" + c.name;
  }
  static std::string constraint_target(const model::Table& t, const model::Constraint& k) {
    return "CONSTRAINT\x1f" + t.name.schema + "\x1f" + t.name.name + "\x1f" + k.name;
  }

  void add_constraint(const model::Table& t, const model::Constraint& k, bool new_table) {
    bool fk = k.kind == model::ConstraintKind::foreign_key;
    Change& c = add(ChangeKind::add_constraint, fk ? kAddForeignKey : kAddConstraint, t.name);
    c.to_table = &t;
    c.constraint = &k;
    if (!new_table) c.hazards = {kMayFail, kBlocksWrites};
  }

  void drop_constraint(const model::Table& t, const model::Constraint& k) {
    bool fk = k.kind == model::ConstraintKind::foreign_key;
    Change& c = add(ChangeKind::drop_constraint, fk ? kDropForeignKey : kDropConstraint, t.name);
    c.from_table = &t;
    c.constraint = &k;
  }

  void table(const model::Table& from, const model::Table& to) {
    std::set<std::string> matched;
    for (const auto& col : to.columns) {
      const model::Column* source = from.column(col.name);
      auto hint = renames_.columns.find({to.name, col.name});
      bool column_free = !from.column(col.name) || column_renamed_away(to, col.name);
      if (hint != renames_.columns.end() && hint->second != col.name && from.column(hint->second) && column_free) {
        source = from.column(hint->second);
        Change& c = add(ChangeKind::rename_column, kRename, to.name);
        c.from_table = &from;
        c.to_table = &to;
        c.from_column = source;
        c.to_column = &col;
      } else if (column_renamed_away(to, col.name)) {
        source = nullptr;
      }
      if (!source) {
        Change& c = add(ChangeKind::add_column, kAlterColumn, to.name);
        c.to_table = &to;
        c.to_column = &col;
        if (col.not_null && col.default_value.empty() && !col.identity && col.generated.empty()) c.hazards = {kMayFail};
        if (!col.generated.empty()) c.hazards = {kTableRewrite, kBlocksWrites};
        comment("", col.comment, column_target(to, col), to.name);
        continue;
      }
      matched.insert(source->name);
      column(to, *source, col);
      comment(source->comment, col.comment, column_target(to, col), to.name);
    }
    for (const auto& col : from.columns) {
      if (matched.count(col.name)) continue;
      Change& c = add(ChangeKind::drop_column, kDropColumn, to.name);
      c.from_table = &from;
      c.to_table = &to;
      c.from_column = &col;
      c.hazards = {kDeletesData};
    }
    constraints(from, to);
  }

  bool column_renamed_away(const model::Table& to, const std::string& name) const {
    for (const auto& [key, src] : renames_.columns)
      if (key.first == to.name && src == name && key.second != name) return true;
    return false;
  }

  void column(const model::Table& t, const model::Column& from, const model::Column& to) {
    if (from.generated != to.generated) {
      // PostgreSQL 15 cannot change a generation expression: re-add the column.
      Change& d = add(ChangeKind::drop_column, kDropColumn, t.name);
      d.to_table = &t;
      d.from_column = &from;
      Change& a = add(ChangeKind::add_column, kDropColumn, t.name);
      a.to_table = &t;
      a.to_column = &to;
      a.hazards = {kTableRewrite, kBlocksWrites};
      return;
    }
    bool type = from.type != to.type || from.collation != to.collation;
    bool differs = type || from.not_null != to.not_null || from.default_value != to.default_value ||
                   from.identity != to.identity || (to.identity && from.identity_options != to.identity_options);
    if (!differs) return;
    Change& c = add(ChangeKind::alter_column, kAlterColumn, t.name);
    c.to_table = &t;
    c.from_column = &from;
    c.to_column = &to;
    if (type) c.hazards = {kTableRewrite, kBlocksWrites, kMayFail};
    else if (!from.not_null && to.not_null) c.hazards = {kMayFail, kBlocksWrites};
  }

  void constraints(const model::Table& from, const model::Table& to) {
    std::vector<const model::Constraint*> dropped, added;
    for (const auto& k : to.constraints) {
      const model::Constraint* old = from.constraint(k.name);
      if (old && old->kind == k.kind &&
          (old->definition == k.definition || (!projection_.empty() && projection_.constraint(old->definition, from.name) == k.definition))) {
        comment(old->comment, k.comment, constraint_target(to, k), to.name);
        continue;
      }
      if (old) dropped.push_back(old);
      added.push_back(&k);
    }
    for (const auto& k : from.constraints)
      if (!to.constraint(k.name)) dropped.push_back(&k);
    // Same definition under another name (e.g. after a table rename): rename.
    for (auto a = added.begin(); a != added.end();) {
      auto d = std::find_if(dropped.begin(), dropped.end(), [&](const model::Constraint* x) {
        return x->definition == (*a)->definition && x->kind == (*a)->kind && !to.constraint(x->name) &&
               !from.constraint((*a)->name);
      });
      if (d == dropped.end()) {
        ++a;
        continue;
      }
      Change& c = add(ChangeKind::rename_constraint, kRename, to.name);
      c.from_table = &from;
      c.to_table = &to;
      c.name = (*d)->name;
      c.constraint = *a;
      comment((*d)->comment, (*a)->comment, constraint_target(to, **a), to.name);
      dropped.erase(d);
      a = added.erase(a);
    }
    for (auto* k : dropped) drop_constraint(from, *k);
    for (auto* k : added) {
      add_constraint(to, *k, false);
      comment("", k->comment, constraint_target(to, *k), to.name);
    }
  }

  void indexes() {
    auto from = index_by(from_.indexes, [](auto& i) { return qkey(i.name); });
    auto to = index_by(to_.indexes, [](auto& i) { return qkey(i.name); });
    for (const auto& ix : to_.indexes) {
      std::string target = "INDEX\x1f" + ix.name.schema + "\x1f" + ix.name.name;
      auto f = from.find(qkey(ix.name));
      bool table_is_new = !from_table(ix.table) && !renames_.tables.count(ix.table);
      // An index left INVALID by a failed concurrent build is never used:
      // drop it and build it again.
      if (f != from.end() && f->second->valid &&
          (f->second->definition == ix.definition ||
           (!projection_.empty() && projection_.statement(f->second->definition, f->second->table) == ix.definition))) {
        comment(f->second->comment, ix.comment, target, ix.table);
        continue;
      }
      if (f != from.end()) {
        Change& d = add(ChangeKind::drop_index, kDropIndex, ix.table);
        d.index = f->second;
      }
      Change& c = add(ChangeKind::create_index, is_view(to_, ix.table) ? kCreateViewIndex : kCreateIndex, ix.table);
      c.index = &ix;
      if (!table_is_new) c.hazards = {kBlocksWrites};
      if (ix.unique && !table_is_new) c.hazards.push_back(kMayFail);
      comment("", ix.comment, target, ix.table);
    }
    for (const auto& ix : from_.indexes) {
      if (to.count(qkey(ix.name))) continue;
      if (!ix.valid) {  // not in the target: an invalid index goes even with its table kept
        if (to_table_for_source(ix.table) || is_view(to_, ix.table)) add(ChangeKind::drop_index, kDropIndex, ix.table).index = &ix;
        continue;
      }
      // Indexes go away with their table.
      if (!to_table_for_source(ix.table) && !is_view(to_, ix.table)) continue;
      Change& d = add(ChangeKind::drop_index, kDropIndex, ix.table);
      d.index = &ix;
    }
  }

  static bool is_view(const model::Schema& s, const QName& n) {
    return std::any_of(s.views.begin(), s.views.end(), [&](auto& v) { return v.name == n; });
  }

  void views() {
    auto from = index_by(from_.views, [](auto& v) { return qkey(v.name); });
    auto to = index_by(to_.views, [](auto& v) { return qkey(v.name); });
    // Views over what the plan drops or retypes are re-created around it by
    // rebuild_dependants, following the dependency edges.
    std::vector<const model::View*> drops;
    for (const auto& v : to_.views) {
      std::string target = std::string(v.materialized ? "MATERIALIZED VIEW" : "VIEW") + "\x1f" + v.name.schema + "\x1f" + v.name.name;
      auto f = from.find(qkey(v.name));
      if (f != from.end() && f->second->materialized == v.materialized &&
          (f->second->query == v.query || (!projection_.empty() && projection_.query(f->second->query) == v.query))) {
        comment(f->second->comment, v.comment, target);
        continue;
      }
      if (f != from.end() && !v.materialized && !f->second->materialized && pgsql::appends_columns(f->second->query, v.query)) {
        add(ChangeKind::replace_view, kCreateView).view = &v;  // dependants of the view keep working
        comment(f->second->comment, v.comment, target);
        continue;
      }
      if (f != from.end()) drops.push_back(f->second);
      add(ChangeKind::create_view, kCreateView).view = &v;
      comment("", v.comment, target);
      // Indexes on a re-created materialized view are re-created with it.
      if (f != from.end() && v.materialized)
        for (const auto& ix : to_.indexes)
          if (ix.table == v.name && from_has_same_index(ix)) add(ChangeKind::create_index, kCreateViewIndex, ix.table).index = &ix;
    }
    for (const auto& v : from_.views)
      if (!to.count(qkey(v.name))) drops.push_back(&v);
    // Drop dependants first: reverse creation order.
    std::sort(drops.begin(), drops.end(), [&](auto* a, auto* b) { return a > b; });
    for (auto* v : drops) add(ChangeKind::drop_view, kDropView).view = v;
  }

  bool from_has_same_index(const model::Index& ix) const {
    for (const auto& x : from_.indexes)
      if (x.name == ix.name && x.definition == ix.definition) return true;
    return false;
  }

  void triggers() {
    auto key = [](const model::Trigger& t) { return qkey(t.table) + "\x1f" + t.name; };
    auto from = index_by(from_.triggers, key);
    auto to = index_by(to_.triggers, key);
    for (const auto& t : to_.triggers) {
      std::string target = "TRIGGER\x1f" + t.table.schema + "\x1f" + t.table.name + "\x1f" + t.name;
      auto f = from.find(key(t));
      if (f == from.end()) {  // on a renamed table, the source trigger is under the old name
        auto src = renames_.tables.find(t.table);
        if (src != renames_.tables.end()) f = from.find(qkey(src->second) + "\x1f" + t.name);
      }
      if (f != from.end() && (f->second->definition == t.definition ||
                              (!projection_.empty() && projection_.statement(f->second->definition, f->second->table) == t.definition))) {
        comment(f->second->comment, t.comment, target, t.table);
        continue;
      }
      if (f != from.end()) add(ChangeKind::drop_trigger, kDropTrigger, t.table).trigger = f->second;
      add(ChangeKind::create_trigger, kCreateTrigger, t.table).trigger = &t;
      comment("", t.comment, target, t.table);
    }
    for (const auto& t : from_.triggers)
      if (!to.count(qkey(target_name_of(t.table)) + "\x1f" + t.name) && to_table_for_source(t.table))
        add(ChangeKind::drop_trigger, kDropTrigger, t.table).trigger = &t;
  }

  // Table lookups by name in constant time, so that diff stays linear.
  const model::Table* from_table(const QName& n) const {
    auto it = from_tables_.find(qkey(n));
    return it == from_tables_.end() ? nullptr : it->second;
  }
  const model::Table* to_table(const QName& n) const {
    auto it = to_tables_.find(qkey(n));
    return it == to_tables_.end() ? nullptr : it->second;
  }

  const model::Schema& from_;
  const model::Schema& to_;
  const Renames& renames_;
  RenameProjection projection_;  // source definitions as the renames will leave them
  std::unordered_map<std::string, const model::Table*> from_tables_, to_tables_;
  std::vector<Change> out_;
};

}  // namespace

Renames Renames::from_hints(const model::Schema& to) {
  Renames r;
  for (const auto& t : to.tables) {
    if (!t.renamed_from.empty()) r.tables[t.name] = QName{t.name.schema, t.renamed_from};
    for (const auto& c : t.columns)
      if (!c.renamed_from.empty()) r.columns[{t.name, c.name}] = c.renamed_from;
  }
  return r;
}

Renames Renames::inverted() const {
  Renames r;
  for (const auto& [target, source] : tables) r.tables[source] = target;
  for (const auto& [key, source_column] : columns) {
    auto t = tables.find(key.first);
    QName source_table = t == tables.end() ? key.first : t->second;
    r.columns[{source_table, source_column}] = key.second;
  }
  return r;
}

std::vector<Change> diff(const model::Schema& from, const model::Schema& to, const Renames& renames) {
  return Differ(from, to, renames).run();
}

}  // namespace shale::diff
