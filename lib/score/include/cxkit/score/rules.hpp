#pragma once
// The scoring rules of README.md ("Scoring rules", and the statistics under
// "Survey exports"), one rule per function, as plain loops over doubles: the
// reference a reviewer checks against the README line by line. Scorer (and
// the CSV engine that feeds it) must give the same reports; the differential
// test (tests/score/test_rules.cpp) and fuzz_rules prove it. cx-score itself
// scores with Scorer: this is slow and keeps every respondent.
#include <cxkit/score/questionnaire.hpp>
#include <cxkit/score/responses.hpp>
#include <cxkit/score/scorer.hpp>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cxkit::score {

// The method seed divides by the scale's max: it needs a max above 0 (a
// scale ending at 0 has no seed percent, one ending below 0 percents that
// fall as answers rise). Throws Error at the scale otherwise.
void check_method(const Scale& scale, Method method);

// The answer as scored: a reverse item counts min + max - v.
int as_scored(const Scale& scale, const Item& item, int value);

// What an answered item adds to its section's percent Σ got / Σ of × 100:
// method seed w·v of w·max, method pomp w·(v − min) of w·(max − min), with v
// as scored.
struct Points {
  double got = 0;
  double of = 0;
  bool operator==(const Points&) const = default;
};
Points points(const Scale& scale, const Item& item, int value, Method method);

// One respondent's answers to one section.
struct SectionOutcome {
  Status status = Status::Skipped;
  Points points;                  // summed over the answered items
  std::optional<double> percent;  // only when scored
  bool operator==(const SectionOutcome&) const = default;
};

// An optional section with no answers at all is skipped; a section with no
// answer but n/a is not applicable (a missing answer counts as n/a here: the
// caller has refused it or allowed it); any other section is scored.
SectionOutcome section_outcome(const Scale& scale, const Section& section, std::span<const Answer> answers,
                               Method method);

// A respondent's overall percent pools the answered items of its scored
// sections; null when none is scored.
std::optional<double> overall_percent(const std::vector<SectionOutcome>& sections);

// The items without an answer (not even n/a) outside the skipped sections,
// as "section: item", in questionnaire order.
std::vector<std::string> missing_answers(const Questionnaire& questionnaire, const Respondent& respondent);

// n, mean, min, max and the sample standard deviation (n − 1; null below two).
Stats stats_of(const std::vector<double>& values);

// Cronbach's alpha of rows of answers as scored (one row per respondent who
// answered every item, one column per item): k/(k−1) · (1 − Σ item
// variances / variance of the totals). Null with fewer than two rows or two
// items, or when the totals do not vary.
std::optional<double> cronbach_alpha(const std::vector<std::vector<double>>& rows);

// The band whose [from, to) holds the overall percent; the top band, to 100,
// holds 100 as well. Null without an overall percent or such a band.
std::optional<Band> band_of(const Questionnaire& questionnaire, const std::optional<double>& overall);

// A report of this questionnaire and these options with nothing counted
// yet: its id, title, method, scale and minimum change.
Report report_of(const Questionnaire& questionnaire, const Options& options);

// The report Scorer::finish() gives for these respondents: sections,
// statistics, alpha, item means, areas to improve (and the ties the count
// cut) and band. A missing answer
// outside a skipped section throws Error at the respondent unless
// options.allow_missing, which counts it as n/a and the respondent in
// warning_count (warnings are counted here, not worded).
Report reference_report(const Questionnaire& questionnaire, const std::vector<Respondent>& respondents,
                        const Options& options);

}  // namespace cxkit::score
