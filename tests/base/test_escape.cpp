// Escaping for every output format (base/escape.hpp), and the quoting of
// input text in error messages (base::shown), with hostile input: each rule
// of "Untrusted input and safe output", asserted on whole outputs.
#include <cxkit/base/document.hpp>
#include <cxkit/base/escape.hpp>
#include <doctest/doctest.h>

#include <string>
#include <string_view>

using namespace cxkit;
using namespace std::string_literals;

namespace {

// U+FFFD, what control characters become.
const std::string R = "\xEF\xBF\xBD";

}  // namespace

TEST_SUITE_BEGIN("base/escape");

TEST_CASE("html escapes & < > \" ' and replaces control characters") {
  CHECK(base::html("") == "");
  CHECK(base::html("café — 家 😀") == "café — 家 😀");
  CHECK(base::html("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  CHECK(base::html("<a href=\"javascript:x\" onclick='y'>O'Brien & Sons</a>") ==
        "&lt;a href=&quot;javascript:x&quot; onclick=&#39;y&#39;&gt;O&#39;Brien &amp; Sons&lt;/a&gt;");
  CHECK(base::html("&amp; stays escaped once more") == "&amp;amp; stays escaped once more");
  CHECK(base::html("\"><img src=x onerror=alert(1)>") == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  CHECK(base::html("tab\there\nnew line") == "tab\there\nnew line");
  CHECK(base::html("\x1b[31mred\x1b[0m") == R + "[31mred" + R + "[0m");
  CHECK(base::html("a\0b\rc\x7f"s) == "a" + R + "b" + R + "c" + R);
}

TEST_CASE("csv_cell quotes by RFC 4180 and defuses formulas") {
  CHECK(base::csv_cell("") == "");
  CHECK(base::csv_cell("plain text") == "plain text");
  CHECK(base::csv_cell("a,b") == "\"a,b\"");
  CHECK(base::csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(base::csv_cell("\"") == "\"\"\"\"");
  CHECK(base::csv_cell("line\nbreak") == "\"line\nbreak\"");
  CHECK(base::csv_cell("crlf\r\nbreak") == "\"crlf\r\nbreak\"");
  // A cell a spreadsheet would run as a formula gets a leading '.
  CHECK(base::csv_cell("=1+1") == "'=1+1");
  CHECK(base::csv_cell("+41 22 000 00 00") == "'+41 22 000 00 00");
  CHECK(base::csv_cell("-2") == "'-2");
  CHECK(base::csv_cell("@SUM(A1:A9)") == "'@SUM(A1:A9)");
  CHECK(base::csv_cell("\t=1+1") == "'\t=1+1");
  CHECK(base::csv_cell("\r=1+1") == "\"'\r=1+1\"");
  CHECK(base::csv_cell("=HYPERLINK(\"http://evil.example\",\"click\")") ==
        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
  CHECK(base::csv_cell("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0");
  // Only the first character counts.
  CHECK(base::csv_cell("a=b") == "a=b");
  CHECK(base::csv_cell(" =1+1") == " =1+1");
  CHECK(base::csv_cell("'quoted'") == "'quoted'");
}

TEST_CASE("xml escapes markup and replaces what XML 1.0 forbids") {
  CHECK(base::xml("") == "");
  CHECK(base::xml("<a b='c' d=\"e\">&</a>") == "&lt;a b=&apos;c&apos; d=&quot;e&quot;&gt;&amp;&lt;/a&gt;");
  CHECK(base::xml("]]><![CDATA[x") == "]]&gt;&lt;![CDATA[x");
  // C0 controls but tab, LF and CR are not XML characters.
  CHECK(base::xml("\0\x01\x08\x0b\x0c\x1b\x1f"s) == R + R + R + R + R + R + R);
  CHECK(base::xml("\t\n\r") == "\t\n\r");
  // Nor are U+FFFE and U+FFFF; U+FFFD itself and other text stay.
  CHECK(base::xml("a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c") == "a" + R + "b" + R + "c");
  CHECK(base::xml(R + "café 😀") == R + "café 😀");
  // DEL and C1 controls are XML 1.0 characters.
  CHECK(base::xml("\x7f\xC2\x85") == "\x7f\xC2\x85");
}

TEST_CASE("markdown_cell escapes pipes and markup, and keeps one line") {
  CHECK(base::markdown_cell("") == "");
  CHECK(base::markdown_cell("plain") == "plain");
  CHECK(base::markdown_cell("a | b") == "a \\| b");
  CHECK(base::markdown_cell("|x|") == "\\|x\\|");
  CHECK(base::markdown_cell("line\nbreak\r\nand\rmore") == "line break and more");
  CHECK(base::markdown_cell("*b* _i_ `c` [l](u) <x> \\") == "\\*b\\* \\_i\\_ \\`c\\` \\[l\\](u) \\<x\\> \\\\");
  CHECK(base::markdown_cell("\\|") == "\\\\\\|");
  CHECK(base::markdown_cell("<img src=x onerror=alert(1)>") == "\\<img src=x onerror=alert(1)\\>");
  CHECK(base::markdown_cell("\x1b[31mred") == R + "\\[31mred");
  CHECK(base::markdown_cell("tab\there") == "tab\there");
}

TEST_CASE("github_message and github_property encode what ends a workflow command") {
  CHECK(base::github_message("") == "");
  CHECK(base::github_message("100% done\r\nnext") == "100%25 done%0D%0Anext");
  CHECK(base::github_message("ops\n::error::injected") == "ops%0A::error::injected");
  CHECK(base::github_message("a: b, c") == "a: b, c");
  CHECK(base::github_message("%0A") == "%250A");
  CHECK(base::github_property("a:b,c%\n\r") == "a%3Ab%2Cc%25%0A%0D");
  CHECK(base::github_property("title=x::message,line=1") == "title=x%3A%3Amessage%2Cline=1");
  CHECK(base::github_property("%3A") == "%253A");
}

TEST_CASE("uri_path percent-encodes all but unreserved characters and /") {
  CHECK(base::uri_path("") == "");
  CHECK(base::uri_path("policies/sparkle-cleaning_2026.v1~x.yaml") == "policies/sparkle-cleaning_2026.v1~x.yaml");
  CHECK(base::uri_path("my file#1%.yaml") == "my%20file%231%25.yaml");
  CHECK(base::uri_path("café/家.yaml") == "caf%C3%A9/%E5%AE%B6.yaml");
  CHECK(base::uri_path("C:\\x?y=z&w") == "C%3A%5Cx%3Fy%3Dz%26w");
  CHECK(base::uri_path("a\nb\x1b") == "a%0Ab%1B");
}

TEST_CASE("terminal lets no escape sequence reach the terminal") {
  CHECK(base::terminal("") == "");
  CHECK(base::terminal("café — 家 😀\u00a0") == "café — 家 😀\u00a0");
  CHECK(base::terminal("a\tb\nc") == "a\tb\nc");
  CHECK(base::terminal("\x1b[31mred\x1b[0m") == R + "[31mred" + R + "[0m");
  CHECK(base::terminal("\x1b]0;owned\x07") == R + "]0;owned" + R);
  CHECK(base::terminal("\x1b[2J\x1b[H") == R + "[2J" + R + "[H");
  CHECK(base::terminal("a\0b\rc\x7f\x08"s) == "a" + R + "b" + R + "c" + R + R);
  // C1 controls: CSI (U+009B) starts a sequence on some terminals.
  CHECK(base::terminal("\xC2\x9B" "31m \xC2\x85 \xC2\x9F") == R + "31m " + R + " " + R);
}

TEST_CASE("error messages quote input text on one short, printable line") {
  CHECK(base::shown("") == "");
  CHECK(base::shown("weight") == "weight");
  CHECK(base::shown("two\nlines\tand\rmore") == "two\\nlines\\tand\\rmore");
  CHECK(base::shown("\x1b[31mred\x1b[0m") == "\\x1B[31mred\\x1B[0m");
  CHECK(base::shown("nul\0del\x7f"s) == "nul\\x00del\\x7F");
  CHECK(base::shown("c1 \xC2\x9B") == "c1 \\u009B");
  CHECK(base::shown("caf\xE9 \xFF") == "caf\\xE9 \\xFF");
  CHECK(base::shown(std::string(60, 'x')) == std::string(60, 'x'));
  CHECK(base::shown(std::string(61, 'x')) == std::string(57, 'x') + "...");
  CHECK(base::shown(std::string(100000, '9')) == std::string(57, '9') + "...");
  // Cut at a character, never inside one.
  std::string wide;
  for (int i = 0; i < 70; ++i) wide += "家";
  std::string first;
  for (int i = 0; i < 57; ++i) first += "家";
  CHECK(base::shown(wide) == first + "...");
}

TEST_SUITE_END();
