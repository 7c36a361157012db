// Inputs the sqlite_load_fuzz target once failed on. Those in tests/unit/data/
// sqlite_roundtrip/ load, and the SQL shale renders for them rebuilds the same
// schema; those in sqlite_refused/ are refused with a clear error.
#include <catch2/catch.hpp>

#include <filesystem>

#include "load/sqlite/execute_sql.hpp"
#include "migrate/directory.hpp"
#include "plan/plan.hpp"

using namespace shale;

TEST_CASE("SQLite schemas found by fuzzing round-trip through shale's rendering") {
  int files = 0;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(SHALE_SOURCE_DIR) + "/tests/unit/data/sqlite_roundtrip")) {
    ++files;
    INFO(e.path());
    auto schema = load::sqlite::load({{e.path().string(), migrate::read_text_file(e.path().string())}});
    std::string sql = plan::script(plan::make_plan(plan::Dialect::sqlite, {}, schema, {}));
    INFO(sql);
    auto again = load::sqlite::load({{"rendered.sql", sql}});
    CHECK(plan::make_plan(plan::Dialect::sqlite, schema, again, {}).empty());
  }
  CHECK(files >= 3);
}

TEST_CASE("SQLite declared types shale cannot write back are refused with the table and column") {
  int files = 0;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(SHALE_SOURCE_DIR) + "/tests/unit/data/sqlite_refused")) {
    ++files;
    INFO(e.path());
    CHECK_THROWS_WITH(load::sqlite::load({{e.path().string(), migrate::read_text_file(e.path().string())}}),
                      Catch::Contains("declared type") && Catch::Contains("is not supported"));
  }
  CHECK(files >= 3);
}
