// Loading questionnaires and responses: model rules become located errors.
#include <cxkit/base/error.hpp>
#include <cxkit/base/builtins.hpp>
#include <cxkit/score/load.hpp>
#include <doctest/doctest.h>

#include "support.hpp"

#include <functional>
#include <string>

using namespace cxkit;
using testing::error_of;

namespace {

std::string questionnaire_error(const std::string& text) {
  return error_of([&] { score::parse_questionnaire(text, "q.yaml"); });
}

const std::string kHeader = "kind: questionnaire\nversion: 1\nid: q\ntitle: Q\nscale: {min: 1, max: 5}\n";

}  // namespace

TEST_SUITE_BEGIN("score/load");

TEST_CASE("questionnaire model rules") {
  CHECK(questionnaire_error("kind: responses\nversion: 1\n") ==
        "q.yaml:1:7: error: kind is 'responses': expected kind: questionnaire");
  CHECK(questionnaire_error("version: 1\n") == "q.yaml:1:1: error: the document has no 'kind': expected kind: "
                                               "questionnaire");
  CHECK(questionnaire_error("kind: questionnaire\nversion: 2\n") ==
        "q.yaml:2:10: error: 'version' is 2: expected a whole number from 1 to 1");
  CHECK(questionnaire_error(kHeader + "titel: x\n") ==
        "q.yaml:1:1: error: 'sections' has 0 entries: expected at least 1\n"
        "q.yaml:6:1: error: unknown key 'titel' in the questionnaire (did you mean 'title'?); expected one of: "
        "kind, version, id, title, language, source, note, notice, lost, scale, sections, bands");
  CHECK(questionnaire_error(kHeader + "sections:\n  - {id: s, title: S, items: [{id: i, text: T}]}\n"
                                      "  - {id: s, title: S2, items: [{id: j, text: T}]}\n") ==
        "q.yaml:8:10: error: duplicate section id 's' (first used on line 7): expected each id once");
  const auto weight_error = [&](const std::string& weight) {
    return questionnaire_error(kHeader + "sections:\n  - {id: s, title: S, items: [{id: i, text: T, weight: " +
                               weight + "}]}\n");
  };
  for (const std::string bad : {"0", "0.0", "-1", "1000.001", "1.2345", "1e3", ".5", "5.", "1.5.2", "\"2\"",
                                "[1]", "inf", "nan"}) {
    CAPTURE(bad);
    const std::string shown = bad == "[1]" ? "a list" : "'" + (bad == "\"2\"" ? std::string("2") : bad) + "'";
    CHECK(weight_error(bad) == "q.yaml:7:56: error: 'weight' is " + shown +
                                   ": expected a number above 0 and at most 1000 with up to 3 decimals (1, 1.5, 0.25)");
  }
  for (const auto& [good, value] : std::vector<std::pair<std::string, double>>{
           {"1", 1}, {"0.5", 0.5}, {"1.25", 1.25}, {"0.001", 0.001}, {"1000", 1000}, {"999.999", 999.999}}) {
    CAPTURE(good);
    const auto q = score::parse_questionnaire(
        kHeader + "sections:\n  - {id: s, title: S, items: [{id: i, text: T, weight: " + good + "}]}\n", "q.yaml");
    CHECK(q.sections.at(0).items.at(0).weight == value);
  }
  CHECK(questionnaire_error(kHeader + "sections:\n  - {id: s, title: S, optional: yes, items: [{id: i, text: T}]}\n") ==
        "q.yaml:7:33: error: 'optional' is 'yes': expected true or false");
  CHECK(questionnaire_error(kHeader + "sections: []\n") == "q.yaml:6:11: error: 'sections' has 0 entries: expected at least 1");
  CHECK(questionnaire_error(kHeader + "sections:\n  - {id: s, title: S, items: [{id: i, text: T}]}\n"
                                      "bands:\n  - {from: 0, to: 60, label: L}\n  - {from: 50, to: 100, label: M}\n") ==
        "q.yaml:10:5: error: the band [50, 100) overlaps the band [0, 60): expected bands that do not overlap");
}

