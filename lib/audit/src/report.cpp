// The format table, the wording the writers share, and CSV.
#include <cxkit/audit/report.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>

#include <fmt/format.h>

#include <array>

namespace cxkit::audit {

using base::csv_cell;
using base::tr;
using base::trf;
using base::trnf;

namespace {

std::string tristate(const std::optional<bool>& value) {
  return value ? (*value ? "true" : "false") : "";
}

}  // namespace

const std::vector<AuditFormat>& audit_formats() {
  static const std::vector<AuditFormat> formats = {
      {"text", audit_text, base::Media::Text},
      {"json", audit_json, base::Media::Json},
      {"csv", audit_csv, base::Media::Csv},
      {"markdown", audit_markdown, base::Media::Markdown},
      {"html", audit_html, base::Media::Html},
      {"junit", audit_junit, base::Media::Xml},
      {"sarif", audit_sarif, base::Media::Json},
      {"github", audit_github, base::Media::GithubCommands}};
  return formats;
}

std::string audit_title(const FileInfo& file) {
  std::string title = file.organisation.empty() ? file.file : file.organisation;
  if (!file.period.empty()) title += ", " + file.period;
  return title;
}

std::string action_count(const Summary& s, Action action) {
  const std::size_t waived = s.waived_count(action);
  return fmt::format("{}", s.count(action)) + (waived > 0 ? " " + trf("({} waived)", waived) : "");
}

std::string audit_counts(const Summary& s) {
  std::vector<std::string> parts;
  for (const auto& rule : rules())
    parts.push_back(fmt::format("{} {}", rule.action_name, action_count(s, rule.action)));
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string audit_severities(const Summary& s) {
  const auto errors = s.count(Severity::Error), warnings = s.count(Severity::Warning), notes = s.count(Severity::Note);
  return fmt::format("{}, {}, {}, {}", trnf("{} error", "{} errors", errors),
                     trnf("{} warning", "{} warnings", warnings), trnf("{} note", "{} notes", notes),
                     trf("{} waived", s.waived));
}

std::string_view fail_on_name(const Options& options) { return base::fail_on_name(options.fail_on); }

std::string audit_verdict(const Result& r, const AuditStyle& style) {
  const auto level = fail_on_name(r.options);
  const auto& option = style.fail_on_option;
  if (!r.options.fail_on) return trf("{} {}: no policy fails the run", option, level);
  const std::size_t failing = r.summary.failing;
  if (failing == 0) return trf("no unwaived policy at or above {} ({})", level, option);
  return trnf("{} unwaived policy at or above {} ({}) fails the run",
              "{} unwaived policies at or above {} ({}) fail the run", failing, failing, level, option);
}

std::string policies_text(std::size_t policies) {
  return trnf("{} policy", "{} policies", policies);
}

std::string complaints_text(long long complaints) {
  if (complaints == 0) return std::string(tr("no complaints"));
  const auto n = static_cast<std::size_t>(complaints);
  return trnf("{} complaint", "{} complaints", n);
}

std::string_view severity_label(Severity severity) {
  const std::array<std::string_view, base::kSeverities> labels = {tr("note"), tr("warning"), tr("error")};
  return labels[static_cast<std::size_t>(severity)];
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

}  // namespace cxkit::audit
