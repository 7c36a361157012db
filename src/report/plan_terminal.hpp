// A plan for a terminal: the markdown report's structure in plain text,
// with ANSI colours when `color` (the caller decides: a TTY, no NO_COLOR).
#pragma once
#include <string>

#include "report/plan_document.hpp"

namespace shale::report {

std::string plan_terminal(const PlanDocument& doc, bool color);

}  // namespace shale::report
