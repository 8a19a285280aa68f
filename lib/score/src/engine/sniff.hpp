#pragma once
// What the first bytes of a survey export say about it before it is read as
// CSV: Excel's workbooks and UTF-16 text are not CSV text, and a header row
// with no comma names its own delimiter.
#include <string>
#include <string_view>

namespace cxkit::score {

// Why the file starting with `head` cannot be read as UTF-8 CSV text (a
// zip, UTF-16), as "is ...: expected ..."; null when it can.
std::string not_csv_text(std::string_view head);

struct DelimiterGuess {
  enum Kind { Comma, Detected, Ambiguous } kind = Comma;
  char delimiter = ',';
};

// The delimiter of a file whose first line is `line`: a comma when it holds
// one outside quotes (or no candidate at all), else the one of ';' and tab
// it holds (Detected), or Ambiguous when it holds both.
DelimiterGuess guess_delimiter(std::string_view line);

}  // namespace cxkit::score
