// The scoring contract of README.md "Scoring rules", one rule at a time.
#include <cxkit/base/error.hpp>
#include <cxkit/base/limits.hpp>
#include <cxkit/score/load.hpp>
#include <cxkit/score/report.hpp>
#include <cxkit/score/rules.hpp>
#include <cxkit/score/scorer.hpp>
#include <doctest/doctest.h>

#include "support.hpp"

using namespace cxkit;
using State = score::Answer::State;

namespace {

// Two sections of two items, scale 1..5; the second section is optional.
score::Questionnaire small(bool reverse = false, double weight = 1) {
  score::Questionnaire q;
  q.id = "small";
  q.title = "Small";
  q.scale = {1, 5, {{1, "Never"}, {5, "Always"}}, {}, {}, {}};
  q.sections = {{"alpha", "Alpha", false, "", {{"a1", "A one", reverse, weight, ""}, {"a2", "A two", false, 1, ""}}},
                {"beta", "Beta", true, "", {{"b1", "B one", false, 1, ""}, {"b2", "B two", false, 1, ""}}}};
  return q;
}

score::Answer v(int value) { return {State::Value, value}; }
score::Answer na() { return {State::NotApplicable, 0}; }
score::Answer missing() { return {}; }

score::Respondent person(std::string id, std::vector<score::Answer> answers) {
  return {std::move(id), {"answers.yaml", 7, 5}, std::move(answers)};
}

score::Report run(const score::Questionnaire& q, std::vector<score::Respondent> people, score::Options o = {}) {
  return score::score(q, people, o);
}

}  // namespace

TEST_SUITE_BEGIN("score/scorer");

TEST_CASE("seed method: total over max times answered items, both ends of the scale") {
  const auto q = small();
  auto r = run(q, {person("p", {v(1), v(1), v(5), v(5)})});
  CHECK(r.sections[0].percent.value() == doctest::Approx(20.0));   // 2 / 10
  CHECK(r.sections[1].percent.value() == doctest::Approx(100.0));  // 10 / 10
  CHECK(r.overall.value() == doctest::Approx(60.0));               // 12 / 20
  CHECK(r.method == score::Method::Seed);
}

TEST_CASE("pomp method: the bottom of the scale is 0 %, the top 100 %") {
  const auto q = small();
  auto r = run(q, {person("p", {v(1), v(1), v(5), v(3)})}, {score::Method::Pomp, 3, false});
  CHECK(r.sections[0].percent.value() == doctest::Approx(0.0));
  CHECK(r.sections[1].percent.value() == doctest::Approx(75.0));  // (4 + 2) / 8
  CHECK(r.overall.value() == doctest::Approx(37.5));              // 6 / 16
}

TEST_CASE("a reverse item counts min + max - v") {
  const auto q = small(/*reverse=*/true);
  auto r = run(q, {person("p", {v(1), v(1), v(3), v(3)})});
  CHECK(r.sections[0].percent.value() == doctest::Approx(60.0));  // (5 + 1) / 10
}

TEST_CASE("weights multiply both the answer and the maximum") {
  const auto q = small(false, /*weight=*/3);
  auto r = run(q, {person("p", {v(5), v(1), v(3), v(3)})});
  CHECK(r.sections[0].percent.value() == doctest::Approx(80.0));  // (15 + 1) / (15 + 5)
}

