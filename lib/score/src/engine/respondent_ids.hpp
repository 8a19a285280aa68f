#pragma once
// The respondent ids of a run's survey exports, to find a respondent on two
// rows (of one export, or of two: an export downloaded twice overlaps).
// Memory is a hash and a row number per respondent (12 bytes a slot, at most
// 85 % full, in 256 tables that grow one at a time, so that growing never
// holds two copies of all), not the ids; two ids with one 64-bit hash would
// be taken for one (about one chance in 10^7 for a million respondents).
// Ids that each come after the one before (shorter first, then byte by
// byte: what counting numbers and codes of one width do, as LimeSurvey's and
// Microsoft Forms' ids do) cannot repeat one: while every id so far has, they
// are kept as a list (8 bytes each, no lookup); the first id out of that
// order puts the list into the tables, and from then on each is looked up.
#include <cxkit/score/mapping.hpp>

#include <cstddef>
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::score {

class RespondentIds {
 public:
  // Rows are numbered over all exports, from 1: an export starts after the
  // `rows_before` rows of those before it.
  void start_export(const std::string& source, std::size_t rows_before);

  // The row before `row` that gave `id`, or 0 when none did; the first row
  // of each id is remembered (the same row again is no repeat). `hash` is
  // hash(id), worked out ahead.
  std::size_t earlier_row(std::string_view id, std::size_t row) { return earlier_row(hash(id), id, row); }
  std::size_t earlier_row(std::uint64_t hash, std::string_view id, std::size_t row);
  static std::uint64_t hash(std::string_view id) { return std::hash<std::string_view>{}(id) | 1; }
  // Whether each of the n ids comes after the one before it (see above).
  static bool ascending(const std::string_view* ids, std::size_t n);
  // The ids of the rows first_row, first_row + 1, ... (n of them, ascending,
  // `hashes` their hashes) taken as new without a lookup: true when they
  // come after every id so far, while those have been in order; else false,
  // and nothing is done (earlier_row each).
  bool append_ascending(const std::string_view* ids, const std::uint64_t* hashes, std::size_t n, std::size_t first_row);
  // Whether every id so far came after the one before (append_ascending can
  // still take a block).
  bool in_order() const { return in_order_; }
  // Asks for the memory earlier_row(hash, ...) will look at (a hint).
  void prefetch(std::uint64_t hash) const;
  // Makes room for about `ids` ids in all (a hint: the tables grow as
  // needed), so that they need not grow one step at a time.
  void expect(std::size_t ids);

  // Rows that repeated an earlier row's id.
  std::size_t repeats() const { return repeats_; }
  // "" or the warning for the repeats found, what `mode` made of them.
  std::string warning(Duplicates mode) const;
  // The error for a repeat under Duplicates::Error.
  std::string error(std::string_view id, std::size_t row, std::size_t first) const;

 private:
  // Open addressing: a slot per id seen, its hash (never 0; 0 is an empty
  // slot) and the first row that gave it (rows past 2^32 - 1 are refused).
  struct Slot {
    std::uint32_t low = 0, high = 0, row = 0;
    std::uint64_t hash() const { return std::uint64_t{high} << 32 | low; }
  };
  // The table of the hashes with the same top byte.
  struct Table {
    std::vector<Slot> slots;
    std::size_t used = 0;
  };
  static void grow(Table& table, std::size_t size);
  // The slot of `hash` in its table: its own, or the empty one to take.
  Slot& slot_of(std::uint64_t hash);
  static void check_row(std::size_t row);
  std::array<Table, 256> tables_;
  // The ids in order so far, while they are (the tables are empty): their
  // hashes, and the rows they are on, in runs of consecutive rows.
  // (In chunks, so that a growing list is never copied: memory is what it holds.)
  bool in_order_ = true;
  std::string last_;  // the last of them
  static constexpr std::size_t kChunk = std::size_t{1} << 16;
  std::vector<std::unique_ptr<std::uint64_t[]>> ordered_;
  std::size_t ordered_size_ = 0;
  std::uint64_t ordered(std::size_t i) const { return ordered_[i / kChunk][i % kChunk]; }
  struct Run {
    std::size_t from;    // in ordered_
    std::uint32_t row;   // of ordered(from)
  };
  std::vector<Run> runs_;
  std::size_t expected_ = 0;  // expect()'s ids
  // Of the rows row, row + 1, ...; into the tables when the runs grow many.
  void append(const std::uint64_t* hashes, std::size_t n, std::size_t row);
  void to_tables();
  std::size_t repeats_ = 0;
  std::string first_id_;  // of the first repeat, on these rows
  std::size_t first_rows_[2] = {0, 0};
  // "row 6", or "row 2 of b.csv" when `row` is of another export than `from`.
  std::string place(std::size_t row, std::size_t from) const;
  std::size_t export_of(std::size_t row) const;
  struct Export {
    std::string source;
    std::size_t rows_before = 0;
  };
  std::vector<Export> exports_;
};

}  // namespace cxkit::score
