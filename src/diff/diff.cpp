#include "diff/diff.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "diff/diff_domains.hpp"
#include "diff/diff_owners.hpp"
#include "diff/diff_partitions.hpp"
#include "diff/diff_policies.hpp"
#include "diff/diff_privileges.hpp"
#include "diff/online.hpp"
#include "diff/order.hpp"
#include "diff/phases.hpp"
#include "diff/rename_projection.hpp"
#include "pgsql/quote.hpp"
#include "pgsql/type_changes.hpp"
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
  Differ(const model::Schema& from, const model::Schema& to, const Renames& renames, Options options)
      : from_(from),
        to_(to),
        renames_(renames),
        options_(options),
        projection_(renames),
        from_tables_(index_by(from.tables, [](auto& t) { return qkey(t.name); })),
        to_tables_(index_by(to.tables, [](auto& t) { return qkey(t.name); })) {}

  std::vector<Change> run() {
    schemas();
    extensions();
    enums();
    diff_domains(from_, to_, out_);
    diff_composite_types(from_, to_, out_);
    diff_range_types(from_, to_, out_);
    diff_collations(from_, to_, out_);
    sequences();
    functions();
    tables();
    indexes();
    views();
    triggers();
    diff_policies(from_, to_, renames_, out_);
    rebuild_dependants(from_, to_, out_);
    diff_privileges(from_, to_, renames_, out_);
    if (options_.compare_owners) diff_owners(from_, to_, renames_, out_);
    if (options_.online) use_online_forms(out_, partitioned_tables());
    order_changes(out_);
    return std::move(out_);
  }

 private:
  Change& add(ChangeKind kind, int phase, QName table, Payload payload, std::vector<Hazard> hazards = {}) {
    return append_change(out_, kind, phase, std::move(table), std::move(payload), std::move(hazards));
  }

  void comment(const std::string& from, const std::string& to, CommentTarget target, QName table = {}) {
    if (from == to) return;
    add(ChangeKind::set_comment, kComment, std::move(table), Comment{std::move(target), to});
  }

  void schemas() {
    for (const auto& [name, text] : to_.schemas) {
      auto f = from_.schemas.find(name);
      if (f == from_.schemas.end()) {
        add(ChangeKind::create_schema, kCreateSchema, {}, SchemaName{name});
        comment("", text, {"SCHEMA", {"", name}, ""});
      } else {
        comment(f->second, text, {"SCHEMA", {"", name}, ""});
      }
    }
    for (const auto& [name, text] : from_.schemas)
      if (!to_.schemas.count(name)) add(ChangeKind::drop_schema, kDropSchema, {}, SchemaName{name});
  }

  void extensions() {
    auto from = index_by(from_.extensions, [](auto& e) { return e.name; });
    auto to = index_by(to_.extensions, [](auto& e) { return e.name; });
    for (const auto& e : to_.extensions) {
      auto f = from.find(e.name);
      if (f == from.end()) add(ChangeKind::create_extension, kCreateExtension, {}, ExtensionRef{&e});
      // A version is compared only where both states name one (desired state without one: any).
      else if (!e.version.empty() && !f->second->version.empty() && e.version != f->second->version)
        add(ChangeKind::update_extension, kCreateExtension, {}, ExtensionUpdate{f->second, &e}, {Hazard::may_fail});
    }
    for (const auto& e : from_.extensions)
      if (!to.count(e.name)) add(ChangeKind::drop_extension, kDropExtension, {}, ExtensionRef{&e});
  }

  void enums() {
    auto from = index_by(from_.enums, [](auto& e) { return qkey(e.name); });
    auto to = index_by(to_.enums, [](auto& e) { return qkey(e.name); });
    for (const auto& e : to_.enums) {
      CommentTarget target{"TYPE", e.name, ""};
      auto f = from.find(qkey(e.name));
      if (f == from.end()) {
        add(ChangeKind::create_enum, kCreateEnum, {}, EnumRef{&e});
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
          add(ChangeKind::add_enum_value, kCreateEnum, {}, EnumValueAdd{&old, &e, v});
        }
      } else {
        EnumRebuild rebuild{&old, &e, {}};
        std::string type = enum_type_text(e.name);
        for (const auto& t : to_.tables)
          for (const auto& col : t.columns)
            if (col.type == type || col.type == type + "[]") {
              rebuild.users.push_back(&t);
              break;
            }
        add(ChangeKind::rebuild_enum, kAlterColumn, {}, std::move(rebuild),
            {Hazard::may_fail, Hazard::table_rewrite, Hazard::blocks_writes});
      }
    }
    for (const auto& e : from_.enums)
      if (!to.count(qkey(e.name))) add(ChangeKind::drop_enum, kDropEnum, {}, EnumRef{&e});
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
      CommentTarget target{"SEQUENCE", s.name, ""};
      auto f = from.find(qkey(s.name));
      if (f == from.end()) {
        add(ChangeKind::create_sequence, kCreateSequence, {}, SequenceRef{&s});
        if (!s.owned_by_table.empty()) add(ChangeKind::set_sequence_owner, kSequenceOwner, {}, SequenceRef{&s});
        comment("", s.comment, target);
        continue;
      }
      const model::Sequence& old = *f->second;
      if (old.options != s.options) add(ChangeKind::alter_sequence, kCreateSequence, {}, SequenceAlter{&old, &s});
      if (old.owned_by_table != s.owned_by_table || old.owned_by_column != s.owned_by_column)
        add(ChangeKind::set_sequence_owner, kSequenceOwner, {}, SequenceRef{&s});
      comment(old.comment, s.comment, target);
    }
    for (const auto& s : from_.sequences) {
      if (to.count(qkey(s.name))) continue;
      // A sequence owned by a column goes away with its column or table.
      if (!s.owned_by_table.empty()) {
        const model::Table* t = to_table_for_source(QName{s.name.schema, s.owned_by_table});
        if (!t || !t->column(s.owned_by_column)) continue;
      }
      add(ChangeKind::drop_sequence, kDropSequence, {}, SequenceRef{&s});
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
      CommentTarget target{f.is_procedure ? "PROCEDURE" : "FUNCTION", f.name, f.identity_args};
      auto old = from.find(f.key());
      if (old == from.end()) {
        add(ChangeKind::create_function, kCreateFunction, {}, FunctionRef{&f});
        comment("", f.comment, target);
      } else {
        if (old->second->definition != f.definition) {
          // CREATE OR REPLACE cannot change the return type: drop it first.
          if (old->second->returns != f.returns || old->second->is_procedure != f.is_procedure)
            add(ChangeKind::drop_function, kCreateFunction, {}, FunctionRef{old->second});
          add(ChangeKind::replace_function, kCreateFunction, {}, FunctionRef{&f});
        }
        comment(old->second->comment, f.comment, target);
      }
    }
    for (const auto& f : from_.functions)
      if (!to.count(f.key())) add(ChangeKind::drop_function, kDropFunction, {}, FunctionRef{&f});
  }

  void tables() {
    std::set<QName> matched_sources;
    for (const auto& t : to_.tables) {
      const model::Table* source = nullptr;
      auto hint = renames_.tables.find(t.name);
      bool name_free = !from_table(t.name) || renamed_away(t.name);
      if (hint != renames_.tables.end() && hint->second != t.name && from_table(hint->second) && name_free) {
        source = from_table(hint->second);
        add(ChangeKind::rename_table, kRename, t.name, TableRename{source, &t}, {Hazard::blocks_reads});
      } else if (!renamed_away(t.name)) {
        source = from_table(t.name);
      }
      CommentTarget target{"TABLE", t.name, ""};
      if (!source) {
        add(ChangeKind::create_table, kCreateTable, t.name, TableRef{&t});
        // Foreign keys come after every table; a NOT VALID constraint cannot
        // be written inside CREATE TABLE (PostgreSQL would validate it).
        for (const auto& k : t.constraints)
          if (k.kind == model::ConstraintKind::foreign_key || !k.valid) add_constraint(t, k, true);
        comment("", t.comment, target, t.name);
        for (const auto& col : t.columns) comment("", col.comment, column_target(t, col), t.name);
        for (const auto& k : t.constraints) comment("", k.comment, constraint_target(t, k), t.name);
        continue;
      }
      matched_sources.insert(source->name);
      partition_changes(*source, t, target_name_of(source->partition_of), out_);
      std::vector<QName> parents_now;
      for (const auto& parent : source->inherits) parents_now.push_back(target_name_of(parent));
      inherit_changes(*source, t, parents_now, out_);
      persistence_changes(*source, t, out_);
      storage_changes("TABLE", t.name, source->storage_parameters, t.storage_parameters, out_);
      table(*source, t);
      comment(source->comment, t.comment, target, t.name);
    }
    auto dropped = [&](const QName& n) { return from_table(n) && !matched_sources.count(n); };
    auto from_lookup = [&](const QName& n) { return from_table(n); };
    for (const auto& t : from_.tables) {
      if (matched_sources.count(t.name)) continue;
      if (goes_with_dropped_parent(t, from_lookup, dropped)) continue;  // DROP TABLE of its parent drops it
      add(ChangeKind::drop_table, kDropTable, t.name, TableRef{&t}, {Hazard::deletes_data});
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

  static CommentTarget column_target(const model::Table& t, const model::Column& c) {
    return {"COLUMN", t.name, c.name};
  }
  static CommentTarget constraint_target(const model::Table& t, const model::Constraint& k) {
    return {"CONSTRAINT", t.name, k.name};
  }

  void add_constraint(const model::Table& t, const model::Constraint& k, bool new_table) {
    bool fk = k.kind == model::ConstraintKind::foreign_key;
    Phase phase = fk ? kAddForeignKey : kAddConstraint;
    // Wanted NOT VALID: added without a scan of the rows, and left so.
    if (!k.valid) {
      add(ChangeKind::add_constraint_not_valid, phase, t.name, ConstraintRef{&t, &k});
      return;
    }
    std::vector<Hazard> hazards;
    if (!new_table) hazards = {Hazard::may_fail, Hazard::blocks_writes};
    add(ChangeKind::add_constraint, phase, t.name, ConstraintRef{&t, &k}, std::move(hazards));
  }

  // The same constraint, validated or not. PostgreSQL can validate one in
  // place but has no way back: a validated constraint wanted NOT VALID is
  // dropped and added NOT VALID, which checks no row and so cannot fail.
  void validity(const model::Table& from, const model::Constraint& old, const model::Table& to,
                const model::Constraint& k) {
    if (old.valid == k.valid) return;
    if (k.valid) {
      add(ChangeKind::validate_constraint, kValidate, to.name, ConstraintRef{&to, &k}, {Hazard::may_fail});
      return;
    }
    drop_constraint(from, old);
    add_constraint(to, k, false);
  }

  void drop_constraint(const model::Table& t, const model::Constraint& k) {
    bool fk = k.kind == model::ConstraintKind::foreign_key;
    add(ChangeKind::drop_constraint, fk ? kDropForeignKey : kDropConstraint, t.name, ConstraintRef{&t, &k});
  }

  void table(const model::Table& from, const model::Table& to) {
    std::set<std::string> matched;
    for (const auto& col : to.columns) {
      const model::Column* source = from.column(col.name);
      auto hint = renames_.columns.find({to.name, col.name});
      bool column_free = !from.column(col.name) || column_renamed_away(to, col.name);
      if (hint != renames_.columns.end() && hint->second != col.name && from.column(hint->second) && column_free) {
        source = from.column(hint->second);
        add(ChangeKind::rename_column, kRename, to.name, ColumnChange{&to, source, &col});
      } else if (column_renamed_away(to, col.name)) {
        source = nullptr;
      }
      if (!source && inherits_column(from_, from, col.name)) continue;  // NO INHERIT leaves it to the table
      if (!source) {
        std::vector<Hazard> hazards;
        if (col.not_null && col.default_value.empty() && !col.identity && col.generated.empty())
          hazards = {Hazard::may_fail};
        if (!col.generated.empty()) hazards = {Hazard::table_rewrite, Hazard::blocks_writes};
        add(ChangeKind::add_column, kAlterColumn, to.name, ColumnAdd{&to, &col, {}}, std::move(hazards));
        comment("", col.comment, column_target(to, col), to.name);
        continue;
      }
      matched.insert(source->name);
      column(from, to, *source, col);
      comment(source->comment, col.comment, column_target(to, col), to.name);
    }
    for (const auto& col : from.columns) {
      if (matched.count(col.name)) continue;
      if (inherits_column(to_, to, col.name)) continue;  // INHERIT makes it the parent's
      add(ChangeKind::drop_column, kDropColumn, to.name, ColumnDrop{&from, &col}, {Hazard::deletes_data});
    }
    constraints(from, to);
  }

  bool column_renamed_away(const model::Table& to, const std::string& name) const {
    for (const auto& [key, src] : renames_.columns)
      if (key.first == to.name && src == name && key.second != name) return true;
    return false;
  }

  void column(const model::Table& from_table, const model::Table& t, const model::Column& from,
              const model::Column& to) {
    if (from.generated != to.generated) {
      // PostgreSQL 15 cannot change a generation expression: re-add the column.
      add(ChangeKind::drop_column, kDropColumn, t.name, ColumnDrop{&from_table, &from});
      add(ChangeKind::add_column, kDropColumn, t.name, ColumnAdd{&t, &to, {}},
          {Hazard::table_rewrite, Hazard::blocks_writes});
      return;
    }
    bool type = from.type != to.type || from.collation != to.collation;
    bool differs = type || from.not_null != to.not_null || from.default_value != to.default_value ||
                   from.identity != to.identity || (to.identity && from.identity_options != to.identity_options);
    if (!differs) return;
    std::vector<Hazard> hazards;
    bool rewrite = type && (from.collation != to.collation || !pgsql::changes_without_rewrite(from.type, to.type));
    if (rewrite)
      hazards = {Hazard::table_rewrite, Hazard::blocks_writes, Hazard::may_fail};
    else if (!from.not_null && to.not_null)
      hazards = {Hazard::may_fail, Hazard::blocks_writes};
    add(ChangeKind::alter_column, kAlterColumn, t.name, ColumnChange{&t, &from, &to}, std::move(hazards));
  }

  void constraints(const model::Table& from, const model::Table& to) {
    std::vector<const model::Constraint*> dropped, added;
    for (const auto& k : to.constraints) {
      const model::Constraint* old = from.constraint(k.name);
      if (!old && inherits_check(from_, from, k.name)) continue;  // NO INHERIT leaves it to the table
      if (old && old->kind == k.kind &&
          (old->definition == k.definition ||
           (!projection_.empty() && projection_.constraint(old->definition, from.name) == k.definition))) {
        comment(old->comment, k.comment, constraint_target(to, k), to.name);
        validity(from, *old, to, k);
        continue;
      }
      if (old) dropped.push_back(old);
      added.push_back(&k);
    }
    for (const auto& k : from.constraints)
      if (!to.constraint(k.name) && !inherits_check(to_, to, k.name))
        dropped.push_back(&k);  // INHERIT makes it the parent's
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
      add(ChangeKind::rename_constraint, kRename, to.name, ConstraintRename{&to, (*d)->name, *a});
      comment((*d)->comment, (*a)->comment, constraint_target(to, **a), to.name);
      validity(from, **d, to, **a);
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
      CommentTarget target{"INDEX", ix.name, ""};
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
      // Only WITH (…) differs: ALTER INDEX … SET / RESET, no rebuild. PostgreSQL 15
      // refuses both on a partitioned table's index ("not supported for
      // partitioned indexes"): that one is rebuilt.
      const model::Table* on = to_table(ix.table);
      bool partitioned = on && !on->partition_by.empty();
      if (f != from.end() && f->second->valid && !partitioned && index_storage_changes(*f->second, ix, out_)) {
        comment(f->second->comment, ix.comment, target, ix.table);
        continue;
      }
      if (f != from.end()) add(ChangeKind::drop_index, kDropIndex, ix.table, IndexRef{f->second});
      std::vector<Hazard> hazards;
      if (!table_is_new) hazards = {Hazard::blocks_writes};
      if (ix.unique && !table_is_new) hazards.push_back(Hazard::may_fail);
      add(ChangeKind::create_index, is_view(to_, ix.table) ? kCreateViewIndex : kCreateIndex, ix.table, IndexRef{&ix},
          std::move(hazards));
      comment("", ix.comment, target, ix.table);
    }
    for (const auto& ix : from_.indexes) {
      if (to.count(qkey(ix.name))) continue;
      if (!ix.valid) {  // not in the target: an invalid index goes even with its table kept
        if (to_table_for_source(ix.table) || is_view(to_, ix.table))
          add(ChangeKind::drop_index, kDropIndex, ix.table, IndexRef{&ix});
        continue;
      }
      // Indexes go away with their table.
      if (!to_table_for_source(ix.table) && !is_view(to_, ix.table)) continue;
      add(ChangeKind::drop_index, kDropIndex, ix.table, IndexRef{&ix});
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
      CommentTarget target = view_comment_target(v);
      auto f = from.find(qkey(v.name));
      if (f != from.end() && f->second->materialized == v.materialized &&
          (f->second->query == v.query || (!projection_.empty() && projection_.query(f->second->query) == v.query))) {
        const model::View& old = *f->second;
        if (old.options != v.options) add(ChangeKind::alter_view_options, kCreateView, {}, ViewAlter{&old, &v});
        if (v.materialized)
          storage_changes("MATERIALIZED VIEW", v.name, old.storage_parameters, v.storage_parameters, out_);
        // WITH NO DATA is how the view is created: a populated one is not
        // emptied, and one left unpopulated is populated when it is wanted so.
        if (!old.with_data && v.with_data)
          add(ChangeKind::refresh_materialized_view, kCreateViewIndex, {}, ViewRef{&v});
        comment(old.comment, v.comment, target);
        column_comments(&old, v);
        continue;
      }
      if (f != from.end() && !v.materialized && !f->second->materialized &&
          pgsql::appends_columns(f->second->query, v.query)) {
        add(ChangeKind::replace_view, kCreateView, {}, ViewRef{&v});  // dependants of the view keep working
        comment(f->second->comment, v.comment, target);
        column_comments(f->second, v);
        continue;
      }
      if (f != from.end()) drops.push_back(f->second);
      add(ChangeKind::create_view, kCreateView, {}, ViewRef{&v});
      comment("", v.comment, target);
      column_comments(nullptr, v);
      // Indexes on a re-created materialized view are re-created with it.
      if (f != from.end() && v.materialized)
        for (const auto& ix : to_.indexes)
          if (ix.table == v.name && from_has_same_index(ix))
            add(ChangeKind::create_index, kCreateViewIndex, ix.table, IndexRef{&ix});
    }
    for (const auto& v : from_.views)
      if (!to.count(qkey(v.name))) drops.push_back(&v);
    // Drop dependants first: reverse creation order.
    std::sort(drops.begin(), drops.end(), [&](auto* a, auto* b) { return a > b; });
    for (auto* v : drops) add(ChangeKind::drop_view, kDropView, {}, ViewRef{v});
  }

  // Comments on the columns of view `to`, from those of `from` (null: a new view).
  void column_comments(const model::View* from, const model::View& to) {
    static const std::map<std::string, std::string> none;
    const auto& old = from ? from->column_comments : none;
    for (const auto& [column, text] : to.column_comments) {
      auto o = old.find(column);
      comment(o == old.end() ? "" : o->second, text, CommentTarget{"COLUMN", to.name, column});
    }
    for (const auto& [column, text] : old)
      if (!to.column_comments.count(column)) comment(text, "", CommentTarget{"COLUMN", to.name, column});
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
      CommentTarget target{"TRIGGER", t.table, t.name};
      auto f = from.find(key(t));
      if (f == from.end()) {  // on a renamed table, the source trigger is under the old name
        auto src = renames_.tables.find(t.table);
        if (src != renames_.tables.end()) f = from.find(qkey(src->second) + "\x1f" + t.name);
      }
      if (f != from.end() &&
          (f->second->definition == t.definition ||
           (!projection_.empty() && projection_.statement(f->second->definition, f->second->table) == t.definition))) {
        comment(f->second->comment, t.comment, target, t.table);
        continue;
      }
      if (f != from.end()) add(ChangeKind::drop_trigger, kDropTrigger, t.table, TriggerRef{f->second});
      add(ChangeKind::create_trigger, kCreateTrigger, t.table, TriggerRef{&t});
      comment("", t.comment, target, t.table);
    }
    for (const auto& t : from_.triggers)
      if (!to.count(qkey(target_name_of(t.table)) + "\x1f" + t.name) && to_table_for_source(t.table))
        add(ChangeKind::drop_trigger, kDropTrigger, t.table, TriggerRef{&t});
  }

  std::set<QName> partitioned_tables() const {
    std::set<QName> out;
    for (const auto* s : {&from_, &to_})
      for (const auto& t : s->tables)
        if (!t.partition_by.empty()) out.insert(t.name);
    return out;
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
  Options options_;
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

std::vector<Change> diff(const model::Schema& from, const model::Schema& to, const Renames& renames, Options options) {
  return Differ(from, to, renames, options).run();
}

}  // namespace shale::diff
