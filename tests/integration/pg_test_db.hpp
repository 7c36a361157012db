// Throwaway databases in the test cluster (SHALE_TEST_PG_URL, started by
// scripts/test). Without it a test fails under CI=true and is skipped
// (exit 77, which ctest reports as skipped) elsewhere.
#pragma once
#include <string>
#include <vector>

namespace shale::testing {

// The cluster URL, or exits the process: 1 in CI, 77 (skip) otherwise.
std::string cluster_url_or_exit();

class TestDatabase {
 public:
  // Creates database `name` (dropping any leftover of that name).
  TestDatabase(const std::string& cluster_url, const std::string& name);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& url() const { return url_; }
  // Runs a script (many statements) in one transaction.
  void execute(const std::string& sql) const;
  // One statement outside a transaction block (… CONCURRENTLY).
  void execute_outside_transaction(const std::string& sql) const;

 private:
  std::string admin_url_, name_, url_;
};

std::string read_file(const std::string& path);

// The first column of the first row of `sql` on `url` ("NULL" for a null).
std::string scalar(const std::string& url, const std::string& sql);

// Files of `dir` whose names end with `suffix`, sorted by path.
std::vector<std::string> files_in(const std::string& dir, const std::string& suffix);

}  // namespace shale::testing
