// PostgreSQL desired-state SQL → model, without a database.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "load/sql_file.hpp"
#include "model/schema.hpp"

namespace shale::load::pg_sql {

// The loaders' shared types and reader (load/sql_file.hpp), by their old names here.
using load::Source;
using load::SqlFile;

// Interprets the files in order, statement by statement. Throws UserError
// (file:line:col) on a syntax error, an unsupported statement or a statement
// that does not apply (ALTER of a missing table …).
model::Schema load(const std::vector<SqlFile>& files, Source source = Source::desired_state);

// A replay that grows one file at a time (lint compares the state before
// and after each migration).
class Replay {
 public:
  explicit Replay(Source source = Source::migrations);
  ~Replay();
  void add(const SqlFile& file);  // throws UserError like load()
  const model::Schema& current() const;

 private:
  std::unique_ptr<class Interpreter> interpreter_;
  std::vector<std::unique_ptr<SqlFile>> files_;  // the interpreter keeps pointers into them
};

using load::read_sql_path;

}  // namespace shale::load::pg_sql
