#pragma once
// UTF-8 decoding for validation: one definition of "valid".
#include <cstddef>
#include <string_view>

namespace cxkit::text {

// Length of the valid UTF-8 sequence starting at s[i] (setting cp), or 0
// when it is invalid: overlong, a surrogate, beyond U+10FFFF or truncated.
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp);

bool is_valid_utf8(std::string_view s);

}  // namespace cxkit::text
