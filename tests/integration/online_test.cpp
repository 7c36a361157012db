// The online forms `shale diff` writes for changes to tables that hold rows
// (docs/online.md), on real PostgreSQL: each change is diffed against a table
// with rows, the files written lint clean, `shale apply` runs them, the
// database converges to the schema with its rows intact and still takes
// inserts, and `shale rollback` brings the first schema back.
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>

#include "cli_runner.hpp"
#include "pg_test_db.hpp"

using namespace shale::testing;
namespace fs = std::filesystem;

namespace {

struct Online {
  std::string dir;
  std::string diff_output;
  std::string written;  // the new up files, concatenated in version order
  size_t files = 0;     // how many up files the diff wrote
};

std::string all_ups(const std::string& dir, size_t skip) {
  std::string out;
  auto ups = files_in(dir + "/migrations", ".up.sql");
  for (size_t i = skip; i < ups.size(); ++i)
    out += "==> " + fs::path(ups[i]).filename().string() + "\n" + read_file(ups[i]);
  return out;
}

// `before` applied through shale, `rows` inserted, the schema changed to
// `after` and its migrations written and applied; `ahead` runs just before
// they are applied.
// `lints_clean`: false for a change whose risk the linter must keep pointing
// out (rebuilding an enum rewrites the table and fails on rows it drops).
Online change_online(
    const TestDatabase& db, const std::string& before, const std::string& rows, const std::string& after,
    const std::function<void()>& ahead = [] {}, bool lints_clean = true) {
  Online o;
  o.dir = temp_dir("shale_online_");
  std::string url = " --url " + db.url();
  REQUIRE(shale_cmd(o.dir, "init --dialect postgres").exit_code == 0);
  write_text(o.dir + "/schema/app.sql", before);
  write_text(o.dir + "/before.sql", before);
  REQUIRE(shale_cmd(o.dir, "diff first").exit_code == 0);
  REQUIRE(shale_cmd(o.dir, "apply" + url).exit_code == 0);
  if (!rows.empty()) db.execute(rows);
  size_t first = files_in(o.dir + "/migrations", ".up.sql").size();

  write_text(o.dir + "/schema/app.sql", after);
  auto d = shale_cmd(o.dir, "diff change");
  o.diff_output = d.output;
  o.written = all_ups(o.dir, first);
  o.files = files_in(o.dir + "/migrations", ".up.sql").size() - first;
  INFO(d.output << o.written);
  REQUIRE(d.exit_code == 0);
  // What shale writes passes shale's own lint.
  if (lints_clean) {
    CHECK(d.output.find("error[") == std::string::npos);
    CHECK(d.output.find("warning[") == std::string::npos);
    auto lint = shale_cmd(o.dir, "lint");
    INFO(lint.output);
    CHECK(lint.exit_code == 0);
  }

  ahead();
  auto applied = shale_cmd(o.dir, "apply" + url);
  INFO(applied.output);
  REQUIRE(applied.exit_code == 0);
  auto converged = shale_cmd(o.dir, "plan --format sql --from " + db.url() + " --to schema");
  INFO(converged.output);
  CHECK(converged.exit_code == 0);
  CHECK(converged.output.empty());
  return o;
}

// The down files of the change bring the first schema back.
void roll_back(const TestDatabase& db, const Online& o) {
  auto rolled = shale_cmd(o.dir, "rollback --url " + db.url());
  INFO(rolled.output);
  REQUIRE(rolled.exit_code == 0);
  auto back = shale_cmd(o.dir, "plan --format sql --from " + db.url() + " --to before.sql");
  INFO(back.output);
  CHECK(back.output.empty());
}

const char* kUsers =
    "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, name text);\n";
const char* kUserRows =
    "INSERT INTO users (email, name) VALUES ('a@example.com', 'Ann'), ('b@example.com', 'Bob'), ('c@example.com', "
    "'Cy');";

}  // namespace

