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

// Breaks text into lines of at most `width` columns, at spaces where it can
// and between wide characters (CJK has no spaces) where it must.
std::vector<std::string> wrap(std::string_view utf8, std::size_t width);

}  // namespace cxkit::text
