#include <cxkit/ci/sarif.hpp>

#include "lines.hpp"

#include <cxkit/base/escape.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <variant>

namespace cxkit::ci {

namespace {

using json = nlohmann::ordered_json;

constexpr std::string_view kSchema = "https://json.schemastore.org/sarif-2.1.0.json";

json text(const std::string& text) { return {{"text", text}}; }

// SARIF's validator (SARIF1001) wants a rule's name to differ from its id,
// ignoring case; when it does not, the name says nothing the id does not.
bool same_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](unsigned char x, unsigned char y) {
    return std::tolower(x) == std::tolower(y);
  });
}

json rule_json(const Rule& rule) {
  json j = {{"id", rule.id}};
  if (!rule.name.empty() && !same_ignoring_case(rule.name, rule.id)) j["name"] = rule.name;
  j["shortDescription"] = text(rule.summary);
  if (!rule.description.empty()) j["fullDescription"] = text(rule.description);
  if (!rule.help.empty()) j["help"] = text(rule.help);
  j["defaultConfiguration"] = {{"level", name(rule.level)}};
  if (!rule.tags.empty()) j["properties"] = {{"tags", rule.tags}};
  return j;
}

json location(const Location& where) {
  json physical = {{"artifactLocation", {{"uri", base::uri_path(where.file)}}}};
  if (where.line > 0) {
    json region = {{"startLine", where.line}};
    if (where.column > 0) region["startColumn"] = where.column;
    physical["region"] = region;
  }
  return json::array({{{"physicalLocation", physical}}});
}

json result(const Run& run, const base::Diagnostic& d) {
  json j = {{"ruleId", d.rule}};
  const auto rule = std::find_if(run.rules.begin(), run.rules.end(), [&](const Rule& r) { return r.id == d.rule; });
  if (rule != run.rules.end()) j["ruleIndex"] = rule - run.rules.begin();
  j["level"] = name(d.severity);
  j["message"] = text(headed(d) + (d.help.empty() ? "" : "\n" + d.help));
  if (!d.where.file.empty()) j["locations"] = location(d.where);
  if (!run.fingerprint.empty() && !d.subject.empty())
    j["partialFingerprints"] = {{run.fingerprint, d.where.file + "#" + d.subject}};
  if (!d.properties.empty()) {
    json bag = json::object();
    for (const auto& p : d.properties) std::visit([&](const auto& v) { bag[p.name] = v; }, p.value);
    j["properties"] = bag;
  }
  return j;
}

}  // namespace

std::string sarif(const Run& run, const std::vector<base::Diagnostic>& diagnostics) {
  json rules = json::array();
  for (const auto& rule : run.rules) rules.push_back(rule_json(rule));
  json results = json::array();
  for (const auto& d : diagnostics)
    if (!d.waiver) results.push_back(result(run, d));
  json driver = {{"name", run.tool}};
  if (!run.information_uri.empty()) driver["informationUri"] = run.information_uri;
  driver["version"] = run.version;
  driver["semanticVersion"] = run.version;
  driver["rules"] = rules;
  json one = {{"tool", {{"driver", driver}}}, {"results", results}};
  if (const auto& p = run.provenance; !p.program.empty()) {
    json artifacts = json::array();
    for (const auto& input : p.inputs)
      artifacts.push_back({{"location", {{"uri", base::uri_path(input.file)}}}, {"hashes", {{"sha-256", input.sha256}}}});
    json settings = json::object();
    for (const auto& s : p.settings) std::visit([&](const auto& v) { settings[s.name] = v; }, s.value);
    one["artifacts"] = artifacts;
    one["invocations"] = json::array(
        {{{"executionSuccessful", true}, {"endTimeUtc", p.made}, {"properties", {{"settings", settings}}}}});
  }
  const json log = {{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", json::array({one})}};
  return log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string pascal_case(std::string_view id) {
  std::string out;
  bool start = true;
  for (const char c : id) {
    if (c == '-') {
      start = true;
      continue;
    }
    out += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    start = false;
  }
  return out;
}

}  // namespace cxkit::ci
