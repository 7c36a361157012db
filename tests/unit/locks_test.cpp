// The lock table against PostgreSQL 15's documentation:
// https://www.postgresql.org/docs/15/explicit-locking.html (13.3.1: which
// commands take each mode; Table 13.2: which modes conflict) and
// https://www.postgresql.org/docs/15/sql-altertable.html (the lock level of
// each subcommand). tests/integration/locks_test.cpp checks a sample against
// pg_locks of a real server.
#include <catch2/catch.hpp>

#include <set>

#include "pgsql/locks.hpp"
#include "pgsql/parse_tree.hpp"

using namespace shale;
using pgsql::LockMode;
using pgsql::Work;
using M = LockMode;

namespace {
struct Facts {
  pgsql::LockFacts facts;
  // The mode on an object (by qualified name), none when not locked.
  LockMode on(const std::string& object, const std::string& kind = "") const {
    for (const auto& l : facts.locks)
      if (l.qualified() == object && (kind.empty() || l.kind == kind)) return l.mode;
    return LockMode::none;
  }
};

Facts facts(const std::string& sql) {
  auto parsed = pgsql::ParsedSql::parse(sql, "test.sql");
  REQUIRE(parsed->statements().size() == 1);
  return {pgsql::lock_facts(parsed->statements()[0].node)};
}
}  // namespace

TEST_CASE("Table 13.2: conflicting lock modes", "[locks]") {
  // Rows and columns in the documentation's order; 'X' where they conflict.
  const M modes[] = {M::access_share, M::row_share,           M::row_exclusive, M::share_update_exclusive,
                     M::share,        M::share_row_exclusive, M::exclusive,     M::access_exclusive};
  const char* table[] = {
      "       X",  // ACCESS SHARE
      "      XX",  // ROW SHARE
      "    XXXX",  // ROW EXCLUSIVE
      "   XXXXX",  // SHARE UPDATE EXCLUSIVE
      "  XX XXX",  // SHARE
      "  XXXXXX",  // SHARE ROW EXCLUSIVE
      " XXXXXXX",  // EXCLUSIVE
      "XXXXXXXX",  // ACCESS EXCLUSIVE
  };
  for (int a = 0; a < 8; ++a)
    for (int b = 0; b < 8; ++b) {
      INFO(pgsql::lock_mode_name(modes[a]) << " vs " << pgsql::lock_mode_name(modes[b]));
      CHECK(pgsql::lock_modes_conflict(modes[a], modes[b]) == (table[a][b] == 'X'));
    }
}

TEST_CASE("what each mode blocks, by the lock ordinary statements take", "[locks]") {
  // "ACCESS EXCLUSIVE … guarantees that the holder is the only transaction accessing the table"
  CHECK(pgsql::blocked_by(M::access_exclusive).reads);
  // EXCLUSIVE "allows only concurrent ACCESS SHARE locks, i.e., only reads"
  CHECK_FALSE(pgsql::blocked_by(M::exclusive).reads);
  CHECK(pgsql::blocked_by(M::exclusive).locking_reads);
  // SHARE "protects a table against concurrent data changes"
  CHECK(pgsql::blocked_by(M::share).writes);
  CHECK_FALSE(pgsql::blocked_by(M::share).reads);
  // SHARE UPDATE EXCLUSIVE "protects a table against concurrent schema changes and VACUUM runs"
  CHECK_FALSE(pgsql::blocked_by(M::share_update_exclusive).writes);
  CHECK(pgsql::blocked_by(M::share_update_exclusive).maintenance);
  CHECK(pgsql::blocked_text(M::access_exclusive) == "reads and writes");
  CHECK(pgsql::blocked_text(M::share) == "writes, not reads");
  CHECK(facts("DROP INDEX b").facts.describe() ==
        "ACCESS EXCLUSIVE on index b (blocks reads and writes); ACCESS EXCLUSIVE on the table of index b (blocks reads "
        "and writes)");
  CHECK(pgsql::blocked_names(M::share) == std::vector<std::string>{"writes", "maintenance", "ddl"});
  // Neither contains the other; the table never needs more than one of them per object.
  CHECK(pgsql::stronger(M::share, M::share_update_exclusive) == M::share);
  CHECK(pgsql::stronger(M::row_exclusive, M::access_exclusive) == M::access_exclusive);
  CHECK(pgsql::lock_mode_from_pg_locks("ShareRowExclusiveLock") == M::share_row_exclusive);
}

