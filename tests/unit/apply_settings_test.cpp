// [apply] of shale.toml: lock_timeout, statement_timeout, lock_retries,
// lock_retry_delay, their defaults, and the errors for bad values.
#include <catch2/catch.hpp>

#include <fstream>

#include "config/project.hpp"
#include "util/error.hpp"

using namespace shale;

namespace {
config::Project load(const std::string& name, const std::string& text) {
  std::string path = "/tmp/shale_apply_cfg_" + name + ".toml";
  std::ofstream(path) << text;
  return config::load_project(path);
}
}  // namespace

TEST_CASE("[apply] defaults: lock_timeout 5s, statement_timeout left alone, 3 retries after 2s", "[config]") {
  auto p = load("defaults", "dialect = \"postgres\"\n");
  CHECK(p.apply.lock_timeout_ms == 5000);
  CHECK(p.apply.statement_timeout_ms == -1);  // not set: the server's setting holds
  CHECK(p.apply.lock_retries == 3);
  CHECK(p.apply.lock_retry_delay_ms == 2000);
}

TEST_CASE("[apply] values are read in PostgreSQL's duration units", "[config]") {
  auto p = load("values",
                "dialect = \"postgres\"\n[apply]\nlock_timeout = \"750ms\"\nstatement_timeout = \"2min\"\n"
                "lock_retries = 0\nlock_retry_delay = \"1h\"\n");
  CHECK(p.apply.lock_timeout_ms == 750);
  CHECK(p.apply.statement_timeout_ms == 120000);
  CHECK(p.apply.lock_retries == 0);
  CHECK(p.apply.lock_retry_delay_ms == 3600000);
  CHECK(config::duration_text(5000) == "5s");
  CHECK(config::duration_text(1500) == "1500ms");
  CHECK(config::duration_text(120000) == "2min");
  CHECK(config::duration_text(0) == "0");
  CHECK(config::parse_duration_ms("0") == 0);
}

TEST_CASE("[apply] refuses unknown keys and bad values at their position", "[config]") {
  auto error_of = [](const std::string& name, const std::string& text) {
    try {
      load(name, text);
    } catch (const UserError& e) {
      return e.pos().str() + " " + e.what();
    }
    return std::string("no error");
  };
  CHECK(error_of("unknown", "[apply]\nretries = 3\n").find(":2:") != std::string::npos);
  CHECK(error_of("unknown", "[apply]\nretries = 3\n").find("unknown key \"retries\" in [apply]") != std::string::npos);
  CHECK(error_of("unit", "[apply]\nlock_timeout = \"5\"\n").find("needs a unit") != std::string::npos);
  CHECK(error_of("word", "[apply]\nlock_retry_delay = \"soon\"\n").find("is not a duration") != std::string::npos);
  CHECK(error_of("number", "[apply]\nlock_timeout = 5\n").find("must be a duration string") != std::string::npos);
  CHECK(error_of("negative", "[apply]\nlock_retries = -1\n").find("whole number from 0 to 100") != std::string::npos);
}