TEST_CASE("online: a new index on a table with rows is built concurrently, outside a transaction", "[postgres]") {
  TestDatabase db(cluster_url_or_exit(), "online_index");
  auto o =
      change_online(db, kUsers, kUserRows, std::string(kUsers) + "CREATE INDEX users_email_idx ON users (email);\n");
  CHECK(o.files == 1);
  CHECK(o.written.find(
            "-- shale:no-transaction\nCREATE INDEX CONCURRENTLY users_email_idx ON users USING btree (email);\n") !=
        std::string::npos);
  CHECK(scalar(db.url(), "SELECT indisvalid FROM pg_index WHERE indexrelid = 'users_email_idx'::regclass") == "t");
  CHECK(scalar(db.url(), "SELECT count(*) FROM users") == "3");
  db.execute("INSERT INTO users (email) VALUES ('d@example.com')");
  roll_back(db, o);
}

TEST_CASE("online: a dropped index goes concurrently", "[postgres]") {
  TestDatabase db(cluster_url_or_exit(), "online_drop_index");
  auto o =
      change_online(db, std::string(kUsers) + "CREATE INDEX users_email_idx ON users (email);\n", kUserRows, kUsers);
  CHECK(o.written.find("-- shale:no-transaction\nDROP INDEX CONCURRENTLY users_email_idx;\n") != std::string::npos);
  CHECK(scalar(db.url(), "SELECT to_regclass('users_email_idx') IS NULL") == "t");
  roll_back(db, o);
  CHECK(scalar(db.url(), "SELECT to_regclass('users_email_idx') IS NOT NULL") == "t");
}

TEST_CASE("online: a unique constraint adopts a unique index built concurrently", "[postgres]") {
  TestDatabase db(cluster_url_or_exit(), "online_unique");
  auto o = change_online(db, kUsers, kUserRows,
                         "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL "
                         "UNIQUE, name text);\n");
  CHECK(o.files == 2);
  size_t build = o.written.find("CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);");
  size_t adopt = o.written.find("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;");
  CHECK(build != std::string::npos);
  CHECK(adopt != std::string::npos);
  CHECK(build < adopt);
  CHECK(scalar(db.url(), "SELECT contype FROM pg_constraint WHERE conname = 'users_email_key'") == "u");
  CHECK(scalar(db.url(), "SELECT count(*) FROM users") == "3");
  CHECK_THROWS(db.execute("INSERT INTO users (email) VALUES ('a@example.com')"));
  db.execute("INSERT INTO users (email) VALUES ('d@example.com')");
  roll_back(db, o);
}

TEST_CASE("online: a primary key added to a table with rows adopts its index", "[postgres]") {
  TestDatabase db(cluster_url_or_exit(), "online_pkey");
  const char* before = "CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL DEFAULT now());\n";
  auto o =
      change_online(db, before, "INSERT INTO events (id) SELECT g FROM generate_series(1, 50) g;",
                    "CREATE TABLE events (id bigint NOT NULL PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());\n");
  CHECK(o.written.find("ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;") != std::string::npos);
  CHECK(scalar(db.url(), "SELECT contype FROM pg_constraint WHERE conname = 'events_pkey'") == "p");
  CHECK(scalar(db.url(), "SELECT count(*) FROM events") == "50");
  db.execute("INSERT INTO events (id) VALUES (51)");
  roll_back(db, o);
}

