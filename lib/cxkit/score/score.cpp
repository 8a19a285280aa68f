#include <cxkit/score/score.hpp>

#include <cxkit/error.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
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

void Scorer::Accumulator::add(double x) {
  if (n == 0) shift = min = max = x;
  ++n;
  const double d = x - shift;
  sum += d;
  squares += d * d;
  min = std::min(min, x);
  max = std::max(max, x);
}

Stats Scorer::Accumulator::stats() const {
  const auto count = static_cast<double>(n);
  Stats s{n, n ? shift + sum / count : 0.0, min, max, std::nullopt};
  if (n >= 2) s.sd = std::sqrt(std::max(0.0, (squares - sum * sum / count) / (count - 1)));
  return s;
}

Scorer::Scorer(const model::Questionnaire& questionnaire, Options options)
    : q_(questionnaire),
      options_(options),
      sections_(questionnaire.sections.size()),
      answered_(questionnaire.sections.size()),
      seen_not_applicable_(questionnaire.sections.size()),
      range_(static_cast<std::size_t>(questionnaire.scale.max - questionnaire.scale.min + 1)),
      item_counts_(questionnaire.item_count() * range_),
      incomplete_counts_(questionnaire.item_count() * range_),
      section_complete_(questionnaire.sections.size()) {
  for (const auto& section : questionnaire.sections) {
    for (const auto& item : section.items) {
      weight_.push_back(item.weight);
      reverse_.push_back(item.reverse);
    }
    end_.push_back(weight_.size());
  }
  unit_weights_ = std::all_of(weight_.begin(), weight_.end(), [](int w) { return w == 1; });
}

void Scorer::warn(std::string warning) {
  if (warnings_.size() < kMaxWarnings) warnings_.push_back(std::move(warning));
  ++warning_count_;
}

Scorer::Moments Scorer::item_moments(std::size_t item, bool complete_only) const {
  Moments m;
  for (std::size_t k = 0; k < range_; ++k) {
    const std::size_t at = item * range_ + k;
    const auto n = static_cast<std::int64_t>(item_counts_[at] - (complete_only ? incomplete_counts_[at] : 0));
    const std::int64_t v = q_.scale.min + static_cast<std::int64_t>(k);
    m.n += n;
    m.sum += n * v;
    m.squares += n * v * v;
  }
  return m;
}

double Scorer::Moments::variance() const {
  if (n < 2) return 0.0;
  const double mean_square = static_cast<double>(sum) * static_cast<double>(sum) / static_cast<double>(n);
  return std::max(0.0, (static_cast<double>(squares) - mean_square) / static_cast<double>(n - 1));
}

std::vector<std::string> Scorer::missing_items(const model::Respondent& r) const {
  using State = model::Answer::State;
  std::vector<std::string> missing;
  if (std::none_of(r.answers.begin(), r.answers.end(), [](const model::Answer& a) { return a.state == State::Missing; }))
    return missing;
  std::size_t index = 0;
  for (const auto& section : q_.sections) {
    const auto first = r.answers.begin() + static_cast<long>(index);
    const auto last = first + static_cast<long>(section.items.size());
    index += section.items.size();
    if (section.optional && std::all_of(first, last, [](const model::Answer& a) { return a.state == State::Missing; }))
      continue;  // skipped
    for (auto it = first; it != last; ++it)
      if (it->state == State::Missing)
        missing.push_back(section.id + ": " + section.items[static_cast<std::size_t>(it - first)].id);
  }
  return missing;
}

RespondentScore Scorer::add(const model::Respondent& r) {
  RespondentScore out;
  add(r, out);
  return out;
}

