// The page a consultant hands to a client: the seed's 2x2 grid with every
// policy in its quadrant. Self-contained: inline CSS, no script, no fetch.
#include <cxkit/audit/report.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>

#include <fmt/format.h>

#include <utility>

namespace cxkit::audit {

using base::html;
using base::tr;

namespace {

constexpr std::string_view kStyle = R"(
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
       max-width: 72rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 0 0 .3rem; }
.meta, .where { color: #59636e; font-size: .85rem; }
table { border-collapse: collapse; }
.counts th, .counts td { border: 1px solid #d1d9e0; padding: .3rem .8rem; text-align: center; }
.grid { width: 100%; table-layout: fixed; }
.grid > thead th { padding: .4rem; font-size: 1.05rem; }
.grid col.axis { width: 2.4rem; }
.grid > tbody > tr > th { writing-mode: vertical-rl; transform: rotate(180deg); font-size: 1.05rem; }
.grid > tbody > tr > td { vertical-align: top; border: 1px solid #d1d9e0; padding: .8rem; }
.soften { background: #fff8e1; } .eliminate { background: #fdecea; }
.keep { background: #e8f5e9; } .promote { background: #e3f2fd; } .classify { background: #f3f4f6; }
.action-note { font-style: italic; margin: 0 0 .6rem; }
.finding.warning, .finding.error { color: #8a4b00; }
ul.policies { list-style: none; padding: 0; margin: 0; }
ul.policies > li { background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; padding: .5rem .7rem;
                   margin-bottom: .6rem; break-inside: avoid; }
li p { margin: .2rem 0; }
.badge { display: inline-block; border-radius: 4px; padding: 0 .4rem; font-size: .8rem; font-weight: 600;
         color: #fff; }
.badge.error { background: #c62828; } .badge.warning { background: #b26a00; } .badge.note { background: #546e7a; }
.badge.waived { background: #fff; color: #59636e; border: 1px solid #59636e; }
.text { font-weight: 600; }
.waiver { border-left: 3px solid #59636e; padding-left: .5rem; }
dl { margin: .2rem 0; } dt { font-weight: 600; font-size: .85rem; } dd { margin: 0 0 .2rem 1rem; }
.advice { border-left: 4px solid #1565c0; padding: .3rem .7rem; background: #e3f2fd; }
@media print { body { margin: 0; font-size: 11px; } .grid > tbody > tr > td { padding: .4rem; } }
)";

// "Text." from "text": the wording shared with the terminal is lower case.
std::string sentence(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out + ".";
}

// A translated format (escaped, as a translation may hold markup
// characters) filled with values the caller escaped.
template <class... Args>
std::string htmlf(std::string_view translated, Args&&... args) {
  return fmt::format(fmt::runtime(html(translated)), std::forward<Args>(args)...);
}

std::string policy_item(const Result& r, const PolicyResult& p) {
  const auto& policy = p.policy;
  std::string out = fmt::format("<li>\n<p><span class=\"badge {}\">{}</span>", name(p.severity),
                                html(severity_label(p.severity)));
  if (p.waived) out += fmt::format(" <span class=\"badge waived\">{}</span>", html(tr("waived")));
  out += fmt::format(" <strong>{}</strong> <span class=\"meta\">{}</span></p>\n", html(policy.id),
                     html(complaints_text(policy.complaints)));
  out += fmt::format("<p class=\"text\">{}</p>\n", html(policy.text));
  // The quadrant's heading already says what to do; show only what is
  // particular to this policy.
  for (const auto& finding : p.findings)
    if (!finding.detail.empty())
      out += fmt::format("<p class=\"finding {}\">{}</p>\n", name(finding.severity),
                         html(sentence(finding.detail)));
  std::string facts;
  const auto fact = [&](std::string_view term, const std::string& value) {
    if (!value.empty()) facts += fmt::format("<dt>{}</dt><dd>{}</dd>", html(term), html(value));
  };
  fact(tr("Basis"), policy.basis);
  fact(tr("Customers are told"), policy.explanation);
  fact(tr("Owner"), policy.owner);
  if (!facts.empty()) out += "<dl>" + facts + "</dl>\n";
  if (policy.waiver)
    out += "<p class=\"waiver\">" +
           htmlf(p.waived ? tr("Waiver until {}: {}") : tr("Waiver expired after {}: {}"), html(policy.waiver->until),
                 html(policy.waiver->reason)) +
           "</p>\n";
  out += fmt::format("<p class=\"where\">{}:{}</p>\n</li>\n", html(r.files[p.file].file), policy.where.line);
  return out;
}

std::string quadrant(const Result& r, Action action, std::string_view element) {
  const auto& rule = audit::rule(action);
  std::string out = fmt::format("<{} class=\"{}\">\n<h3>{} <span class=\"meta\">({})</span></h3>\n", element,
                                rule.action_name, html(rule.title), html(policies_text(r.summary.count(action))));
  out += fmt::format("<p class=\"action-note\">{}</p>\n", html(sentence(rule.summary)));
  std::string items;
  for (const auto& p : r.policies)
    if (p.action == action) items += policy_item(r, p);
  out += items.empty() ? fmt::format("<p class=\"meta\">{}</p>\n", html(tr("No policies here.")))
                       : "<ul class=\"policies\">\n" + items + "</ul>\n";
  return out + fmt::format("</{}>\n", element);
}

std::string summary(const Result& r, const AuditStyle& style) {
  const auto& s = r.summary;
  std::string head, counts;
  for (const auto& rule : rules()) {
    head += fmt::format("<th scope=\"col\">{}</th>", html(rule.title));
    counts += fmt::format("<td>{}</td>", html(action_count(s, rule.action)));
  }
  std::string out = fmt::format("<section>\n<h2>{}</h2>\n", html(tr("Summary")));
  out += fmt::format("<table class=\"counts\">\n<thead><tr>{}</tr></thead>\n<tbody><tr>{}</tr></tbody>\n"
                     "</table>\n",
                     head, counts);
  out += fmt::format("<p>{}</p>\n", html(sentence(audit_severities(s) + "; " + audit_verdict(r, style))));
  if (!s.advice.empty())
    out += fmt::format("<p class=\"advice\"><strong>{}</strong> {}</p>\n", html(tr("Advice:")),
                       html(sentence(s.advice)));
  return out + "</section>\n";
}

// A row of the grid: its heading, then the quadrants of its two actions.
std::string grid_row(const Result& r, std::string_view heading, Action necessary, Action unnecessary) {
  return fmt::format("<tr><th scope=\"row\">{}</th>\n", html(heading)) + quadrant(r, necessary, "td") +
         quadrant(r, unnecessary, "td") + "</tr>\n";
}

}  // namespace

std::string audit_html(const Result& r, const AuditStyle& style) {
  std::vector<std::string> titles;
  for (const auto& file : r.files) titles.push_back(html(audit_title(file)));
  const std::string title = htmlf(tr("Policy audit: {}"), fmt::join(titles, "; "));
  std::string out = fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n",
                                title, kStyle, title);
  for (const auto& file : r.files)
    out += "<p class=\"meta\">" + htmlf(tr("{} in {}"), html(policies_text(file.policies)), html(file.file)) +
           "</p>\n";
  out += "<p class=\"meta\">" + htmlf(tr("Waivers checked on {}."), html(r.options.today)) + "</p>\n</header>\n";
  out += summary(r, style);

  out += fmt::format("<section>\n<h2>{}</h2>\n<table class=\"grid\">\n<colgroup><col class=\"axis\"><col><col>"
                     "</colgroup>\n<thead><tr><td></td><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr>"
                     "</thead>\n<tbody>\n",
                     html(tr("The policy grid")), html(tr("Necessary")), html(tr("Unnecessary")));
  out += grid_row(r, tr("Unfriendly"), Action::Soften, Action::Eliminate);
  out += grid_row(r, tr("Friendly"), Action::Keep, Action::Promote);
  out += "</tbody>\n</table>\n</section>\n";
  if (r.summary.count(Action::Classify) > 0)
    out += fmt::format("<section>\n<h2>{}</h2>\n", html(tr("Not yet classified"))) +
           quadrant(r, Action::Classify, "div") + "</section>\n";

  out += "<footer>\n<p class=\"meta\">" +
         htmlf(tr("The policy audit of seed 004 §C: eliminate unnecessary unfriendly policies at once; make "
                  "necessary unfriendly ones as friendly as possible and tell customers the reason; keep and "
                  "strengthen necessary friendly ones; create more unnecessary friendly ones as a competitive "
                  "edge. Made by {} {}."),
               html(style.program), html(CXKIT_VERSION)) +
         "</p>\n" + base::provenance_footer(r.provenance, base::Media::Html) + "</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace cxkit::audit
