// The walk `lint` makes over a migration directory, whatever the dialect:
// each file's statement rules, told which tables the replay knows existed
// before it, and the change rules over the replayed state before and after
// it. When a file cannot be replayed, change rules stop there (with a note)
// and statement rules go on.
#pragma once
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "dialect/dialect.hpp"
#include "lint/engine.hpp"

namespace shale::lint {

struct ReplaySteps {
  dialect::Replay* replay = nullptr;  // the state so far; the walk adds each file to it
  std::function<std::set<model::QName>(const model::Schema&)> tables;  // as the statement rules name them
  // Statement findings of one file, given the tables that existed before it.
  std::function<std::vector<Finding>(const std::string& path, const std::string& text, const std::set<model::QName>*)>
      statements;
  // Adds the change rules' findings for one file to `findings`.
  std::function<void(const model::Schema& before, const model::Schema& after, const std::string& path,
                     const std::string& text, std::vector<Finding>& findings)>
      changes;
};

std::vector<Finding> lint_replayed(const std::vector<std::string>& up_paths, const ReplaySteps& steps,
                                   std::string* replay_note);

}  // namespace shale::lint