TEST_CASE("13.3.1: the commands that take each mode", "[locks]") {
  // ACCESS SHARE: "The SELECT command acquires a lock of this mode on referenced tables."
  CHECK(facts("SELECT * FROM users").on("public.users") == M::access_share);
  // ROW SHARE: "The SELECT command acquires a lock of this mode on all tables on which one of the
  // FOR UPDATE, FOR NO KEY UPDATE, FOR SHARE, or FOR KEY SHARE options is specified"
  CHECK(facts("SELECT * FROM users FOR UPDATE").on("public.users") == M::row_share);
  // ROW EXCLUSIVE: "The commands UPDATE, DELETE, INSERT, and MERGE acquire this lock mode on the target table"
  CHECK(facts("UPDATE users SET a = 1").on("public.users") == M::row_exclusive);
  CHECK(facts("INSERT INTO users VALUES (1)").on("public.users") == M::row_exclusive);
  CHECK(facts("DELETE FROM users").on("public.users") == M::row_exclusive);
  // SHARE UPDATE EXCLUSIVE: "Acquired by VACUUM (without FULL), ANALYZE, CREATE INDEX CONCURRENTLY,
  // CREATE STATISTICS, COMMENT ON, REINDEX CONCURRENTLY, and certain ALTER INDEX and ALTER TABLE variants"
  CHECK(facts("VACUUM users").on("public.users") == M::share_update_exclusive);
  CHECK(facts("ANALYZE users").on("public.users") == M::share_update_exclusive);
  CHECK(facts("CREATE INDEX CONCURRENTLY i ON users (a)").on("public.users") == M::share_update_exclusive);
  CHECK(facts("CREATE STATISTICS s ON a, b FROM users").on("public.users") == M::share_update_exclusive);
  CHECK(facts("COMMENT ON TABLE users IS 'x'").on("public.users") == M::share_update_exclusive);
  CHECK(facts("COMMENT ON COLUMN users.a IS 'x'").on("public.users") == M::share_update_exclusive);
  CHECK(facts("REINDEX TABLE CONCURRENTLY users").on("public.users") == M::share_update_exclusive);
  CHECK(facts("ALTER INDEX i RENAME TO j").on("i") == M::share_update_exclusive);
  // SHARE: "Acquired by CREATE INDEX (without CONCURRENTLY)."
  CHECK(facts("CREATE INDEX i ON users (a)").on("public.users") == M::share);
  // SHARE ROW EXCLUSIVE: "Acquired by CREATE TRIGGER and some forms of ALTER TABLE."
  CHECK(facts("CREATE TRIGGER t BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION f()").on("public.users") ==
        M::share_row_exclusive);
  // EXCLUSIVE: "Acquired by REFRESH MATERIALIZED VIEW CONCURRENTLY."
  CHECK(facts("REFRESH MATERIALIZED VIEW CONCURRENTLY mv").on("public.mv") == M::exclusive);
  // ACCESS EXCLUSIVE: "Acquired by the DROP TABLE, TRUNCATE, REINDEX, CLUSTER, VACUUM FULL, and
  // REFRESH MATERIALIZED VIEW (without CONCURRENTLY) commands. Many forms of ALTER INDEX and ALTER
  // TABLE also acquire a lock at this level. This is also the default lock mode for LOCK TABLE"
  CHECK(facts("DROP TABLE users").on("public.users") == M::access_exclusive);
  CHECK(facts("TRUNCATE users, orders").on("public.orders") == M::access_exclusive);
  CHECK(facts("REINDEX INDEX users_a").on("users_a", "index") == M::access_exclusive);
  CHECK(facts("CLUSTER users USING users_pkey").on("public.users") == M::access_exclusive);
  CHECK(facts("VACUUM (FULL) users").on("public.users") == M::access_exclusive);
  CHECK(facts("VACUUM FULL users").on("public.users") == M::access_exclusive);
  CHECK(facts("REFRESH MATERIALIZED VIEW mv").on("public.mv") == M::access_exclusive);
  CHECK(facts("LOCK TABLE users").on("public.users") == M::access_exclusive);
  CHECK(facts("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE").on("public.users") == M::share_row_exclusive);
  CHECK(facts("LOCK users IN ROW SHARE MODE").on("public.users") == M::row_share);
}

