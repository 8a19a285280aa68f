// Header texts as people see them: matching ignores invisible whitespace,
// messages show it, suggestions share words with the request.
#include "engine/headers.hpp"
#include <doctest/doctest.h>

using namespace cxkit;

TEST_SUITE_BEGIN("score/headers");

TEST_CASE("whitespace a reader does not see is normalised away") {
  CHECK(score::normalized_header("Q1 ") == "Q1");
  CHECK(score::normalized_header("  Q1\t") == "Q1");
  CHECK(score::normalized_header("We try\xC2\xA0to  do\xE2\x80\xAFthings") == "We try to do things");
  CHECK(score::normalized_header("\xE2\x80\x8BQ1\xEF\xBB\xBF") == "Q1");  // zero-width space, BOM
  CHECK(score::normalized_header(" \xC2\xA0 ") == "");
  CHECK(score::normalized_header("Caf\xC3\xA9") == "Caf\xC3\xA9");
}

TEST_CASE("messages show spaces at the ends and invisible characters") {
  CHECK(score::shown_header("Q1 ") == "Q1\xE2\x90\xA0");
  CHECK(score::shown_header(" Q1  ") == "\xE2\x90\xA0Q1\xE2\x90\xA0\xE2\x90\xA0");
  CHECK(score::shown_header("a b") == "a b");
  CHECK(score::shown_header("Q\xC2\xA0" "1") == "Q<U+00A0>1");
  CHECK(score::shown_header("\xE2\x80\x8BQ1") == "<U+200B>Q1");
  CHECK(score::shown_header("a\tb") == "a\\tb");  // control characters as base::shown writes them
}

TEST_CASE("closeness is the words a header shares with the request") {
  CHECK(score::shared_words("cm-owner-leadership", "cm-owner-leadrship") == 2);
  CHECK(score::shared_words("cm-owner-leadership", "Q1_1") == 0);
  CHECK(score::shared_words("We try to do things right", "we TRY to do things right from the very beginning.") == 6);
  CHECK(score::shared_words("a a a", "a") == 1);
}

TEST_SUITE_END();
