// Lint findings as text (compiler style), json (docs/design.md, "Output formats"), sarif 2.1.0 or
// GitHub workflow annotations.
#pragma once
#include <string>
#include <vector>

#include "lint/finding.hpp"

namespace shale::report {

std::string lint_text(const std::vector<lint::Finding>& findings, size_t files, bool color);
std::string lint_json(const std::vector<lint::Finding>& findings, size_t files);
// SARIF 2.1.0. A rule's helpUri must be an absolute URI: it is `docs_url` +
// "<rule id>.md" when docs_url is set (lint_docs_url in shale.toml), and
// left out otherwise; help.text always names lint-rules/<rule id>.md.
std::string lint_sarif(const std::vector<lint::Finding>& findings, const std::string& docs_url = "");
std::string lint_github(const std::vector<lint::Finding>& findings);

}  // namespace shale::report
