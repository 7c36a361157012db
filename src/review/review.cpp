#include "review/review.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "dialect/dialect.hpp"
#include "diff/hint_renames.hpp"
#include "migrate/directory.hpp"
#include "review/migration_files.hpp"
#include "review/plan_review.hpp"
#include "util/error.hpp"

namespace shale::review {

namespace fs = std::filesystem;

namespace {
// A directory under $TMPDIR (or /tmp), removed with everything in it.
class TempDir {
 public:
  TempDir() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/shale-review-XXXXXX";
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary directory in " + pattern);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The base's migrations, replayed from a copy in a temporary directory.
model::Schema base_state(const ReviewInput& input, const MigrationFiles& files) {
  TempDir dir;
  write_files(files, dir.path());
  try {
    return input.load("dir://" + dir.path());
  } catch (const UserError& e) {
    throw UserError("the migrations at " + input.base_ref + " cannot be replayed: " + e.what());
  }
}

// The added files as up/down pairs, in version order (file names sort by version).
std::vector<report::NewMigration> new_migrations(const ReviewInput& input, const MigrationFiles& head,
                                                 const std::vector<std::string>& added) {
  std::vector<report::NewMigration> out;
  auto path_of = [&](const std::string& name) { return (fs::path(input.migrations) / name).string(); };
  for (const auto& name : added) {
    if (migrate::is_up_file(name)) {
      report::NewMigration m{path_of(name), head.at(name), "", "", {}};
      std::string down_name = migrate::down_file_of(name);
      if (std::find(added.begin(), added.end(), down_name) != added.end()) {
        m.down_path = path_of(down_name);
        m.down_sql = head.at(down_name);
      }
      out.push_back(std::move(m));
    } else if (migrate::is_down_file(name)) {
      std::string up_name = migrate::up_file_of(name);
      if (std::find(added.begin(), added.end(), up_name) == added.end())  // a down file added to an older migration
        out.push_back(report::NewMigration{"", "", path_of(name), head.at(name), {}});
    }
  }
  return out;
}

// Lint with the whole directory's replay, so change rules see the state
// before each new migration; findings are kept for the new up files only.
void lint_new(const ReviewInput& input, report::ReviewDocument& doc) {
  std::vector<std::string> up_paths;
  for (const auto& m : migrate::Directory(input.migrations).migrations()) up_paths.push_back(m.up_path);
  for (auto& f : lint::lint_directory(up_paths, input.lint, &doc.replay_note))
    for (auto& m : doc.added)
      if (!m.up_path.empty() && f.file == m.up_path) m.findings.push_back(f);
}
}  // namespace

std::string default_base_ref(const std::function<const char*(const char*)>& getenv) {
  for (const char* name : {"GITHUB_BASE_REF", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME"})
    if (const char* branch = getenv(name); branch && *branch) return std::string("origin/") + branch;
  return "main";
}

report::ReviewDocument review(const ReviewInput& input, const Git& git) {
  std::string commit = git.resolve(input.base_ref);
  MigrationFiles base_files = read_at_commit(git, commit, input.migrations);
  MigrationFiles head_files = read_working_tree(input.migrations);
  FileChanges changes = compare(base_files, head_files);

  report::ReviewDocument doc;
  doc.base = input.base_ref;
  doc.migrations = input.migrations;
  doc.schema = input.schema;
  doc.added = new_migrations(input, head_files, changes.added);
  auto paths = [&](const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const auto& n : names) out.push_back((fs::path(input.migrations) / n).string());
    return out;
  };
  doc.edited = paths(changes.edited);
  doc.removed = paths(changes.removed);
  try {
    migrate::Directory(input.migrations).verify_sum();
  } catch (const UserError& e) {
    doc.integrity_error = (e.pos().known() ? e.pos().str() + ": " : "") + e.what();
  }
  lint_new(input, doc);

  model::Schema base = base_state(input, base_files);
  std::string head_spec = "dir://" + input.migrations;
  model::Schema head = input.load(head_spec);
  model::Schema desired = input.load(input.schema);
  doc.schema_diff = schema_diff(input.dialect, base, head, input.base_ref + ":" + input.migrations, input.migrations);
  // Renames are read from the desired state's hints, as plan_between does.
  plan::Plan missing =
      plan::make_plan(input.dialect, head, desired, dialect::of(input.dialect).renames(head, desired), input.plan);
  doc.disagreement = review_plan(missing, head, desired, head_spec, input.schema, input.lint);
  return doc;
}

}  // namespace shale::review
