#include <cxkit/base/i18n.hpp>
#include <cxkit/score/scorer.hpp>

#include <cxkit/score/rules.hpp>

#include <cxkit/base/error.hpp>
#include <cxkit/base/limits.hpp>
#include <cxkit/base/text.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace cxkit::score {

std::string_view name(Method method) { return method == Method::Seed ? "seed" : "pomp"; }

std::string_view name(Status status) {
  switch (status) {
    case Status::Scored: return "scored";
    case Status::Skipped: return "skipped";
    case Status::NotApplicable: return "not-applicable";
  }
  return "?";
}

namespace {

// The items' weights as whole numbers in the same proportions, so that every
// sum stays an exact integer: as written when all are whole, else in
// thousandths divided by their greatest common divisor (0.5, 1, 1.5 become
// 1, 2, 3). Sums stay exact: at most 1000 items of 10^6 thousandths.
std::vector<std::int64_t> whole_weights(const Questionnaire& q) {
  std::vector<std::int64_t> thousandths;
  bool whole = true;
  for (const auto& section : q.sections)
    for (const auto& item : section.items) {
      const double scaled = item.weight * 1000;
      const std::int64_t t = std::llround(scaled);
      if (!(std::abs(scaled - static_cast<double>(t)) < 1e-6) || t <= 0 || t > base::limits::kWeight * 1000)
        throw Error(base::trfe("the item '{}' weighs {}: expected a weight above 0 and at most {} with up to 3 "
                               "decimals",
                               base::shown(item.id), item.weight, base::limits::kWeight));
      whole = whole && t % 1000 == 0;
      thousandths.push_back(t);
    }
  const std::int64_t unit =
      whole ? 1000 : std::accumulate(thousandths.begin(), thousandths.end(), std::int64_t{0},
                                     [](std::int64_t a, std::int64_t b) { return std::gcd(a, b); });
  for (auto& t : thousandths) t /= unit;
  return thousandths;
}

// Sections with at most this many patterns of answers count patterns (Fast
// footprint): 5 items on a 1..5 scale have 7^5 = 16,807.
constexpr std::size_t kMaxPatterns = 1u << 15;
// Sections with at most this many patterns also keep each pattern's sums
// (8 bytes each, in the layout all copies share): 7^5 = 16,807.
constexpr std::size_t kMaxSummedPatterns = 1u << 15;
// The overall percent's (wsum, got) pairs are counted when there are at
// most this many (unit weights: 24 items on 1..5 have 25 x 121).
constexpr std::size_t kMaxOverallCells = 1u << 14;

}  // namespace

// What one section gives for one respondent.
struct Scorer::Outcome {
  Status status = Status::Skipped;
  std::int64_t answered = 0;
  std::int64_t got = 0, wsum = 0;  // percent = got / (wsum * top) * 100
  std::int64_t total = 0;          // unweighted sum of the scored answers, for alpha
};

// The questionnaire flattened for the per-respondent loop, and the outcome
// of every pattern of answers of the small sections.
struct Scorer::Layout {
  struct Section {
    std::size_t first = 0, last = 0;  // items
    bool optional = false;
    std::int64_t max_wsum = 0;
    // Patterns of answers (index: sum of code * codes^position, first item
    // most significant); 0 when there are too many to count.
    std::size_t patterns = 0;
    // Per pattern, when there are few and they fit: the pooled sums it
    // adds to the overall percent (its Outcome's got and wsum).
    struct Sums {
      std::int32_t got = 0, wsum = 0;
    };
    std::vector<Sums> sums;
  };
  int lo = 1, hi = 5;
  std::int64_t top = 5, shift = 0;  // percent = sum(w * (v - shift)) / (sum(w) * top)
  std::size_t codes = 0;            // answer codes per item: missing, n/a, each point
  std::vector<std::int64_t> weight;  // per item, in whole units (whole_weights)
  std::vector<char> reverse;        // per item
  std::vector<Section> sections;
  // Per item and code (item * codes + code): what the answer adds to the
  // pooled sums of the overall percent (0 unless it is a value), and to the
  // index of its section's pattern.
  struct Contribution {
    std::int64_t got = 0, wsum = 0;
    std::uint32_t pattern = 0;
  };
  std::vector<Contribution> by_code;
  // The overall percent's pooled sums of a respondent as a cell of
  // overall_counts_ (wsum * got_span + got - got_min), when that is small.
  std::int64_t got_min = 0, got_span = 0;
  std::size_t overall_cells = 0;
  // Fills section.sums, and the overall cells' sizes (by_code is filled).
  void sum_patterns(Section& section);
  void count_overall_cells(std::int64_t max_wsum);

