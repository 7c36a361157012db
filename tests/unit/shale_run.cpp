#include "shale_run.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace shale::testing {

namespace fs = std::filesystem;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string fresh_temp_dir(const std::string& prefix) {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/" + prefix + "XXXXXX";
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

Run run_shale(const std::string& cwd, const std::string& args, const std::string& env) {
  return run_shell(cwd, env + " " + SHALE_BINARY + " " + args);
}

Run run_shell(const std::string& cwd, const std::string& command) {
  std::string err_path = fresh_temp_dir("shale_err_") + "/stderr";
  std::string cmd = "cd '" + cwd + "' && (" + command + ") 2>'" + err_path + "'";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
  int status = pclose(p);
  std::string err = read_file(err_path);
  fs::remove_all(fs::path(err_path).parent_path());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, err};
}

void sh(const std::string& cwd, const std::string& command) {
  std::string cmd = "cd '" + cwd + "' && " + command + " >/dev/null 2>&1";
  if (std::system(cmd.c_str()) != 0) throw std::runtime_error("failed: " + command);
}

void git_init(const std::string& dir) {
  sh(dir,
     "git init -q -b main && git config user.email test@example.com && git config user.name test"
     " && git config commit.gpgsign false");
}

void git_commit(const std::string& dir, const std::string& message) {
  sh(dir, "git add -A && git commit -q --allow-empty -m '" + message + "'");
}

}  // namespace shale::testing
