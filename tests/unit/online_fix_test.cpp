// lint --fix's rewrite of hand-written migrations into the online forms.
#include <catch2/catch.hpp>

#include "fix/online_fix.hpp"
#include "load/pg_sql/load_pg_sql.hpp"

using namespace shale;

namespace {
model::Schema before() {
  return load::pg_sql::load(
      {{"before.sql",
        "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text, org_id bigint);\n"
        "CREATE TABLE orgs (id bigint PRIMARY KEY);\nCREATE INDEX users_name_idx ON users (name);\n"}});
}
}  // namespace

TEST_CASE("lint --fix cuts a migration into the online steps") {
  std::string text =
      "CREATE INDEX users_email_idx ON users (email);\n"
      "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email), ADD COLUMN age int;\n"
      "ALTER TABLE users ADD FOREIGN KEY (org_id) REFERENCES orgs (id);\n"
      "ALTER TABLE users ALTER COLUMN name SET NOT NULL;\n"
      "DROP INDEX users_name_idx;\n";
  fix::Fixed f = fix::fix_online("m.up.sql", text, before(), "5s");
  REQUIRE(f.changed());
  CHECK(f.notes.size() == 5);
  CHECK(f.notes[0].rfind("m.up.sql:1:1: CREATE INDEX → CREATE INDEX CONCURRENTLY", 0) == 0);
  // In the file's order: a step ends where a statement must run alone.
  REQUIRE(f.steps.size() == 6);
  CHECK(f.steps[0].outside_transaction);
  CHECK(f.steps[0].sql == "CREATE INDEX CONCURRENTLY users_email_idx ON users USING btree (email);\n");
  CHECK(f.steps[1].sql == "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN age int;\n");
  CHECK(f.steps[2].outside_transaction);
  CHECK(f.steps[2].sql == "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n");
  CHECK_FALSE(f.steps[3].outside_transaction);
  CHECK(f.steps[3].sql ==
        "SET lock_timeout = '5s';\n"
        "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;\n"
        "ALTER TABLE users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES orgs (id) NOT VALID;\n"
        "ALTER TABLE users ADD CONSTRAINT users_name_not_null CHECK (name IS NOT NULL) NOT VALID;\n");
  CHECK(f.steps[4].outside_transaction);
  CHECK(f.steps[4].sql == "DROP INDEX CONCURRENTLY users_name_idx;\n");
  CHECK(f.steps[5].sql ==
        "SET lock_timeout = '5s';\n"
        "ALTER TABLE users VALIDATE CONSTRAINT users_org_id_fkey;\n"
        "ALTER TABLE users VALIDATE CONSTRAINT users_name_not_null;\n"
        "ALTER TABLE users ALTER COLUMN name SET NOT NULL;\n"
        "ALTER TABLE users DROP CONSTRAINT users_name_not_null;\n");
}

TEST_CASE("lint --fix leaves tables the migration creates, and safe files, alone") {
  std::string text =
      "CREATE TABLE t (id int PRIMARY KEY);\nCREATE INDEX t_id_idx ON t (id);\nALTER TABLE t ALTER COLUMN id SET NOT "
      "NULL;\n";
  fix::Fixed f = fix::fix_online("m.up.sql", text, before(), "5s");
  CHECK_FALSE(f.changed());
  REQUIRE(f.steps.size() == 1);
  CHECK(f.steps[0].sql == text);
}
