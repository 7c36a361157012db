// PostgreSQL's eight table-level lock modes, which of them conflict, and
// what a held lock therefore stops other sessions doing.
// Source: https://www.postgresql.org/docs/15/explicit-locking.html (13.3.1,
// Table 13.2 "Conflicting Lock Modes").
#pragma once
#include <string>
#include <vector>

namespace shale::pgsql {

// In PostgreSQL's own order and numbering (lockdefs.h: AccessShareLock = 1 …
// AccessExclusiveLock = 8), which is also LockStmt.mode in the parse tree.
// A higher mode is not always a superset of a lower one (SHARE does not
// conflict with SHARE, SHARE UPDATE EXCLUSIVE does conflict with itself);
// `stronger` below orders them by the set of modes they conflict with.
enum class LockMode {
  none = 0,
  access_share = 1,
  row_share = 2,
  row_exclusive = 3,
  share_update_exclusive = 4,
  share = 5,
  share_row_exclusive = 6,
  exclusive = 7,
  access_exclusive = 8,
};

const char* lock_mode_name(LockMode m);                     // "ACCESS EXCLUSIVE"
const char* pg_locks_mode_name(LockMode m);                 // "AccessExclusiveLock", as pg_locks.mode shows it
LockMode lock_mode_from_pg_locks(const std::string& mode);  // inverse; none when unknown

// Table 13.2: whether a lock in mode `a` held by one transaction makes
// another wait for mode `b` on the same table (symmetric).
bool lock_modes_conflict(LockMode a, LockMode b);
// Of two modes taken on one object, the one that conflicts with more (the
// mode PostgreSQL ends up holding, for every pair the table's statements take).
LockMode stronger(LockMode a, LockMode b);

// What other sessions cannot do on an object while the lock is held, by the
// lock their statement takes: SELECT (ACCESS SHARE), SELECT … FOR UPDATE/SHARE
// (ROW SHARE), INSERT/UPDATE/DELETE (ROW EXCLUSIVE), VACUUM/ANALYZE/CREATE
// INDEX CONCURRENTLY (SHARE UPDATE EXCLUSIVE), and schema changes (ALTER TABLE,
// DROP: ACCESS EXCLUSIVE, which every mode blocks).
struct Blocked {
  bool reads = false;
  bool locking_reads = false;
  bool writes = false;
  bool maintenance = false;
  bool ddl = false;
};
Blocked blocked_by(LockMode m);
// The names of what is blocked, for JSON: "reads", "locking-reads", "writes",
// "maintenance", "ddl".
std::vector<std::string> blocked_names(LockMode m);
// For messages: "reads and writes", "writes, not reads" …
std::string blocked_text(LockMode m);

}  // namespace shale::pgsql
