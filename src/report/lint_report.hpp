// Lint findings as text (compiler style), json (docs/design.md, "Output formats"), sarif 2.1.0 or
// GitHub workflow annotations.
#pragma once
#include <string>
#include <vector>

#include "lint/finding.hpp"

namespace shale::report {

std::string lint_text(const std::vector<lint::Finding>& findings, size_t files, bool color);
std::string lint_json(const std::vector<lint::Finding>& findings, size_t files);
std::string lint_sarif(const std::vector<lint::Finding>& findings);
std::string lint_github(const std::vector<lint::Finding>& findings);

}  // namespace shale::report