  // The answer as scored (reversed if need be) for a value code.
  int value(std::size_t item, AnswerCode code) const {
    const int v = lo + code - 2;
    return reverse[item] ? lo + hi - v : v;
  }

  Outcome evaluate(const Section& section, const AnswerCode* codes_of) const {
    Outcome o;
    std::size_t given = 0;
    for (std::size_t i = section.first; i < section.last; ++i) {
      const AnswerCode code = codes_of[i];
      if (code == kMissingCode) continue;
      ++given;
      if (code == kNotApplicableCode) continue;
      ++o.answered;
      const int v = value(i, code);
      o.total += v;
      o.got += weight[i] * (v - shift);
      o.wsum += weight[i];
    }
    o.status = given == 0 && section.optional ? Status::Skipped
               : o.answered == 0              ? Status::NotApplicable
                                              : Status::Scored;
    return o;
  }

  // Calls fn(codes, count) for each pattern of a section with a count.
  template <class Count, class Fn>
  void for_each_pattern(std::size_t s, const std::vector<Count>& counts, std::vector<AnswerCode>& scratch,
                        Fn fn) const {
    const Section& section = sections[s];
    for (std::size_t index = 0; index < counts.size(); ++index) {
      if (counts[index] == 0) continue;
      pattern_codes(section, index, scratch);
      fn(scratch.data(), counts[index]);
    }
  }

  // The codes of a section's pattern `index`, into scratch[first, last).
  void pattern_codes(const Section& section, std::size_t index, std::vector<AnswerCode>& scratch) const {
    for (std::size_t i = section.last; i-- > section.first;) {
      scratch[i] = static_cast<AnswerCode>(index % codes);
      index /= codes;
    }
  }
};

double Scorer::Moments::variance() const {
  if (n < 2) return 0.0;
  // (n Σx² − (Σx)²) / (n (n − 1)): exact up to the one division, so alike
  // answers have no variance and nearly alike ones lose nothing to
  // cancellation.
  const Int128 spread = squares * n - sum * sum;
  return static_cast<double>(spread) / (static_cast<double>(n) * static_cast<double>(n - 1));
}

