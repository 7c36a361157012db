#include "lint/replay_walk.hpp"

#include "migrate/directory.hpp"
#include "util/error.hpp"

namespace shale::lint {

std::vector<Finding> lint_replayed(const std::vector<std::string>& up_paths, const ReplaySteps& steps,
                                   std::string* replay_note) {
  std::vector<Finding> out;
  bool replaying = true;
  for (const auto& path : up_paths) {
    std::string text = migrate::read_text_file(path);
    model::Schema before;
    std::set<model::QName> existed;
    if (replaying) {
      before = steps.replay->current();
      existed = steps.tables(before);
    }
    auto findings = steps.statements(path, text, replaying ? &existed : nullptr);
    if (replaying) {
      try {
        steps.replay->add({path, text});
        steps.changes(before, steps.replay->current(), path, text, findings);
      } catch (const UserError& e) {
        replaying = false;
        if (replay_note)
          *replay_note = "change rules stopped at " + path + ": it cannot be replayed (" + std::string(e.what()) + ")";
      }
    }
    out.insert(out.end(), std::make_move_iterator(findings.begin()), std::make_move_iterator(findings.end()));
  }
  return out;
}

}  // namespace shale::lint
