#pragma once
// "Did you mean": the closest of a set of known names to a misspelt one.
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::base {

// Edit distance (insertions, deletions, substitutions), case-insensitive.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The known name closest to `name`, or "" when none is close enough to be a
// plausible typo.
std::string closest(std::string_view name, const std::vector<std::string>& known);

// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view name, const std::vector<std::string>& known);

// Letters compared without case: ASCII, Latin-1 and Latin Extended-A,
// Greek and Cyrillic ("N/A" == "n/a", "ÀS VEZES" == "às vezes",
// "НИКОГДА" == "никогда"); other text byte for byte.
bool equal_ignoring_case(std::string_view a, std::string_view b);

// "a, b, c"
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

}  // namespace cxkit::base
