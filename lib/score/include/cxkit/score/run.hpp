#pragma once
// One cx-score run: inputs (YAML responses or CSV survey exports) through
// the scorer to a report. Library code, so the program stays thin and the
// whole run is testable without a process.
#include <cxkit/score/mapping.hpp>
#include <cxkit/base/document.hpp>
#include <cxkit/score/scorer.hpp>

#include <functional>
#include <string>
#include <vector>

namespace cxkit::score {

struct ScoreJob {
  std::vector<std::string> files;    // "-" is standard input
  std::string questionnaire;         // -q: built-in id or path; overrides the files
  std::string mapping;               // --mapping, for CSV input
  std::string client;                // whose answers these are; overrides the inputs' and the mapping's
  std::string input_format;          // "", "yaml" or "csv"; "": by extension
  Options scoring;
  base::Limits limits;
  SurveyOptions survey;
  std::string per_respondent;        // --per-respondent FILE
  std::string baseline;              // --baseline FILE
  // CSV is scored in blocks of about this many bytes by this many threads
  // (0: one per core, up to 8); the report does not depend on either.
  std::size_t block_bytes = 512u << 10;
  std::size_t threads = 0;
  // Called now and then while reading CSV: bytes read so far.
  std::function<void(std::size_t)> progress = [](std::size_t) {};
};

// The default questionnaire when a CSV export names none.
inline constexpr const char* kDefaultQuestionnaire = "customer-service-quotient";

Report run(const ScoreJob& job);

}  // namespace cxkit::score
