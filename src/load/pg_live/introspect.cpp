#include "load/pg_live/introspect.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "load/pg_live/catalog_queries.hpp"
#include "load/pg_live/connection.hpp"
#include "pgsql/canonical.hpp"
#include "pgsql/objects.hpp"

namespace shale::load::pg_live {

using model::QName;
namespace pg = shale::pgsql;

namespace {
thread_local int g_query_count = 0;  // per thread: plan loads both states at once

std::string str(const pqxx::field& f) { return f.is_null() ? std::string() : std::string(f.c_str()); }
bool flag(const pqxx::field& f) { return !f.is_null() && std::string(f.c_str()) == "t"; }
int64_t num(const pqxx::field& f) { return f.is_null() ? 0 : std::stoll(f.c_str()); }
std::vector<std::string> names(const pqxx::field& f) {
  if (f.is_null()) return {};
  return nlohmann::json::parse(f.c_str()).get<std::vector<std::string>>();
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
  Reader(pqxx::connection& conn, const PgUrl& url, const IntrospectOptions& options)
      : tx_(conn), options_(options) {
    std::string filter = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'";
    if (!url.schemas.empty()) {
      filter += " AND n.nspname IN (";
      for (size_t i = 0; i < url.schemas.size(); ++i) filter += (i ? ", " : "") + tx_.quote(url.schemas[i]);
      filter += ")";
    }
    filter_ = filter;
  }

  model::Schema read() {
    // Every name in pg_get_* output is schema-qualified with an empty search_path.
    run("SET LOCAL search_path = ''");
    read_schemas();
    read_extensions();
    read_enums();
    read_tables();
    read_constraints();
    read_indexes();
    read_sequences();
    read_views();
    read_functions();
    read_triggers();
    return std::move(schema_);
  }

 private:
  pqxx::result run(const std::string& sql) {
    ++g_query_count;
    return tx_.exec(sql);
  }
  std::string with_filter(std::string sql) {
    for (size_t p; (p = sql.find("$SCHEMAS")) != std::string::npos;) sql.replace(p, 8, filter_);
    for (size_t p; (p = sql.find("$HISTORY")) != std::string::npos;) sql.replace(p, 8, tx_.quote(options_.history_table));
    return sql;
  }

  void read_schemas() {
    for (const auto& r : run(with_filter(queries::kSchemas)))
      if (str(r[0]) != "public") schema_.schemas[str(r[0])] = str(r[1]);
  }
  void read_extensions() {
    for (const auto& r : run(with_filter(queries::kExtensions))) schema_.extensions.push_back({str(r[0]), str(r[1]), {}});
  }
  void read_enums() {
    for (const auto& r : run(with_filter(queries::kEnums)))
      schema_.enums.push_back(model::Enum{{str(r[0]), str(r[1])}, names(r[2]), str(r[3]), {}});
  }
  void read_tables() {
    for (const auto& r : run(with_filter(queries::kColumns))) {
      QName name{str(r[0]), str(r[1])};
      if (schema_.tables.empty() || schema_.tables.back().name != name) {
        model::Table t;
        t.name = name;
        t.comment = str(r[2]);
        table_index_[name] = schema_.tables.size();
        schema_.tables.push_back(std::move(t));
      }
      if (r[3].is_null()) continue;  // a table without columns
      model::Column c;
      c.name = str(r[3]);
      c.type = str(r[4]);
      c.not_null = flag(r[5]);
      std::string expr = str(r[6]);
      std::string generated = str(r[8]);
      if (!expr.empty()) {
        model::Expr e{expr, pg::canonical_expression(expr)};
        (generated == "s" ? c.generated : c.default_value) = e;
      }
      std::string identity = str(r[7]);
      if (!identity.empty()) {
        c.identity = identity[0];
        c.identity_options = sequence_options(r, 11);
      }
      c.collation = str(r[9]);
      c.comment = str(r[10]);
      schema_.tables.back().columns.push_back(std::move(c));
    }
  }
  void read_constraints() {
    for (const auto& r : run(with_filter(queries::kConstraints))) {
      auto t = table_index_.find(QName{str(r[0]), str(r[1])});
      if (t == table_index_.end()) continue;
      model::Constraint c;
      c.name = str(r[2]);
      c.kind = constraint_kind(str(r[3]));
      c.definition = model::Expr{str(r[4]), pg::canonical_statement("ALTER TABLE x ADD CONSTRAINT n " + str(r[4]))};
      c.comment = str(r[5]);
      c.columns = names(r[6]);
      c.references = QName{str(r[7]), str(r[8])};
      schema_.tables[t->second].constraints.push_back(std::move(c));
    }
  }
  void read_indexes() {
    for (const auto& r : run(with_filter(queries::kIndexes))) {
      model::Index ix;
      ix.name = QName{str(r[0]), str(r[1])};
      ix.table = QName{str(r[0]), str(r[2])};
      ix.unique = flag(r[3]);
      ix.definition = model::Expr{str(r[4]), pg::canonical_statement(str(r[4]))};
      ix.comment = str(r[5]);
      ix.columns = names(r[6]);
      schema_.indexes.push_back(std::move(ix));
    }
  }
  void read_sequences() {
    for (const auto& r : run(with_filter(queries::kSequences))) {
      model::Sequence s;
      s.name = QName{str(r[0]), str(r[1])};
      s.options = sequence_options(r, 2);
      s.owned_by_table = str(r[9]);
      s.owned_by_column = str(r[10]);
      s.comment = str(r[11]);
      schema_.sequences.push_back(std::move(s));
    }
  }
  void read_views() {
    for (const auto& r : run(with_filter(queries::kViews))) {
      model::View v;
      v.name = QName{str(r[0]), str(r[1])};
      v.materialized = flag(r[2]);
      std::string query = str(r[3]);
      while (!query.empty() && (query.back() == ';' || isspace(static_cast<unsigned char>(query.back())))) query.pop_back();
      query.erase(0, query.find_first_not_of(" \n"));
      v.query = model::Expr{query, pg::canonical_query(query)};
      v.comment = str(r[4]);
      schema_.views.push_back(std::move(v));
    }
  }
  void read_functions() {
    for (const auto& r : run(with_filter(queries::kFunctions))) {
      model::Function f = pg::describe_function(str(r[2]));
      f.name = QName{str(r[0]), str(r[1])};
      f.comment = str(r[3]);
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
      schema_.triggers.push_back(std::move(t));
    }
  }

  pqxx::read_transaction tx_;
  const IntrospectOptions& options_;
  std::string filter_;
  model::Schema schema_;
  std::map<QName, size_t> table_index_;
};

}  // namespace

model::Schema introspect(const std::string& url, const IntrospectOptions& options) {
  g_query_count = 0;
  PgUrl parsed = parse_pg_url(url);
  try {
    pqxx::connection conn(parsed.conninfo);
    Reader reader(conn, parsed, options);
    return reader.read();
  } catch (const pqxx::broken_connection& e) {
    throw DatabaseError("cannot connect to " + redact_url(url) + ": " + e.what());
  } catch (const pqxx::sql_error& e) {
    throw DatabaseError("reading the catalog of " + redact_url(url) + " failed: " + e.what());
  }
}

int last_query_count() { return g_query_count; }

}  // namespace shale::load::pg_live