Scorer::Scorer(const Questionnaire& q, Options options, Footprint footprint)
    : q_(q), options_(options), overall_(0, 1) {
  check_method(q.scale, options.method);
  auto layout = std::make_shared<Layout>();
  Layout& l = *layout;
  l.lo = q.scale.min;
  l.hi = q.scale.max;
  const bool pomp = options.method == Method::Pomp;
  l.top = pomp ? l.hi - l.lo : l.hi;
  l.shift = pomp ? l.lo : 0;
  l.codes = static_cast<std::size_t>(l.hi - l.lo + 1) + 2;
  std::int64_t max_wsum = 0;
  l.weight = whole_weights(q);
  for (const auto& section : q.sections) {
    Layout::Section ls;
    ls.first = l.reverse.size();
    ls.optional = section.optional;
    for (const auto& item : section.items) {
      ls.max_wsum += l.weight[l.reverse.size()];
      l.reverse.push_back(item.reverse);
    }
    ls.last = l.reverse.size();
    max_wsum += ls.max_wsum;
    l.sections.push_back(std::move(ls));
  }
  // Sums stay exact: at most 1000 items of 10^6 units (wsum <= 10^9) on
  // scales of 2001 points.
  if (l.weight.size() > base::limits::kItems || std::max(std::abs(l.lo), std::abs(l.hi)) > base::limits::kScale)
    throw Error(base::trfe("the questionnaire '{}' is too large to score: expected at most {} items of weight {} "
                           "on a scale within -{}..{}",
                           q.id, base::limits::kItems, base::limits::kWeight, base::limits::kScale,
                           base::limits::kScale));
  l.by_code.resize(l.weight.size() * l.codes);
  for (auto& section : l.sections) {
    std::size_t patterns = 1;
    for (std::size_t i = section.first; i < section.last && patterns <= kMaxPatterns; ++i) patterns *= l.codes;
    if (footprint == Footprint::Fast && patterns <= kMaxPatterns) section.patterns = patterns;
    std::uint32_t place = 1;  // the pattern's digit of the current item
    for (std::size_t i = section.last; i-- > section.first;) {
      for (std::size_t code = 0; code < l.codes; ++code) {
        const bool value = code > kNotApplicableCode;
        const std::int64_t v = value ? l.value(i, static_cast<AnswerCode>(code)) : 0;
        l.by_code[i * l.codes + code] = {value ? l.weight[i] * (v - l.shift) : 0, value ? l.weight[i] : 0,
                                         section.patterns ? static_cast<std::uint32_t>(code) * place : 0};
      }
      if (section.patterns) place *= static_cast<std::uint32_t>(l.codes);
    }
    if (section.patterns && section.patterns <= kMaxSummedPatterns) l.sum_patterns(section);
  }
  if (footprint == Footprint::Fast) l.count_overall_cells(max_wsum);
  layout_ = std::move(layout);

  const std::size_t items = l.weight.size();
  for (const auto& section : l.sections) {
    pattern_counts_.emplace_back(section.patterns);
    percents_.emplace_back(section.max_wsum, l.top);
  }
  item_counts_.assign(items * l.codes, 0);
  incomplete_counts_.assign(items * l.codes, 0);
  complete_.resize(l.sections.size());
  not_applicable_.assign(l.sections.size(), 0);
  overall_ = PercentTally(max_wsum, l.top);
  overall_counts_.assign(l.overall_cells, 0);
  codes_.resize(items);
}

void Scorer::Layout::sum_patterns(Section& section) {
  std::vector<Section::Sums> sums(section.patterns);
  std::vector<AnswerCode> scratch(section.last);
  for (std::size_t index = 0; index < section.patterns; ++index) {
    pattern_codes(section, index, scratch);
    const Outcome o = evaluate(section, scratch.data());
    const auto fits = [](std::int64_t x) {
      return x >= std::numeric_limits<std::int32_t>::min() && x <= std::numeric_limits<std::int32_t>::max();
    };
    if (!fits(o.got) || !fits(o.wsum)) return;  // summed item by item
    sums[index] = {static_cast<std::int32_t>(o.got), static_cast<std::int32_t>(o.wsum)};
  }
  section.sums = std::move(sums);
}

void Scorer::Layout::count_overall_cells(std::int64_t max_wsum) {
  std::int64_t lowest = 0, highest = 0;  // of got: a missing or n/a answer adds 0
  for (std::size_t i = 0; i < weight.size(); ++i) {
    std::int64_t low = 0, high = 0;
    for (std::size_t code = 0; code < codes; ++code) {
      low = std::min(low, by_code[i * codes + code].got);
      high = std::max(high, by_code[i * codes + code].got);
    }
    lowest += low;
    highest += high;
  }
  const std::int64_t span = highest - lowest + 1;
  if (span > static_cast<std::int64_t>(kMaxOverallCells) ||
      (max_wsum + 1) * span > static_cast<std::int64_t>(kMaxOverallCells))
    return;
  got_min = lowest;
  got_span = span;
  overall_cells = static_cast<std::size_t>((max_wsum + 1) * span);
}

void Scorer::fold_overall(const Scorer& from) {
  const Layout& l = *from.layout_;
  const auto& counts = from.overall_counts_;
  for (std::size_t cell = 0; cell < counts.size(); ++cell)
    if (counts[cell])
      overall_.add(static_cast<std::int64_t>(cell) % l.got_span + l.got_min,
                   static_cast<std::int64_t>(cell) / l.got_span, counts[cell]);
}