TEST_CASE("decimal weights score exactly as whole weights in the same proportions") {
  // 0.5, 1.5, 1, 1 weigh as 1, 3, 2, 2: every number of the report is the
  // same to the last bit (the scorer counts thousandths, divided by their gcd).
  auto decimal = small(false, 0.5), whole = small(false, 1);
  decimal.sections[0].items[1].weight = 1.5;
  whole.sections[0].items[1].weight = 3;
  for (auto& item : whole.sections[1].items) item.weight = 2;
  const std::vector<score::Respondent> people = {person("p", {v(5), v(1), v(3), v(3)}),
                                                 person("q", {v(2), v(4), na(), v(1)}),
                                                 person("r", {v(1), na(), v(5), v(2)})};
  const auto a = run(decimal, people), b = run(whole, people);
  // p: (2.5 + 1.5) / (2.5 + 7.5) = 40 %, q: (1 + 6) / 10 = 70 %, r: 0.5 / 2.5 = 20 % (a2 n/a).
  CHECK(a.sections[0].percent.value() == doctest::Approx((40.0 + 70.0 + 20.0) / 3));
  for (std::size_t s = 0; s < a.sections.size(); ++s) {
    CHECK(a.sections[s].percent == b.sections[s].percent);
    CHECK(a.sections[s].stats.sd == b.sections[s].stats.sd);
  }
  CHECK(a.overall == b.overall);
  CHECK(a.overall_stats.sd == b.overall_stats.sd);
  // A library caller may build a questionnaire the loader would refuse.
  auto fine = small(false, 0.1234);
  CHECK(testing::error_of([&] { run(fine, people); }) ==
        "error: the item 'a1' weighs 0.1234: expected a weight above 0 and at most 1000 with up to 3 decimals");
}

TEST_CASE("n/a leaves both sums; a section all n/a is not-applicable and not 0 %") {
  const auto q = small();
  auto r = run(q, {person("p", {na(), na(), v(4), na()})});
  CHECK(r.sections[0].status == score::Status::NotApplicable);
  CHECK_FALSE(r.sections[0].percent.has_value());
  CHECK(r.sections[1].percent.value() == doctest::Approx(80.0));
  CHECK(r.overall.value() == doctest::Approx(80.0));
  CHECK(r.improve == std::vector<std::size_t>{1});
}

TEST_CASE("an optional section with no answers at all is skipped and not ranked") {
  const auto q = small();
  auto r = run(q, {person("p", {v(2), v(3), missing(), missing()})});
  CHECK(r.sections[1].status == score::Status::Skipped);
  CHECK_FALSE(r.sections[1].percent.has_value());
  CHECK(r.overall.value() == doctest::Approx(50.0));
  CHECK(r.improve == std::vector<std::size_t>{0});
}

TEST_CASE("a missing answer in a section that is not skipped is an error naming respondent and items") {
  const auto q = small();
  try {
    run(q, {person("owner", {v(2), missing(), v(3), missing()})});
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) ==
          "answers.yaml:7:5: error: respondent 'owner' has no answer to alpha: a2, beta: b2: expected an answer "
          "or n/a for every item of a section that is not skipped (or [allow missing])");
  }
}

TEST_CASE("--allow-missing counts missing answers as n/a with a warning") {
  const auto q = small();
  auto r = run(q, {person("owner", {v(2), missing(), missing(), missing()})}, {score::Method::Seed, 3, true});
  CHECK(r.sections[0].percent.value() == doctest::Approx(40.0));
  CHECK(r.sections[1].status == score::Status::Skipped);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0] == "answers.yaml:7:5: warning: respondent 'owner' has no answer to alpha: a2: counted as n/a");
}

TEST_CASE("a required section with no answers is an error, not skipped") {
  const auto q = small();
  CHECK_THROWS_AS(run(q, {person("p", {missing(), missing(), v(3), v(3)})}), Error);
}

