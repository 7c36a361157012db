// SQL of the changes of domains (create_domain, drop_domain, alter_domain) and of
// composite types (create_composite_type, drop_composite_type, alter_composite_type).
#pragma once
#include <string>
#include <vector>

#include "diff/change.hpp"

namespace shale::render {

void postgres_domain_statements(const diff::Change& change, std::vector<std::string>& out);

}  // namespace shale::render