double Scorer::percent(std::int64_t got, std::int64_t wsum) const {
  return static_cast<double>(got) / static_cast<double>(wsum * layout_->top) * 100.0;
}

void Scorer::warn(std::string warning) {
  if (warnings_.size() < base::limits::kWarnings) warnings_.push_back(std::move(warning));
  ++warning_count_;
}

Scorer::Outcome Scorer::tally(std::size_t s, const AnswerCode* codes, std::uint64_t times) {
  const Layout& l = *layout_;
  const auto& section = l.sections[s];
  const Outcome o = l.evaluate(section, codes);
  for (std::size_t i = section.first; i < section.last; ++i) item_counts_[i * l.codes + codes[i]] += times;
  if (o.status == Status::NotApplicable) not_applicable_[s] += times;
  if (o.status != Status::Scored) return o;
  percents_[s].add(o.got, o.wsum, times);
  if (o.answered == static_cast<std::int64_t>(section.last - section.first)) {
    complete_[s].add(o.total, static_cast<std::int64_t>(times));
  } else {
    // Alpha counts complete sections only: these answers are kept apart.
    for (std::size_t i = section.first; i < section.last; ++i)
      if (codes[i] > kNotApplicableCode) incomplete_counts_[i * l.codes + codes[i]] += times;
  }
  return o;
}

void Scorer::fold(const std::vector<std::vector<std::uint32_t>>& pattern_counts) {
  std::vector<AnswerCode> scratch(codes_.size());
  for (std::size_t s = 0; s < pattern_counts.size(); ++s)
    layout_->for_each_pattern(s, pattern_counts[s], scratch,
                              [&](const AnswerCode* codes, std::uint64_t count) { tally(s, codes, count); });
}

void Scorer::fold_patterns() {
  fold(pattern_counts_);
  for (auto& counts : pattern_counts_) std::fill(counts.begin(), counts.end(), 0);
  fold_overall(*this);
  std::fill(overall_counts_.begin(), overall_counts_.end(), 0);
  unfolded_ = 0;
}

bool Scorer::missing_answers(const AnswerCode* codes) const {
  for (const auto& section : layout_->sections) {
    const auto first = codes + section.first, last = codes + section.last;
    if (std::find(first, last, kMissingCode) == last) continue;
    if (!section.optional || std::any_of(first, last, [](AnswerCode c) { return c != kMissingCode; }))
      return true;
  }
  return false;
}

std::vector<std::string> Scorer::missing_items(const Respondent& r) const {
  using State = Answer::State;
  std::vector<std::string> missing;
  if (std::none_of(r.answers.begin(), r.answers.end(), [](const Answer& a) { return a.state == State::Missing; }))
    return missing;
  std::size_t index = 0;
  for (const auto& section : q_.sections) {
    const auto first = r.answers.begin() + static_cast<long>(index);
    const auto last = first + static_cast<long>(section.items.size());
    index += section.items.size();
    if (section.optional && std::all_of(first, last, [](const Answer& a) { return a.state == State::Missing; }))
      continue;  // skipped
    for (auto it = first; it != last; ++it)
      if (it->state == State::Missing)
        missing.push_back(section.id + ": " + section.items[static_cast<std::size_t>(it - first)].id);
  }
  return missing;
}

RespondentScore Scorer::add(const Respondent& r) {
  RespondentScore out;
  add(r, out);
  return out;
}

void Scorer::add(const Respondent& r, RespondentScore& out) {
  if (auto missing = missing_items(r); !missing.empty()) {
    const std::string list = fmt::format("{}", fmt::join(missing, ", "));
    if (!options_.allow_missing)
      throw Error(r.where, base::trfe("respondent '{}' has no answer to {}: expected an answer or n/a for every "
                                      "item of a section that is not skipped (or {})",
                                      base::shown(r.id), list, hint(Hint::AllowMissing)));
    warn(fmt::format("{}: warning: respondent '{}' has no answer to {}: counted as n/a", to_string(r.where),
                     base::shown(r.id), list));
  }
  for (std::size_t i = 0; i < codes_.size(); ++i) codes_[i] = encode(q_.scale, r.answers[i]);
  out.id = r.id;
  add(codes_.data(), &out);
}

