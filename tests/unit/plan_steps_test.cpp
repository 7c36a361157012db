// Where plan::steps cuts a plan into transactions.
#include <catch2/catch.hpp>

#include "load/pg_sql/load_pg_sql.hpp"
#include "plan/plan.hpp"

using namespace shale;

namespace {
model::Schema load_sql(const std::string& sql) { return load::pg_sql::load({{"s.sql", sql}}); }

// The statements of each step of plan(a → b), joined by "; ".
std::vector<std::string> steps_of(const std::string& a, const std::string& b) {
  model::Schema from = load_sql(a), to = load_sql(b);
  plan::Plan p = plan::make_plan(plan::Dialect::postgres, from, to, {});
  std::vector<std::string> out;
  for (const auto& step : plan::steps(p)) {
    std::string sql;
    for (size_t i = step.begin; i < step.end; ++i)
      for (const auto& s : plan::statements_of(p, i)) sql += (sql.empty() ? "" : "; ") + s;
    out.push_back(sql);
  }
  return out;
}
}  // namespace

TEST_CASE("an enum value added and used in one plan is committed before its use") {
  auto steps = steps_of("CREATE TYPE st AS ENUM ('a', 'b'); CREATE TABLE t (s st DEFAULT 'a');",
                        "CREATE TYPE st AS ENUM ('a', 'b', 'c'); CREATE TABLE t (s st DEFAULT 'c');");
  REQUIRE(steps.size() == 2);
  CHECK(steps[0] == "ALTER TYPE st ADD VALUE 'c'");
  CHECK(steps[1].find("SET DEFAULT 'c'") != std::string::npos);
}

TEST_CASE("an enum value added and not used keeps the plan in one step") {
  auto steps = steps_of("CREATE TYPE st AS ENUM ('a', 'b'); CREATE TABLE t (s st DEFAULT 'a');",
                        "CREATE TYPE st AS ENUM ('a', 'b', 'c'); CREATE TABLE t (s st DEFAULT 'a', n int);");
  REQUIRE(steps.size() == 1);
  CHECK(steps[0] == "ALTER TYPE st ADD VALUE 'c'; ALTER TABLE t ADD COLUMN n integer");
}
