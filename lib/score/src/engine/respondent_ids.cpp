#include "engine/respondent_ids.hpp"

#include <cxkit/base/i18n.hpp>
#include <cxkit/base/error.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>

namespace cxkit::score {

namespace {

// The slot to start at in a table of `size` slots: the hash's bits under
// its top byte (which chose the table), scaled.
std::size_t home(std::uint64_t hash, std::size_t size) {
  return static_cast<std::size_t>(((hash >> 24) & 0xFFFFFFFFu) * size >> 32);
}

// Whether `id` comes after `before`: shorter first, then byte by byte.
bool after(std::string_view id, std::string_view before) {
  return id.size() != before.size() ? id.size() > before.size() : id > before;
}

}  // namespace

void RespondentIds::grow(Table& table, std::size_t size) {
  std::vector<Slot> old(size);
  old.swap(table.slots);
  for (const Slot& slot : old) {
    if (slot.low == 0) continue;
    std::size_t i = home(slot.hash(), size);
    while (table.slots[i].low != 0) i = i + 1 == size ? 0 : i + 1;
    table.slots[i] = slot;
  }
}

void RespondentIds::expect(std::size_t ids) {
  expected_ = ids;
  if (in_order_) return;
  // A table's share, with room for three standard deviations more, at 85 %.
  const double share = static_cast<double>(ids) / static_cast<double>(tables_.size());
  const auto size = static_cast<std::size_t>((share + 3 * std::sqrt(share) + 16) / 0.85);
  for (Table& table : tables_)
    if (table.slots.size() < size) grow(table, size);
}

void RespondentIds::prefetch(std::uint64_t hash) const {
  const Table& table = tables_[hash >> 56];
  if (!table.slots.empty()) __builtin_prefetch(table.slots.data() + home(hash, table.slots.size()));
}

void RespondentIds::check_row(std::size_t row) {
  if (row > 0xFFFFFFFFu)
    throw Error(base::trfe("more than {} survey rows with respondent ids: expected fewer rows per run (score the "
                           "exports in parts)",
                           0xFFFFFFFFu));
}

RespondentIds::Slot& RespondentIds::slot_of(std::uint64_t hash) {
  Table& table = tables_[hash >> 56];
  if ((table.used + 1) * 20 > table.slots.size() * 17)  // at most 85 % full
    grow(table, table.slots.empty() ? 16 : table.slots.size() + table.slots.size() / 2);
  const std::size_t size = table.slots.size();
  const auto low = static_cast<std::uint32_t>(hash), high = static_cast<std::uint32_t>(hash >> 32);
  std::size_t i = home(hash, size);
  while (table.slots[i].low != 0 && (table.slots[i].low != low || table.slots[i].high != high))
    i = i + 1 == size ? 0 : i + 1;
  if (table.slots[i].low == 0) ++table.used;  // taken by the caller
  return table.slots[i];
}

bool RespondentIds::ascending(const std::string_view* ids, std::size_t n) {
  for (std::size_t r = 1; r < n; ++r)
    if (!after(ids[r], ids[r - 1])) return false;
  return true;
}

void RespondentIds::append(const std::uint64_t* hashes, std::size_t n, std::size_t row) {
  if (runs_.empty() || runs_.back().row + (ordered_size_ - runs_.back().from) != row)
    runs_.push_back({ordered_size_, static_cast<std::uint32_t>(row)});
  while (n > 0) {
    if (ordered_size_ % kChunk == 0) ordered_.push_back(std::make_unique_for_overwrite<std::uint64_t[]>(kChunk));
    const std::size_t at = ordered_size_ % kChunk, take = std::min(n, kChunk - at);
    std::copy(hashes, hashes + take, ordered_.back().get() + at);
    hashes += take;
    n -= take;
    ordered_size_ += take;
  }
  // Rows that seldom follow one another (many without an id) would cost more
  // as runs than as slots: then the tables.
  if (runs_.size() > 64 && runs_.size() * 4 > ordered_size_) to_tables();
}

bool RespondentIds::append_ascending(const std::string_view* ids, const std::uint64_t* hashes, std::size_t n,
                                     std::size_t first_row) {
  if (!in_order_ || n == 0 || (ordered_size_ > 0 && !after(ids[0], last_))) return false;
  check_row(first_row + n - 1);
  last_.assign(ids[n - 1]);
  append(hashes, n, first_row);
  return true;
}

void RespondentIds::to_tables() {
  in_order_ = false;
  expect(std::max(expected_, ordered_size_));
  for (std::size_t k = 0; k < runs_.size(); ++k) {
    const std::size_t to = k + 1 < runs_.size() ? runs_[k + 1].from : ordered_size_;
    for (std::size_t i = runs_[k].from; i < to; ++i) {
      const std::uint64_t hash = ordered(i);
      Slot& slot = slot_of(hash);
      // Two of these ids with one hash are two ids (they differ): the first stays.
      if (slot.low == 0)
        slot = {static_cast<std::uint32_t>(hash), static_cast<std::uint32_t>(hash >> 32),
                static_cast<std::uint32_t>(runs_[k].row + (i - runs_[k].from))};
    }
  }
  std::vector<std::unique_ptr<std::uint64_t[]>>().swap(ordered_);
  std::vector<Run>().swap(runs_);
  ordered_size_ = 0;
  last_.clear();
}

std::size_t RespondentIds::earlier_row(std::uint64_t hash, std::string_view id, std::size_t row) {
  check_row(row);
  if (in_order_) {
    if (ordered_size_ == 0 || after(id, last_)) {
      last_.assign(id);
      append(&hash, 1, row);
      return 0;
    }
    to_tables();
  }
  Slot& slot = slot_of(hash);
  if (slot.low == 0) {
    slot = {static_cast<std::uint32_t>(hash), static_cast<std::uint32_t>(hash >> 32), static_cast<std::uint32_t>(row)};
    return 0;
  }
  const std::size_t first = slot.row;
  if (first == row) return 0;  // the same row read again
  if (repeats_++ == 0) {
    first_id_ = id;
    first_rows_[0] = first;
    first_rows_[1] = row;
  }
  return first;
}

void RespondentIds::start_export(const std::string& source, std::size_t rows_before) {
  exports_.push_back({source, rows_before});
}

std::size_t RespondentIds::export_of(std::size_t row) const {
  const auto after = std::upper_bound(exports_.begin(), exports_.end(), row - 1,
                                      [](std::size_t r, const Export& e) { return r < e.rows_before; });
  return static_cast<std::size_t>(after - exports_.begin()) - 1;
}

std::string RespondentIds::place(std::size_t row, std::size_t from) const {
  const std::size_t e = export_of(row);
  const std::string local = fmt::format("row {}", row - exports_[e].rows_before);
  return e == export_of(from) ? local : local + " of " + exports_[e].source;
}

std::string RespondentIds::warning(Duplicates mode) const {
  if (repeats_ == 0 || mode == Duplicates::Error) return "";
  const std::string kept = mode == Duplicates::KeepAll
                               ? "all are scored (" + hint(Hint::Duplicates) + " keep-first or keep-last scores one of each)"
                           : mode == Duplicates::KeepFirst ? "only the first row of each id is scored"
                                                           : "only the last row of each id is scored";
  const std::size_t e = export_of(first_rows_[1]);
  const bool apart = e != export_of(first_rows_[0]);
  return fmt::format("{}: warning: {} row{} repeat{} the respondent id of an earlier row (the first: '{}' on {} "
                     "and {}): {}",
                     exports_[e].source, repeats_, repeats_ == 1 ? "" : "s",
                     repeats_ == 1 ? "s" : "", base::shown(first_id_),
                     apart ? place(first_rows_[0], first_rows_[1])
                           : fmt::format("rows {}", first_rows_[0] - exports_[e].rows_before),
                     apart ? place(first_rows_[1], first_rows_[0]) : std::to_string(first_rows_[1] - exports_[e].rows_before),
                     kept);
}

std::string RespondentIds::error(std::string_view id, std::size_t row, std::size_t first) const {
  const bool apart = export_of(row) != export_of(first);
  return fmt::format("{} has the respondent id '{}' of {}: expected each respondent once ({})", place(row, row),
                     base::shown(id), place(first, row), apart ? "exports that overlap?" : "a form submitted twice?");
}

}  // namespace cxkit::score
