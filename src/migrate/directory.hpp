// The migration directory: <version>_<name>.up.sql / .down.sql pairs and the
// shale.sum integrity file (docs/design.md, "Files").
#pragma once
#include <string>
#include <vector>

namespace shale::migrate {

struct Migration {
  std::string version;             // UTC YYYYMMDDHHMMSS
  std::string name;                // lower snake case
  std::string up_path, down_path;  // down_path empty when the file is missing
  std::string id() const { return version + "_" + name; }
};

// Whether `path` names an up migration (ends in ".up.sql").
bool is_up_file(const std::string& path);
// The down file beside an up file: "…_x.up.sql" → "…_x.down.sql".
std::string down_file_of(const std::string& up_path);
// Likewise for down migrations (".down.sql"), and the up file beside one.
bool is_down_file(const std::string& path);
std::string up_file_of(const std::string& down_path);

// YYYYMMDDHHMMSS + 1 second, through the calendar: the version after `version`.
std::string version_after(const std::string& version);

struct Directives {
  bool no_transaction = false;  // -- shale:no-transaction
  bool irreversible = false;    // -- shale:irreversible
};

class Directory {
 public:
  explicit Directory(std::string path) : path_(std::move(path)) {}
  const std::string& path() const { return path_; }

  // Migrations sorted by version. Throws UserError for a file whose name does
  // not follow <version>_<name>.(up|down).sql, or a version used twice.
  std::vector<Migration> migrations() const;

  // Checks shale.sum against the files; throws UserError naming the first
  // file that differs (edited, added without hashing, or removed).
  void verify_sum() const;
  // Rewrites shale.sum from the files.
  void write_sum() const;

  // The version for a migration created at `now_utc` (YYYYMMDDHHMMSS): later
  // than every existing one, so two in the same second get consecutive ones.
  std::string next_version(const std::string& now_utc) const;

 private:
  std::string sum_text() const;
  std::string path_;
};

// Lower snake case: [a-z][a-z0-9_]*. Throws UserError otherwise.
void check_migration_name(const std::string& name);

// Directives in the leading comment lines of a migration file.
Directives read_directives(const std::string& text);

// The current UTC time as YYYYMMDDHHMMSS.
std::string utc_version_now();

// Writes `text` to `path` atomically (temp file + rename); refuses to
// overwrite an existing file when `exclusive`.
void write_file_atomically(const std::string& path, const std::string& text, bool exclusive);

std::string read_text_file(const std::string& path);

}  // namespace shale::migrate
