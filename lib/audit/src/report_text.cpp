// The formats people read as text: the terminal report and Markdown.
#include <cxkit/audit/report.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace cxkit::audit {

using base::markdown_cell;
using base::terminal;
using base::tr;
using base::trf;

namespace {

// Policy texts and waiver reasons are wrapped to a fixed width, not the
// terminal's, so that the output is the same everywhere.
constexpr std::size_t kWrapWidth = 76;
constexpr std::string_view kIndent = "    ";

// ANSI codes per severity, indexed by Severity.
constexpr std::array<const char*, base::kSeverities> kSeverityColor = {"36", "33", "1;31"};

struct Painter {
  bool color;
  std::string operator()(std::string_view text, const char* code) const {
    return color ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  }
};

// `text` wrapped under kIndent; every line escaped.
std::string block(std::string_view text) {
  std::string out;
  std::string flat(text);
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  for (const auto& line : base::wrap(terminal(flat), kWrapWidth - kIndent.size()))
    out += std::string(kIndent) + line + "\n";
  return out;
}

// "error", or "error (waived until 2027-03-31)".
std::string severity_cell(const PolicyResult& p) {
  std::string cell(severity_label(p.severity));
  if (p.waived) cell += " " + trf("(waived until {})", p.policy.waiver->until);
  return cell;
}

std::string diagnostic(const Result& r, const PolicyResult& p, const Painter& paint) {
  const auto& policy = p.policy;
  std::string out = fmt::format(
      "{}:{}:{}: {}: {} [{}]: {}\n", terminal(r.files[p.file].file), policy.where.line, policy.where.column,
      paint(severity_cell(p), p.waived ? "2" : kSeverityColor[static_cast<std::size_t>(p.severity)]),
      paint(terminal(policy.id), "1"), rule(p.action).action_name, terminal(p.message));
  out += block(policy.text);
  std::string facts = complaints_text(policy.complaints);
  if (!policy.owner.empty()) facts += " \u00b7 " + trf("owner: {}", policy.owner);
  out += block(facts);
  if (p.waived) out += block(trf("waiver: {}", policy.waiver->reason));
  return out;
}

// The seed's grid with the count of each action; unclassified below it.
std::string grid(const Summary& s) {
  const auto cell = [&](Action action) {
    return fmt::format("{} {}", rule(action).action_name, action_count(s, action));
  };
  const std::array<std::array<std::string, 3>, 4> rows = {{
      {"", std::string(tr("necessary")), std::string(tr("unnecessary"))},
      {std::string(tr("unfriendly")), cell(Action::Soften), cell(Action::Eliminate)},
      {std::string(tr("friendly")), cell(Action::Keep), cell(Action::Promote)},
      {std::string(tr("unclassified")), cell(Action::Classify), ""},
  }};
  std::array<std::size_t, 3> width{};
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], base::display_width(row[c]));
  std::string out;
  for (const auto& row : rows) {
    std::string line = std::string(kIndent);
    for (std::size_t c = 0; c < row.size(); ++c) line += base::pad_right(row[c], width[c] + 4);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace

std::string audit_text(const Result& r, const AuditStyle& style) {
  const Painter paint{style.color};
  std::vector<std::string> titles;
  for (const auto& file : r.files) titles.push_back(terminal(audit_title(file)));
  std::string out = paint(trf("Policy audit: {}", fmt::join(titles, "; ")), "1") + "\n";
  for (const auto& file : r.files) out += trf("{} in {}", policies_text(file.policies), terminal(file.file)) + "\n";
  out += trf("Waivers checked on {}; complaints threshold {}", r.options.today, r.options.complaints_threshold) +
         "\n";

  for (const auto& p : r.policies) out += "\n" + diagnostic(r, p, paint);

  out += "\n" + grid(r.summary) + "\n";
  out += paint(tr("Summary:"), "1") +
         fmt::format(" {}: {}\n", policies_text(r.summary.policies), audit_counts(r.summary));
  out += fmt::format("{}; {}\n", audit_severities(r.summary), audit_verdict(r, style));
  if (!r.summary.advice.empty()) out += paint(tr("Advice:"), "1") + " " + r.summary.advice + "\n";
  return out + base::provenance_footer(r.provenance, base::Media::Text);
}

std::string audit_markdown(const Result& r, const AuditStyle& style) {
  std::vector<std::string> titles;
  for (const auto& file : r.files) titles.push_back(markdown_cell(audit_title(file)));
  std::string out = "# " + trf("Policy audit: {}", fmt::join(titles, "; ")) + "\n\n";
  for (const auto& file : r.files)
    out += "- " + trf("{} in {}", policies_text(file.policies), markdown_cell(file.file)) + "\n";
  out += "- " + trf("waivers checked on {}", markdown_cell(r.options.today)) + "\n\n";

  out += fmt::format("| {} | {} | {} | {} |\n|---|---|---:|---:|\n", tr("Action"), tr("Quadrant"), tr("Policies"),
                     tr("Waived"));
  for (const auto& rule : rules())
    out += fmt::format("| {} | {} | {} | {} |\n", rule.title, rule.quadrant_name, r.summary.count(rule.action),
                       r.summary.waived_count(rule.action));
  out += fmt::format("\n{}; {}.\n", audit_severities(r.summary), audit_verdict(r, style));
  if (!r.summary.advice.empty())
    out += fmt::format("\n**{}** {}.\n", tr("Advice:"), markdown_cell(r.summary.advice));

  out += fmt::format("\n| {} | {} | {} | {} | {} | {} | {} |\n|---|---|---|---:|---|---|---|\n", tr("Severity"),
                     tr("Action"), tr("Policy"), tr("Complaints"), tr("Owner"), tr("Finding"), tr("Location"));
  for (const auto& p : r.policies)
    out += fmt::format("| {} | {} | **{}** {} | {} | {} | {} | {}:{} |\n", markdown_cell(severity_cell(p)),
                       rule(p.action).action_name, markdown_cell(p.policy.id), markdown_cell(p.policy.text),
                       p.policy.complaints, markdown_cell(p.policy.owner), markdown_cell(p.message),
                       markdown_cell(r.files[p.file].file), p.policy.where.line);
  return out + base::provenance_footer(r.provenance, base::Media::Markdown);
}

}  // namespace cxkit::audit
