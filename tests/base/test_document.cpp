// The document boundary: YAML traps become located errors; positions and
// quoting are kept.
#include <cxkit/base/document.hpp>
#include <cxkit/base/limits.hpp>
#include <doctest/doctest.h>

#include "support.hpp"

#include <string>

using namespace cxkit;
using testing::error_of;

namespace {

std::string yaml_error(const std::string& text, base::Limits limits = {}) {
  return error_of([&] { base::parse_yaml(text, "t.yaml", limits); });
}

}  // namespace

TEST_SUITE_BEGIN("base/document");

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

// yaml-cpp reads these as something else; each is a YAML test suite case
// (tests/scripts/test_yaml_suite.sh).
TEST_CASE("what the YAML specification forbids is refused where it is") {
  CHECK(yaml_error("kind: policies\npolicies:\n  - id: a\n    text: \"never closed\n    friendly: true\n") ==
        "t.yaml:5:5: error: invalid YAML: the quoted text opened at line 4, column 11 goes on to this line, which "
        "is indented no more than the mapping or list holding it (is the closing quote missing?): expected the "
        "closing quote, or further lines indented by 5 spaces or more");
  CHECK(yaml_error("a: \"x\n\ty\"\n") ==
        "t.yaml:2:2: error: invalid YAML: the quoted text opened at line 1, column 4 goes on to this line, which "
        "is indented no more than the mapping or list holding it (is the closing quote missing?): expected the "
        "closing quote, or further lines indented by 1 space or more (a tab does not count)");
  CHECK(yaml_error("a: [x,\ny]\n") ==
        "t.yaml:2:1: error: invalid YAML: the list opened with '[' at line 1, column 4 goes on to this line, which "
        "is indented no more than the mapping or list holding it (is the closing ']' missing?): expected the "
        "closing ']', or further lines indented by 1 space or more");
  CHECK(yaml_error("a: \"never closed\n") ==
        "t.yaml:1:4: error: invalid YAML: the file ends inside quoted text: expected the closing quote");
  CHECK(yaml_error("a: \"it\\'s\"\n") ==
        "t.yaml:1:7: error: invalid YAML: an unknown escape '\\'' in double quotes: expected one of \\\\ \\\" \\n "
        "\\t \\uXXXX (or single quotes, which have no escapes)");
  CHECK(yaml_error("a: \"x\"# note\n") ==
        "t.yaml:1:7: error: invalid YAML: '#' right after '\"' starts no comment: expected a space before the '#' "
        "of a comment");
  CHECK(yaml_error("a: [x]#note\n") ==
        "t.yaml:1:7: error: invalid YAML: '#' right after ']' starts no comment: expected a space before the '#' "
        "of a comment");
  CHECK(yaml_error("a: >#note\n  x\n") ==
        "t.yaml:1:5: error: invalid YAML: '#' right after '>' starts no comment: expected a space before the '#' "
        "of a comment");
  CHECK(yaml_error("a: [x, , y]\n") ==
        "t.yaml:1:8: error: invalid YAML: an empty entry before this ',': expected a value between '[' or ',' and "
        "',' (or no ',')");
  CHECK(yaml_error("a: [x, -]\n") ==
        "t.yaml:1:8: error: invalid YAML: a '-' inside '[ ]' or '{ }' is no list item and no value: expected a "
        "value (write a dash as \"-\")");
  CHECK(yaml_error("a:\n&x\n- y\n") ==
        "t.yaml:2:1: error: invalid YAML: the anchor &x is not indented more than the mapping or list it belongs "
        "to: expected it after its key or '- ', or on a line indented by 1 space or more");
  CHECK(yaml_error("a:\n  b: c\nd\n") ==
        "t.yaml:3:1: error: invalid YAML: 'd' is in a mapping but has no ':': expected 'key: value' (a line that "
        "goes on with the text above is indented more than its key)");
  CHECK(yaml_error("a: >\n \n   \n  x\n") ==
        "t.yaml:3:1: error: invalid YAML: a blank line at the start of a block scalar has 3 spaces, more than the "
        "2 of its first line of text: expected at most 2 (or an indentation indicator such as '>2')");
  // What the rules allow.
  CHECK(base::parse_yaml("a: \"x\n  y\"\nb: [x,\n y]\nc: \"x\" # note\nd:\n- &e f\ng: |\n\n  x\n", "t.yaml")
            ->entries.size() == 5);
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
  const auto root = base::parse_yaml("a: 1\nb: 'x'\nc:\n  - y\n", "t.yaml");
  REQUIRE(root->entries.size() == 3);
  CHECK(root->entries[1].value->plain == false);
  CHECK(root->entries[2].value->items[0]->line == 4);
  CHECK(root->entries[2].value->items[0]->column == 5);
}

