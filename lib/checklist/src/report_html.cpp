// The checklist as one self-contained HTML file that prints well: inline
// CSS only (no script, font or other resource from anywhere), the @page
// size from --paper, no stage split across pages, boxes drawn as CSS
// borders so they survive printing, a ruled line per item of a write-in
// stage, and the title, date and revision on top. Every value is escaped.
#include <cxkit/checklist/report.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/page.hpp>

#include <fmt/format.h>

namespace cxkit::checklist {

using base::html;
using base::tr;
using base::trf;

namespace {

// After the frame's (base::printable_page).
constexpr std::string_view kStyle = R"(h1 { font-size: 16pt; line-height: 1.2; margin: 0 0 .3em; }
h2 { font-size: 12pt; line-height: 1.25; margin: 0 0 .35em; break-after: avoid; page-break-after: avoid; }
p { margin: .3em 0 0; }
.meta span { margin-right: 1.6em; white-space: nowrap; }
section { margin: 0 0 .85em; break-inside: avoid; page-break-inside: avoid; }
.rules { border: 1.5px solid #000; padding: .5em .8em .6em; }
.rules ul { margin: 0; padding-left: 1.2em; }
.rules li { margin: .15em 0; }
ul.items { list-style: none; margin: 0; padding: 0; }
ul.items li { display: flex; align-items: flex-start; margin: .2em 0; break-inside: avoid; page-break-inside: avoid; }
.box { flex: none; display: inline-block; width: 1em; height: 1em; margin: .18em .6em 0 0;
  border: 1.5px solid #000; border-radius: 2px; background: #fff; }
.critical .box { border-width: 2.5px; }
.text { flex: 1; }
.flag { display: inline-block; font-size: 7.5pt; font-weight: bold; letter-spacing: .04em; line-height: 1.3;
  text-transform: uppercase; border: 1px solid #000; border-radius: 2px; padding: 0 .3em; margin-left: .4em; }
.note { font-size: 8.5pt; font-style: italic; color: #222; margin: .1em 0 0; }
.stage-note { margin: 0 0 .25em; font-size: 9pt; color: #222; }
.write { height: 1.8em; border-bottom: 1px solid #000; }
footer { border-top: 1px solid #000; margin-top: 1.2em; padding-top: .3em; font-size: 8pt; color: #222; }
)";

std::string note(const std::string& text, std::string_view css_class = "note") {
  return text.empty() ? "" : fmt::format("<p class=\"{}\">{}</p>", css_class, html(text));
}

// A header field: "Revision: <b>3</b>", the label translated, both escaped.
std::string meta(std::string_view label, const std::string& value) {
  return "<span>" + html(label) + " <b>" + html(value) + "</b></span>";
}

// The mark of a critical item.
std::string flag() { return "<span class=\"flag\">" + html(tr("critical")) + "</span>"; }


std::string header(const Sheet& sheet, const ChecklistStyle& style) {
  std::string out = "<header>\n<h1>" + html(sheet.title) + "</h1>\n<p class=\"meta\">";
  if (!sheet.revision.empty()) out += meta(tr("Revision:"), sheet.revision);
  if (!style.date.empty()) out += meta(tr("Date:"), style.date);
  out += meta(tr("Checklist:"), sheet.id) + "</p>\n";
  out += "<p>" + html(mode_help(sheet.mode)) + "</p>\n";
  // The sentence escaped before the flag's markup goes into its {}.
  if (sheet.has_critical())
    out += "<p>" + fmt::format(fmt::runtime(html(tr("{} marks an item never to skip."))), flag()) + "</p>\n";
  return out + "</header>\n";
}

std::string rules(const Sheet& sheet) {
  if (sheet.rules.empty()) return "";
  std::string out = "<section class=\"rules\">\n<h2>" + html(tr("Rules")) + "</h2>\n<ul>\n";
  for (const auto& rule : sheet.rules) out += "<li>" + html(rule.text) + note(rule.note) + "</li>\n";
  return out + "</ul>\n</section>\n";
}

std::string stage(const SheetStage& s) {
  std::string out = fmt::format("<section class=\"stage\" id=\"stage-{}\">\n<h2>{}</h2>\n", html(s.stage.id),
                                html(stage_heading(s)));
  if (!s.stage.note.empty()) out += note(s.stage.note, "stage-note") + "\n";
  out += "<ul class=\"items\">\n";
  for (const auto& item : s.stage.items) {
    out += item.critical ? "<li class=\"critical\">" : "<li>";
    out += "<span class=\"box\"></span><div class=\"text\">" + html(item.text);
    if (item.critical) out += flag();
    out += note(item.note);
    if (s.stage.write_in) out += "<div class=\"write\"></div>";
    out += "</div></li>\n";
  }
  return out + "</ul>\n</section>\n";
}

std::string footer(const Sheet& sheet) {
  if (sheet.source.empty() && sheet.note.empty()) return "";
  std::string out = "<footer>\n";
  if (!sheet.source.empty()) out += "<p>" + html(trf("Source: {}", sheet.source)) + "</p>\n";
  if (!sheet.note.empty()) out += "<p>" + html(sheet.note) + "</p>\n";
  return out + "</footer>\n";
}

}  // namespace

std::string checklist_html(const Sheet& sheet, const ChecklistStyle& style) {
  std::string out = header(sheet, style);
  out += rules(sheet);
  for (const auto& s : sheet.stages) out += stage(s);
  out += footer(sheet);
  return base::printable_page(sheet.language, sheet.title, style.paper, kStyle, out);
}

}  // namespace cxkit::checklist