TEST_CASE("responses bind to the questionnaire's items and scale") {
  const auto q = score::load_questionnaire("customer-service-quotient");
  const auto bind = [&](const std::string& answers) {
    return error_of([&] {
      score::bind_answers(q, score::parse_responses("kind: responses\nversion: 1\nquestionnaire: customer-service-quotient\n"
                                                  "answers:\n" + answers, "r.yaml"));
    });
  };
  CHECK(bind("  ca-partnershp: 4\n") ==
        "r.yaml:5:18: error: 'ca-partnershp' is not an item of the questionnaire 'customer-service-quotient' (did "
        "you mean 'ca-partnership'?): expected one of its item ids");
  CHECK(bind("  ca-partnership: 7\n") ==
        "r.yaml:5:19: error: the answer '7' to 'ca-partnership' is not on the scale: expected a whole number from 1 "
        "to 5, Never, Almost never, Sometimes, Usually, Always, or n/a");
  CHECK(bind("  ca-partnership: [4]\n") ==
        "r.yaml:5:19: error: the answer to 'ca-partnership' is not a single value: expected a number, a scale label "
        "or n/a");
}

TEST_CASE("every built-in loads and is named by its path") {
  for (const auto& b : base::builtins("questionnaire")) {
    const auto q = score::parse_questionnaire(b.text, b.source);
    CHECK(q.id == b.id);
  }
}

TEST_CASE("the built-in questionnaire is the seed's: 7 sections, the staff section optional") {
  const auto q = score::load_questionnaire("customer-service-quotient");
  REQUIRE(q.sections.size() == 7);
  const std::vector<std::size_t> items = {3, 4, 3, 3, 3, 5, 3};  // seed 004; the first lost its 4th item
  for (std::size_t i = 0; i < 7; ++i) CHECK(q.sections[i].items.size() == items[i]);
  CHECK(q.sections[5].optional);
  CHECK(q.scale.min == 1);
  CHECK(q.scale.max == 5);
  CHECK(q.scale.labels.size() == 5);
  CHECK_FALSE(q.sections[0].note.empty());
}

TEST_CASE("an unknown built-in suggests the closest") {
  CHECK(error_of([] { score::load_questionnaire("customer-service-quotent"); }) ==
        "error: there is no built-in questionnaire 'customer-service-quotent' (did you mean "
        "'customer-service-quotient'?); built-ins: communication-principles, customer-data, "
        "customer-service-quotient, service-quality-criteria; or give the path of a questionnaire file");
}

TEST_CASE("n/a is spelt as the questionnaire says, else as its language's built-in spellings") {
  const std::string sections = "sections:\n  - {id: s, title: S, items: [{id: i, text: T}]}\n";
  const auto english = score::parse_questionnaire(kHeader + sections, "q.yaml");
  CHECK(english.scale.not_applicable ==
        std::vector<std::string>{"n/a", "na", "n.a.", "n.a", "not applicable", "not-applicable", "does not apply"});
  // A language without spellings of its own uses English's.
  const auto other = score::parse_questionnaire(kHeader + "language: xx\n" + sections, "q.yaml");
  CHECK(other.scale.not_applicable == english.scale.not_applicable);
  const std::string own = "kind: questionnaire\nversion: 1\nid: q\ntitle: Q\n"
                          "scale: {min: 1, max: 5, not_applicable: [does not apply to us, \"-\"]}\n" + sections;
  const auto q = score::parse_questionnaire(own, "q.yaml");
  CHECK(q.scale.not_applicable == std::vector<std::string>{"does not apply to us", "-"});
  CHECK(score::parse_answer(q.scale, "Does not apply to us")->state == score::Answer::State::NotApplicable);
  CHECK_FALSE(score::parse_answer(q.scale, "n/a").has_value());
  CHECK(questionnaire_error("kind: questionnaire\nversion: 1\nid: q\ntitle: Q\n"
                            "scale: {min: 1, max: 5, not_applicable: []}\n" + sections) ==
        "q.yaml:5:41: error: 'not_applicable' has 0 entries: expected at least 1");
}

