// The loading boundary: YAML traps and model rules become located errors.
#include <cxkit/error.hpp>
#include <cxkit/load/builtins.hpp>
#include <cxkit/load/load.hpp>
#include <doctest/doctest.h>

#include "support.hpp"

#include <functional>
#include <string>

using namespace cxkit;
using testing::error_of;

namespace {

std::string yaml_error(const std::string& text, load::Limits limits = {}) {
  return error_of([&] { load::parse_yaml(text, "t.yaml", limits); });
}

std::string questionnaire_error(const std::string& text) {
  return error_of([&] { load::parse_questionnaire(text, "q.yaml"); });
}

const std::string kHeader = "kind: questionnaire\nversion: 1\nid: q\ntitle: Q\nscale: {min: 1, max: 5}\n";

}  // namespace

TEST_CASE("YAML traps are errors at file:line:col") {
  CHECK(yaml_error("") == "t.yaml:1:1: error: the file is empty: expected a YAML mapping with kind: and version:");
  CHECK(yaml_error("  \n\n") == "t.yaml:1:1: error: the file is empty: expected a YAML mapping with kind: and version:");
  CHECK(yaml_error("# only a comment\n") ==
        "t.yaml:1:1: error: the file holds no YAML value: expected a mapping with kind: and version:");
  CHECK(yaml_error(",") == "t.yaml:1:1: error: the file holds no YAML value: expected a mapping with kind: and version:");
  CHECK(yaml_error("a: 1\n---\nb: 2\n") ==
        "t.yaml:2:1: error: a second YAML document starts here: expected exactly one document per file");
  CHECK(yaml_error("a: 1\nb: 2\na: 3\n") ==
        "t.yaml:3:1: error: duplicate key 'a' (first defined at line 1, column 1); expected each key once");
  CHECK(yaml_error("a: &x [*x]\n") ==
        "t.yaml:1:8: error: the alias *x refers to a node that contains it (an alias cycle); expected an alias to "
        "a complete node defined earlier");
  CHECK(yaml_error("a: !!binary aGVsbG8=\n") ==
        "t.yaml:1:4: error: binary data (!!binary) is not accepted: expected plain text");
  CHECK(yaml_error("a: !custom x\n") ==
        "t.yaml:1:4: error: the tag !custom is not supported: expected an untagged value");
  CHECK(yaml_error("a: \"x\xff\"\n") == "t.yaml:1:6: error: the file is not valid UTF-8 here: expected UTF-8 text");
  CHECK(yaml_error(std::string("a: x\0y\n", 7)) ==
        "t.yaml:1:5: error: a NUL byte is not allowed in text: expected printable characters");
  CHECK(yaml_error("a: \x1b[31mred\n") ==
        "t.yaml:1:4: error: an ESC (terminal escape) character is not allowed in text: expected printable "
        "characters");
  CHECK(yaml_error("a: [1, 2\n").find("t.yaml:") == 0);
}

TEST_CASE("nesting and alias expansion are bounded") {
  std::string deep;
  for (int i = 0; i < 70; ++i) deep += "[";
  // yaml-cpp's columns inside one line of flow brackets are approximate; the line is right.
  CHECK(yaml_error(deep).starts_with("t.yaml:1:"));
  CHECK(yaml_error(deep).ends_with(": error: the document is nested more than 64 levels deep"));
  std::string deeper(600, '[');
  CHECK(yaml_error(deeper).find("nested more than 64 levels deep") != std::string::npos);

  // A billion laughs: each level doubles the size of the one before.
  std::string bomb = "a0: &a0 [x, x]\n";
  for (int i = 1; i < 40; ++i)
    bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [*a" + std::to_string(i - 1) + ", *a" +
            std::to_string(i - 1) + "]\n";
  CHECK(yaml_error(bomb).find("expands to more than 1000000 nodes") != std::string::npos);
}

TEST_CASE("a well-formed document keeps positions and quoting") {
  const auto root = load::parse_yaml("a: 1\nb: 'x'\nc:\n  - y\n", "t.yaml");
  REQUIRE(root->entries.size() == 3);
  CHECK(root->entries[1].value->plain == false);
  CHECK(root->entries[2].value->items[0]->line == 4);
  CHECK(root->entries[2].value->items[0]->column == 5);
}

TEST_CASE("questionnaire model rules") {
  CHECK(questionnaire_error("kind: responses\nversion: 1\n") ==
        "q.yaml:1:7: error: kind is 'responses': expected kind: questionnaire");
  CHECK(questionnaire_error("version: 1\n") == "q.yaml:1:1: error: the document has no 'kind': expected kind: "
                                               "questionnaire");
  CHECK(questionnaire_error("kind: questionnaire\nversion: 2\n") ==
        "q.yaml:2:10: error: 'version' is 2: expected a whole number from 1 to 1");
  CHECK(questionnaire_error(kHeader + "titel: x\n") ==
        "q.yaml:6:1: error: unknown key 'titel' in the questionnaire (did you mean 'title'?); expected one of: "
        "kind, version, id, title, language, source, note, scale, sections, bands");
  CHECK(questionnaire_error(kHeader + "sections:\n  - {id: s, title: S, items: [{id: i, text: T}]}\n"
                                      "  - {id: s, title: S2, items: [{id: j, text: T}]}\n") ==
        "q.yaml:8:10: error: duplicate section id 's' (first used on line 7): expected each id once");
  CHECK(questionnaire_error(kHeader + "sections:\n  - {id: s, title: S, items: [{id: i, text: T, weight: 0}]}\n") ==
        "q.yaml:7:56: error: 'weight' is 0: expected a whole number from 1 to 1000");
  CHECK(questionnaire_error(kHeader + "sections:\n  - {id: s, title: S, optional: yes, items: [{id: i, text: T}]}\n") ==
        "q.yaml:7:33: error: 'optional' is 'yes': expected true or false");
  CHECK(questionnaire_error(kHeader + "sections: []\n") == "q.yaml:6:11: error: 'sections' has 0 entries: expected at least 1");
  CHECK(questionnaire_error(kHeader + "sections:\n  - {id: s, title: S, items: [{id: i, text: T}]}\n"
                                      "bands:\n  - {from: 0, to: 60, label: L}\n  - {from: 50, to: 100, label: M}\n") ==
        "q.yaml:10:5: error: the band [50, 100) overlaps the band [0, 60): expected bands that do not overlap");
}

TEST_CASE("responses bind to the questionnaire's items and scale") {
  const auto q = load::load_questionnaire("customer-service-quotient");
  const auto bind = [&](const std::string& answers) {
    return error_of([&] {
      load::bind_answers(q, load::parse_responses("kind: responses\nversion: 1\nquestionnaire: customer-service-quotient\n"
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
  for (const auto& b : load::builtins("questionnaire")) {
    const auto q = load::parse_questionnaire(b.text, b.source);
    CHECK(q.id == b.id);
  }
}

TEST_CASE("the built-in questionnaire is the seed's: 7 sections, the staff section optional") {
  const auto q = load::load_questionnaire("customer-service-quotient");
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
  CHECK(error_of([] { load::load_questionnaire("customer-service-quotent"); }) ==
        "error: there is no built-in questionnaire 'customer-service-quotent' (did you mean "
        "'customer-service-quotient'?); built-ins: customer-service-quotient; or give the path of a questionnaire "
        "file");
}
