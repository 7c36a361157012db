#include "cli/lint_fix.hpp"

#include <filesystem>
#include <iostream>

#include "cli/state.hpp"
#include "fix/online_fix.hpp"
#include "load/pg_sql/load_pg_sql.hpp"
#include "migrate/directory.hpp"
#include "plan/migration_file.hpp"

namespace shale::cli {

namespace fs = std::filesystem;

namespace {

// The migration of `dir` whose up file is `path`, and its place.
size_t migration_index(const std::vector<migrate::Migration>& all, const std::string& path) {
  std::error_code ec;
  for (size_t i = 0; i < all.size(); ++i)
    if (fs::equivalent(all[i].up_path, path, ec)) return i;
  throw UserError("not an up migration of the project's directory", SourcePos{path});
}

void fix_one(const std::string& path, const config::Project& project, migrate::Directory& dir) {
  auto all = dir.migrations();
  size_t at = migration_index(all, path);
  const migrate::Migration& m = all[at];
  // The schema the migration runs on: every earlier migration, replayed.
  load::pg_sql::Replay replay;
  for (size_t i = 0; i < at; ++i) replay.add({all[i].up_path, migrate::read_text_file(all[i].up_path)});
  std::string text = migrate::read_text_file(m.up_path);
  if (migrate::read_directives(text).no_transaction) {
    std::cout << path << ": a -- shale:no-transaction migration; nothing rewritten\n";
    return;
  }
  plan::Options options = plan_options(project);
  fix::Fixed fixed = fix::fix_online(m.up_path, text, replay.current(), options.lock_timeout);
  if (!fixed.changed()) {
    std::cout << path << ": nothing to fix\n";
    return;
  }
  size_t n = fixed.steps.size();
  if (n > 1 && at + 1 < all.size())
    throw UserError("lint --fix would split this migration into " + std::to_string(n) + ", but " + all[at + 1].id() +
                        " comes after it; fix the newest migration, or move these statements into a new one",
                    SourcePos{path});
  // Each step's down file undoes that step alone, planned from the schemas
  // before and after it (as shale diff writes them).
  std::vector<std::pair<std::string, std::string>> files;  // path → text
  std::string version = m.version;
  for (size_t k = 0; k < n; ++k) {
    const fix::Step& step = fixed.steps[k];
    model::Schema before = replay.current();
    std::string title =
        "shale lint --fix: " + m.id() + (n > 1 ? ", step " + std::to_string(k + 1) + " of " + std::to_string(n) : "");
    replay.add({m.up_path + " (step " + std::to_string(k + 1) + ")", step.sql});
    plan::Plan up = plan::make_plan(plan::Dialect::postgres, before, replay.current(), {}, options);
    plan::Plan down = plan::down_plan(plan::Dialect::postgres, before, replay.current(), options);
    auto down_steps = plan::steps(down);
    std::string base = (fs::path(project.migrations) / (version + "_" + m.name)).string();
    files.push_back({base + ".up.sql", "-- " + title + " (up)\n" +
                                           (step.outside_transaction ? "-- shale:no-transaction\n" : "") + step.sql});
    files.push_back(
        {base + ".down.sql", plan::migration_file(down, down_steps.size() == 1 && down_steps[0].outside_transaction,
                                                  title + " (down)", plan::deletes_data(up))});
    version = migrate::version_after(version);
  }
  for (const auto& note : fixed.notes) std::cout << note << "\n";
  // The first step takes the place of the original pair; the others are new files.
  for (size_t i = 0; i < files.size(); ++i) {
    migrate::write_file_atomically(files[i].first, files[i].second, i >= 2);
    std::cout << "wrote " << files[i].first << "\n";
  }
}

}  // namespace

void fix_migrations(const std::vector<std::string>& paths, const config::Project& project) {
  if (project.dialect != "postgres")
    throw UserError("lint --fix rewrites PostgreSQL migrations; this project's dialect is " + project.dialect);
  if (paths.empty()) throw UserError("lint --fix needs the migration files to rewrite: shale lint --fix FILE…");
  migrate::Directory dir(project.migrations);
  dir.verify_sum();
  for (const auto& p : paths) fix_one(p, project, dir);
  dir.write_sum();
  std::cout << "updated " << project.migrations << "/shale.sum\n";
}

}  // namespace shale::cli
