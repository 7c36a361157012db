// Findings say which lock their statement takes (the lock table), and the
// linter accepts the remedies it recommends, also across migrations when it
// replays the directory.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "lint/engine.hpp"
#include "report/lint_report.hpp"
#include "shale_run.hpp"

using namespace shale;
namespace fs = std::filesystem;

namespace {
// Writes migration pairs into a fresh directory; returns the up paths in order.
std::vector<std::string> migrations(const std::vector<std::pair<std::string, std::string>>& files) {
  std::string dir = testing::fresh_temp_dir("shale_lint_locks");
  std::vector<std::string> paths;
  for (const auto& [id, sql] : files) {
    std::ofstream(dir + "/" + id + ".up.sql") << sql;
    std::ofstream(dir + "/" + id + ".down.sql") << "SELECT 1;\n";
    paths.push_back(dir + "/" + id + ".up.sql");
  }
  return paths;
}

std::vector<std::string> rules_of(const std::vector<lint::Finding>& findings,
                                  lint::Severity at_least = lint::Severity::info) {
  std::vector<std::string> out;
  for (const auto& f : findings)
    if (f.severity >= at_least) out.push_back(fs::path(f.file).filename().string().substr(0, 14) + " " + f.rule);
  return out;
}
}  // namespace

TEST_CASE("a finding names the lock, the object, what it blocks and the work", "[lint][locks]") {
  auto paths = migrations(
      {{"20260101000000_type", "SET lock_timeout = '5s';\nALTER TABLE users ALTER COLUMN age TYPE bigint;\n"}});
  auto findings = lint::lint_file(paths[0], {});
  REQUIRE(findings.size() == 1);
  const auto& f = findings[0];
  CHECK(f.rule == "change-column-type");
  REQUIRE(f.locks.size() == 1);
  CHECK(f.locks[0].mode == "ACCESS EXCLUSIVE");
  CHECK(f.locks[0].object == "public.users");
  CHECK(f.locks[0].blocks == std::vector<std::string>{"reads", "locking-reads", "writes", "maintenance", "ddl"});
  CHECK(f.work == "rewrite");

  std::string text = report::lint_text(findings, 1, false);
  CHECK(text.find("    lock: ACCESS EXCLUSIVE on public.users (blocks reads and writes); rewrites the table\n") !=
        std::string::npos);
  auto json = nlohmann::json::parse(report::lint_json(findings, 1));
  const auto& item = json["findings"][0];
  CHECK(item["locks"][0]["mode"] == "ACCESS EXCLUSIVE");
  CHECK(item["locks"][0]["object"] == "public.users");
  CHECK(item["locks"][0]["kind"] == "table");
  CHECK(item["locks"][0]["blocks"][2] == "writes");
  CHECK(item["work"] == "rewrite");
}

TEST_CASE("locks on tables the file created are not shown, but a referenced table's is", "[lint][locks]") {
  auto paths = migrations(
      {{"20260101000000_orders",
        "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), note varchar(20));\n"}});
  auto findings = lint::lint_file(paths[0], {});
  bool seen = false;
  for (const auto& f : findings) {
    if (f.rule != "varchar-length") continue;
    seen = true;
    REQUIRE(f.locks.size() == 1);  // not orders: nobody else sees it yet
    CHECK(f.locks[0].object == "public.users");
    CHECK(f.locks[0].kind == "referenced table");
    CHECK(f.locks[0].mode == "SHARE ROW EXCLUSIVE");
    CHECK(f.work == "none");
  }
  CHECK(seen);
  // Statements that lock nothing existing carry no lock (and JSON has no "locks" key).
  auto plain =
      lint::lint_file(migrations({{"20260101000000_t", "CREATE TABLE things (id int PRIMARY KEY);\n"}})[0], {});
  auto json = nlohmann::json::parse(report::lint_json(plain, 1));
  for (const auto& item : json["findings"]) CHECK_FALSE(item.contains("locks"));
}

TEST_CASE("unique index CONCURRENTLY, then ADD CONSTRAINT … USING INDEX, is clean", "[lint][locks]") {
  auto paths = migrations({
      {"20260101000000_users",
       "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text);\n"},
      {"20260102000000_email_index",
       "-- shale:no-transaction\nSET lock_timeout = '5s';\n"
       "CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email);\n"},
      {"20260103000000_email_key",
       "SET lock_timeout = '5s';\n"
       "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;\n"},
  });
  std::string note;
  auto findings = lint::lint_directory(paths, {}, &note);
  CHECK(note.empty());
  CHECK(rules_of(findings, lint::Severity::error).empty());
  // Duplicates can still fail the build: that is the change's hazard, not a finding.
  CHECK(rules_of(findings, lint::Severity::warning).empty());
}

