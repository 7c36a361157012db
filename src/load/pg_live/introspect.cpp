#include "load/pg_live/introspect.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <set>
#include <tuple>
#include <unordered_map>

#include "load/pg_live/catalog_queries.hpp"
#include "load/pg_live/catalog_queries_security.hpp"
#include "load/pg_live/connection.hpp"
#include "load/pg_live/introspect_security.hpp"
#include "load/pg_live/unmodelled.hpp"
#include "load/pg_live/unmodelled_query.hpp"
#include "pgsql/canonical.hpp"
#include "pgsql/domains.hpp"
#include "pgsql/objects.hpp"
#include "pgsql/partitions.hpp"
#include "pgsql/plain_index.hpp"
#include "pgsql/quote.hpp"
#include "pgsql/spelled_foreign_key.hpp"
#include "pgsql/view_options.hpp"

namespace shale::load::pg_live {

using model::QName;
namespace pg = shale::pgsql;

namespace {
thread_local int g_query_count = 0;  // per thread: plan loads both states at once

// The field readers run for every value of every row (about two million at
// 5,000 tables): no temporary strings, and no strlen where libpq has the length.
std::string str(const pqxx::field& f) { return f.is_null() ? std::string() : std::string(f.c_str(), f.size()); }
bool flag(const pqxx::field& f) { return !f.is_null() && f.c_str()[0] == 't' && f.c_str()[1] == '\0'; }
int64_t num(const pqxx::field& f) { return f.is_null() ? 0 : std::strtoll(f.c_str(), nullptr, 10); }
std::vector<std::string> names(const pqxx::field& f) {
  if (f.is_null()) return {};
  return nlohmann::json::parse(f.c_str()).get<std::vector<std::string>>();
}
using Oid = uint32_t;
Oid oid(const pqxx::field& f) { return f.is_null() ? 0 : static_cast<Oid>(std::strtoul(f.c_str(), nullptr, 10)); }

// Attribute numbers of an int2[] ("{1,3}") or int2vector ("1 3 0"), in order.
std::vector<int> attnums(const pqxx::field& f) {
  std::vector<int> out;
  if (f.is_null()) return out;
  const char* p = f.c_str();
  while (*p) {
    if (*p == '-' || isdigit(static_cast<unsigned char>(*p))) {
      char* end;
      out.push_back(static_cast<int>(std::strtol(p, &end, 10)));
      p = end;
    } else {
      ++p;
    }
  }
  return out;
}

model::SequenceOptions sequence_options(const pqxx::row& r, int first) {
  model::SequenceOptions o;
  o.type = str(r[first]);
  o.start = num(r[first + 1]);
  o.increment = num(r[first + 2]);
  o.min = num(r[first + 3]);
  o.max = num(r[first + 4]);
  o.cache = num(r[first + 5]);
  o.cycle = flag(r[first + 6]);
  return o;
}

model::ConstraintKind constraint_kind(const std::string& c) {
  switch (c[0]) {
    case 'p': return model::ConstraintKind::primary_key;
    case 'u': return model::ConstraintKind::unique;
    case 'f': return model::ConstraintKind::foreign_key;
    case 'x': return model::ConstraintKind::exclusion;
    default: return model::ConstraintKind::check;
  }
}

class Reader {
 public:
  Reader(pqxx::connection& conn, const PgUrl& url, std::string source, const IntrospectOptions& options)
      : tx_(conn), source_(std::move(source)), options_(options) {
    std::string filter = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'";
    if (!url.schemas.empty()) {
      filter += " AND n.nspname IN (";
      for (size_t i = 0; i < url.schemas.size(); ++i) filter += (i ? ", " : "") + tx_.quote(url.schemas[i]);
      filter += ")";
    }
    // The [filter]'s schema globs, as LIKE patterns, so that left-out schemas are not read at all.
    auto like_any = [this](const std::vector<std::string>& globs) {
      std::string any;
      for (const auto& g : globs)
        any += (any.empty() ? "" : " OR ") + ("n.nspname LIKE " + tx_.quote(config::glob_to_like(g)));
      return "(" + any + ")";
    };
    if (!options.filter.schemas.empty()) filter += " AND " + like_any(options.filter.schemas);
    if (!options.filter.excluded_schemas().empty()) filter += " AND NOT " + like_any(options.filter.excluded_schemas());
    filter_ = filter;
    for (size_t p = 0; (p = filter.find("n.nspname", p)) != std::string::npos; p += 10)
      filter.replace(p, 9, "rn.nspname");
    ref_filter_ = filter;
  }

