#include "review/migration_files.hpp"

#include <filesystem>
#include <fstream>

#include "migrate/directory.hpp"
#include "util/error.hpp"

namespace shale::review {

namespace fs = std::filesystem;

namespace {
bool is_migration_file(const std::string& name) {
  return name.size() > 4 && name.compare(name.size() - 4, 4, ".sql") == 0;
}
}  // namespace

MigrationFiles read_working_tree(const std::string& dir) {
  MigrationFiles files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && is_migration_file(name))
      files[name] = migrate::read_text_file(entry.path().string());
  }
  return files;
}

MigrationFiles read_at_commit(const Git& git, const std::string& commit, const std::string& dir) {
  MigrationFiles files;
  std::string prefix = fs::path(dir).lexically_normal().string();
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  for (const auto& path : git.list_files(commit, dir)) {
    if (path.rfind(prefix, 0) != 0) continue;
    std::string name = path.substr(prefix.size());
    // Only files directly in the directory are migrations, as in the working tree.
    if (name.find('/') == std::string::npos && is_migration_file(name)) files[name] = git.show(commit, path);
  }
  return files;
}

void write_files(const MigrationFiles& files, const std::string& dir) {
  for (const auto& [name, text] : files) {
    std::ofstream out(fs::path(dir) / name, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + (fs::path(dir) / name).string());
  }
}

FileChanges compare(const MigrationFiles& base, const MigrationFiles& head) {
  FileChanges c;
  for (const auto& [name, text] : head) {
    auto it = base.find(name);
    if (it == base.end())
      c.added.push_back(name);
    else if (it->second != text)
      c.edited.push_back(name);
  }
  for (const auto& [name, text] : base)
    if (!head.count(name)) c.removed.push_back(name);
  return c;
}

}  // namespace shale::review
