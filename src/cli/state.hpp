// Resolves a state argument (--from / --to) into a schema model:
// postgres:// URL, sqlite:// file, .sql file or directory, dir://migrations.
#pragma once
#include <string>

#include "config/project.hpp"
#include "model/schema.hpp"
#include "plan/plan.hpp"

namespace shale::cli {

struct LoadedState {
  model::Schema schema;
  std::string label;  // for messages, with any password redacted
  plan::Dialect dialect = plan::Dialect::postgres;
};

// URLs carry their own dialect; files and dir:// are read in the project's.
LoadedState load_state(const std::string& spec, const config::Project& project);

// The state the given migration up files build, in order, in the project's
// dialect (what dir:// reads, for a chosen subset of a directory).
LoadedState load_migrations(const std::vector<std::string>& up_paths, const std::string& label,
                            const config::Project& project);

// The plan from → to; the two states must be of one dialect.
plan::Plan plan_between(const LoadedState& from, const LoadedState& to, const plan::Options& options = {});

// How the project writes plans ([diff] of shale.toml); `online_flag` is
// --online's value when given ("true" / "false"), and wins.
plan::Options plan_options(const config::Project& project, const std::string& online_flag = "");

// Notes on stderr for rename hints of `to` that do nothing against `from`.
void print_inert_hints(const LoadedState& from, const LoadedState& to);

// The *.up.sql files of a migration directory, sorted by version.
std::vector<std::string> up_files(const std::string& dir);

}  // namespace shale::cli
