// What a rule sees: one statement of a migration file and what the file did
// before it. Rules read this; they never touch a database.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lint/finding.hpp"
#include "model/schema.hpp"
#include "pgsql/parse_tree.hpp"

namespace shale::lint {

struct FileState {
  std::string path;
  bool no_transaction = false;  // -- shale:no-transaction
  bool has_down_file = true;
  bool lock_timeout_set = false;               // a SET lock_timeout ran earlier in the file
  std::set<model::QName> created_tables;       // CREATE TABLE earlier in this file
  std::map<model::QName, std::vector<std::vector<std::string>>> indexed_columns;  // table → key column lists

  // A table the migration did not create is assumed to exist with data
  // (the safe assumption for a lone file).
  bool is_new(const model::QName& t) const { return created_tables.count(t) > 0; }
};

struct StatementContext {
  PgQuery__Node* node;
  std::string sql;  // the statement's text
  int line, column;
  const FileState& file;
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

}  // namespace shale::lint
