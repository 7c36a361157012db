// The online forms of changes to tables that already hold rows: what a busy
// database can run without blocking its clients for longer than a lock
// timeout (docs/online.md). Tables the plan creates keep the plain forms:
// nobody can be waiting on them.
#pragma once
#include <set>
#include <vector>

#include "diff/change.hpp"

namespace shale::diff {

// Rewrites `changes` (unordered, as the differ made them) in place:
// - an index → CREATE INDEX CONCURRENTLY; a dropped index → DROP INDEX CONCURRENTLY;
// - a unique or primary key constraint → its unique index built concurrently,
//   then ADD CONSTRAINT … USING INDEX;
// - a foreign key or check → ADD … NOT VALID, then VALIDATE CONSTRAINT later;
// - SET NOT NULL → CHECK (c IS NOT NULL) NOT VALID, then VALIDATE it,
//   SET NOT NULL (which the valid check spares a scan) and drop the check.
// Changes to a partitioned table (`partitioned`) keep their plain forms:
// PostgreSQL 15 builds no index on one concurrently, nor adopts one with USING INDEX.
void use_online_forms(std::vector<Change>& changes, const std::set<model::QName>& partitioned = {});

}  // namespace shale::diff
