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
.provenance { font-size: 7pt; color: #333; margin-top: .8em; }
h2.situations { font-size: 13pt; margin: 1em 0 .5em; }
.reference .box { display: none; }
.reference ul.items li::before { content: "\2022"; flex: none; margin: 0 .6em 0 .2em; }
.source-note { font-size: 8pt; color: #333; margin: .1em 0 0; }
.sign-off { display: grid; grid-template-columns: 1fr 1fr; gap: .4em 2em; }
.sign-off div { border-bottom: 1px solid #000; padding-top: 1.6em; font-size: 8.5pt; }
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

// A source note, printed only for reviewers (--notes).
std::string source_note(const std::string& text, const ChecklistStyle& style) {
  return style.notes && !text.empty() ? note(trf("Source note: {}", text), "source-note") : "";
}

std::string rules(const Sheet& sheet, const ChecklistStyle& style) {
  if (sheet.rules.empty()) return "";
  std::string out = "<section class=\"rules\">\n<h2>" + html(tr("Rules")) + "</h2>\n<ul>\n";
  for (const auto& rule : sheet.rules)
    out += "<li>" + html(rule.text) + note(rule.note) + source_note(rule.source_note, style) + "</li>\n";
  return out + "</ul>\n</section>\n";
}

std::string stage(const SheetStage& s, const ChecklistStyle& style) {
  std::string out = fmt::format("<section class=\"stage\" id=\"stage-{}\">\n<h2>{}</h2>\n", html(s.stage.id),
                                html(stage_heading(s)));
  if (!s.stage.note.empty()) out += note(s.stage.note, "stage-note") + "\n";
  out += source_note(s.stage.source_note, style);
  out += "<ul class=\"items\">\n";
  for (const auto& item : s.stage.items) {
    out += item.critical ? "<li class=\"critical\">" : "<li>";
    out += "<span class=\"box\"></span><div class=\"text\">" + html(item.text);
    if (item.critical) out += flag();
    out += note(item.note) + source_note(item.source_note, style);
    for (std::size_t line = 0; line < s.stage.write_in; ++line) out += "<div class=\"write\"></div>";
    out += "</div></li>\n";
  }
  return out + "</ul>\n</section>\n";
}

std::string sign_off() {
  std::string out = "<section class=\"sign-off-block\">\n<h2>" + html(tr("Sign-off")) + "</h2>\n<div class=\"sign-off\">";
  for (const auto& field : sign_off_fields()) out += "<div>" + html(field) + "</div>";
  return out + "</div>\n</section>\n";
}

std::string footer(const Sheet& sheet, const ChecklistStyle& style) {
  const bool notes = style.notes && (!sheet.source.empty() || !sheet.source_note.empty());
  if (!notes && sheet.note.empty()) return "";
  std::string out = "<footer>\n";
  if (style.notes && !sheet.source.empty()) out += "<p>" + html(trf("Source: {}", sheet.source)) + "</p>\n";
  if (!sheet.note.empty()) out += "<p>" + html(sheet.note) + "</p>\n";
  out += source_note(sheet.source_note, style);
  return out + "</footer>\n";
}

}  // namespace

std::string checklist_html(const Sheet& sheet, const ChecklistStyle& style) {
  const bool reference = sheet.mode == Checklist::Mode::Reference;
  std::string out = reference ? "<div class=\"reference\">\n" : "<div>\n";
  out += header(sheet, style) + rules(sheet, style);
  bool situations = false;
  for (const auto& s : sheet.stages) {
    if (s.stage.situation && !situations) {
      situations = true;
      out += "<h2 class=\"situations\">" + html(tr("Situations")) + "</h2>\n";
    }
    out += stage(s, style);
  }
  if (style.sign_off) out += sign_off();
  out += footer(sheet, style) + base::provenance_footer(sheet.provenance, base::Media::Html) + "</div>\n";
  const std::string head = sheet.revision.empty() ? trf("{} \u00b7 {}", sheet.title, sheet.id)
                                                  : trf("{} \u00b7 {} \u00b7 revision {}", sheet.title, sheet.id,
                                                        sheet.revision);
  return base::printable_page(sheet.language, sheet.title, style.paper, kStyle, out, head);
}

}  // namespace cxkit::checklist
