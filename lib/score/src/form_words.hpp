#pragma once
// The words the blank form and the files to fill in share (forms.cpp).
#include <cxkit/score/questionnaire.hpp>

#include <string>
#include <vector>

namespace cxkit::score {

// "1 Never", "2 Almost never", ..., "n/a does not apply".
std::vector<std::string> scale_points(const Scale& scale);

// What an optional section says under its title: its note, else a general
// line; "" for a section that is not optional.
std::string optional_line(const Section& section);

// The item's text and how it counts on paper otherwise than as answered
// ("(reversed: count 6 minus the answer; counts 2 times)").
std::string with_marks(const Scale& scale, const Item& item);

}  // namespace cxkit::score
