// RespondentIds against a plain map of each id's first row: ids in order
// (kept as a list), then out of it (looked up in the tables), a block at a
// time or one by one, must give every row the same earlier row.
#include "engine/respondent_ids.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

using cxkit::score::RespondentIds;

namespace {

struct Row {
  std::string id;
  std::size_t row;
};

// Rows 1, 2, ... with a gap one time in `gaps` (rows without an id), ids
// counting up from 95 (as LimeSurvey's do), then `repeats` rows that repeat
// earlier ids or bring new ones out of order.
std::vector<Row> rows(unsigned seed, std::size_t in_order, std::size_t repeats, unsigned gaps = 400) {
  unsigned state = seed;
  const auto next = [&](unsigned n) { return ((state = state * 1103515245u + 12345u) >> 16) % n; };
  std::vector<Row> out;
  std::size_t row = 0;
  for (std::size_t i = 0; i < in_order; ++i) {
    row += next(gaps) == 0 ? 2 : 1;
    out.push_back({std::to_string(95 + i), row});
  }
  for (std::size_t i = 0; i < repeats; ++i) {
    row += 1;
    const bool fresh = out.empty() || next(3) == 0;
    out.push_back({fresh ? "new-" + std::to_string(i) : out[next(static_cast<unsigned>(out.size()))].id, row});
  }
  return out;
}

}  // namespace

TEST_SUITE_BEGIN("score/respondent_ids");

TEST_CASE("ids in order, then out of it: every row's earlier row is the map's") {
  for (unsigned seed = 1; seed <= 6; ++seed)
    for (const std::size_t in_order : {0u, 1u, 5u, 1000u, 70000u}) {  // 70000: past a chunk of the list
      CAPTURE(seed);
      CAPTURE(in_order);
      const auto all = rows(seed, in_order, 400, seed <= 2 ? 1 : 400);  // seeds 1, 2: no two rows in a row
      RespondentIds ids;
      ids.start_export("a.csv", 0);
      if (seed % 2) ids.expect(all.size());
      std::map<std::string, std::size_t> first;
      std::size_t repeats = 0;
      for (const auto& [id, row] : all) {
        const auto [at, fresh] = first.try_emplace(id, row);
        repeats += !fresh;
        REQUIRE(ids.earlier_row(id, row) == (fresh ? 0 : at->second));
      }
      CHECK(ids.repeats() == repeats);
    }
}

TEST_CASE("blocks of ids in order are taken whole, and looked up alike once the order breaks") {
  for (unsigned seed = 1; seed <= 4; ++seed) {
    CAPTURE(seed);
    const auto all = rows(seed, 3000, 300);
    RespondentIds one_by_one, by_blocks;
    one_by_one.start_export("a.csv", 0);
    by_blocks.start_export("a.csv", 0);
    std::size_t taken = 0;
    for (std::size_t from = 0; from < all.size();) {
      const std::size_t n = std::min<std::size_t>(all.size() - from, 1 + seed * 37);
      bool consecutive = true;  // append_ascending takes the rows of a block: one after another
      for (std::size_t i = 1; i < n; ++i) consecutive &= all[from + i].row == all[from].row + i;
      std::vector<std::string_view> block;
      std::vector<std::uint64_t> hashes;
      for (std::size_t i = 0; i < n; ++i) {
        block.push_back(all[from + i].id);
        hashes.push_back(RespondentIds::hash(block.back()));
      }
      if (consecutive && RespondentIds::ascending(block.data(), n) &&
          by_blocks.append_ascending(block.data(), hashes.data(), n, all[from].row)) {
        taken += n;
        for (std::size_t i = 0; i < n; ++i) CHECK(one_by_one.earlier_row(block[i], all[from + i].row) == 0);
      } else {
        for (std::size_t i = 0; i < n; ++i)
          REQUIRE(by_blocks.earlier_row(block[i], all[from + i].row) == one_by_one.earlier_row(block[i], all[from + i].row));
      }
      from += n;
    }
    CHECK(taken > 1000);  // the blocks in order were taken whole
    CHECK(by_blocks.repeats() == one_by_one.repeats());
    CHECK(by_blocks.repeats() > 0);
    CHECK(by_blocks.warning(cxkit::score::Duplicates::KeepAll) == one_by_one.warning(cxkit::score::Duplicates::KeepAll));
  }
}

TEST_CASE("what comes after: shorter first, then byte by byte; a block out of order is not taken") {
  const std::vector<std::string_view> counting = {"9", "10", "11", "100"}, codes = {"r0009", "r0010", "r0011"};
  CHECK(RespondentIds::ascending(counting.data(), counting.size()));
  CHECK(RespondentIds::ascending(codes.data(), codes.size()));
  for (const std::vector<std::string_view>& out_of_order : {std::vector<std::string_view>{"10", "9"}, {"b", "a"}, {"a", "a"}})
    CHECK_FALSE(RespondentIds::ascending(out_of_order.data(), out_of_order.size()));
  RespondentIds ids;
  ids.start_export("a.csv", 0);
  const std::uint64_t hashes[] = {RespondentIds::hash("9"), RespondentIds::hash("10"), RespondentIds::hash("11")};
  CHECK(ids.append_ascending(counting.data(), hashes, 3, 1));
  CHECK_FALSE(ids.append_ascending(counting.data() + 1, hashes + 1, 1, 4));  // "10" again: not after "11"
  CHECK(ids.earlier_row("10", 4) == 2);
  CHECK(ids.warning(cxkit::score::Duplicates::KeepAll).find("the first: '10' on rows 2 and 4") != std::string::npos);
  const std::uint64_t later[] = {RespondentIds::hash("12")};
  const std::string_view twelve[] = {"12"};
  CHECK_FALSE(ids.append_ascending(twelve, later, 1, 5));  // the ids are in the tables now: each is looked up
  CHECK(ids.earlier_row("12", 5) == 0);
  CHECK(ids.earlier_row("9", 6) == 1);
  CHECK(ids.earlier_row("12", 5) == 0);  // the same row read again is no repeat
  CHECK(ids.repeats() == 2);
}

TEST_SUITE_END();
