// The workbook a team writes its standards with (text, Markdown, printable
// HTML: no area split across pages) and the starting standards file.
#include <cxkit/standards/report.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/page.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace cxkit::standards {

using base::html;
using base::markdown_cell;
using base::terminal;
using base::tr;
using base::trf;

namespace {

constexpr std::size_t kWidth = 76;

// What the team writes for each area, beside the seed's questions: the
// fields of a standard (cxkit's, not the seed's).
std::vector<std::string_view> draft_fields() {
  return {tr("Statement (one sentence: who does what, when)"), tr("Indicator: measure, target (<= 3), source"),
          tr("Customer requirement it rests on"), tr("Roles whose job descriptions hold it"), tr("Developed with")};
}

// " (original)" after a title, escaped for the format; nothing when there
// is none or the title is it (a workbook in the seed's own language).
template <class Escape>
std::string original_after(const std::string& title, const std::string& original, Escape escape) {
  return original.empty() || original == title ? std::string() : " (" + escape(original) + ")";
}
const auto as_is = [](const std::string& text) { return text; };

std::string heading(const Area& a) { return a.title + original_after(a.title, a.original, as_is); }

std::string kind_heading(Area::Kind kind) {
  return std::string(kind == Area::Kind::Organisational ? tr("Organisational areas of quality service")
                                                        : tr("Personal areas of quality service"));
}

// `text` wrapped at kWidth under `indent` (the first line after `first`).
std::string wrapped(std::string_view text, std::string_view first, std::string_view indent) {
  std::string out;
  const auto lines = base::wrap(terminal(text), kWidth - indent.size());
  for (std::size_t i = 0; i < lines.size(); ++i) out += std::string(i ? indent : first) + lines[i] + "\n";
  return out;
}

std::string rule_line(std::string_view indent) { return std::string(indent) + std::string(kWidth - indent.size(), '_') + "\n"; }

}  // namespace

std::string workbook_text(const Workbook& w, const StandardsStyle&) {
  std::string out = wrapped(w.title, "", "");
  if (!w.source.empty()) out += wrapped(trf("Source: {}", w.source), "", "");
  for (const auto kind : {Area::Kind::Organisational, Area::Kind::Personal}) {
    out += "\n" + wrapped(kind_heading(kind), "", "");
    std::size_t n = 0;
    for (const auto& a : w.areas) {
      if (a.kind != kind) continue;
      out += fmt::format("\n{}. {}\n", ++n, terminal(heading(a)));
      if (!a.introduction.text.empty()) out += wrapped(a.introduction.text, "   ", "   ");
      for (std::size_t q = 0; q < a.questions.size(); ++q) {
        out += wrapped(a.questions[q].text, fmt::format("   {}) ", q + 1), "      ");
        out += rule_line("      ");
      }
      out += wrapped(tr("Your standard for this area:"), "   ", "   ");
      for (const auto field : draft_fields()) out += "     " + std::string(field) + ":\n" + rule_line("     ");
    }
  }
  out += "\n" + wrapped(tr("The seven marks of a good standard (review each draft against them)"), "", "");
  for (const auto& c : w.criteria)
    out += wrapped(c.title + original_after(c.title, c.original, as_is) + ": " + c.explanation.text, "  [ ] ", "      ");
  if (!w.processes.empty()) out += "\n" + wrapped(tr("The six key processes of a service team"), "", "");
  for (std::size_t p = 0; p < w.processes.size(); ++p) {
    const auto& process = w.processes[p];
    out += fmt::format("{}. {}{}\n", p + 1, terminal(process.title),
                       terminal(original_after(process.title, process.original, as_is)));
    for (const auto& point : process.points) out += wrapped(point.text, "   - ", "     ");
  }
  if (!w.note.empty()) out += "\n" + wrapped(w.note, "", "");
  return out;
}

