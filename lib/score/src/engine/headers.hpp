#pragma once
// Header texts of survey exports as people see them: a trailing space, a
// no-break space from a spreadsheet or a zero-width character from a web
// page is invisible, so matching ignores it and messages show it.
#include <cstddef>
#include <string>
#include <string_view>

namespace cxkit::score {

// `text` with every run of Unicode whitespace (no-break spaces included) as
// one space, none at the ends, and no zero-width characters.
std::string normalized_header(std::string_view text);

// `text` quoted for a message (base::shown) with what is invisible made
// visible: spaces at the ends as ␠, other invisible characters as <U+00A0>.
std::string shown_header(std::string_view text);

// How many of the words of `request` (letters and digits, any case) `header`
// holds: how close a header is to what was asked for.
std::size_t shared_words(std::string_view request, std::string_view header);

}  // namespace cxkit::score
