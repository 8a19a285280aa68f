// The blank questionnaire a client fills in with a pen: text, Markdown and
// printable HTML (no section split across pages).
#include <cxkit/score/forms.hpp>

#include "form_words.hpp"

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/page.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <numeric>

namespace cxkit::score {

using base::html;
using base::markdown_cell;
using base::terminal;
using base::tr;
using base::trf;

namespace {

constexpr std::size_t kWidth = 76;
// Where an item's text starts in the text form, after "   1) ".
constexpr std::size_t kIndent = 7;
// More points than this get a line to write the number on, not a box each.
constexpr int kMostBoxes = 11;

bool boxes(const Scale& s) { return s.max - s.min + 1 <= kMostBoxes; }

std::string not_applicable(const Scale& s) { return s.not_applicable.empty() ? "n/a" : s.not_applicable.front(); }

// A weight or a sum of them as written: 2, 1.5, 0.125.
std::string number(double value) {
  std::string out = fmt::format("{:.3f}", value);
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out;
}

// The section's "Total ____ ÷ (5 × 3 = 15) = ____ %" around two blanks: the
// words before the first, between them, and after the second. Weights count
// in the number of items, as the scorer counts them.
std::array<std::string, 3> total_line(const Scale& s, const Section& section) {
  const double items = std::accumulate(section.items.begin(), section.items.end(), 0.0,
                                       [](double sum, const Item& i) { return sum + i.weight; });
  return {std::string(tr("Total")),
          trf("\u00f7 ({} \u00d7 {} = {}) =", s.max, number(items), number(s.max * items)), "%"};
}

// How an item counts on paper otherwise than as ticked: reversed, weighted.
std::vector<std::string> item_marks(const Scale& s, const Item& item) {
  std::vector<std::string> out;
  if (item.reverse) out.push_back(trf("reversed: count {} minus the answer", s.min + s.max));
  if (item.weight != 1) out.push_back(trf("add it to the total {} times", number(item.weight)));
  return out;
}

std::string how_to_answer(const Scale& s) {
  const std::string then = trf("Then add up each section's answers and divide as its last line shows, leaving {} "
                               "answers out (divide by {} \u00d7 the items answered).",
                               not_applicable(s), s.max);
  return (boxes(s) ? trf("For each statement, tick the one box that fits best, or {} when it does not apply.",
                         not_applicable(s))
                   : trf("For each statement, write the number from {} to {} that fits best, or {} when it does "
                         "not apply.",
                         s.min, s.max, not_applicable(s))) +
         " " + then;
}

std::string wrapped(std::string_view text, std::string_view first, std::string_view indent,
                    std::size_t width = kWidth) {
  std::string out;
  // The first line's lead ("Scale: ", "Escala: ") may be longer than the indent.
  const auto lines = base::wrap(terminal(text), width - std::max(base::display_width(first), indent.size()));
  for (std::size_t i = 0; i < lines.size(); ++i) out += std::string(i ? indent : first) + lines[i] + "\n";
  return out;
}

// "Name: ____  Role: ____  Date: ____" in kWidth cells: the blanks share
// what the labels leave (24, 20 and 12 in English), and a line of three
// too long for it is three lines.
std::string who_line() {
  const std::string labels[] = {std::string(tr("Name:")), std::string(tr("Role:")), std::string(tr("Date:"))};
  const std::size_t shares[] = {24, 20, 12};
  std::size_t used = 2 * 2;  // the gaps between the three
  for (const auto& label : labels) used += base::display_width(label) + 1;
  const std::size_t room = kWidth > used ? kWidth - used : 0;
  std::string out;
  if (room >= 36) {
    for (std::size_t i = 0; i < 3; ++i)
      out += (i ? "  " : "") + labels[i] + " " + std::string(room * shares[i] / 56, '_');
    return out + "\n";
  }
  for (const auto& label : labels) out += label + " " + std::string(std::min<std::size_t>(36, kWidth - base::display_width(label) - 1), '_') + "\n";
  return out;
}

// "4 Usually", or "4" for a point without a label.
std::string point(const Scale& s, int v) {
  const auto label = s.labels.find(v);
  return label == s.labels.end() ? std::to_string(v) : fmt::format("{} {}", v, label->second);
}

}  // namespace

std::vector<std::string> scale_points(const Scale& s) {
  std::vector<std::string> out;
  for (int v = s.min; v <= s.max; ++v) out.push_back(point(s, v));
  out.push_back(trf("{} does not apply", not_applicable(s)));
  return out;
}

std::string optional_line(const Section& section) {
  if (!section.optional) return "";
  return section.note.empty() ? std::string(tr("Answer this section only if it applies to you; else leave it all "
                                               "empty."))
                              : section.note;
}

std::string with_marks(const Scale& s, const Item& item) {
  const auto marks = item_marks(s, item);
  return marks.empty() ? item.text : item.text + " (" + base::join(marks, "; ") + ")";
}

const std::vector<BlankFormat>& blank_formats() {
  static const std::vector<BlankFormat> formats = {{"text", blank_text, base::Media::Text},
                                                   {"markdown", blank_markdown, base::Media::Markdown},
                                                   {"html", blank_html, base::Media::Html}};
  return formats;
}

std::string blank_text(const Questionnaire& q, const FormStyle&) {
  const Scale& s = q.scale;
  std::string out = terminal(q.title) + "\n\n" + who_line() + "\n";
  out += wrapped(how_to_answer(s), "", "");
  out += wrapped(base::join(scale_points(s), " \u00b7 "), tr("Scale: "), "       ");
  if (!q.notice.empty()) out += wrapped(trf("Note: {}", q.notice), "", "");
  // A box per point and n/a, four columns each, at the right of the item.
  std::string heads;
  if (boxes(s)) {
    for (int v = s.min; v <= s.max; ++v) heads += fmt::format("{:^3} ", v);
    heads += fmt::format("{:^3}", not_applicable(s));
  } else {
    heads = fmt::format("{}-{} or {}", s.min, s.max, not_applicable(s));
  }
  const std::string answer = boxes(s) ? [&] {
    std::string b;
    for (int v = s.min; v <= s.max + 1; ++v) b += v > s.min ? " [ ]" : "[ ]";
    return b;
  }() : std::string(heads.size(), '_');
  const std::string indent(kIndent, ' ');
  // The heads may be wider than the boxes (不適用 is six cells): the text makes room.
  const std::size_t text_width = kWidth - kIndent - 1 - std::max(answer.size(), base::display_width(heads));
  for (std::size_t n = 0; n < q.sections.size(); ++n) {
    const Section& section = q.sections[n];
    out += fmt::format("\n{}. {}\n", n + 1, terminal(section.title));
    if (const auto line = optional_line(section); !line.empty()) out += wrapped(line, indent, indent);
    out += std::string(kIndent + text_width + 1, ' ') + heads + "\n";
    for (std::size_t i = 0; i < section.items.size(); ++i) {
      const auto lines = base::wrap(terminal(with_marks(s, section.items[i])), text_width);
      out += fmt::format("{:>{}}) ", i + 1, kIndent - 2) + base::pad_right(lines[0], text_width) + " " + answer + "\n";
      for (std::size_t l = 1; l < lines.size(); ++l) out += indent + lines[l] + "\n";
    }
    const auto total = total_line(s, section);
    out += fmt::format("{}{} ______ {} ______ {}\n", indent, total[0], total[1], total[2]);
  }
  if (!q.source.empty()) out += "\n" + wrapped(trf("Source: {}", q.source), "", "");
  if (!q.note.empty()) out += "\n" + wrapped(q.note, "", "");
  return out;
}

std::string blank_markdown(const Questionnaire& q, const FormStyle&) {
  const Scale& s = q.scale;
  std::string out = "# " + markdown_cell(q.title) + "\n\n";
  out += fmt::format("**{}** ____________________ \u00b7 **{}** ____________________ \u00b7 **{}** ____________\n\n",
                     markdown_cell(tr("Name:")), markdown_cell(tr("Role:")), markdown_cell(tr("Date:")));
  out += markdown_cell(how_to_answer(s)) + "\n\n";
  out += "**" + markdown_cell(tr("Scale:")) + "** " + markdown_cell(base::join(scale_points(s), " \u00b7 ")) + "\n";
  if (!q.notice.empty()) out += "\n> " + markdown_cell(trf("Note: {}", q.notice)) + "\n";
  std::string heads = "| | " + markdown_cell(tr("Statement")) + " |";
  std::string rule = "|--:|---|";
  std::string cells;
  if (boxes(s)) {
    for (int v = s.min; v <= s.max; ++v) {
      heads += " " + markdown_cell(point(s, v)) + " |";
      rule += ":-:|";
      cells += " \u2610 |";
    }
    heads += " " + markdown_cell(not_applicable(s)) + " |";
    rule += ":-:|";
    cells += " \u2610 |";
  } else {
    heads += " " + markdown_cell(fmt::format("{}\u2013{} / {}", s.min, s.max, not_applicable(s))) + " |";
    rule += "---|";
    cells += " ______ |";
  }
  for (std::size_t n = 0; n < q.sections.size(); ++n) {
    const Section& section = q.sections[n];
    out += fmt::format("\n## {}. {}\n\n", n + 1, markdown_cell(section.title));
    if (const auto line = optional_line(section); !line.empty()) out += "*" + markdown_cell(line) + "*\n\n";
    out += heads + "\n" + rule + "\n";
    for (std::size_t i = 0; i < section.items.size(); ++i) {
      const auto marks = item_marks(s, section.items[i]);
      out += fmt::format("| {} | {}{} |{}\n", i + 1, markdown_cell(section.items[i].text),
                         marks.empty() ? "" : " *(" + markdown_cell(base::join(marks, "; ")) + ")*", cells);
    }
    const auto total = total_line(s, section);
    out += fmt::format("\n**{}** ______ {} ______ {}\n", markdown_cell(total[0]), markdown_cell(total[1]),
                       markdown_cell(total[2]));
  }
  if (!q.source.empty()) out += "\n" + markdown_cell(trf("Source: {}", q.source)) + "\n";
  if (!q.note.empty()) out += "\n" + markdown_cell(q.note) + "\n";
  return out;
}

namespace {

// After the frame's (base::printable_page).
constexpr std::string_view kStyle = R"(h1 { font-size: 16pt; margin: 0 0 .45em; }
h2 { font-size: 11.5pt; margin: 0 0 .25em; }
p { margin: .35em 0 0; }
.who { display: flex; gap: 1.4em; margin: 0; }
.who span { flex: 1 1 0; display: flex; align-items: flex-end; white-space: nowrap; font-weight: bold; }
.who span.date { flex: 0 0 11em; }
.who i { flex: 1; height: 1.5em; margin-left: .4em; border-bottom: 1px solid #000; }
.scale span { margin-right: 1.1em; white-space: nowrap; }
.notice { border: 1px solid #000; padding: .3em .55em; font-size: 9pt; }
section.part { margin: .6em 0 0; border: 1px solid #000; padding: .35em .75em .4em;
  break-inside: avoid; page-break-inside: avoid; }
.optional { margin: 0 0 .3em; font-weight: bold; font-style: italic; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { font-weight: normal; text-align: left; }
th.p { width: 37pt; padding: 0 0 .15em; text-align: center; vertical-align: bottom; font-size: 6.8pt; line-height: 1.1; }
th.p b { display: block; font-size: 10pt; }
th.write { width: 80pt; }
td { padding: .16em .2em; border-top: 1px solid #888; vertical-align: middle; line-height: 1.25; }
th.n, td.n { width: 1.7em; padding-left: 0; font-weight: bold; }
td.p { text-align: center; }
td.write { border-bottom: 1px solid #000; }
.box { display: inline-block; width: 1.15em; height: 1.15em; border: 1.5px solid #000; border-radius: 2px;
  vertical-align: middle; }
.mark { font-size: 8.5pt; font-style: italic; }
.total { margin: .35em 0 0; padding-top: .3em; border-top: 1.5px solid #000; text-align: right; font-weight: bold; }
.blank { display: inline-block; width: 4.5em; margin: 0 .35em; border-bottom: 1px solid #000; }
footer { border-top: 1px solid #000; margin-top: .9em; padding-top: .2em; font-size: 7pt; line-height: 1.25; }
footer p { margin: .2em 0 0; }
)";

std::string section_html(const Scale& s, const Section& section, std::size_t n) {
  std::string out = fmt::format("<section class=\"part\" id=\"section-{}\">\n<h2>{}. {}</h2>\n", html(section.id), n,
                                html(section.title));
  if (const auto line = optional_line(section); !line.empty()) out += "<p class=\"optional\">" + html(line) + "</p>\n";
  out += "<table>\n<thead><tr><th class=\"n\"></th><th></th>";
  std::string cells;
  if (boxes(s)) {
    for (int v = s.min; v <= s.max; ++v) {
      const auto label = s.labels.find(v);
      out += fmt::format("<th class=\"p\"><b>{}</b>{}</th>", v, label == s.labels.end() ? "" : html(label->second));
      cells += "<td class=\"p\"><span class=\"box\"></span></td>";
    }
    out += "<th class=\"p\"><b>" + html(not_applicable(s)) + "</b></th>";
    cells += "<td class=\"p\"><span class=\"box\"></span></td>";
  } else {
    out += fmt::format("<th class=\"p write\"><b>{}\u2013{}</b>{}</th>", s.min, s.max, html(not_applicable(s)));
    cells += "<td class=\"write\"></td>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < section.items.size(); ++i) {
    const auto marks = item_marks(s, section.items[i]);
    out += fmt::format("<tr><td class=\"n\">{}</td><td>{}{}</td>{}</tr>\n", i + 1, html(section.items[i].text),
                       marks.empty() ? "" : " <span class=\"mark\">(" + html(base::join(marks, "; ")) + ")</span>",
                       cells);
  }
  const auto total = total_line(s, section);
  return out + fmt::format("</tbody>\n</table>\n<p class=\"total\">{}<span class=\"blank\"></span>{}<span "
                           "class=\"blank\"></span>{}</p>\n</section>\n",
                           html(total[0]), html(total[1]), html(total[2]));
}

}  // namespace

std::string blank_html(const Questionnaire& q, const FormStyle& style) {
  const Scale& s = q.scale;
  std::string out = "<header>\n<h1>" + html(q.title) + "</h1>\n<p class=\"who\">";
  for (const auto& [label, css] : {std::pair{"Name:", ""}, std::pair{"Role:", ""}, std::pair{"Date:", " class=\"date\""}})
    out += fmt::format("<span{}>{}<i></i></span>", css, html(tr(label)));
  out += "</p>\n</header>\n<p>" + html(how_to_answer(s)) + "</p>\n<p class=\"scale\"><b>" + html(tr("Scale:")) +
         "</b> ";
  for (const auto& point : scale_points(s)) out += "<span>" + html(point) + "</span>";
  out += "</p>\n";
  if (!q.notice.empty()) out += "<p class=\"notice\">" + html(trf("Note: {}", q.notice)) + "</p>\n";
  for (std::size_t n = 0; n < q.sections.size(); ++n) out += section_html(s, q.sections[n], n + 1);
  std::string footer;
  if (!q.source.empty()) footer += "<p>" + html(trf("Source: {}", q.source)) + "</p>\n";
  if (!q.note.empty()) footer += "<p>" + html(q.note) + "</p>\n";
  if (!footer.empty()) out += "<footer>\n" + footer + "</footer>\n";
  return base::printable_page(q.language, q.title, style.paper, kStyle, out,
                              fmt::format("{} \u00b7 {}", q.title, q.id));
}

}  // namespace cxkit::score
