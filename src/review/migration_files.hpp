// The migration files of a directory as two sides of a pull request see
// them: at the base commit (read with git) and in the working tree.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "review/git.hpp"

namespace shale::review {

// File name (no directory) → bytes, for the *.sql files directly in a
// migration directory. shale.sum is left out: it changes with every
// new migration, and the working tree's is checked on its own.
using MigrationFiles = std::map<std::string, std::string>;

MigrationFiles read_working_tree(const std::string& dir);
MigrationFiles read_at_commit(const Git& git, const std::string& commit, const std::string& dir);
// Writes `files` into the existing directory `dir`.
void write_files(const MigrationFiles& files, const std::string& dir);

struct FileChanges {
  std::vector<std::string> added, edited, removed;  // file names, sorted
};
FileChanges compare(const MigrationFiles& base, const MigrationFiles& head);

}  // namespace shale::review
