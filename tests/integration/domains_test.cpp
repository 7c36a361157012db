// Domains and composite types as the live reader reads them: the stored form of their parts, and
// the edges of what uses them, each the same as the interpreter's for the
// same SQL (the cases check agreement as a whole; here each part once).
#include <catch2/catch.hpp>

#include <algorithm>

#include "load/pg_live/introspect.hpp"
#include "load/pg_sql/load_pg_sql.hpp"
#include "pg_test_db.hpp"

using namespace shale;

namespace {
const char* kSchema = R"SQL(
CREATE FUNCTION is_even(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT n % 2 = 0';
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE DOMAIN quantity AS integer DEFAULT 1 NOT NULL CONSTRAINT quantity_positive CHECK (VALUE > 0) CHECK (VALUE < 100);
CREATE DOMAIN even_qty AS quantity CHECK (is_even(VALUE));
CREATE DOMAIN moods AS mood[];
CREATE DOMAIN tag AS text COLLATE "C";
CREATE TABLE items (id integer PRIMARY KEY, qty even_qty, history quantity[]);
CREATE FUNCTION twice(q quantity) RETURNS integer LANGUAGE sql AS 'SELECT q * 2';
CREATE TYPE order_line AS (qty quantity, feeling mood, label text COLLATE "C");
CREATE TYPE order_lines AS (first order_line, rest order_line[]);
CREATE TABLE orders (id integer PRIMARY KEY, l order_lines);
CREATE FUNCTION first_qty(l order_line) RETURNS integer LANGUAGE sql AS 'SELECT (l).qty';
)SQL";

const model::Domain& domain(const model::Schema& s, const std::string& name) {
  auto it =
      std::find_if(s.domains.begin(), s.domains.end(), [&](const model::Domain& d) { return d.name.name == name; });
  REQUIRE(it != s.domains.end());
  return *it;
}

std::vector<std::string> edges(const model::Refs& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs)
    out.push_back(std::to_string(static_cast<int>(r.kind)) + " " + r.name.schema + "." + r.name.name);
  return out;
}
}  // namespace

TEST_CASE("the live reader reads domains and composite types as the interpreter models them", "[postgres]") {
  std::string cluster = testing::cluster_url_or_exit();
  testing::TestDatabase db(cluster, "introspect_domains");
  db.execute(kSchema);
  model::Schema live = load::pg_live::introspect(db.url());
  model::Schema offline = load::pg_sql::load({load::SqlFile{"schema.sql", kSchema}});
  REQUIRE(live.domains.size() == 4);

  const model::Domain& q = domain(live, "quantity");
  CHECK(q.base_type == "integer");
  CHECK(q.default_value.text == "1");
  CHECK(q.not_null);
  REQUIRE(q.checks.size() == 2);
  CHECK(q.checks[0].name == "quantity_check");  // the unnamed one, as PostgreSQL names it
  CHECK(q.checks[0].definition.text == "CHECK ((VALUE < 100))");
  CHECK(q.checks[1].name == "quantity_positive");

  const model::Domain& even = domain(live, "even_qty");
  CHECK(even.base_type == "public.quantity");
  CHECK(even.default_value.text == "1");  // taken from its base domain
  CHECK_FALSE(even.not_null);             // NOT NULL is not
  REQUIRE(even.checks.size() == 1);
  CHECK(even.checks[0].definition.text == "CHECK (public.is_even((VALUE)::integer))");
  CHECK(edges(even.depends_on) == std::vector<std::string>{"2 public.quantity", "3 public.is_even"});
  CHECK(domain(live, "tag").collation == "C");
  CHECK(edges(domain(live, "moods").depends_on) == std::vector<std::string>{"2 public.mood"});

  const model::Table* items = live.table({"public", "items"});
  REQUIRE(items);
  CHECK(edges(items->column("qty")->depends_on) == std::vector<std::string>{"2 public.even_qty"});
  CHECK(edges(items->column("history")->depends_on) == std::vector<std::string>{"2 public.quantity"});
  auto twice =
      std::find_if(live.functions.begin(), live.functions.end(), [](auto& f) { return f.name.name == "twice"; });
  REQUIRE(twice != live.functions.end());
  CHECK(edges(twice->depends_on) == std::vector<std::string>{"2 public.quantity"});

  // The interpreter: the same parts, the same canonical checks, the same edges.
  for (const auto& d : live.domains) {
    INFO(d.name.name);
    const model::Domain& o = domain(offline, d.name.name);
    CHECK(o.base_type == d.base_type);
    CHECK(o.collation == d.collation);
    CHECK(o.default_value == d.default_value);
    CHECK(o.not_null == d.not_null);
    REQUIRE(o.checks.size() == d.checks.size());
    for (size_t i = 0; i < d.checks.size(); ++i) {
      CHECK(o.checks[i].name == d.checks[i].name);
      CHECK(o.checks[i].definition == d.checks[i].definition);
    }
    CHECK(edges(o.depends_on) == edges(d.depends_on));
  }
  // Composite types: attributes, and the edges of what they use and of what uses them.
  REQUIRE(live.composite_types.size() == 2);
  const model::CompositeType& line = live.composite_types[0];
  CHECK(line.name.name == "order_line");
  REQUIRE(line.attributes.size() == 3);
  CHECK(line.attributes[0].type == "public.quantity");
  CHECK(line.attributes[2].collation == "C");
  CHECK(edges(line.depends_on) == std::vector<std::string>{"2 public.mood", "2 public.quantity"});
  CHECK(edges(live.composite_types[1].depends_on) == std::vector<std::string>{"2 public.order_line"});
  CHECK(edges(live.table({"public", "orders"})->column("l")->depends_on) ==
        std::vector<std::string>{"2 public.order_lines"});
  REQUIRE(offline.composite_types.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    const auto& o = offline.composite_types[i];
    const auto& l = live.composite_types[i];
    CHECK(o.name == l.name);
    REQUIRE(o.attributes.size() == l.attributes.size());
    for (size_t k = 0; k < l.attributes.size(); ++k) {
      CHECK(o.attributes[k].name == l.attributes[k].name);
      CHECK(o.attributes[k].type == l.attributes[k].type);
      CHECK(o.attributes[k].collation == l.attributes[k].collation);
    }
    CHECK(edges(o.depends_on) == edges(l.depends_on));
  }
  auto first_qty = [](const model::Schema& s) {
    auto it = std::find_if(s.functions.begin(), s.functions.end(), [](auto& f) { return f.name.name == "first_qty"; });
    REQUIRE(it != s.functions.end());
    return edges(it->depends_on);
  };
  CHECK(first_qty(live) == std::vector<std::string>{"2 public.order_line"});
  CHECK(first_qty(offline) == first_qty(live));

  const model::Table* offline_items = offline.table({"public", "items"});
  REQUIRE(offline_items);
  CHECK(edges(offline_items->column("qty")->depends_on) == edges(items->column("qty")->depends_on));
  CHECK(edges(offline_items->column("history")->depends_on) == edges(items->column("history")->depends_on));
}
