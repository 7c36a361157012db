// SQL of the domain changes (create_domain, drop_domain, alter_domain).
#pragma once
#include <string>
#include <vector>

#include "diff/change.hpp"

namespace shale::render {

void postgres_domain_statements(const diff::Change& change, std::vector<std::string>& out);

}  // namespace shale::render