  model::Schema read() {
    // Every name in pg_get_* output is schema-qualified with an empty search_path.
    // work_mem: the larger queries sort and hash tens of thousands of rows, which
    // the default 4MB sends to disk. jit: the planner's estimates for these
    // catalog joins pass jit_above_cost, and compiling the expressions of
    // kUnmodelled's many arms took seconds where running them takes a tenth
    // of one. One statement, so the query count stays fixed.
    run("SET LOCAL search_path = ''; SET LOCAL work_mem = '64MB'; SET LOCAL jit = off");
    // Every catalog query is sent at once, in the order they are read, so
    // that the server runs the next while shale turns the last into the model.
    pqxx::pipeline pipe(tx_);
    pipe.retain(0);
    for (const char* q :
         {queries::kUnmodelled, queries::kSchemas, queries::kExtensions, queries::kCollations, queries::kEnums,
          queries::kDomains, queries::kCompositeTypes, queries::kRangeTypes, queries::kColumns, queries::kConstraints,
          queries::kIndexes, queries::kSequences, queries::kViews, queries::kFunctions, queries::kTriggers,
          queries::kRowSecurity, queries::kPrivileges})
      queued_.emplace_back(pipe.insert(with_filter(q)));
    queued_.emplace_back(pipe.insert(queries::kDependencies));
    pipe_ = &pipe;
    read_unmodelled();
    read_schemas();
    read_extensions();
    read_collations();
    read_enums();
    read_domains();
    read_composite_types();
    read_range_types();
    read_tables();
    read_constraints();
    read_indexes();
    read_sequences();
    read_views();
    read_functions();
    read_triggers();
    read_row_security(
        run(with_filter(queries::kRowSecurity)), schema_, [this](Oid o) { return table_by_oid(o); }, policies_);
    auto unheld_privileges =
        read_privileges(run(with_filter(queries::kPrivileges)), schema_, [this](Oid o) -> const model::Function* {
          auto it = functions_.find(o);
          return it == functions_.end() ? nullptr : &schema_.functions[it->second];
        });
    read_dependencies();
    pg::canonicalize_domain_checks(schema_);
    pg::add_collation_refs(schema_);
    pipe_ = nullptr;
    // Refused after reading, as column settings come with the columns.
    std::sort(unmodelled_.begin(), unmodelled_.end(), [](const Unmodelled& a, const Unmodelled& b) {
      return std::tie(a.kind, a.subject) < std::tie(b.kind, b.subject);
    });
    excluded_with_owner_ = refuse_unmodelled(unmodelled_, options_.filter, source_);
    for (const auto& u : unheld_privileges)
      if ((!options_.privilege_roles || options_.privilege_roles->count(u.grantee)) &&
          !options_.filter.excludes(u.object.schema, u.object.name) &&
          !excluded_with_owner_.count({u.object.schema, u.object.name}))
        throw UserError(source_ + ": " + u.message);
    // Read in oid order; the model keeps tables by name, as PostgreSQL's "C" order sorts them.
    std::sort(schema_.tables.begin(), schema_.tables.end(),
              [](const model::Table& a, const model::Table& b) { return a.name < b.name; });
    // The filter's schema.name entries (its schemas were never read), and what goes with them.
    if (!options_.filter.exclude.empty())
      model::remove_objects(schema_, [this](const std::string& nsp, const std::string& name) {
        return options_.filter.excludes(nsp, name) || excluded_with_owner_.count({nsp, name});
      });
    return std::move(schema_);
  }

 private:
  // The next result of the pipeline, whose queries read() sent in the order
  // the read_* functions ask for them; `sql` is only checked against it.
  pqxx::result run(const std::string& sql) {
    ++g_query_count;
    if (!pipe_) return tx_.exec(sql);
    if (next_ >= queued_.size()) throw std::logic_error("a catalog query the pipeline does not hold");
    return pipe_->retrieve(queued_[next_++]);
  }
  std::string with_filter(std::string sql) {
    for (size_t p; (p = sql.find("$REF_SCHEMAS")) != std::string::npos;) sql.replace(p, 12, ref_filter_);
    for (size_t p; (p = sql.find("$SCHEMAS")) != std::string::npos;) sql.replace(p, 8, filter_);
    for (size_t p; (p = sql.find("$HISTORY")) != std::string::npos;)
      sql.replace(p, 8, tx_.quote(options_.history_table));
    static const std::string kUserAttoptions =
        "(SELECT array_agg(o) FROM unnest(a.attoptions) o WHERE o NOT LIKE 'pg\\_attver=%')";
    for (size_t p; (p = sql.find("$ATTOPTIONS")) != std::string::npos;) sql.replace(p, 11, kUserAttoptions);
    return sql;
  }