void Scorer::add(const AnswerCode* codes, RespondentScore* out) {
  add(codes, 1);
  if (!out) return;
  const Layout& l = *layout_;
  out->status.resize(l.sections.size());
  out->percent.resize(l.sections.size());
  std::int64_t got = 0, wsum = 0;  // pooled over the sections, for the overall percent
  for (std::size_t s = 0; s < l.sections.size(); ++s) {
    const Outcome o = l.evaluate(l.sections[s], codes);
    out->status[s] = o.status;
    out->percent[s].reset();
    if (o.status == Status::Scored) out->percent[s] = percent(o.got, o.wsum);
    got += o.got;
    wsum += o.wsum;
  }
  out->overall.reset();
  if (wsum > 0) out->overall = percent(got, wsum);
}

void Scorer::add(const AnswerCode* codes, std::size_t n, const std::uint32_t* rows) {
  const std::size_t items = layout_->weight.size();
  if (rows)
    add_rows([=](std::size_t r) { return codes + rows[r] * items; }, n);
  else
    add_rows([=](std::size_t r) { return codes + r * items; }, n);
}

template <class Row>
void Scorer::add_rows(const Row& row, std::size_t n) {
  const Layout& l = *layout_;
  // Section by section over a chunk of respondents: each section's loop is
  // short and the same for every respondent (a pattern's index, its count,
  // its sums); the overall percent's sums are pooled per respondent.
  constexpr std::size_t kChunk = 128;
  std::int64_t got[kChunk], wsum[kChunk];
  for (std::size_t from = 0; from < n; from += kChunk) {
    const std::size_t m = std::min(kChunk, n - from);
    const auto at = [&](std::size_t r) { return row(from + r); };
    std::fill_n(got, m, 0);
    std::fill_n(wsum, m, 0);
    for (std::size_t s = 0; s < l.sections.size(); ++s) {
      const auto& section = l.sections[s];
      if (!section.sums.empty()) {
        // The pattern's index from its codes (first item most significant),
        // and its sums; unrolled for the common section sizes.
        const auto each = [&]<std::size_t K>(std::integral_constant<std::size_t, K>) {
          std::uint32_t* const counts = pattern_counts_[s].data();
          const Layout::Section::Sums* const sums = section.sums.data();
          const auto base = static_cast<std::uint32_t>(l.codes);
          const std::size_t k = K ? K : section.last - section.first;
          for (std::size_t r = 0; r < m; ++r) {
            const AnswerCode* c = at(r) + section.first;
            std::uint32_t index = 0;
            for (std::size_t i = 0; i < k; ++i) index = index * base + c[i];
            ++counts[index];
            got[r] += sums[index].got;
            wsum[r] += sums[index].wsum;
          }
        };
        switch (section.last - section.first) {
          case 3: each(std::integral_constant<std::size_t, 3>{}); break;
          case 4: each(std::integral_constant<std::size_t, 4>{}); break;
          case 5: each(std::integral_constant<std::size_t, 5>{}); break;
          default: each(std::integral_constant<std::size_t, 0>{}); break;
        }
      } else if (section.patterns) {
        // Per item, from a table: its part of the pooled sums and of the index.
        for (std::size_t r = 0; r < m; ++r) {
          const AnswerCode* c = at(r);
          const Layout::Contribution* table = l.by_code.data() + section.first * l.codes;
          std::uint32_t index = 0;
          for (std::size_t i = section.first; i < section.last; ++i, table += l.codes) {
            const Layout::Contribution& part = table[c[i]];
            got[r] += part.got;
            wsum[r] += part.wsum;
            index += part.pattern;
          }
          ++pattern_counts_[s][index];
        }
      } else {
        for (std::size_t r = 0; r < m; ++r) {
          const Outcome o = tally(s, at(r), 1);
          got[r] += o.got;
          wsum[r] += o.wsum;
        }
      }
    }
    for (std::size_t r = 0; r < m; ++r) {
      if (wsum[r] <= 0) continue;
      if (l.overall_cells)
        ++overall_counts_[static_cast<std::size_t>(wsum[r] * l.got_span + got[r] - l.got_min)];
      else
        overall_.add(got[r], wsum[r], 1);
    }
    respondents_ += m;
    unfolded_ += static_cast<std::uint32_t>(m);
    if (unfolded_ > std::numeric_limits<std::uint32_t>::max() - kChunk) fold_patterns();  // before a count could overflow
  }
}

