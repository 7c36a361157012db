// The interpreter's dependency edges: name resolution (pgsql::Catalog), what
// depends on an object, DROP with PostgreSQL's RESTRICT/CASCADE behaviour and
// RENAME carried into every definition that names the renamed object
// (https://www.postgresql.org/docs/15/ddl-depend.html).
#include <algorithm>

#include "load/pg_sql/interpreter.hpp"
#include "pgsql/canonical.hpp"
#include "pgsql/expand_stars.hpp"
#include "pgsql/objects.hpp"
#include "pgsql/quote.hpp"

namespace shale::load::pg_sql {

using model::QName;
using model::RefKind;
namespace pg = shale::pgsql;

namespace {
const std::string kConstraintWrapper = "ALTER TABLE x ADD CONSTRAINT n ";

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// The value of the only target of "SELECT expr".
PgQuery__Node* select_target(pg::ParsedSql& parsed) {
  PgQuery__Node* n = parsed.statements().at(0).node;
  return n->select_stmt->target_list[0]->res_target->val;
}

bool type_is_enum(const std::string& type, const QName& e) {
  std::string base = type;
  while (base.size() > 2 && base.compare(base.size() - 2, 2, "[]") == 0) base.resize(base.size() - 2);
  return base == pg::quote_qualified(e.schema, e.name);
}
}  // namespace

// ---- pgsql::Catalog ----------------------------------------------------------

bool Interpreter::has_columns(const QName& r) const { return tables_.count(r) || view_columns_.count(r); }

bool Interpreter::column(const QName& r, const std::string& name) const {
  if (auto t = tables_.find(r); t != tables_.end()) return any_column(schema_.tables[t->second], name) != nullptr;
  auto v = view_columns_.find(r);
  return v != view_columns_.end() && contains(v->second, name);
}

std::vector<std::string> Interpreter::column_names(const QName& r) const {
  std::vector<std::string> out;
  if (auto t = tables_.find(r); t != tables_.end()) {
    for (const auto& c : all_columns(schema_.tables[t->second])) out.push_back(c.name);
  } else if (auto v = view_columns_.find(r); v != view_columns_.end()) {
    out = v->second;
  }
  return out;
}

bool Interpreter::other_relation(const QName& r) const {
  return relations_.count({r.schema, r.name}) && !has_columns(r);
}

bool Interpreter::function(const QName& name) const {
  return std::any_of(schema_.functions.begin(), schema_.functions.end(), [&](auto& f) { return f.name == name; });
}

// Domains, composite and range types count too: what uses one follows it as it follows an enum (edges, DROP, RENAME).
bool Interpreter::enum_type(const QName& name) const {
  return std::any_of(schema_.enums.begin(), schema_.enums.end(), [&](auto& e) { return e.name == name; }) ||
         domain_type(name) || composite_type(name) || range_type(name);
}

// ---- edges computed from stored text -----------------------------------------

model::Refs Interpreter::column_refs(const model::Table& t, const model::Column& c) {
  model::Refs out;
  QName e;
  if (pg::enum_of_type_text(c.type, *this, e)) model::add_ref(out, model::Ref{RefKind::type, e, ""});
  for (const model::Expr* x : {&c.default_value, &c.generated}) {
    if (x->empty()) continue;
    auto parsed = pg::ParsedSql::parse("SELECT " + x->text, "<default>");
    pg::expression_refs(select_target(*parsed), t.name, *this, out, nullptr);
  }
  return out;
}

void Interpreter::refuse_missing(const std::vector<pg::Unresolved>& missing) {
  if (missing.empty() || source_ != Source::desired_state) return;
  const auto& m = missing.front();
  if (m.location >= 0) fail_at(loc(m.location), m.message);
  fail(m.message);
}

// Desired state may name objects that a later statement (or file) defines, as
// a declarative schema is not a script: edges of views, functions and
// triggers and the column types are resolved once everything is defined, and
// what is still missing then is an error, as PostgreSQL would report it on
// apply.
void Interpreter::resolve_desired_state() {
  bool extensions = !schema_.extensions.empty();
  for (auto& t : schema_.tables)
    for (auto& c : t.columns) {
      QName e;
      if (pg::enum_of_type_text(c.type, *this, e)) {
        model::add_ref(c.depends_on, model::Ref{RefKind::type, e, ""});
        continue;
      }
      bool user_type = c.type.find('.') != std::string::npos && c.type.find('(') == std::string::npos;
      if (user_type && !extensions) {  // not an enum (above): a table's row type, or nothing
        std::string base = c.type.substr(0, c.type.find('['));
        QName n{base.substr(0, base.find('.')), base.substr(base.find('.') + 1)};
        if (!has_columns(n)) {
          auto at = type_pos_.find({t.name, c.name});
          SourcePos pos = at == type_pos_.end()
                              ? c.pos
                              : LineIndex(at->second.file->path, at->second.file->text).at(at->second.offset);
          throw UserError("type \"" + n.name + "\" does not exist", pos);
        }
      }
    }
  for (auto& v : schema_.views) {
    auto parsed = pg::ParsedSql::parse(v.query.text, "<view>");
    PgQuery__Node* q = parsed->statements().at(0).node;
    // A view defined before what it reads has its `*` expanded now.
    if (pg::expand_stars(q, *this, parsed->arena())) {
      std::string text = pg::deparse(q);
      v.query = model::Expr{text, pg::canonical_query(text)};
    }
    std::vector<pg::Unresolved> missing;
    v.depends_on.clear();
    pg::query_refs(q, *this, v.depends_on, &missing);
    if (!missing.empty()) {
      auto at = unresolved_at_.find({v.name, missing.front().message});
      throw UserError(missing.front().message, at == unresolved_at_.end() ? v.pos : at->second);
    }
    view_columns_[v.name] = pg::query_columns(q, *this);
  }
  for (auto& f : schema_.functions) {
    auto parsed = pg::ParsedSql::parse(f.definition.text, "<function>");
    f.depends_on.clear();
    pg::function_refs(parsed->statements().at(0).node->create_function_stmt, *this, f.depends_on);
  }
  for (auto& tr : schema_.triggers) {
    auto parsed = pg::ParsedSql::parse(tr.definition.text, "<trigger>");
    tr.depends_on.clear();
    pg::trigger_refs(parsed->statements().at(0).node->create_trig_stmt, tr.table, *this, tr.depends_on);
  }
  resolve_policy_edges();
}

// ---- what depends on what ----------------------------------------------------

std::string Interpreter::ObjectKey::describe() const {
  std::string t = pg::quote_ident(name.name);
  switch (kind) {
    case Kind::table: return "table " + t;
    case Kind::column: return "column " + pg::quote_ident(sub) + " of table " + t;
    case Kind::column_default: return "default value for column " + pg::quote_ident(sub) + " of table " + t;
    case Kind::constraint: return "constraint " + pg::quote_ident(sub) + " on table " + t;
    case Kind::index: return "index " + t;
    case Kind::view: return "view " + t;
    case Kind::function: return "function " + t + sub;
    case Kind::trigger: return "trigger " + pg::quote_ident(sub) + " on table " + t;
    case Kind::sequence: return "sequence " + t;
    case Kind::enum_type: return "type " + t;
    case Kind::policy: return "policy " + pg::quote_ident(sub) + " on table " + t;
  }
  return t;
}

std::vector<Interpreter::Dependant> Interpreter::dependants_of(const ObjectKey& target) const {
  using K = ObjectKey::Kind;
  bool relation = target.kind == K::table || target.kind == K::view || target.kind == K::sequence;
  auto refers = [&](const model::Refs& refs) {
    return std::any_of(refs.begin(), refs.end(), [&](const model::Ref& r) {
      if (relation) return (r.kind == RefKind::relation || r.kind == RefKind::column) && r.name == target.name;
      if (target.kind == K::column) return r.kind == RefKind::column && r.name == target.name && r.column == target.sub;
      if (target.kind == K::function) return r.kind == RefKind::function && r.name == target.name;
      if (target.kind == K::enum_type) return r.kind == RefKind::type && r.name == target.name;
      return false;
    });
  };
  std::vector<Dependant> out;
  for (const auto& t : schema_.tables) {
    bool own = t.name == target.name && (target.kind == K::table || target.kind == K::column);
    if (own && target.kind == K::table) continue;  // its columns and constraints go with it
    if (target.kind == K::table && t.partition_of == target.name)
      out.push_back({{K::table, t.name, ""}, true});  // its partitions too
    if (target.kind == K::table && std::find(t.inherits.begin(), t.inherits.end(), target.name) != t.inherits.end())
      out.push_back({{K::table, t.name, ""}, false});  // a table inheriting from it needs CASCADE
    for (const auto& c : t.columns) {
      if (own && c.name == target.sub) continue;
      if (!refers(c.depends_on)) continue;
      // A column whose type or generation expression needs the object goes
      // with it; a default only loses its default.
      bool whole = !c.generated.empty() || (target.kind == K::enum_type && type_is_enum(c.type, target.name));
      out.push_back({{whole ? K::column : K::column_default, t.name, c.name}, false});
    }
    for (const auto& k : t.constraints) {
      bool uses =
          refers(k.depends_on) || (relation && k.references == target.name) || (own && contains(k.columns, target.sub));
      // The table's own constraints on a dropped column go with it (ALTER
      // TABLE … DROP COLUMN); anyone else's need CASCADE.
      if (uses) out.push_back({{K::constraint, t.name, k.name}, own});
    }
  }
  for (const auto& ix : schema_.indexes) {
    bool on_target = ix.table == target.name;
    if (relation && on_target)
      out.push_back({{K::index, ix.name, ""}, true});
    else if (target.kind == K::column && on_target && (contains(ix.columns, target.sub) || refers(ix.depends_on)))
      out.push_back({{K::index, ix.name, ""}, true});
    else if (!on_target && refers(ix.depends_on))
      out.push_back({{K::index, ix.name, ""}, false});
  }
  for (const auto& v : schema_.views)
    if (v.name != target.name && refers(v.depends_on)) out.push_back({{K::view, v.name, ""}, false});
  for (const auto& f : schema_.functions)
    if (refers(f.depends_on)) out.push_back({{K::function, f.name, f.identity_args}, false});
  for (const auto& d : schema_.domains)
    if (d.name != target.name && refers(d.depends_on)) out.push_back({{K::enum_type, d.name, ""}, false});
  for (const auto& c : schema_.composite_types)
    if (c.name != target.name && refers(c.depends_on)) out.push_back({{K::enum_type, c.name, ""}, false});
  for (const auto& r : schema_.range_types)
    if (r.name != target.name && refers(r.depends_on)) out.push_back({{K::enum_type, r.name, ""}, false});
  for (const auto& tr : schema_.triggers) {
    bool on_target = tr.table == target.name;
    if (relation && on_target)
      out.push_back({{K::trigger, tr.table, tr.name}, true});
    else if (refers(tr.depends_on))
      out.push_back({{K::trigger, tr.table, tr.name}, on_target});
  }
  for (const auto& p : schema_.policies) {
    // A policy goes with its table; what its expressions use needs CASCADE.
    bool on_target = p.table == target.name;
    if (relation && on_target)
      out.push_back({{K::policy, p.table, p.name}, true});
    else if (refers(p.depends_on))
      out.push_back({{K::policy, p.table, p.name}, false});
  }
  for (const auto& s : schema_.sequences) {
    // OWNED BY: the sequence goes with its column or table (DEPENDENCY_AUTO).
    if (s.owned_by_table.empty() || s.name.schema != target.name.schema || s.owned_by_table != target.name.name)
      continue;
    if (target.kind == K::table || (target.kind == K::column && s.owned_by_column == target.sub))
      out.push_back({{K::sequence, s.name, ""}, true});
  }
  return out;
}

void Interpreter::drop_object(const ObjectKey& key, bool cascade) {
  auto dependants = dependants_of(key);
  if (!cascade)
    for (const auto& d : dependants)
      if (!d.automatic)
        fail("cannot drop " + key.describe() + " because other objects depend on it (" + d.key.describe() +
             " depends on " + key.describe() + "); use DROP … CASCADE to drop the dependent objects too");
  // The object goes first: what depended on it through the object alone (a
  // serial sequence's default, on a dropped table) is then gone too.
  remove_object(key);
  for (const auto& d : dependants) drop_object(d.key, cascade);
}

void Interpreter::reindex_tables() {
  tables_.clear();
  for (size_t k = 0; k < schema_.tables.size(); ++k) tables_[schema_.tables[k].name] = k;
}

// Removes one object (already gone: nothing to do, as cascades meet objects twice).
void Interpreter::remove_object(const ObjectKey& key) {
  using K = ObjectKey::Kind;
  auto erase_if = [](auto& vec, auto pred) {
    auto it = std::remove_if(vec.begin(), vec.end(), pred);
    bool any = it != vec.end();
    vec.erase(it, vec.end());
    return any;
  };
  auto table_of = [&]() -> model::Table* {
    auto it = tables_.find(key.name);
    return it == tables_.end() ? nullptr : &schema_.tables[it->second];
  };
  switch (key.kind) {
    case K::table: {
      model::Table* t = table_of();
      if (!t) return;
      for (const auto& k : t->constraints)
        if (k.kind != model::ConstraintKind::check && k.kind != model::ConstraintKind::foreign_key)
          relations_.erase({key.name.schema, k.name});
      schema_.tables.erase(schema_.tables.begin() + (t - schema_.tables.data()));
      reindex_tables();
      relations_.erase({key.name.schema, key.name.name});
      break;
    }
    case K::column:
      if (model::Table* t = table_of()) erase_if(t->columns, [&](const model::Column& c) { return c.name == key.sub; });
      break;
    case K::column_default:
      if (model::Table* t = table_of())
        if (model::Column* c = t->column(key.sub)) {
          c->default_value = model::Expr{};
          c->depends_on = column_refs(*t, *c);
        }
      break;
    case K::constraint:
      if (model::Table* t = table_of())
        erase_if(t->constraints, [&](const model::Constraint& k) {
          if (k.name != key.sub) return false;
          if (k.kind != model::ConstraintKind::check && k.kind != model::ConstraintKind::foreign_key)
            relations_.erase({key.name.schema, k.name});
          return true;
        });
      break;
    case K::index:
      if (erase_if(schema_.indexes, [&](const model::Index& ix) { return ix.name == key.name; }))
        relations_.erase({key.name.schema, key.name.name});
      break;
    case K::view:
      if (erase_if(schema_.views, [&](const model::View& v) { return v.name == key.name; })) {
        relations_.erase({key.name.schema, key.name.name});
        view_columns_.erase(key.name);
      }
      break;
    case K::function:
      erase_if(schema_.functions, [&](const model::Function& f) {
        return f.name == key.name && (key.sub.empty() || f.identity_args == key.sub);
      });
      break;
    case K::trigger:
      erase_if(schema_.triggers, [&](const model::Trigger& t) { return t.table == key.name && t.name == key.sub; });
      break;
    case K::sequence:
      if (erase_if(schema_.sequences, [&](const model::Sequence& s) { return s.name == key.name; }))
        relations_.erase({key.name.schema, key.name.name});
      break;
    case K::enum_type:
      erase_if(schema_.enums, [&](const model::Enum& e) { return e.name == key.name; });
      erase_if(schema_.domains, [&](const model::Domain& d) { return d.name == key.name; });
      erase_if(schema_.range_types, [&](const model::RangeType& r) { return r.name == key.name; });
      if (erase_if(schema_.composite_types, [&](const model::CompositeType& c) { return c.name == key.name; }))
        relations_.erase({key.name.schema, key.name.name});
      break;
    case K::policy:
      erase_if(schema_.policies, [&](const model::Policy& p) { return p.table == key.name && p.name == key.sub; });
      break;
  }
}

// ---- RENAME ------------------------------------------------------------------

namespace {
// Whether a definition that depends on `refs` names what `r` renames.
bool refers_to_renamed(const model::Refs& refs, const pg::Renaming& r) {
  using Kind = pg::Renaming::Kind;
  return std::any_of(refs.begin(), refs.end(),
                     [&](const model::Ref& x) {
                       switch (r.kind) {
                         case Kind::relation:
                           return (x.kind == RefKind::relation || x.kind == RefKind::column) && x.name == r.target;
                         case Kind::column:
                           return x.kind == RefKind::column && x.name == r.target && x.column == r.column;
                         case Kind::type: return x.kind == RefKind::type && x.name == r.target;
                         case Kind::function: return x.kind == RefKind::function && x.name == r.target;
                         case Kind::schema:
                           return true;  // every definition is rewritten; unchanged ones stay as they are
                       }
                       return false;
                     }) ||
         r.kind == Kind::schema;
}
}  // namespace

// The tables' parents, column types, defaults, generation expressions and
// constraints follow a rename.
void Interpreter::rename_in_tables(const pg::Renaming& r) {
  using Kind = pg::Renaming::Kind;
  auto expr = [](model::Expr& e, std::string text) { e = model::Expr{text, pg::canonical_expression(text)}; };
  std::string old_type = pg::quote_qualified(r.target.schema, r.target.name);
  std::string new_type = pg::quote_qualified(r.target.schema, r.new_name);
  for (auto& t : schema_.tables) {
    if (r.kind == Kind::relation && t.partition_of == r.target) t.partition_of.name = r.new_name;
    if (r.kind == Kind::schema && t.partition_of.schema == r.target.schema) t.partition_of.schema = r.new_name;
    for (auto& p : t.inherits) {
      if (r.kind == Kind::relation && p == r.target) p.name = r.new_name;
      if (r.kind == Kind::schema && p.schema == r.target.schema) p.schema = r.new_name;
    }
    for (auto& c : t.columns) {
      if (r.kind == Kind::type && type_is_enum(c.type, r.target)) c.type = new_type + c.type.substr(old_type.size());
      std::string old_schema = pg::quote_ident(r.target.schema) + ".";
      if (r.kind == Kind::schema && c.type.compare(0, old_schema.size(), old_schema) == 0)
        c.type = pg::quote_ident(r.new_name) + "." + c.type.substr(old_schema.size());
      if (!refers_to_renamed(c.depends_on, r) && !(r.kind == Kind::column && t.name == r.target)) continue;
      if (!c.default_value.empty()) expr(c.default_value, pg::rename_in_expression(c.default_value.text, r, t.name));
      if (!c.generated.empty()) expr(c.generated, pg::rename_in_expression(c.generated.text, r, t.name));
      pg::rename_refs(c.depends_on, r);
    }
    for (auto& k : t.constraints) {
      bool own_column = r.kind == Kind::column && t.name == r.target && contains(k.columns, r.column);
      bool references = (r.kind == Kind::relation || r.kind == Kind::column) && k.references == r.target;
      if (!refers_to_renamed(k.depends_on, r) && !own_column && !references) continue;
      std::string text = pg::rename_in_constraint(k.definition.text, r, t.name);
      k.definition = model::Expr{text, pg::canonical_statement(kConstraintWrapper + text)};
      if (own_column) std::replace(k.columns.begin(), k.columns.end(), r.column, r.new_name);
      if (references && r.kind == Kind::relation) k.references.name = r.new_name;
      pg::rename_refs(k.depends_on, r);
    }
  }
}

void Interpreter::rename_everywhere(const pg::Renaming& r) {
  using Kind = pg::Renaming::Kind;
  rename_in_tables(r);
  for (auto& ix : schema_.indexes) {
    bool on_target = ix.table == r.target;
    bool affected = (r.kind == Kind::relation && on_target) || refers_to_renamed(ix.depends_on, r) ||
                    (r.kind == Kind::column && on_target && contains(ix.columns, r.column));
    if (!affected) continue;
    std::string text = pg::rename_in_statement(ix.definition.text, r, ix.table);
    ix.definition = model::Expr{text, pg::canonical_statement(text)};
    if (r.kind == Kind::column && on_target) std::replace(ix.columns.begin(), ix.columns.end(), r.column, r.new_name);
    if (r.kind == Kind::relation && on_target) ix.table.name = r.new_name;
    pg::rename_refs(ix.depends_on, r);
  }
  for (auto& v : schema_.views) {
    if (!refers_to_renamed(v.depends_on, r)) continue;
    std::string text = pg::rename_in_query(v.query.text, r);
    v.query = model::Expr{text, pg::canonical_query(text)};
    pg::rename_refs(v.depends_on, r);
  }
  for (auto& f : schema_.functions) {
    // Argument and return types follow a renamed type or table; a body is
    // text to PostgreSQL and keeps the old name, as it does here.
    bool own_name = r.kind == Kind::function && f.name == r.target;
    if (r.kind == Kind::column || (!refers_to_renamed(f.depends_on, r) && !own_name)) continue;
    std::string text = pg::rename_in_statement(f.definition.text, r, QName{});
    model::Function renamed = pg::describe_function(text);
    if (own_name) f.name.name = r.new_name;
    f.identity_args = renamed.identity_args;
    f.returns = renamed.returns;
    f.definition = renamed.definition;
    pg::rename_refs(f.depends_on, r);
  }
  for (auto& tr : schema_.triggers) {
    bool on_target = tr.table == r.target;
    if (!(r.kind == Kind::relation && on_target) && !refers_to_renamed(tr.depends_on, r)) continue;
    std::string text = pg::rename_in_statement(tr.definition.text, r, tr.table);
    tr.definition = model::Expr{text, pg::canonical_statement(text)};
    if (r.kind == Kind::relation && on_target) tr.table.name = r.new_name;
    pg::rename_refs(tr.depends_on, r);
  }
  rename_in_domains(r);
  for (auto& p : schema_.policies) {
    bool on_target = p.table == r.target;
    bool own_column = r.kind == Kind::column && on_target;
    if (!(r.kind == Kind::relation && on_target) && !own_column && !refers_to_renamed(p.depends_on, r)) continue;
    if (r.kind == Kind::relation && on_target) p.table.name = r.new_name;
    for (model::Expr* e : {&p.using_expr, &p.check_expr}) {
      if (e->empty()) continue;
      std::string text =
          pg::rename_in_expression(e->text, r, r.kind == Kind::relation && on_target ? r.target : p.table);
      *e = model::Expr{text, pg::canonical_policy_expression(text, p.table.name)};
    }
    pg::rename_refs(p.depends_on, r);
  }
  for (auto& s : schema_.sequences) {
    if (s.owned_by_table.empty() || s.name.schema != r.target.schema || s.owned_by_table != r.target.name) continue;
    if (r.kind == Kind::relation) s.owned_by_table = r.new_name;
    if (r.kind == Kind::column && s.owned_by_column == r.column) s.owned_by_column = r.new_name;
  }
}

}  // namespace shale::load::pg_sql
