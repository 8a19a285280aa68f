#pragma once
// Statistics of many respondents' percents, kept as exact integer sums so
// that parts counted apart (threads, blocks) merge into the same result, to
// the last bit, as one count in order.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace cxkit::score {

// Summary of a set of values: count, mean, extremes and the sample
// standard deviation (null below two values).
struct Stats {
  std::size_t n = 0;
  double mean = 0;
  double min = 0;
  double max = 0;
  std::optional<double> sd;
};

// The percents got / (wsum * top) * 100 of many respondents: per
// denominator wsum, the count and the sums of got and got squared; mean,
// sd and extremes follow at the end.
class PercentTally {
 public:
  PercentTally(std::int64_t max_wsum, std::int64_t top);
  void add(std::int64_t got, std::int64_t wsum, std::uint64_t times);
  void merge(const PercentTally& other);
  Stats stats() const;

 private:
  __extension__ using Int128 = __int128;
  struct Sums {
    std::uint64_t n = 0;
    Int128 sum = 0, squares = 0;
    std::int64_t min = 0, max = 0;
  };
  static void add(Sums& s, std::int64_t got, std::uint64_t times);
  std::int64_t top_;
  std::vector<Sums> by_wsum_;            // indexed by wsum while it is small
  std::map<std::int64_t, Sums> sparse_;  // heavy weights
};

}  // namespace cxkit::score
