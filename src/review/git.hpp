// Reads files as they are at a git commit, by running the git command line
// (git must be on PATH). Arguments are passed to git as they are, never
// through a shell, so a ref or path cannot run anything.
#pragma once
#include <string>
#include <vector>

namespace shale::review {

class Git {
 public:
  // Runs git in `cwd`; paths below are relative to it.
  explicit Git(std::string cwd = ".") : cwd_(std::move(cwd)) {}

  // The commit `ref` names. Throws UserError when `ref` names no commit, or
  // `cwd` is not inside a git repository.
  std::string resolve(const std::string& ref) const;
  // Every file below directory `dir` at `commit`, relative to `cwd`, sorted;
  // empty when the directory did not exist there.
  std::vector<std::string> list_files(const std::string& commit, const std::string& dir) const;
  // The bytes of `path` at `commit`.
  std::string show(const std::string& commit, const std::string& path) const;
  // Files added, copied, modified or renamed, as `git diff --name-only
  // <diff_args>` lists them (relative to the repository's top). Throws
  // UserError when git fails (not a repository, unknown ref).
  std::vector<std::string> changed_files(const std::vector<std::string>& diff_args) const;

 private:
  struct Output {
    int status;
    std::string out;
  };
  Output run(const std::vector<std::string>& args) const;
  std::string cwd_;
};

}  // namespace shale::review
