// shale diff: the migrations that take --from to --to, with their down files.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "cli/project_file.hpp"
#include "cli/state.hpp"
#include "dialect/dialect.hpp"
#include "diff/hint_renames.hpp"
#include "lint/engine.hpp"
#include "migrate/directory.hpp"
#include "plan/canonical_sql.hpp"
#include "plan/migration_file.hpp"
#include "report/lint_report.hpp"

namespace shale::cli {

namespace fs = std::filesystem;

namespace {

// One migration pair to write.
struct PairToWrite {
  std::string up, down;
  size_t changes = 0;
  std::map<std::string, int> hazards;  // by id
  bool irreversible = false;
};

PairToWrite pair_of(const plan::Plan& up, bool up_outside, const plan::Plan& down, const std::string& title) {
  PairToWrite p;
  p.irreversible = plan::deletes_data(up);
  auto down_steps = plan::steps(down);
  bool down_outside = down_steps.size() == 1 && down_steps[0].outside_transaction;
  p.up = plan::migration_file(up, up_outside, title + " (up)", false);
  p.down = plan::migration_file(down, down_outside, title + " (down)", p.irreversible);
  p.changes = up.changes.size();
  for (const auto& c : up.changes)
    for (diff::Hazard h : c.hazards) ++p.hazards[diff::hazard_id(h)];
  return p;
}

// The pairs for `up`: one, or one per step of an online plan. Each step's
// down file undoes that step alone: the states between the steps are found
// by replaying the steps' SQL over `from` with the offline interpreter.
std::vector<PairToWrite> pairs_for(const plan::Plan& up, const LoadedState& from, const LoadedState& to,
                                   const std::string& title) {
  auto steps = plan::steps(up);
  if (steps.size() == 1)
    return {pair_of(up, steps[0].outside_transaction, plan::down_plan(up.dialect, from.schema, to.schema, up.options),
                    title)};
  auto replay = dialect::of(up.dialect).replay();
  replay->add({"(" + from.label + ")", plan::canonical_sql(up.dialect, from.schema)});
  std::vector<model::Schema> states;
  states.reserve(steps.size() + 1);
  states.push_back(replay->current());
  std::vector<PairToWrite> out;
  for (size_t k = 0; k < steps.size(); ++k) {
    plan::Plan step = plan::step_plan(up, steps[k]);
    std::string step_title = title + " (step " + std::to_string(k + 1) + " of " + std::to_string(steps.size()) + ")";
    replay->add({step_title, plan::script(step)});
    states.push_back(replay->current());
    plan::Plan down = plan::down_plan(up.dialect, states[k], states[k + 1], up.options);
    out.push_back(pair_of(step, steps[k].outside_transaction, down, step_title));
  }
  return out;
}

}  // namespace

void add_diff_command(CLI::App& app, int&) {
  auto* cmd = app.add_subcommand("diff", "write the migration pair for --from → --to and update shale.sum");
  struct Options {
    std::string name, from, to, online;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("name", o->name, "migration name, lower snake case")->required();
  cmd->add_option("--from", o->from, "current state (default dir://<migrations>)");
  cmd->add_option("--to", o->to, "desired state (default <schema>)");
  cmd->add_option("--online", o->online,
                  "true or false: online forms of changes to tables that hold rows (default: [diff] online)")
      ->check(CLI::IsMember({"true", "false"}));
  cmd->callback([o] {
    config::Project project = current_project();
    migrate::check_migration_name(o->name);
    migrate::Directory dir(project.migrations);
    if (fs::exists(project.migrations)) dir.verify_sum();
    std::string from_spec = o->from.empty() ? "dir://" + project.migrations : o->from;
    std::string to_spec = o->to.empty() ? project.schema : o->to;
    LoadedState from = load_state(from_spec, project);
    LoadedState to = load_state(to_spec, project);
    plan::Plan up = plan_between(from, to, plan_options(project, o->online));
    print_inert_hints(from, to);
    if (up.empty()) {
      std::cout << "No changes: " << from.label << " already matches " << to.label << "; nothing written.\n";
      return;
    }
    // Everything is rendered before the first file is written.
    std::vector<PairToWrite> pairs =
        pairs_for(up, from, to, "shale diff " + o->name + ": " + from.label + " -> " + to.label);
    fs::create_directories(project.migrations);
    std::string version = dir.next_version(migrate::utc_version_now());
    std::vector<std::string> written;
    for (const auto& p : pairs) {
      std::string base = (fs::path(project.migrations) / (version + "_" + o->name)).string();
      migrate::write_file_atomically(base + ".up.sql", p.up, true);
      migrate::write_file_atomically(base + ".down.sql", p.down, true);
      written.push_back(base + ".up.sql");
      std::cout << "wrote " << base << ".up.sql (" << p.changes << " change" << (p.changes == 1 ? "" : "s");
      for (const auto& [h, n] : p.hazards) std::cout << ", " << n << " " << h;
      std::cout << ")\nwrote " << base << ".down.sql" << (p.irreversible ? " (irreversible: data is not restored)" : "")
                << "\n";
      version = migrate::version_after(version);
    }
    dir.write_sum();
    std::cout << "updated " << project.migrations << "/shale.sum\n";
    // Every migration shale writes is linted, like a hand-written one, with
    // the directory replayed so the rules know which tables existed.
    std::vector<std::string> ups;
    for (const auto& m : migrate::Directory(project.migrations).migrations()) ups.push_back(m.up_path);
    std::string note;
    auto findings =
        lint::lint_directory(ups, lint::options_from_config(project.lint, project.dialect, &project.lint_at), &note);
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [&](const lint::Finding& f) {
                                    return std::find(written.begin(), written.end(), f.file) == written.end();
                                  }),
                   findings.end());
    if (!findings.empty()) std::cout << "\n" << report::lint_text(findings, written.size(), isatty(STDOUT_FILENO));
  });
}

}  // namespace shale::cli
