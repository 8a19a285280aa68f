// The lint report as one self-contained page a consultant hands over:
// inline CSS only, the coverage of the fourteen areas as a grid (counts
// and words, so it reads in greyscale), then every standard with its
// findings. Every value is escaped.
#include <cxkit/standards/report.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/page.hpp>

#include <fmt/format.h>

namespace cxkit::standards {

using base::html;
using base::tr;
using base::trf;

namespace {

// After the frame's (base::printable_page).
constexpr std::string_view kStyle = R"(h1 { font-size: 16pt; margin: 0 0 .3em; }
h2 { font-size: 12pt; margin: 1em 0 .4em; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 0 0 .2em; }
p { margin: .3em 0 0; }
.meta span { margin-right: 1.6em; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: .2em .4em; text-align: left; vertical-align: top; }
td.n { text-align: right; width: 4em; }
td.none { background: repeating-linear-gradient(45deg, #fff, #fff 3px, #ccc 3px, #ccc 5px); font-weight: bold; }
section.standard { border: 1px solid #000; padding: .45em .7em; margin: 0 0 .6em; break-inside: avoid; page-break-inside: avoid; }
.statement { font-weight: bold; }
dl { margin: .3em 0 0; display: grid; grid-template-columns: max-content 1fr; gap: .1em .8em; font-size: 9pt; }
dt { font-weight: bold; } dd { margin: 0; }
ul.findings { margin: .35em 0 0; padding-left: 1.2em; }
.sev { display: inline-block; border: 1px solid #000; border-radius: 2px; padding: 0 .3em; font-size: 7.5pt;
  font-weight: bold; text-transform: uppercase; letter-spacing: .04em; }
.sev.error { border-width: 2px; }
.pass { font-style: italic; }
footer { border-top: 1px solid #000; margin-top: 1.2em; padding-top: .3em; font-size: 8pt; }
)";

std::string meta(std::string_view label, const std::string& value) {
  return "<span>" + html(label) + " <b>" + html(value) + "</b></span>";
}

std::string coverage_table(const Result& r, Area::Kind kind) {
  std::string out = fmt::format("<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
                                html(kind == Area::Kind::Organisational ? tr("Organisational area")
                                                                        : tr("Personal area")),
                                html(tr("Standards")));
  for (const auto& c : r.coverage) {
    if (c.kind != kind) continue;
    const std::string title = c.title + (c.own ? " " + std::string(tr("(own)")) : "");
    out += c.standards == 0 ? fmt::format("<tr><td>{}</td><td class=\"n none\">{}</td></tr>\n", html(title),
                                          html(tr("none")))
                            : fmt::format("<tr><td>{}</td><td class=\"n\">{}</td></tr>\n", html(title), c.standards);
  }
  return out + "</tbody>\n</table>\n";
}

std::string finding_item(const Finding& f) {
  const std::string sev(base::name(f.severity));
  return fmt::format("<li><span class=\"sev {}\">{}</span> [{}] {} <small>({})</small></li>\n", sev,
                     html(severity_label(f.severity)), html(rule(f.rule).id), html(f.message), html(to_string(f.where)));
}

std::string standard_section(const Result& r, const StandardResult& s) {
  const Standard& st = s.standard;
  std::string out = fmt::format("<section class=\"standard\" id=\"standard-{}\">\n<h3>{} <small>({})</small></h3>\n",
                                html(st.id), html(st.id), html(st.area));
  out += "<p class=\"statement\">" + html(st.statement) + "</p>\n<dl>\n";
  const auto field = [&](std::string_view label, const std::string& value) {
    if (!value.empty()) out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", html(label), html(value));
  };
  if (st.indicator)
    field(tr("Indicator"), st.indicator->measure + (st.indicator->target.empty() ? "" : ": " + st.indicator->target) +
                               (st.indicator->source.empty() ? "" : " (" + st.indicator->source + ")"));
  field(tr("Customer requirement"), st.requirement);
  field(tr("Roles"), fmt::format("{}", fmt::join(st.roles, ", ")));
  field(tr("Developed with"), fmt::format("{}", fmt::join(st.developed_with, "; ")));
  field(tr("Owner"), st.owner);
  field(tr("Review"), st.review);
  out += "</dl>\n";
  if (s.findings.empty()) {
    out += "<p class=\"pass\">" + html(tr("Meets every criterion.")) + "</p>\n";
  } else {
    out += "<ul class=\"findings\">\n";
    for (const auto& f : s.findings) out += finding_item(f);
    out += "</ul>\n";
  }
  out += "<p><small>" + html(to_string({r.files[s.file].file, st.where.line, st.where.column})) + "</small></p>\n";
  return out + "</section>\n";
}

}  // namespace

std::string lint_html(const Result& r, const StandardsStyle& style) {
  std::string organisation;
  for (const auto& f : r.files)
    if (!f.organisation.empty() && organisation.find(f.organisation) == std::string::npos)
      organisation += (organisation.empty() ? "" : ", ") + f.organisation;
  const std::string title = std::string(tr("Service standards review")) +
                            (organisation.empty() ? std::string() : " \u2014 " + organisation);
  std::string out = "<header>\n<h1>" + html(title) + "</h1>\n<p class=\"meta\">";
  if (!style.date.empty()) out += meta(tr("Date:"), style.date);
  for (const auto& f : r.files) out += meta(tr("File:"), f.file);
  out += "</p>\n<p>" + html(standards_text(r.summary) + "; " + severities_text(r.summary) + ". " + verdict(r, style)) +
         ".</p>\n</header>\n";
  out += "<h2>" + html(tr("Coverage of the areas of quality service")) + "</h2>\n";
  out += coverage_table(r, Area::Kind::Organisational) + "<p></p>\n" + coverage_table(r, Area::Kind::Personal);
  out += "<h2>" + html(tr("Standards")) + "</h2>\n";
  for (const auto& s : r.standards) out += standard_section(r, s);
  out += "<footer>\n<p>" +
         html(trf("{} {}. The seven criteria and the fourteen areas are seed 003's (Total Customer Services and "
                  "Customer Management).",
                  style.program, CXKIT_VERSION)) +
         "</p>\n" + base::provenance_footer(r.provenance, base::Media::Html) + "</footer>\n";
  return base::printable_page("en", title, style.paper, kStyle, out, title);
}

}  // namespace cxkit::standards
