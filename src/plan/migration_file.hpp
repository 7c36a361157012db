// The text of a migration file written from a plan (`shale diff`).
#pragma once
#include <string>

#include "plan/plan.hpp"

namespace shale::plan {

// The session settings an online PostgreSQL step starts with
// ("SET lock_timeout = '5s';\n" …); "" for other plans and for a step outside
// a transaction, where a timed-out CREATE INDEX CONCURRENTLY would leave an
// INVALID index behind (`shale apply` cleans those up before it retries).
std::string step_settings(const Plan& step, bool outside_transaction);

// A migration file for a plan of one step: the title, the directives
// (-- shale:no-transaction, -- shale:irreversible), the step's settings, and each
// change's statements under its `-- hazard:` comments.
std::string migration_file(const Plan& step, bool outside_transaction, const std::string& title, bool irreversible);

// The plan that undoes `from` → `to` (it goes `to` → `from`) in one migration:
// the online forms when they fit in one step, else the plain ones (a down
// file is one migration, and rolling back is rarely done under load).
Plan down_plan(Dialect dialect, const model::Schema& from, const model::Schema& to, const Options& options);

// Whether running the plan deletes data (its down file cannot restore it).
bool deletes_data(const Plan& plan);

}  // namespace shale::plan
