// Runs the shale binary in a directory, for end-to-end tests.
#pragma once
#include <string>

namespace shale::testing {

struct CommandResult {
  int exit_code;
  std::string output;  // stdout and stderr together
};

// `args` is passed to the shell after the binary; runs in `cwd`.
CommandResult shale_cmd(const std::string& cwd, const std::string& args);
// A new empty directory under /tmp.
std::string temp_dir(const std::string& prefix);
void write_text(const std::string& path, const std::string& text);

}  // namespace shale::testing
