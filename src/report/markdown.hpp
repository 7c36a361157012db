// Building blocks for GitHub-flavoured markdown that shows user text (table
// names, file names, SQL) without that text breaking the markup around it.
#pragma once
#include <string>

#include "lint/finding.hpp"

namespace shale::report::md {

// `text` with markdown's inline punctuation backslash-escaped, for prose.
std::string escape(const std::string& text);
// An inline code span that holds `text` whatever backticks it contains.
std::string code(const std::string& text);
// <code>text</code> with HTML escaped: markdown is not rendered inside HTML
// elements such as <summary>.
std::string html_code(const std::string& text);
// A fenced code block longer than any backtick run in `body`; `body` ends
// in '\n' (one is added otherwise).
std::string fence(const std::string& language, const std::string& body);
// "- 🛑 error `rule`: message\n" (🟡 warning, ℹ️ info); with `with_line`,
// "line N: " before the message, for findings shown under a whole file.
std::string finding_item(const lint::Finding& f, bool with_line = false);

}  // namespace shale::report::md
