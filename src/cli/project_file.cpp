#include "cli/project_file.hpp"

#include <iostream>

namespace shale::cli {

namespace {
struct GlobalOptions {
  std::string config;
  bool verbose = false;
};
// Set while the command line is parsed, read by the command's callback, which
// CLI11 runs after every option is parsed.
GlobalOptions& global_options() {
  static GlobalOptions options;
  return options;
}
}  // namespace

void add_global_options(CLI::App& app) {
  app.add_option("-C,--config", global_options().config,
                 "the project file (shale.toml, or its directory); default: shale.toml in the current directory "
                 "or the nearest one above it");
  app.add_flag("-v,--verbose", global_options().verbose, "say which project file is used");
}

config::Project current_project() {
  config::Project project = config::find_project(global_options().config);
  if (global_options().verbose)
    std::cerr << "shale: project file "
              << (project.path.empty() ? "(none found: defaults, dialect postgres)" : project.path) << ", dialect "
              << project.dialect << "\n";
  return project;
}

}  // namespace shale::cli
