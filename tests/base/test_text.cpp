// Display width and wrapping: terminal columns, not bytes, for accented,
// decomposed and CJK text; the terminal width cx-checklist wraps to.
#include <cxkit/base/text.hpp>
#include <cxkit/base/suggest.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using cxkit::base::choose_width;
using cxkit::base::display_width;
using cxkit::base::pad_left;
using cxkit::base::pad_right;
using cxkit::base::wrap;
using Lines = std::vector<std::string>;

namespace {

// No line of `lines` is wider than `width`.
bool fits(const Lines& lines, std::size_t width) {
  for (const auto& line : lines)
    if (display_width(line) > width) return false;
  return true;
}

std::string joined(const Lines& lines) {
  std::string out;
  for (const auto& line : lines) out += line;
  return out;
}

}  // namespace

TEST_SUITE_BEGIN("base/text");

TEST_CASE("display width counts columns") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("café") == 4);                 // é precomposed: 2 bytes, 1 column
  CHECK(display_width("cafe\u0301") == 4);           // e + combining acute: 1 column
  CHECK(display_width("Ação") == 4);
  CHECK(display_width("Внимание") == 8);             // Cyrillic: 16 bytes, 8 columns
  CHECK(display_width("客戶服務") == 8);             // CJK: 2 columns each
  CHECK(display_width("ＡＢ") == 4);                 // fullwidth Latin
  CHECK(display_width("한국어") == 6);
  CHECK(pad_right("客戶", 6) == "客戶  ");
  CHECK(pad_left("é", 3) == "  é");
}

TEST_CASE("wrap breaks Latin text at spaces") {
  CHECK(wrap("", 10) == Lines{""});
  CHECK(wrap("short", 10) == Lines{"short"});
  CHECK(wrap("the quick brown fox jumps", 10) == Lines{"the quick", "brown fox", "jumps"});
  CHECK(wrap("exactly ten", 11) == Lines{"exactly ten"});
  CHECK(wrap("  leading and   inner  spaces  ", 12) == Lines{"leading and", "inner", "spaces"});
  // A word longer than the line is broken where it must be.
  CHECK(wrap("abcdefghijkl", 5) == Lines{"abcde", "fghij", "kl"});
  CHECK(wrap("ab cdefghijkl", 5) == Lines{"ab", "cdefg", "hijkl"});
  // Newlines start new lines; tabs are spaces.
  CHECK(wrap("one\ntwo three", 20) == Lines{"one", "two three"});
  CHECK(wrap("a\r\n\r\nb", 20) == Lines{"a", "", "b"});
  CHECK(wrap("a\tb", 20) == Lines{"a b"});
}

TEST_CASE("wrap counts accented letters as one column") {
  // 10 letters, 13 bytes: a byte count would break this line.
  CHECK(wrap("ação café", 9) == Lines{"ação café"});
  CHECK(wrap("Não há razão para ficar irritado", 12) == Lines{"Não há razão", "para ficar", "irritado"});
  // A combining accent stays on its letter, also when a word is broken.
  CHECK(wrap("cafe\u0301 cafe\u0301", 4) == Lines{"cafe\u0301", "cafe\u0301"});
  CHECK(wrap("e\u0301e\u0301e\u0301", 2) == Lines{"e\u0301e\u0301", "e\u0301"});
  const Lines russian = wrap("Не теряйте эмоциональной вовлеченности", 20);
  CHECK(russian == Lines{"Не теряйте", "эмоциональной", "вовлеченности"});
}

