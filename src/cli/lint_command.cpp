// lint and rules.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <set>

#include "cli/commands.hpp"
#include "cli/lint_fix.hpp"
#include "cli/project_file.hpp"
#include "config/project.hpp"
#include "dialect/dialect.hpp"
#include "lint/engine.hpp"
#include "lint/registry.hpp"
#include "migrate/directory.hpp"
#include "report/lint_report.hpp"
#include "review/git.hpp"

namespace shale::cli {

namespace fs = std::filesystem;

namespace {
// The up migrations among the files git reports changed (down files undo on
// purpose what the rules warn about).
std::vector<std::string> changed_up_files(const std::vector<std::string>& diff_args, const std::string& migrations) {
  std::vector<std::string> paths;
  std::string prefix = fs::path(migrations).lexically_normal().string() + "/";
  for (const auto& line : review::Git().changed_files(diff_args))
    if (line.rfind(prefix, 0) == 0 && migrate::is_up_file(line) && fs::exists(line)) paths.push_back(line);
  return paths;
}
}  // namespace

std::vector<lint::Finding> lint_paths(const std::vector<std::string>& paths, const lint::Options& options) {
  std::vector<lint::Finding> findings;
  for (const auto& p : paths) {
    auto f = lint::lint_file(p, options);
    findings.insert(findings.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
  }
  return findings;
}

void add_lint_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("lint", "lint migration files (default: the migration directory's up files)");
  struct Options {
    std::vector<std::string> paths;
    std::string format = "text", since;
    bool staged = false, fix = false;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("paths", o->paths, "files to lint");
  cmd->add_option("--format", o->format, "text, json, sarif or github")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  cmd->add_flag("--staged", o->staged, "lint the migration files staged in git");
  cmd->add_option("--since", o->since, "lint the migration files changed since GIT_REF");
  cmd->add_flag("--fix", o->fix, "rewrite the given PostgreSQL migrations into their online forms (docs/online.md)");
  cmd->callback([o, &exit_code] {
    config::Project project = current_project();
    if (o->fix) return fix_migrations(o->paths, project);
    lint::Options options = lint::options_from_config(project.lint, project.dialect, &project.lint_at);
    std::vector<std::string> paths = o->paths;
    std::vector<lint::Finding> findings;
    bool whole_directory = false;
    std::set<std::string> baselined;  // up files at or below lint_baseline
    if (o->staged)
      paths = changed_up_files({"--cached"}, project.migrations);
    else if (!o->since.empty())
      paths = changed_up_files({"--end-of-options", o->since, "--"}, project.migrations);
    else if (paths.empty()) {
      migrate::Directory dir(project.migrations);
      dir.verify_sum();
      for (const auto& m : dir.migrations()) {
        paths.push_back(m.up_path);
        if (!project.lint_baseline.empty() && m.version <= project.lint_baseline) baselined.insert(m.up_path);
      }
      whole_directory = true;
    }
    std::string replay_note;
    findings = whole_directory ? lint::lint_directory(paths, options, &replay_note) : lint_paths(paths, options);
    if (!replay_note.empty()) std::cerr << "note: " << replay_note << "\n";
    // Old migrations are still replayed, so later ones are linted against the
    // schema they built; their own findings were accepted once.
    size_t before = findings.size();
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [&](const lint::Finding& f) { return baselined.count(f.file); }),
                   findings.end());
    if (findings.size() != before)
      std::cerr << "note: " << before - findings.size() << " finding" << (before - findings.size() == 1 ? "" : "s")
                << " in migrations up to lint_baseline " << project.lint_baseline << " not reported\n";
    if (o->format == "json")
      std::cout << report::lint_json(findings, paths.size()) << "\n";
    else if (o->format == "sarif")
      std::cout << report::lint_sarif(findings, project.lint_docs_url) << "\n";
    else if (o->format == "github")
      std::cout << report::lint_github(findings);
    else
      std::cout << report::lint_text(findings, paths.size(), isatty(STDOUT_FILENO));
    if (std::any_of(findings.begin(), findings.end(), [](auto& f) { return f.severity == lint::Severity::error; }))
      exit_code = 1;
  });
}

void add_rules_command(CLI::App& app, int&) {
  auto* cmd = app.add_subcommand("rules", "list lint rules with severity and summary");
  cmd->callback([] {
    config::Project project = current_project();
    lint::Options options = lint::options_from_config(project.lint, project.dialect, &project.lint_at);
    // A project gets the rules of its dialect, with that dialect's advice.
    for (const auto& r : lint::rules()) {
      const char* summary = dialect::of(options.dialect).rule_summary(r);
      if (!summary) continue;
      auto s = lint::severity_of(options, r.id);
      std::printf("%-30s %-8s %s\n", r.id, lint::severity_name(s), summary);
    }
  });
}

}  // namespace shale::cli
