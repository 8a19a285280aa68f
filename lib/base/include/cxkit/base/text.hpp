#pragma once
// Text as cxkit reads and prints it: UTF-8 validity and control characters
// (one definition of each), terminal width, wrapping, and how input is
// quoted in messages.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::base {

// Length of the valid UTF-8 sequence starting at s[i] (setting cp), or 0
// when it is invalid: overlong, a surrogate, beyond U+10FFFF or truncated.
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp);

bool is_valid_utf8(std::string_view s);

// A control character that text may not hold: C0 but tab, LF and CR, DEL,
// and C1 (U+0080..U+009F).
constexpr bool is_control(char32_t cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

// What is wrong with text to be printed (a header, an id, a group), or null:
// "is not valid UTF-8: ..." or "holds a control character ...".
const char* text_problem(std::string_view text);

// True when none of the 8 bytes of `word` is outside printable ASCII
// (0x20-0x7E): none below 0x20, none above 0x7E (bit tricks of "Bit
// Twiddling Hacks", hasless and hasmore, on every byte at once), and none
// is `except` (when given).
inline bool printable_ascii(std::uint64_t word, int except = -1) {
  constexpr std::uint64_t ones = ~std::uint64_t{0} / 255, highs = ones * 0x80;
  const std::uint64_t below = (word - ones * 0x20) & ~word & highs;
  const std::uint64_t above = ((word + ones * (0x7F - 0x7E)) | word) & highs;
  const std::uint64_t other = except < 0 ? 0 : word ^ (ones * static_cast<std::uint64_t>(except));
  const std::uint64_t is_except = except < 0 ? 0 : (other - ones) & ~other & highs;
  return (below | above | is_except) == 0;
}

// True when every byte of `text` is printable ASCII and none is `except`:
// text with no problem (text_problem) and without that byte, 8 bytes at a
// time, inline (survey ids and groups come here, a row each).
inline bool plain_ascii(std::string_view text, char except) {
  const std::size_t n = text.size();
  const int x = static_cast<unsigned char>(except);
  std::uint64_t word;
  if (n < 8) {
    for (const char c : text)
      if (c < 0x20 || c > 0x7E || c == except) return false;
    return true;
  }
  for (std::size_t i = 0; i + 8 <= n; i += 8) {
    std::memcpy(&word, text.data() + i, 8);
    if (!printable_ascii(word, x)) return false;
  }
  std::memcpy(&word, text.data() + n - 8, 8);  // the last 8, over bytes seen
  return printable_ascii(word, x);
}

// `text` without the spaces and tabs around it (how an answer cell is read).
inline std::string_view trim_blanks(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The 1-based line and column (in characters) of byte `offset` of text.
struct LineColumn {
  int line = 1;
  int column = 1;
};
LineColumn line_column(std::string_view text, std::size_t offset);


// Input text as a message quotes it: at most `max` characters (the first
// max - 3 and "..."), line breaks, tabs and other control characters written as
// \n, \t, \x1B, bytes that are not UTF-8 as \xFF, so a message stays one
// line that a terminal shows as it is.
std::string shown(std::string_view text, std::size_t max = 60);

std::size_t display_width(std::string_view utf8);

// Pads with spaces on the right (or left) to `width` columns.
std::string pad_right(std::string_view utf8, std::size_t width);
std::string pad_left(std::string_view utf8, std::size_t width);

// Breaks text into lines of at most `width` columns: at spaces, and before
// or after wide characters (CJK has no spaces), never putting closing
// punctuation at the start of a line or opening punctuation at its end; a
// word wider than the line is broken where it must. Combining marks stay
// with their letter; a newline in the text starts a new line; spaces at
// the ends of lines are dropped. Always at least one line.
std::vector<std::string> wrap(std::string_view utf8, std::size_t width);

// Narrowest and widest widths choose_width() accepts.
inline constexpr std::size_t kMinWidth = 20;
inline constexpr std::size_t kMaxWidth = 1000;

// The width to wrap terminal text to: $COLUMNS (`columns_env`, may be null)
// when it is a whole number from kMinWidth to kMaxWidth, else the
// terminal's width when output goes to one (`terminal_columns`, 0 when it
// does not), else 80.
std::size_t choose_width(const char* columns_env, std::size_t terminal_columns);

}  // namespace cxkit::base
