#pragma once
// Columns of text aligned for a terminal: every cell padded to its column's
// width in display columns (CJK counts two, combining marks none), so that a
// column stays straight whatever its cells hold or their language.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::base {

class TextTable {
 public:
  enum class Align { Left, Right };
  struct Column {
    Align align = Align::Left;
    // The column is as wide as its widest cell, and at least this.
    std::size_t min_width = 0;
  };

  explicit TextTable(std::vector<Column> columns, std::string gap = "  ");

  // One row; cells are text already safe for a terminal. Missing cells are
  // blank, extra ones are dropped.
  void add(std::vector<std::string> cells);

  // Every row on its line, cells joined by the gap, spaces at the end of a
  // line dropped.
  std::string render() const;

 private:
  std::vector<Column> columns_;
  std::string gap_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace cxkit::base
