// The dependency edges the live reader finds in pg_depend, object by object,
// and index validity. The offline interpreter gives the same edges for the same
// SQL (the agreement cases); here every edge is spelled out once.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <pqxx/pqxx>

#include "load/pg_live/introspect.hpp"
#include "load/pg_sql/load_pg_sql.hpp"
#include "pg_test_db.hpp"
#include "pgsql/canonical.hpp"

using namespace shale;

namespace {

// "column public.items.price", "relation public.counter", "type public.st", "function public.trg"
std::vector<std::string> edges(const model::Refs& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) {
    static const char* const kinds[] = {"relation", "column", "type", "function"};
    std::string s = std::string(kinds[static_cast<int>(r.kind)]) + " " + r.name.schema + "." + r.name.name;
    if (r.kind == model::RefKind::column) s += "." + r.column;
    out.push_back(s);
  }
  return out;
}
using Edges = std::vector<std::string>;

template <class T>
const T& named(const std::vector<T>& objects, const std::string& name) {
  auto it = std::find_if(objects.begin(), objects.end(), [&](const T& o) { return o.name.name == name; });
  REQUIRE(it != objects.end());
  return *it;
}
const model::Column& column(const model::Schema& s, const std::string& table, const std::string& col) {
  const model::Column* c = s.table({"public", table})->column(col);
  REQUIRE(c);
  return *c;
}
const model::Constraint& constraint(const model::Schema& s, const std::string& table, const std::string& name) {
  const model::Constraint* c = s.table({"public", table})->constraint(name);
  REQUIRE(c);
  return *c;
}

const char* kSchema = R"SQL(
CREATE TYPE st AS ENUM ('new', 'done');
CREATE SEQUENCE counter;
CREATE FUNCTION positive(x numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT x > 0';
CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(t)';
CREATE TABLE items (
  id serial PRIMARY KEY,
  n bigint NOT NULL DEFAULT nextval('counter'),
  price numeric NOT NULL,
  qty int NOT NULL,
  total numeric GENERATED ALWAYS AS (price * qty) STORED,
  status st NOT NULL DEFAULT 'new',
  tags st[],
  name text,
  CONSTRAINT price_ok CHECK (positive(price)),
  CONSTRAINT items_name UNIQUE (name) INCLUDE (qty)
);
CREATE TABLE orders (id int PRIMARY KEY, item_id int REFERENCES items (id), note text);
CREATE INDEX orders_note ON orders (norm(note)) WHERE id > 0;
CREATE INDEX items_open ON items (n) WHERE status = 'new';
CREATE INDEX items_qty ON items (qty, price);
CREATE VIEW item_orders AS
  SELECT o.id, i.price, i.status FROM orders o JOIN items i ON i.id = o.item_id WHERE i.status <> 'done';
CREATE VIEW positive_orders AS SELECT id, positive(price) AS ok FROM item_orders;
CREATE MATERIALIZED VIEW order_count AS SELECT count(*) FROM positive_orders;
CREATE VIEW new_label AS SELECT 'new'::st AS s, note FROM orders;
CREATE VIEW statuses AS SELECT status FROM items;
CREATE FUNCTION all_items() RETURNS SETOF items LANGUAGE sql AS 'SELECT * FROM items';
CREATE FUNCTION big_orders() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM items WHERE qty > 1; END;
CREATE FUNCTION with_status(s st) RETURNS st[] LANGUAGE sql AS 'SELECT ARRAY[s]';
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TABLE bookings (room int, starts timestamp, ends timestamp, active boolean,
  CONSTRAINT no_overlap EXCLUDE USING gist (tsrange(starts, ends) WITH &&) WHERE (active));
CREATE TRIGGER items_touch BEFORE UPDATE OF qty ON items FOR EACH ROW WHEN (NEW.price > 0) EXECUTE FUNCTION touch();
CREATE POLICY items_owned ON items FOR UPDATE USING (positive(price))
  WITH CHECK (EXISTS (SELECT 1 FROM orders o WHERE o.item_id = items.id));
)SQL";

}  // namespace

