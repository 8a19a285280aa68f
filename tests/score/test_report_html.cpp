// The client report (-f html): self-contained, every value escaped, and the
// chart drawing what the README says it draws.
#include <cxkit/score/report.hpp>
#include <cxkit/score/scorer.hpp>
#include <doctest/doctest.h>

#include <regex>
#include <string>

using namespace cxkit;
using State = score::Answer::State;

namespace {

// Three sections of two items, scale 1..5; the last two are optional.
score::Questionnaire three(std::string title = "Three") {
  score::Questionnaire q;
  q.id = "three";
  q.title = std::move(title);
  q.scale = {1, 5, {}, {}, {}, {}};
  q.sections = {{"alpha", "Alpha", false, "", {{"a1", "A one", false, 1, ""}, {"a2", "A two", false, 1, ""}}},
                {"beta", "Beta", true, "", {{"b1", "B one", false, 1, ""}, {"b2", "B two", false, 1, ""}}},
                {"gamma", "Gamma", true, "", {{"c1", "C one", false, 1, ""}, {"c2", "C two", false, 1, ""}}}};
  return q;
}

score::Answer v(int value) { return {State::Value, value}; }
score::Answer na() { return {State::NotApplicable, 0}; }
score::Answer missing() { return {}; }

score::Report run(const score::Questionnaire& q, std::vector<score::Answer> answers, score::Options o = {}) {
  std::vector<score::Respondent> people(1);
  people[0].id = "p";
  people[0].answers = std::move(answers);
  return score::score(q, people, o);
}

// Alpha scored (60 %), Beta not applicable, Gamma skipped.
score::Report mixed(const score::Questionnaire& q) {
  return run(q, {v(3), v(3), na(), na(), missing(), missing()});
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// The chart of the sections: the first <svg class="chart"> to its end.
std::string first_chart(const std::string& html) {
  const auto from = html.find("<svg class=\"chart\"");
  return html.substr(from, html.find("</svg>\n", from) - from);
}

}  // namespace

TEST_SUITE_BEGIN("score/report_html");

TEST_CASE("html: one self-contained page, nothing fetched, laid out for the paper") {
  const auto q = three();
  const auto r = mixed(q);
  const std::string a4 = score::score_html(r, {false, "a4"});
  CHECK(a4.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK(a4.find("@page { size: A4;") != std::string::npos);
  CHECK(score::score_html(r, {false, "letter"}).find("@page { size: letter;") != std::string::npos);
  CHECK(a4.find("<script") == std::string::npos);
  CHECK(a4.find("url(") == std::string::npos);
  CHECK(a4.find("@import") == std::string::npos);
  CHECK_FALSE(std::regex_search(a4, std::regex("<[^>]*\\s(href|src)\\s*=")));
  CHECK_FALSE(std::regex_search(a4, std::regex("<(link|img|iframe|object|embed|use|image)[\\s>]")));
  CHECK(a4.find("counter(pages)") != std::string::npos);
}

TEST_CASE("html: every value is escaped, so markup in a title shows as text") {
  const auto q = three("<script>alert('t')</script> & \"Q\"");
  auto r = mixed(q);
  r.client = "=HYPERLINK(\"http://x\") <b>Acme</b>";
  r.date = "2026-11-23";
  r.sections[0].title = "<img src=x onerror=alert(1)>";
  const std::string html = score::score_html(r, {});
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<b>Acme") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<h1>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;Q&quot;</h1>") != std::string::npos);
  CHECK(html.find("<p class=\"client\">=HYPERLINK(&quot;http://x&quot;) &lt;b&gt;Acme&lt;/b&gt;</p>") !=
        std::string::npos);
  // In the chart too (SVG text), and in the statistics table.
  CHECK(first_chart(html).find(">&lt;img src=x onerror=alert(1)&gt;</text>") != std::string::npos);
  CHECK(html.find("<tr><td>&lt;img src=x onerror=alert(1)&gt;</td>") != std::string::npos);
}

