// The reference rules (rules.cpp) give README.md's numbers, and the fast
// path gives the reference's reports: Scorer fed one respondent at a time,
// and the CSV engine (score::run) on several threads in tiny blocks.
#include <cxkit/base/error.hpp>
#include <cxkit/score/rules.hpp>
#include <cxkit/score/run.hpp>
#include <cxkit/score/scorer.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <fmt/format.h>

#include "report_compare.hpp"
#include "support.hpp"

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>
#include <unistd.h>

// The expected reports name only what is not a default; GCC 12 warns about
// the members a designated initializer leaves to their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace cxkit;
using score::Status;
using State = score::Answer::State;

namespace {

score::Answer v(int value) { return {State::Value, value}; }
score::Answer na() { return {State::NotApplicable, 0}; }
score::Answer missing() { return {}; }

score::Respondent person(std::string id, int line, std::vector<score::Answer> answers) {
  return {std::move(id), {"answers.yaml", line, 0}, std::move(answers)};
}

score::Item item(std::string id, bool reverse = false, double weight = 1) {
  return {id, "Text of " + id, reverse, weight, ""};
}

// Whole reports agree: difference() lists what does not.
std::string difference(const score::Report& expected, const score::Report& actual) {
  return testing::difference({expected, ""}, {actual, ""});
}

// The case as a questionnaire file and a survey export of its respondents.
std::string questionnaire_yaml(const score::Questionnaire& q) {
  std::string text = fmt::format("kind: questionnaire\nversion: 1\nid: {}\ntitle: {}\n", q.id, q.title);
  text += fmt::format("scale: {{min: {}, max: {}}}\nsections:\n", q.scale.min, q.scale.max);
  for (const auto& section : q.sections) {
    text += fmt::format("  - id: {}\n    title: \"{}\"\n    optional: {}\n    items:\n", section.id, section.title,
                        section.optional);
    for (const auto& i : section.items)
      text += fmt::format("      - {{id: {}, text: \"{}\", reverse: {}, weight: {}}}\n", i.id, i.text, i.reverse,
                          i.weight);
  }
  if (!q.bands.empty()) text += "bands:\n";
  for (const auto& band : q.bands)
    text += fmt::format("  - {{from: {}, to: {}, label: \"{}\"}}\n", band.from, band.to, band.label);
  return text;
}

std::string survey_csv(const testing::Case& c) {
  std::string text = "id";
  for (const auto& section : c.questionnaire.sections)
    for (const auto& i : section.items) text += "," + i.id;
  for (const auto& r : c.respondents) {
    text += "\n" + r.id;
    for (const auto& a : r.answers)
      text += a.state == State::Value ? fmt::format(",{}", a.value) : a.state == State::NotApplicable ? ",n/a" : ",";
  }
  return text + "\n";
}

// A folder of its own for the engine's input files, removed at the end.
struct Scratch {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / fmt::format("cxkit-rules-{}", ::getpid());
  std::string questionnaire = (dir / "random.yaml").string();
  std::string csv = (dir / "answers.csv").string();
  Scratch() { std::filesystem::create_directories(dir); }
  ~Scratch() { std::filesystem::remove_all(dir); }
};

}  // namespace

TEST_SUITE_BEGIN("score/rules");

