// PostgreSQL desired-state inputs the pg_roundtrip_fuzz target found: shale
// accepted what PostgreSQL refuses, then could not load the SQL it rendered.
// Each is now an error at its position, as PostgreSQL reports it. The inputs
// themselves are replayed from tests/fuzz/pg_roundtrip_fuzz/.
#include <catch2/catch.hpp>

#include "load/pg_sql/load_pg_sql.hpp"
#include "util/error.hpp"

using namespace shale;

namespace {
std::string error_of(const std::string& sql) {
  try {
    load::pg_sql::load({{"f.sql", sql}});
  } catch (const UserError& e) {
    return e.pos().str() + ": " + e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("CREATE SEQUENCE … OWNED BY needs an existing table and column") {
  CHECK(error_of("CREATE TABLE items (id int);\nCREATE SEQUENCE s OWNED BY itemz.id;") ==
        "f.sql:2:1: table public.itemz does not exist");
  CHECK(error_of("CREATE TABLE items (id int);\nCREATE SEQUENCE s OWNED BY items.idd;") ==
        "f.sql:2:1: column idd does not exist");
  CHECK(error_of("CREATE TABLE items (id int);\nCREATE SEQUENCE s OWNED BY items.id;") == "no error");
}

TEST_CASE("a type modifier on a type without modifiers is an error at its column") {
  CHECK(error_of("CREATE TABLE t (\n  e float8(5,2)\n);") ==
        "f.sql:2:3: type modifier is not allowed for type double precision");
  CHECK(error_of("CREATE TABLE t (a int4(3));") == "f.sql:1:17: type modifier is not allowed for type integer");
  CHECK(error_of("CREATE TABLE t (a text(3));") == "f.sql:1:17: type modifier is not allowed for type text");
  CHECK(error_of("CREATE TABLE t (a varchar(3), b numeric(5,2), c timestamptz(3), d bit(2), e char(4));") ==
        "no error");
}
