#include "util/error.hpp"

namespace shale {

SourcePos position_in(const std::string& file, const std::string& text, size_t offset) {
  SourcePos pos{file, 1, 1};
  if (offset > text.size()) offset = text.size();
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
  }
  return pos;
}

}  // namespace shale
