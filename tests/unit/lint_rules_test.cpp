// Every rule has lint-rules/<id>.md; its Bad example fires the rule and its
// Good example does not (both linted as a standalone migration file).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>

#include "lint/engine.hpp"
#include "lint/registry.hpp"
#include "migrate/directory.hpp"
#include "util/error.hpp"

using namespace shale;
namespace fs = std::filesystem;

namespace {
std::string example(const std::string& doc, const std::string& heading) {
  std::regex block("## " + heading + "\\s*```sql\\n([\\s\\S]*?)```");
  std::smatch m;
  if (!std::regex_search(doc, m, block)) return "";
  return m[1];
}

bool fires(const std::string& rule, const std::string& sql, bool with_down, bool sqlite = false) {
  std::string dir = "/tmp/shale_lint_examples";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string up = dir + "/20260101000000_example.up.sql";
  std::ofstream(up) << sql;
  if (with_down) std::ofstream(dir + "/20260101000000_example.down.sql") << "SELECT 1;\n";
  lint::Options options;
  options.dialect = sqlite ? plan::Dialect::sqlite : plan::Dialect::postgres;
  for (const auto& f : lint::lint_file(up, options))
    if (f.rule == rule) return true;
  return false;
}
}  // namespace

TEST_CASE("every lint rule's documented bad example fires it and its good example does not") {
  for (const auto& rule : lint::rules()) {
    std::string path = std::string(SHALE_SOURCE_DIR) + "/lint-rules/" + rule.id + ".md";
    INFO("rule " << rule.id);
    REQUIRE(fs::exists(path));
    std::string doc = migrate::read_text_file(path);
    CHECK(doc.rfind(std::string("# ") + rule.id + "\n", 0) == 0);
    CHECK(doc.find(std::string("Severity: ") + lint::severity_name(rule.default_severity)) != std::string::npos);
    std::string bad = example(doc, "Bad"), good = example(doc, "Good");
    REQUIRE(!bad.empty());
    REQUIRE(!good.empty());
    bool missing_down = std::string(rule.id) == "missing-down";
    bool sqlite_only = doc.find("\nDialect: sqlite\n") != std::string::npos;
    INFO("bad example:\n" << bad);
    CHECK(fires(rule.id, bad, !missing_down, sqlite_only));
    INFO("good example:\n" << good);
    CHECK_FALSE(fires(rule.id, good, true, sqlite_only));
    // Rules that SQLite projects get too document a SQLite example pair.
    std::string sqlite_bad = example(doc, "Bad \\(SQLite\\)"), sqlite_good = example(doc, "Good \\(SQLite\\)");
    if (!sqlite_bad.empty()) {
      INFO("SQLite bad example:\n" << sqlite_bad);
      CHECK(fires(rule.id, sqlite_bad, true, true));
      INFO("SQLite good example:\n" << sqlite_good);
      CHECK_FALSE(fires(rule.id, sqlite_good, true, true));
    }
  }
}

TEST_CASE("every document in lint-rules/ belongs to a registered rule") {
  for (const auto& e : fs::directory_iterator(std::string(SHALE_SOURCE_DIR) + "/lint-rules")) {
    std::string id = e.path().stem().string();
    INFO(id);
    CHECK(lint::find_rule(id) != nullptr);
  }
}

TEST_CASE("tables created earlier in the file are new, and shale:ignore silences a rule") {
  std::string dir = "/tmp/shale_lint_state";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string up = dir + "/20260101000000_x.up.sql";
  std::ofstream(dir + "/20260101000000_x.down.sql") << "SELECT 1;\n";
  std::ofstream(up) << "CREATE TABLE items (id bigint PRIMARY KEY);\nCREATE INDEX items_id_idx ON items (id);\n"
                       "CREATE INDEX orders_at_idx ON orders (created_at);\n"
                       "-- shale:ignore drop-column,require-lock-timeout reviewed: column unused since v2\n"
                       "ALTER TABLE orders DROP COLUMN legacy;\n";
  auto findings = lint::lint_file(up, {});
  std::vector<std::string> got;
  for (const auto& f : findings) got.push_back(f.rule + "@" + std::to_string(f.line));
  CHECK(got == std::vector<std::string>{"create-index-non-concurrently@3"});
}

TEST_CASE("shale.toml severities override and switch rules off, and unknown ids are refused") {
  auto options = lint::options_from_config({{"table-name-plural", "off"}, {"varchar-length", "error"}}, "postgres");
  std::string dir = "/tmp/shale_lint_config";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string up = dir + "/20260101000000_x.up.sql";
  std::ofstream(dir + "/20260101000000_x.down.sql") << "SELECT 1;\n";
  std::ofstream(up) << "CREATE TABLE person (id bigint PRIMARY KEY, name varchar(20));\n";
  auto findings = lint::lint_file(up, options);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "varchar-length");
  CHECK(findings[0].severity == lint::Severity::error);
  CHECK(findings[0].line == 1);
  CHECK_THROWS_AS(lint::options_from_config({{"no-such-rule", "off"}}, "postgres"), UserError);
}

TEST_CASE("change rules compare the replayed state before and after each migration") {
  std::string dir = "/tmp/shale_lint_dir";
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto write_pair = [&](const std::string& id, const std::string& sql) {
    std::ofstream(dir + "/" + id + ".up.sql") << sql;
    std::ofstream(dir + "/" + id + ".down.sql") << "SELECT 1;\n";
    return dir + "/" + id + ".up.sql";
  };
  std::vector<std::string> paths = {
      write_pair("20260101000000_moods",
                 "CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');\nCREATE TABLE people (m mood);\n"),
      write_pair("20260102000000_add_mood", "ALTER TYPE mood ADD VALUE 'excited';\n"),
      write_pair("20260103000000_drop_meh",
                 "SET lock_timeout = '5s';\nALTER TYPE mood RENAME TO mood_previous;\n"
                 "CREATE TYPE mood AS ENUM ('happy', 'sad', 'excited');\n"
                 "ALTER TABLE people ALTER COLUMN m TYPE mood USING m::text::mood;\n"
                 "DROP TYPE mood_previous;\n")};
  std::string note;
  auto findings = lint::lint_directory(paths, {}, &note);
  CHECK(note.empty());
  std::vector<std::string> enum_findings;
  for (const auto& f : findings)
    if (f.rule == "enum-value-removed")
      enum_findings.push_back(fs::path(f.file).filename().string() + ":" + std::to_string(f.line) + " " + f.message);
  REQUIRE(enum_findings.size() == 1);
  CHECK(enum_findings[0].rfind("20260103000000_drop_meh.up.sql:2 enum mood loses 'meh'", 0) == 0);

  // Rules know whether a table existed before (replayed) or is unknown (assumed).
  paths.push_back(write_pair("20260103120000_index",
                             "CREATE INDEX people_m_idx ON people (m);\nCREATE INDEX pets_idx ON pets (id);\n"));
  std::vector<std::string> index_messages;
  for (const auto& f : lint::lint_directory(paths, {}, &note))
    if (f.rule == "create-index-non-concurrently")
      index_messages.push_back(f.message.substr(0, f.message.find(" blocks")));
  CHECK(index_messages == std::vector<std::string>{"CREATE INDEX on existing table people",
                                                   "CREATE INDEX on table pets (assumed to exist)"});

  // A migration the interpreter cannot replay (pets is unknown to it) stops
  // change rules, with a note naming it; statement rules went on above.
  CHECK(note.find("20260103120000_index.up.sql") != std::string::npos);
}