TEST_CASE("areas to improve: lowest first, ties keep questionnaire order, ranked unrounded") {
  score::Questionnaire q = small();
  q.sections[1].optional = false;
  q.sections.push_back({"gamma", "Gamma", false, "", {{"c1", "C one", false, 1, ""}, {"c2", "C two", false, 1, ""}}});
  SUBCASE("ties") {
    auto r = run(q, {person("p", {v(3), v(3), v(3), v(3), v(4), v(4)})});
    CHECK(r.improve == std::vector<std::size_t>{0, 1, 2});
  }
  SUBCASE("a tie cut by improve N is named") {
    auto r = run(q, {person("p", {v(3), v(3), v(3), v(3), v(4), v(4)})}, {score::Method::Seed, 1, false});
    CHECK(r.improve == std::vector<std::size_t>{0});
    CHECK(r.improve_tied == std::vector<std::size_t>{1});
    CHECK(score::score_text(r, {}).find("1. Alpha  60.0 % (tied with Beta: not listed)\n") != std::string::npos);
    CHECK(score::score_markdown(r, {}).find("1. **Alpha** \u2014 60.0 % (tied with Beta: not listed)\n") !=
          std::string::npos);
    CHECK(score::score_json(r, {}).find("\"improve_tied\": [\n    \"beta\"\n  ]") != std::string::npos);
    const auto all = run(q, {person("p", {v(3), v(3), v(3), v(3), v(4), v(4)})}, {score::Method::Seed, 2, false});
    CHECK(all.improve_tied.empty());
  }
  SUBCASE("improve N caps the list") {
    auto r = run(q, {person("p", {v(4), v(4), v(3), v(3), v(5), v(5)})}, {score::Method::Seed, 1, false});
    CHECK(r.improve == std::vector<std::size_t>{1});
  }
  SUBCASE("unrounded: 33.33 % ranks below 33.4 % ") {
    score::Questionnaire q3;
    q3.id = "q3";
    q3.scale = {0, 3, {}, {}, {}, {}};
    q3.sections = {{"x", "X", false, "", {{"x1", "", false, 1, ""}, {"x2", "", false, 1, ""}, {"x3", "", false, 1, ""}}},
                   {"y", "Y", false, "", {{"y1", "", false, 1, ""}, {"y2", "", false, 1, ""}, {"y3", "", false, 1, ""}}}};
    // x: 4/9 = 44.44 %, y: 3/9 = 33.33 %
    auto r = run(q3, {person("p", {v(2), v(1), v(1), v(1), v(1), v(1)})});
    CHECK(r.improve == std::vector<std::size_t>{1, 0});
  }
}

TEST_CASE("several respondents: section mean over those who scored it, with n, min, max and sd") {
  const auto q = small();
  auto r = run(q, {person("a", {v(5), v(5), v(1), v(1)}), person("b", {v(3), v(3), missing(), missing()}),
                   person("c", {v(1), v(1), na(), na()})});
  CHECK(r.respondents == 3);
  CHECK(r.sections[0].percent.value() == doctest::Approx(60.0));  // (100 + 60 + 20) / 3
  CHECK(r.sections[0].stats.n == 3);
  CHECK(r.sections[0].stats.min == doctest::Approx(20.0));
  CHECK(r.sections[0].stats.max == doctest::Approx(100.0));
  CHECK(r.sections[0].stats.sd.value() == doctest::Approx(40.0));  // sample sd of 100, 60, 20
  CHECK(r.sections[1].status == score::Status::Scored);           // scored by one respondent
  CHECK(r.sections[1].percent.value() == doctest::Approx(20.0));
  CHECK(r.sections[1].stats.n == 1);
  CHECK_FALSE(r.sections[1].stats.sd.has_value());
  // overall: mean of respondents' overall percents: a 12/20 = 60, b 60, c 20
  CHECK(r.overall.value() == doctest::Approx(140.0 / 3));
  CHECK(r.sections[0].answered == 6);
}

TEST_CASE("item means are listed weakest first, unanswered last") {
  const auto q = small();
  auto r = run(q, {person("a", {v(4), v(2), na(), v(5)})});
  CHECK(r.sections[0].item_results[0].id == "a2");
  CHECK(r.sections[0].item_results[1].id == "a1");
  CHECK(r.sections[1].item_results[0].id == "b2");
  CHECK_FALSE(r.sections[1].item_results[1].mean.has_value());
}

TEST_CASE("bands are half-open [from, to)") {
  auto q = small();
  q.bands = {{0, 50, "Low", "Start here."}, {50, 100.01, "High", "Keep going."}};
  auto r = run(q, {person("p", {v(5), v(5), v(1), v(3)})});  // 14/20 = 70
  REQUIRE(r.band.has_value());
  CHECK(r.band->label == "High");
  auto edge = run(q, {person("p", {v(1), v(4), v(3), v(2)})});  // 10/20 = 50: the upper band
  CHECK(edge.band->label == "High");
  q.bands.back().to = 100;  // the top band holds 100 as well
  auto top = run(q, {person("p", {v(5), v(5), v(5), v(5)})});
  REQUIRE(top.band.has_value());
  CHECK(top.band->label == "High");
  CHECK(score::reference_report(q, {person("p", {v(5), v(5), v(5), v(5)})}, {}).band->label == "High");
}

