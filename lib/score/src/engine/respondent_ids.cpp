#include "engine/respondent_ids.hpp"

#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <functional>

namespace cxkit::score {

std::size_t RespondentIds::earlier_row(std::string_view id, std::size_t row) {
  const auto [it, inserted] = first_row_.try_emplace(std::hash<std::string_view>{}(id), row);
  if (inserted || it->second == row) return 0;
  if (repeats_++ == 0) {
    first_id_ = id;
    first_rows_[0] = it->second;
    first_rows_[1] = row;
  }
  return it->second;
}

std::string RespondentIds::warning(const std::string& source, Duplicates mode) const {
  if (repeats_ == 0 || mode == Duplicates::Error) return "";
  const std::string kept = mode == Duplicates::KeepAll
                               ? "all are scored (" + hint(Hint::Duplicates) + " keep-first or keep-last scores one of each)"
                           : mode == Duplicates::KeepFirst ? "only the first row of each id is scored"
                                                           : "only the last row of each id is scored";
  return fmt::format("{}: warning: {} row{} repeat{} the respondent id of an earlier row (the first: '{}' on rows {} "
                     "and {}): {}",
                     source, repeats_, repeats_ == 1 ? "" : "s", repeats_ == 1 ? "s" : "", base::shown(first_id_),
                     first_rows_[0], first_rows_[1], kept);
}

std::string RespondentIds::error(std::string_view id, std::size_t row, std::size_t first) {
  return fmt::format("row {} has the respondent id '{}' of row {}: expected each respondent once (a form submitted "
                     "twice?)",
                     row, base::shown(id), first);
}

}  // namespace cxkit::score