TEST_CASE("sql-altertable: the lock level of each subcommand", "[locks]") {
  // "An ACCESS EXCLUSIVE lock is acquired unless explicitly noted."
  CHECK(facts("ALTER TABLE users ADD COLUMN a int").on("public.users") == M::access_exclusive);
  CHECK(facts("ALTER TABLE users DROP COLUMN a").on("public.users") == M::access_exclusive);
  CHECK(facts("ALTER TABLE users ALTER COLUMN a TYPE bigint").on("public.users") == M::access_exclusive);
  CHECK(facts("ALTER TABLE users ALTER COLUMN a SET NOT NULL").on("public.users") == M::access_exclusive);
  CHECK(facts("ALTER TABLE users ALTER COLUMN a SET DEFAULT 1").on("public.users") == M::access_exclusive);
  CHECK(facts("ALTER TABLE users ADD CONSTRAINT c CHECK (a > 0) NOT VALID").on("public.users") == M::access_exclusive);
  CHECK(facts("ALTER TABLE users ADD CONSTRAINT u UNIQUE USING INDEX i").on("public.users") == M::access_exclusive);
  CHECK(facts("ALTER TABLE users RENAME TO people").on("public.users") == M::access_exclusive);
  CHECK(facts("ALTER TABLE users RENAME COLUMN a TO b").on("public.users") == M::access_exclusive);
  CHECK(facts("ALTER TABLE users SET SCHEMA other").on("public.users") == M::access_exclusive);
  // SET STATISTICS, SET ( attribute_option ): "requires only a SHARE UPDATE EXCLUSIVE lock"
  CHECK(facts("ALTER TABLE users ALTER COLUMN a SET STATISTICS 500").on("public.users") == M::share_update_exclusive);
  CHECK(facts("ALTER TABLE users ALTER COLUMN a SET (n_distinct = 10)").on("public.users") ==
        M::share_update_exclusive);
  // ADD table_constraint: "ADD FOREIGN KEY … requires only a SHARE ROW EXCLUSIVE lock on the table being altered"
  // and, for the referenced table, "a SHARE ROW EXCLUSIVE lock"
  auto fk = facts("ALTER TABLE orders ADD CONSTRAINT f FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID");
  CHECK(fk.on("public.orders") == M::share_row_exclusive);
  CHECK(fk.on("public.users") == M::share_row_exclusive);
  CHECK(fk.facts.work == Work::none);
  // VALIDATE CONSTRAINT: "only a SHARE UPDATE EXCLUSIVE lock on the table being altered"
  auto validate = facts("ALTER TABLE orders VALIDATE CONSTRAINT f");
  CHECK(validate.on("public.orders") == M::share_update_exclusive);
  CHECK(validate.facts.work == Work::scan);
  // DISABLE/ENABLE TRIGGER: "requires a SHARE ROW EXCLUSIVE lock"
  CHECK(facts("ALTER TABLE users DISABLE TRIGGER t").on("public.users") == M::share_row_exclusive);
  // CLUSTER ON / SET WITHOUT CLUSTER: "require only SHARE UPDATE EXCLUSIVE"
  CHECK(facts("ALTER TABLE users CLUSTER ON users_pkey").on("public.users") == M::share_update_exclusive);
  CHECK(facts("ALTER TABLE users SET WITHOUT CLUSTER").on("public.users") == M::share_update_exclusive);
  // SET ( storage_parameter ): "SHARE UPDATE EXCLUSIVE for fillfactor, toast and autovacuum storage parameters"
  CHECK(facts("ALTER TABLE users SET (fillfactor = 70, autovacuum_enabled = false)").on("public.users") ==
        M::share_update_exclusive);
  // ALTER INDEX … SET / RESET: the lock of its parameters in reloptions.c (PostgreSQL 15):
  // fillfactor and deduplicate_items SHARE UPDATE EXCLUSIVE, the others ACCESS EXCLUSIVE.
  CHECK(facts("ALTER INDEX i SET (fillfactor = 80, deduplicate_items = off)").on("i") == M::share_update_exclusive);
  CHECK(facts("ALTER INDEX i RESET (deduplicate_items)").on("i") == M::share_update_exclusive);
  CHECK(facts("ALTER INDEX i SET (fastupdate = off)").on("i") == M::access_exclusive);
  CHECK(facts("ALTER INDEX i SET (pages_per_range = 64)").on("i") == M::access_exclusive);
  CHECK(facts("ALTER TABLE users SET (user_catalog_table = true)").on("public.users") == M::access_exclusive);
  // ATTACH PARTITION: "SHARE UPDATE EXCLUSIVE on the parent", ACCESS EXCLUSIVE on the partition
  auto attach = facts("ALTER TABLE events ATTACH PARTITION events_2026 FOR VALUES FROM (1) TO (2)");
  CHECK(attach.on("public.events") == M::share_update_exclusive);
  CHECK(attach.on("public.events_2026") == M::access_exclusive);
  // DETACH PARTITION … CONCURRENTLY: SHARE UPDATE EXCLUSIVE, and not in a transaction block
  auto detach = facts("ALTER TABLE events DETACH PARTITION events_2026 CONCURRENTLY");
  CHECK(detach.on("public.events") == M::share_update_exclusive);
  CHECK_FALSE(detach.facts.transaction_block);
  // Several subcommands: the strongest lock wins.
  CHECK(facts("ALTER TABLE users ALTER COLUMN a SET STATISTICS 10, ADD COLUMN b int").on("public.users") ==
        M::access_exclusive);
}