TEST_CASE("a band without advice shows its label alone, with no dangling colon") {
  auto q = small();
  q.bands = {{0, 100, "Any", ""}};
  const auto r = run(q, {person("p", {v(5), v(5), v(1), v(3)})});
  CHECK(score::score_text(r, {}).ends_with("\nAny\n"));
  CHECK(score::score_markdown(r, {}).ends_with("\n**Any**\n"));
}

TEST_CASE("answers are read as numbers, labels (any case) or n/a spellings") {
  const score::Scale scale{1, 5, {{1, "Never"}, {4, "Usually"}}, {"n/a", "not applicable"}, {}, {}};
  CHECK(score::parse_answer(scale, "4")->value == 4);
  CHECK(score::parse_answer(scale, " usually ")->value == 4);
  CHECK(score::parse_answer(scale, "N/A")->state == State::NotApplicable);
  CHECK(score::parse_answer(scale, "Not applicable")->state == State::NotApplicable);
  CHECK(score::parse_answer(scale, "")->state == State::Missing);
  CHECK_FALSE(score::parse_answer(scale, "6").has_value());
  CHECK_FALSE(score::parse_answer(scale, "0").has_value());
  CHECK_FALSE(score::parse_answer(scale, "often").has_value());
  CHECK_FALSE(score::parse_answer(scale, "4.5").has_value());
}

TEST_CASE("Cronbach's alpha on a known data set, over complete answers only") {
  score::Questionnaire q;
  q.id = "alpha";
  q.scale = {1, 5, {}, {}, {}, {}};
  q.sections = {{"s", "S", false, "", {{"i1", "", false, 1, ""}, {"i2", "", false, 1, ""}, {"i3", "", false, 1, ""}}},
                {"one", "One item", false, "", {{"o1", "", false, 1, ""}}}};
  // Item variances 1.3, 1.0, 1.7 (sum 4.0); totals 13, 8, 15, 8, 13 have variance 10.3:
  // alpha = 3/2 * (1 - 4.0/10.3) = 0.917475728...
  const std::vector<std::vector<int>> rows = {{4, 5, 4}, {3, 3, 2}, {5, 5, 5}, {2, 3, 3}, {4, 4, 5}};
  std::vector<score::Respondent> people;
  for (const auto& row : rows) people.push_back(person("p", {v(row[0]), v(row[1]), v(row[2]), v(3)}));
  people.push_back(person("incomplete", {v(1), na(), v(5), v(3)}));  // left out of alpha
  auto r = run(q, people);
  CHECK(r.sections[0].alpha.value() == doctest::Approx(0.9174757282));
  CHECK(r.sections[0].alpha_n == 5);
  CHECK_FALSE(r.sections[1].alpha.has_value());  // one item
  CHECK(r.sections[1].zero_variance_items == std::vector<std::string>{"o1"});
  auto single = run(q, {people[0]});
  CHECK_FALSE(single.sections[0].alpha.has_value());  // one respondent
}

TEST_CASE("a respondent with missing answers is refused whole: nothing of it is counted") {
  const auto q = small();
  score::Scorer scorer(q, {});
  CHECK_THROWS_AS(scorer.add(person("bad", {v(1), missing(), v(1), v(1)})), Error);
  scorer.add(person("good", {v(5), v(5), v(5), v(5)}));
  const auto r = scorer.finish();
  CHECK(r.respondents == 1);
  CHECK(r.sections[0].percent.value() == doctest::Approx(100.0));
  CHECK(r.sections[0].item_results[0].mean.value() == doctest::Approx(5.0));
}

TEST_CASE("warnings are capped, and counted in full") {
  const auto q = small();
  score::Scorer scorer(q, {score::Method::Seed, 3, true});
  for (int i = 0; i < 30; ++i) scorer.add(person("p", {v(1), missing(), v(1), v(1)}));
  const auto r = scorer.finish();
  CHECK(r.warnings.size() == base::limits::kWarnings);
  CHECK(r.warning_count == 30);
}