TEST_CASE("seed method: weights, a reverse item, n/a and a skipped optional section, pooled overall") {
  score::Questionnaire q;
  q.id = "hand";
  q.title = "By hand";
  q.sections = {{"service", "Service", false, "", {item("s1", false, 2), item("s2", true), item("s3")}},
                {"staff", "Staff", true, "", {item("t1"), item("t2")}},
                {"after", "After", false, "", {item("a1"), item("a2")}}};
  const auto p = person("p", 3, {v(4), v(2), na(), missing(), missing(), v(3), v(1)});
  const std::span<const score::Answer> answers(p.answers);
  // service: (2·4 + (1 + 5 − 2)) / (2·5 + 5) = 12 / 15; after: (3 + 1) / (5 + 5).
  CHECK(score::section_outcome(q.scale, q.sections[0], answers.subspan(0, 3), score::Method::Seed) ==
        score::SectionOutcome{Status::Scored, {12, 15}, 80.0});
  CHECK(score::section_outcome(q.scale, q.sections[1], answers.subspan(3, 2), score::Method::Seed) ==
        score::SectionOutcome{Status::Skipped, {0, 0}, std::nullopt});
  CHECK(score::section_outcome(q.scale, q.sections[2], answers.subspan(5, 2), score::Method::Seed) ==
        score::SectionOutcome{Status::Scored, {4, 10}, 40.0});
  // pomp: service (2·3 + 3) / (2·4 + 4), after (2 + 0) / (4 + 4).
  CHECK(score::section_outcome(q.scale, q.sections[0], answers.subspan(0, 3), score::Method::Pomp) ==
        score::SectionOutcome{Status::Scored, {9, 12}, 75.0});
  CHECK(score::section_outcome(q.scale, q.sections[2], answers.subspan(5, 2), score::Method::Pomp) ==
        score::SectionOutcome{Status::Scored, {2, 8}, 25.0});
  CHECK(score::missing_answers(q, p).empty());

  const score::Report expected{
      .questionnaire_id = "hand",
      .questionnaire_title = "By hand",
      .method = score::Method::Seed,
      .scale_min = 1,
      .scale_max = 5,
      .respondents = 1,
      .overall = 64.0,  // (12 + 4) / (15 + 10)
      .overall_stats = {1, 64, 64, 64, std::nullopt},
      .sections = {{.id = "service", .title = "Service", .status = Status::Scored, .percent = 80.0, .answered = 2,
                    .items = 3, .stats = {1, 80, 80, 80, std::nullopt},
                    .item_results = {{"s1", "Text of s1", 1, 4.0}, {"s2", "Text of s2", 1, 4.0},
                                     {"s3", "Text of s3", 0, std::nullopt}}},
                   {.id = "staff", .title = "Staff", .status = Status::Skipped, .items = 2,
                    .item_results = {{"t1", "Text of t1", 0, std::nullopt}, {"t2", "Text of t2", 0, std::nullopt}}},
                   {.id = "after", .title = "After", .status = Status::Scored, .percent = 40.0, .answered = 2,
                    .items = 2, .stats = {1, 40, 40, 40, std::nullopt}, .alpha_n = 1,
                    .item_results = {{"a2", "Text of a2", 1, 1.0}, {"a1", "Text of a1", 1, 3.0}}}},
      .improve = {2, 0},
  };
  CHECK(difference(expected, score::reference_report(q, {p}, {})) == "");
}

