#include "report/markdown.hpp"

#include <algorithm>

namespace shale::report::md {

namespace {
size_t longest_backtick_run(const std::string& text) {
  size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}
}  // namespace

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    // Characters that start emphasis, code, links, HTML, tables or strikethrough mid-line.
    if (std::string("\\`*_[]<>|~#").find(c) != std::string::npos) out += '\\';
    if (c == '\n') {
      out += ' ';
      continue;
    }
    out += c;
  }
  return out;
}

std::string code(const std::string& text) {
  std::string ticks(longest_backtick_run(text) + 1, '`');
  // A space inside the ticks keeps a leading or trailing backtick apart from them (CommonMark strips it).
  bool pad = !text.empty() && (text.front() == '`' || text.back() == '`');
  return ticks + (pad ? " " : "") + text + (pad ? " " : "") + ticks;
}

std::string html_code(const std::string& text) {
  std::string out = "<code>";
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out + "</code>";
}

std::string fence(const std::string& language, const std::string& body) {
  std::string ticks(std::max<size_t>(3, longest_backtick_run(body) + 1), '`');
  return ticks + language + "\n" + body + (body.empty() || body.back() != '\n' ? "\n" : "") + ticks + "\n";
}

std::string finding_item(const lint::Finding& f, bool with_line) {
  const char* icon = f.severity == lint::Severity::error     ? "🛑"
                     : f.severity == lint::Severity::warning ? "🟡"
                                                             : "ℹ️";
  return std::string("- ") + icon + " " + lint::severity_name(f.severity) + " " + code(f.rule) + ": " +
         (with_line ? "line " + std::to_string(f.line) + ": " : "") + escape(f.message) + "\n";
}

}  // namespace shale::report::md
