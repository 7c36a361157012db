// Golden tests of the reviewer-facing reports: every case in tests/golden/cases
// runs plan (markdown, text) and review (markdown, json) in a temporary git
// repository and must print exactly the stored bytes and exit codes.
// UPDATE_GOLDEN=1 rewrites the stored files instead (see tests/golden/README.md).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "shale_run.hpp"

namespace fs = std::filesystem;
using namespace shale::testing;

namespace {
const fs::path kGolden = fs::path(SHALE_SOURCE_DIR) / "tests" / "golden";

// The commands whose output each case stores, by the file it is stored in.
const std::map<std::string, std::string> kOutputs = {
    {"plan.md", "plan --format markdown"},
    {"plan.txt", "plan --format text"},
    {"review.md", "review --base main"},
    {"review.json", "review --base main --format json"},
};

// base/ committed on main, then the case's changes committed on a branch.
std::string pull_request_repo(const fs::path& case_dir) {
  std::string repo = fresh_temp_dir("shale_golden_");
  fs::copy(kGolden / "base", repo, fs::copy_options::recursive);
  git_init(repo);
  git_commit(repo, "base");
  sh(repo, "git checkout -q -b pull-request");
  if (fs::exists(case_dir / "head"))
    fs::copy(case_dir / "head", repo, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  std::istringstream removed(read_file((case_dir / "remove.txt").string()));
  for (std::string path; std::getline(removed, path);)
    if (!path.empty()) fs::remove(fs::path(repo) / path);
  git_commit(repo, "pull request");
  return repo;
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}
}  // namespace

TEST_CASE("plan and review reports match the golden files", "[golden]") {
  bool update = std::getenv("UPDATE_GOLDEN") != nullptr;
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(kGolden / "cases")) cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 4);
  for (const auto& case_dir : cases) {
    DYNAMIC_SECTION(case_dir.filename().string()) {
      std::string repo = pull_request_repo(case_dir);
      std::string exit_codes;
      for (const auto& [file, args] : kOutputs) {
        Run r = run_shale(repo, args);
        INFO("shale " << args << "\nstderr: " << r.err);
        CHECK(r.err.empty());
        exit_codes += file + " " + std::to_string(r.exit_code) + "\n";
        if (update)
          write(case_dir / file, r.out);
        else
          CHECK(r.out == read_file((case_dir / file).string()));
      }
      if (update)
        write(case_dir / "exit_codes.txt", exit_codes);
      else
        CHECK(exit_codes == read_file((case_dir / "exit_codes.txt").string()));
      fs::remove_all(repo);
    }
  }
}