TEST_CASE("pomp method, three respondents: means, sample sd, alpha, item order, areas to improve, band") {
  score::Questionnaire q;
  q.id = "three";
  q.title = "Three";
  q.scale = {0, 4, {}};
  q.sections = {{"x", "X", false, "", {item("x1"), item("x2"), item("x3", true)}},
                {"y", "Y", false, "", {item("y1"), item("y2")}},
                {"z", "Z", true, "", {item("z1")}}};
  q.bands = {{0, 50, "Low", ""}, {50, 100.01, "High", ""}};
  // As scored, x: p1 4 3 4 (11/12), p2 2 1 2 (5/12), p3 3 2 3 (8/12); y: p1 4/8, p2 4/4, p3 n/a;
  // z: p2 0/4. Overall: p1 15/20, p2 9/20, p3 8/12.
  const std::vector<score::Respondent> people = {person("p1", 3, {v(4), v(3), v(0), v(2), v(2), missing()}),
                                                 person("p2", 4, {v(2), v(1), v(2), na(), v(4), v(0)}),
                                                 person("p3", 5, {v(3), v(2), v(1), na(), na(), missing()})};
  const score::Report expected{
      .questionnaire_id = "three",
      .questionnaire_title = "Three",
      .method = score::Method::Pomp,
      .scale_min = 0,
      .scale_max = 4,
      .respondents = 3,
      .overall = 560.0 / 9,  // (75 + 45 + 66.67) / 3
      .overall_stats = {3, 560.0 / 9, 45, 75, 15.485955405295947},
      // x: item variances 1 + 1 + 1, totals 11, 5, 8 of variance 9: alpha 3/2 · (1 − 3/9); y: sd sqrt(1250).
      .sections = {{.id = "x", .title = "X", .status = Status::Scored, .percent = 200.0 / 3, .answered = 9,
                    .items = 3, .stats = {3, 200.0 / 3, 125.0 / 3, 275.0 / 3, 25.0}, .alpha = 1.0, .alpha_n = 3,
                    .item_results = {{"x2", "Text of x2", 3, 2.0}, {"x1", "Text of x1", 3, 3.0},
                                     {"x3", "Text of x3", 3, 3.0}}},
                   {.id = "y", .title = "Y", .status = Status::Scored, .percent = 75.0, .answered = 3, .items = 2,
                    .stats = {2, 75, 50, 100, 35.35533905932738}, .alpha_n = 1,
                    .item_results = {{"y1", "Text of y1", 1, 2.0}, {"y2", "Text of y2", 2, 3.0}}},
                   {.id = "z", .title = "Z", .status = Status::Scored, .percent = 0.0, .answered = 1, .items = 1,
                    .stats = {1, 0, 0, 0, std::nullopt}, .alpha_n = 1,
                    .item_results = {{"z1", "Text of z1", 1, 0.0}}}},
      .improve = {2, 0},
      .band = score::Band{50, 100.01, "High", ""},
  };
  CHECK(difference(expected, score::reference_report(q, people, {score::Method::Pomp, 2, false})) == "");
}

TEST_CASE("missing answers: refused at the respondent, or counted as n/a; alike answers; a band's lower edge") {
  score::Questionnaire q;
  q.id = "edge";
  q.title = "Edge";
  q.scale = {-2, 2, {}};
  q.sections = {{"a", "A", false, "", {item("a1"), item("a2", false, 3)}},
                {"b", "B", false, "", {item("b1"), item("b2")}}};
  q.bands = {{0, 25, "Low", ""}, {25, 50, "Mid", ""}};
  // a: (−1 + 3·1) / (2 + 3·2) = 25 % for both; b: n/a, or missing and n/a.
  const std::vector<score::Respondent> people = {person("p1", 3, {v(-1), v(1), na(), na()}),
                                                 person("p2", 8, {v(-1), v(1), missing(), na()})};
  CHECK(score::missing_answers(q, people[1]) == std::vector<std::string>{"b: b1"});
  CHECK(testing::error_of([&] { score::reference_report(q, people, {}); }) ==
        "answers.yaml:8: error: respondent 'p2' has no answer to b: b1");
  const score::Report expected{
      .questionnaire_id = "edge",
      .questionnaire_title = "Edge",
      .scale_min = -2,
      .scale_max = 2,
      .respondents = 2,
      .overall = 25.0,
      .overall_stats = {2, 25, 25, 25, 0.0},
      // a: the totals 0 and 0 do not vary, so no alpha.
      .sections = {{.id = "a", .title = "A", .status = Status::Scored, .percent = 25.0, .answered = 4, .items = 2,
                    .stats = {2, 25, 25, 25, 0.0}, .alpha_n = 2, .zero_variance_items = {"a1", "a2"},
                    .item_results = {{"a1", "Text of a1", 2, -1.0}, {"a2", "Text of a2", 2, 1.0}}},
                   {.id = "b", .title = "B", .status = Status::NotApplicable, .items = 2,
                    .item_results = {{"b1", "Text of b1", 0, std::nullopt}, {"b2", "Text of b2", 0, std::nullopt}}}},
      .improve = {0},
      .band = score::Band{25, 50, "Mid", ""},  // [from, to): 25 is Mid, not Low
      .warning_count = 1,
  };
  CHECK(difference(expected, score::reference_report(q, people, {score::Method::Seed, 3, true})) == "");
}

