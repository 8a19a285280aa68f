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
  // Welford: stable mean and variance in one pass.
  ++n;
  const double delta = x - mean;
  mean += delta / static_cast<double>(n);
  m2 += delta * (x - mean);
  min = n == 1 ? x : std::min(min, x);
  max = n == 1 ? x : std::max(max, x);
}

Stats Scorer::Accumulator::stats() const {
  Stats s{n, mean, min, max, std::nullopt};
  if (n >= 2) s.sd = std::sqrt(m2 / static_cast<double>(n - 1));
  return s;
}

Scorer::Scorer(const model::Questionnaire& questionnaire, Options options)
    : q_(questionnaire),
      options_(options),
      sections_(questionnaire.sections.size()),
      answered_(questionnaire.sections.size()),
      seen_not_applicable_(questionnaire.sections.size()),
      item_sum_(questionnaire.item_count()),
      item_n_(questionnaire.item_count()),
      item_complete_(questionnaire.item_count()),
      section_complete_(questionnaire.sections.size()) {}

void Scorer::warn(std::string warning) {
  if (warnings_.size() < kMaxWarnings) warnings_.push_back(std::move(warning));
  ++warning_count_;
}

std::vector<std::string> Scorer::missing_items(const model::Respondent& r) const {
  using State = model::Answer::State;
  std::vector<std::string> missing;
  std::size_t index = 0;
  for (const auto& section : q_.sections) {
    const auto first = r.answers.begin() + static_cast<long>(index);
    const auto last = first + static_cast<long>(section.items.size());
    index += section.items.size();
    const bool any_missing = std::any_of(first, last, [](const model::Answer& a) { return a.state == State::Missing; });
    if (!any_missing) continue;
    if (section.optional && std::all_of(first, last, [](const model::Answer& a) { return a.state == State::Missing; }))
      continue;  // skipped
    for (auto it = first; it != last; ++it)
      if (it->state == State::Missing) missing.push_back(section.id + ": " + section.items[static_cast<std::size_t>(it - first)].id);
  }
  return missing;
}

RespondentScore Scorer::add(const model::Respondent& r) {
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

  const double lo = q_.scale.min, hi = q_.scale.max;
  const bool pomp = options_.method == Method::Pomp;
  RespondentScore out{r.id, {}, {}, std::nullopt};
  out.status.reserve(q_.sections.size());
  out.percent.reserve(q_.sections.size());
  double pooled_got = 0, pooled_max = 0;

  std::size_t index = 0;
  for (std::size_t s = 0; s < q_.sections.size(); ++s) {
    const auto& section = q_.sections[s];
    const std::size_t first = index;
    index += section.items.size();
    double got = 0, max = 0, total = 0;
    std::size_t answered = 0, given = 0;
    for (std::size_t i = first; i < index; ++i) {
      const auto& item = section.items[i - first];
      const auto& answer = r.answers[i];
      if (answer.state != State::Missing) ++given;
      if (answer.state != State::Value) continue;
      const double v = item.reverse ? lo + hi - answer.value : answer.value;
      got += item.weight * (pomp ? v - lo : v);
      max += item.weight * (pomp ? hi - lo : hi);
      total += v;
      item_sum_[i] += v;
      ++item_n_[i];
      ++answered;
    }
    if (given == 0 && section.optional) {
      out.status.push_back(Status::Skipped);
      out.percent.emplace_back();
      continue;
    }
    answered_[s] += answered;
    if (answered == 0) {
      seen_not_applicable_[s] = true;
      out.status.push_back(Status::NotApplicable);
      out.percent.emplace_back();
      continue;
    }
    if (answered == section.items.size()) {
      for (std::size_t i = first; i < index; ++i) {
        const auto& item = section.items[i - first];
        const int v = r.answers[i].value;
        item_complete_[i].add(item.reverse ? lo + hi - v : v);
      }
      section_complete_[s].add(total);
    }
    const double percent = got / max * 100.0;
    sections_[s].add(percent);
    out.status.push_back(Status::Scored);
    out.percent.push_back(percent);
    pooled_got += got;
    pooled_max += max;
  }
  if (pooled_max > 0) {
    out.overall = pooled_got / pooled_max * 100.0;
    overall_.add(*out.overall);
  }
  ++respondents_;
  return out;
}

Report Scorer::finish() const {
  Report report;
  report.questionnaire_id = q_.id;
  report.questionnaire_title = q_.title;
  report.method = options_.method;
  report.respondents = respondents_;
  report.warnings = warnings_;
  report.warning_count = warning_count_;
  if (overall_.n > 0) report.overall = overall_.mean;
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
      result.percent = sections_[s].mean;
    } else {
      result.status = seen_not_applicable_[s] ? Status::NotApplicable : Status::Skipped;
    }
    const std::size_t first = index;
    const std::size_t k = section.items.size();
    result.alpha_n = section_complete_[s].n;
    double item_variance = 0;
    for (std::size_t i = first; i < first + k; ++i) {
      item_variance += item_complete_[i].variance();
      if (item_complete_[i].n > 1 && item_complete_[i].m2 == 0) result.zero_variance_items.push_back(section.items[i - first].id);
    }
    const double total_variance = section_complete_[s].variance();
    if (k >= 2 && result.alpha_n >= 2 && total_variance > 0)
      result.alpha = static_cast<double>(k) / static_cast<double>(k - 1) * (1.0 - item_variance / total_variance);
    for (const auto& item : section.items) {
      ItemResult ir{item.id, item.text, item_n_[index], std::nullopt};
      if (item_n_[index] > 0) ir.mean = item_sum_[index] / static_cast<double>(item_n_[index]);
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
