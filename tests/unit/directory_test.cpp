#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "migrate/directory.hpp"
#include "migrate/sha256.hpp"
#include "util/error.hpp"

using namespace shale;
namespace fs = std::filesystem;

namespace {
std::string fresh_dir(const std::string& name) {
  std::string d = "/tmp/shale_dir_" + name;
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}
void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }
}  // namespace

TEST_CASE("sha256 matches the known digest") {
  CHECK(migrate::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("shale.sum has the documented format and catches edits") {
  std::string d = fresh_dir("sum");
  write(d + "/20260101000000_a.up.sql", "CREATE TABLE a (id int);\n");
  write(d + "/20260101000000_a.down.sql", "DROP TABLE a;\n");
  migrate::Directory dir(d);
  dir.write_sum();
  std::string body = "20260101000000_a.down.sql " + migrate::sha256_hex("DROP TABLE a;\n") + "\n" +
                     "20260101000000_a.up.sql " + migrate::sha256_hex("CREATE TABLE a (id int);\n") + "\n";
  CHECK(migrate::read_text_file(d + "/shale.sum") == "total " + migrate::sha256_hex(body) + "\n" + body);
  CHECK_NOTHROW(dir.verify_sum());
  write(d + "/20260101000000_a.up.sql", "CREATE TABLE a (id bigint);\n");
  CHECK_THROWS_WITH(dir.verify_sum(), Catch::Contains("20260101000000_a.up.sql does not match shale.sum"));
}

TEST_CASE("migration names and versions") {
  CHECK_NOTHROW(migrate::check_migration_name("add_user_email"));
  CHECK_THROWS(migrate::check_migration_name("AddUserEmail"));
  CHECK_THROWS(migrate::check_migration_name("add-user"));
  CHECK_THROWS(migrate::check_migration_name("1st"));
  std::string d = fresh_dir("versions");
  migrate::Directory dir(d);
  CHECK(dir.next_version("20261201120000") == "20261201120000");
  write(d + "/20261201120000_a.up.sql", "");
  CHECK(dir.next_version("20261201120000") == "20261201120001");
  write(d + "/20261231235959_b.up.sql", "");
  CHECK(dir.next_version("20261201120000") == "20270101000000");
  write(d + "/Bad_Name.up.sql", "");
  CHECK_THROWS_AS(dir.migrations(), UserError);
}

TEST_CASE("directives are read from leading comment lines only") {
  auto d = migrate::read_directives("-- generated\n-- shale:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);\n");
  CHECK(d.no_transaction);
  CHECK_FALSE(d.irreversible);
  auto late = migrate::read_directives("SELECT 1;\n-- shale:no-transaction\n");
  CHECK_FALSE(late.no_transaction);
}
