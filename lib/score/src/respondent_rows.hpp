#pragma once
// --per-respondent: one row per respondent (id, each section's percent,
// overall), streamed to a CSV or NDJSON file chosen by its extension and
// written atomically.
#include <cxkit/base/io.hpp>
#include <cxkit/score/questionnaire.hpp>
#include <cxkit/score/scorer.hpp>

#include <string>

namespace cxkit::score {

class RespondentRows {
 public:
  // Throws Error when the extension is neither .csv nor .ndjson/.jsonl.
  // With `roles`, each row has the respondent's role (responses' `role:`).
  RespondentRows(const std::string& path, const Questionnaire& questionnaire, bool grouped, bool roles);

  void add(const RespondentScore& score, const std::string& group, const std::string& role) {
    line_.clear();
    format(score, group, line_, role);
    file_.write(line_);
  }
  // The row of one respondent appended to `out` (on any thread), and rows
  // so made written in order.
  void format(const RespondentScore& score, std::string_view group, std::string& out,
              const std::string& role = {}) const;
  void write(std::string_view rows) { file_.write(rows); }
  void commit() { file_.commit(); }

 private:
  const Questionnaire& q_;
  bool csv_;
  bool grouped_;
  bool roles_;
  base::AtomicFile file_;
  std::string line_;
};

}  // namespace cxkit::score
