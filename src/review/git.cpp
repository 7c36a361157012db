#include "review/git.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sstream>
#include <stdexcept>

#include "util/error.hpp"

extern char** environ;

namespace shale::review {

namespace {
// Closes a file descriptor when it goes out of scope.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) close(fd);
  }
};
}  // namespace

Git::Output Git::run(const std::vector<std::string>& args) const {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  Fd read_end{pipe_fds[0]}, write_end{pipe_fds[1]};

  std::vector<std::string> argv_text = {"git", "-C", cwd_};
  argv_text.insert(argv_text.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_text) argv.push_back(a.data());
  argv.push_back(nullptr);

  // git's own messages would name its internals; callers say what failed.
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, write_end.fd, STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, read_end.fd);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  int spawned = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw UserError(std::string("cannot run git: ") + std::strerror(spawned));
  close(write_end.fd);
  write_end.fd = -1;

  Output result{0, ""};
  char buf[8192];
  for (ssize_t n; (n = read(read_end.fd, buf, sizeof buf)) != 0;) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    result.out.append(buf, size_t(n));
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string Git::resolve(const std::string& ref) const {
  if (run({"rev-parse", "--is-inside-work-tree"}).status != 0)
    throw UserError(cwd_ + " is not inside a git repository (shale review compares with a git ref)");
  // "^{commit}" makes rev-parse refuse names of trees, blobs and nothing.
  Output out = run({"rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"});
  if (out.status != 0 || out.out.empty())
    throw UserError("unknown git ref \"" + ref + "\" (in CI, fetch the base branch first, e.g. git fetch origin " +
                    "main, or check out with fetch-depth: 0)");
  return out.out.substr(0, out.out.find('\n'));
}

std::vector<std::string> Git::list_files(const std::string& commit, const std::string& dir) const {
  Output out = run({"ls-tree", "-r", "--name-only", "-z", commit, "--", dir});
  if (out.status != 0) throw UserError("git ls-tree failed for " + dir + " at " + commit);
  std::vector<std::string> files;
  std::string name;
  for (std::istringstream in(out.out); std::getline(in, name, '\0');)
    if (!name.empty()) files.push_back(name);
  std::sort(files.begin(), files.end());
  return files;
}

std::string Git::show(const std::string& commit, const std::string& path) const {
  // "./" makes the path relative to the working directory, as ls-tree's are.
  Output out = run({"show", commit + ":./" + path});
  if (out.status != 0) throw UserError("cannot read " + path + " at " + commit);
  return out.out;
}

std::vector<std::string> Git::changed_files(const std::vector<std::string>& diff_args) const {
  std::vector<std::string> args = {"diff", "--name-only", "--diff-filter=ACMR"};
  args.insert(args.end(), diff_args.begin(), diff_args.end());
  Output out = run(args);
  if (out.status != 0) throw UserError("git diff failed: is this a git repository, and is the ref known?");
  std::vector<std::string> files;
  std::string name;
  for (std::istringstream in(out.out); std::getline(in, name);)
    if (!name.empty()) files.push_back(name);
  return files;
}

}  // namespace shale::review
