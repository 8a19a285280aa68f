#include <cxkit/base/text_table.hpp>

#include <cxkit/base/text.hpp>

#include <algorithm>

namespace cxkit::base {

TextTable::TextTable(std::vector<Column> columns, std::string gap) : columns_(std::move(columns)), gap_(std::move(gap)) {}

void TextTable::add(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

std::string TextTable::render() const {
  std::vector<std::size_t> widths;
  for (const auto& column : columns_) widths.push_back(column.min_width);
  for (const auto& row : rows_)
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
  std::string out;
  for (const auto& row : rows_) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c > 0) line += gap_;
      line += columns_[c].align == Align::Left ? pad_right(row[c], widths[c]) : pad_left(row[c], widths[c]);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace cxkit::base
