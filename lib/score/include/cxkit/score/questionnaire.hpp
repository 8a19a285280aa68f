#pragma once
// A self-assessment questionnaire (kind: questionnaire): sections of items
// rated on one scale.
#include <cxkit/base/error.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace cxkit::score {

struct Scale {
  int min = 1;
  int max = 5;
  // Words for the points of the scale ("Never" ... "Always"); answers may use them.
  std::map<int, std::string> labels;
  // How "not applicable" is written (compared without case): the
  // questionnaire's own, or the built-in spellings of its language
  // (configs/<language>/answers/not-applicable.yaml).
  std::vector<std::string> not_applicable;
  // Where the scale is written, for errors about it.
  Location where;
  // Further spellings answers may use: a built-in in another language than
  // English also takes its English original's labels and n/a spellings, so
  // that an export in English scores with --lang pt-BR. None of them
  // already means something on this scale.
  struct Also {
    std::vector<std::pair<int, std::string>> labels;
    std::vector<std::string> not_applicable;
  } also;
};

struct Item {
  std::string id;
  std::string text;
  // Scored as min + max - v: agreeing with the statement is bad.
  bool reverse = false;
  // Relative weight within its section: above 0, at most 1000, with up to
  // 3 decimals (the loader checks; the scorer counts it in thousandths).
  double weight = 1;
  std::string note;
};

struct Section {
  std::string id;
  std::string title;
  // An optional section left wholly unanswered is skipped, not an error
  // ("answer only if you have staff").
  bool optional = false;
  std::string note;
  std::vector<Item> items;
};

// Interpretation of the overall percent over [from, to); the bands of a
// questionnaire cover 0 to 100 without gaps, and the top band holds 100 too.
struct Band {
  double from = 0;
  double to = 0;
  std::string label;
  std::string advice;
};

struct Questionnaire {
  std::string id;
  std::string title;
  std::string language;
  // Where the content comes from, and what was lost or interpreted.
  std::string source;
  std::string note;
  // One line every report of it prints: how it is scored otherwise than
  // its source's paper form, so that the two can be reconciled.
  std::string notice;
  // What of its source could not ship (the source lost it): --list says it.
  std::string lost;
  Scale scale;
  std::vector<Section> sections;
  std::vector<Band> bands;
  // The file it was read from, as named (a built-in's configs/ path), and
  // the SHA-256 of its bytes, for the report's provenance.
  std::string file;
  std::string sha256;

  // Number of items over all sections; answers are indexed in this order.
  std::size_t item_count() const;
};

}  // namespace cxkit::score