  // kUnmodelled's findings join those read_tables made of column settings.
  void read_unmodelled() {
    for (const auto& r : run(with_filter(queries::kUnmodelled)))
      unmodelled_.push_back({str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5])});
  }
  void read_schemas() {
    for (const auto& r : run(with_filter(queries::kSchemas))) {
      if (str(r[0]) != "public") schema_.schemas[str(r[0])] = str(r[1]);
      schema_.schema_owners[str(r[0])] = str(r[2]);
    }
  }
  void read_extensions() {
    for (const auto& r : run(with_filter(queries::kExtensions)))
      schema_.extensions.push_back({str(r[0]), str(r[1]), {}, str(r[2])});
  }
  void read_enums() {
    for (const auto& r : run(with_filter(queries::kEnums)))
      schema_.enums.push_back(model::Enum{{str(r[0]), str(r[1])}, names(r[2]), str(r[3]), {}, str(r[4]), {}});
  }
  void read_collations() {
    for (const auto& r : run(with_filter(queries::kCollations))) {
      model::Collation c;
      c.name = QName{str(r[0]), str(r[1])};
      c.provider = str(r[2]) == "i" ? "icu" : "libc";
      if (c.provider == "icu")
        c.icu_locale = str(r[5]);
      else
        c.lc_collate = str(r[3]), c.lc_ctype = str(r[4]);
      c.deterministic = flag(r[6]);
      c.comment = str(r[7]);
      schema_.collations.push_back(std::move(c));
    }
  }
  void read_domains() {
    for (const auto& r : run(with_filter(queries::kDomains))) {
      model::Domain d;
      d.name = QName{str(r[0]), str(r[1])};
      d.base_type = str(r[2]);
      d.collation = str(r[3]);
      std::string expr = str(r[4]);
      if (!expr.empty()) d.default_value = model::Expr{expr, canonical_expression(expr)};
      d.not_null = flag(r[5]);
      d.comment = str(r[6]);
      d.owner = str(r[9]);
      if (!r[7].is_null())
        for (const auto& k : nlohmann::json::parse(r[7].c_str())) {
          // canon: canonicalize_domain_checks, once every domain is read
          model::DomainCheck check{k[0].get<std::string>(), {k[1].get<std::string>(), ""}, k[2].get<bool>()};
          const std::string suffix = " NOT VALID";
          std::string& text = check.definition.text;
          if (!check.valid && text.size() > suffix.size() &&
              text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0)
            text.resize(text.size() - suffix.size());
          d.checks.push_back(std::move(check));
        }
      if (!r[8].is_null())
        for (const auto& e : nlohmann::json::parse(r[8].c_str())) {
          std::string kind = e[0].get<std::string>();
          model::RefKind k = kind == "f"   ? model::RefKind::function
                             : kind == "t" ? model::RefKind::type
                                           : model::RefKind::relation;
          model::add_ref(d.depends_on, {k, QName{e[1].get<std::string>(), e[2].get<std::string>()}, {}});
        }
      schema_.domains.push_back(std::move(d));
    }
  }
  void read_composite_types() {
    for (const auto& r : run(with_filter(queries::kCompositeTypes))) {
      model::CompositeType c;
      c.name = QName{str(r[0]), str(r[1])};
      if (!r[2].is_null())
        for (const auto& a : nlohmann::json::parse(r[2].c_str()))
          c.attributes.push_back(
              {a[0].get<std::string>(), a[1].get<std::string>(), a[2].is_null() ? "" : a[2].get<std::string>()});
      c.comment = str(r[3]);
      c.owner = str(r[5]);
      if (!r[4].is_null())
        for (const auto& e : nlohmann::json::parse(r[4].c_str()))
          model::add_ref(c.depends_on,
                         {e[0].get<std::string>() == "t" ? model::RefKind::type : model::RefKind::relation,
                          QName{e[1].get<std::string>(), e[2].get<std::string>()},
                          {}});
      schema_.composite_types.push_back(std::move(c));
    }
  }
  void read_range_types() {
    for (const auto& r : run(with_filter(queries::kRangeTypes))) {
      model::RangeType t;
      t.name = QName{str(r[0]), str(r[1])};
      t.subtype = str(r[2]);
      t.subtype_opclass = str(r[3]);
      t.collation = str(r[4]);
      t.canonical = pg::range_function_name(str(r[5]));
      t.subtype_diff = pg::range_function_name(str(r[6]));
      t.multirange_name = str(r[7]) == pg::default_multirange_name(t.name.name) ? "" : str(r[7]);
      t.comment = str(r[8]);
      t.owner = str(r[10]);
      if (!r[9].is_null())
        for (const auto& e : nlohmann::json::parse(r[9].c_str()))
          model::add_ref(t.depends_on,
                         {e[0].get<std::string>() == "f" ? model::RefKind::function : model::RefKind::type,
                          QName{e[1].get<std::string>(), e[2].get<std::string>()},
                          {}});
      schema_.range_types.push_back(std::move(t));
    }
  }
  void read_tables() {
    Oid last_oid = 0;
    std::unordered_map<Oid, size_t>::iterator slot;
    for (const auto& r : run(with_filter(queries::kColumns))) {
      // Rows come unordered (see kColumns): find the table by oid, once for
      // each run of rows of one table (most of them come together).
      Oid table_oid = oid(r[18]);
      bool added = false;
      if (table_oid != last_oid || last_oid == 0)
        std::tie(slot, added) = tables_.try_emplace(table_oid, schema_.tables.size());
      last_oid = table_oid;
      if (added) {
        model::Table table;
        table.name = QName{str(r[0]), str(r[1])};
        table.comment = str(r[2]);
        table.owner = str(r[33]);
        table.size = model::TableSize{num(r[22]), num(r[23])};
        table.columns.reserve(size_t(num(r[24])));
        read_partitioning(table, r);
        attnums_.emplace_back();
        schema_.tables.push_back(std::move(table));
      }
      if (r[3].is_null()) continue;  // a table without columns
      if (flag(r[29])) {             // inherited: its parent's, named here for the keys and indexes that use it
        inherited_columns_[slot->second][static_cast<int>(num(r[19]))] = str(r[3]);
        continue;
      }
      attnums_[slot->second].push_back(static_cast<int>(num(r[19])));
      model::Column c;
      c.name = str(r[3]);
      c.type = str(r[4]);
      c.not_null = flag(r[5]);
      std::string expr = str(r[6]);
      std::string generated = str(r[8]);
      if (!expr.empty()) {
        model::Expr e{expr, canonical_expression(expr)};
        (generated == "s" ? c.generated : c.default_value) = e;
      }
      std::string identity = str(r[7]);
      if (!identity.empty()) {
        c.identity = identity[0];
        c.identity_options = sequence_options(r, 11);
      }
      c.collation = str(r[9]);
      c.comment = str(r[10]);
      const model::Table& table = schema_.tables[slot->second];
      auto of = [&] { return " of " + table.name.schema + "." + table.name.name; };
      if (!r[21].is_null())
        unmodelled_.push_back({"column_options", "settings of column " + c.name + of() + " (" + str(r[21]) + ")",
                               table.name.schema, table.name.name, "", ""});
      schema_.tables[slot->second].columns.push_back(std::move(c));
    }
    // Columns in attribute order.
    for (size_t t = 0; t < schema_.tables.size(); ++t) {
      std::vector<int>& nums = attnums_[t];
      if (std::is_sorted(nums.begin(), nums.end())) continue;
      std::vector<size_t> order(nums.size());
      for (size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return nums[a] < nums[b]; });
      std::vector<model::Column> columns;
      std::vector<int> sorted;
      for (size_t i : order) {
        columns.push_back(std::move(schema_.tables[t].columns[i]));
        sorted.push_back(nums[i]);
      }
      schema_.tables[t].columns = std::move(columns);
      nums = std::move(sorted);
    }
  }
  // reloptions and the TOAST table's (as "toast.…"), sorted.
  static std::vector<std::string> storage_parameters(const pqxx::field& own, const pqxx::field& toast) {
    std::vector<std::string> out;
    if (!own.is_null() && std::string(own.c_str()) != "null")
      for (const auto& o : nlohmann::json::parse(own.c_str())) out.push_back(o.get<std::string>());
    if (!toast.is_null() && std::string(toast.c_str()) != "null")
      for (const auto& o : nlohmann::json::parse(toast.c_str())) out.push_back("toast." + o.get<std::string>());
    std::sort(out.begin(), out.end());
    return out;
  }
  static void read_partitioning(model::Table& table, const pqxx::row& r) {
    if (!r[25].is_null()) table.partition_by = model::Expr{str(r[25]), pg::canonical_partition_key(str(r[25]))};
    if (!r[26].is_null()) {
      std::vector<std::string> parent = names(r[26]);
      table.partition_of = QName{parent.at(0), parent.at(1)};
      table.partition_bound = model::Expr{str(r[27]), pg::canonical_partition_bound(str(r[27]))};
    }
    table.unlogged = flag(r[30]);
    table.storage_parameters = storage_parameters(r[31], r[32]);
    if (!r[28].is_null())
      for (const auto& parent : nlohmann::json::parse(r[28].c_str()))
        table.inherits.push_back(QName{parent.at(0).get<std::string>(), parent.at(1).get<std::string>()});
  }
  void read_constraints() {
    for (const auto& r : run(with_filter(queries::kConstraints))) {
      auto t = tables_.find(oid(r[0]));
      if (t == tables_.end()) continue;
      model::Table& table = schema_.tables[t->second];
      model::Constraint c;
      c.name = str(r[2]);
      c.kind = constraint_kind(str(r[3]));
      c.comment = str(r[5]);
      for (int a : attnums(r[6]))  // 0: an exclusion constraint's expression
        if (a != 0) c.columns.push_back(column_name(t->second, a));
      c.references = QName{str(r[7]), str(r[8])};
      // A key's INCLUDE columns are in its index, after the key columns, not in conkey.
      std::vector<std::string> included;
      std::vector<int> index_keys = attnums(r[11]);
      for (size_t k = static_cast<size_t>(num(r[13])); k < index_keys.size(); ++k)
        included.push_back(column_name(t->second, index_keys[k]));
      std::vector<std::string> referenced;
      if (c.kind == model::ConstraintKind::foreign_key) {
        if (r[4].is_null())
          for (int a : attnums(r[10])) referenced.push_back(column_name(table_of(oid(r[9])), a));
        else
          referenced = names(r[12]);  // a table the reader has not read
      }
      std::string definition = str(r[4]), canon;
      if (r[4].is_null() && c.kind == model::ConstraintKind::foreign_key) {
        pg::SpelledForeignKey fk = foreign_key(r, c, referenced, t->second);
        definition = pg::foreign_key_definition(fk);
        canon = pg::foreign_key_canonical(fk);
      } else if (r[4].is_null()) {
        definition = key_definition(r, c, included);
      }
      // Validity is a field of its own (pg_get_constraintdef appends it).
      c.valid = flag(r[17]);
      static const std::string not_valid = " NOT VALID";
      if (!c.valid && definition.size() > not_valid.size() &&
          definition.compare(definition.size() - not_valid.size(), not_valid.size(), not_valid) == 0)
        definition.resize(definition.size() - not_valid.size());
      c.definition = model::Expr{definition, canon.empty() ? canonical_constraint(definition) : canon};
      // Column edges (kDependencies leaves them to this): the key or checked
      // columns, a key's INCLUDE columns and a foreign key's referenced columns.
      for (int a : attnums(r[6]))
        if (a > 0) model::add_ref(c.depends_on, {model::RefKind::column, table.name, column_name(t->second, a)});
      for (const auto& col : included) model::add_ref(c.depends_on, {model::RefKind::column, table.name, col});
      for (const auto& col : referenced) model::add_ref(c.depends_on, {model::RefKind::column, c.references, col});
      constraints_[oid(r[1])] = {t->second, table.constraints.size()};
      table.constraints.push_back(std::move(c));
    }
  }

  model::Table* table_by_oid(Oid table) {
    auto t = tables_.find(table);
    return t == tables_.end() ? nullptr : &schema_.tables[t->second];
  }

  size_t table_of(Oid table) const {
    auto t = tables_.find(table);
    if (t == tables_.end()) throw std::logic_error("bug: table " + std::to_string(table) + " was not read");
    return t->second;
  }

  // A primary key or unique constraint as pg_get_constraintdef prints it
  // (ruleutils.c, pg_get_constraintdef_worker, PostgreSQL 15).
  std::string key_definition(const pqxx::row& r, const model::Constraint& c,
                             const std::vector<std::string>& included) const {
    auto list = [](const std::vector<std::string>& cols) {
      std::string out;
      for (const auto& col : cols) out += (out.empty() ? "" : ", ") + pg::quote_ident(col);
      return out;
    };
    std::string d = c.kind == model::ConstraintKind::primary_key ? "PRIMARY KEY " : "UNIQUE ";
    if (c.kind == model::ConstraintKind::unique && flag(r[14])) d += "NULLS NOT DISTINCT ";
    d += "(" + list(c.columns) + ")";
    if (!included.empty()) d += " INCLUDE (" + list(included) + ")";
    if (flag(r[15])) d += " DEFERRABLE";
    if (flag(r[16])) d += " INITIALLY DEFERRED";
    return d;
  }
  // A foreign key to a table the reader has read, which it spells as
  // pg_get_constraintdef does (pgsql/spelled_foreign_key.hpp).
  pg::SpelledForeignKey foreign_key(const pqxx::row& r, const model::Constraint& c,
                                    const std::vector<std::string>& referenced, size_t table) const {
    pg::SpelledForeignKey fk;
    fk.columns = c.columns;
    fk.ref_schema = c.references.schema;
    fk.ref_table = c.references.name;
    fk.ref_columns = referenced;
    auto first = [](const pqxx::field& f, char otherwise) {
      return f.is_null() || !*f.c_str() ? otherwise : f.c_str()[0];
    };
    fk.match = first(r[18], 's');
    fk.on_update = first(r[19], 'a');
    fk.on_delete = first(r[20], 'a');
    fk.has_set_columns = !r[21].is_null();
    for (int a : attnums(r[21])) fk.set_columns.push_back(column_name(table, a));
    fk.deferrable = flag(r[15]);
    fk.deferred = flag(r[16]);
    return fk;
  }
  void read_indexes() {
    for (const auto& r : run(with_filter(queries::kIndexes))) {
      model::Index ix;
      ix.name = QName{str(r[0]), str(r[1])};
      ix.table = QName{str(r[0]), str(r[2])};
      ix.unique = flag(r[3]);
      // An index on a partitioned table prints as ON ONLY, which would create
      // it without its partitions' indexes: it was created, and is created, without ONLY.
      if (r[4].is_null()) {
        pg::PlainIndex plain = plain_index(r, ix);
        ix.definition = model::Expr{pg::plain_index_definition(plain), pg::plain_index_canonical(plain)};
      } else {
        std::string definition = str(r[4]);
        if (size_t only = definition.find(" ON ONLY "); only != std::string::npos) definition.erase(only + 3, 5);
        ix.definition = model::Expr{definition, pg::canonical_statement(definition)};
      }
      ix.comment = str(r[5]);
      auto t = tables_.find(oid(r[9]));
      if (t != tables_.end()) {
        // The key and INCLUDE columns in attribute order, once each (0 is an expression).
        std::vector<int> keys = attnums(r[6]);
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (int a : keys)
          if (a > 0) {
            ix.columns.push_back(column_name(t->second, a));
            // kDependencies leaves key column edges to this; expression ones it has.
            model::add_ref(ix.depends_on, {model::RefKind::column, ix.table, ix.columns.back()});
          }
      } else {
        ix.columns = names(r[7]);  // an index on a materialized view
        for (const auto& col : ix.columns) model::add_ref(ix.depends_on, {model::RefKind::column, ix.table, col});
      }
      ix.valid = flag(r[10]);
      indexes_[oid(r[8])] = schema_.indexes.size();
      schema_.indexes.push_back(std::move(ix));
    }
  }
  // A plain btree index on columns (kIndexes, `spelled`), which the reader
  // spells as pg_get_indexdef does (pgsql/plain_index.hpp).
  pg::PlainIndex plain_index(const pqxx::row& r, const model::Index& ix) const {
    size_t table = table_of(oid(r[9]));
    std::vector<int> columns = attnums(r[6]);
    size_t key_count = static_cast<size_t>(num(r[12]));
    pg::PlainIndex plain;
    plain.name = ix.name.name;
    plain.schema = ix.table.schema;
    plain.table = ix.table.name;
    plain.method = str(r[11]);
    plain.unique = ix.unique;
    plain.nulls_not_distinct = flag(r[14]);
    for (size_t k = 0; k < columns.size(); ++k)
      (k < key_count ? plain.keys : plain.included).push_back(column_name(table, columns[k]));
    plain.options = attnums(r[13]);
    return plain;
  }
  void read_sequences() {
    for (const auto& r : run(with_filter(queries::kSequences))) {
      model::Sequence s;
      s.name = QName{str(r[0]), str(r[1])};
      s.options = sequence_options(r, 2);
      s.owned_by_table = str(r[9]);
      s.owned_by_column = str(r[10]);
      s.comment = str(r[11]);
      s.owner = str(r[12]);
      schema_.sequences.push_back(std::move(s));
    }
  }
  void read_views() {
    for (const auto& r : run(with_filter(queries::kViews))) {
      model::View v;
      v.name = QName{str(r[0]), str(r[1])};
      v.materialized = flag(r[2]);
      std::string query = str(r[3]);
      while (!query.empty() && (query.back() == ';' || isspace(static_cast<unsigned char>(query.back()))))
        query.pop_back();
      query.erase(0, query.find_first_not_of(" \n"));
      v.query = model::Expr{query, pg::canonical_query(query)};
      v.comment = str(r[4]);
      for (const auto& entry : names(r[6])) pg::read_view_option(v.options, entry);
      v.with_data = flag(r[7]);
      if (!r[8].is_null())
        v.column_comments = nlohmann::json::parse(r[8].c_str()).get<std::map<std::string, std::string>>();
      v.storage_parameters = storage_parameters(r[9], r[10]);
      v.owner = str(r[11]);
      views_[oid(r[5])] = schema_.views.size();
      schema_.views.push_back(std::move(v));
    }
  }
  void read_functions() {
    for (const auto& r : run(with_filter(queries::kFunctions))) {
      model::Function f = pg::describe_function(str(r[2]));
      f.name = QName{str(r[0]), str(r[1])};
      f.comment = str(r[3]);
      f.owner = str(r[5]);
      functions_[oid(r[4])] = schema_.functions.size();
      schema_.functions.push_back(std::move(f));
    }
  }
  void read_triggers() {
    for (const auto& r : run(with_filter(queries::kTriggers))) {
      model::Trigger t;
      t.table = QName{str(r[0]), str(r[1])};
      t.name = str(r[2]);
      t.definition = model::Expr{str(r[3]), pg::canonical_statement(str(r[3]))};
      t.comment = str(r[4]);
      triggers_[oid(r[5])] = schema_.triggers.size();
      schema_.triggers.push_back(std::move(t));
    }
  }

  // Attaches every edge of kDependencies to the object it was read for. The
  // rows name objects this reader has not read (outside the schema filter,
  // or of kinds the model leaves out, such as sequences): those are skipped.
  void read_dependencies() {
    for (const auto& r : run(queries::kDependencies)) {
      model::Refs* refs = refs_of(str(r[0])[0], oid(r[1]), str(r[2]));
      if (!refs) continue;
      std::string kind = str(r[3]);
      QName name{str(r[4]), str(r[5])};
      if (kind == "c") {
        model::add_ref(*refs, {model::RefKind::column, name, str(r[6])});
        // A query (of a view, or a function's SQL-standard body) uses the relation too;
        // pg_depend keeps only the column edges (see kDependencies).
        char owner = str(r[0])[0];
        if (owner == 'v' || owner == 'f') model::add_ref(*refs, {model::RefKind::relation, name, {}});
        if (owner == 'p' && schema_.policies[policies_.at(oid(r[1]))].table != name)  // a subquery's table
          model::add_ref(*refs, {model::RefKind::relation, name, {}});
      } else {
        model::RefKind k = kind == "f"   ? model::RefKind::function
                           : kind == "t" ? model::RefKind::type
                                         : model::RefKind::relation;
        model::add_ref(*refs, {k, name, {}});
      }
    }
  }

  model::Refs* refs_of(char kind, Oid owner, const std::string& column) {
    switch (kind) {
      case 'c': {
        auto t = tables_.find(owner);
        if (t == tables_.end()) return nullptr;
        model::Column* c = schema_.tables[t->second].column(column);
        return c ? &c->depends_on : nullptr;
      }
      case 'k': {
        auto c = constraints_.find(owner);
        return c == constraints_.end() ? nullptr
                                       : &schema_.tables[c->second.first].constraints[c->second.second].depends_on;
      }
      case 'i': return refs_in(schema_.indexes, indexes_, owner);
      case 'v': return refs_in(schema_.views, views_, owner);
      case 'f': return refs_in(schema_.functions, functions_, owner);
      case 't': return refs_in(schema_.triggers, triggers_, owner);
      case 'p': return refs_in(schema_.policies, policies_, owner);
      default: return nullptr;
    }
  }
  template <class T>
  static model::Refs* refs_in(std::vector<T>& objects, const std::unordered_map<Oid, size_t>& index, Oid owner) {
    auto i = index.find(owner);
    return i == index.end() ? nullptr : &objects[i->second].depends_on;
  }

  // The name of attribute `attnum` of the table read at `table`.
  std::string column_name(size_t table, int attnum) const {
    // A CHECK may use tableoid, the one system column it can (CREATE TABLE, "CHECK").
    static const char* const system[] = {"", "ctid", "xmin", "cmin", "xmax", "cmax", "tableoid"};
    if (attnum < 0 && attnum >= -6) return system[-attnum];
    const std::vector<int>& nums = attnums_[table];
    auto at = std::lower_bound(nums.begin(), nums.end(), attnum);
    if (auto inherited = inherited_columns_.find(table);
        (at == nums.end() || *at != attnum) && inherited != inherited_columns_.end())
      if (auto name = inherited->second.find(attnum); name != inherited->second.end()) return name->second;
    if (at == nums.end() || *at != attnum)
      throw std::logic_error("bug: attribute " + std::to_string(attnum) + " of " + schema_.tables[table].name.name +
                             " was not read");
    return schema_.tables[table].columns[static_cast<size_t>(at - nums.begin())].name;
  }

  // Defaults and constraints repeat across tables (0, now(), PRIMARY KEY (id) …):
  // parse each text once.
  const std::string& canonical_expression(const std::string& expr) {
    auto it = expression_cache_.find(expr);
    if (it == expression_cache_.end()) it = expression_cache_.emplace(expr, pg::canonical_expression(expr)).first;
    return it->second;
  }
  const std::string& canonical_constraint(const std::string& definition) {
    auto it = constraint_cache_.find(definition);
    if (it == constraint_cache_.end())
      it =
          constraint_cache_.emplace(definition, pg::canonical_statement("ALTER TABLE x ADD CONSTRAINT n " + definition))
              .first;
    return it->second;
  }

  pqxx::read_transaction tx_;
  pqxx::pipeline* pipe_ = nullptr;
  std::vector<pqxx::pipeline::query_id> queued_;
  size_t next_ = 0;
  std::string source_;                                                 // the redacted URL, for messages
  std::vector<Unmodelled> unmodelled_;                                 // objects of kinds the model does not hold
  std::set<std::pair<std::string, std::string>> excluded_with_owner_;  // see refuse_unmodelled
  const IntrospectOptions& options_;
  std::string filter_, ref_filter_;
  model::Schema schema_;
  // Where each object read is held, by oid, for read_dependencies.
  std::unordered_map<Oid, size_t> tables_, indexes_, views_, functions_, triggers_, policies_;
  std::unordered_map<Oid, std::pair<size_t, size_t>> constraints_;  // table, constraint
  std::vector<std::vector<int>> attnums_;                           // per table, its columns' attribute numbers
  std::unordered_map<size_t, std::map<int, std::string>>
      inherited_columns_;  // per table, the names of the columns it inherits
  std::unordered_map<std::string, std::string> expression_cache_, constraint_cache_;
};

}  // namespace

model::Schema introspect(const std::string& url, const IntrospectOptions& options) {
  g_query_count = 0;
  PgUrl parsed = parse_pg_url(url);
  try {
    pqxx::connection conn(parsed.conninfo);
    Reader reader(conn, parsed, redact_url(url), options);
    return reader.read();
  } catch (const pqxx::broken_connection& e) {
    throw DatabaseError("cannot connect to " + redact_url(url) + ": " + e.what());
  } catch (const pqxx::sql_error& e) {
    throw DatabaseError("reading the catalog of " + redact_url(url) + " failed: " + e.what());
  }
}

int last_query_count() { return g_query_count; }

}  // namespace shale::load::pg_live
