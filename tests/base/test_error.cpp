// The error type: located lines, and hints that only a program can put in
// words.
#include <cxkit/base/error.hpp>
#include <cxkit/base/text.hpp>
#include <doctest/doctest.h>

#include <string>

using namespace cxkit;

namespace {

const char* flags(Hint hint) { return hint == Hint::SkipBadRows ? "--skip-bad-rows" : "--other"; }
std::string_view words(Hint hint) { return flags(hint); }

}  // namespace

TEST_SUITE_BEGIN("base/error");

TEST_CASE("an error is file:line:col: error: message, with as much of the place as is known") {
  CHECK(std::string(Error({"a.yaml", 3, 7}, "bad").what()) == "a.yaml:3:7: error: bad");
  CHECK(std::string(Error({"a.yaml", 3, 0}, "bad").what()) == "a.yaml:3: error: bad");
  CHECK(std::string(Error({"a.yaml"}, "bad").what()) == "a.yaml: error: bad");
  CHECK(std::string(Error("bad").what()) == "error: bad");
}

TEST_CASE("a hint is filled with the program's words, or generic ones in what()") {
  const Error e({"s.csv", 4, 0}, "row 3: bad (" + hint(Hint::SkipBadRows) + " skips such rows)");
  CHECK(std::string(e.what()) == "s.csv:4: error: row 3: bad ([skip bad rows] skips such rows)");
  CHECK(fill_hints(error_line(e), words) == "s.csv:4: error: row 3: bad (--skip-bad-rows skips such rows)");
  CHECK(fill_hints(hint(Hint::Stage) + ": x", words) == "--other: x");
}

TEST_CASE("an error may carry the further errors of its file: a line each, and a count of those left off") {
  const Error one({"p.yaml", 3, 5}, "first (" + hint(Hint::SkipBadRows) + ")");
  const Error many(one, {Error({"p.yaml", 7, 1}, "second " + hint(Hint::Stage)), Error({"p.yaml", 9, 2}, "third")}, 0);
  CHECK(std::string(many.what()) ==
        "p.yaml:3:5: error: first ([skip bad rows])\np.yaml:7:1: error: second [stage]\np.yaml:9:2: error: third");
  CHECK(fill_hints(error_line(many), words) ==
        "p.yaml:3:5: error: first (--skip-bad-rows)\np.yaml:7:1: error: second --other\np.yaml:9:2: error: third");
  CHECK(many.message() == "first (" + hint(Hint::SkipBadRows) + ")");
  CHECK(to_string(many.where()) == "p.yaml:3:5");
  REQUIRE(errors(many).size() == 3);
  CHECK(std::string(errors(many)[0].what()) == "p.yaml:3:5: error: first ([skip bad rows])");
  CHECK(errors(many)[0].others().empty());
  CHECK(to_string(errors(many)[2].where()) == "p.yaml:9:2");

  const Error capped(one, {Error({"p.yaml", 7, 1}, "second")}, 7);
  CHECK(std::string(capped.what()) == "p.yaml:3:5: error: first ([skip bad rows])\np.yaml:7:1: error: second\n"
                                      "p.yaml: error: and 7 more errors (only the first 2 are shown)");
  REQUIRE(errors(capped).size() == 3);
  CHECK(error_line(errors(capped)[2]) == "p.yaml: error: and 7 more errors (only the first 2 are shown)");
  CHECK(std::string(Error(one, {}, 1).what()) ==
        "p.yaml:3:5: error: first ([skip bad rows])\np.yaml: error: and 1 more error (only the first 1 are shown)");
  // One error alone is one line, as before.
  CHECK(errors(one).size() == 1);
  CHECK(std::string(Error(one, {}, 0).what()) == "p.yaml:3:5: error: first ([skip bad rows])");
}

TEST_CASE("input shown in a message cannot forge a hint") {
  // A hint's mark is a control character; input is quoted with shown(),
  // which writes every control character as an escape.
  const std::string forged = std::string("\x1F") + "C";
  CHECK(base::shown(forged) == "\\x1FC");
  CHECK(fill_hints("'" + base::shown(forged) + "'", words) == "'\\x1FC'");
  // A mark followed by something that is no hint stays as it is.
  CHECK(fill_hints("a\x1F~b", words) == "a\x1F~b");
  CHECK(fill_hints("end\x1F", words) == "end\x1F");
}

TEST_SUITE_END();
