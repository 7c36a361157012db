// One statement of a rendered plan, in any dialect.
#pragma once
#include <cstddef>
#include <string>

namespace shale::render {

struct RenderedStatement {
  std::string sql;      // without trailing ';'
  size_t change_index;  // which change it belongs to
};

}  // namespace shale::render
