// shale's own protobuf codec (src/pgsql/wire.*) against protobuf-c's runtime,
// and its reader of libpg_query's JSON trees (src/pgsql/json_tree.*) against
// the protobuf form: the same bytes and the same trees, on every statement of
// the PostgreSQL case corpus and on SQL chosen for the corners.
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "migrate/directory.hpp"
#include "pgsql/json_tree.hpp"
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
// against protobuf-c on its packed tree, and, when json_tree_is_exact says
// so, the JSON reader. Returns false if it does not parse.
bool check_round_trips(const std::string& sql, int* json_checked = nullptr) {
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

  // The JSON form of the same parse reads into the same tree.
  if (!pg::json_tree_is_exact(sql)) return true;
  PgQueryParseResult json = pg_query_parse(sql.c_str());
  std::unique_ptr<PgQueryParseResult, void (*)(PgQueryParseResult*)> json_guard(
      &json, [](PgQueryParseResult* r) { pg_query_free_parse_result(*r); });
  REQUIRE(!json.error);
  PgQuery__ParseResult* from_json = pg::read_json_tree(json.parse_tree, strlen(json.parse_tree), arena);
  CHECK(pg::encode(&from_json->base) == original);
  if (json_checked) ++*json_checked;
  return true;
}

// Each statement of `sql`, as shale parses large files.
std::vector<std::string> statements_of(const std::string& sql) {
  std::vector<std::string> out;
  PgQuerySplitResult split = pg_query_split_with_scanner(sql.c_str());
  if (!split.error)
    for (int i = 0; i < split.n_stmts; ++i)
      out.push_back(sql.substr(size_t(split.stmts[i]->stmt_location), size_t(split.stmts[i]->stmt_len)));
  pg_query_free_split_result(split);
  return out;
}

}  // namespace

TEST_CASE("the wire codec agrees with protobuf-c on SQL chosen for its corners") {
  const char* statements[] = {
      "SELECT 1",
      "SELECT -1, -2147483648, 2147483647, 9223372036854775807, 1.5e300, -0.5, x'ff', b'101'",
      "SELECT '', 'é ü ✓ 𝄞', E'a\\nb\\t\\\\ \\x01 \"q\" <>&', $$dollar$$, U&'\\0041'",
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

TEST_CASE("the wire codec and the JSON reader agree with protobuf-c on the PostgreSQL case corpus") {
  namespace fs = std::filesystem;
  int statements = 0, json_checked = 0;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(SHALE_SOURCE_DIR) / "tests" / "cases" / "pg")) {
    if (e.path().extension() != ".sql") continue;
    INFO(e.path());
    for (const std::string& sql : statements_of(shale::migrate::read_text_file(e.path().string()))) {
      INFO(sql);
      if (check_round_trips(sql, &json_checked)) ++statements;
    }
  }
  CHECK(statements > 1000);
  CHECK(json_checked > 500);
}

TEST_CASE("JSON trees with negative integers are not taken as exact") {
  for (const char* sql : {"SELECT -1", "SELECT 1 - 2", "CREATE TABLE t (a int[])", "CREATE TABLE t (a int ARRAY)",
                          "CREATE SEQUENCE s INCREMENT BY -1", "select '{}'::Array"}) {
    INFO(sql);
    CHECK_FALSE(pg::json_tree_is_exact(sql));
  }
  CHECK(pg::json_tree_is_exact("CREATE TABLE t (a int DEFAULT 0, b text CHECK (b <> ''))"));
}
