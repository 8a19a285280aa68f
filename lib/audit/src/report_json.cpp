// JSON, for scripts: every policy with its findings, and the summary.
#include <cxkit/audit/report.hpp>

#include <cxkit/base/provenance_json.hpp>

#include <nlohmann/json.hpp>

namespace cxkit::audit {

namespace {

using json = nlohmann::ordered_json;

std::string dump(const json& j) { return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n"; }

json tristate(const std::optional<bool>& value) { return value ? json(*value) : json(nullptr); }

json text_or_null(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json policy_json(const Result& r, const PolicyResult& p) {
  const auto& policy = p.policy;
  const auto& rule = audit::rule(p.action);
  json j;
  j["id"] = policy.id;
  j["file"] = r.files[p.file].file;
  j["line"] = policy.where.line;
  j["column"] = policy.where.column;
  j["text"] = policy.text;
  j["owner"] = text_or_null(policy.owner);
  j["friendly"] = tristate(policy.friendly);
  j["necessary"] = tristate(policy.necessary);
  j["basis"] = text_or_null(policy.basis);
  j["explanation"] = text_or_null(policy.explanation);
  j["complaints"] = policy.complaints;
  j["quadrant"] = rule.quadrant_name;
  j["action"] = rule.action_name;
  j["severity"] = name(p.severity);
  j["waived"] = p.waived;
  j["waiver"] = policy.waiver ? json{{"reason", policy.waiver->reason},
                                     {"until", policy.waiver->until},
                                     {"expired", p.waiver_expired}}
                              : json(nullptr);
  j["fails"] = p.fails;
  j["message"] = p.message;
  j["findings"] = json::array();
  for (const auto& f : p.findings)
    j["findings"].push_back({{"rule", f.rule}, {"severity", name(f.severity)}, {"message", f.message}});
  return j;
}

}  // namespace

std::string audit_json(const Result& r, const AuditStyle&) {
  json j;
  j["fail_on"] = fail_on_name(r.options);
  j["complaints_threshold"] = r.options.complaints_threshold;
  j["files"] = json::array();
  for (const auto& file : r.files)
    j["files"].push_back({{"file", file.file},
                          {"organisation", text_or_null(file.organisation)},
                          {"period", text_or_null(file.period)},
                          {"policies", file.policies}});
  j["policies"] = json::array();
  for (const auto& p : r.policies) j["policies"].push_back(policy_json(r, p));

  const auto& s = r.summary;
  json actions = json::object(), waived = json::object(), severities = json::object();
  for (const auto& rule : rules()) {
    actions[std::string(rule.action_name)] = s.count(rule.action);
    waived[std::string(rule.action_name)] = s.waived_count(rule.action);
  }
  for (auto severity : {Severity::Error, Severity::Warning, Severity::Note})
    severities[std::string(name(severity))] = s.count(severity);
  j["summary"] = {{"policies", s.policies},   {"actions", actions}, {"waived", s.waived},
                  {"waived_actions", waived}, {"severities", severities}, {"failing", s.failing},
                  {"advice", text_or_null(s.advice)}};
  j["provenance"] = r.provenance.program.empty() ? json(nullptr) : json(base::provenance_json(r.provenance));
  return dump(j);
}

}  // namespace cxkit::audit