TEST_CASE("Cronbach's alpha and the sample standard deviation on known data") {
  // Item variances 1.3, 1.0, 1.7; totals 13, 8, 15, 8, 13 of variance 10.3: 3/2 · (1 − 4/10.3).
  CHECK(score::cronbach_alpha({{4, 5, 4}, {3, 3, 2}, {5, 5, 5}, {2, 3, 3}, {4, 4, 5}}) ==
        doctest::Approx(0.9174757281553397));
  CHECK_FALSE(score::cronbach_alpha({{4, 5, 4}}).has_value());
  CHECK_FALSE(score::cronbach_alpha({{4}, {2}}).has_value());
  const score::Stats stats = score::stats_of({2, 4, 4, 4, 5, 5, 7, 9});  // Σ (x − 5)² = 32 over n − 1 = 7
  CHECK(stats.n == 8);
  CHECK(stats.mean == 5.0);
  CHECK(stats.min == 2.0);
  CHECK(stats.max == 9.0);
  CHECK(stats.sd.value() == doctest::Approx(2.1380899352993952));
  CHECK_FALSE(score::stats_of({5}).sd.has_value());
}

TEST_CASE("the seed method on a scale ending at or below 0 is refused at the scale, by the rules and by Scorer") {
  score::Questionnaire q;
  q.id = "below";
  q.title = "Below zero";
  q.sections = {{"s", "S", false, "", {item("i")}}};
  const std::vector<score::Respondent> people = {person("a", 2, {v(-4)}), person("b", 3, {v(-6)})};
  const std::string expected =
      "q.yaml:5:8: error: the scale ends at {}: the seed method divides by the scale's max, so it needs a max above "
      "0; expected a scale such as 1..5, or the pomp method ([method])";
  for (const int max : {-2, 0}) {
    q.scale = {-10, max, {}, {}, {"q.yaml", 5, 8}, {}};
    CHECK(testing::error_of([&] { score::reference_report(q, people, {}); }) == fmt::format(fmt::runtime(expected), max));
    CHECK(testing::error_of([&] { score::Scorer(q, {}); }) == fmt::format(fmt::runtime(expected), max));
    // pomp scores it: −4 is 6 of 8 above the bottom.
    score::Options pomp;
    pomp.method = score::Method::Pomp;
    CHECK(score::reference_report(q, {people[0]}, pomp).overall == 100.0 * 6 / (max + 10));
  }
}

TEST_CASE("percent statistics: min and max are those of the percents, whatever the denominator's sign") {
  score::PercentTally tally(1, -2);  // percent = got / (wsum · −2) · 100
  tally.add(-4, 1, 1);               // 200 %
  tally.add(-6, 1, 1);               // 300 %
  const score::Stats stats = tally.stats();
  CHECK(stats.min == 200.0);
  CHECK(stats.max == 300.0);
  CHECK(stats.mean == 250.0);
}

