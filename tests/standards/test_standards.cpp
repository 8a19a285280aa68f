// cx-standards: the loader's located errors, each rule of the lint (README
// "Standards rules"), and the built-in workbook against seed 003.
#include <cxkit/base/error.hpp>
#include <cxkit/standards/lint.hpp>
#include <cxkit/standards/load.hpp>
#include <cxkit/standards/report.hpp>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "support.hpp"

#include <numeric>
#include <string>
#include <vector>

using namespace cxkit;
using standards::Rule;
using testing::error_of;

namespace {

const standards::Workbook& workbook() {
  static const standards::Workbook w = standards::builtin_workbook();
  return w;
}

const std::string kTop = "kind: standards\nversion: 1\norganisation: Harbourview Hotels\n";

// One standard that meets every criterion, its fields one per line (line 5
// is its id) so that a test replaces or drops one.
const std::string kGood =
    "  - id: answer-by-third-ring\n"
    "    area: timeliness\n"
    "    statement: Front desk staff answer every call by the third ring.\n"
    "    indicator: {measure: rings before the call is answered, target: \"<= 3\", source: phone system report}\n"
    "    requirement: {source: \"guest survey 2026-Q2: 41 % said we are hard to reach by phone\"}\n"
    "    roles: [front-desk, reservations]\n"
    "    developed_with: [front-desk team workshop 2026-05-12]\n";

std::string with(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

standards::StandardSet parse(const std::string& standards) {
  return standards::parse_standards(kTop + "standards:\n" + standards, "s.yaml", workbook());
}

std::string load_error(const std::string& text) {
  return error_of([&] { standards::parse_standards(text, "s.yaml", workbook()); });
}

// The findings of the one standard, as "rule severity line:col message".
std::vector<std::string> findings(const std::string& standard, standards::Options options = {}) {
  const auto result = standards::lint({parse(standard)}, workbook(), options);
  std::vector<std::string> out;
  for (const auto& f : result.standards.at(0).findings)
    out.push_back(fmt::format("{} {} {}:{} {}", standards::rule(f.rule).id, base::name(f.severity), f.where.line,
                              f.where.column, f.message));
  return out;
}

}  // namespace

TEST_SUITE_BEGIN("standards");

TEST_CASE("a target is a comparison with a number, with an optional unit") {
  for (const char* good : {"<= 3", ">= 95 %", "< 2 min", "> 0", "= 100 %", "==1", "\u2264 3 rings", "<=2.5 min",
                           "  >= 4,5 stars", ">= 95% of calls"})
    CHECK_MESSAGE(standards::is_comparison(good), good);
  for (const char* bad : {"", "3", "quickly", "as fast as possible", "<=", "< soon", "3 <= x", ">= 3 and <= 5",
                          "at most 3", "=1+1", "<= 3.5.2", "<=3min"})
    CHECK_MESSAGE(!standards::is_comparison(bad), bad);
}

TEST_CASE("vague terms are found as whole words, ignoring case, in the list's order") {
  const std::vector<std::string> terms = {"promptly", "good", "try to", "as soon as possible"};
  CHECK(standards::vague_terms_in("We TRY TO reply promptly.", terms) == std::vector<std::string>{"promptly", "try to"});
  CHECK(standards::vague_terms_in("Goodbye is said at the door; goods are checked.", terms).empty());
  CHECK(standards::vague_terms_in("Reply as soon as possible, in good time.", terms) ==
        std::vector<std::string>{"good", "as soon as possible"});
}

TEST_CASE("sentences and words of a statement") {
  CHECK(standards::sentences("Answer by the third ring.") == 1);
  CHECK(standards::sentences("Answer by the third ring. Smile when you answer.") == 2);
  CHECK(standards::sentences("Offer a late check-out, e.g. until 2 p.m. on Sundays.") == 1);
  CHECK(standards::sentences("三声之内接听电话。微笑。") == 2);
  CHECK(standards::words("  Answer  every call\tby the third ring. ") == 7);
}

TEST_CASE("a standard that meets every criterion has no finding") { CHECK(findings(kGood).empty()); }

TEST_CASE("measurable: no indicator, no target, or a target that is not a comparison is an error") {
  CHECK(findings(with(kGood, "    indicator: {measure: rings before the call is answered, target: \"<= 3\", source: "
                             "phone system report}\n",
                      "")) ==
        std::vector<std::string>{"measurable error 5:5 no indicator: expected indicator: {measure, target, source} "
                                 "with a target such as '<= 3'"});
  CHECK(findings(with(kGood, "target: \"<= 3\"", "target: quickly")) ==
        std::vector<std::string>{"measurable error 8:69 the target 'quickly' is not a comparison with a number: "
                                 "expected one such as '<= 3', '>= 95 %' or '< 2 min'"});
  CHECK(findings(with(kGood, "target: \"<= 3\", ", "")) ==
        std::vector<std::string>{"measurable error 8:16 the indicator has no target: expected a comparison with a "
                                 "number, such as '<= 3', '>= 95 %' or '< 2 min'"});
}

TEST_CASE("specific: a vague term of the language's list is a warning naming the terms") {
  CHECK(findings(with(kGood, "answer every call by the third ring.", "answer calls promptly and try to be nice.")) ==
        std::vector<std::string>{"specific warning 7:16 the statement uses vague terms ('promptly', 'try to', 'nice'"
                                 "): expected what is done, by whom and when, with nothing left to guess"});
}

TEST_CASE("specific: a file adds and removes terms of the built-in list") {
  const auto set = standards::parse_standards(kTop + "vague_terms: {add: [Courteously], remove: [nice]}\nstandards:\n" +
                                                  with(kGood, "answer every call by the third ring.",
                                                       "answer courteously and be nice."),
                                              "s.yaml", workbook());
  const auto result = standards::lint({set}, workbook(), {});
  REQUIRE(result.standards.at(0).findings.size() == 1);
  CHECK(result.standards[0].findings[0].message ==
        "the statement uses a vague term ('courteously'): expected what is done, by whom and when, with nothing "
        "left to guess");
}

TEST_CASE("concise: more than one sentence or more than 30 words is a warning") {
  CHECK(findings(with(kGood, "answer every call by the third ring.",
                      "answer every call by the third ring. Guests hate waiting.")) ==
        std::vector<std::string>{
            "concise warning 7:16 the statement is 2 sentences: expected one (put explanations under 'note')"});
  const std::string long_one =
      "answer every call on every line of the hotel by the third ring on weekdays and weekends alike, from the "
      "first call of the morning to the last call at night, without exception.";
  REQUIRE(standards::words("Front desk staff " + long_one) == 36);
  CHECK(findings(with(kGood, "answer every call by the third ring.", long_one)) ==
        std::vector<std::string>{"concise warning 7:16 the statement is 36 words: expected at most 30"});
}

TEST_CASE("customer-based, in-job-descriptions and developed-with-staff: each missing part is a warning") {
  CHECK(findings(with(with(with(kGood, "    requirement: {source: \"guest survey 2026-Q2: 41 % said we are hard to "
                                       "reach by phone\"}\n",
                                "    requirement: {source: \"  \"}\n"),
                           "[front-desk, reservations]", "[]"),
                      "    developed_with: [front-desk team workshop 2026-05-12]\n", "")) ==
        std::vector<std::string>{
            "customer-based warning 5:5 no customer requirement: expected requirement: {source: ...} naming what "
            "customers asked for (a survey, complaints)",
            "in-job-descriptions warning 5:5 no roles: expected the job descriptions it is written into under "
            "'roles'",
            "developed-with-staff warning 5:5 no 'developed_with': expected the staff, team or workshop it was "
            "written with"});
}

TEST_CASE("applied-to-all: an exception without a reason is an error at the exception") {
  CHECK(findings(kGood + "    exceptions:\n      - {role: night-audit, reason: \"one person covers the desk and the "
                         "switchboard\"}\n      - {role: concierge}\n") ==
        std::vector<std::string>{"applied-to-all error 14:9 the exception for 'concierge' gives no reason: expected "
                                 "a reason, or no exception (a standard applies to everyone)"});
}

TEST_CASE("coverage: a note per area of the fourteen without a standard, not for the team's own areas") {
  const auto set = standards::parse_standards(
      kTop + "areas:\n  - {id: room-readiness, title: Room readiness, kind: organisational}\nstandards:\n" + kGood,
      "s.yaml", workbook());
  const auto result = standards::lint({set}, workbook(), {});
  CHECK(result.coverage.size() == 15);
  CHECK(result.coverage.back().own);
  CHECK(result.coverage_findings.size() == 13);
  CHECK(result.coverage_findings.at(0).message ==
        "no standard for the organisational area 'Flow' (flow): expected at least one");
  CHECK(result.coverage_findings.at(0).where.file == "s.yaml");
  CHECK(result.summary.count(base::Severity::Note) == 13);
  CHECK_FALSE(result.failed());
  CHECK(standards::lint({set}, workbook(), {base::Severity::Note}).summary.failing == 13);
}

TEST_CASE("fail-on: findings at or above the level fail the run") {
  const std::string vague = with(kGood, "answer every call by the third ring.", "answer promptly.");
  const auto count = [&](std::optional<base::Severity> level) {
    return standards::lint({parse(vague)}, workbook(), {level}).summary.failing;
  };
  CHECK(count(base::Severity::Error) == 0);
  CHECK(count(base::Severity::Warning) == 1);
  CHECK(count(base::Severity::Note) == 14);  // and the 13 areas without a standard
  CHECK(count(std::nullopt) == 0);
}

TEST_CASE("structural errors are located, all of a file at once") {
  CHECK(load_error(kTop + "standards:\n" + with(kGood, "area: timeliness", "area: timelines")) ==
        "s.yaml:6:11: error: 'timelines' is not an area (did you mean 'timeliness'?): expected one of the "
        "workbook's fourteen (timeliness, flow, adaptability, anticipation, communication, customer-feedback, "
        "organisation-and-supervision, appearance, attitude, attentiveness, tact, guidance, salesmanship, "
        "polite-problem-solving) or one declared under areas:");
  CHECK(load_error(kTop + "standards:\n" + kGood + kGood) ==
        "s.yaml:12:5: error: duplicate standard id 'answer-by-third-ring' (first used on line 5): expected each id "
        "once");
  CHECK(load_error(kTop + "standards:\n" + with(with(kGood, "    roles:", "    role:"), "statement: Front",
                                                "statement: [Front]\n    notes: x\n    x: Front")) ==
        "s.yaml:7:16: error: 'statement' is a list: expected text\n"
        "s.yaml:8:5: error: unknown key 'notes' in a standard (did you mean 'note'?); expected one of: id, area, "
        "statement, indicator, requirement, roles, developed_with, applies_to, exceptions, owner, review, note\n"
        "s.yaml:9:5: error: unknown key 'x' in a standard (did you mean 'id'?); expected one of: id, area, "
        "statement, indicator, requirement, roles, developed_with, applies_to, exceptions, owner, review, note\n"
        "s.yaml:12:5: error: unknown key 'role' in a standard (did you mean 'roles'?); expected one of: id, area, "
        "statement, indicator, requirement, roles, developed_with, applies_to, exceptions, owner, review, note");
  CHECK(load_error(kTop + "areas:\n  - {id: tact, title: Tact, kind: personal}\nstandards: []\n") ==
        "s.yaml:5:10: error: the area 'tact' is one of the workbook's: expected the id of an area of your own (the "
        "workbook's need no declaring)");
  CHECK(load_error(kTop + "standards:\n" + kGood + "    applies_to: []\n") ==
        "s.yaml:12:17: error: 'applies_to' lists no role: expected applies_to: all, or the roles it applies to");
  CHECK(load_error(kTop) == "s.yaml:1:1: error: the standards file has no 'standards': expected a list of "
                            "standards, each with an id:, an area: and a statement:");
}

TEST_CASE("the built-in workbook is seed 003's: 14 areas with 32 and 33 questions, 7 criteria, 6 processes") {
  const auto& w = workbook();
  REQUIRE(w.areas.size() == 14);
  const std::vector<std::size_t> expected = {5, 4, 5, 4, 4, 5, 5, 4, 5, 4, 4, 6, 4, 6};
  std::vector<std::size_t> counts;
  for (const auto& a : w.areas) counts.push_back(a.questions.size());
  CHECK(counts == expected);
  for (std::size_t i = 0; i < 14; ++i)
    CHECK(w.areas[i].kind == (i < 7 ? standards::Area::Kind::Organisational : standards::Area::Kind::Personal));
  for (const auto& a : w.areas)
    for (const auto& q : a.questions) CHECK_MESSAGE(!q.original.empty(), a.id);
  std::vector<std::string> criteria;
  for (const auto& c : w.criteria) criteria.push_back(c.id);
  std::vector<std::string> rules;
  for (const auto& r : standards::rules())
    if (r.rule != Rule::Coverage) rules.emplace_back(r.id);
  CHECK(criteria == rules);  // a rule per criterion, in the seed's order
  CHECK(w.processes.size() == 6);
}

TEST_CASE("the starting file loads, with every area's questions as comments and no standard") {
  const std::string text = standards::starting_file(workbook(), "Harbourview \"Waterfront\" Hotels", "lint");
  const auto set = standards::parse_standards(text, "new.yaml", workbook());
  CHECK(set.organisation == "Harbourview \"Waterfront\" Hotels");
  CHECK(set.standards.empty());
  for (const auto& a : workbook().areas) {
    CHECK_MESSAGE(text.find("  # " + a.id + ": ") != std::string::npos, a.id);
    CHECK_MESSAGE(text.find("  #   area: " + a.id + "\n") != std::string::npos, a.id);
  }
}

TEST_SUITE_END();
