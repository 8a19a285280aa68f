// The format tables, the wording the writers share, JSON and CSV.
#include <cxkit/standards/report.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>

#include <fmt/format.h>
#include <cxkit/base/provenance_json.hpp>
#include <nlohmann/json.hpp>

namespace cxkit::standards {

using base::csv_cell;
using base::tr;
using base::trf;
using base::trnf;

namespace {


}  // namespace

const std::vector<LintFormat>& lint_formats() {
  static const std::vector<LintFormat> formats = {
      {"text", lint_text, base::Media::Text},       {"json", lint_json, base::Media::Json},
      {"csv", lint_csv, base::Media::Csv},          {"markdown", lint_markdown, base::Media::Markdown},
      {"html", lint_html, base::Media::Html},       {"junit", lint_junit, base::Media::Xml},
      {"sarif", lint_sarif, base::Media::Json},     {"github", lint_github, base::Media::GithubCommands}};
  return formats;
}

const std::vector<WorkbookFormat>& workbook_formats() {
  static const std::vector<WorkbookFormat> formats = {{"text", workbook_text, base::Media::Text},
                                                      {"markdown", workbook_markdown, base::Media::Markdown},
                                                      {"html", workbook_html, base::Media::Html}};
  return formats;
}

std::string severities_text(const Summary& s) {
  const auto errors = s.count(Severity::Error), warnings = s.count(Severity::Warning), notes = s.count(Severity::Note);
  return fmt::format("{}, {}, {}", trnf("{} error", "{} errors", errors),
                     trnf("{} warning", "{} warnings", warnings), trnf("{} note", "{} notes", notes));
}

std::string verdict(const Result& r, const StandardsStyle& style) {
  const auto level = base::fail_on_name(r.options.fail_on);
  const auto& option = style.fail_on_option;
  if (!r.options.fail_on) return trf("{} {}: no finding fails the run", option, level);
  const std::size_t failing = r.summary.failing;
  if (failing == 0) return trf("no finding at or above {} ({})", level, option);
  return trnf("{} finding at or above {} ({}) fails the run", "{} findings at or above {} ({}) fail the run",
              failing, failing, level, option);
}

std::string standards_text(const Summary& s) {
  return trnf("{} standard, {} meets every criterion", "{} standards, {} meet every criterion", s.standards,
              s.standards, s.passing);
}

std::string_view severity_label(Severity severity) {
  switch (severity) {
    case Severity::Note: return tr("note");
    case Severity::Warning: return tr("warning");
    case Severity::Error: return tr("error");
  }
  return "?";
}

std::string lint_json(const Result& r, const StandardsStyle& style) {
  using json = nlohmann::ordered_json;
  const auto finding_json = [](const Finding& f) {
    return json{{"criterion", rule(f.rule).id},
                {"severity", base::name(f.severity)},
                {"message", f.message},
                {"line", f.where.line},
                {"column", f.where.column}};
  };
  json j;
  j["tool"] = style.program;
  j["files"] = json::array();
  for (const auto& f : r.files)
    j["files"].push_back({{"file", f.file},
                          {"organisation", f.organisation.empty() ? json(nullptr) : json(f.organisation)},
                          {"standards", f.standards}});
  j["standards"] = json::array();
  for (const auto& s : r.standards) {
    json standard = {{"id", s.standard.id},
                     {"file", r.files[s.file].file},
                     {"line", s.standard.where.line},
                     {"column", s.standard.where.column},
                     {"area", s.standard.area},
                     {"statement", s.standard.statement},
                     {"severity", s.severity ? json(base::name(*s.severity)) : json(nullptr)},
                     {"fails", s.fails},
                     {"findings", json::array()}};
    for (const auto& f : s.findings) standard["findings"].push_back(finding_json(f));
    j["standards"].push_back(std::move(standard));
  }
  j["coverage"] = {{"areas", json::array()}, {"findings", json::array()}};
  for (const auto& c : r.coverage)
    j["coverage"]["areas"].push_back(
        {{"id", c.id}, {"title", c.title}, {"kind", name(c.kind)}, {"own", c.own}, {"standards", c.standards}});
  for (const auto& f : r.coverage_findings) j["coverage"]["findings"].push_back(finding_json(f));
  const auto& s = r.summary;
  j["summary"] = {{"standards", s.standards},
                  {"passing", s.passing},
                  {"error", s.count(Severity::Error)},
                  {"warning", s.count(Severity::Warning)},
                  {"note", s.count(Severity::Note)},
                  {"fail_on", base::fail_on_name(r.options.fail_on)},
                  {"failing", s.failing},
                  {"failed", r.failed()}};
  j["provenance"] = r.provenance.program.empty() ? json(nullptr) : json(base::provenance_json(r.provenance));
  return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string lint_csv(const Result& r, const StandardsStyle&) {
  std::string out = "file,line,column,standard,area,criterion,severity,message\r\n";
  const auto row = [&](const std::string& file, const std::string& id, const std::string& area, const Finding& f) {
    out += fmt::format("{},{},{},{},{},{},{},{}\r\n", csv_cell(file), f.where.line, f.where.column, csv_cell(id),
                       csv_cell(area), rule(f.rule).id, base::name(f.severity), csv_cell(f.message));
  };
  for (const auto& s : r.standards)
    for (const auto& f : s.findings) row(r.files[s.file].file, s.standard.id, s.standard.area, f);
  for (const auto& f : r.coverage_findings) row(f.where.file, "", f.area, f);
  return out;
}

}  // namespace cxkit::standards