TEST_CASE("wrap breaks CJK text between characters, two columns each") {
  CHECK(wrap("客戶服務中的群體分類", 8) == Lines{"客戶服務", "中的群體", "分類"});
  CHECK(wrap("客戶服務中的群體分類", 7) == Lines{"客戶服", "務中的", "群體分", "類"});
  // Closing punctuation never starts a line; it goes with the character before.
  CHECK(wrap("少說多聽，放慢節奏。", 8) == Lines{"少說多", "聽，放慢", "節奏。"});
  CHECK(wrap("你好。", 4) == Lines{"你", "好。"});
  // Opening punctuation never ends a line.
  CHECK(wrap("要點「傾聽」", 6) == Lines{"要點", "「傾", "聽」"});
  // Mixed with Latin words: breaks next to CJK, and at spaces.
  CHECK(wrap("使用UTF-8編碼", 8) == Lines{"使用", "UTF-8編", "碼"});
  CHECK(wrap("call 客服人員 now", 10) == Lines{"call 客服", "人員 now"});
  // A straight quote stays with the text it quotes.
  CHECK(wrap("article '客戶服務' (2017)", 12) == Lines{"article '客", "戶服務'", "(2017)"});
  for (std::size_t width = 2; width <= 30; ++width) {
    const std::string text = "服務(wù)中的群體分類及服務要點：客服人員與服務對象的溝通障礙。";
    const Lines lines = wrap(text, width);
    CHECK(fits(lines, width));
    CHECK(joined(lines) == text);  // nothing lost, no spaces added
  }
}

TEST_CASE("wrap never loses text and never overflows") {
  const std::string text =
      "Listen to the words: by a UCLA study on communication, 7 % of our communication is verbal; "
      "38 % is tone of voice and 55 % is non-verbal. Não há razão — 客戶服務 — ПРЕОБРАЗОВАТЕЛЬ.";
  for (std::size_t width = 2; width <= 100; ++width) {
    const Lines lines = wrap(text, width);
    CHECK(fits(lines, width));
    std::string words, expected;
    for (char c : joined(lines))
      if (c != ' ') words += c;
    for (char c : text)
      if (c != ' ') expected += c;
    CHECK(words == expected);
  }
}

TEST_CASE("the terminal width: $COLUMNS when sane, else the terminal, else 80") {
  CHECK(choose_width(nullptr, 0) == 80);
  CHECK(choose_width(nullptr, 132) == 132);
  CHECK(choose_width("100", 132) == 100);
  CHECK(choose_width("20", 0) == 20);
  CHECK(choose_width("1000", 0) == 1000);
  CHECK(choose_width("", 0) == 80);
  CHECK(choose_width("abc", 0) == 80);
  CHECK(choose_width("80x", 0) == 80);
  CHECK(choose_width("-5", 0) == 80);
  CHECK(choose_width("19", 0) == 80);
  CHECK(choose_width("1001", 90) == 90);
  CHECK(choose_width("99999999999999999999999", 0) == 80);
  CHECK(choose_width(nullptr, 8) == 20);  // a tiny terminal still gets a usable layout
}

TEST_CASE("control characters: C0 but tab, LF and CR; DEL; C1") {
  using cxkit::base::is_control;
  CHECK(is_control(0));
  CHECK(is_control(0x1B));
  CHECK_FALSE(is_control('\t'));
  CHECK_FALSE(is_control('\n'));
  CHECK_FALSE(is_control('\r'));
  CHECK(is_control(0x7F));
  CHECK(is_control(0x85));
  CHECK_FALSE(is_control(0xA0));
  CHECK_FALSE(is_control(U'é'));
}

TEST_CASE("text_problem names what makes text unprintable") {
  using cxkit::base::text_problem;
  CHECK(text_problem("Store 4, Zürich\n") == nullptr);
  CHECK(std::string(text_problem("a\x1B[2J")) == "holds a control character (a terminal escape?): expected printable text");
  CHECK(std::string(text_problem("caf\xE9")) == "is not valid UTF-8: expected UTF-8 text");
}

