// The lock table against a real server: for a sample of statements, the
// lock each object is held in (pg_locks of the session, inside the
// statement's transaction) is the one the table says.
#include <catch2/catch.hpp>

#include <chrono>
#include <pqxx/pqxx>
#include <thread>

#include "pg_test_db.hpp"
#include "pgsql/locks.hpp"
#include "pgsql/parse_tree.hpp"

using namespace shale;
using namespace shale::testing;

namespace {
const char* kSchema = R"sql(
CREATE TABLE users (id bigint PRIMARY KEY, email text, age int, mail text, score int);
CREATE UNIQUE INDEX users_email_idx ON users (email);
CREATE INDEX users_age_idx ON users (age);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total numeric);
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER users_trg BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
CREATE MATERIALIZED VIEW user_counts AS SELECT age, count(*) AS n FROM users GROUP BY age;
CREATE UNIQUE INDEX user_counts_age ON user_counts (age);
CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE TABLE events (id bigint, at int) PARTITION BY RANGE (at);
CREATE TABLE events_1 PARTITION OF events FOR VALUES FROM (0) TO (1);
CREATE TABLE events_2 (id bigint, at int);
INSERT INTO users VALUES (1, 'a@x', 30, NULL, 0);
)sql";

pgsql::LockFacts facts_of(const std::string& sql) {
  auto parsed = pgsql::ParsedSql::parse(sql, "sample.sql");
  REQUIRE(parsed->statements().size() == 1);
  return pgsql::lock_facts(parsed->statements()[0].node);
}

// The oid of the relation a lock entry means, or "" when it cannot be
// checked (a new object, every table of a schema).
std::string oid_of(pqxx::work& tx, const pgsql::ObjectLock& l) {
  std::string name = tx.quote(l.qualified());
  if (l.kind == "table of index")
    return tx.exec("SELECT indrelid::text FROM pg_index WHERE indexrelid = to_regclass(" + name + ")")[0][0].c_str();
  if (l.kind == "indexes of table" || l.kind == "database" || l.kind == "schema") return "";
  auto r = tx.exec("SELECT to_regclass(" + name + ")::oid::text");
  return r[0][0].is_null() ? "" : r[0][0].c_str();
}

// The strongest mode this session holds on `oid`.
pgsql::LockMode held(pqxx::work& tx, const std::string& oid) {
  pgsql::LockMode m = pgsql::LockMode::none;
  for (const auto& row :
       tx.exec("SELECT mode FROM pg_locks WHERE locktype = 'relation' AND granted AND pid = pg_backend_pid()"
               " AND relation = " +
               oid))
    m = pgsql::stronger(m, pgsql::lock_mode_from_pg_locks(row[0].c_str()));
  return m;
}
}  // namespace

