#include "report/review_document.hpp"

namespace shale::report {

int ReviewDocument::count(lint::Severity s) const {
  int n = 0;
  for (const auto& m : added)
    for (const auto& f : m.findings) n += f.severity == s;
  return n;
}

bool ReviewDocument::failed() const {
  return count(lint::Severity::error) > 0 || !edited.empty() || !removed.empty() || !integrity_error.empty() ||
         !agree();
}

}  // namespace shale::report
