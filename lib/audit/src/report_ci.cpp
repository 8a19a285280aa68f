// The CI formats: a diagnostic per policy, written by cxkit::ci. A waived
// policy's diagnostic carries its waiver: JUnit skips it, SARIF and GitHub
// leave it out.
#include <cxkit/audit/report.hpp>

#include <cxkit/base/i18n.hpp>
#include <cxkit/ci/github.hpp>
#include <cxkit/ci/junit.hpp>
#include <cxkit/ci/sarif.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace cxkit::audit {

using base::tr;
using base::trf;

namespace {

// SARIF keeps a result's identity across runs by its file and policy id.
constexpr std::string_view kFingerprint = "policyId/v1";
// The SARIF tag of every rule, beside its quadrant.
constexpr std::string_view kTag = "policy-audit";

base::Diagnostic diagnostic(const Result& r, const PolicyResult& p) {
  const auto& policy = p.policy;
  const auto& rule = audit::rule(p.action);
  std::optional<std::string> waiver;
  if (p.waived) waiver = trf("waived until {}: {}", policy.waiver->until, policy.waiver->reason);
  return {.where = {r.files[p.file].file, policy.where.line, policy.where.column},
          .rule = std::string(rule.action_name),
          .severity = p.severity,
          .message = p.message,
          .help = {},  // the rule's help says it
          .subject = policy.id,
          .excerpt = policy.text,
          .fails = p.fails,
          .waiver = std::move(waiver),
          .properties = {{"policy", policy.id},
                         {"text", policy.text},
                         {"quadrant", std::string(rule.quadrant_name)},
                         {"complaints", policy.complaints},
                         {"owner", policy.owner}}};
}

// In the result's order: highest severity first.
std::vector<base::Diagnostic> diagnostics(const Result& r) {
  std::vector<base::Diagnostic> out;
  for (const auto& p : r.policies) out.push_back(diagnostic(r, p));
  return out;
}

// The tool and one rule per action; the rule's level is the severity its
// findings usually have (a soften finding is a warning until explained), its
// SARIF name the action and quadrant ("EliminateUnnecessaryUnfriendlyPolicy").
ci::Run run(const AuditStyle& style) {
  ci::Run out = ci::cxkit_run(style.program, std::string(kFingerprint));
  for (const auto& rule : rules())
    out.rules.push_back({.id = std::string(rule.action_name),
                         .name = ci::pascal_case(fmt::format("{}-{}-policy", rule.action_name, rule.quadrant_name)),
                         .summary = std::string(rule.summary),
                         .description = std::string(rule.help),
                         .help = std::string(rule.help),
                         .level = rule.unexplained.value_or(rule.severity),
                         .tags = {std::string(kTag), std::string(rule.quadrant_name)}});
  return out;
}

}  // namespace

std::string audit_junit(const Result& r, const AuditStyle& style) {
  std::vector<ci::Suite> suites;
  for (const auto& file : r.files)
    suites.push_back({file.file,
                      file.file,
                      {{"organisation", file.organisation},
                       {"period", file.period},
                       {"fail-on", std::string(fail_on_name(r.options))},
                       {"waivers-checked-on", r.options.today}},
                      {}});
  // Each file's policies in file order.
  std::vector<const PolicyResult*> order;
  for (const auto& p : r.policies) order.push_back(&p);
  std::sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->index < b->index; });
  for (const auto* p : order) suites[p->file].cases.push_back(diagnostic(r, *p));
  ci::Run description = run(style);
  description.provenance = r.provenance;
  return ci::junit(description, suites);
}

std::string audit_sarif(const Result& r, const AuditStyle& style) {
  ci::Run description = run(style);
  description.provenance = r.provenance;
  return ci::sarif(description, diagnostics(r));
}

std::string audit_github(const Result& r, const AuditStyle& style) {
  ci::Run description = run(style);
  description.provenance = r.provenance;
  description.summary = fmt::format("{}: {}; {}; {}", policies_text(r.summary.policies), audit_counts(r.summary),
                                    audit_severities(r.summary), audit_verdict(r, style));
  if (!r.summary.advice.empty()) description.summary += fmt::format("\n{} {}", tr("Advice:"), r.summary.advice);
  return ci::github(description, diagnostics(r));
}

}  // namespace cxkit::audit
