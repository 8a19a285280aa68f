#pragma once
// An earlier cx-score JSON report, to compare a new one with.
#include <cxkit/base/error.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cxkit::score {

struct BaselineSection {
  std::string id;
  std::optional<double> percent;  // null when it was not scored
};

struct Baseline {
  std::string source;  // the file, as named on the command line
  std::string sha256;  // of its bytes, for the report's provenance
  // What the report was scored with: a report of another questionnaire,
  // method or scale is not comparable. Each with where it is written.
  std::string questionnaire;
  Location questionnaire_where;
  std::string method;
  Location method_where;
  // The scale's ends; null in a report from before reports gave them.
  std::optional<int> scale_min, scale_max;
  Location scale_where;
  std::optional<double> overall;
  std::vector<BaselineSection> sections;
};

}  // namespace cxkit::score