TEST_CASE("a list of texts, each item checked where it is") {
  const auto root = base::parse_yaml("a: [x, y]\nb: [x, [1]]\n", "t.yaml");
  const base::Source src{"t.yaml"};
  const base::Fields f(src, *root, "the document", {"a", "b", "c"});
  CHECK(f.texts("a", 1) == std::vector<std::string>{"x", "y"});
  CHECK(f.texts("c", 0).empty());
  CHECK(error_of([&] { f.texts("b", 1); }) == "t.yaml:2:8: error: an item of 'b' is a list: expected text");
  CHECK(error_of([&] { f.texts("c", 1); }) == "t.yaml:1:1: error: 'c' has 0 entries: expected at least 1");
}

TEST_CASE("problems: each part is checked on its own, and all are thrown at once in file order") {
  base::Problems problems;
  CHECK(problems.check([] {}));
  problems.finish();  // nothing kept: no throw
  CHECK(problems.empty());
  CHECK_FALSE(problems.check([] { throw Error({"t.yaml", 9, 3}, "late"); }));
  CHECK_FALSE(problems.check([] { throw Error({"t.yaml", 2, 8}, "early, second"); }));
  problems.add(Error({"t.yaml", 2, 1}, "early, first"));
  problems.add(Error({"t.yaml", 2, 8}, "same place, kept after"));
  CHECK_FALSE(problems.empty());
  CHECK(error_of([&] { problems.finish(); }) ==
        "t.yaml:2:1: error: early, first\n"
        "t.yaml:2:8: error: early, second\n"
        "t.yaml:2:8: error: same place, kept after\n"
        "t.yaml:9:3: error: late");
  // An error that carries others is taken apart; its count is kept.
  base::Problems outer;
  outer.check([&] { problems.finish(); });
  CHECK(error_of([&] { outer.finish(); }) == error_of([&] { problems.finish(); }));
}

TEST_CASE("problems keep the first errors in file order and count the rest") {
  base::Problems problems;
  const int n = static_cast<int>(base::limits::kErrors) + 5;
  for (int line = n; line >= 1; --line) problems.add(Error({"t.yaml", line, 1}, "bad " + std::to_string(line)));
  std::string expected;
  for (int line = 1; line <= static_cast<int>(base::limits::kErrors); ++line)
    expected += "t.yaml:" + std::to_string(line) + ":1: error: bad " + std::to_string(line) + "\n";
  expected += "t.yaml: error: and 5 more errors (only the first 20 are shown)";
  CHECK(error_of([&] { problems.finish(); }) == expected);
  base::Problems outer;
  outer.add(Error({"t.yaml", 100, 1}, "after"));
  outer.check([&] { problems.finish(); });
  CHECK(error_of([&] { outer.finish(); }) ==
        expected.substr(0, expected.rfind('\n') + 1) + "t.yaml: error: and 6 more errors (only the first 20 are shown)");
}

TEST_CASE("fields with problems keep every unknown key and read on") {
  const auto root = base::parse_yaml("a: 1\nbee: 2\nc: x\nsee: 3\n", "t.yaml");
  const base::Source src{"t.yaml"};
  base::Problems problems;
  const base::Fields f(src, *root, "the document", {"a", "b", "c"}, &problems);
  CHECK(f.text("c") == "x");
  CHECK(f.sequence("a", 0, problems).empty());
  CHECK(error_of([&] { problems.finish(); }) ==
        "t.yaml:1:4: error: 'a' is '1': expected a list\n"
        "t.yaml:2:1: error: unknown key 'bee' in the document (did you mean 'b'?); expected one of: a, b, c\n"
        "t.yaml:4:1: error: unknown key 'see' in the document; expected one of: a, b, c");
  CHECK(error_of([&] { base::Fields(src, *root, "the document", {"a", "b", "c"}); }) ==
        "t.yaml:2:1: error: unknown key 'bee' in the document (did you mean 'b'?); expected one of: a, b, c");
}

TEST_SUITE_END();
