#include <cxkit/base/i18n.hpp>
#include <cxkit/score/rules.hpp>

#include <cxkit/base/error.hpp>
#include <cxkit/base/text.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace cxkit::score {

namespace {

using State = Answer::State;

double mean_of(const std::vector<double>& values) {
  double sum = 0;
  for (const double x : values) sum += x;
  return sum / static_cast<double>(values.size());
}

// Σ (x − mean)² / (n − 1); 0 below two values.
double sample_variance(const std::vector<double>& values) {
  if (values.size() < 2) return 0;
  const double mean = mean_of(values);
  double squares = 0;
  for (const double x : values) squares += (x - mean) * (x - mean);
  return squares / static_cast<double>(values.size() - 1);
}

// The respondent's answers to section s (answers are in questionnaire item order).
std::span<const Answer> answers_to(const Questionnaire& q, const Respondent& r, std::size_t s) {
  std::size_t first = 0;
  for (std::size_t before = 0; before < s; ++before) first += q.sections[before].items.size();
  return std::span<const Answer>(r.answers).subspan(first, q.sections[s].items.size());
}

bool all_missing(std::span<const Answer> answers) {
  return std::all_of(answers.begin(), answers.end(), [](const Answer& a) { return a.state == State::Missing; });
}

// A section over all respondents; outcomes[r][s] is respondent r's section s.
SectionResult section_result(const Questionnaire& q, std::size_t s, const std::vector<Respondent>& respondents,
                             const std::vector<std::vector<SectionOutcome>>& outcomes) {
  const Section& section = q.sections[s];
  const std::size_t k = section.items.size();
  SectionResult result;
  result.id = section.id;
  result.title = section.title;
  result.items = k;

  std::vector<double> percents;                   // of the respondents who scored it
  bool not_applicable = false;                    // some respondent gave only n/a
  std::vector<std::vector<double>> by_item(k);    // every answer as scored
  std::vector<std::vector<double>> complete;      // rows of those who answered every item
  for (std::size_t r = 0; r < respondents.size(); ++r) {
    const SectionOutcome& outcome = outcomes[r][s];
    if (outcome.status == Status::Scored) percents.push_back(*outcome.percent);
    if (outcome.status == Status::NotApplicable) not_applicable = true;
    const auto answers = answers_to(q, respondents[r], s);
    std::vector<double> row;
    for (std::size_t i = 0; i < k; ++i) {
      if (answers[i].state != State::Value) continue;
      const double v = as_scored(q.scale, section.items[i], answers[i].value);
      by_item[i].push_back(v);
      row.push_back(v);
    }
    if (row.size() == k) complete.push_back(std::move(row));
  }

  // Scored when any respondent scored it; its percent is the mean of theirs.
  result.stats = stats_of(percents);
  result.status = !percents.empty() ? Status::Scored : not_applicable ? Status::NotApplicable : Status::Skipped;
  if (result.status == Status::Scored) result.percent = result.stats.mean;

  result.alpha = cronbach_alpha(complete);
  result.alpha_n = complete.size();
  // Items every one of (two or more) such respondents answered alike.
  for (std::size_t i = 0; i < k && complete.size() >= 2; ++i) {
    const auto differs = [&](const std::vector<double>& row) { return row[i] != complete[0][i]; };
    if (std::none_of(complete.begin(), complete.end(), differs))
      result.zero_variance_items.push_back(section.items[i].id);
  }

  for (std::size_t i = 0; i < k; ++i) {
    ItemResult item{section.items[i].id, section.items[i].text, by_item[i].size(), std::nullopt};
    if (!by_item[i].empty()) item.mean = mean_of(by_item[i]);
    result.answered += item.answered;
    result.item_results.push_back(std::move(item));
  }
  // Weakest first by mean answer; unanswered items last; ties keep questionnaire order.
  const auto weaker = [](const ItemResult& a, const ItemResult& b) {
    if (a.mean && b.mean) return *a.mean < *b.mean;
    return a.mean && !b.mean;
  };
  std::stable_sort(result.item_results.begin(), result.item_results.end(), weaker);
  return result;
}

// The scored sections with the lowest percent, lowest first, at most n;
// `tied` gets those left out that tie with the last one kept.
std::vector<std::size_t> areas_to_improve(const std::vector<SectionResult>& sections, std::size_t n,
                                          std::vector<std::size_t>& tied) {
  std::vector<std::size_t> scored;
  for (std::size_t s = 0; s < sections.size(); ++s)
    if (sections[s].status == Status::Scored) scored.push_back(s);
  // Percents equal to nine decimals are ties, and ties keep questionnaire order.
  const auto nine_decimals = [&](std::size_t s) { return std::round(*sections[s].percent * 1e9); };
  std::stable_sort(scored.begin(), scored.end(),
                   [&](std::size_t a, std::size_t b) { return nine_decimals(a) < nine_decimals(b); });
  for (std::size_t i = n; i < scored.size() && n > 0; ++i)
    if (nine_decimals(scored[i]) == nine_decimals(scored[n - 1])) tied.push_back(scored[i]);
  if (scored.size() > n) scored.resize(n);
  return scored;
}

}  // namespace

std::optional<Band> band_of(const Questionnaire& q, const std::optional<double>& overall) {
  if (!overall) return std::nullopt;
  for (const auto& band : q.bands)
    if (*overall >= band.from && (*overall < band.to || (band.to == 100 && *overall == 100))) return band;
  return std::nullopt;
}

