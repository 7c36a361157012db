// The schema diff of `shale plan --format markdown` shows changes, not the
// order in which the desired state lists tables and columns (issue 14, 13).
#include <catch2/catch.hpp>
#include <fstream>

#include "shale_run.hpp"

using namespace shale::testing;

TEST_CASE("the markdown schema diff ignores table and column order that is no change") {
  std::string dir = fresh_temp_dir("shale_diff_order_");
  REQUIRE(run_shale(dir, "init --dialect postgres").exit_code == 0);
  std::ofstream(dir + "/schema/app.sql") << "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n"
                                            "CREATE TABLE teams (id bigint PRIMARY KEY);\n";
  REQUIRE(run_shale(dir, "diff create_users").exit_code == 0);
  // Reordered tables, a column added in the middle: two real changes.
  std::ofstream(dir + "/schema/app.sql", std::ios::trunc)
      << "CREATE TABLE teams (id bigint PRIMARY KEY, label text);\n"
         "CREATE TABLE users (id bigint PRIMARY KEY, name text, email text);\n";
  auto md = run_shale(dir, "plan --format markdown", "NO_COLOR=1 ");
  INFO(md.out << md.err);
  REQUIRE(md.exit_code == 0);
  std::string diff = md.out.substr(md.out.find("```diff"));
  CHECK(diff.find("+    name text,") != std::string::npos);
  CHECK(diff.find("+    label text,") != std::string::npos);
  CHECK(diff.find("-    email text,") == std::string::npos);
  CHECK(diff.find("-CREATE TABLE") == std::string::npos);
  CHECK(diff.find("+CREATE TABLE") == std::string::npos);
}