TEST_CASE("the lock table agrees with pg_locks on a real server", "[postgres][locks]") {
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "lock_table");
  db.execute(kSchema);
  const std::vector<std::string> statements = {
      "ALTER TABLE users ADD COLUMN nick text",
      "ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid()",
      "ALTER TABLE users DROP COLUMN mail",
      "ALTER TABLE users ALTER COLUMN score TYPE bigint",
      "ALTER TABLE users ALTER COLUMN age SET DEFAULT 1",
      "ALTER TABLE users ALTER COLUMN email SET NOT NULL",
      "ALTER TABLE users ALTER COLUMN age SET STATISTICS 100",
      "ALTER TABLE users ALTER COLUMN age SET (n_distinct = 5)",
      "ALTER TABLE users ALTER COLUMN email SET STORAGE EXTERNAL",
      "ALTER TABLE users ADD CONSTRAINT users_age_check CHECK (age > 0)",
      "ALTER TABLE users ADD CONSTRAINT users_age_check CHECK (age > 0) NOT VALID",
      "ALTER TABLE orders ADD CONSTRAINT orders_user_fk2 FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID",
      "ALTER TABLE orders ADD CONSTRAINT orders_user_fk2 FOREIGN KEY (user_id) REFERENCES users (id)",
      "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk",
      "ALTER TABLE orders ALTER CONSTRAINT orders_user_fk DEFERRABLE",
      "ALTER TABLE orders DROP CONSTRAINT orders_user_fk",
      "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx",
      "ALTER TABLE users ADD CONSTRAINT users_age_key UNIQUE (age)",
      "ALTER TABLE users DISABLE TRIGGER users_trg",
      "ALTER TABLE users ENABLE ROW LEVEL SECURITY",
      "ALTER TABLE users CLUSTER ON users_pkey",
      "ALTER TABLE users SET (fillfactor = 70, autovacuum_enabled = false)",
      "ALTER TABLE users SET (parallel_workers = 2)",
      "ALTER TABLE events_2 SET UNLOGGED",
      "ALTER TABLE users REPLICA IDENTITY FULL",
      "ALTER TABLE users OWNER TO CURRENT_USER",
      "ALTER TABLE users RENAME COLUMN mail TO email2",
      "ALTER TABLE users RENAME TO people",
      "ALTER INDEX users_age_idx RENAME TO users_age_index",
      "ALTER TABLE events ATTACH PARTITION events_2 FOR VALUES FROM (1) TO (2)",
      "ALTER TABLE events DETACH PARTITION events_1",
      "CREATE TABLE events_3 PARTITION OF events FOR VALUES FROM (2) TO (3)",
      "CREATE TABLE invoices (id bigint, user_id bigint REFERENCES users (id))",
      "CREATE INDEX users_nick_idx ON users (age, email)",
      "DROP INDEX users_age_idx",
      "REINDEX INDEX users_age_idx",
      "REINDEX TABLE users",
      "CREATE TRIGGER users_trg2 BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION touch()",
      "DROP TRIGGER users_trg ON users",
      "CREATE STATISTICS users_stats ON age, email FROM users",
      "COMMENT ON TABLE users IS 'people'",
      "COMMENT ON COLUMN users.age IS 'years'",
      "CREATE OR REPLACE VIEW user_emails AS SELECT id, email FROM users",
      "DROP VIEW user_emails",
      "REFRESH MATERIALIZED VIEW user_counts",
      "REFRESH MATERIALIZED VIEW CONCURRENTLY user_counts",
      "DROP MATERIALIZED VIEW user_counts",
      "TRUNCATE orders",
      "DROP TABLE orders",
      "CLUSTER users USING users_pkey",
      "ANALYZE users",
      "LOCK TABLE users IN SHARE MODE",
      "LOCK TABLE users",
      "UPDATE users SET age = 2",
      "SELECT * FROM users FOR UPDATE",
  };
  pqxx::connection c(db.url());
  for (const auto& sql : statements) {
    INFO(sql);
    pgsql::LockFacts facts = facts_of(sql);
    REQUIRE_FALSE(facts.empty());
    pqxx::work tx(c);
    std::vector<std::pair<pgsql::ObjectLock, std::string>> objects;
    for (const auto& l : facts.locks) objects.push_back({l, oid_of(tx, l)});
    tx.exec(sql);
    int checked = 0;
    for (const auto& [l, oid] : objects) {
      if (oid.empty()) continue;
      INFO(l.kind << " " << l.qualified());
      CHECK(pgsql::lock_mode_name(held(tx, oid)) == std::string(pgsql::lock_mode_name(l.mode)));
      ++checked;
    }
    CHECK(checked > 0);
    tx.abort();
  }
}

TEST_CASE("CREATE INDEX CONCURRENTLY holds SHARE UPDATE EXCLUSIVE while it waits for writers", "[postgres][locks]") {
  // It cannot run in a transaction block, so it is watched from another
  // session while an open writer keeps it waiting.
  std::string cluster = cluster_url_or_exit();
  TestDatabase db(cluster, "lock_table_cic");
  db.execute(kSchema);
  pqxx::connection writer(db.url()), builder(db.url()), observer(db.url());
  pqxx::work w(writer);
  w.exec("INSERT INTO users VALUES (2, 'b@x', 40, NULL, 0)");
  int builder_pid = builder.backendpid();
  std::thread build([&] {
    pqxx::nontransaction tx(builder);
    tx.exec("CREATE INDEX CONCURRENTLY users_age_cic ON users (age)");
  });
  std::string mode;
  for (int i = 0; i < 200 && mode.empty(); ++i) {
    pqxx::nontransaction o(observer);
    auto r = o.exec(
        "SELECT mode FROM pg_locks WHERE locktype = 'relation' AND granted AND relation = 'users'::regclass"
        " AND pid = " +
        std::to_string(builder_pid));
    if (!r.empty())
      mode = r[0][0].c_str();
    else
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  w.commit();
  build.join();
  auto facts = facts_of("CREATE INDEX CONCURRENTLY users_age_cic ON users (age)");
  CHECK(mode == pgsql::pg_locks_mode_name(facts.locks.at(0).mode));
  CHECK_FALSE(facts.transaction_block);
}
