// The questionnaire to fill in: the blank paper form and the responses file.
#include <cxkit/base/error.hpp>
#include <cxkit/score/forms.hpp>
#include <cxkit/score/load.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace cxkit;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// A scale of 0..3 (not 1..5), a reversed and a weighted item, an optional
// section with no note, a notice.
const char* const kOwn = R"(kind: questionnaire
version: 1
id: own
title: "Desk <check>"
language: en
notice: "Scored over the items kept."
scale: {min: 0, max: 3, labels: {0: Not at all, 3: Fully}}
sections:
  - id: desk
    title: Desk
    items:
      - {id: d-greet, text: "We greet every visitor."}
      - {id: d-wait, text: "Visitors wait long.", reverse: true}
      - {id: d-call, text: "We call back the same day.", weight: 1.5}
  - id: staff
    title: Staff
    optional: true
    items:
      - {id: s-trained, text: "Staff are trained."}
)";

}  // namespace

TEST_SUITE("forms") {
  TEST_CASE("the blank form's formats are text, markdown and html") {
    CHECK(base::names(score::blank_formats()) == std::vector<std::string>{"text", "markdown", "html"});
  }

  TEST_CASE("the text form has a box per point of the scale and n/a, and each section's division") {
    const auto q = score::parse_questionnaire(kOwn, "own.yaml");
    const std::string text = score::blank_text(q, {});
    CHECK(text.find("Name: ____") != std::string::npos);
    CHECK(text.find("Role: ____") != std::string::npos);
    CHECK(text.find("Date: ____") != std::string::npos);
    CHECK(text.find(" 0   1   2   3  n/a\n") != std::string::npos);
    CHECK(count(text, "[ ] [ ] [ ] [ ] [ ]\n") == 4);  // 0..3 and n/a, for each of the 4 items
    // Weights count in the items, the scale's max divides: 3 x (1 + 1 + 1.5).
    CHECK(text.find("Total ______ \u00f7 (3 \u00d7 3.5 = 10.5) = ______ %") != std::string::npos);
    CHECK(text.find("Total ______ \u00f7 (3 \u00d7 1 = 3) = ______ %") != std::string::npos);
    const std::string md = score::blank_markdown(q, {});
    CHECK(md.find("| 2 | Visitors wait long. *(reversed: count 3 minus the answer)* |") != std::string::npos);
    CHECK(md.find("| 3 | We call back the same day. *(add it to the total 1.5 times)* |") != std::string::npos);
    CHECK(text.find("Scale: 0 Not at all \u00b7 1 \u00b7 2 \u00b7 3 Fully \u00b7 n/a does not apply") != std::string::npos);
    CHECK(text.find("Note: Scored over the items kept.") != std::string::npos);
    CHECK(text.find("Answer this section only if it applies to you") != std::string::npos);
  }

  TEST_CASE("the built-in's optional section says what the seed says") {
    const auto q = score::load_questionnaire("customer-service-quotient");
    const std::string text = score::blank_text(q, {});
    const auto staff = text.find("6. Skilled and empowered staff\n       Answer only if you have staff (seed 004).\n");
    CHECK(staff != std::string::npos);
    CHECK(text.find("Total ______ \u00f7 (5 \u00d7 5 = 25) = ______ %", staff) != std::string::npos);
    CHECK(text.find("Total ______ \u00f7 (5 \u00d7 4 = 20) = ______ %") != std::string::npos);  // customer alignment
    CHECK(count(text, "\u00f7 (5 \u00d7 3 = 15)") == 5);
  }

  TEST_CASE("the markdown form is a table per section, a box per point") {
    const auto q = score::parse_questionnaire(kOwn, "own.yaml");
    const std::string md = score::blank_markdown(q, {});
    CHECK(md.find("| | Statement | 0 Not at all | 1 | 2 | 3 Fully | n/a |\n|--:|---|:-:|:-:|:-:|:-:|:-:|\n") !=
          std::string::npos);
    CHECK(md.find("| 1 | We greet every visitor. | \u2610 | \u2610 | \u2610 | \u2610 | \u2610 |\n") != std::string::npos);
    CHECK(md.find("## 2. Staff\n\n*Answer this section only if it applies to you") != std::string::npos);
    CHECK(md.find("# Desk \\<check\\>") == 0);
  }

  TEST_CASE("the html form keeps each section on one page, escaped") {
    const auto q = score::parse_questionnaire(kOwn, "own.yaml");
    const std::string page = score::blank_html(q, {"letter"});
    CHECK(page.find("size: letter") != std::string::npos);
    CHECK(page.find("section.part {") != std::string::npos);
    CHECK(page.find("break-inside: avoid") != std::string::npos);
    CHECK(count(page, "<section class=\"part\"") == 2);
    CHECK(count(page, "<span class=\"box\"></span>") == 4 * 5);
    CHECK(page.find("<title>Desk &lt;check&gt;</title>") != std::string::npos);
    CHECK(page.find("<check>") == std::string::npos);
  }

  TEST_CASE("a scale too long for boxes gets a line to write the number on") {
    std::string text = kOwn;
    text.replace(text.find("{min: 0, max: 3"), 15, "{min: 0, max: 20");
    const auto q = score::parse_questionnaire(text, "own.yaml");
    CHECK(score::blank_text(q, {}).find("[ ]") == std::string::npos);
    CHECK(score::blank_text(q, {}).find("0-20 or n/a") != std::string::npos);
    CHECK(score::blank_html(q, {}).find("class=\"box\"") == std::string::npos);
  }
}

TEST_SUITE("responses template") {
  TEST_CASE("it loads back with every item and no answer") {
    for (const char* id : {"customer-service-quotient", "communication-principles"}) {
      CAPTURE(id);
      const auto q = score::load_questionnaire(id);
      const std::string yaml = score::responses_template(q, id);
      const auto responses = score::parse_responses(yaml, "answers.yaml");
      CHECK(responses.questionnaire == id);
      const auto respondents = score::bind_answers(q, responses);
      REQUIRE(respondents.size() == 1);
      CHECK(respondents[0].answers.size() == q.item_count());
      CHECK(std::all_of(respondents[0].answers.begin(), respondents[0].answers.end(),
                        [](const score::Answer& a) { return a.state == score::Answer::State::Missing; }));
      for (const auto& section : q.sections)
        for (const auto& item : section.items) {
          CHECK(yaml.find("      " + item.id + ":\n") != std::string::npos);
          CHECK(yaml.find(item.text.substr(0, 20)) != std::string::npos);
        }
    }
  }

  TEST_CASE("it names the scale, the optional section and how items count") {
    const auto q = score::parse_questionnaire(kOwn, "own.yaml");
    const std::string yaml = score::responses_template(q, "forms/own.yaml");
    CHECK(yaml.find("0 Not at all, 1, 2, 3 Fully, n/a does not apply") != std::string::npos);
    CHECK(yaml.find("questionnaire: \"forms/own.yaml\"") != std::string::npos);
    CHECK(yaml.find("      # Visitors wait long. (reversed: count 3 minus the answer)\n      d-wait:\n") !=
          std::string::npos);
    CHECK(yaml.find("      # 2. Staff\n      # Answer this section only if") != std::string::npos);
    // Answers written in: it scores.
    std::string answered = yaml;
    for (const char* id : {"d-greet:", "d-wait:", "d-call:", "s-trained:"})
      answered.replace(answered.find(std::string("      ") + id), 6 + std::string(id).size(),
                       std::string("      ") + id + " 2");
    const auto respondents = score::bind_answers(q, score::parse_responses(answered, "answers.yaml"));
    CHECK(respondents[0].answers[1].value == 2);
  }
}
