// SQLite as a Dialect: SQL files run in an in-memory database and read back
// (load/sqlite), the same reader for live files, diff/sqlite_diff.cpp and
// render/sqlite.cpp for plans (a table rebuild where ALTER TABLE cannot),
// token-based lint, and SqliteEngine.
#include <algorithm>
#include <filesystem>
#include <string>

#include "dialect/dialect.hpp"
#include "diff/sqlite_diff.hpp"
#include "lint/registry.hpp"
#include "lint/sqlite_lint.hpp"
#include "load/sqlite/execute_sql.hpp"
#include "load/sqlite/read_schema.hpp"
#include "migrate/sqlite_engine.hpp"
#include "render/sqlite.hpp"
#include "sqlite/fk_envelope.hpp"
#include "sqlite/tokens.hpp"
#include "sqlite/url.hpp"
#include "util/error.hpp"

namespace shale::dialect {

namespace {

class SqliteReplay : public Replay {
 public:
  void add(const load::SqlFile& file) override { replay_.add(file); }
  // Read back from the in-memory database each time it is asked for.
  const model::Schema& current() override {
    current_ = replay_.current();
    return current_;
  }

 private:
  load::sqlite::Replay replay_;
  model::Schema current_;
};

class Sqlite : public Dialect {
 public:
  plan::Dialect id() const override { return plan::Dialect::sqlite; }

  model::Schema load(const std::vector<load::SqlFile>& files, load::Source source) const override {
    return load::sqlite::load(files, source);
  }
  // One file is one schema: there is nothing for [filter] to leave out.
  bool filters_objects() const override { return false; }

  const char* development_url() const override { return "sqlite://db/development.sqlite3"; }

  bool reads_url(const std::string& url) const override { return shale::sqlite::is_sqlite_url(url); }
  LiveState read_live(const std::string& url, const LiveOptions& options) const override {
    std::string path = shale::sqlite::path_from_url(url);
    if (!std::filesystem::is_regular_file(path))
      throw UserError("SQLite database " + path + " does not exist", SourcePos{path});
    shale::sqlite::Database db(path, false);
    return {load::sqlite::read_schema(db, {options.history_table}), url};
  }

  // SQLite compares names without regard to case: so do its rename hints.
  diff::Renames renames(const model::Schema& from, const model::Schema& to) const override {
    return diff::applicable_renames(from, to, true);
  }
  std::vector<diff::InertHint> inert_hints(const model::Schema& from, const model::Schema& to) const override {
    return diff::inert_hints(from, to, true);
  }
  // plan::Options are PostgreSQL's (online forms, timeouts).
  std::vector<diff::Change> diff(const model::Schema& from, const model::Schema& to, const diff::Renames& renames,
                                 const plan::Options&) const override {
    return diff::sqlite_diff(from, to, renames);
  }

  std::vector<render::RenderedStatement> render(const std::vector<diff::Change>& changes) const override {
    return render::sqlite_plan(changes);
  }
  // SQLite keeps a view's or trigger's text as written, which may end in a
  // line comment that would swallow a ";" on the same line.
  std::string terminated(const std::string& sql) const override {
    auto tokens = shale::sqlite::tokenize(sql);
    for (auto it = tokens.rbegin(); it != tokens.rend() && it->kind != shale::sqlite::TokenKind::space; ++it)
      if (it->kind == shale::sqlite::TokenKind::comment && it->text.rfind("--", 0) == 0) return sql + "\n;\n";
    return sql + ";\n";
  }
  // A table rebuild runs with foreign keys off (sqlite/fk_envelope.hpp).
  std::string framed(const std::string& body, const std::vector<diff::Change>& changes) const override {
    bool rebuild = std::any_of(changes.begin(), changes.end(),
                               [](const diff::Change& c) { return c.kind == diff::ChangeKind::rebuild_table; });
    return rebuild ? shale::sqlite::with_foreign_keys_off(body) : body;
  }

  const char* rule_summary(const lint::Rule& rule) const override { return lint::sqlite_summary(rule); }
  std::vector<lint::Finding> lint_text(const std::string& path, const std::string& text, const lint::Options& options,
                                       const std::set<model::QName>* existed_before, lint::Carried*) const override {
    return lint::sqlite_lint_text(path, text, options, existed_before);
  }
  std::vector<lint::Finding> lint_directory(const std::vector<std::string>& up_paths, const lint::Options& options,
                                            std::string* replay_note) const override {
    return lint::sqlite_lint_directory(up_paths, options, replay_note);
  }

  std::unique_ptr<Replay> replay() const override { return std::make_unique<SqliteReplay>(); }

  std::unique_ptr<migrate::Engine> engine(const std::string& url, const std::string& history_table,
                                          migrate::Create create) const override {
    return std::make_unique<migrate::SqliteEngine>(shale::sqlite::path_from_url(url), history_table,
                                                   create == migrate::Create::if_missing);
  }
};

}  // namespace

const Dialect& sqlite() {
  static const Sqlite instance;
  return instance;
}

}  // namespace shale::dialect
