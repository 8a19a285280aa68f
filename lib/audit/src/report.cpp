// The format table, the wording the writers share, and the line-oriented
// formats: CSV, JUnit XML and GitHub workflow commands.
#include <cxkit/audit/report.hpp>

#include <cxkit/base/escape.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace cxkit::audit {

using base::csv_cell;
using base::xml;
using base::github_message;
using base::github_property;

namespace {


std::string tristate(const std::optional<bool>& value) {
  return value ? (*value ? "true" : "false") : "";
}

// GitHub's annotation commands, indexed by Severity.
constexpr std::array<std::string_view, kSeverities> kGithubCommand = {"notice", "warning", "error"};

std::string location(const Result& r, const PolicyResult& p) {
  return fmt::format("{}:{}:{}", r.files[p.file].file, p.policy.where.line, p.policy.where.column);
}

std::string testcase(const Result& r, const PolicyResult& p) {
  const auto& policy = p.policy;
  const auto& rule = audit::rule(p.action);
  std::string out = fmt::format("    <testcase name=\"{}\" classname=\"{}\">\n", xml(policy.id),
                                xml(r.files[p.file].file));
  const std::string detail = fmt::format("{}: {}: {}: {}\n{}", location(r, p), name(p.severity), policy.id,
                                         p.message, policy.text);
  if (p.waived) {
    out += fmt::format("      <skipped message=\"{}\"/>\n",
                       xml(fmt::format("waived until {}: {}", policy.waiver->until, policy.waiver->reason)));
  } else if (p.fails) {
    out += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", rule.action_name,
                       xml(fmt::format("{}: {}", name(p.severity), p.message)), xml(detail));
  } else {
    out += fmt::format("      <system-out>{}</system-out>\n", xml(detail));
  }
  return out + "    </testcase>\n";
}

}  // namespace

const std::vector<AuditFormat>& audit_formats() {
  static const std::vector<AuditFormat> formats = {
      {"text", audit_text},   {"json", audit_json},   {"csv", audit_csv},     {"markdown", audit_markdown},
      {"html", audit_html},   {"junit", audit_junit}, {"sarif", audit_sarif}, {"github", audit_github}};
  return formats;
}

std::string audit_title(const FileInfo& file) {
  std::string title = file.organisation.empty() ? file.file : file.organisation;
  if (!file.period.empty()) title += ", " + file.period;
  return title;
}

std::string audit_counts(const Summary& s) {
  std::vector<std::string> parts;
  for (const auto& rule : rules()) {
    std::string part = fmt::format("{} {}", rule.action_name, s.count(rule.action));
    if (s.waived_count(rule.action) > 0) part += fmt::format(" ({} waived)", s.waived_count(rule.action));
    parts.push_back(std::move(part));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string audit_severities(const Summary& s) {
  return fmt::format("{}, {}, {}, {} waived", plural(s.count(Severity::Error), "error"),
                     plural(s.count(Severity::Warning), "warning"),
                     plural(s.count(Severity::Note), "note"), s.waived);
}

std::string_view fail_on_name(const Options& options) {
  for (const auto& level : fail_on_levels())
    if (level.threshold == options.fail_on) return level.name;
  return "never";
}

std::string audit_verdict(const Result& r) {
  if (!r.options.fail_on) return "--fail-on never: no policy fails the run";
  const auto level = fail_on_name(r.options);
  if (r.summary.failing == 0) return fmt::format("no unwaived policy at or above {} (--fail-on)", level);
  return fmt::format("{} at or above {} (--fail-on) fail{} the run", plural(r.summary.failing, "unwaived policy", "unwaived policies"),
                     level, r.summary.failing == 1 ? "s" : "");
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  if (n == 1) return fmt::format("1 {}", one);
  return many.empty() ? fmt::format("{} {}s", n, one) : fmt::format("{} {}", n, many);
}

std::string complaints_text(long long complaints) {
  if (complaints == 0) return "no complaints";
  return fmt::format("{} complaint{}", complaints, complaints == 1 ? "" : "s");
}

std::string audit_csv(const Result& r, const AuditStyle&) {
  std::string out =
      "file,line,column,id,quadrant,action,severity,waived,waiver_until,fails,complaints,friendly,necessary,"
      "owner,text,basis,explanation,message\r\n";
  for (const auto& p : r.policies) {
    const auto& rule = audit::rule(p.action);
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n",
                       csv_cell(r.files[p.file].file), p.policy.where.line, p.policy.where.column,
                       csv_cell(p.policy.id), rule.quadrant_name, rule.action_name, name(p.severity),
                       p.waived ? "true" : "false", p.policy.waiver ? p.policy.waiver->until : "",
                       p.fails ? "true" : "false", p.policy.complaints, tristate(p.policy.friendly),
                       tristate(p.policy.necessary), csv_cell(p.policy.owner), csv_cell(p.policy.text),
                       csv_cell(p.policy.basis), csv_cell(p.policy.explanation), csv_cell(p.message));
  }
  return out;
}

std::string audit_junit(const Result& r, const AuditStyle&) {
  std::string suites;
  std::size_t failures = 0;
  for (std::size_t f = 0; f < r.files.size(); ++f) {
    const auto& file = r.files[f];
    std::vector<const PolicyResult*> cases;
    for (const auto& p : r.policies)
      if (p.file == f) cases.push_back(&p);
    std::sort(cases.begin(), cases.end(), [](auto* a, auto* b) { return a->index < b->index; });
    const auto failed = static_cast<std::size_t>(std::count_if(cases.begin(), cases.end(), [](auto* p) { return p->fails; }));
    const auto skipped = static_cast<std::size_t>(std::count_if(cases.begin(), cases.end(), [](auto* p) { return p->waived; }));
    failures += failed;
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" file=\"{}\">\n",
        xml(file.file), cases.size(), failed, skipped, xml(file.file));
    suites += "    <properties>\n";
    suites += fmt::format("      <property name=\"organisation\" value=\"{}\"/>\n", xml(file.organisation));
    suites += fmt::format("      <property name=\"period\" value=\"{}\"/>\n", xml(file.period));
    suites += fmt::format("      <property name=\"fail-on\" value=\"{}\"/>\n", fail_on_name(r.options));
    suites += fmt::format("      <property name=\"waivers-checked-on\" value=\"{}\"/>\n", xml(r.options.today));
    suites += "    </properties>\n";
    for (const auto* p : cases) suites += testcase(r, *p);
    suites += "  </testsuite>\n";
  }
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<testsuites name=\"cx-audit\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n{}</testsuites>\n",
                     r.policies.size(), failures, suites);
}

std::string audit_github(const Result& r, const AuditStyle&) {
  std::string out;
  for (const auto& p : r.policies) {
    if (p.waived) continue;
    const auto& policy = p.policy;
    out += fmt::format("::{} file={},line={},col={},title={}::{}\n", kGithubCommand[static_cast<std::size_t>(p.severity)],
                       github_property(r.files[p.file].file), policy.where.line, policy.where.column,
                       github_property(fmt::format("{} ({})", policy.id, rule(p.action).action_name)),
                       github_message(p.message + "\n" + policy.text));
  }
  std::string summary = fmt::format("cx-audit: {}: {}; {}; {}", plural(r.summary.policies, "policy", "policies"),
                                    audit_counts(r.summary), audit_severities(r.summary), audit_verdict(r));
  if (!r.summary.advice.empty()) summary += "\nAdvice: " + r.summary.advice;
  return out + "::notice::" + github_message(summary) + "\n";
}

}  // namespace cxkit::audit
