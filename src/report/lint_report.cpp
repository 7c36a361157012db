#include "report/lint_report.hpp"

#include <nlohmann/json.hpp>

#include "lint/registry.hpp"

namespace shale::report {

using lint::Finding;
using lint::Severity;
using nlohmann::json;

namespace {
json summary(const std::vector<Finding>& findings, size_t files) {
  int errors = 0, warnings = 0, infos = 0;
  for (const auto& f : findings) {
    if (f.severity == Severity::error)
      ++errors;
    else if (f.severity == Severity::warning)
      ++warnings;
    else
      ++infos;
  }
  return {{"files", files}, {"errors", errors}, {"warnings", warnings}, {"infos", infos}};
}
}  // namespace

std::string lint_text(const std::vector<Finding>& findings, size_t files, bool color) {
  auto paint = [&](const char* code, const std::string& s) {
    return color ? std::string("\033[") + code + "m" + s + "\033[0m" : s;
  };
  std::string out;
  for (const auto& f : findings) {
    const char* code = f.severity == Severity::error ? "1;31" : f.severity == Severity::warning ? "1;33" : "1;36";
    out += f.file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) + ": " +
           paint(code, std::string(lint::severity_name(f.severity)) + "[" + f.rule + "]") + ": " + f.message + "\n";
    if (!f.statement.empty())
      out += "    " + f.statement.substr(0, f.statement.find('\n')) +
             (f.statement.find('\n') != std::string::npos ? " …" : "") + "\n";
    if (!f.lock_text.empty()) out += "    lock: " + f.lock_text + "\n";
    if (!f.instead.empty())
      out += "    instead: " + f.instead + "\n";
    else if (const lint::Rule* r = lint::find_rule(f.rule))
      out += "    instead: " + std::string(r->summary) + "\n";
  }
  json s = summary(findings, files);
  out += std::to_string(int(s["files"])) + " file" + (files == 1 ? "" : "s") +
         " linted: " + std::to_string(int(s["errors"])) + " errors, " + std::to_string(int(s["warnings"])) +
         " warnings, " + std::to_string(int(s["infos"])) + " infos\n";
  return out;
}

std::string lint_json(const std::vector<Finding>& findings, size_t files) {
  json list = json::array();
  for (const auto& f : findings) {
    json item = {{"rule", f.rule},          {"severity", lint::severity_name(f.severity)},
                 {"file", f.file},          {"line", f.line},
                 {"column", f.column},      {"message", f.message},
                 {"statement", f.statement}};
    // The statement's locks on objects the file did not create (PostgreSQL).
    if (!f.locks.empty()) {
      json locks = json::array();
      for (const auto& l : f.locks)
        locks.push_back({{"mode", l.mode}, {"object", l.object}, {"kind", l.kind}, {"blocks", l.blocks}});
      item["locks"] = std::move(locks);
      item["work"] = f.work;
    }
    list.push_back(std::move(item));
  }
  json out;
  out["findings"] = std::move(list);  // no copy of a large report
  out["summary"] = summary(findings, files);
  return out.dump(2);
}

std::string lint_sarif(const std::vector<Finding>& findings, const std::string& docs_url) {
  json rules = json::array(), results = json::array();
  for (const auto& r : lint::rules()) {
    json rule = {
        {"id", r.id},
        {"shortDescription", {{"text", r.summary}}},
        {"help", {{"text", std::string("See lint-rules/") + r.id + ".md in shale's documentation."}}},
        {"defaultConfiguration",
         {{"level", r.default_severity == Severity::info ? "note" : lint::severity_name(r.default_severity)}}}};
    if (!docs_url.empty()) rule["helpUri"] = docs_url + r.id + ".md";
    rules.push_back(std::move(rule));
  }
  for (const auto& f : findings)
    results.push_back({{"ruleId", f.rule},
                       {"level", f.severity == Severity::info ? "note" : lint::severity_name(f.severity)},
                       {"message", {{"text", f.message}}},
                       {"locations",
                        {{{"physicalLocation",
                           {{"artifactLocation", {{"uri", f.file}}},
                            {"region", {{"startLine", f.line}, {"startColumn", f.column}}}}}}}}});
  json driver = {{"name", "shale"}, {"rules", rules}};
  if (!docs_url.empty()) driver["informationUri"] = docs_url;
  json run = {{"tool", {{"driver", driver}}}, {"results", results}};
  return json{{"version", "2.1.0"}, {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"runs", {run}}}.dump(
      2);
}

std::string lint_github(const std::vector<Finding>& findings) {
  std::string out;
  for (const auto& f : findings) {
    const char* level = f.severity == Severity::error     ? "error"
                        : f.severity == Severity::warning ? "warning"
                                                          : "notice";
    std::string message = f.message;
    for (size_t p; (p = message.find('\n')) != std::string::npos;) message.replace(p, 1, "%0A");
    out += std::string("::") + level + " file=" + f.file + ",line=" + std::to_string(f.line) +
           ",col=" + std::to_string(f.column) + ",title=" + f.rule + "::" + message + "\n";
  }
  return out;
}

}  // namespace shale::report