namespace {

// Random answers (values, n/a, skipped optional sections) on a questionnaire
// with a reversed and a weighted item, as the streaming scorer takes them.
std::vector<score::Respondent> crowd(const score::Questionnaire& q, std::size_t n, unsigned seed) {
  std::vector<score::Respondent> people;
  unsigned state = seed;
  const auto next = [&] { return (state = state * 1103515245u + 12345u) >> 16; };
  for (std::size_t p = 0; p < n; ++p) {
    score::Respondent r = person("r" + std::to_string(p), {});
    for (const auto& section : q.sections) {
      const bool skip = section.optional && next() % 5 == 0;
      for (std::size_t i = 0; i < section.items.size(); ++i)
        r.answers.push_back(skip ? missing() : next() % 7 == 0 ? na() : v(q.scale.min + static_cast<int>(next() % 5)));
    }
    people.push_back(std::move(r));
  }
  return people;
}

std::string json_of(const score::Report& r) { return score::score_json(r, {}); }

}  // namespace

TEST_CASE("the report does not depend on the footprint, nor on how respondents are split and merged") {
  score::Questionnaire q = small(/*reverse=*/true, /*weight=*/2);
  // Sections of 3, 4 and 5 items (the questionnaires' usual sizes) and
  // one of 9, too many patterns to count.
  for (const int size : {3, 4, 5, 9}) {
    q.sections.push_back({"s" + std::to_string(size), "Size " + std::to_string(size), false, "", {}});
    for (int i = 0; i < size; ++i)
      q.sections.back().items.push_back({"s" + std::to_string(size) + "-" + std::to_string(i), "", i == 1, 1, ""});
  }
  // On 1..5, and on -2..2, where an answer takes from the overall sums.
  for (const int low : {1, -2}) {
    q.scale.min = low;
    q.scale.max = low + 4;
    const auto people = crowd(q, 500, 7);
    std::vector<score::AnswerCode> codes;  // the people's answers, a row each
    for (const auto& r : people)
      for (const auto& a : r.answers) codes.push_back(score::encode(q.scale, a));
    for (const auto method : {score::Method::Seed, score::Method::Pomp}) {
      CAPTURE(low);
      const score::Options options{method, 3, false};
      score::Scorer whole(q, options, score::Scorer::Footprint::Small);
      for (const auto& r : people) whole.add(r);
      const std::string expected = json_of(whole.finish());

      score::Scorer fast(q, options, score::Scorer::Footprint::Fast);
      for (const auto& r : people) fast.add(r);
      CHECK(json_of(fast.finish()) == expected);

      // Three parts merged back to front, as threads finishing in any order.
      std::vector<score::Scorer> parts(3, score::Scorer(q, options, score::Scorer::Footprint::Fast));
      for (std::size_t p = 0; p < people.size(); ++p) parts[p * 3 / people.size()].add(people[p]);
      score::Scorer merged(q, options);
      for (std::size_t p = parts.size(); p-- > 0;) merged.merge(parts[p]);
      CHECK(json_of(merged.finish()) == expected);

      // Streamed as codes: many rows at once (past one chunk of 128), and
      // chosen rows (the odd ones, then the even ones), on both footprints.
      for (const auto footprint : {score::Scorer::Footprint::Fast, score::Scorer::Footprint::Small}) {
        score::Scorer rows(q, options, footprint), chosen(q, options, footprint);
        rows.add(codes.data(), 300);
        rows.add(codes.data() + 300 * q.item_count(), people.size() - 300);
        CHECK(json_of(rows.finish()) == expected);
        std::vector<std::uint32_t> odd, even;
        for (std::uint32_t p = 0; p < people.size(); ++p) (p % 2 ? odd : even).push_back(p);
        chosen.add(codes.data(), odd.size(), odd.data());
        chosen.add(codes.data(), even.size(), even.data());
        CHECK(json_of(chosen.finish()) == expected);
      }
    }
  }
}

