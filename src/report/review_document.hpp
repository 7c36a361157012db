// What `shale review` shows for a pull request: the migration files it adds
// (with their lint findings), the ones it edits or removes (history must not
// change), the schema diff the new migrations make, and whether replaying
// the migrations gives the desired schema.
#pragma once
#include <string>
#include <vector>

#include "lint/finding.hpp"
#include "report/plan_document.hpp"

namespace shale::report {

struct NewMigration {
  std::string up_path, up_sql;
  std::string down_path, down_sql;      // empty when the pull request adds no down file
  std::vector<lint::Finding> findings;  // of the up file
};

struct ReviewDocument {
  std::string base;                  // the git ref compared with, as given
  std::string migrations, schema;    // the project's directories, for messages
  std::vector<NewMigration> added;   // in version order
  std::vector<std::string> edited;   // migration files whose bytes changed since base
  std::vector<std::string> removed;  // migration files base has and the working tree lacks
  std::string integrity_error;       // shale.sum does not match the files; "" when it does
  std::string replay_note;           // why change rules stopped, if they did
  std::string schema_diff;           // canonical SQL, base replayed → head replayed
  PlanDocument disagreement;         // head replayed → schema/; no changes when they agree

  bool agree() const { return disagreement.summary.changes == 0; }
  int count(lint::Severity s) const;
  // Error findings, edited history, a bad shale.sum or disagreement: exit 1.
  bool failed() const;
};

}  // namespace shale::report
