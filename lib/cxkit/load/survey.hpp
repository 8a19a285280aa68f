#pragma once
// Survey exports (CSV) read as a stream of respondents of a questionnaire,
// with or without a mapping file (kind: mapping).
#include <cxkit/load/csv.hpp>
#include <cxkit/load/yaml.hpp>
#include <cxkit/model/mapping.hpp>
#include <cxkit/model/questionnaire.hpp>
#include <cxkit/model/responses.hpp>

#include <array>
#include <functional>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace cxkit::load {

// A mapping's `regex:` for matching header texts. libstdc++'s default
// matcher backtracks (exponential time on `(a|a)*b`, a stack overflow on a
// long header), so patterns are compiled without back-references and
// matched in time linear in the text. Throws std::regex_error.
std::regex column_pattern(const std::string& pattern);
bool column_matches(const std::regex& pattern, std::string_view text);
// Longest `regex:` accepted, and largest count in {n} or {n,m}: both bound
// the pattern's size (the compiler recurses on nesting).
inline constexpr std::size_t kMaxPatternLength = 200;
inline constexpr long kMaxPatternCount = 100;

model::Mapping parse_mapping(std::string_view text, const std::string& source, const Limits& limits = {});
model::Mapping load_mapping(const std::string& path, const Limits& limits = {});

struct SurveyOptions {
  // Rows before the first response; overrides the mapping (default 1).
  std::optional<std::size_t> header_rows;
  // 0: from a `sep=` line, else ','.
  char delimiter = 0;
  // The column to group by: header text in any header row, or a 1-based
  // number; empty: the mapping's group, if any.
  std::string group_by;
  // Bad rows become counted warnings instead of errors.
  bool skip_bad_rows = false;
};

class SurveyReader {
 public:
  // Reads the header rows and resolves every item's column; an item with no
  // column is an Error listing the closest headers.
  SurveyReader(const std::string& path, const model::Questionnaire& questionnaire, const model::Mapping* mapping,
               const SurveyOptions& options);

  // Reads the next respondent into `out` and its group into `group`; false
  // at the end. A bad row throws Error, or with skip_bad_rows is passed to
  // `skipped` as a warning line and the next row is read.
  bool next(model::Respondent& out, std::string& group, const std::function<void(std::string)>& skipped);

  bool grouped() const { return group_column_.has_value(); }
  std::size_t bytes_read() const { return csv_.bytes_read(); }

 private:
  std::size_t resolve(const model::ColumnSelector& selector, std::string_view what) const;
  std::optional<std::size_t> find_header(std::string_view text) const;
  std::string closest_headers(std::string_view to) const;
  std::string header_of(std::size_t column) const;
  // Reads one row; returns an error message instead of throwing.
  std::optional<std::string> read_row(model::Respondent& out, std::string& group);

  const model::Questionnaire& q_;
  const model::Mapping* mapping_;
  SurveyOptions options_;
  CsvReader csv_;
  std::vector<std::vector<std::string>> headers_;
  std::vector<std::size_t> item_columns_;  // per questionnaire item, in order
  std::size_t max_item_column_ = 0;
  // For each byte, the answer a one-character cell holding it gives, or -1.
  std::array<int, 256> digit_answer_{};
  std::optional<std::size_t> id_column_;
  std::optional<std::size_t> group_column_;
  std::size_t row_ = 0;  // data rows read
};

}  // namespace cxkit::load