TEST_CASE("which forms scan or rewrite the table", "[locks]") {
  // "Adding a column with a volatile DEFAULT or changing the type of an existing column will
  // require the entire table and its indexes to be rewritten."
  CHECK(facts("ALTER TABLE users ADD COLUMN a int DEFAULT 0").facts.work == Work::none);
  CHECK(facts("ALTER TABLE users ADD COLUMN a timestamptz DEFAULT now()").facts.work == Work::none);
  CHECK(facts("ALTER TABLE users ADD COLUMN a uuid DEFAULT gen_random_uuid()").facts.work == Work::rewrite);
  CHECK(facts("ALTER TABLE users ADD COLUMN a bigserial").facts.work == Work::rewrite);
  CHECK(facts("ALTER TABLE users ADD COLUMN a int GENERATED ALWAYS AS (b * 2) STORED").facts.work == Work::rewrite);
  CHECK(facts("ALTER TABLE users ALTER COLUMN a TYPE bigint").facts.work == Work::rewrite);
  // "SET NOT NULL … the table is scanned to verify that no row holds NULL"
  CHECK(facts("ALTER TABLE users ALTER COLUMN a SET NOT NULL").facts.work == Work::scan);
  // Adding a CHECK or FOREIGN KEY without NOT VALID scans the table.
  CHECK(facts("ALTER TABLE users ADD CONSTRAINT c CHECK (a > 0)").facts.work == Work::scan);
  CHECK(facts("ALTER TABLE users ADD CONSTRAINT c CHECK (a > 0) NOT VALID").facts.work == Work::none);
  CHECK(facts("ALTER TABLE users ADD CONSTRAINT u UNIQUE (a)").facts.work == Work::scan);
  CHECK(facts("ALTER TABLE users ADD CONSTRAINT u UNIQUE USING INDEX i").facts.work == Work::none);
  CHECK(facts("ALTER TABLE users SET TABLESPACE fast").facts.work == Work::rewrite);
  CHECK(facts("VACUUM FULL users").facts.work == Work::rewrite);
  CHECK(facts("CLUSTER users").facts.work == Work::rewrite);
  CHECK(facts("CREATE INDEX i ON users (a)").facts.work == Work::scan);
  CHECK(facts("ALTER TABLE users DROP COLUMN a").facts.work == Work::none);
  CHECK(facts("ALTER TABLE users RENAME COLUMN a TO b").facts.work == Work::none);
}

