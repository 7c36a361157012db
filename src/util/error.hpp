// Typed errors. A UserError is the user's mistake (bad SQL, bad flag, bad
// state URL) and carries a source position when one exists; a DatabaseError is
// a failure talking to or applying on a database. Anything else that escapes is
// a bug. The CLI maps these to exit codes (2, 3, and 70) in one place.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace shale {

struct SourcePos {
  std::string file;
  int line = 0;
  int column = 0;

  bool known() const { return !file.empty(); }
  // "file:line:col" (or just "file" without a line).
  std::string str() const {
    if (line <= 0) return file;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
  }
};

class UserError : public std::runtime_error {
 public:
  explicit UserError(const std::string& message, SourcePos pos = {})
      : std::runtime_error(message), pos_(std::move(pos)) {}
  const SourcePos& pos() const { return pos_; }

 private:
  SourcePos pos_;
};

class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Line and column (1-based, column counted in bytes) of a byte offset in text.
SourcePos position_in(const std::string& file, const std::string& text, size_t offset);

// The same for many offsets of one text: line starts are indexed once, so
// each position costs O(log lines).
class LineIndex {
 public:
  LineIndex(std::string file, const std::string& text);
  SourcePos at(size_t offset) const;

 private:
  std::string file_;
  std::vector<size_t> starts_;
};

}  // namespace shale