std::string workbook_markdown(const Workbook& w, const StandardsStyle&) {
  std::string out = "# " + markdown_cell(w.title) + "\n\n";
  if (!w.source.empty()) out += markdown_cell(trf("Source: {}", w.source)) + "\n";
  for (const auto kind : {Area::Kind::Organisational, Area::Kind::Personal}) {
    out += "\n## " + markdown_cell(kind_heading(kind)) + "\n";
    std::size_t n = 0;
    for (const auto& a : w.areas) {
      if (a.kind != kind) continue;
      out += fmt::format("\n### {}. {}\n\n", ++n, markdown_cell(heading(a)));
      if (!a.introduction.text.empty()) out += markdown_cell(a.introduction.text) + "\n\n";
      for (std::size_t q = 0; q < a.questions.size(); ++q)
        out += fmt::format("{}. {}\n", q + 1, markdown_cell(a.questions[q].text));
      out += "\n**" + markdown_cell(tr("Your standard for this area:")) + "**\n\n";
      for (const auto field : draft_fields()) out += "- " + markdown_cell(field) + ":\n";
    }
  }
  out += "\n## " + markdown_cell(tr("The seven marks of a good standard (review each draft against them)")) + "\n\n";
  for (const auto& c : w.criteria)
    out += fmt::format("- [ ] **{}**{}: {}\n", markdown_cell(c.title), original_after(c.title, c.original, markdown_cell),
                       markdown_cell(c.explanation.text));
  if (!w.processes.empty()) out += "\n## " + markdown_cell(tr("The six key processes of a service team")) + "\n\n";
  for (std::size_t p = 0; p < w.processes.size(); ++p) {
    const auto& process = w.processes[p];
    out += fmt::format("{}. **{}**{}\n", p + 1, markdown_cell(process.title),
                       original_after(process.title, process.original, markdown_cell));
    for (const auto& point : process.points) out += "   - " + markdown_cell(point.text) + "\n";
  }
  if (!w.note.empty()) out += "\n" + markdown_cell(w.note) + "\n";
  return out;
}