TEST_CASE("html: a bar per scored section, the overall line, the axis; skipped and n/a say so, with no bar") {
  const auto q = three();
  const auto r = mixed(q);
  REQUIRE(r.sections[1].status == score::Status::NotApplicable);
  REQUIRE(r.sections[2].status == score::Status::Skipped);
  const std::string html = score::score_html(r, {});
  const std::string chart = first_chart(html);
  // Alpha is the only scored section and the only area to improve: one
  // hatched bar, labelled with its percent and rank; no other bar.
  CHECK(count(chart, "stroke=\"#9b2c1f\" stroke-width=\"1\"/>") == 1);  // the hatched bar's frame
  CHECK(count(chart, "fill=\"#2f4b6e\"") == 0);
  CHECK(chart.find(">60.0 % \u00b7 improve #1</text>") != std::string::npos);
  CHECK(chart.find("italic\">not-applicable</text>") != std::string::npos);
  CHECK(chart.find("italic\">skipped</text>") != std::string::npos);
  CHECK(chart.find(">0.0 %") == std::string::npos);  // never drawn as 0 %
  CHECK(chart.find("stroke-dasharray=\"5 3\"") != std::string::npos);
  CHECK(chart.find(">Overall 60.0 %</text>") != std::string::npos);
  for (const char* tick : {">0 %<", ">25 %<", ">50 %<", ">75 %<", ">100 %<"}) CHECK(chart.find(tick) != std::string::npos);
  // The statistics table names the status instead of numbers.
  CHECK(html.find("<td class=\"status\" colspan=\"6\">not-applicable</td>") != std::string::npos);
  CHECK(html.find("<td class=\"status\" colspan=\"6\">skipped</td>") != std::string::npos);
}

TEST_CASE("html: the areas to improve are hatched and labelled, the others solid") {
  const auto q = three();
  score::Options o;
  o.improve = 1;
  // Alpha 60 %, Beta 80 %, Gamma 100 %: only Alpha is an area to improve.
  const auto r = run(q, {v(3), v(3), v(4), v(4), v(5), v(5)}, o);
  const std::string chart = first_chart(score::score_html(r, {}));
  CHECK(count(chart, "fill=\"#2f4b6e\"") == 2);  // Beta, Gamma: solid
  CHECK(count(chart, "<path d=") == 1);          // Alpha: hatched
  CHECK(count(chart, "improve #") == 1);
  CHECK(chart.find(">80.0 %</text>") != std::string::npos);
}

TEST_CASE("html: groups side by side with a legend, or the table only when they are too many") {
  const auto q = three();
  auto r = mixed(q);
  for (int g = 0; g < 2; ++g) {
    auto group = mixed(q);
    group.group = g == 0 ? "North <1>" : "";
    r.groups.push_back(group);
  }
  std::string html = score::score_html(r, {});
  CHECK(html.find("<h2>By group</h2>") != std::string::npos);
  CHECK(html.find("North &lt;1&gt; (1 respondent)") != std::string::npos);
  CHECK(html.find("(blank) (1 respondent)") != std::string::npos);
  CHECK(html.find("aria-label=\"Section percents by group\"") != std::string::npos);
  r.groups.resize(7, r.groups.front());
  html = score::score_html(r, {});
  CHECK(html.find("aria-label=\"Section percents by group\"") == std::string::npos);
  CHECK(html.find("7 groups are too many to draw side by side") != std::string::npos);
}

TEST_CASE("html: against a baseline, an arrow per section and the lists of the Markdown report") {
  const auto q = three();
  auto r = mixed(q);
  r.baseline_source = "q2 <old>.json";
  r.baseline_overall = 50;
  r.overall_change = 10;
  r.sections[0].baseline = 50;
  r.sections[0].change = 10;
  r.improved = {0};
  const std::string html = score::score_html(r, {});
  CHECK(html.find("<h2>Change since the baseline</h2>") != std::string::npos);
  CHECK(html.find(">+10.0 improved</text>") != std::string::npos);
  CHECK(html.find("Since q2 &lt;old&gt;.json (a change counts when it is more than 0.0 points") != std::string::npos);
  CHECK(html.find("<li>improved: Alpha +10.0 (n 1, SD \u2014)</li>") != std::string::npos);
  CHECK(html.find("<li>worsened: none</li>") != std::string::npos);
  CHECK(count(html, "<circle ") >= 2);  // Alpha's and the overall's baseline (and the legend's)
}

TEST_SUITE_END();