TEST_CASE("SET NOT NULL after a validated CHECK (col IS NOT NULL) is clean, also across migrations", "[lint][locks]") {
  auto paths = migrations({
      {"20260101000000_users",
       "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text, phone text);\n"},
      {"20260102000000_check",
       "SET lock_timeout = '5s';\n"
       "ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n"
       "ALTER TABLE users ADD CHECK (phone IS NOT NULL) NOT VALID;\n"},
      {"20260103000000_validate", "ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\n"},
      {"20260104000000_not_null",
       "SET lock_timeout = '5s';\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\n"
       "ALTER TABLE users ALTER COLUMN phone SET NOT NULL;\n"},
  });
  std::string note;
  auto findings = lint::lint_directory(paths, {}, &note);
  CHECK(note.empty());
  // email is proven by its validated check; phone's check was never validated.
  std::vector<std::string> not_null;
  for (const auto& f : findings)
    if (f.rule == "set-not-null")
      not_null.push_back(fs::path(f.file).filename().string().substr(0, 14) + ":" + std::to_string(f.line));
  CHECK(not_null == std::vector<std::string>{"20260104000000:3"});
  // VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE: no require-lock-timeout for it.
  CHECK(rules_of(findings) == std::vector<std::string>{"20260104000000 set-not-null"});

  // A dropped check proves nothing any more.
  paths = migrations({
      {"20260101000000_check",
       "SET lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT c CHECK (email IS NOT NULL);\n"
       "ALTER TABLE users DROP CONSTRAINT c;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\n"},
  });
  std::vector<std::string> after_drop;
  for (const auto& f : lint::lint_file(paths[0], {}))
    if (f.rule == "set-not-null") after_drop.push_back(f.rule);
  CHECK(after_drop.size() == 1);
}

TEST_CASE("foreign key and check NOT VALID, then VALIDATE CONSTRAINT, are clean", "[lint][locks]") {
  auto paths = migrations({
      {"20260101000000_tables",
       "CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\n"
       "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id bigint, total numeric);\n"
       "CREATE INDEX orders_customer_id_idx ON orders (customer_id);\n"},
      // (the index of the earlier migration covers the foreign key)
      {"20260102000000_constraints",
       "SET lock_timeout = '5s';\n"
       "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT "
       "VALID;\n"
       "ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;\n"},
      {"20260103000000_validate",
       "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;\n"
       "ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;\n"},
  });
  std::string note;
  auto findings = lint::lint_directory(paths, {}, &note);
  CHECK(note.empty());
  CHECK(rules_of(findings).empty());
}

TEST_CASE("the new rules fire on their statements and name the lock", "[lint][locks]") {
  auto paths = migrations({{"20260101000000_maintenance", "-- shale:no-transaction\nVACUUM FULL orders;\n"}});
  auto findings = lint::lint_file(paths[0], {});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "vacuum-full");
  CHECK(findings[0].message.find("ACCESS EXCLUSIVE lock on public.orders, which blocks reads and writes") !=
        std::string::npos);
  CHECK(findings[0].work == "rewrite");

  paths = migrations({{"20260101000000_lock", "LOCK TABLE orders IN SHARE MODE;\n"}});
  findings = lint::lint_file(paths[0], {});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "lock-table");
  CHECK(findings[0].message.find("SHARE lock on public.orders, which blocks writes, not reads") != std::string::npos);

  // VACUUM in a transaction: the lock table knows it cannot run there.
  paths = migrations({{"20260101000000_vacuum", "VACUUM orders;\n"}});
  findings = lint::lint_file(paths[0], {});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "concurrently-in-transaction");
  CHECK(findings[0].message.rfind("VACUUM cannot run inside a transaction block", 0) == 0);
}

TEST_CASE("an index from an earlier migration covers a foreign key, which a lone file does not know", "[lint][locks]") {
  auto paths = migrations({
      {"20260101000000_tables",
       "CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\n"
       "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id bigint, seller_id "
       "bigint);\n"
       "CREATE INDEX orders_customer_id_idx ON orders (customer_id);\n"},
      {"20260102000000_fks",
       "SET lock_timeout = '5s';\n"
       "ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\n"
       "ALTER TABLE orders ADD FOREIGN KEY (seller_id) REFERENCES customers (id) NOT VALID;\n"},
  });
  std::string note;
  std::vector<int> lines;
  for (const auto& f : lint::lint_directory(paths, {}, &note))
    if (f.rule == "foreign-key-without-index") lines.push_back(f.line);
  CHECK(lines == std::vector<int>{3});  // seller_id has no index
  lines.clear();
  for (const auto& f : lint::lint_file(paths[1], {}))
    if (f.rule == "foreign-key-without-index") lines.push_back(f.line);
  CHECK(lines == std::vector<int>{2, 3});
}