Report report_of(const Questionnaire& q, const Options& options) {
  Report report;
  report.questionnaire_id = q.id;
  report.questionnaire_title = q.title;
  report.notice = q.notice;
  report.method = options.method;
  report.scale_min = q.scale.min;
  report.scale_max = q.scale.max;
  report.min_change = options.min_change;
  return report;
}

void check_method(const Scale& scale, Method method) {
  if (method == Method::Seed && scale.max <= 0)
    throw Error(scale.where, base::trfe("the scale ends at {}: the seed method divides by the scale's max, so it "
                                        "needs a max above 0; expected a scale such as 1..5, or the pomp method ({})",
                                        scale.max, hint(Hint::Method)));
}

int as_scored(const Scale& scale, const Item& item, int value) {
  return item.reverse ? scale.min + scale.max - value : value;
}

Points points(const Scale& scale, const Item& item, int value, Method method) {
  const double w = item.weight, v = as_scored(scale, item, value);
  if (method == Method::Seed) return {w * v, w * scale.max};
  return {w * (v - scale.min), w * (scale.max - scale.min)};
}

SectionOutcome section_outcome(const Scale& scale, const Section& section, std::span<const Answer> answers,
                               Method method) {
  SectionOutcome outcome;
  if (section.optional && all_missing(answers)) return outcome;  // skipped
  bool answered = false;
  for (std::size_t i = 0; i < section.items.size(); ++i) {
    if (answers[i].state != State::Value) continue;  // n/a leaves both sums
    const Points p = points(scale, section.items[i], answers[i].value, method);
    outcome.points.got += p.got;
    outcome.points.of += p.of;
    answered = true;
  }
  if (!answered) {
    outcome.status = Status::NotApplicable;
    return outcome;
  }
  outcome.status = Status::Scored;
  outcome.percent = outcome.points.got / outcome.points.of * 100;
  return outcome;
}

std::optional<double> overall_percent(const std::vector<SectionOutcome>& sections) {
  Points pooled;
  bool scored = false;
  for (const auto& section : sections) {
    if (section.status != Status::Scored) continue;
    pooled.got += section.points.got;
    pooled.of += section.points.of;
    scored = true;
  }
  if (!scored) return std::nullopt;
  return pooled.got / pooled.of * 100;
}

std::vector<std::string> missing_answers(const Questionnaire& q, const Respondent& r) {
  std::vector<std::string> missing;
  for (std::size_t s = 0; s < q.sections.size(); ++s) {
    const auto answers = answers_to(q, r, s);
    if (q.sections[s].optional && all_missing(answers)) continue;  // skipped
    for (std::size_t i = 0; i < answers.size(); ++i)
      if (answers[i].state == State::Missing) missing.push_back(q.sections[s].id + ": " + q.sections[s].items[i].id);
  }
  return missing;
}

Stats stats_of(const std::vector<double>& values) {
  Stats stats;
  stats.n = values.size();
  if (values.empty()) return stats;
  stats.mean = mean_of(values);
  stats.min = *std::min_element(values.begin(), values.end());
  stats.max = *std::max_element(values.begin(), values.end());
  if (values.size() >= 2) stats.sd = std::sqrt(sample_variance(values));
  return stats;
}

std::optional<double> cronbach_alpha(const std::vector<std::vector<double>>& rows) {
  if (rows.size() < 2 || rows[0].size() < 2) return std::nullopt;
  const std::size_t k = rows[0].size();
  double item_variances = 0;
  for (std::size_t i = 0; i < k; ++i) {
    std::vector<double> item;
    for (const auto& row : rows) item.push_back(row[i]);
    item_variances += sample_variance(item);
  }
  std::vector<double> totals;
  for (const auto& row : rows) {
    double total = 0;
    for (const double v : row) total += v;
    totals.push_back(total);
  }
  const double total_variance = sample_variance(totals);
  if (total_variance == 0) return std::nullopt;
  return static_cast<double>(k) / static_cast<double>(k - 1) * (1 - item_variances / total_variance);
}

Report reference_report(const Questionnaire& q, const std::vector<Respondent>& respondents, const Options& options) {
  check_method(q.scale, options.method);
  Report report = report_of(q, options);
  report.respondents = respondents.size();

  std::vector<std::vector<SectionOutcome>> outcomes;  // per respondent, per section
  std::vector<double> overall;                        // of the respondents with an overall percent
  for (const auto& r : respondents) {
    if (const auto missing = missing_answers(q, r); !missing.empty()) {
      if (!options.allow_missing)
        throw Error(r.where,
                    base::trfe("respondent '{}' has no answer to {}", base::shown(r.id), fmt::join(missing, ", ")));
      ++report.warning_count;  // and counted as n/a
    }
    auto& sections = outcomes.emplace_back();
    for (std::size_t s = 0; s < q.sections.size(); ++s)
      sections.push_back(section_outcome(q.scale, q.sections[s], answers_to(q, r, s), options.method));
    if (const auto percent = overall_percent(sections)) overall.push_back(*percent);
  }
  // The overall percent is the mean of the respondents' overall percents.
  report.overall_stats = stats_of(overall);
  if (!overall.empty()) report.overall = report.overall_stats.mean;

  for (std::size_t s = 0; s < q.sections.size(); ++s)
    report.sections.push_back(section_result(q, s, respondents, outcomes));
  report.improve = areas_to_improve(report.sections, options.improve, report.improve_tied);
  report.band = band_of(q, report.overall);
  return report;
}

}  // namespace cxkit::score
