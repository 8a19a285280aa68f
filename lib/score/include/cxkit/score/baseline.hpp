#pragma once
// An earlier cx-score JSON report, to compare a new one with.
#include <optional>
#include <string>
#include <vector>

namespace cxkit::score {

struct Baseline {
  std::string source;  // the file, as named on the command line
  std::string questionnaire;
  std::optional<double> overall;
  // Section id and its percent (null when it was not scored).
  std::vector<std::pair<std::string, std::optional<double>>> sections;
};

}  // namespace cxkit::score
