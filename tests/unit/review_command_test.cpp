// shale review end to end in a temporary git repository: a base commit, a
// pull-request commit, base refs from flags and CI variables, and the errors.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "review/review.hpp"
#include "shale_run.hpp"

namespace fs = std::filesystem;
using namespace shale::testing;

namespace {
void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// A repository whose shale project lives in app/ (not the repository root),
// with one migration on main and a second one committed on a branch.
std::string two_commit_repo() {
  std::string repo = fresh_temp_dir("shale_review_");
  fs::path app = fs::path(repo) / "app";
  write(app / "shale.toml", "dialect = \"postgres\"\n");
  write(app / "schema" / "app.sql", "CREATE TABLE notes (id bigint PRIMARY KEY, body text);\n");
  write(app / "migrations" / "20260101000000_create_notes.up.sql",
        "CREATE TABLE notes (id bigint PRIMARY KEY, body text);\n");
  write(app / "migrations" / "20260101000000_create_notes.down.sql", "DROP TABLE notes;\n");
  sh(app.string(), std::string(SHALE_BINARY) + " hash");
  git_init(repo);
  git_commit(repo, "notes");
  sh(repo, "git checkout -q -b add-title");
  write(app / "schema" / "app.sql", "CREATE TABLE notes (id bigint PRIMARY KEY, body text, title text);\n");
  write(app / "migrations" / "20260102000000_add_title.up.sql",
        "SET lock_timeout = '5s';\nALTER TABLE notes ADD COLUMN title text;\n");
  write(app / "migrations" / "20260102000000_add_title.down.sql",
        "SET lock_timeout = '5s';\nALTER TABLE notes DROP COLUMN title;\n");
  sh(app.string(), std::string(SHALE_BINARY) + " hash");
  git_commit(repo, "add title");
  return repo;
}
}  // namespace

TEST_CASE("shale review compares the pull request's commit with its base") {
  std::string repo = two_commit_repo();
  std::string app = repo + "/app";

  Run r = run_shale(app, "review --base main");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.rfind(
            "## shale review against `main`\n\n**1 new migration** · lint: no findings · ✅ migrations build `schema`\n",
            0) == 0);
  CHECK(r.out.find("#### `migrations/20260102000000_add_title.up.sql`") != std::string::npos);
  CHECK(r.out.find("20260101000000_create_notes") == std::string::npos);  // already on main: not new
  CHECK(r.out.find("+    title text,\n") != std::string::npos);

  SECTION("any commit-ish works as the base; HEAD itself has nothing new") {
    std::string by_parent = run_shale(app, "review --base HEAD~1").out;
    for (size_t at; (at = by_parent.find("HEAD~1")) != std::string::npos;) by_parent.replace(at, 6, "main");
    CHECK(by_parent == r.out);
    Run same = run_shale(app, "review --base HEAD");
    CHECK(same.exit_code == 0);
    CHECK(same.out.find("No new migrations.") != std::string::npos);
  }

  SECTION("in GitHub Actions and GitLab pipelines the base is origin/<target branch>") {
    sh(repo, "git update-ref refs/remotes/origin/main main");
    Run github = run_shale(app, "review --format json", "GITHUB_BASE_REF=main");
    CHECK(github.exit_code == 0);
    CHECK(github.out.find("\"base\": \"origin/main\"") != std::string::npos);
    CHECK(github.out.find("\"new_migrations\": 1") != std::string::npos);
    Run gitlab = run_shale(app, "review", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME=main");
    CHECK(gitlab.out.rfind("## shale review against `origin/main`", 0) == 0);
  }

  SECTION("a migration that leaves schema/ behind is a disagreement: exit 1") {
    write(fs::path(app) / "schema" / "app.sql",
          "CREATE TABLE notes (id bigint PRIMARY KEY, body text, title text NOT NULL);\n");
    Run d = run_shale(app, "review --base main --format json");
    CHECK(d.exit_code == 1);
    CHECK(d.out.find("\"agree\": false") != std::string::npos);
    CHECK(d.out.find("ALTER TABLE notes ALTER COLUMN title SET NOT NULL;") != std::string::npos);
  }

  SECTION("an unknown ref is bad input: exit 2 with a message") {
    Run bad = run_shale(app, "review --base no-such-branch");
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.empty());
    CHECK(bad.err.rfind("error: unknown git ref \"no-such-branch\"", 0) == 0);
    Run option = run_shale(app, "review --base=--output=x");  // not an option to git either
    CHECK(option.exit_code == 2);
    CHECK(!fs::exists(fs::path(app) / "x"));
  }
  fs::remove_all(repo);
}

TEST_CASE("shale review outside a git repository is bad input") {
  std::string dir = fresh_temp_dir("shale_nogit_");
  write(fs::path(dir) / "shale.toml", "dialect = \"postgres\"\n");
  fs::create_directories(fs::path(dir) / "migrations");
  fs::create_directories(fs::path(dir) / "schema");
  Run r = run_shale(dir, "review", "GIT_CEILING_DIRECTORIES=" + fs::path(dir).parent_path().string());
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("is not inside a git repository") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("the default base ref follows the CI's target branch") {
  auto env = [](std::map<std::string, std::string> vars) {
    return [vars](const char* name) -> const char* {
      auto it = vars.find(name);
      return it == vars.end() ? nullptr : it->second.c_str();
    };
  };
  using shale::review::default_base_ref;
  CHECK(default_base_ref(env({})) == "main");
  CHECK(default_base_ref(env({{"GITHUB_BASE_REF", "develop"}})) == "origin/develop");
  CHECK(default_base_ref(env({{"GITHUB_BASE_REF", ""}, {"CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "trunk"}})) ==
        "origin/trunk");
}
