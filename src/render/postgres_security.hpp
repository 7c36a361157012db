// Row-level security and policies → PostgreSQL SQL (split from postgres.cpp).
#pragma once
#include <string>
#include <vector>

#include "diff/change.hpp"

namespace shale::render {

// The statements of set_row_security, create_policy, alter_policy and drop_policy.
void postgres_security_statements(const diff::Change& c, std::vector<std::string>& out);

// CREATE POLICY as PostgreSQL takes it back (also what `inspect` prints).
std::string create_policy_sql(const model::Policy& p);

// GRANT … TO / REVOKE … FROM, of grant_privileges and revoke_privileges.
std::string privilege_sql(bool grant, const diff::PrivilegeChange& c);

}  // namespace shale::render
