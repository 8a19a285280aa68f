// The client report: one self-contained page a consultant hands over.
// Inline CSS and SVG drawn by report_chart (no script, no font, nothing
// fetched), the @page size from --paper, no section split across pages. Bars are told
// apart by pattern and label as well as colour, so greyscale print reads
// the same. Every value is escaped.
#include <cxkit/score/report.hpp>

#include "report_chart.hpp"
#include "report_words.hpp"

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/page.hpp>
#include <cxkit/base/provenance.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace cxkit::score {

using base::html;
using base::tr;
using base::trf;
using namespace chart;  // the drawing primitives

namespace {

// After the frame's (base::printable_page).
constexpr std::string_view kStyle = R"(h1 { font-size: 19pt; line-height: 1.15; margin: 0; }
.kicker { font-size: 8pt; font-weight: bold; letter-spacing: .1em; text-transform: uppercase; margin: 0 0 .25em; }
.client { font-size: 13pt; margin: .1em 0 .45em; }
h2 { font-size: 12pt; margin: 0 0 .35em; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 0 0 .25em; }
p { margin: .3em 0 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1.2em; margin: .3em 0 0; font-size: 9pt; }
dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; }
section { margin: 0 0 1.1em; break-inside: avoid; page-break-inside: avoid; }
.overall { display: flex; align-items: center; gap: 1.2em; border: 1.5px solid #000; padding: .45em .9em; }
.overall .big { font-size: 26pt; font-weight: bold; white-space: nowrap; }
.overall .band { font-weight: bold; }
svg.chart { display: block; width: 100%; height: auto; }
svg text { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
.legend { font-size: 8.5pt; margin: .25em 0 0; }
.legend span { display: inline-block; margin-right: 1.4em; white-space: nowrap; }
.legend svg { vertical-align: -1px; margin-right: .35em; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border: 1px solid #000; padding: .18em .4em; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
.n { text-align: right; white-space: nowrap; }
td.status { font-style: italic; }
tr.total td { font-weight: bold; border-top: 2px solid #000; }
.meter { margin-left: .4em; vertical-align: middle; }
.note { font-size: 8.5pt; }
ul.note { margin: .2em 0 0; padding-left: 1.3em; }
td.mean { width: 6.5em; }
.groups h3, .groups table { margin-top: .6em; }
footer { border-top: 1px solid #000; padding-top: .3em; font-size: 8pt; }
)";

// For the shared wording's `title`: the caller escapes the whole line.
std::string plain(std::string_view text) { return std::string(text); }

std::optional<std::size_t> improve_rank(const Report& r, std::size_t section) {
  const auto it = std::find(r.improve.begin(), r.improve.end(), section);
  return it == r.improve.end() ? std::nullopt : std::optional<std::size_t>(it - r.improve.begin());
}

// The dashed overall line from `top` to the axis, labelled above.
std::string overall_line(double percent, double top, double axis_y) {
  const double x = x_at(percent);
  const char* anchor = percent < 15 ? "start" : percent > 85 ? "end" : "middle";
  return line(x, top - 4, x, axis_y, "stroke=\"#000\" stroke-width=\"1.4\" stroke-dasharray=\"5 3\"") +
         text(x, top - 8, trf("Overall {}", score::percent(percent)), fmt::format("text-anchor=\"{}\" font-weight=\"bold\"", anchor));
}

// The overall's band as a strip under the axis, its label at the left.
std::string band_strip(const Band& band, double y) {
  return rect(x_at(band.from), y, x_at(band.to) - x_at(band.from), 8, "fill=\"#d6d6d6\" stroke=\"#000\" stroke-width=\".6\"") +
         row_title(trf("Band: {} ({:g}\u2013{:g} %)", band.label, band.from, band.to), y + 4, false);
}

std::string sections_chart(const Report& r) {
  constexpr double top = 26;
  std::string body;
  double y = top;
  for (std::size_t i = 0; i < r.sections.size(); ++i) {
    const auto& s = r.sections[i];
    const double h = title_height(s.title), mid = y + h / 2;
    const auto rank = improve_rank(r, i);
    body += row_title(s.title, mid, rank.has_value());
    if (s.status == Status::Scored && s.percent) {
      body += bar(rank ? Fill::Hatch : Fill::Solid, x_at(0), mid - 7, x_at(*s.percent) - x_at(0), 14);
      body += bar_label(x_at(*s.percent), mid,
                        rank ? trf("{} \u00b7 improve #{}", percent(s.percent), *rank + 1) : percent(s.percent), 10.5,
                        rank ? "font-weight=\"bold\"" : "");
    } else {
      body += bar_label(x_at(0), mid, words::status_or_percent(s), 10.5, "font-style=\"italic\"");
    }
    y += h;
  }
  // The overall line under the bars' labels, whose halo keeps them legible.
  std::string chart = axis(top - 4, y) + (r.overall ? overall_line(*r.overall, top, y) : "") + body;
  if (r.band) chart += band_strip(*r.band, y + 24);
  return svg(y + (r.band ? 40 : 22), tr("Section percents"), chart);
}

std::string sections_legend(const Report& r) {
  std::string out = "<p class=\"legend\">" + key(bar(Fill::Solid, 0, 1, 16, 8), tr("section percent"));
  if (!r.improve.empty()) out += key(bar(Fill::Hatch, 0, 1, 16, 8), tr("area to improve"));
  if (r.overall)
    out += key(line(0, 5, 16, 5, "stroke=\"#000\" stroke-width=\"1.4\" stroke-dasharray=\"4 2\""), tr("overall"));
  return out + "</p>\n";
}

std::string group_name(const Report& g) { return g.group.empty() ? std::string(tr("(blank)")) : g.group; }

// One row of the grouped chart: a bar per group, from each group's value.
template <class Value>
std::string group_row(const Report& r, std::string_view title, bool bold, double& y, const Value& value) {
  constexpr double thick = 8, gap = 2;
  const double k = static_cast<double>(r.groups.size());
  const double h = std::max(title_height(title), k * (thick + gap) + 10);
  std::string out = row_title(title, y + h / 2, bold);
  double bar_y = y + (h - k * (thick + gap) + gap) / 2;
  for (std::size_t g = 0; g < r.groups.size(); ++g, bar_y += thick + gap) {
    const auto [percent_of, words] = value(r.groups[g]);
    if (percent_of) {
      out += bar(kGroupFills[g], x_at(0), bar_y, x_at(*percent_of) - x_at(0), thick);
      out += bar_label(x_at(*percent_of), bar_y + thick / 2, words, 8);
    } else {
      out += bar_label(x_at(0), bar_y + thick / 2, words, 8, "font-style=\"italic\"");
    }
  }
  y += h;
  return out + line(0, y, kWidth, y, "stroke=\"#ddd\" stroke-width=\".6\"");
}

std::string groups_chart(const Report& r) {
  constexpr double top = 6;
  using Value = std::pair<std::optional<double>, std::string>;
  double y = top;
  std::string body;
  for (std::size_t s = 0; s < r.sections.size(); ++s)
    body += group_row(r, r.sections[s].title, false, y, [&](const Report& g) {
      const auto& section = g.sections[s];
      return Value{section.status == Status::Scored ? section.percent : std::nullopt, words::status_or_percent(section)};
    });
  body += group_row(r, tr("Overall"), true, y, [](const Report& g) { return Value{g.overall, percent(g.overall)}; });
  std::string legend = "<p class=\"legend\">";
  for (std::size_t g = 0; g < r.groups.size(); ++g)
    legend += key(bar(kGroupFills[g], 0, 1, 16, 8),
                  trf("{} ({})", group_name(r.groups[g]),
                      base::trnf("{} respondent", "{} respondents", r.groups[g].respondents)));
  return svg(y + 22, tr("Section percents by group"), axis(top, y) + body) + legend + "</p>\n";
}

std::string groups_table(const Report& r) {
  std::string out = "<table>\n<thead><tr><th scope=\"col\">" + html(tr("Section")) + "</th>";
  for (const auto& g : r.groups) out += "<th scope=\"col\" class=\"n\">" + html(group_name(g)) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t s = 0; s < r.sections.size(); ++s) {
    out += "<tr><td>" + html(r.sections[s].title) + "</td>";
    for (const auto& g : r.groups) out += "<td class=\"n\">" + html(words::status_or_percent(g.sections[s])) + "</td>";
    out += "</tr>\n";
  }
  out += "<tr class=\"total\"><td>" + html(tr("Overall")) + "</td>";
  for (const auto& g : r.groups) out += "<td class=\"n\">" + html(percent(g.overall)) + "</td>";
  out += "</tr>\n<tr><td>" + html(tr("Respondents")) + "</td>";
  for (const auto& g : r.groups) out += fmt::format("<td class=\"n\">{}</td>", g.respondents);
  out += "</tr>\n</tbody>\n</table>\n<h3>" + html(tr("Areas to improve by group")) + "</h3>\n<ul class=\"note\">\n";
  for (const auto& g : r.groups) {
    std::vector<std::string> areas;
    for (std::size_t rank = 0; rank < g.improve.size(); ++rank)
      areas.push_back(html(g.sections[g.improve[rank]].title + " " + percent(g.sections[g.improve[rank]].percent) +
                           words::tied_note(g, rank, plain)));
    out += "<li><b>" + html(group_name(g)) + "</b>: " +
           (areas.empty() ? html(tr("none")) : fmt::format("{}", fmt::join(areas, "; "))) + "</li>\n";
  }
  return out + "</ul>\n";
}

std::string groups_part(const Report& r) {
  std::string out = "<section class=\"groups\">\n<h2>" + html(tr("By group")) + "</h2>\n";
  if (r.groups.size() <= kMostGroupsDrawn)
    out += groups_chart(r);
  else
    out += "<p class=\"note\">" +
           html(trf("{} groups are too many to draw side by side: the table gives each group's percents.",
                    r.groups.size())) +
           "</p>\n";
  return out + groups_table(r) + "</section>\n";
}

std::string change_row(std::string_view title, const std::optional<double>& before, const std::optional<double>& now,
                       const std::optional<double>& change, std::string_view verdict, bool counts, double& y) {
  const double h = title_height(title), mid = y + h / 2;
  std::string out = row_title(title, mid, false);
  if (before && now) out += arrow(*before, *now, mid, counts);
  const auto label = change ? fmt::format("{} {}", words::signed_change(change), verdict) : std::string(tr("no baseline"));
  out += text(kPlotLeft + kPlotWidth + 12, mid + 3.5, label, counts ? "font-weight=\"bold\"" : "");
  y += h;
  return out;
}

std::string baseline_part(const Report& r) {
  constexpr double top = 6;
  double y = top;
  std::string body;
  for (std::size_t i = 0; i < r.sections.size(); ++i) {
    const auto& s = r.sections[i];
    const auto listed = [&](const std::vector<std::size_t>& v) { return std::find(v.begin(), v.end(), i) != v.end(); };
    const bool up = listed(r.improved), down = listed(r.worsened);
    body += change_row(s.title, s.baseline, s.percent, s.change, up ? tr("improved") : down ? tr("worsened") : tr("within"),
                       up || down, y);
  }
  body += line(0, y, kWidth, y, "stroke=\"#000\" stroke-width=\".6\"");
  body += change_row(tr("Overall"), r.baseline_overall, r.overall, r.overall_change, "", true, y);
  std::string out = "<section class=\"baseline\">\n<h2>" + html(tr("Change since the baseline")) + "</h2>\n";
  out += svg(y + 22, tr("Change per section since the baseline"), axis(top, y) + body);
  out += "<p class=\"legend\">" +
         key("<circle cx=\"4\" cy=\"5\" r=\"3\" fill=\"#fff\" stroke=\"#000\"/>", tr("baseline")) +
         key(line(0, 5, 10, 5, "stroke=\"#000\" stroke-width=\"2\"") + "<path d=\"M16 5L10 1.5L10 8.5Z\"/>", tr("now")) +
         "</p>\n";
  const auto lines = words::since_lines(r, plain);
  out += "<p class=\"note\">" + html(lines.front()) + "</p>\n<ul class=\"note\">\n";
  for (std::size_t i = 1; i < lines.size(); ++i) out += "<li>" + html(lines[i]) + "</li>\n";
  return out + "</ul>\n</section>\n";
}

std::string meta(std::string_view label, std::string_view value) {
  return value.empty() ? "" : fmt::format("<dt>{}</dt><dd>{}</dd>\n", html(label), html(value));
}

std::string header(const Report& r) {
  std::string out = "<header>\n<p class=\"kicker\">" + html(tr("Self-assessment report")) + "</p>\n<h1>" +
                    html(r.questionnaire_title) + "</h1>\n";
  if (!r.client.empty()) out += "<p class=\"client\">" + html(r.client) + "</p>\n";
  out += "<dl class=\"meta\">\n" + meta(tr("Questionnaire"), trf("{} ({})", r.questionnaire_title, r.questionnaire_id));
  out += meta(tr("Client"), r.client) + meta(tr("Assessment date"), r.date);
  out += meta(tr("Respondents"), base::trnf("{} respondent", "{} respondents", r.respondents));
  out += meta(tr("Survey rows"), words::rows_line(r));
  out += meta(tr("Method"), words::method_description(r.method));
  return out + "</dl>\n</header>\n";
}

// "mean of 3 respondents, SD 8.1, lowest 55.0 %, highest 69.2 %", and the change since a baseline.
std::string overall_words(const Report& r) {
  const Stats& st = r.overall_stats;
  std::string out = st.n > 1 ? trf("mean of {} respondents, SD {}, lowest {:.1f} %, highest {:.1f} %", st.n,
                                   st.sd ? fmt::format("{:.1f}", *st.sd) : "\u2014", st.min, st.max)
                             : std::string(tr("all answered items of the scored sections"));
  if (r.overall_change) out += "; " + trf("{} points since the baseline", words::signed_change(r.overall_change));
  return out;
}

std::string overall_part(const Report& r) {
  std::string out = "<section class=\"overall\">\n<div class=\"big\">" + html(percent(r.overall)) + "</div>\n<div>";
  out += "<p><b>" + html(tr("Overall")) + "</b> \u00b7 " + html(overall_words(r)) + "</p>\n";
  if (r.band)
    out += "<p><span class=\"band\">" + html(trf("{} ({:g}\u2013{:g} %)", r.band->label, r.band->from, r.band->to)) +
           "</span>" + (r.band->advice.empty() ? "" : ": " + html(r.band->advice)) + "</p>\n";
  return out + "</div>\n</section>\n";
}

std::string chart_part(const Report& r) {
  return "<section class=\"sections\">\n<h2>" + html(tr("Sections at a glance")) + "</h2>\n" + sections_chart(r) +
         sections_legend(r) + "</section>\n";
}

// The mean answer as a short bar on the scale, beside the number.
std::string meter(const Report& r, const ItemResult& item) {
  if (!item.mean || r.scale_max <= r.scale_min) return "";
  const double share = (*item.mean - r.scale_min) / (r.scale_max - r.scale_min) * 100;
  // An SVG, so that its width is an attribute, not an inline style.
  return fmt::format("<svg class=\"meter\" viewBox=\"0 0 100 10\" width=\"40\" height=\"8\" aria-hidden=\"true\">"
                     "<rect x=\"0.5\" y=\"0.5\" width=\"99\" height=\"9\" fill=\"#fff\" stroke=\"#000\"/>"
                     "<rect width=\"{:.0f}\" height=\"10\" fill=\"#000\"/></svg>",
                     std::clamp(share, 0.0, 100.0));
}

std::string improve_part(const Report& r) {
  if (r.improve.empty()) return "";
  std::string out = "<h2>" + html(tr("Areas to improve")) + "</h2>\n<p class=\"note\">" +
                    html(trf("Lowest first; in each, the items weakest first, by their mean answer on the scale {} to {}.",
                             r.scale_min, r.scale_max)) +
                    "</p>\n";
  for (std::size_t rank = 0; rank < r.improve.size(); ++rank) {
    const auto& s = r.sections[r.improve[rank]];
    out += "<section class=\"area\">\n<h3>" +
           html(fmt::format("{}. {} \u2014 {}", rank + 1, s.title, percent(s.percent)) + words::tied_note(r, rank, plain)) +
           "</h3>\n<table>\n<thead><tr><th scope=\"col\" class=\"n\">" + html(tr("Mean")) + "</th><th scope=\"col\">" +
           html(tr("Item")) + "</th></tr></thead>\n<tbody>\n";
    for (const auto& item : s.item_results)
      out += "<tr><td class=\"n mean\">" + html(words::item_mean(item)) + meter(r, item) + "</td><td>" + html(item.text) +
             "</td></tr>\n";
    out += "</tbody>\n</table>\n</section>\n";
  }
  return out;
}

std::string one_decimal(double v) { return fmt::format("{:.1f}", v); }

// The statistics of one row: n, mean, SD, min, max of the respondents' percents.
std::string stats_cells(const Stats& st) {
  if (st.n == 0) return "<td class=\"n\">0</td><td></td><td></td><td></td><td></td>";
  return fmt::format("<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>"
                     "<td class=\"n\">{}</td>",
                     st.n, one_decimal(st.mean), st.sd ? one_decimal(*st.sd) : "\u2014", one_decimal(st.min),
                     one_decimal(st.max));
}

std::string stats_part(const Report& r) {
  std::string out = "<section class=\"statistics\">\n<h2>" + html(tr("Statistics")) + "</h2>\n<table>\n<thead><tr>";
  for (const auto* heading : {"Section", "Answered", "n", "Mean %", "SD", "Min %", "Max %", "\u03b1"})
    out += fmt::format("<th scope=\"col\"{}>{}</th>", std::string_view(heading) == "Section" ? "" : " class=\"n\"",
                       html(tr(heading)));
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& s : r.sections) {
    out += "<tr><td>" + html(s.title) + "</td><td class=\"n\">" +
           (s.status == Status::Skipped ? "\u2014" : fmt::format("{}/{}", s.answered, s.items * r.respondents)) + "</td>";
    out += s.status == Status::Scored
               ? stats_cells(s.stats) + "<td class=\"n\">" + (s.alpha ? fmt::format("{:.2f}", *s.alpha) : "\u2014") + "</td>"
               : "<td class=\"status\" colspan=\"6\">" + html(words::status_or_percent(s)) + "</td>";
    out += "</tr>\n";
  }
  out += "<tr class=\"total\"><td>" + html(tr("Overall")) + "</td><td></td>" + stats_cells(r.overall_stats) +
         "<td></td></tr>\n</tbody>\n</table>\n<p class=\"note\">" +
         html(tr("n: respondents who scored the section; mean, SD (sample), lowest and highest of their percents; "
                 "\u03b1: Cronbach's alpha over those who answered every item of the section.")) +
         "</p>\n</section>\n";
  return out;
}

std::string footer(const Report& r) {
  if (r.notice.empty()) return "";
  return "<footer>\n<p>" + html(trf("Note: {}", r.notice)) + "</p>\n</footer>\n";
}

}  // namespace

std::string score_html(const Report& r, const ScoreStyle& style) {
  std::string body = header(r) + overall_part(r) + chart_part(r) + improve_part(r);
  if (!r.groups.empty()) body += groups_part(r);
  if (!r.baseline_source.empty()) body += baseline_part(r);
  body += stats_part(r) + footer(r) + base::provenance_footer(r.provenance, base::Media::Html);
  const std::string title = words::heading(r);
  return base::printable_page("en", title, style.paper, kStyle, body, title);
}

}  // namespace cxkit::score