TEST_CASE("statistics are exact with heavy weights too (percents summed per denominator, sparse)") {
  score::Questionnaire q = small(false, /*weight=*/1000);
  for (int i = 0; i < 5; ++i) q.sections[0].items.push_back({"h" + std::to_string(i), "", false, 1000, ""});
  auto r = run(q, {person("a", {v(5), v(5), v(5), v(5), v(5), v(5), v(5), v(1), v(1)}),
                   person("b", {v(1), v(1), v(1), v(1), v(1), v(1), na(), v(3), v(3)})});
  CHECK(r.sections[0].stats.n == 2);
  CHECK(r.sections[0].stats.min == doctest::Approx(20.0));   // all 1s
  CHECK(r.sections[0].stats.max == doctest::Approx(100.0));  // all 5s
  CHECK(r.sections[0].percent.value() == doctest::Approx(60.0));
  CHECK(r.sections[0].stats.sd.value() == doctest::Approx(56.5685424949));  // sd of {20, 100}
}

TEST_CASE("missing_answers: only a wholly skipped optional section may have no answers") {
  const auto q = small();
  score::Scorer scorer(q, {});
  const auto codes = [&](std::vector<score::Answer> answers) {
    std::vector<score::AnswerCode> out;
    for (const auto& a : answers) out.push_back(score::encode(q.scale, a));
    return out;
  };
  CHECK_FALSE(scorer.missing_answers(codes({v(1), na(), v(5), v(5)}).data()));
  CHECK_FALSE(scorer.missing_answers(codes({v(1), na(), missing(), missing()}).data()));  // beta skipped
  CHECK(scorer.missing_answers(codes({v(1), na(), missing(), v(2)}).data()));
  CHECK(scorer.missing_answers(codes({missing(), missing(), v(5), v(5)}).data()));  // alpha is required
}

TEST_CASE("a respondent id is quoted safely in messages (a quoted CSV id may hold a line break)") {
  const auto q = small();
  CHECK(testing::error_of([&] { run(q, {person("a\nb\x1b[2J", {v(2), missing(), v(3), v(3)})}); }) ==
        "answers.yaml:7:5: error: respondent 'a\\nb\\x1B[2J' has no answer to alpha: a2: expected an answer or n/a "
        "for every item of a section that is not skipped (or [allow missing])");
}

TEST_CASE("a baseline of another questionnaire, method or scale is refused at the baseline") {
  const auto q = small();
  const auto r = run(q, {person("p", {v(3), v(4), v(2), v(5)})});
  const auto baseline = [](std::string json) { return score::parse_baseline(json, "b.json"); };
  const std::string rest = R"("respondents": 1, "overall": {"percent": 50}, "sections": [{"id": "alpha", "percent": 50}]})";
  const auto error = [&](const std::string& json) {
    return testing::error_of([&] {
      auto copy = r;
      score::compare(copy, baseline(json));
    });
  };
  CHECK(error(R"({"questionnaire": {"id": "other"}, "method": "seed", )" + rest) ==
        "b.json:1:2: error: the baseline is a report of the questionnaire 'other' but this run scores 'small': "
        "expected a report of the same questionnaire");
  CHECK(error("{\"questionnaire\": {\"id\": \"small\"},\n \"method\": \"pomp\", " + rest) ==
        "b.json:2:2: error: the baseline is scored with the method 'pomp' but this run with 'seed': percents of two "
        "methods differ on the same answers; expected a baseline scored with 'seed', or this run scored with the "
        "baseline's method");
  CHECK(error(R"({"questionnaire": {"id": "small"}, "method": "seed", "scale": {"min": 1, "max": 7}, )" + rest) ==
        "b.json:1:54: error: the baseline is scored on the scale 1..7 but this run on 1..5: expected a baseline on "
        "the same scale");
  CHECK(error(R"({"questionnaire": {"id": "small"}, "method": "seed", "scale": {"min": 1, "max": 7.5}, )" + rest) ==
        "b.json:1:54: error: 'scale.max' is not a whole number from -1000 to 1000: expected a [score report]");
  CHECK(error(R"({"questionnaire": {"id": "small"}, )" + rest) ==
        "b.json: error: the file has no 'method': expected a [score report]");
  SUBCASE("a baseline without its scale (an older report) is compared, with a warning") {
    auto copy = r;
    score::compare(copy, baseline(R"({"questionnaire": {"id": "small"}, "method": "seed", )" + rest));
    REQUIRE(copy.warnings.size() == 1);
    CHECK(copy.warnings[0] == "b.json:1:36: warning: the baseline does not give its scale (a report of an older "
                              "version): compared as if on 1..5");
    CHECK(copy.warning_count == 1);
  }
  SUBCASE("its own JSON report is comparable") {
    auto copy = r;
    score::compare(copy, baseline(score::score_json(r, {})));
    CHECK(copy.warnings.empty());
    CHECK(copy.overall_change == doctest::Approx(0));
  }
}

