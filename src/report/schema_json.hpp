#pragma once
#include <string>

#include "model/schema.hpp"

namespace shale::report {

// The model as JSON (shale inspect --format json).
std::string schema_json(const model::Schema& schema);

}  // namespace shale::report
