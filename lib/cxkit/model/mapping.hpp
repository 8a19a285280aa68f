#pragma once
// How a survey tool's CSV export maps onto a questionnaire (kind: mapping).
#include <cxkit/error.hpp>
#include <cxkit/model/responses.hpp>

#include <optional>
#include <string>
#include <vector>

namespace cxkit::model {

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
};

struct Mapping {
  std::string source;                      // the mapping file, for errors
  std::string questionnaire;               // built-in id or path; empty: not given
  std::string tool;
  std::string note;
  std::optional<std::size_t> header_rows;  // rows before the first response
  std::optional<ColumnSelector> id;        // the respondent id column
  std::optional<ColumnSelector> group;     // the default --group-by column
  std::vector<ItemColumn> items;
  std::vector<ValueAlias> values;          // extra answer spellings
};

}  // namespace cxkit::model
