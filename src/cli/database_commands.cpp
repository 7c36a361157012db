// apply, rollback, status, check, seed: the commands that talk to a database.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/project_file.hpp"
#include "cli/state.hpp"
#include "config/project.hpp"
#include "dialect/dialect.hpp"
#include "diff/diff.hpp"
#include "migrate/engine.hpp"
#include "migrate/sha256.hpp"
#include "report/plan_report.hpp"

namespace shale::cli {

namespace fs = std::filesystem;

namespace {

struct DbOptions {
  std::string url, env;
};

void add_db_options(CLI::App* cmd, DbOptions& o) {
  cmd->add_option("--url", o.url, "database URL (overrides shale.toml)");
  cmd->add_option("--env", o.env, "environment in shale.toml (default $SHALE_ENV or development)");
}

struct Context {
  config::Project project;
  std::string url;
  migrate::Directory dir;
};

Context context(const DbOptions& o) {
  config::Project project = current_project();
  std::string url = config::database_url(project, o.url, o.env);
  return Context{project, url, migrate::Directory(project.migrations)};
}

// Progress: a live line on a terminal, one line per migration in a pipe.
migrate::Progress progress_printer(const char* verb) {
  bool tty = isatty(STDOUT_FILENO);
  return [tty, verb](const migrate::Migration& m, size_t i, size_t n, bool done, long ms) {
    std::string counter = "[" + std::to_string(i + 1) + "/" + std::to_string(n) + "] ";
    if (tty) {
      std::cout << "\r\033[K" << counter << (done ? verb : "running") << " " << m.id();
      if (done) std::cout << " (" << ms << " ms)\n";
      std::cout << std::flush;
    } else if (done) {
      std::cout << verb << " " << m.id() << " (" << ms << " ms)\n";
    }
  };
}

// [apply] of shale.toml into the engine's options (apply and rollback), with
// the retry notices on their own lines.
template <class Options>
void use_apply_settings(const config::Project& project, Options& o) {
  o.lock_timeout_ms = project.apply.lock_timeout_ms;
  o.statement_timeout_ms = project.apply.statement_timeout_ms;
  o.lock_retries = project.apply.lock_retries;
  o.lock_retry_delay_ms = project.apply.lock_retry_delay_ms;
  bool tty = isatty(STDOUT_FILENO);
  o.notice = [tty](const std::string& text) { std::cout << (tty ? "\r\033[K" : "") << text << "\n" << std::flush; };
}

}  // namespace

void add_apply_command(CLI::App& app, int&) {
  auto* cmd = app.add_subcommand("apply", "apply pending migrations in version order, as one batch");
  struct Options : DbOptions {
    migrate::ApplyOptions apply;
  };
  auto o = std::make_shared<Options>();
  add_db_options(cmd, *o);
  // The engine refuses a version no migration has, well-formed or not (engine.cpp).
  cmd->add_option("--to", o->apply.to_version, "apply up to and including this version (one that exists)");
  cmd->add_flag("--dry-run", o->apply.dry_run, "print what would run");
  cmd->add_flag("--allow-out-of-order", o->apply.allow_out_of_order,
                "apply migrations older than the newest applied one");
  cmd->add_flag("--allow-checksum-mismatch", o->apply.allow_checksum_mismatch,
                "apply even though an applied migration's file was edited since (the edit is not run)");
  cmd->callback([o] {
    Context c = context(*o);
    c.dir.verify_sum();
    auto all = c.dir.migrations();
    // Before the database is opened: a mistyped version creates no file.
    if (!o->apply.to_version.empty()) migrate::require_version(all, o->apply.to_version, "--to");
    auto engine = dialect::open_engine(c.url, c.project.history_table,
                                       o->apply.dry_run ? migrate::Create::never : migrate::Create::if_missing);
    use_apply_settings(c.project, o->apply);
    auto start = std::chrono::steady_clock::now();
    auto done = engine->apply(all, o->apply, progress_printer("applied"));
    if (o->apply.dry_run) {
      for (const auto& m : done) std::cout << "would apply " << m.id() << "\n" << migrate::read_text_file(m.up_path);
      if (done.empty()) std::cout << "Nothing to apply.\n";
      return;
    }
    long ms =
        long(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count());
    if (done.empty())
      std::cout << "Nothing to apply: the database is up to date.\n";
    else
      std::cout << "Applied " << done.size() << " migration" << (done.size() == 1 ? "" : "s") << " in " << ms
                << " ms.\n";
  });
}

void add_rollback_command(CLI::App& app, int&) {
  auto* cmd =
      app.add_subcommand("rollback", "run the down files of the last batch, of the last N migrations, or of all");
  struct Options : DbOptions {
    migrate::RollbackOptions rollback;
  };
  auto o = std::make_shared<Options>();
  add_db_options(cmd, *o);
  // 0 would mean "the last batch" inside the engine: a user's 0 or -1 is a
  // mistake, not a request for a whole batch.
  auto* steps = cmd->add_option("--steps", o->rollback.steps,
                                "roll back the last N applied migrations (N >= 1) instead of the last batch")
                    ->type_name("N")
                    ->check(CLI::Range(1, std::numeric_limits<int>::max()).description(""));
  cmd->add_flag("--all", o->rollback.all, "roll back every applied migration")->excludes(steps);
  cmd->add_flag("--dry-run", o->rollback.dry_run, "print the down files that would run, and run nothing");
  cmd->add_flag("--force", o->rollback.force,
                "also run down files marked -- shale:irreversible (they do not restore deleted data)");
  cmd->callback([o] {
    Context c = context(*o);
    c.dir.verify_sum();
    auto engine = dialect::open_engine(c.url, c.project.history_table, migrate::Create::never);
    use_apply_settings(c.project, o->rollback);
    auto done = engine->rollback(c.dir.migrations(), o->rollback, progress_printer("rolled back"));
    if (o->rollback.dry_run)
      for (const auto& m : done) {
        std::string text = migrate::read_text_file(m.down_path);
        std::cout << "would roll back " << m.id()
                  << (migrate::read_directives(text).irreversible ? " (irreversible: needs --force)" : "") << "\n"
                  << text << (text.empty() || text.back() == '\n' ? "" : "\n");
      }
    if (done.empty())
      std::cout << "Nothing to roll back.\n";
    else if (!o->rollback.dry_run)
      std::cout << "Rolled back " << done.size() << " migration" << (done.size() == 1 ? "" : "s") << ".\n";
  });
}

void add_baseline_command(CLI::App& app, int&) {
  auto* cmd = app.add_subcommand("baseline",
                                 "record the migrations up to VERSION as applied without running them "
                                 "(adopting shale on a database that already has their schema)");
  struct Options : DbOptions {
    std::string version;
  };
  auto o = std::make_shared<Options>();
  add_db_options(cmd, *o);
  cmd->add_option("version", o->version, "the last migration the database already has (YYYYMMDDHHMMSS)")->required();
  cmd->callback([o] {
    Context c = context(*o);
    c.dir.verify_sum();
    auto all = c.dir.migrations();
    migrate::require_version(all, o->version, "baseline");
    auto engine = dialect::open_engine(c.url, c.project.history_table, migrate::Create::if_missing);
    auto done = engine->baseline(all, o->version);
    for (const auto& m : done) std::cout << "recorded " << m.id() << " as applied (not run)\n";
    if (done.empty())
      std::cout << "Nothing to record: every migration up to " << o->version << " is already applied.\n";
  });
}

void add_status_command(CLI::App& app, int&) {
  auto* cmd = app.add_subcommand("status", "applied / pending / missing / checksum-mismatch, a line each");
  struct Options : DbOptions {
    std::string format = "text";
  };
  auto o = std::make_shared<Options>();
  add_db_options(cmd, *o);
  cmd->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  cmd->callback([o] {
    Context c = context(*o);
    c.dir.verify_sum();
    auto all = c.dir.migrations();
    auto engine = dialect::open_engine(c.url, c.project.history_table, migrate::Create::never);
    auto applied = engine->applied();
    nlohmann::json rows = nlohmann::json::array();
    auto row = [&](const std::string& state, const std::string& id, const std::string& applied_at) {
      if (o->format == "json")
        rows.push_back({{"state", state}, {"migration", id}, {"applied_at", applied_at}});
      else
        std::cout << state << " " << id << (applied_at.empty() ? "" : " (" + applied_at + ")") << "\n";
    };
    for (const auto& m : all) {
      auto a = std::find_if(applied.begin(), applied.end(), [&](auto& x) { return x.version == m.version; });
      if (a == applied.end())
        row("pending", m.id(), "");
      else if (a->checksum != migrate::sha256_hex(migrate::read_text_file(m.up_path)))
        row("checksum-mismatch", m.id(), a->applied_at);
      else
        row("applied", m.id(), a->applied_at);
    }
    for (const auto& a : applied)
      if (std::none_of(all.begin(), all.end(), [&](auto& m) { return m.version == a.version; }))
        row("missing", a.version + "_" + a.name, a.applied_at);
    if (o->format == "json") std::cout << nlohmann::json{{"migrations", rows}}.dump(2) << "\n";
  });
}

void add_check_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("check",
                                 "drift: does the live database equal the state of the migrations it has applied? "
                                 "(exit 1 on drift; pending migrations are listed, exit 0)");
  auto o = std::make_shared<DbOptions>();
  add_db_options(cmd, *o);
  cmd->callback([o, &exit_code] {
    Context c = context(*o);
    c.dir.verify_sum();
    auto all = c.dir.migrations();
    // Drift is the database differing from what its own history says it ran;
    // migrations it has not run yet are pending, not drift (SQL that "fixed"
    // them by hand would make the next apply fail).
    std::vector<std::string> applied_ups;
    std::vector<std::string> edited;
    std::vector<migrate::Migration> pending;
    {
      auto engine = dialect::open_engine(c.url, c.project.history_table, migrate::Create::never);
      auto applied = engine->applied();
      for (const auto& a : applied) {
        auto m =
            std::find_if(all.begin(), all.end(), [&](const migrate::Migration& x) { return x.version == a.version; });
        if (m == all.end())
          throw UserError("applied migration " + a.version + "_" + a.name + " is missing from " + c.project.migrations +
                              ": drift cannot be checked without it",
                          SourcePos{c.project.migrations});
        applied_ups.push_back(m->up_path);
        if (a.checksum != migrate::sha256_hex(migrate::read_text_file(m->up_path))) edited.push_back(m->id());
      }
      for (const auto& m : all)
        if (std::none_of(applied.begin(), applied.end(),
                         [&](const migrate::AppliedMigration& a) { return a.version == m.version; }))
          pending.push_back(m);
    }
    LoadedState live = load_state(c.url, c.project);
    std::string what = std::to_string(applied_ups.size()) + " applied migration" + (applied_ups.size() == 1 ? "" : "s");
    LoadedState expected = load_migrations(applied_ups, "its " + what, c.project);
    for (const auto& id : edited)
      std::cerr << "warning: " << id << " was edited after it was applied; its file as it is now is compared\n";
    plan::Options compare;  // the plain forms, and owners when the project compares them
    compare.compare_owners = c.project.compare_owners;
    plan::Plan changes = plan_between(live, expected, compare);
    if (changes.empty()) {
      std::cout << "No drift: " << live.label << " matches its " << what << ".\n";
    } else {
      std::cout << "Drift: " << live.label << " differs from the state of its " << what
                << ". This SQL would bring the database back to that state:\n\n"
                << report::plan_sql(changes);
      exit_code = 1;
    }
    if (!pending.empty()) {
      std::cout << (changes.empty() ? "" : "\n") << pending.size() << " pending migration"
                << (pending.size() == 1 ? "" : "s") << " (not drift; `shale apply` runs "
                << (pending.size() == 1 ? "it" : "them") << "):\n";
      for (const auto& m : pending) std::cout << "  pending " << m.id() << "\n";
    }
  });
}

void add_seed_command(CLI::App& app, int&) {
  auto* cmd = app.add_subcommand("seed", "run seed files (seeds/*.sql in name order), each in a transaction");
  struct Options : DbOptions {
    std::string specific;
  };
  auto o = std::make_shared<Options>();
  add_db_options(cmd, *o);
  cmd->add_option("--specific", o->specific, "run only this seed file");
  cmd->callback([o] {
    Context c = context(*o);
    std::vector<std::string> files;
    if (!o->specific.empty()) {
      files.push_back(fs::exists(o->specific) ? o->specific : (fs::path(c.project.seeds) / o->specific).string());
    } else if (fs::is_directory(c.project.seeds)) {
      for (const auto& e : fs::directory_iterator(c.project.seeds))
        if (e.is_regular_file() && e.path().extension() == ".sql") files.push_back(e.path().string());
      std::sort(files.begin(), files.end());
    }
    auto engine = dialect::open_engine(c.url, c.project.history_table, migrate::Create::never);
    for (const auto& f : files) {
      engine->run_file(f);
      std::cout << "seeded " << f << "\n";
    }
    if (files.empty()) std::cout << "No seed files in " << c.project.seeds << ".\n";
  });
}

}  // namespace shale::cli
