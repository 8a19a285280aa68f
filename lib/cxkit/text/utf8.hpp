#pragma once
// UTF-8 decoding for validation: one definition of "valid".
#include <cstddef>
#include <string>
#include <string_view>

namespace cxkit::text {

// Length of the valid UTF-8 sequence starting at s[i] (setting cp), or 0
// when it is invalid: overlong, a surrogate, beyond U+10FFFF or truncated.
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp);

bool is_valid_utf8(std::string_view s);

// Input text as a message quotes it: at most `max` characters (the first
// max - 3 and "..."), line breaks, tabs and other control characters written as
// \n, \t, \x1B, bytes that are not UTF-8 as \xFF, so a message stays one
// line that a terminal shows as it is.
std::string shown(std::string_view text, std::size_t max = 60);

}  // namespace cxkit::text
