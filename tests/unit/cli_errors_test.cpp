// Bad desired SQL: file:line:col: error: …, exit 2, nothing printed on stdout.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <array>
#include <cstdio>
#include <fstream>

namespace {
struct Run {
  int exit_code;
  std::string output;
};
Run run(const std::string& args) {
  std::string cmd = std::string(SHALE_BINARY) + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  while (size_t n = fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
  int status = pclose(p);
  return {WEXITSTATUS(status), out};
}
std::string write(const std::string& name, const std::string& text) {
  std::string path = "/tmp/shale_unit_" + name;
  std::ofstream(path) << text;
  return path;
}
}  // namespace

TEST_CASE("a syntax error names file, line and column and exits 2") {
  std::string empty = write("empty.sql", "");
  std::string bad = write("syntax.sql", "CREATE TABLE t (id int);\n\nCREATE TABLE u (id int,, x int);\n");
  Run r = run("plan --from " + empty + " --to " + bad + " --format sql");
  CHECK(r.exit_code == 2);
  CHECK(r.output.find(bad + ":3:24: error: syntax error") == 0);
}

TEST_CASE("an unsupported statement names its kind and position and exits 2") {
  std::string empty = write("empty2.sql", "");
  std::string bad =
      write("aggregate.sql", "CREATE TABLE t (id int);\n  CREATE AGGREGATE a (int) (sfunc = int4pl, stype = int);\n");
  Run r = run("plan --from " + empty + " --to " + bad + " --format sql");
  CHECK(r.exit_code == 2);
  CHECK(r.output == bad + ":2:3: error: unsupported statement DefineStmt in desired state\n");
}

TEST_CASE("a GRANT to a role the project does not manage is an error at the GRANT, not ignored") {
  std::string empty = write("empty3.sql", "");
  std::string bad = write("grant.sql", "CREATE TABLE t (id int);\n  GRANT SELECT ON t TO public;\n");
  Run r = run("plan --from " + empty + " --to " + bad + " --format sql");
  CHECK(r.exit_code == 2);
  CHECK(r.output == bad +
                        ":2:3: error: GRANT of SELECT on table public.t to PUBLIC, a role shale does not manage: "
                        "list it in [privileges] roles in shale.toml\n");
}

TEST_CASE("plan --format sql prints nothing for equal states and --exit-code reports a difference") {
  std::string a = write("a.sql", "CREATE TABLE t (id int4 PRIMARY KEY, s varchar(5) DEFAULT 'x');");
  std::string b =
      write("b.sql", "create table t (id integer, s character varying(5) default 'x'::varchar, primary key (id));");
  Run same = run("plan --from " + a + " --to " + b + " --format sql --exit-code");
  CHECK(same.exit_code == 0);
  CHECK(same.output.empty());
  std::string c = write("c.sql", "CREATE TABLE t (id int PRIMARY KEY);");
  Run diff = run("plan --from " + a + " --to " + c + " --format sql --exit-code");
  CHECK(diff.exit_code == 1);
  CHECK(diff.output == "SET lock_timeout = '5s';\nALTER TABLE t DROP COLUMN s;\n");
}

TEST_CASE("shale lint --format json reports findings and exits 1 on errors") {
  std::string dir = "/tmp/shale_unit_lint/migrations";
  std::string cmd = "rm -rf /tmp/shale_unit_lint && mkdir -p " + dir;
  REQUIRE(system(cmd.c_str()) == 0);
  std::string up = write("lint.up.sql", "");
  std::string path = dir + "/20260101000000_drop_legacy.up.sql";
  std::ofstream(path) << "SET lock_timeout = '5s';\nALTER TABLE orders DROP COLUMN legacy;\n";
  std::ofstream(dir + "/20260101000000_drop_legacy.down.sql") << "SELECT 1;\n";
  Run r = run("lint --format json " + path);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("\"rule\": \"drop-column\"") != std::string::npos);
  CHECK(r.output.find("\"line\": 2") != std::string::npos);
  CHECK(r.output.find("\"errors\": 1") != std::string::npos);
  Run github = run("lint --format github " + path);
  CHECK(github.output.rfind("::error file=" + path + ",line=2,col=1,title=drop-column::", 0) == 0);
}

TEST_CASE("shale lint --staged and --since lint only the migration files git reports") {
  std::string repo = "/tmp/shale_unit_git";
  std::string setup = "rm -rf " + repo + " && mkdir -p " + repo + "/migrations && cd " + repo +
                      " && git init -q && git config user.email t@example.com && git config user.name t"
                      " && printf 'DROP TABLE old_things;\\n' > migrations/20260101000000_a.up.sql"
                      " && printf 'SELECT 1;\\n' > migrations/20260101000000_a.down.sql"
                      " && git add -A && git commit -qm first"
                      " && printf 'ALTER TABLE users DROP COLUMN legacy;\\n' > migrations/20260102000000_b.up.sql"
                      " && printf 'SELECT 1;\\n' > migrations/20260102000000_b.down.sql && git add -A";
  REQUIRE(system(setup.c_str()) == 0);
  Run staged = run("-h >/dev/null; cd " + repo + " && " + SHALE_BINARY + " lint --staged --format json");
  CHECK(staged.exit_code == 1);
  CHECK(staged.output.find("20260102000000_b.up.sql") != std::string::npos);
  CHECK(staged.output.find("20260101000000_a.up.sql") == std::string::npos);
  CHECK(staged.output.find("\"files\": 1") != std::string::npos);  // up files only
  REQUIRE(system(("cd " + repo + " && git commit -qm second").c_str()) == 0);
  Run since = run("-h >/dev/null; cd " + repo + " && " + SHALE_BINARY + " lint --since HEAD~1 --format json");
  CHECK(since.output.find("drop-column") != std::string::npos);
  CHECK(since.output.find("drop-table") == std::string::npos);
}