TEST_CASE("text_problem reads 8 bytes at a time as it reads one: every byte at every place") {
  using cxkit::base::text_problem;
  // At the end of 20 bytes a byte is read alone; anywhere else, in a word.
  const auto at = [](std::size_t i, std::string_view bytes) {
    std::string text(20, 'a');
    return text.replace(i, bytes.size(), bytes);
  };
  for (const std::string_view bytes : {"\x1F", " ", "~", "\x7F", "\x80", "\t", "\n", "\xC3\xA9", "\xE9", "\x1B",
                                       "\xFF", "\x01"}) {
    const char* alone = text_problem(at(20 - bytes.size(), bytes));
    for (std::size_t i = 0; i + bytes.size() <= 20; ++i) {
      CAPTURE(i);
      const char* problem = text_problem(at(i, bytes));
      CHECK((problem == nullptr) == (alone == nullptr));
      if (problem && alone) CHECK(std::string(problem) == alone);
    }
  }
  CHECK(text_problem(at(3, "\x1F")) != nullptr);
  CHECK(text_problem(at(3, "\x7F")) != nullptr);
  CHECK(text_problem(at(3, "~ ")) == nullptr);
}

TEST_CASE("line_column counts lines and characters, not bytes") {
  using cxkit::base::line_column;
  const std::string text = "ab\nZürich: x\n";
  CHECK(line_column(text, 0).line == 1);
  CHECK(line_column(text, 0).column == 1);
  CHECK(line_column(text, 3).line == 2);
  CHECK(line_column(text, 3).column == 1);
  const auto colon = text.find(':');  // after 6 characters of 7 bytes
  CHECK(line_column(text, colon).line == 2);
  CHECK(line_column(text, colon).column == 7);
  CHECK(line_column(text, 1000).line == 3);
}

TEST_CASE("answers and headers compare without case in the languages of the built-ins") {
  using cxkit::base::equal_ignoring_case;
  CHECK(equal_ignoring_case("N/A", "n/a"));
  CHECK(equal_ignoring_case("Almost Never", "almost never"));
  CHECK(equal_ignoring_case("ÀS VEZES", "às vezes"));            // pt-BR: À and Ã are Latin-1
  CHECK(equal_ignoring_case("NÃO SE APLICA", "não se aplica"));
  CHECK(equal_ignoring_case("НИКОГДА", "никогда"));                // ru
  CHECK(equal_ignoring_case("Ёлка", "ёлка"));                      // Ё is outside А..Я
  CHECK(equal_ignoring_case("ŁÓDŹ", "łódź"));                      // Latin Extended-A, both parities
  CHECK(equal_ignoring_case("ΠΟΤΕ", "ποτε"));                      // Greek
  CHECK(equal_ignoring_case("从不这样", "从不这样"));                // no case: as they are
  CHECK_FALSE(equal_ignoring_case("às vezes", "as vezes"));        // an accent is a letter
  CHECK_FALSE(equal_ignoring_case("Нет", "Нетт"));
  CHECK_FALSE(equal_ignoring_case("×", "÷"));                      // × is not a capital
  CHECK_FALSE(equal_ignoring_case("\xFF", "\xDF"));               // not UTF-8: byte for byte
  CHECK(equal_ignoring_case("\xFF" "A", "\xFF" "a"));
}

TEST_SUITE_END();

TEST_CASE("plain_ascii is true just when every byte is printable ASCII and none is the one left out") {
  // Every length up to 20 and every place of one odd byte in it (a quote,
  // a control character, DEL, a byte of UTF-8, a tilde and a space, which
  // are printable), against the byte-by-byte rule.
  for (std::size_t n = 0; n <= 20; ++n)
    for (std::size_t at = 0; at <= n; ++at)
      for (const char odd : {'"', '\x1f', '\x7f', '\xc3', '~', ' ', '\0'}) {
        std::string text(n, 'k');
        if (at < n) text[at] = odd;
        const bool plain = std::all_of(text.begin(), text.end(),
                                       [](char c) { return c >= 0x20 && c <= 0x7E && c != '"'; });
        CAPTURE(n);
        CAPTURE(at);
        CAPTURE(static_cast<int>(static_cast<unsigned char>(odd)));
        CHECK(cxkit::base::plain_ascii(text, '"') == plain);
        if (plain) CHECK(cxkit::base::text_problem(text) == nullptr);
      }
}