TEST_CASE("the live reader reads every object's dependencies from pg_depend", "[postgres]") {
  std::string cluster = testing::cluster_url_or_exit();
  testing::TestDatabase db(cluster, "introspect_dependencies");
  db.execute(kSchema);
  model::Schema s = load::pg_live::introspect(db.url());

  SECTION("columns: sequences of defaults, enum types, generation expressions") {
    CHECK(edges(column(s, "items", "id").depends_on) == Edges{"relation public.items_id_seq"});
    CHECK(edges(column(s, "items", "n").depends_on) == Edges{"relation public.counter"});
    CHECK(edges(column(s, "items", "price").depends_on).empty());
    CHECK(edges(column(s, "items", "total").depends_on) ==
          Edges{"column public.items.price", "column public.items.qty"});
    CHECK(edges(column(s, "items", "status").depends_on) == Edges{"type public.st"});
    CHECK(edges(column(s, "items", "tags").depends_on) == Edges{"type public.st"});
  }
  SECTION("constraints: their columns, functions, referenced columns") {
    CHECK(edges(constraint(s, "items", "items_pkey").depends_on) == Edges{"column public.items.id"});
    CHECK(edges(constraint(s, "items", "price_ok").depends_on) ==
          Edges{"column public.items.price", "function public.positive"});
    CHECK(edges(constraint(s, "items", "items_name").depends_on) ==
          Edges{"column public.items.name", "column public.items.qty"});
    CHECK(edges(constraint(s, "orders", "orders_item_id_fkey").depends_on) ==
          Edges{"column public.items.id", "column public.orders.item_id"});
    // An exclusion constraint's expression and predicate columns (recorded on its index).
    CHECK(edges(constraint(s, "bookings", "no_overlap").depends_on) ==
          Edges{"column public.bookings.active", "column public.bookings.ends", "column public.bookings.starts"});
  }
  SECTION("indexes: key, expression and predicate columns, functions, types; validity") {
    CHECK(edges(named(s.indexes, "orders_note").depends_on) ==
          Edges{"column public.orders.id", "column public.orders.note", "function public.norm"});
    CHECK(edges(named(s.indexes, "items_open").depends_on) ==
          Edges{"column public.items.n", "column public.items.status", "type public.st"});
    CHECK(edges(named(s.indexes, "items_qty").depends_on) ==
          Edges{"column public.items.price", "column public.items.qty"});
    for (const auto& ix : s.indexes) CHECK(ix.valid);
  }
  SECTION("views: relations and columns of two tables, a view, functions, enums") {
    CHECK(edges(named(s.views, "item_orders").depends_on) ==
          Edges{"relation public.items", "relation public.orders", "column public.items.id",
                "column public.items.price", "column public.items.status", "column public.orders.id",
                "column public.orders.item_id", "type public.st"});
    CHECK(edges(named(s.views, "positive_orders").depends_on) ==
          Edges{"relation public.item_orders", "column public.item_orders.id", "column public.item_orders.price",
                "function public.positive"});
    CHECK(edges(named(s.views, "order_count").depends_on) == Edges{"relation public.positive_orders"});
    CHECK(edges(named(s.views, "new_label").depends_on) ==
          Edges{"relation public.orders", "column public.orders.note", "type public.st"});
    // An enum column passed through: the view depends on the column, not on the type.
    CHECK(edges(named(s.views, "statuses").depends_on) == Edges{"relation public.items", "column public.items.status"});
  }
  SECTION("functions: row types, enum types, SQL-standard bodies") {
    CHECK(edges(named(s.functions, "all_items").depends_on) == Edges{"relation public.items"});
    CHECK(edges(named(s.functions, "big_orders").depends_on) ==
          Edges{"relation public.items", "column public.items.qty"});
    CHECK(edges(named(s.functions, "with_status").depends_on) == Edges{"type public.st"});
    CHECK(edges(named(s.functions, "positive").depends_on).empty());
  }
  SECTION("triggers: the function, UPDATE OF and WHEN columns") {
    REQUIRE(s.triggers.size() == 1);
    CHECK(edges(s.triggers[0].depends_on) ==
          Edges{"column public.items.price", "column public.items.qty", "function public.touch"});
  }
  SECTION("policies: columns and functions of USING, a subquery's table and columns, a correlated column") {
    REQUIRE(s.policies.size() == 1);
    Edges expected{"relation public.orders", "column public.items.id", "column public.items.price",
                   "column public.orders.item_id", "function public.positive"};
    CHECK(edges(s.policies[0].depends_on) == expected);
    // The interpreter finds the same edges offline.
    model::Schema offline = load::pg_sql::load({{"<schema>", R"SQL(
      CREATE FUNCTION positive(x numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT x > 0';
      CREATE TABLE items (id serial PRIMARY KEY, price numeric NOT NULL);
      CREATE TABLE orders (id int PRIMARY KEY, item_id int REFERENCES items (id), note text);
      CREATE POLICY items_owned ON items FOR UPDATE USING (positive(price))
        WITH CHECK (EXISTS (SELECT 1 FROM orders o WHERE o.item_id = items.id));
    )SQL"}});
    REQUIRE(offline.policies.size() == 1);
    CHECK(edges(offline.policies[0].depends_on) == expected);
  }
}

TEST_CASE("an index left INVALID by a failed CREATE INDEX CONCURRENTLY is read as invalid", "[postgres]") {
  std::string cluster = testing::cluster_url_or_exit();
  testing::TestDatabase db(cluster, "introspect_invalid_index");
  db.execute(
      "CREATE TABLE t (id int, email text); INSERT INTO t VALUES (1, 'a'), (2, 'a');"
      "CREATE INDEX t_id ON t (id);");
  {
    // CONCURRENTLY cannot run in a transaction block: a nontransaction runs it alone.
    pqxx::connection conn(db.url());
    pqxx::nontransaction tx(conn);
    CHECK_THROWS_AS(tx.exec("CREATE UNIQUE INDEX CONCURRENTLY t_email ON t (email)"), pqxx::unique_violation);
  }
  model::Schema s = load::pg_live::introspect(db.url());
  REQUIRE(s.indexes.size() == 2);
  CHECK(named(s.indexes, "t_email").valid == false);
  CHECK(named(s.indexes, "t_email").unique);
  CHECK(named(s.indexes, "t_id").valid);
}

TEST_CASE("primary keys, uniques and foreign keys are spelled as pg_get_constraintdef spells them", "[postgres]") {
  std::string cluster = testing::cluster_url_or_exit();
  testing::TestDatabase db(cluster, "introspect_key_definitions");
  db.execute(R"SQL(
    CREATE SCHEMA "Other";
    CREATE TABLE "Other"."Parent" ("Id" int, "user" int, x int, PRIMARY KEY ("Id", "user"), UNIQUE NULLS NOT DISTINCT (x));
    CREATE TABLE p (id int PRIMARY KEY, code text, n int, UNIQUE (code) INCLUDE (n),
                    n2 int, UNIQUE (n), CONSTRAINT p_n2 UNIQUE (n2) DEFERRABLE INITIALLY DEFERRED);
    CREATE TABLE c (id int, "desc" int, a int, b int, pid int,
      CONSTRAINT c_p1 FOREIGN KEY (pid) REFERENCES p,
      CONSTRAINT c_p5 FOREIGN KEY (id) REFERENCES p,  -- c_p1's shape, other names
      CONSTRAINT c_p2 FOREIGN KEY ("desc", a) REFERENCES "Other"."Parent" MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL (a),
      CONSTRAINT c_p3 FOREIGN KEY (b) REFERENCES p (n) ON DELETE RESTRICT ON UPDATE SET DEFAULT DEFERRABLE,
      CONSTRAINT c_check CHECK (a > 0));
    ALTER TABLE c ADD CONSTRAINT c_p4 FOREIGN KEY (a) REFERENCES p (id) ON DELETE CASCADE NOT VALID;
  )SQL");
  std::map<std::string, std::string> expected;
  {
    pqxx::connection conn(db.url());
    pqxx::work tx(conn);
    tx.exec("SET LOCAL search_path = ''");
    for (const auto& r : tx.exec("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype IN ('p', "
                                 "'u', 'f', 'c') AND oid >= 16384"))
      expected[r[0].c_str()] = r[1].c_str();
  }
  for (std::string url : {db.url(), db.url() + "?search_path=public"}) {  // the second has not read "Other"
    INFO(url);
    model::Schema s = load::pg_live::introspect(url);
    size_t seen = 0;
    for (const auto& t : s.tables)
      for (const auto& c : t.constraints) {
        INFO(c.name);
        // Validity is a field of its own; pg_get_constraintdef appends it.
        CHECK(c.definition.text + (c.valid ? "" : " NOT VALID") == expected[c.name]);
        // A spelled foreign key's canonical form is made from a tree of its shape (pgsql/spelled_foreign_key.hpp).
        CHECK(c.definition.canon == pgsql::canonical_statement("ALTER TABLE x ADD CONSTRAINT n " + c.definition.text));
        ++seen;
      }
    CHECK(seen == (url == db.url() ? expected.size() : expected.size() - 2));
    const model::Constraint* p2 = s.table({"public", "c"})->constraint("c_p2");
    REQUIRE(p2);
    CHECK(edges(p2->depends_on) ==
          Edges{"column Other.Parent.Id", "column Other.Parent.user", "column public.c.a", "column public.c.desc"});
  }
}
