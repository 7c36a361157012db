// Runs the shale binary (and git) in a directory for end-to-end tests that
// need no database: stdout and stderr kept apart, exit code as shale's.
#pragma once
#include <string>

namespace shale::testing {

struct Run {
  int exit_code;
  std::string out, err;
};

// `args` and `env` (e.g. "NO_COLOR=1 ") are shell text; runs in `cwd`.
Run run_shale(const std::string& cwd, const std::string& args, const std::string& env = "");
// Runs shell text in `cwd`, keeping its output.
Run run_shell(const std::string& cwd, const std::string& command);
// Runs a shell command in `cwd`; throws when it fails.
void sh(const std::string& cwd, const std::string& command);
// A git repository with user settings of its own, on branch main.
void git_init(const std::string& dir);
// Stages everything and commits it (empty commits allowed).
void git_commit(const std::string& dir, const std::string& message);
std::string read_file(const std::string& path);
// A new empty directory under $TMPDIR or /tmp.
std::string fresh_temp_dir(const std::string& prefix);

}  // namespace shale::testing
