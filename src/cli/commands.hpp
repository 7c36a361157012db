#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "lint/engine.hpp"

namespace shale::cli {

// Each command registers its flags on `app` and returns nothing; the
// callback it installs does the work and throws the errors main() maps to
// exit codes.
void add_plan_command(CLI::App& app, int& exit_code);
void add_inspect_command(CLI::App& app, int& exit_code);
void add_init_command(CLI::App& app, int& exit_code);
void add_diff_command(CLI::App& app, int& exit_code);
void add_new_command(CLI::App& app, int& exit_code);
void add_hash_command(CLI::App& app, int& exit_code);
void add_apply_command(CLI::App& app, int& exit_code);
void add_rollback_command(CLI::App& app, int& exit_code);
void add_baseline_command(CLI::App& app, int& exit_code);
void add_status_command(CLI::App& app, int& exit_code);
void add_check_command(CLI::App& app, int& exit_code);
void add_seed_command(CLI::App& app, int& exit_code);
void add_lint_command(CLI::App& app, int& exit_code);
void add_rules_command(CLI::App& app, int& exit_code);
void add_review_command(CLI::App& app, int& exit_code);

// Lints files with the project's severities (lint_command.cpp).
std::vector<lint::Finding> lint_paths(const std::vector<std::string>& paths, const lint::Options& options);

}  // namespace shale::cli
