// The formats people read as text: the terminal report and Markdown.
#include <cxkit/standards/report.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/text.hpp>
#include <cxkit/base/text_table.hpp>

#include <fmt/format.h>

#include <array>

namespace cxkit::standards {

using base::markdown_cell;
using base::terminal;
using base::tr;
using base::trf;

namespace {

// ANSI codes per severity, indexed by Severity.
constexpr std::array<const char*, base::kSeverities> kSeverityColor = {"36", "33", "1;31"};

std::string paint(bool color, std::string_view text, const char* code) {
  return color ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
}

// "file:line:col: warning: answer-by-third-ring [specific]: message"
std::string finding_line(const Finding& f, std::string_view subject, bool color) {
  return fmt::format("{}: {}: {} [{}]: {}\n", terminal(to_string(f.where)),
                     paint(color, severity_label(f.severity), kSeverityColor[static_cast<std::size_t>(f.severity)]),
                     paint(color, terminal(subject), "1"), rule(f.rule).id, terminal(f.message));
}

// The areas of a kind with their counts: "Timeliness 2".
std::vector<const Coverage*> of_kind(const Result& r, Area::Kind kind) {
  std::vector<const Coverage*> out;
  for (const auto& c : r.coverage)
    if (c.kind == kind) out.push_back(&c);
  return out;
}

std::string one_line(std::string_view text) {
  std::string out = terminal(text);
  for (auto& c : out)
    if (c == '\n' || c == '\t') c = ' ';
  return out;
}

}  // namespace

std::string lint_text(const Result& r, const StandardsStyle& style) {
  std::string out;
  for (const auto& s : r.standards)
    for (const auto& f : s.findings) out += finding_line(f, s.standard.id, style.color);
  for (const auto& f : r.coverage_findings) out += finding_line(f, f.area, style.color);
  if (!out.empty()) out += "\n";

  out += paint(style.color, tr("Coverage (standards per area)"), "1") + "\n";
  base::TextTable table({{base::TextTable::Align::Left, 34},
                         {base::TextTable::Align::Right, 3},
                         {base::TextTable::Align::Left, 34},
                         {base::TextTable::Align::Right, 3}});
  table.add({std::string(tr("Organisational")), "", std::string(tr("Personal")), ""});
  const auto org = of_kind(r, Area::Kind::Organisational), personal = of_kind(r, Area::Kind::Personal);
  for (std::size_t i = 0; i < std::max(org.size(), personal.size()); ++i) {
    std::vector<std::string> row;
    for (const auto* list : {&org, &personal}) {
      if (i < list->size()) {
        const Coverage& c = *(*list)[i];
        row.push_back(one_line(c.title) + (c.own ? " " + std::string(tr("(own)")) : ""));
        row.push_back(std::to_string(c.standards));
      } else {
        row.insert(row.end(), {"", ""});
      }
    }
    table.add(std::move(row));
  }
  out += table.render() + "\n";
  out += standards_text(r.summary) + "; " + severities_text(r.summary) + "\n";
  out += verdict(r, style) + "\n";
  return out + base::provenance_footer(r.provenance, base::Media::Text);
}

std::string lint_markdown(const Result& r, const StandardsStyle& style) {
  std::string out = "# " + std::string(tr("Service standards review")) + "\n\n";
  for (const auto& f : r.files)
    out += fmt::format("- {}{}\n", markdown_cell(f.file),
                       f.organisation.empty() ? std::string() : " \u2014 " + markdown_cell(f.organisation));
  out += "\n" + markdown_cell(standards_text(r.summary) + "; " + severities_text(r.summary)) + ". " +
         markdown_cell(verdict(r, style)) + ".\n";
  out += fmt::format("\n## {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n", tr("Findings"), tr("Where"),
                     tr("Standard"), tr("Criterion"), tr("Severity"), tr("Message"));
  bool any = false;
  const auto row = [&](const Finding& f, std::string_view subject) {
    any = true;
    out += fmt::format("| {} | {} | {} | {} | {} |\n", markdown_cell(to_string(f.where)), markdown_cell(subject),
                       rule(f.rule).id, severity_label(f.severity), markdown_cell(f.message));
  };
  for (const auto& s : r.standards)
    for (const auto& f : s.findings) row(f, s.standard.id);
  for (const auto& f : r.coverage_findings) row(f, f.area);
  if (!any) out += fmt::format("| | | | | {} |\n", tr("none"));
  out += fmt::format("\n## {}\n\n| {} | {} | {} |\n|---|---|---:|\n", tr("Coverage"), tr("Area"), tr("Kind"),
                     tr("Standards"));
  for (const auto& c : r.coverage)
    out += fmt::format("| {}{} | {} | {} |\n", markdown_cell(c.title), c.own ? " " + std::string(tr("(own)")) : "",
                       tr(name(c.kind)), c.standards);
  return out + base::provenance_footer(r.provenance, base::Media::Markdown);
}

}  // namespace cxkit::standards