TEST_CASE("online: foreign keys and checks are added NOT VALID and validated in a later transaction", "[postgres]") {
  TestDatabase db(cluster_url_or_exit(), "online_fk_check");
  std::string orgs = "CREATE TABLE orgs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);\n";
  std::string before =
      orgs +
      "CREATE TABLE members (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, org_id bigint NOT NULL, "
      "email text NOT NULL);\nCREATE INDEX members_org_id_idx ON members (org_id);\n";
  std::string after =
      orgs +
      "CREATE TABLE members (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, org_id bigint NOT NULL "
      "REFERENCES orgs, email text NOT NULL CHECK (length(email) > 3));\n"
      "CREATE INDEX members_org_id_idx ON members (org_id);\n";
  auto o = change_online(db, before,
                         "INSERT INTO orgs (name) VALUES ('acme'), ('initech');"
                         "INSERT INTO members (org_id, email) VALUES (1, 'a@acme'), (2, 'b@initech');",
                         after);
  size_t fk = o.written.find("FOREIGN KEY (org_id) REFERENCES orgs (id) NOT VALID;");
  size_t check = o.written.find("CHECK (length(email) > 3) NOT VALID;");
  size_t validate = o.written.find("VALIDATE CONSTRAINT members_org_id_fkey;");
  CHECK(fk != std::string::npos);
  CHECK(check != std::string::npos);
  REQUIRE(validate != std::string::npos);
  // Validated in a file of its own, after the one that added it.
  CHECK(o.written.rfind("==> ", validate) > fk);
  CHECK(scalar(db.url(), "SELECT bool_and(convalidated) FROM pg_constraint WHERE conrelid = 'members'::regclass") ==
        "t");
  CHECK(scalar(db.url(), "SELECT count(*) FROM members") == "2");
  CHECK_THROWS(db.execute("INSERT INTO members (org_id, email) VALUES (99, 'x@nowhere')"));
  db.execute("INSERT INTO members (org_id, email) VALUES (1, 'c@acme')");
  roll_back(db, o);
}

TEST_CASE("online: SET NOT NULL goes through a validated check and leaves no check behind", "[postgres]") {
  TestDatabase db(cluster_url_or_exit(), "online_not_null");
  auto o = change_online(db, kUsers, kUserRows,
                         "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, "
                         "name text NOT NULL);\n");
  size_t check = o.written.find("ADD CONSTRAINT users_name_not_null CHECK (name IS NOT NULL) NOT VALID;");
  size_t set = o.written.find("ALTER TABLE users ALTER COLUMN name SET NOT NULL;");
  CHECK(check != std::string::npos);
  REQUIRE(set != std::string::npos);
  CHECK(o.written.rfind("==> ", set) > check);
  CHECK(scalar(db.url(),
               "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'users'::regclass AND attname = 'name'") == "t");
  CHECK(scalar(db.url(), "SELECT count(*) FROM pg_constraint WHERE conname = 'users_name_not_null'") == "0");
  CHECK(scalar(db.url(), "SELECT string_agg(name, ',' ORDER BY id) FROM users") == "Ann,Bob,Cy");
  roll_back(db, o);
}

TEST_CASE("online: widening a varchar rewrites nothing and says so", "[postgres]") {
  TestDatabase db(cluster_url_or_exit(), "online_varchar");
  std::string relfilenode;
  auto o = change_online(
      db, "CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, code varchar(10) NOT NULL);\n",
      "INSERT INTO items (code) VALUES ('A-1'), ('B-2');",
      "CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, code varchar(20) NOT NULL);\n",
      [&] { relfilenode = scalar(db.url(), "SELECT relfilenode FROM pg_class WHERE relname = 'items'"); });
  CHECK(o.written.find("ALTER TABLE items ALTER COLUMN code TYPE character varying(20);") != std::string::npos);
  CHECK(o.written.find("table-rewrite") == std::string::npos);
  // The same file on disk: PostgreSQL did not rewrite the table.
  CHECK(scalar(db.url(), "SELECT relfilenode FROM pg_class WHERE relname = 'items'") == relfilenode);
  db.execute("INSERT INTO items (code) VALUES ('C-3-LONGER-CODE')");
  CHECK(scalar(db.url(), "SELECT count(*) FROM items") == "3");
}