TEST_CASE("min_change: only a change of more than P points counts as improved or worsened") {
  const auto q = small();
  score::Options o;
  o.min_change = 5;
  const auto r = run(q, {person("p", {v(3), v(4), v(2), v(5)})}, o);  // alpha 70 %, beta 70 %
  CHECK(r.min_change == 5);
  const std::string json = R"({"questionnaire": {"id": "small"}, "method": "seed", "scale": {"min": 1, "max": 5},
    "overall": {"percent": 70}, "sections": [{"id": "alpha", "percent": 64.9}, {"id": "beta", "percent": 66}]})";
  auto copy = r;
  score::compare(copy, score::parse_baseline(json, "b.json"));
  CHECK(copy.improved == std::vector<std::size_t>{0});  // +5.1
  CHECK(copy.worsened.empty());                         // beta +4.0 is within 5 points
  const std::string text = score::score_text(copy, {});
  CHECK(text.find("Since b.json (a change counts when it is more than 5.0 points; n and SD of this run):\n"
                  "  overall: +0.0 (n 1, SD \u2014)\n"
                  "  improved: Alpha +5.1 (n 1, SD \u2014)\n"
                  "  worsened: none\n"
                  "  within 5.0 points: Beta +4.0 (n 1, SD \u2014)\n") != std::string::npos);
}

TEST_CASE("thresholds: each with the percent held to it and whether it passed, kept in the report") {
  const auto q = small();
  score::Threshold overall, section;
  overall.limit = 70;
  section.of = score::Threshold::Of::Section;
  section.limit = 61;
  auto r = run(q, {person("p", {v(3), v(3), v(4), v(4)})});  // alpha 60 %, beta 80 %, overall 70 %
  CHECK_FALSE(score::check(r, {overall, section}));
  REQUIRE(r.thresholds.size() == 2);
  CHECK(r.thresholds[0].value == doctest::Approx(70));
  CHECK(r.thresholds[0].passed);  // not below: passed
  CHECK(r.thresholds[1].section == "alpha");
  CHECK(r.thresholds[1].value == doctest::Approx(60));
  CHECK_FALSE(r.thresholds[1].passed);
  SUBCASE("nothing scored: the overall percent fails, the sections have none to fail") {
    auto none = run(q, {person("p", {na(), na(), missing(), missing()})});
    CHECK_FALSE(score::check(none, {overall}));
    CHECK_FALSE(none.thresholds[0].value.has_value());
    CHECK(score::check(none, {section}));
    CHECK(none.thresholds[0].section.empty());
  }
  const std::string json = score::score_json(r, {});
  CHECK(json.find(R"("of": "section",
      "section": "alpha",
      "value": 60.0,
      "limit": 61.0,
      "passed": false)") != std::string::npos);
}

TEST_CASE("the report's date is in its header") {
  auto r = run(small(), {person("p", {v(5), v(5), v(1), v(3)})});
  r.client = "Client";
  r.date = "2026-10-14";
  CHECK(score::score_text(r, {}).starts_with("Small \u2014 Client, 2026-10-14\n"));
  CHECK(score::score_markdown(r, {}).starts_with("# Small \u2014 Client, 2026-10-14\n"));
  CHECK(score::score_json(r, {}).find("\"date\": \"2026-10-14\"") != std::string::npos);
}

TEST_SUITE_END();