void Scorer::add(const model::Respondent& r, RespondentScore& out) {
  using State = model::Answer::State;
  if (auto missing = missing_items(r); !missing.empty()) {
    const std::string list = fmt::format("{}", fmt::join(missing, ", "));
    if (!options_.allow_missing)
      throw Error(r.where, fmt::format("respondent '{}' has no answer to {}: expected an answer or n/a for every "
                                       "item of a section that is not skipped (or --allow-missing)",
                                       r.id, list));
    warn(fmt::format("{}: warning: respondent '{}' has no answer to {}: counted as n/a", to_string(r.where), r.id,
                     list));
  }

  const int lo = q_.scale.min, hi = q_.scale.max;
  const bool pomp = options_.method == Method::Pomp;
  const int top = pomp ? hi - lo : hi;
  const int shift = pomp ? lo : 0;
  out.id = r.id;
  out.status.resize(q_.sections.size());
  out.percent.resize(q_.sections.size());
  out.overall.reset();
  std::int64_t pooled_got = 0, pooled_max = 0;

  // Local pointers: the hot loop below must not reload vector internals.
  const model::Answer* answers = r.answers.data();
  const int* weight = weight_.data();
  const char* reverse = reverse_.data();
  std::uint64_t* counts = item_counts_.data();
  const std::size_t range = range_;
  std::size_t first = 0;
  for (std::size_t s = 0; s < end_.size(); ++s) {
    const std::size_t last = end_[s];
    std::int64_t got = 0, max = 0, total = 0;
    std::size_t answered = 0, given = 0;
    for (std::size_t i = first; i < last; ++i) {
      const model::Answer answer = answers[i];
      if (answer.state != State::Value) {
        given += answer.state == State::NotApplicable;
        continue;
      }
      ++given;
      ++answered;
      const int v = reverse[i] ? lo + hi - answer.value : answer.value;
      total += v;
      ++counts[i * range + static_cast<std::size_t>(v - lo)];
      if (unit_weights_) continue;  // got and max follow from total and answered
      got += weight[i] * (v - shift);
      max += weight[i] * top;
    }
    if (unit_weights_) {
      got = total - static_cast<std::int64_t>(answered) * shift;
      max = static_cast<std::int64_t>(answered) * top;
    }
    const std::size_t items = last - first;
    if (given == 0 && q_.sections[s].optional) {
      out.status[s] = Status::Skipped;
      out.percent[s].reset();
    } else if (answered == 0) {
      seen_not_applicable_[s] = true;
      out.status[s] = Status::NotApplicable;
      out.percent[s].reset();
    } else {
      answered_[s] += answered;
      if (answered == items) {
        section_complete_[s].add(total);
      } else {
        // Alpha counts complete sections only: take these answers back out.
        for (std::size_t i = first; i < last; ++i)
          if (answers[i].state == State::Value) {
            const int v = reverse[i] ? lo + hi - answers[i].value : answers[i].value;
            ++incomplete_counts_[i * range + static_cast<std::size_t>(v - lo)];
          }
      }
      const double percent = static_cast<double>(got) / static_cast<double>(max) * 100.0;
      sections_[s].add(percent);
      out.status[s] = Status::Scored;
      out.percent[s] = percent;
      pooled_got += got;
      pooled_max += max;
    }
    first = last;
  }
  if (pooled_max > 0) {
    out.overall = static_cast<double>(pooled_got) / static_cast<double>(pooled_max) * 100.0;
    overall_.add(*out.overall);
  }
  ++respondents_;
}

Report Scorer::finish() const {
  Report report;
  report.questionnaire_id = q_.id;
  report.questionnaire_title = q_.title;
  report.method = options_.method;
  report.respondents = respondents_;
  report.warnings = warnings_;
  report.warning_count = warning_count_;
  if (overall_.n > 0) report.overall = overall_.stats().mean;
  report.overall_stats = overall_.stats();

  std::size_t index = 0;
  for (std::size_t s = 0; s < q_.sections.size(); ++s) {
    const auto& section = q_.sections[s];
    SectionResult result;
    result.id = section.id;
    result.title = section.title;
    result.items = section.items.size();
    result.answered = answered_[s];
    result.stats = sections_[s].stats();
    if (sections_[s].n > 0) {
      result.status = Status::Scored;
      result.percent = sections_[s].stats().mean;
    } else {
      result.status = seen_not_applicable_[s] ? Status::NotApplicable : Status::Skipped;
    }
    const std::size_t first = index;
    const std::size_t k = section.items.size();
    result.alpha_n = section_complete_[s].n;
    double item_variance = 0;
    for (std::size_t i = first; i < first + k; ++i) {
      const Moments m = item_moments(i, true);
      item_variance += m.variance();
      if (m.n > 1 && m.variance() == 0) result.zero_variance_items.push_back(section.items[i - first].id);
    }
    const double total_variance = section_complete_[s].variance();
    if (k >= 2 && result.alpha_n >= 2 && total_variance > 0)
      result.alpha = static_cast<double>(k) / static_cast<double>(k - 1) * (1.0 - item_variance / total_variance);
    for (const auto& item : section.items) {
      const Moments m = item_moments(index, false);
      ItemResult ir{item.id, item.text, static_cast<std::size_t>(m.n), std::nullopt};
      if (m.n > 0) ir.mean = static_cast<double>(m.sum) / static_cast<double>(m.n);
      result.item_results.push_back(std::move(ir));
      ++index;
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
  std::stable_sort(report.improve.begin(), report.improve.end(), [&](std::size_t a, std::size_t b) {
    return *report.sections[a].percent < *report.sections[b].percent;
  });
  if (report.improve.size() > options_.improve) report.improve.resize(options_.improve);

  if (report.overall)
    for (const auto& band : q_.bands)
      if (*report.overall >= band.from && *report.overall < band.to) report.band = band;
  return report;
}

void compare(Report& report, const model::Baseline& baseline) {
  for (auto& group : report.groups) compare(group, baseline);
  report.baseline_source = baseline.source;
  report.baseline_overall = baseline.overall;
  if (report.overall && baseline.overall) report.overall_change = *report.overall - *baseline.overall;
  for (std::size_t s = 0; s < report.sections.size(); ++s) {
    auto& section = report.sections[s];
    for (const auto& [id, percent] : baseline.sections)
      if (id == section.id) section.baseline = percent;
    if (!section.percent || !section.baseline) continue;
    section.change = *section.percent - *section.baseline;
    if (*section.change > 0) report.improved.push_back(s);
    if (*section.change < 0) report.worsened.push_back(s);
  }
}

Report score(const model::Questionnaire& q, const std::vector<model::Respondent>& respondents,
             const Options& options) {
  Scorer scorer(q, options);
  for (const auto& r : respondents) scorer.add(r);
  return scorer.finish();
}

}  // namespace cxkit::score
