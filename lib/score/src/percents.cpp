#include <cxkit/score/percents.hpp>

#include <algorithm>
#include <cmath>

namespace cxkit::score {

namespace {

// Sums are kept in a table by denominator while it stays this small.
constexpr std::int64_t kMaxFlatWsum = 4096;

}  // namespace

PercentTally::PercentTally(std::int64_t max_wsum, std::int64_t top)
    : top_(top), by_wsum_(max_wsum <= kMaxFlatWsum ? static_cast<std::size_t>(max_wsum) + 1 : 0) {}

void PercentTally::add(Sums& s, std::int64_t got, std::uint64_t times) {
  if (s.n == 0 || got < s.min) s.min = got;
  if (s.n == 0 || got > s.max) s.max = got;
  s.n += times;
  s.sum += static_cast<Int128>(got) * times;
  s.squares += static_cast<Int128>(got) * got * times;
}

void PercentTally::add(std::int64_t got, std::int64_t wsum, std::uint64_t times) {
  add(by_wsum_.empty() ? sparse_[wsum] : by_wsum_[static_cast<std::size_t>(wsum)], got, times);
}

void PercentTally::merge(const PercentTally& other) {
  const auto join = [](Sums& into, const Sums& from) {
    if (from.n == 0) return;
    if (into.n == 0 || from.min < into.min) into.min = from.min;
    if (into.n == 0 || from.max > into.max) into.max = from.max;
    into.n += from.n;
    into.sum += from.sum;
    into.squares += from.squares;
  };
  for (std::size_t w = 0; w < other.by_wsum_.size(); ++w) join(by_wsum_[w], other.by_wsum_[w]);
  for (const auto& [w, sums] : other.sparse_) join(sparse_[w], sums);
}

Stats PercentTally::stats() const {
  // Visits the denominators in increasing order (both representations), so
  // the floating-point sums below always run in the same order.
  const auto each = [&](auto fn) {
    for (std::size_t w = 1; w < by_wsum_.size(); ++w)
      if (by_wsum_[w].n) fn(static_cast<std::int64_t>(w), by_wsum_[w]);
    for (const auto& [w, sums] : sparse_)
      if (sums.n) fn(w, sums);
  };
  // As each respondent's percent is computed: got / (wsum * top) * 100.
  const auto percent = [&](double got, std::int64_t w) { return got / static_cast<double>(w * top_) * 100.0; };
  Stats s;
  double sum = 0;
  each([&](std::int64_t w, const Sums& x) {
    // The extremes of got are those of the percent (or the other way round
    // when the denominator is negative).
    const double a = percent(static_cast<double>(x.min), w), b = percent(static_cast<double>(x.max), w);
    const double min = std::min(a, b), max = std::max(a, b);
    if (s.n == 0 || min < s.min) s.min = min;
    if (s.n == 0 || max > s.max) s.max = max;
    s.n += x.n;
    sum += percent(static_cast<double>(x.sum), w);
  });
  if (s.n == 0) return s;
  s.mean = sum / static_cast<double>(s.n);
  if (s.n < 2) return s;
  // Squared deviations: within each denominator (exact in integers), then
  // between the denominators' means and the mean.
  double squares = 0;
  each([&](std::int64_t w, const Sums& x) {
    const double n = static_cast<double>(x.n);
    const Int128 within = x.squares * static_cast<Int128>(x.n) - x.sum * x.sum;
    const double mean_w = percent(static_cast<double>(x.sum) / n, w);
    squares += percent(percent(static_cast<double>(within) / n, w), w) + n * (mean_w - s.mean) * (mean_w - s.mean);
  });
  s.sd = std::sqrt(std::max(0.0, squares / static_cast<double>(s.n - 1)));
  return s;
}

}  // namespace cxkit::score
