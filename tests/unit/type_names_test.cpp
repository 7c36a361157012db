#include <catch2/catch.hpp>

#include "diff/diff.hpp"
#include "load/pg_sql/load_pg_sql.hpp"
#include "util/error.hpp"

using namespace shale;

namespace {
std::string type_of(const std::string& spelled, const std::string& prelude = "") {
  auto schema = load::pg_sql::load({{"t.sql", prelude + "CREATE TABLE t (c " + spelled + ");"}});
  return schema.tables.at(0).columns.at(0).type;
}
}  // namespace

TEST_CASE("every spelling of a built-in type has format_type's canonical name") {
  CHECK(type_of("int") == "integer");
  CHECK(type_of("int4") == "integer");
  CHECK(type_of("integer") == "integer");
  CHECK(type_of("int8") == "bigint");
  CHECK(type_of("int2") == "smallint");
  CHECK(type_of("float4") == "real");
  CHECK(type_of("float") == "double precision");
  CHECK(type_of("float8") == "double precision");
  CHECK(type_of("bool") == "boolean");
  CHECK(type_of("varchar(10)") == "character varying(10)");
  CHECK(type_of("character varying") == "character varying");
  CHECK(type_of("char(3)") == "character(3)");
  CHECK(type_of("char") == "character(1)");
  CHECK(type_of("numeric(10,2)") == "numeric(10,2)");
  CHECK(type_of("decimal(5)") == "numeric(5,0)");
  CHECK(type_of("timestamptz") == "timestamp with time zone");
  CHECK(type_of("timestamp with time zone") == "timestamp with time zone");
  CHECK(type_of("timestamp(3)") == "timestamp(3) without time zone");
  CHECK(type_of("time") == "time without time zone");
  CHECK(type_of("timetz") == "time with time zone");
  CHECK(type_of("int[]") == "integer[]");
  CHECK(type_of("text[][]") == "text[]");
  CHECK(type_of("varbit(4)") == "bit varying(4)");
  CHECK(type_of("jsonb") == "jsonb");
  CHECK(type_of("citext", "CREATE EXTENSION citext;") == "public.citext");
  CHECK(type_of("\"Mood\"", "CREATE TYPE \"Mood\" AS ENUM ('a');") == "public.\"Mood\"");
}

TEST_CASE("a column of a type that does not exist is an error at the type, as PostgreSQL reports it") {
  try {
    load::pg_sql::load({{"t.sql", "CREATE TABLE t (\n  c mood\n);"}});
    FAIL("loaded a column of a missing type");
  } catch (const UserError& e) {
    CHECK(std::string(e.what()) == "type \"mood\" does not exist");
    CHECK(e.pos().str() == "t.sql:2:5");
  }
  // With an extension in the schema, an unknown type may be the extension's.
  CHECK(type_of("hstore", "CREATE EXTENSION hstore;") == "public.hstore");
}

TEST_CASE("serial columns become integer + owned sequence + nextval default") {
  auto schema = load::pg_sql::load({{"t.sql", "CREATE TABLE t (id bigserial PRIMARY KEY);"}});
  const auto& c = schema.tables.at(0).columns.at(0);
  CHECK(c.type == "bigint");
  CHECK(c.not_null);
  CHECK(c.default_value.text == "nextval('t_id_seq'::regclass)");
  REQUIRE(schema.sequences.size() == 1);
  CHECK(schema.sequences[0].name.name == "t_id_seq");
  CHECK(schema.sequences[0].owned_by_column == "id");
}

TEST_CASE("migration replay accepts data changes, SET, NOT VALID and VALIDATE, and desired state does not") {
  std::string migration =
      "SET lock_timeout = '5s';\n"
      "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, status text);\n"
      "CREATE TABLE users (id bigint PRIMARY KEY);\n"
      "UPDATE orders SET status = 'new' WHERE status IS NULL;\n"
      "ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
      "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;\n"
      "CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);\n";
  auto replayed = load::pg_sql::load({{"m.up.sql", migration}}, load::pg_sql::Source::migrations);
  auto desired = load::pg_sql::load({{"d.sql",
                                      "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, status text);\n"
                                      "CREATE TABLE users (id bigint PRIMARY KEY);\n"
                                      "ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id);\n"
                                      "CREATE INDEX orders_user_id_idx ON orders (user_id);\n"}});
  CHECK(diff::diff(replayed, desired, {}).empty());
  CHECK_THROWS_WITH(load::pg_sql::load({{"d.sql", "SET search_path = app;\n"}}),
                    "unsupported SET search_path in desired state");
  CHECK_THROWS_WITH(load::pg_sql::load({{"d.sql", "CREATE TABLE t (a int);\nUPDATE t SET a = 1;\n"}}),
                    "data statement UpdateStmt in desired state; put data in seeds/");
}

TEST_CASE("inputs the fuzzer found are user errors, not crashes") {
  // OWNED BY with a bare name (the rest commented out) indexed names[-1].
  CHECK_THROWS_AS(load::pg_sql::load({{"f.sql", "CREATE SEQUENCE s OWNED BY publi--c.t.id\n;"}}), UserError);
  CHECK_THROWS_AS(load::pg_sql::load({{"f.sql", "COMMENT ON COLUMN x IS 'a';"}}), UserError);
}

TEST_CASE("invalid UTF-8 is a user error with its position") {
  try {
    load::pg_sql::load({{"u.sql", "CREATE TABLE t (\n  s\x97\x9a int);\n"}});
    FAIL("expected an error");
  } catch (const UserError& e) {
    CHECK(e.pos().str() == "u.sql:2:4");
    CHECK(std::string(e.what()) == "invalid UTF-8 byte sequence");
  }
}
