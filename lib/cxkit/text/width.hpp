#pragma once
// Terminal columns taken by UTF-8 text: CJK and other wide characters take
// two, combining marks none. Used to align tables and wrap lines.
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::text {

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

}  // namespace cxkit::text