TEST_CASE("forms that cannot run in a transaction block, and the second object locked", "[locks]") {
  CHECK_FALSE(facts("CREATE INDEX CONCURRENTLY i ON users (a)").facts.transaction_block);
  CHECK_FALSE(facts("DROP INDEX CONCURRENTLY i").facts.transaction_block);
  CHECK_FALSE(facts("REINDEX INDEX CONCURRENTLY i").facts.transaction_block);
  CHECK_FALSE(facts("VACUUM users").facts.transaction_block);
  CHECK_FALSE(facts("REINDEX SCHEMA app").facts.transaction_block);
  CHECK(facts("CREATE INDEX i ON users (a)").facts.transaction_block);
  CHECK(facts("REFRESH MATERIALIZED VIEW CONCURRENTLY mv").facts.transaction_block);
  // DROP INDEX locks the index and its table.
  auto d = facts("DROP INDEX app.users_a");
  CHECK(d.on("app.users_a", "index") == M::access_exclusive);
  CHECK(d.on("app.users_a", "table of index") == M::access_exclusive);
  CHECK(facts("DROP INDEX CONCURRENTLY users_a").on("users_a", "table of index") == M::share_update_exclusive);
  // REINDEX TABLE: SHARE on the table, ACCESS EXCLUSIVE on its indexes.
  auto r = facts("REINDEX TABLE users");
  CHECK(r.on("public.users", "table") == M::share);
  CHECK(r.on("public.users", "indexes of table") == M::access_exclusive);
  // CREATE TABLE with a foreign key locks the referenced table.
  auto ct = facts("CREATE TABLE orders (id bigint, user_id bigint REFERENCES users (id))");
  CHECK(ct.on("public.users") == M::share_row_exclusive);
  CHECK(ct.on("public.orders") == M::access_exclusive);
  CHECK(facts("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'").facts.empty());
  CHECK(facts("SET lock_timeout = '5s'").facts.empty());
}

TEST_CASE("describe: lock, object, what it blocks, the work", "[locks]") {
  CHECK(facts("ALTER TABLE users ALTER COLUMN a TYPE bigint").facts.describe() ==
        "ACCESS EXCLUSIVE on public.users (blocks reads and writes); rewrites the table");
  CHECK(facts("CREATE INDEX CONCURRENTLY i ON users (a)").facts.describe() ==
        "SHARE UPDATE EXCLUSIVE on public.users (blocks VACUUM, ANALYZE and schema changes, not reads or writes); "
        "scans the table; cannot run in a transaction block");
}

TEST_CASE("every form has a unique id and a known second object when it locks one", "[locks]") {
  std::set<std::string> ids;
  for (const auto& f : pgsql::lock_forms()) {
    INFO(f.id);
    CHECK(ids.insert(f.id).second);
    CHECK((f.other_mode == M::none) == (std::string(f.other).empty()));
    CHECK(f.mode != M::none);
  }
}
