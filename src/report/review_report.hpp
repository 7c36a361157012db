// shale review's report: markdown for a pull-request comment, or JSON.
#pragma once
#include <string>

#include "report/review_document.hpp"

namespace shale::report {

std::string review_markdown(const ReviewDocument& doc);
// {"base","migrations":{"added":[…],"edited":[…],"removed":[…]},"findings":[…],
//  "integrity_error","schema_diff","agreement":{"agree","changes":[…]},"summary":{…}}
std::string review_json(const ReviewDocument& doc);

}  // namespace shale::report
