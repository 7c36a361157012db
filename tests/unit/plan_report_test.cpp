// The markdown building blocks keep user text from breaking the markup, and
// the terminal report is coloured only for a terminal without NO_COLOR.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "report/markdown.hpp"
#include "report/plan_terminal.hpp"
#include "shale_run.hpp"

namespace md = shale::report::md;
namespace fs = std::filesystem;

TEST_CASE("markdown escapes prose and sizes code spans and fences to their content") {
  CHECK(md::escape("drop_body <b> *x* [l](u) a|b") == "drop\\_body \\<b\\> \\*x\\* \\[l\\](u) a\\|b");
  CHECK(md::code("public.users") == "`public.users`");
  CHECK(md::code("we`ird") == "``we`ird``");
  CHECK(md::code("`edge") == "`` `edge ``");
  CHECK(md::fence("sql", "SELECT 1;\n") == "```sql\nSELECT 1;\n```\n");
  CHECK(md::fence("sql", "-- ```` in a comment\nSELECT 1;") == "`````sql\n-- ```` in a comment\nSELECT 1;\n`````\n");
  CHECK(md::html_code("a<b>&\"") == "<code>a&lt;b&gt;&amp;&quot;</code>");
}

TEST_CASE("the terminal report is coloured only when asked") {
  shale::report::PlanDocument doc;
  doc.from = "a.sql";
  doc.to = "b.sql";
  doc.summary.changes = 1;
  doc.groups.push_back({"public.t", {{"DROP TABLE t;\n", {shale::diff::Hazard::deletes_data}, {}, {}}}, std::nullopt});
  std::string plain = shale::report::plan_terminal(doc, false);
  CHECK(plain.find('\033') == std::string::npos);
  CHECK(plain.find("  DROP TABLE t;\n    ⚠ hazard: deletes-data (rows or values are deleted; the down migration cannot "
                   "bring them back)\n") != std::string::npos);
  CHECK(shale::report::plan_terminal(doc, true).find("\033[33m⚠ hazard: deletes-data\033[0m") != std::string::npos);
}

TEST_CASE("shale plan colours a TTY unless NO_COLOR is set") {
  std::string dir = shale::testing::fresh_temp_dir("shale_tty_");
  std::ofstream(dir + "/shale.toml") << "dialect = \"postgres\"\n";
  fs::create_directories(dir + "/migrations");
  fs::create_directories(dir + "/schema");
  std::ofstream(dir + "/schema/app.sql") << "CREATE TABLE t (id int);\n";
  // script(1) runs the command on a pseudo-terminal, as a person would.
  auto on_tty = [&](const std::string& env) {
    return shale::testing::run_shell(dir, "script -qec '" + env + " " + SHALE_BINARY + " plan' /dev/null").out;
  };
  std::string tty = on_tty("");
  CHECK(tty.find("\033[1mPlan: dir://migrations → schema\033[0m") != std::string::npos);
  CHECK(on_tty("NO_COLOR=1").find('\033') == std::string::npos);
  CHECK(shale::testing::run_shale(dir, "plan").out.find('\033') == std::string::npos);  // a pipe
  fs::remove_all(dir);
}

TEST_CASE("a plan says what each change locks, from the table of locks, and leaves out what the plan creates") {
  namespace fs = std::filesystem;
  std::string dir = shale::testing::fresh_temp_dir("shale_plan_locks_");
  std::ofstream(dir + "/a.sql") << "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n";
  std::ofstream(dir + "/b.sql") << "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n"
                                   "CREATE INDEX users_email_idx ON users (email);\n"
                                   "CREATE TABLE notes (id bigint PRIMARY KEY, user_id bigint REFERENCES users);\n";
  auto text = shale::testing::run_shale(dir, "plan --from a.sql --to b.sql");
  INFO(text.out);
  CHECK(text.out.find(
            "  CREATE INDEX CONCURRENTLY users_email_idx ON users USING btree (email);\n"
            "    lock: SHARE UPDATE EXCLUSIVE on public.users (blocks VACUUM, ANALYZE and schema changes, not reads or "
            "writes); scans the table; cannot run in a transaction block\n") != std::string::npos);
  // The new table's foreign key locks the table it references, not itself.
  CHECK(text.out.find("    lock: SHARE ROW EXCLUSIVE on referenced table public.users (blocks writes, not reads)\n") !=
        std::string::npos);
  auto json = nlohmann::json::parse(shale::testing::run_shale(dir, "plan --from a.sql --to b.sql --format json").out);
  bool seen = false;
  for (const auto& c : json["changes"])
    if (c["kind"] == "create_index_concurrently") {
      seen = true;
      CHECK(c["outside_transaction"] == true);
      CHECK(c["locks"][0]["mode"] == "SHARE UPDATE EXCLUSIVE");
      CHECK(c["locks"][0]["work"] == "scan");
    }
  CHECK(seen);
}
