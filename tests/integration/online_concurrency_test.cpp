// Online migrations under load, on real PostgreSQL: while a client keeps
// inserting and updating rows of the table, `shale apply` runs the migrations
// `shale diff` wrote for a new index, a unique constraint, a foreign key, a
// check and SET NOT NULL. With the online forms the client sees no error and
// none of its transactions waits longer than the lock timeout; with the plain
// forms the same changes make it wait for the whole build (so the test can fail).
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <fstream>
#include <pqxx/pqxx>
#include <thread>

#include "cli_runner.hpp"
#include "pg_test_db.hpp"

using namespace shale::testing;
using Clock = std::chrono::steady_clock;

namespace {

const char* kBefore =
    "CREATE TABLE orgs (id bigint PRIMARY KEY);\n"
    "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, org_id bigint NOT NULL, email text NOT "
    "NULL, name text);\n"
    "CREATE INDEX users_org_id_idx ON users (org_id);\n";
const char* kAfter =
    "CREATE TABLE orgs (id bigint PRIMARY KEY);\n"
    "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, org_id bigint NOT NULL REFERENCES orgs,\n"
    "  email text NOT NULL UNIQUE CHECK (length(email) > 3), name text NOT NULL);\n"
    "CREATE INDEX users_org_id_idx ON users (org_id);\n"
    "CREATE INDEX users_name_idx ON users (name);\n";

// Enough rows that building an index holds a plain lock for a second or more.
const char* kRows =
    "INSERT INTO orgs VALUES (1), (2);"
    "INSERT INTO users (org_id, email, name) SELECT 1 + g % 2, 'user' || g || '@example.com', 'name ' || g "
    "FROM generate_series(1, 1000000) g;";

struct ClientRun {
  double max_wait_s = 0;  // the slowest of its transactions
  long transactions = 0;
  std::string error;  // the first error it met
};

// A client inserting and updating users, one short transaction at a time,
// while `shale apply` runs; returns what the client saw and apply's result.
std::pair<ClientRun, CommandResult> apply_under_load(const TestDatabase& db, const std::string& project) {
  ClientRun run;
  std::atomic<bool> stop{false};
  std::thread client([&] {
    try {
      pqxx::connection c(db.url());
      for (long i = 0; !stop; ++i) {
        auto t0 = Clock::now();
        pqxx::work tx(c);
        tx.exec("INSERT INTO users (org_id, email, name) VALUES (1, 'client" + std::to_string(i) +
                "@example.com', 'client')");
        tx.exec("UPDATE users SET name = 'touched' WHERE id = " + std::to_string(1 + (i * 7919) % 1000000));
        tx.commit();
        run.max_wait_s = std::max(run.max_wait_s, std::chrono::duration<double>(Clock::now() - t0).count());
        ++run.transactions;
      }
    } catch (const std::exception& e) {
      run.error = e.what();
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CommandResult applied = shale_cmd(project, "apply --url " + db.url());
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  stop = true;
  client.join();
  return {run, applied};
}

std::string project_with_change(const TestDatabase& db, const std::string& diff_flags) {
  std::string p = temp_dir("shale_online_load_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  std::ofstream(p + "/shale.toml", std::ios::app) << "\n[apply]\nlock_timeout = \"1s\"\n";
  write_text(p + "/schema/app.sql", kBefore);
  REQUIRE(shale_cmd(p, "diff first").exit_code == 0);
  REQUIRE(shale_cmd(p, "apply --url " + db.url()).exit_code == 0);
  db.execute(kRows);
  write_text(p + "/schema/app.sql", kAfter);
  auto d = shale_cmd(p, "diff change" + diff_flags);
  INFO(d.output);
  REQUIRE(d.exit_code == 0);
  return p;
}

}  // namespace

TEST_CASE("online: a client writing to the table is not blocked by the online migrations, and is by the plain ones",
          "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  double online_wait = 0;
  {
    TestDatabase db(cluster, "online_load");
    std::string p = project_with_change(db, "");
    auto [run, applied] = apply_under_load(db, p);
    INFO(applied.output);
    REQUIRE(applied.exit_code == 0);
    CHECK(run.error.empty());
    CHECK(run.transactions > 10);
    // The lock timeout (1s) plus a margin: no statement of the migrations
    // held a lock the client needed for longer.
    CHECK(run.max_wait_s < 1.5);
    online_wait = run.max_wait_s;
    CHECK(scalar(db.url(), "SELECT bool_and(convalidated) FROM pg_constraint WHERE conrelid = 'users'::regclass") ==
          "t");
    CHECK(shale_cmd(p, "plan --format sql --from " + db.url() + " --to schema").output.empty());
  }
  {
    TestDatabase db(cluster, "plain_load");
    std::string p = project_with_change(db, " --online=false");
    auto [run, applied] = apply_under_load(db, p);
    INFO(applied.output);
    REQUIRE(applied.exit_code == 0);
    CHECK(run.error.empty());
    // One transaction builds two indexes and scans the table three times
    // under locks that block the client's writes, for a second or more: at
    // least twice the longest wait of the online forms. (Not more: under a
    // loaded CI machine the online forms' brief locks can queue behind
    // autovacuum or the CPU for a few hundred milliseconds.)
    INFO("plain " << run.max_wait_s << " s, online " << online_wait << " s");
    CHECK(run.max_wait_s >= 0.5);
    CHECK(run.max_wait_s >= 2 * online_wait);
  }
}
