// The seam between shale's commands and the databases it supports. Each
// database is one Dialect (dialect/postgres.cpp, dialect/sqlite.cpp) that
// answers every question a command asks of it: how desired-state SQL is
// read, how a live database is read, how two models are compared and the
// changes written as SQL, how migrations are linted and replayed, and which
// engine applies them. Commands (cli/state.cpp, plan/plan.cpp, the lint
// engine) ask the Dialect instead of branching on which database it is, so a
// third database is one more implementation, not a hunt for `if (sqlite)`.
#pragma once
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config/filter.hpp"
#include "diff/hint_renames.hpp"
#include "lint/engine.hpp"
#include "load/sql_file.hpp"
#include "migrate/engine.hpp"
#include "model/schema.hpp"
#include "plan/plan.hpp"

namespace shale::lint {
struct Rule;
}

namespace shale::dialect {

// What reading a live database needs from the project.
struct LiveOptions {
  std::string history_table;
  config::Filter filter;  // applied by readers that support it (filters_objects())
  // The [privileges] roles (PostgreSQL): privileges of other roles on objects
  // the model does not hold are not refused (pg_live::IntrospectOptions).
  std::optional<std::set<std::string>> privilege_roles;
};

// A live database read into the model, with the URL as messages may show it.
struct LiveState {
  model::Schema schema;
  std::string label;  // any password redacted
};

// Migrations replayed one file at a time without a database server (lint
// and diff compare the states between files).
class Replay {
 public:
  virtual ~Replay() = default;
  virtual void add(const load::SqlFile& file) = 0;  // throws UserError (file:line:col)
  virtual const model::Schema& current() = 0;       // valid until the next add()
};

class Dialect {
 public:
  virtual ~Dialect() = default;
  virtual plan::Dialect id() const = 0;
  const char* name() const { return plan::dialect_name(id()); }

  // Desired state and migrations: SQL files → model (UserError on bad input).
  virtual model::Schema load(const std::vector<load::SqlFile>& files, load::Source source) const = 0;
  // Whether shale.toml's [filter] applies to this dialect's states.
  virtual bool filters_objects() const = 0;

  // The development database `shale init` writes into shale.toml.
  virtual const char* development_url() const = 0;

  // Live databases: whether `url` names one of this dialect's, and reading it.
  virtual bool reads_url(const std::string& url) const = 0;
  virtual LiveState read_live(const std::string& url, const LiveOptions& options) const = 0;

  // Diff: the renames the hints of `to` ask for, the hints that do nothing,
  // and the ordered changes from → to.
  virtual diff::Renames renames(const model::Schema& from, const model::Schema& to) const = 0;
  virtual std::vector<diff::InertHint> inert_hints(const model::Schema& from, const model::Schema& to) const = 0;
  virtual std::vector<diff::Change> diff(const model::Schema& from, const model::Schema& to,
                                         const diff::Renames& renames, const plan::Options& options) const = 0;

  // Render: the changes as statements, one statement ended for a script,
  // and a migration file's body framed as the dialect must run it.
  virtual std::vector<render::RenderedStatement> render(const std::vector<diff::Change>& changes) const = 0;
  virtual std::string terminated(const std::string& sql) const = 0;
  virtual std::string framed(const std::string& body, const std::vector<diff::Change>& changes) const = 0;

  // Lint: which rules a project of this dialect gets, with what advice
  // (nullptr: the rule does not apply), and the findings for one file or a
  // migration directory (lint/engine.hpp says what each does).
  virtual const char* rule_summary(const lint::Rule& rule) const = 0;
  virtual std::vector<lint::Finding> lint_text(const std::string& path, const std::string& text,
                                               const lint::Options& options,
                                               const std::set<model::QName>* existed_before,
                                               lint::Carried* carried) const = 0;
  virtual std::vector<lint::Finding> lint_directory(const std::vector<std::string>& up_paths,
                                                    const lint::Options& options, std::string* replay_note) const = 0;

  // Replay of migrations, offline.
  virtual std::unique_ptr<Replay> replay() const = 0;

  // The engine that applies and rolls back migrations on `url` (reads_url()).
  virtual std::unique_ptr<migrate::Engine> engine(const std::string& url, const std::string& history_table,
                                                  migrate::Create create) const = 0;
};

const Dialect& postgres();
const Dialect& sqlite();

const Dialect& of(plan::Dialect id);
// "postgres" / "sqlite" as shale.toml spells them; anything else is a UserError.
const Dialect& named(const std::string& name);
// The dialect whose live databases `url` names; nullptr when none does.
const Dialect* reading_url(const std::string& url);

// The engine for a database URL: postgres://, postgresql:// or sqlite://.
std::unique_ptr<migrate::Engine> open_engine(const std::string& url, const std::string& history_table,
                                             migrate::Create create);

}  // namespace shale::dialect
