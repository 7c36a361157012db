// Which ALTER COLUMN … TYPE changes PostgreSQL makes without rewriting the
// table. The planner leaves the table-rewrite hazard off them (and their
// USING clause, so PostgreSQL sees a plain binary-coercible change), and the
// lint rule change-column-type lets them pass.
#pragma once
#include <string>

namespace shale::pgsql {

// True when a column of canonical type `from` (format_type's spelling, as in
// the model) can become `to` with no rewrite and no scan of the rows:
// varchar(n) → varchar(m ≥ n), varchar or text; text → varchar; numeric(p,s) →
// numeric(q ≥ p, s) or unconstrained numeric; varbit(n) → varbit(m ≥ n) or
// varbit; cidr → inet; the same type with the same modifiers.
// See "ALTER TABLE … SET DATA TYPE" in the PostgreSQL 15 manual: a change that
// is binary coercible, or an unconstrained domain over the new type, needs no rewrite.
bool changes_without_rewrite(const std::string& from, const std::string& to);

}  // namespace shale::pgsql
