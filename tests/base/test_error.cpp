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
