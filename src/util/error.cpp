#include "util/error.hpp"

#include <algorithm>

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

LineIndex::LineIndex(std::string file, const std::string& text) : file_(std::move(file)), starts_{0} {
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(i + 1);
}

SourcePos LineIndex::at(size_t offset) const {
  size_t line = size_t(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
  return SourcePos{file_, int(line), int(offset - starts_[line - 1]) + 1};
}

}  // namespace shale
