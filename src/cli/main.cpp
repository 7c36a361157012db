// shale's entry point: wires commands and maps errors to exit codes in one
// place (0 ok, 1 findings/difference, 2 bad input, 3 database failure,
// 70 internal error — a bug).
#include <iostream>
#include <sstream>
#include <string>

#include <pqxx/except>

#include "cli/commands.hpp"
#include "cli/project_file.hpp"
#include "migrate/engine.hpp"
#include "util/error.hpp"

namespace {

// PostgreSQL's message without its own "ERROR:" (we print "error:" already)
// and without trailing newlines.
std::string database_message(std::string message) {
  if (message.rfind("ERROR:", 0) == 0) message.erase(0, message.find_first_not_of(' ', 6));
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return message;
}

// The failing statement, indented, without the blank lines and comment lines
// a migration file carries between statements (hazard notes, directives).
std::string statement_excerpt(const std::string& sql) {
  std::istringstream in(sql);
  std::string line, out;
  while (std::getline(in, line)) {
    size_t start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos || line.compare(start, 2, "--") == 0) continue;
    out += "    " + line + "\n";
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"shale: declarative schema migrations for SQLite and PostgreSQL"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("shale ") + SHALE_VERSION);
  // Global options may follow the command too (shale lint -C project/).
  app.fallthrough();
  shale::cli::add_global_options(app);
  int exit_code = 0;
  shale::cli::add_plan_command(app, exit_code);
  shale::cli::add_inspect_command(app, exit_code);
  shale::cli::add_init_command(app, exit_code);
  shale::cli::add_diff_command(app, exit_code);
  shale::cli::add_new_command(app, exit_code);
  shale::cli::add_hash_command(app, exit_code);
  shale::cli::add_apply_command(app, exit_code);
  shale::cli::add_rollback_command(app, exit_code);
  shale::cli::add_baseline_command(app, exit_code);
  shale::cli::add_status_command(app, exit_code);
  shale::cli::add_check_command(app, exit_code);
  shale::cli::add_seed_command(app, exit_code);
  shale::cli::add_lint_command(app, exit_code);
  shale::cli::add_rules_command(app, exit_code);
  shale::cli::add_review_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  } catch (const shale::UserError& e) {
    std::cerr << (e.pos().known() ? e.pos().str() + ": " : "") << "error: " << e.what() << "\n";
    return 2;
  } catch (const shale::migrate::ApplyError& e) {
    std::cerr << e.file << (e.line > 0 ? ":" + std::to_string(e.line) + ":1" : "")
              << ": error: " << database_message(e.what()) << "\n  in statement:\n"
              << statement_excerpt(e.statement);
    return 3;
  } catch (const pqxx::failure& e) {
    std::cerr << "error: database: " << e.what() << "\n";
    return 3;
  } catch (const shale::DatabaseError& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 3;
  } catch (const std::exception& e) {
    std::cerr << "internal error (a bug in shale, please report it): " << e.what() << "\n";
    return 70;
  }
  return exit_code;
}
