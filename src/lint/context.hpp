// What a rule sees: one statement of a migration file and what the file did
// before it. Rules read this; they never touch a database.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lint/finding.hpp"
#include "model/schema.hpp"
#include "pgsql/locks.hpp"
#include "pgsql/parse_tree.hpp"

namespace shale::lint {

struct FileState {
  std::string path;
  bool no_transaction = false;  // -- shale:no-transaction
  bool has_down_file = true;
  bool lock_timeout_set = false;          // a SET lock_timeout ran earlier in the file
  bool lock_timeout_reported = false;     // require-lock-timeout already reported in the file (one fix: one finding)
  std::set<model::QName> created_tables;  // CREATE TABLE earlier in this file
  std::map<model::QName, std::vector<std::vector<std::string>>> indexed_columns;  // table → key column lists
  // Statements of the file that change something (not SET, RESET, SHOW): a
  // no-transaction file with more than one can stop half-applied.
  int changing_statements = 0;
  int changing_statements_seen = 0;  // up to and including the current one

  // CHECK (col IS NOT NULL) constraints, carried across the files of a
  // directory (the migration that validates one may come later): a
  // validated one proves SET NOT NULL needs no scan.
  struct NotNullChecks {
    std::map<std::pair<model::QName, std::string>, std::string> not_valid;  // (table, constraint) → column
    std::map<std::pair<model::QName, std::string>, std::string> validated;  // (table, constraint) → column
    bool proves(const model::QName& table, const std::string& column) const {
      for (const auto& [key, col] : validated)
        if (key.first == table && col == column) return true;
      return false;
    }
  };
  NotNullChecks* not_null_checks = nullptr;  // never null while rules run

  // (table, column) → type (format_type's spelling) in the replayed state
  // before this migration; null for a lone file.
  const std::map<std::pair<model::QName, std::string>, std::string>* column_types = nullptr;

  // Tables of the replayed state before this migration; null for a lone
  // file, where nothing is known.
  const std::set<model::QName>* existed_before = nullptr;

  // Materialized views of the replayed state left WITH NO DATA: nobody can
  // read them yet, and REFRESH … CONCURRENTLY is refused on them.
  const std::set<model::QName>* unpopulated = nullptr;

  // A table the migration did not create is treated as existing with data:
  // known to exist (replayed), or unknown (assumed to exist, the safe side).
  bool is_new(const model::QName& t) const { return created_tables.count(t) > 0; }
  enum class Table { new_in_file, existed_before, unknown };
  Table table_state(const model::QName& t) const {
    if (is_new(t)) return Table::new_in_file;
    if (existed_before && existed_before->count(t)) return Table::existed_before;
    return Table::unknown;
  }
  // "existing table t" or "table t (assumed to exist)", for messages.
  std::string describe(const model::QName& t) const {
    return table_state(t) == Table::existed_before ? "existing table " + t.name
                                                   : "table " + t.name + " (assumed to exist)";
  }
};

// What the earlier migrations of a replayed directory tell a file's rules.
struct Carried {
  FileState::NotNullChecks not_null_checks;  // updated by each file
  // Key columns of the indexes, primary keys and unique constraints of the
  // replayed state before the file (set before each file).
  std::map<model::QName, std::vector<std::vector<std::string>>> indexed_columns;
  // (table, column) → type in the replayed state before the file.
  std::map<std::pair<model::QName, std::string>, std::string> column_types;
  std::set<model::QName> unpopulated;  // materialized views WITH NO DATA, before the file
};

struct StatementContext {
  PgQuery__Node* node;
  std::string sql;  // the statement's text
  int line, column;
  const FileState& file;
  pgsql::LockFacts locks = {};  // PostgreSQL: what the statement locks (pgsql/locks.hpp)
};

class Report {
 public:
  Report(const StatementContext& ctx, std::vector<Finding>& out, const std::map<std::string, Severity>& configured,
         const std::set<std::string>& ignored)
      : ctx_(ctx), out_(out), configured_(configured), ignored_(ignored) {}
  // A finding for the current statement; `severity` replaces the rule's
  // default (shale.toml's [lint] setting still wins).
  void add(const std::string& rule, const std::string& message, Severity severity = Severity::off);

 private:
  const StatementContext& ctx_;
  std::vector<Finding>& out_;
  const std::map<std::string, Severity>& configured_;
  const std::set<std::string>& ignored_;
};

model::QName qname_of(const PgQuery__RangeVar* rv);

// Rule ids of a "-- shale:ignore id[,id] reason" line directly before `offset`.
std::set<std::string> ignored_rules(const std::string& text, size_t offset);

struct Options;
// The missing-down finding for an up file without its .down.sql.
void missing_down(const std::string& path, const Options& options, std::vector<Finding>& out);

}  // namespace shale::lint
