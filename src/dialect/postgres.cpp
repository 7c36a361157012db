// PostgreSQL as a Dialect: the offline interpreter for SQL files, the
// catalog reader for live databases, diff/diff.cpp and render/postgres.cpp
// for plans, libpg_query-based lint, and PgEngine.
#include <string>

#include "dialect/dialect.hpp"
#include "diff/diff.hpp"
#include "lint/postgres_lint.hpp"
#include "lint/registry.hpp"
#include "load/pg_live/connection.hpp"
#include "load/pg_live/introspect.hpp"
#include "load/pg_sql/load_pg_sql.hpp"
#include "migrate/pg_engine.hpp"
#include "render/postgres.hpp"

namespace shale::dialect {

namespace {

class PostgresReplay : public Replay {
 public:
  void add(const load::SqlFile& file) override { replay_.add(file); }
  const model::Schema& current() override { return replay_.current(); }

 private:
  load::pg_sql::Replay replay_;
};

class Postgres : public Dialect {
 public:
  plan::Dialect id() const override { return plan::Dialect::postgres; }

  model::Schema load(const std::vector<load::SqlFile>& files, load::Source source) const override {
    return load::pg_sql::load(files, source);
  }
  bool filters_objects() const override { return true; }

  const char* development_url() const override { return "postgres://localhost/app_dev"; }

  bool reads_url(const std::string& url) const override {
    return url.rfind("postgres://", 0) == 0 || url.rfind("postgresql://", 0) == 0;
  }
  LiveState read_live(const std::string& url, const LiveOptions& options) const override {
    load::pg_live::IntrospectOptions introspect;
    introspect.history_table = options.history_table;
    introspect.filter = options.filter;  // applied by the reader, which also reads fewer schemas
    introspect.privilege_roles = options.privilege_roles;
    return {load::pg_live::introspect(url, introspect), load::pg_live::redact_url(url)};
  }

  // PostgreSQL folds unquoted names when parsing: the model's names are exact.
  diff::Renames renames(const model::Schema& from, const model::Schema& to) const override {
    return diff::applicable_renames(from, to, false);
  }
  std::vector<diff::InertHint> inert_hints(const model::Schema& from, const model::Schema& to) const override {
    return diff::inert_hints(from, to, false);
  }
  std::vector<diff::Change> diff(const model::Schema& from, const model::Schema& to, const diff::Renames& renames,
                                 const plan::Options& options) const override {
    diff::Options d;
    d.online = options.online;
    d.compare_owners = options.compare_owners;
    return diff::diff(from, to, renames, d);
  }

  std::vector<render::RenderedStatement> render(const std::vector<diff::Change>& changes) const override {
    return render::postgres_plan(changes);
  }
  std::string terminated(const std::string& sql) const override { return sql + ";\n"; }
  std::string framed(const std::string& body, const std::vector<diff::Change>&) const override { return body; }

  const char* rule_summary(const lint::Rule& rule) const override { return lint::postgres_summary(rule); }
  std::vector<lint::Finding> lint_text(const std::string& path, const std::string& text, const lint::Options& options,
                                       const std::set<model::QName>* existed_before,
                                       lint::Carried* carried) const override {
    return lint::postgres_lint_text(path, text, options, existed_before, carried);
  }
  std::vector<lint::Finding> lint_directory(const std::vector<std::string>& up_paths, const lint::Options& options,
                                            std::string* replay_note) const override {
    return lint::postgres_lint_directory(up_paths, options, replay_note);
  }

  std::unique_ptr<Replay> replay() const override { return std::make_unique<PostgresReplay>(); }

  std::unique_ptr<migrate::Engine> engine(const std::string& url, const std::string& history_table,
                                          migrate::Create) const override {
    return std::make_unique<migrate::PgEngine>(url, history_table);
  }
};

}  // namespace

const Dialect& postgres() {
  static const Postgres instance;
  return instance;
}

}  // namespace shale::dialect