namespace {

// After the frame's (base::printable_page).
constexpr std::string_view kStyle = R"(h1 { font-size: 16pt; margin: 0 0 .3em; }
h2 { font-size: 13pt; margin: 1em 0 .5em; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 0 0 .3em; }
p { margin: .3em 0 0; }
.meta span { margin-right: 1.6em; white-space: nowrap; }
section { margin: 0 0 .9em; break-inside: avoid; page-break-inside: avoid; }
section.area { border: 1px solid #000; padding: .5em .8em .6em; }
ol.questions { margin: .3em 0 0; padding-left: 1.5em; }
ol.questions li { margin: .25em 0 0; }
.write { height: 1.5em; border-bottom: 1px solid #000; }
.draft { margin: .6em 0 0; border-top: 1.5px solid #000; padding-top: .3em; }
.draft .field { font-size: 8.5pt; font-weight: bold; margin-top: .35em; }
.intro { font-style: italic; }
ul.criteria { list-style: none; margin: 0; padding: 0; }
ul.criteria li { display: flex; align-items: flex-start; margin: .3em 0; }
.box { flex: none; display: inline-block; width: 1em; height: 1em; margin: .18em .6em 0 0;
  border: 1.5px solid #000; border-radius: 2px; }
footer { border-top: 1px solid #000; margin-top: 1.2em; padding-top: .3em; font-size: 8pt; }
)";

std::string area_section(const Area& a, std::size_t n) {
  std::string out = fmt::format("<section class=\"area\" id=\"area-{}\">\n<h3>{}. {}</h3>\n", html(a.id), n,
                                html(heading(a)));
  if (!a.introduction.text.empty()) out += "<p class=\"intro\">" + html(a.introduction.text) + "</p>\n";
  out += "<ol class=\"questions\">\n";
  for (const auto& q : a.questions) out += "<li>" + html(q.text) + "<div class=\"write\"></div></li>\n";
  out += "</ol>\n<div class=\"draft\"><b>" + html(tr("Your standard for this area:")) + "</b>\n";
  for (const auto field : draft_fields())
    out += "<div class=\"field\">" + html(field) + "</div><div class=\"write\"></div>\n";
  return out + "</div>\n</section>\n";
}

}  // namespace

std::string workbook_html(const Workbook& w, const StandardsStyle& style) {
  std::string out = "<header>\n<h1>" + html(w.title) + "</h1>\n<p class=\"meta\">";
  if (!style.date.empty()) out += "<span>" + html(tr("Date:")) + " <b>" + html(style.date) + "</b></span>";
  out += "<span>" + html(tr("Team:")) + " <b>&nbsp;</b></span></p>\n</header>\n";
  for (const auto kind : {Area::Kind::Organisational, Area::Kind::Personal}) {
    out += "<h2>" + html(kind_heading(kind)) + "</h2>\n";
    std::size_t n = 0;
    for (const auto& a : w.areas)
      if (a.kind == kind) out += area_section(a, ++n);
  }
  out += "<section class=\"criteria\">\n<h2>" +
         html(tr("The seven marks of a good standard (review each draft against them)")) + "</h2>\n<ul class=\"criteria\">\n";
  for (const auto& c : w.criteria)
    out += fmt::format("<li><span class=\"box\"></span><div><b>{}</b>{}: {}</div></li>\n", html(c.title),
                       original_after(c.title, c.original, html), html(c.explanation.text));
  out += "</ul>\n</section>\n";
  if (!w.processes.empty()) {
    out += "<section class=\"processes\">\n<h2>" + html(tr("The six key processes of a service team")) + "</h2>\n<ol>\n";
    for (const auto& p : w.processes) {
      out += "<li><b>" + html(p.title) + "</b>" + original_after(p.title, p.original, html);
      if (!p.points.empty()) {
        out += "<ul>";
        for (const auto& point : p.points) out += "<li>" + html(point.text) + "</li>";
        out += "</ul>";
      }
      out += "</li>\n";
    }
    out += "</ol>\n</section>\n";
  }
  out += "<footer>\n";
  if (!w.source.empty()) out += "<p>" + html(trf("Source: {}", w.source)) + "</p>\n";
  if (!w.note.empty()) out += "<p>" + html(w.note) + "</p>\n";
  return base::printable_page(w.language, w.title, style.paper, kStyle, out + "</footer>\n", w.title);
}

namespace {

// `text` as YAML comment lines under `indent`.
std::string comment(std::string_view text, std::string_view indent, std::string_view first = "") {
  std::string out;
  std::string flat(text);
  for (auto& c : flat)
    if (c == '\n') c = ' ';
  const auto lines = base::wrap(flat, kWidth - indent.size() - 2 - first.size());
  for (std::size_t i = 0; i < lines.size(); ++i)
    out += std::string(indent) + "# " + (i ? std::string(first.size(), ' ') : std::string(first)) + lines[i] + "\n";
  return out;
}

}  // namespace

std::string starting_file(const Workbook& w, std::string_view organisation, std::string_view program) {
  std::string out = comment(trf("Service standards of {}, written area by area with the guiding questions of the "
                                "workbook, which come from {}. Write a standard under the questions of each area, "
                                "uncomment it, and lint the file with {}.",
                                organisation.empty() ? tr("your organisation") : organisation, w.source, program),
                            "");
  out += "kind: standards\nversion: 1\n";
  // A JSON string is a YAML double-quoted scalar: any name is safe.
  out += "organisation: " + nlohmann::json(std::string(organisation)).dump(-1, ' ', false,
                                                                             nlohmann::json::error_handler_t::replace) +
         "\n";
  out += "standards:\n";
  for (const auto kind : {Area::Kind::Organisational, Area::Kind::Personal}) {
    out += "\n  # " + std::string(kind_heading(kind)) + "\n";
    for (const auto& a : w.areas) {
      if (a.kind != kind) continue;
      out += fmt::format("\n  # {}: {}\n", a.id, heading(a));
      for (std::size_t q = 0; q < a.questions.size(); ++q)
        out += comment(a.questions[q].text, "  ", fmt::format("{}) ", q + 1));
      out += fmt::format("  # - id: {}-\n  #   area: {}\n  #   statement:\n"
                         "  #   indicator: {{measure: , target: \"<= \", source: }}\n"
                         "  #   requirement: {{source: }}\n  #   roles: []\n  #   developed_with: []\n",
                         a.id, a.id);
    }
  }
  return out + "  []\n";
}

}  // namespace cxkit::standards
