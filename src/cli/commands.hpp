#pragma once
#include <CLI/CLI.hpp>

namespace shale::cli {

// Each command registers its flags on `app` and returns nothing; the
// callback it installs does the work and throws the errors main() maps to
// exit codes.
void add_plan_command(CLI::App& app, int& exit_code);
void add_inspect_command(CLI::App& app, int& exit_code);

}  // namespace shale::cli
