#pragma once
// Dates as cxkit reads and writes them: YYYY-MM-DD, which sorts like the
// days it names.
#include <string>
#include <string_view>

namespace cxkit::base {

// True for a real calendar date written YYYY-MM-DD (leap years counted).
bool is_date(std::string_view text);

// Today's date where the program runs, YYYY-MM-DD.
std::string today();

}  // namespace cxkit::base
