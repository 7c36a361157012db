// The one table of locks: for each PostgreSQL statement form, the lock it
// takes on which object, and whether it scans or rewrites the table. The
// linter explains its findings with it, and the planner picks online forms
// by it. Lock levels from PostgreSQL 15's documentation:
// https://www.postgresql.org/docs/15/explicit-locking.html and the lock level
// given for each subcommand on https://www.postgresql.org/docs/15/sql-altertable.html;
// tests/unit/locks_test.cpp checks the table against both, and
// tests/integration/locks_test.cpp against pg_locks of a real server.
#pragma once
#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <string>
#include <vector>

#include "pgsql/lock_modes.hpp"

namespace shale::pgsql {

// What a statement does to the rows of the table it locks, beyond the lock.
enum class Work {
  none,     // catalog only (or only the rows it names: INSERT, UPDATE …)
  scan,     // reads every row under the lock: validation, index build
  rewrite,  // writes a new copy of the table (and rebuilds its indexes)
};
const char* work_name(Work w);  // "none", "scan", "rewrite"

// One row of the table.
struct LockForm {
  const char* id;       // stable kebab-case id ("alter-table-set-not-null")
  const char* form;     // the statement form, as the documentation spells it
  LockMode mode;        // on the statement's own object (the table altered, the index dropped …)
  LockMode other_mode;  // on the second object it locks, `none` when none
  const char* other;    // what that object is ("referenced table"), or ""
  Work work;
  bool transaction_block;  // may run inside a transaction block (false: CONCURRENTLY, VACUUM …)
  const char* note;        // when the work or lock differs from the above, or ""
};

// Every form, in the order of the documentation's pages.
const std::vector<LockForm>& lock_forms();
// The form with that id; throws std::logic_error for an unknown id (a typo in shale).
const LockForm& lock_form(const std::string& id);

// An object a statement locks. `schema` is "" when the statement leaves it
// to search_path (an unqualified index name) — except tables, which the
// linter names "public." as the rest of shale does.
struct ObjectLock {
  std::string kind;  // "table", "index", "view", "materialized view", "table of index", "referenced table", "schema",
                     // "database"
  std::string schema, name;
  LockMode mode = LockMode::none;
  std::string qualified() const { return schema.empty() ? name : schema + "." + name; }
};

// What one statement takes: its forms (an ALTER TABLE with several
// subcommands has several), every object with the strongest mode taken on
// it, the heaviest work, and whether it may run in a transaction block.
struct LockFacts {
  std::vector<const LockForm*> forms;
  std::vector<ObjectLock> locks;  // the statement's own object first
  Work work = Work::none;
  bool transaction_block = true;
  bool empty() const { return forms.empty(); }
  // The strongest mode on any object (none when the statement locks no relation).
  LockMode strongest() const;
  // "ACCESS EXCLUSIVE on public.users (blocks reads and writes); rewrites the table"
  std::string describe() const;
};

// The lock facts of one parsed statement; empty for statements that lock no
// table, index or view (CREATE FUNCTION, SET, CREATE TYPE …).
LockFacts lock_facts(const PgQuery__Node* stmt);

// A volatile function called in `expr` ("random", "gen_random_uuid",
// "nextval" …), or "": a default calling one makes ADD COLUMN rewrite the table.
std::string volatile_call(PgQuery__Node* expr);

}  // namespace shale::pgsql
