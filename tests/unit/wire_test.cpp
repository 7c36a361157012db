// shale's own protobuf codec (src/pgsql/wire.*) against protobuf-c's runtime:
// the same bytes and the same trees, on every statement of the PostgreSQL
// case corpus and on SQL chosen for the wire's corners.
#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <string>

#include "migrate/directory.hpp"
#include "pgsql/parse_tree.hpp"
#include "pgsql/wire.hpp"

namespace pg = shale::pgsql;

namespace {

std::string protobuf_c_pack(const ProtobufCMessage* msg) {
  std::string bytes(protobuf_c_message_get_packed_size(msg), '\0');
  protobuf_c_message_pack(msg, reinterpret_cast<uint8_t*>(bytes.data()));
  return bytes;
}

// Parses `sql` with libpg_query and checks both directions of the codec
// against protobuf-c on its packed tree. Returns false if it does not parse.
bool check_round_trips(const std::string& sql) {
  PgQueryProtobufParseResult result = pg_query_parse_protobuf(sql.c_str());
  std::unique_ptr<PgQueryProtobufParseResult, void (*)(PgQueryProtobufParseResult*)> guard(
      &result, [](PgQueryProtobufParseResult* r) { pg_query_free_protobuf_parse_result(*r); });
  if (result.error) return false;
  const auto* data = reinterpret_cast<const uint8_t*>(result.parse_tree.data);
  std::string original(result.parse_tree.data, result.parse_tree.len);

  // decode() reads what protobuf-c reads: packing its tree with protobuf-c
  // gives the original bytes back.
  pg::Arena arena;
  ProtobufCMessage* ours = pg::decode(&pg_query__parse_result__descriptor, data, original.size(), arena);
  CHECK(protobuf_c_pack(ours) == original);

  // encode() writes what protobuf-c writes, from protobuf-c's own tree.
  ProtobufCMessage* theirs =
      protobuf_c_message_unpack(&pg_query__parse_result__descriptor, nullptr, original.size(), data);
  REQUIRE(theirs);
  CHECK(pg::encode(theirs) == original);
  CHECK(pg::encode(ours) == original);
  protobuf_c_message_free_unpacked(theirs, nullptr);
  return true;
}

}  // namespace

TEST_CASE("the wire codec agrees with protobuf-c on SQL chosen for its corners") {
  const char* statements[] = {
      "SELECT 1",
      "SELECT -1, -2147483648, 2147483647, 9223372036854775807, 1.5e300, -0.5, x'ff', b'101'",
      "SELECT '', 'é ü ✓', E'a\\nb', $$dollar$$",
      "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY (START 5 INCREMENT -3), a numeric(12,2) DEFAULT -1.5,"
      " b int[] NOT NULL DEFAULT '{}', c text COLLATE \"C\" CHECK (c <> ''), PRIMARY KEY (id))",
      "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON s.t USING gin (lower(a) text_pattern_ops DESC NULLS LAST)"
      " INCLUDE (b) WHERE a IS NOT NULL AND b BETWEEN 1 AND 3",
      "CREATE VIEW v AS WITH w AS (SELECT 1 AS a) SELECT a, count(*) FILTER (WHERE a > 0) OVER (PARTITION BY a)"
      " FROM w GROUP BY a HAVING a IN (1, 2) ORDER BY 1 DESC LIMIT 3",
      "CREATE FUNCTION f(a int, OUT b text) RETURNS SETOF record LANGUAGE sql STABLE AS $$ select 1 $$",
      "ALTER TABLE t ADD CONSTRAINT k FOREIGN KEY (a, b) REFERENCES u (x, y) ON DELETE SET NULL DEFERRABLE INITIALLY"
      " DEFERRED NOT VALID",
  };
  for (const char* sql : statements) {
    INFO(sql);
    CHECK(check_round_trips(sql));
  }
}

TEST_CASE("the wire codec agrees with protobuf-c on the PostgreSQL case corpus") {
  namespace fs = std::filesystem;
  int files = 0;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(SHALE_SOURCE_DIR) / "tests" / "cases" / "pg")) {
    if (e.path().extension() != ".sql") continue;
    INFO(e.path());
    if (check_round_trips(shale::migrate::read_text_file(e.path().string()))) ++files;
  }
  CHECK(files > 100);
}