TEST_CASE("online: serial to identity keeps counting from where the sequence was", "[postgres]") {
  TestDatabase db(cluster_url_or_exit(), "online_identity");
  auto o = change_online(
      db, "CREATE TABLE tickets (id serial PRIMARY KEY, title text NOT NULL);\n",
      "INSERT INTO tickets (title) VALUES ('one'), ('two'), ('three');",
      "CREATE TABLE tickets (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, title text NOT NULL);\n");
  db.execute("INSERT INTO tickets (title) VALUES ('four')");
  CHECK(scalar(db.url(), "SELECT id FROM tickets WHERE title = 'four'") == "4");
  CHECK(scalar(db.url(), "SELECT to_regclass('tickets_id_seq') IS NULL") == "t");
  // Back to serial: its new sequence goes on from the identity's.
  roll_back(db, o);
  db.execute("INSERT INTO tickets (title) VALUES ('five')");
  CHECK(scalar(db.url(), "SELECT id FROM tickets WHERE title = 'five'") == "5");
}

TEST_CASE("online: lint --fix rewrites a hand-written migration into online steps that build the same schema",
          "[postgres]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase as_written(cluster, "fix_as_written"), fixed(cluster, "fix_fixed");
  std::string p = temp_dir("shale_lint_fix_");
  REQUIRE(shale_cmd(p, "init --dialect postgres").exit_code == 0);
  write_text(p + "/migrations/20260101000000_users.up.sql",
             "CREATE TABLE orgs (id bigint PRIMARY KEY);\n"
             "CREATE TABLE users (id bigint PRIMARY KEY, org_id bigint, email text NOT NULL, name text);\n"
             "CREATE INDEX users_name_idx ON users (name);\n");
  write_text(p + "/migrations/20260101000000_users.down.sql", "DROP TABLE users;\nDROP TABLE orgs;\n");
  write_text(p + "/migrations/20260102000000_tighten.up.sql",
             "CREATE INDEX users_org_id_idx ON users (org_id);\n"
             "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);\n"
             "ALTER TABLE users ADD FOREIGN KEY (org_id) REFERENCES orgs (id);\n"
             "ALTER TABLE users ALTER COLUMN name SET NOT NULL;\n"
             "DROP INDEX users_name_idx;\n");
  write_text(p + "/migrations/20260102000000_tighten.down.sql", "SELECT 1;\n");
  REQUIRE(shale_cmd(p, "hash").exit_code == 0);
  std::string rows =
      "INSERT INTO orgs VALUES (1);"
      "INSERT INTO users VALUES (1, 1, 'a@example.com', 'Ann'), (2, NULL, 'b@example.com', 'Bob');";
  // As written: applied to one database.
  REQUIRE(shale_cmd(p, "apply --url " + as_written.url() + " --to 20260101000000").exit_code == 0);
  as_written.execute(rows);
  REQUIRE(shale_cmd(p, "apply --url " + as_written.url()).exit_code == 0);
  CHECK(shale_cmd(p, "lint").exit_code == 1);  // the hand-written file fails the lint

  auto fix = shale_cmd(p, "lint --fix migrations/20260102000000_tighten.up.sql");
  INFO(fix.output);
  REQUIRE(fix.exit_code == 0);
  CHECK(fix.output.find("migrations/20260102000000_tighten.up.sql:1:1: CREATE INDEX → CREATE INDEX CONCURRENTLY") !=
        std::string::npos);
  CHECK(files_in(p + "/migrations", ".up.sql").size() > 3);
  auto lint = shale_cmd(p, "lint");
  INFO(lint.output);
  CHECK(lint.exit_code == 0);
  CHECK(lint.output.find("warning[") == std::string::npos);

  // Fixed: applied to another database with the same rows.
  REQUIRE(shale_cmd(p, "apply --url " + fixed.url() + " --to 20260101000000").exit_code == 0);
  fixed.execute(rows);
  auto applied = shale_cmd(p, "apply --url " + fixed.url());
  INFO(applied.output);
  REQUIRE(applied.exit_code == 0);
  auto same = shale_cmd(p, "plan --format sql --from " + as_written.url() + " --to " + fixed.url());
  INFO(same.output);
  CHECK(same.exit_code == 0);
  CHECK(same.output.empty());
  CHECK(scalar(fixed.url(), "SELECT count(*) FROM pg_constraint WHERE conname = 'users_name_not_null'") == "0");
  // And back: the down files of the steps undo them.
  auto rolled = shale_cmd(p, "rollback --url " + fixed.url());
  INFO(rolled.output);
  CHECK(rolled.exit_code == 0);
  CHECK(scalar(fixed.url(), "SELECT to_regclass('users_name_idx') IS NOT NULL") == "t");
  CHECK(scalar(fixed.url(),
               "SELECT count(*) FROM pg_constraint WHERE conrelid = 'users'::regclass AND contype IN ('u', 'f')") ==
        "0");
}

