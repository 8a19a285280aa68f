// The CI formats, written by cxkit::ci: JUnit has a test case per standard
// (failing when a finding fails the run), SARIF and GitHub a result per
// finding; coverage notes are of the first file.
#include <cxkit/standards/report.hpp>

#include <cxkit/base/i18n.hpp>
#include <cxkit/ci/github.hpp>
#include <cxkit/ci/junit.hpp>
#include <cxkit/ci/sarif.hpp>

#include <fmt/format.h>

namespace cxkit::standards {

using base::tr;
using base::trf;

namespace {

// SARIF keeps a result's identity across runs by its file, subject and rule.
constexpr std::string_view kFingerprint = "standardFinding/v1";
constexpr std::string_view kTag = "service-standards";

base::Diagnostic diagnostic(const Finding& f, std::string subject, const std::string& statement,
                            const std::optional<Severity>& fail_on) {
  return {.where = f.where,
          .rule = std::string(rule(f.rule).id),
          .severity = f.severity,
          .message = f.message,
          .help = {},
          .subject = std::move(subject),
          .excerpt = statement.empty() ? std::nullopt : std::optional<std::string>(statement),
          .fails = fail_on && f.severity >= *fail_on,
          .waiver = std::nullopt,
          .properties = {{"criterion", std::string(rule(f.rule).id)}}};
}

std::vector<base::Diagnostic> diagnostics(const Result& r) {
  std::vector<base::Diagnostic> out;
  for (const auto& s : r.standards)
    for (const auto& f : s.findings) {
      out.push_back(diagnostic(f, s.standard.id + "/" + std::string(rule(f.rule).id), s.standard.statement,
                               r.options.fail_on));
      out.back().properties.push_back({"standard", s.standard.id});
      out.back().properties.push_back({"area", s.standard.area});
    }
  for (const auto& f : r.coverage_findings) {
    out.push_back(diagnostic(f, "coverage/" + f.area, "", r.options.fail_on));
    out.back().properties.push_back({"area", f.area});
  }
  return out;
}

ci::Run run(const StandardsStyle& style) {
  ci::Run out = ci::cxkit_run(style.program, std::string(kFingerprint));
  for (const auto& rule : rules())
    out.rules.push_back({.id = std::string(rule.id),
                         .name = ci::pascal_case(rule.rule == Rule::Coverage ? "area-coverage"
                                                                             : fmt::format("{}-standard", rule.id)),
                         .summary = std::string(rule.summary),
                         .description = std::string(rule.help),
                         .help = std::string(rule.help),
                         .level = rule.severity,
                         .tags = {std::string(kTag)}});
  return out;
}

}  // namespace

std::string lint_junit(const Result& r, const StandardsStyle& style) {
  std::vector<ci::Suite> suites;
  for (const auto& file : r.files)
    suites.push_back({file.file,
                      file.file,
                      {{"organisation", file.organisation},
                       {"fail-on", std::string(base::fail_on_name(r.options.fail_on))}},
                      {}});
  for (const auto& s : r.standards) {
    base::Diagnostic d;
    d.where = {r.files[s.file].file, s.standard.where.line, s.standard.where.column};
    d.rule = "standard";
    d.severity = s.severity.value_or(Severity::Note);
    d.message = std::string(tr("meets every criterion"));
    d.subject = s.standard.id;
    d.excerpt = s.standard.statement;
    d.fails = s.fails;
    if (!s.findings.empty()) {
      std::vector<std::string> messages;
      for (const auto& f : s.findings)
        messages.push_back(fmt::format("[{}] {}", rule(f.rule).id, f.message));
      d.rule = std::string(rule(s.findings.front().rule).id);
      d.message = fmt::format("{}", fmt::join(messages, "; "));
    }
    suites[s.file].cases.push_back(std::move(d));
  }
  // Coverage: a test case per area, passing when it has a standard.
  if (!suites.empty())
    for (const auto& c : r.coverage) {
      if (c.own) continue;
      base::Diagnostic d;
      d.where = {r.files.front().file, 1, 1};
      d.rule = "coverage";
      d.message = trf("{} standard(s) for the area '{}'", c.standards, c.title);
      d.subject = "coverage/" + c.id;
      for (const auto& f : r.coverage_findings)
        if (f.area == c.id) {
          d.message = f.message;
          d.fails = r.options.fail_on && f.severity >= *r.options.fail_on;
        }
      suites.front().cases.push_back(std::move(d));
    }
  ci::Run description = run(style);
  description.provenance = r.provenance;
  return ci::junit(description, suites);
}

std::string lint_sarif(const Result& r, const StandardsStyle& style) {
  ci::Run description = run(style);
  description.provenance = r.provenance;
  return ci::sarif(description, diagnostics(r));
}

std::string lint_github(const Result& r, const StandardsStyle& style) {
  ci::Run description = run(style);
  description.provenance = r.provenance;
  description.summary =
      fmt::format("{}; {}; {}", standards_text(r.summary), severities_text(r.summary), verdict(r, style));
  return ci::github(description, diagnostics(r));
}

}  // namespace cxkit::standards
