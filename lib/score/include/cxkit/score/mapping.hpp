#pragma once
// How a survey tool's CSV export maps onto a questionnaire (kind: mapping).
#include <cxkit/base/error.hpp>
#include <cxkit/score/responses.hpp>

#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace cxkit::score {

// Picks one column of the export.
struct ColumnSelector {
  enum class By { Header, Regex, Index };
  By by = By::Header;
  std::string text;        // Header: exact text of a cell in any header row; Regex: ECMAScript pattern
  std::size_t index = 0;   // Index: 1-based column number
  Location where;          // in the mapping file, for errors
};

struct ItemColumn {
  std::string item;
  ColumnSelector column;
};

struct ValueAlias {
  std::string text;  // as it appears in the export (compared case-insensitively)
  Answer answer;
  Location where;    // of the answer in the mapping file, for errors
};

struct Mapping {
  std::string source;                      // the mapping file, for errors
  std::string sha256;                      // of its bytes, for the report's provenance
  std::string questionnaire;               // built-in id or path; empty: not given
  Location questionnaire_where;            // where it is named, for errors about it
  std::string tool;
  std::string client;                      // whose survey it is, for the report; may be empty
  std::string note;
  std::optional<std::size_t> header_rows;  // rows before the first response
  std::optional<ColumnSelector> id;        // the respondent id column
  std::optional<ColumnSelector> group;     // the default --group-by column
  std::vector<ItemColumn> items;
  std::vector<ValueAlias> values;          // extra answer spellings
};

// The character encoding of a survey export; every other is converted to
// UTF-8 as the file is read.
enum class Encoding { Utf8, Latin1, Cp1252, Utf16 };

// What to do with rows of one export that give the same respondent id (a
// form submitted twice): score them all, only the first or the last of each,
// or refuse the file.
enum class Duplicates { KeepAll, KeepFirst, KeepLast, Error };

// How a survey export is read, beyond its mapping.
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
  Encoding encoding = Encoding::Utf8;
  Duplicates duplicates = Duplicates::KeepAll;
  // The export's SHA-256, for the report's provenance. A report without
  // provenance (CSV) needs none, and saves a pass over the bytes.
  bool digest = true;
};

// A mapping's `regex:` for matching header texts. libstdc++'s default
// matcher backtracks (exponential time on `(a|a)*b`, a stack overflow on a
// long header), so patterns are compiled without back-references and
// matched in time linear in the text. Throws std::regex_error.
std::regex column_pattern(const std::string& pattern);
bool column_matches(const std::regex& pattern, std::string_view text);

}  // namespace cxkit::score