void Scorer::merge(const Scorer& other) {
  fold(other.pattern_counts_);
  fold_overall(other);
  const auto add_all = [](auto& into, const auto& from) {
    for (std::size_t i = 0; i < into.size(); ++i) into[i] += from[i];
  };
  add_all(item_counts_, other.item_counts_);
  add_all(incomplete_counts_, other.incomplete_counts_);
  add_all(not_applicable_, other.not_applicable_);
  for (std::size_t s = 0; s < complete_.size(); ++s) {
    complete_[s].merge(other.complete_[s]);
    percents_[s].merge(other.percents_[s]);
  }
  overall_.merge(other.overall_);
  respondents_ += other.respondents_;
  for (const auto& warning : other.warnings_) warn(warning);
  warning_count_ += other.warning_count_ - other.warnings_.size();
}

Scorer::Moments Scorer::item_moments(std::size_t item, bool complete_only) const {
  const Layout& l = *layout_;
  Moments m;
  for (std::size_t code = 2; code < l.codes; ++code) {
    const std::size_t at = item * l.codes + code;
    const auto n = static_cast<std::int64_t>(item_counts_[at] - (complete_only ? incomplete_counts_[at] : 0));
    m.add(l.value(item, static_cast<AnswerCode>(code)), n);
  }
  return m;
}

Report Scorer::finish() const {
  Scorer all = *this;
  all.fold_patterns();
  return all.report();
}