TEST_CASE("'questionnaire:' is optional in responses: without it, one must be given instead") {
  const auto r = score::parse_responses("kind: responses\nversion: 1\nanswers: {a: 1}\n", "r.yaml");
  CHECK(r.questionnaire.empty());
  CHECK(to_string(r.questionnaire_where) == "r.yaml:1:1");
  CHECK(error_of([&] { score::load_questionnaire(r.questionnaire, {}, r.questionnaire_where); }) ==
        "r.yaml:1:1: error: the responses name no questionnaire: expected 'questionnaire:' with a built-in id or "
        "the path of a questionnaire file, or one given with [questionnaire]");
}

TEST_CASE("bands cover 0 to 100 without gaps, the top band closed at 100") {
  const std::string sections = "sections:\n  - {id: s, title: S, items: [{id: i, text: T}]}\nbands:\n";
  const std::string expected = ": expected bands that cover 0 to 100 without gaps, the lowest from: 0 and the top "
                               "band to: 100 (a band holds its from, not its to; the top band holds 100 too)";
  CHECK(questionnaire_error(kHeader + sections + "  - {from: 0, to: 60, label: Low}\n  - {from: 60, to: 100.01, "
                                                 "label: High}\n") ==
        "q.yaml:9:3: error: the top band ends at 100.01" + expected);
  CHECK(questionnaire_error(kHeader + sections + "  - {from: 0, to: 60, label: Low}\n  - {from: 70, to: 100, "
                                                 "label: High}\n") ==
        "q.yaml:9:3: error: no band holds [60, 70)" + expected);
  CHECK(questionnaire_error(kHeader + sections + "  - {from: 10, to: 100, label: Low}\n") ==
        "q.yaml:9:3: error: the lowest band starts at 10" + expected);
  const auto q = score::parse_questionnaire(
      kHeader + sections + "  - {from: 50, to: 100, label: High}\n  - {from: 0, to: 50, label: Low}\n", "q.yaml");
  CHECK(q.bands.size() == 2);
}

TEST_CASE("every model error of a questionnaire is reported: each field, section, item and band on its own") {
  CHECK(questionnaire_error("kind: questionnaire\nversion: 1\nid: front desk\ntitle: Front desk\n"
                            "scale: {min: 1, max: 5}\n"
                            "sections:\n"
                            "  - id: greeting\n"
                            "    title: Greeting\n"
                            "    items:\n"
                            "      - {id: gr-smile, text: We greet every patient by name., weight: 0}\n"
                            "      - {id: gr-wait, text: Nobody waits unseen at the desk.}\n"
                            "  - id: greeting\n"
                            "    title: Follow-up\n"
                            "    optional: sometimes\n"
                            "    items:\n"
                            "      - {id: gr-wait, text: We call back within a day.}\n"
                            "      - {id: fu-recall, txt: We send recall letters.}\n"
                            "bands:\n"
                            "  - {from: 0, to: 50, label: Low}\n"
                            "  - {from: 60, to: 40, label: High}\n") ==
        "q.yaml:3:5: error: 'id' is 'front desk': expected an id of 1 to 64 letters, digits, '-', '_' or '.'\n"
        "q.yaml:10:71: error: 'weight' is '0': expected a number above 0 and at most 1000 with up to 3 decimals "
        "(1, 1.5, 0.25)\n"
        "q.yaml:12:9: error: duplicate section id 'greeting' (first used on line 7): expected each id once\n"
        "q.yaml:14:15: error: 'optional' is 'sometimes': expected true or false\n"
        "q.yaml:16:9: error: duplicate item id 'gr-wait' (first used on line 11): expected each id once\n"
        "q.yaml:17:25: error: unknown key 'txt' in an item (did you mean 'text'?); expected one of: id, text, "
        "reverse, weight, note\n"
        "q.yaml:20:20: error: the band ends at 40 before it starts at 60: expected from < to");
}

