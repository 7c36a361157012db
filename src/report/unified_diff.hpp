// A line diff of two texts in the unified format `diff -u` writes, so a
// reviewer reads a schema change the way they read a code change.
#pragma once
#include <string>

namespace shale::report {

// "" when the texts are equal. Otherwise "--- <before_label>\n+++ <after_label>\n"
// followed by hunks ("@@ -a,b +c,d @@", three lines of context), computed
// with dtl. Texts are split at '\n'; a missing final newline is not marked.
std::string unified_diff(const std::string& before, const std::string& after, const std::string& before_label,
                         const std::string& after_label);

}  // namespace shale::report