TEST_CASE("online: an enum losing a value is rebuilt around its default, view and partial index, rows kept",
          "[postgres]") {
  TestDatabase db(cluster_url_or_exit(), "online_enum");
  auto schema = [](const std::string& values) {
    return "CREATE TYPE mood AS ENUM (" + values +
           ");\n"
           "CREATE TABLE people (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, m mood NOT "
           "NULL DEFAULT 'ok');\n"
           "CREATE INDEX people_happy_idx ON people (name) WHERE m = 'happy';\n"
           "CREATE VIEW happy_people AS SELECT id, name FROM people WHERE m = 'happy';\n";
  };
  auto o = change_online(
      db, schema("'sad', 'ok', 'happy'"), "INSERT INTO people (name, m) VALUES ('Ann', 'happy'), ('Bob', 'ok');",
      schema("'ok', 'happy'"), [] {}, false);
  CHECK(o.written.find("::text::") != std::string::npos);
  CHECK(o.written.find("CREATE INDEX CONCURRENTLY people_happy_idx") != std::string::npos);
  CHECK(scalar(db.url(), "SELECT string_agg(name || ':' || m, ',' ORDER BY id) FROM people") == "Ann:happy,Bob:ok");
  CHECK(scalar(db.url(), "SELECT count(*) FROM happy_people") == "1");
  db.execute("INSERT INTO people (name) VALUES ('Cy')");
  CHECK(scalar(db.url(), "SELECT m FROM people WHERE name = 'Cy'") == "ok");
}

TEST_CASE("online: a plan from a live database shows each table's size and ranks the hazards by it", "[postgres]") {
  TestDatabase db(cluster_url_or_exit(), "plan_sizes");
  db.execute(
      "CREATE TABLE big (id bigint PRIMARY KEY, v text); INSERT INTO big SELECT g, 'x' FROM generate_series(1, 50000) "
      "g;"
      "CREATE TABLE small (id bigint PRIMARY KEY, v text); INSERT INTO small VALUES (1, 'a'); ANALYZE big; ANALYZE "
      "small;");
  std::string p = temp_dir("shale_plan_sizes_");
  write_text(p + "/shale.toml", "dialect = \"postgres\"\n");
  write_text(p + "/to.sql",
             "CREATE TABLE big (id bigint PRIMARY KEY, v integer);\nCREATE TABLE small (id bigint PRIMARY KEY, v "
             "varchar(3));\n");
  auto plan = shale_cmd(p, "plan --from " + db.url() + " --to to.sql");
  INFO(plan.output);
  CHECK(plan.output.find("hazards by table size: public.big (~50k rows, ") != std::string::npos);
  CHECK(plan.output.find("), public.small (~1 row, 1 page: ") != std::string::npos);
  CHECK(plan.output.find("table public.big (~50k rows, ") != std::string::npos);
  auto json = shale_cmd(p, "plan --format json --from " + db.url() + " --to to.sql");
  CHECK(json.output.find("\"rows\": 50000") != std::string::npos);
  // Offline, sizes are unknown and nothing is ranked.
  write_text(p + "/from.sql", "CREATE TABLE big (id bigint PRIMARY KEY, v text);\n");
  CHECK(shale_cmd(p, "plan --from from.sql --to to.sql").output.find("hazards by table size") == std::string::npos);
}