TEST_CASE("every model error of a responses file is reported, and every answer off the questionnaire") {
  CHECK(error_of([] {
          score::parse_responses("kind: responses\nversion: 1\ndate: 14/10/2026\nrespondents:\n"
                                 "  - {id: owner, answers: {ca-partnership: [4]}}\n"
                                 "  - {id: owner, answers: {ca-collateral: 3}}\n"
                                 "  - {role: Night lead}\n",
                                 "r.yaml");
        }) ==
        "r.yaml:3:7: error: 'date' is '14/10/2026': expected a date written YYYY-MM-DD\n"
        "r.yaml:5:43: error: the answer to 'ca-partnership' is not a single value: expected a number, a scale label "
        "or n/a\n"
        "r.yaml:6:10: error: duplicate respondent id 'owner' (first used on line 5): expected each id once\n"
        "r.yaml:7:5: error: a respondent has no 'id': expected a value for it");
  const auto q = score::load_questionnaire("customer-service-quotient");
  CHECK(error_of([&] {
          score::bind_answers(q, score::parse_responses("kind: responses\nversion: 1\nrespondents:\n"
                                                        "  - {id: owner, answers: {ca-partnershp: 4, ca-collateral: 6}}\n"
                                                        "  - {id: manager, answers: {ca-partnership: Often}}\n",
                                                        "r.yaml"));
        }) ==
        "r.yaml:4:42: error: 'ca-partnershp' is not an item of the questionnaire 'customer-service-quotient' (did "
        "you mean 'ca-partnership'?): expected one of its item ids\n"
        "r.yaml:4:60: error: the answer '6' to 'ca-collateral' is not on the scale: expected a whole number from 1 "
        "to 5, Never, Almost never, Sometimes, Usually, Always, or n/a\n"
        "r.yaml:5:45: error: the answer 'Often' to 'ca-partnership' is not on the scale: expected a whole number "
        "from 1 to 5, Never, Almost never, Sometimes, Usually, Always, or n/a");
}

TEST_CASE("every model error of a mapping is reported: each selector and value on its own") {
  CHECK(error_of([] {
          score::parse_mapping("kind: mapping\nversion: 1\nheader_rows: 0\ntool: Google Forms\n"
                               "items:\n"
                               "  ca-partnership: {header: Partnership, index: 3}\n"
                               "  ca-collateral: {index: 0}\n"
                               "  ca-features-benefits: {header: Features}\n"
                               "values:\n"
                               "  Always: 5\n"
                               "  Rarely: often\n",
                               "m.yaml");
        }) ==
        "m.yaml:3:14: error: 'header_rows' is 0: expected a whole number from 1 to 20\n"
        "m.yaml:6:19: error: the column of 'ca-partnership' gives 2 column selectors: expected exactly one of "
        "header, regex or index\n"
        "m.yaml:7:26: error: 'index' is 0: expected a whole number from 1 to 100000\n"
        "m.yaml:11:11: error: a value is 'often': expected a whole number");
}

TEST_CASE("a respondent's role and the responses' date are kept") {
  const auto r = score::parse_responses("kind: responses\nversion: 1\nquestionnaire: q\ndate: 2026-10-14\n"
                                        "respondents:\n  - {id: a, role: Owner, answers: {}}\n  - {id: b}\n",
                                        "r.yaml");
  CHECK(r.date == "2026-10-14");
  REQUIRE(r.respondents.size() == 2);
  CHECK(r.respondents[0].role == "Owner");
  CHECK(r.respondents[1].role.empty());
}

TEST_SUITE_END();
