// The Dialect seam: which dialect a URL or a project's name picks, and the
// answers that differ between PostgreSQL and SQLite.
#include <catch2/catch.hpp>

#include "dialect/dialect.hpp"
#include "lint/registry.hpp"
#include "util/error.hpp"

using namespace shale;

TEST_CASE("a state URL picks the dialect that reads it") {
  CHECK(dialect::reading_url("postgres://u@h/db")->id() == plan::Dialect::postgres);
  CHECK(dialect::reading_url("postgresql://u@h/db")->id() == plan::Dialect::postgres);
  CHECK(dialect::reading_url("sqlite://db/dev.sqlite3")->id() == plan::Dialect::sqlite);
  CHECK(dialect::reading_url("mysql://h/db") == nullptr);
  CHECK(dialect::reading_url("schema/") == nullptr);
  CHECK(dialect::named("sqlite").id() == plan::Dialect::sqlite);
  CHECK(std::string(dialect::named("postgres").name()) == "postgres");
  CHECK_THROWS_AS(dialect::named("oracle"), UserError);
  CHECK_THROWS_WITH(dialect::open_engine("mysql://h/db", "shale_migrations", migrate::Create::never),
                    Catch::Contains("unsupported database URL scheme \"mysql\""));
}

TEST_CASE("SQLite ends a statement whose last line is a comment on a line of its own") {
  CHECK(dialect::sqlite().terminated("CREATE VIEW v AS SELECT 1 -- one") == "CREATE VIEW v AS SELECT 1 -- one\n;\n");
  CHECK(dialect::sqlite().terminated("CREATE VIEW v AS SELECT 1") == "CREATE VIEW v AS SELECT 1;\n");
  CHECK(dialect::postgres().terminated("CREATE VIEW v AS SELECT 1 -- one") == "CREATE VIEW v AS SELECT 1 -- one;\n");
}

TEST_CASE("each dialect lists the lint rules its projects get") {
  const lint::Rule* rebuild = lint::find_rule("sqlite-table-rebuild");
  const lint::Rule* concurrently = lint::find_rule("create-index-non-concurrently");
  REQUIRE(rebuild);
  REQUIRE(concurrently);
  CHECK(dialect::sqlite().rule_summary(*rebuild) != nullptr);
  CHECK(dialect::postgres().rule_summary(*rebuild) == nullptr);
  CHECK(dialect::sqlite().rule_summary(*concurrently) == nullptr);
  CHECK(dialect::postgres().rule_summary(*concurrently) == std::string(concurrently->summary));
}

TEST_CASE("a Replay grows one migration at a time in either dialect") {
  for (const dialect::Dialect* d : {&dialect::postgres(), &dialect::sqlite()}) {
    auto replay = d->replay();
    replay->add({"1.up.sql", "CREATE TABLE users (id integer PRIMARY KEY);"});
    CHECK(replay->current().tables.size() == 1);
    replay->add({"2.up.sql", "CREATE TABLE orders (id integer PRIMARY KEY);"});
    CHECK(replay->current().tables.size() == 2);
    CHECK_THROWS_AS(replay->add({"3.up.sql", "DROP TABLE nowhere;"}), UserError);
  }
}
