// uuid-v4-primary-key through `shale lint` on a PostgreSQL migration: an error
// whose advice works on the PostgreSQL the project runs (issue 14, point 12).
#include <catch2/catch.hpp>

#include "shale_run.hpp"

using namespace shale::testing;

TEST_CASE("uuid-v4-primary-key stays an error and its advice names what works on PostgreSQL 15 to 17 and 18") {
  std::string dir = fresh_temp_dir("shale_uuid_rule_");
  sh(dir, "printf 'dialect = \"postgres\"\\n' > shale.toml && mkdir migrations");
  sh(dir,
     "printf 'CREATE TABLE sessions (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), user_id bigint NOT NULL);\\n'"
     " > migrations/20260101000000_sessions.up.sql && touch migrations/20260101000000_sessions.down.sql");
  auto v4 = run_shale(dir, "lint migrations/20260101000000_sessions.up.sql");
  INFO(v4.out << v4.err);
  CHECK(v4.exit_code == 1);
  CHECK(v4.out.find("error[uuid-v4-primary-key]") != std::string::npos);
  CHECK(v4.out.find("bigint GENERATED ALWAYS AS IDENTITY") != std::string::npos);
  CHECK(v4.out.find("uuidv7() on PostgreSQL 18+") != std::string::npos);
  CHECK(v4.out.find("15-17") != std::string::npos);

  sh(dir,
     "printf 'CREATE TABLE sessions (id uuid PRIMARY KEY DEFAULT uuidv7(), user_id bigint NOT NULL);\\n'"
     " > migrations/20260101000000_sessions.up.sql");
  auto v7 = run_shale(dir, "lint migrations/20260101000000_sessions.up.sql");
  INFO(v7.out << v7.err);
  CHECK(v7.out.find("uuid-v4-primary-key") == std::string::npos);
}
