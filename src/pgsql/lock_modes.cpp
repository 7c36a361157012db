#include "pgsql/lock_modes.hpp"

namespace shale::pgsql {

namespace {
struct ModeNames {
  const char* sql;
  const char* pg_locks;
};
const ModeNames kNames[] = {
    {"no", ""},
    {"ACCESS SHARE", "AccessShareLock"},
    {"ROW SHARE", "RowShareLock"},
    {"ROW EXCLUSIVE", "RowExclusiveLock"},
    {"SHARE UPDATE EXCLUSIVE", "ShareUpdateExclusiveLock"},
    {"SHARE", "ShareLock"},
    {"SHARE ROW EXCLUSIVE", "ShareRowExclusiveLock"},
    {"EXCLUSIVE", "ExclusiveLock"},
    {"ACCESS EXCLUSIVE", "AccessExclusiveLock"},
};

// Table 13.2 as bit sets: bit b of kConflicts[a] is set when mode a conflicts
// with mode b (modes numbered 1..8 as above).
constexpr unsigned bit(int m) { return 1u << m; }
constexpr unsigned kConflicts[9] = {
    0,
    /* ACCESS SHARE */ bit(8),
    /* ROW SHARE */ bit(7) | bit(8),
    /* ROW EXCLUSIVE */ bit(5) | bit(6) | bit(7) | bit(8),
    /* SHARE UPDATE EXCLUSIVE */ bit(4) | bit(5) | bit(6) | bit(7) | bit(8),
    /* SHARE */ bit(3) | bit(4) | bit(6) | bit(7) | bit(8),
    /* SHARE ROW EXCLUSIVE */ bit(3) | bit(4) | bit(5) | bit(6) | bit(7) | bit(8),
    /* EXCLUSIVE */ bit(2) | bit(3) | bit(4) | bit(5) | bit(6) | bit(7) | bit(8),
    /* ACCESS EXCLUSIVE */ bit(1) | bit(2) | bit(3) | bit(4) | bit(5) | bit(6) | bit(7) | bit(8),
};

int count_bits(unsigned x) {
  int n = 0;
  for (; x; x &= x - 1) ++n;
  return n;
}
}  // namespace

const char* lock_mode_name(LockMode m) { return kNames[int(m)].sql; }
const char* pg_locks_mode_name(LockMode m) { return kNames[int(m)].pg_locks; }

LockMode lock_mode_from_pg_locks(const std::string& mode) {
  for (int m = 1; m <= 8; ++m)
    if (mode == kNames[m].pg_locks) return LockMode(m);
  return LockMode::none;
}

bool lock_modes_conflict(LockMode a, LockMode b) { return (kConflicts[int(a)] & bit(int(b))) != 0; }

LockMode stronger(LockMode a, LockMode b) {
  int ca = count_bits(kConflicts[int(a)]), cb = count_bits(kConflicts[int(b)]);
  if (ca != cb) return ca > cb ? a : b;
  return int(a) >= int(b) ? a : b;
}

Blocked blocked_by(LockMode m) {
  Blocked b;
  if (m == LockMode::none) return b;
  b.reads = lock_modes_conflict(m, LockMode::access_share);
  b.locking_reads = lock_modes_conflict(m, LockMode::row_share);
  b.writes = lock_modes_conflict(m, LockMode::row_exclusive);
  b.maintenance = lock_modes_conflict(m, LockMode::share_update_exclusive);
  b.ddl = lock_modes_conflict(m, LockMode::access_exclusive);
  return b;
}

std::vector<std::string> blocked_names(LockMode m) {
  Blocked b = blocked_by(m);
  std::vector<std::string> out;
  if (b.reads) out.push_back("reads");
  if (b.locking_reads) out.push_back("locking-reads");
  if (b.writes) out.push_back("writes");
  if (b.maintenance) out.push_back("maintenance");
  if (b.ddl) out.push_back("ddl");
  return out;
}

std::string blocked_text(LockMode m) {
  Blocked b = blocked_by(m);
  if (b.reads) return "reads and writes";
  if (b.locking_reads) return "writes and SELECT … FOR UPDATE, not plain reads";
  if (b.writes) return "writes, not reads";
  if (b.maintenance) return "VACUUM, ANALYZE and schema changes, not reads or writes";
  if (b.ddl) return "schema changes only";
  return "nothing";
}

}  // namespace shale::pgsql