Report Scorer::report() const {
  Report report = report_of(q_, options_);
  report.respondents = respondents_;
  report.warnings = warnings_;
  report.warning_count = warning_count_;
  report.overall_stats = overall_.stats();
  if (report.overall_stats.n > 0) report.overall = report.overall_stats.mean;

  for (std::size_t s = 0; s < q_.sections.size(); ++s) {
    const auto& section = q_.sections[s];
    const auto& layout = layout_->sections[s];
    SectionResult result;
    result.id = section.id;
    result.title = section.title;
    result.items = section.items.size();
    result.stats = percents_[s].stats();
    if (result.stats.n > 0) {
      result.status = Status::Scored;
      result.percent = result.stats.mean;
    } else {
      result.status = not_applicable_[s] > 0 ? Status::NotApplicable : Status::Skipped;
    }
    result.alpha_n = static_cast<std::size_t>(complete_[s].n);
    double item_variance = 0;
    for (std::size_t i = layout.first; i < layout.last; ++i) {
      const Moments m = item_moments(i, true);
      item_variance += m.variance();
      if (m.n > 1 && m.variance() == 0) result.zero_variance_items.push_back(section.items[i - layout.first].id);
    }
    const std::size_t k = result.items;
    const double total_variance = complete_[s].variance();
    if (k >= 2 && result.alpha_n >= 2 && total_variance > 0)
      result.alpha = static_cast<double>(k) / static_cast<double>(k - 1) * (1.0 - item_variance / total_variance);
    for (std::size_t i = layout.first; i < layout.last; ++i) {
      const auto& item = section.items[i - layout.first];
      const Moments m = item_moments(i, false);
      ItemResult ir{item.id, item.text, static_cast<std::size_t>(m.n), std::nullopt};
      if (m.n > 0) ir.mean = static_cast<double>(m.sum) / static_cast<double>(m.n);
      result.answered += ir.answered;
      result.item_results.push_back(std::move(ir));
    }
    // Weakest first; unanswered items last; ties keep questionnaire order.
    std::stable_sort(result.item_results.begin(), result.item_results.end(),
                     [](const ItemResult& a, const ItemResult& b) {
                       if (!a.mean || !b.mean) return a.mean.has_value() && !b.mean.has_value();
                       return *a.mean < *b.mean;
                     });
    report.sections.push_back(std::move(result));
  }

  for (std::size_t s = 0; s < report.sections.size(); ++s)
    if (report.sections[s].status == Status::Scored) report.improve.push_back(s);
  // Lowest first; percents equal but for rounding (sums of fractions in
  // another order) are ties, and ties keep questionnaire order.
  const auto key = [&](std::size_t s) { return std::llround(*report.sections[s].percent * 1e9); };
  std::stable_sort(report.improve.begin(), report.improve.end(),
                   [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  for (std::size_t i = options_.improve; i < report.improve.size() && options_.improve > 0; ++i)
    if (key(report.improve[i]) == key(report.improve[options_.improve - 1]))
      report.improve_tied.push_back(report.improve[i]);
  if (report.improve.size() > options_.improve) report.improve.resize(options_.improve);

  report.band = band_of(q_, report.overall);
  return report;
}

namespace {

// A baseline scored otherwise than the report cannot be compared with it.
void check_comparable(const Report& report, const Baseline& baseline) {
  if (baseline.questionnaire != report.questionnaire_id)
    throw Error(baseline.questionnaire_where,
                base::trfe("the baseline is a report of the questionnaire '{}' but this run scores '{}': expected "
                           "a report of the same questionnaire",
                           base::shown(baseline.questionnaire), report.questionnaire_id));
  if (baseline.method != name(report.method))
    throw Error(baseline.method_where,
                base::trfe("the baseline is scored with the method '{}' but this run with '{}': percents of two "
                           "methods differ on the same answers; expected a baseline scored with '{}', or this "
                           "run scored with the baseline's method",
                           base::shown(baseline.method), name(report.method), name(report.method)));
  if (baseline.scale_min && (*baseline.scale_min != report.scale_min || *baseline.scale_max != report.scale_max))
    throw Error(baseline.scale_where,
                base::trfe("the baseline is scored on the scale {}..{} but this run on {}..{}: expected a "
                           "baseline on the same scale",
                           *baseline.scale_min, *baseline.scale_max, report.scale_min, report.scale_max));
}

}  // namespace

void compare(Report& report, const Baseline& baseline) {
  check_comparable(report, baseline);
  for (auto& group : report.groups) compare(group, baseline);
  if (!baseline.scale_min && report.group.empty()) {
    if (report.warnings.size() < base::limits::kWarnings)
      report.warnings.push_back(fmt::format("{}: warning: the baseline does not give its scale (a report of an "
                                            "older version): compared as if on {}..{}",
                                            to_string(baseline.method_where), report.scale_min,
                                            report.scale_max));
    ++report.warning_count;
  }
  report.baseline_source = baseline.source;
  report.baseline_overall = baseline.overall;
  if (report.overall && baseline.overall) report.overall_change = *report.overall - *baseline.overall;
  for (std::size_t s = 0; s < report.sections.size(); ++s) {
    auto& section = report.sections[s];
    for (const auto& b : baseline.sections)
      if (b.id == section.id) section.baseline = b.percent;
    if (!section.percent || !section.baseline) continue;
    section.change = *section.percent - *section.baseline;
    if (*section.change > report.min_change) report.improved.push_back(s);
    if (*section.change < -report.min_change) report.worsened.push_back(s);
  }
}

std::string_view name(Threshold::Of of) { return of == Threshold::Of::Overall ? "overall" : "section"; }

bool check(Report& report, std::vector<Threshold> thresholds) {
  bool passed = true;
  for (auto& t : thresholds) {
    if (t.of == Threshold::Of::Overall) {
      t.value = report.overall;
    } else {
      for (const auto& section : report.sections)
        if (section.percent && (!t.value || *section.percent < *t.value)) {
          t.value = section.percent;
          t.section = section.id;
        }
    }
    t.passed = t.value ? *t.value >= t.limit : t.of == Threshold::Of::Section;
    passed = passed && t.passed;
  }
  report.thresholds = std::move(thresholds);
  return passed;
}

Report score(const Questionnaire& q, const std::vector<Respondent>& respondents,
             const Options& options) {
  Scorer scorer(q, options);
  for (const auto& r : respondents) scorer.add(r);
  return scorer.finish();
}

}  // namespace cxkit::score