TEST_CASE("the comparison allows the last bits of another summation order, and nothing more") {
  score::Report a;
  a.overall = 50.0;
  a.band = score::Band{50, 60, "Mid", ""};
  a.sections.resize(2);
  for (auto& section : a.sections) section.status = Status::Scored;
  a.sections[0].percent = 40.000000001;
  a.sections[1].percent = 40.0000000005;  // nine decimals: a tie with the first, or below it
  a.improve = {0, 1};
  score::Report b = a;
  b.overall = 49.99999999999999;  // (100/3 + 200/3) / 2 in doubles
  b.band = score::Band{0, 50, "Low", ""};
  b.sections[1].percent = 40.00000000049999;
  b.improve = {1, 0};
  CHECK(difference(a, b) == "");
  b.band = score::Band{80, 100, "High", ""};
  CHECK(difference(a, b) == "band: Mid [50, 60) vs High [80, 100)\n");
  a.sections[1].percent = 40.000000002;  // no longer at a rounding edge
  b = a;
  b.overall = 50.000001;
  b.sections[0].percent = 40.0000000013;  // within 1e-9 of a's, which ranks nothing otherwise
  b.improve = {1, 0};
  CHECK(difference(a, b) == "overall: 50 vs 50.000000999999997\nimprove: 0,1 vs 1,0\n");
}

TEST_CASE("random questionnaires score alike by the rules, by Scorer one respondent at a time, and by the engine") {
  const Scratch files;
  std::mt19937 rng(20261201);
  const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  std::size_t refused = 0, scored = 0, skipped = 0, not_applicable = 0, alphas = 0, alike = 0, banded = 0, warned = 0;
  for (int n = 0; n < 400; ++n) {
    const testing::Case c = testing::random_case(pick, files.csv, files.questionnaire);
    const auto& q = c.questionnaire;
    INFO("case ", n, ": ", testing::describe(c));
    const auto reference = testing::outcome_of([&] { return score::reference_report(q, c.respondents, c.options); });
    const auto fast = testing::outcome_of([&] {
      score::Scorer scorer(q, c.options, score::Scorer::Footprint::Fast);
      for (const auto& r : c.respondents) scorer.add(r);
      return scorer.finish();
    });
    std::ofstream(files.questionnaire, std::ios::binary) << questionnaire_yaml(q);
    std::ofstream(files.csv, std::ios::binary) << survey_csv(c);
    score::ScoreJob job;
    job.files = {files.csv};
    job.questionnaire = files.questionnaire;
    job.scoring = c.options;
    job.threads = 2 + static_cast<std::size_t>(n % 3);
    job.block_bytes = n % 4 == 0 ? 1 : 8 + static_cast<std::size_t>(n % 50);
    const auto engine = testing::outcome_of([&] { return score::run(job); });
    CHECK(testing::difference(reference, fast) == "");
    // A survey row that gave no answer at all is an empty row of the export:
    // the engine skips it and counts it, so it scores the others alike.
    std::vector<score::Respondent> answered;
    for (const auto& r : c.respondents)
      if (std::any_of(r.answers.begin(), r.answers.end(), [](const score::Answer& a) { return a.state != State::Missing; }))
        answered.push_back(r);
    const auto by_rows = answered.size() == c.respondents.size()
                             ? reference
                             : testing::outcome_of([&] { return score::reference_report(q, answered, c.options); });
    CHECK(testing::difference(by_rows, engine) == "");
    if (engine.report) {
      CHECK(engine.report->rows.read == c.respondents.size());
      CHECK(engine.report->rows.no_answer == c.respondents.size() - answered.size());
      CHECK(engine.report->rows.skipped() == engine.report->rows.no_answer);
    }

    if (!reference.report) ++refused;
    if (!reference.report) continue;
    const score::Report& r = *reference.report;
    for (const auto& section : r.sections) {
      scored += section.status == Status::Scored;
      skipped += section.status == Status::Skipped;
      not_applicable += section.status == Status::NotApplicable;
      alphas += section.alpha.has_value();
      alike += !section.zero_variance_items.empty();
    }
    banded += r.band.has_value();
    warned += r.warning_count > 0;
  }
  // The cases reach every rule.
  CHECK(refused > 10);
  CHECK(scored > 300);
  CHECK(skipped > 50);
  CHECK(not_applicable > 20);
  CHECK(alphas > 50);
  CHECK(alike > 20);
  CHECK(banded > 20);
  CHECK(warned > 50);
}

TEST_SUITE_END();
