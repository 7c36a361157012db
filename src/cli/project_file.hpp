// The options every command shares (-C/--config, -v/--verbose) and the
// project they select.
#pragma once
#include <CLI/CLI.hpp>
#include <string>

#include "config/project.hpp"

namespace shale::cli {

// Registers -C/--config and -v/--verbose on the top-level command.
void add_global_options(CLI::App& app);

// The project of the command being run: --config, else shale.toml here or in
// the nearest directory above (config::find_project). With --verbose, names
// the file used on stderr.
config::Project current_project();

}  // namespace shale::cli
