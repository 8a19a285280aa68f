#pragma once
// Scoring the self-assessment: section percents, the overall percent and
// the areas to improve, for one respondent or many. Pure logic over models;
// the contract is stated in README.md ("Scoring rules").
#include <cxkit/base/provenance.hpp>
#include <cxkit/score/baseline.hpp>
#include <cxkit/score/questionnaire.hpp>
#include <cxkit/score/responses.hpp>
#include <cxkit/score/percents.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cxkit::score {

enum class Method {
  Seed,  // the seed's "total divided by 5 x items": sum(w*v) / sum(w*max)
  Pomp,  // percent of maximum possible: sum(w*(v-min)) / sum(w*(max-min))
};
enum class Status { Scored, Skipped, NotApplicable };

std::string_view name(Method method);
std::string_view name(Status status);

struct Options {
  Method method = Method::Seed;
  // How many areas to improve to name.
  std::size_t improve = 3;
  // Count unanswered items as n/a (with a warning) instead of failing.
  bool allow_missing = false;
  // Against a baseline, a change counts as improved or worsened only when
  // it is more than this many percentage points (0 to 100).
  double min_change = 0;
};


struct ItemResult {
  std::string id;
  std::string text;
  std::size_t answered = 0;
  // Mean of the answers as scored (after reversal), on the scale; null when
  // nobody answered.
  std::optional<double> mean;
};

struct SectionResult {
  std::string id;
  std::string title;
  Status status = Status::Skipped;
  // Mean of the respondents' section percents; null unless scored.
  std::optional<double> percent;
  std::size_t answered = 0;  // answers given (not n/a), over all respondents
  std::size_t items = 0;     // items in the section
  Stats stats;               // over the respondents who scored the section
  // Cronbach's alpha over the respondents who answered every item of the
  // section (answers as scored, unweighted); null with fewer than 2 such
  // respondents, fewer than 2 items, or no variance in their totals.
  std::optional<double> alpha;
  std::size_t alpha_n = 0;
  // Items every such respondent answered the same (they add nothing to alpha).
  std::vector<std::string> zero_variance_items;
  std::vector<ItemResult> item_results;
  // With a baseline: its percent for this section and the change since.
  std::optional<double> baseline;
  std::optional<double> change;
};

// A bound the caller holds a report to (a CI gate), and how it went.
struct Threshold {
  enum class Of { Overall, Section };
  // The overall percent, or every scored section's percent.
  Of of = Of::Overall;
  double limit = 0;
  // Set by check(): the percent held to the limit (for sections the lowest,
  // `section` its id); null when nothing was scored.
  std::optional<double> value;
  std::string section;
  // The percent is not below the limit; an overall percent that is null is
  // below any limit, sections none of which is scored are not.
  bool passed = false;
};

std::string_view name(Threshold::Of of);

// One respondent's scores, as they are added.
struct RespondentScore {
  std::string id;
  std::vector<Status> status;                 // per section
  std::vector<std::optional<double>> percent;  // per section
  std::optional<double> overall;
};

struct Report {
  // The group's name (--group-by); empty for the whole.
  std::string group;
  // Whose answers these are (the responses' `client:`); set by the caller.
  std::string client;
  // When they were given (the responses' `date:`, YYYY-MM-DD, several joined
  // by ", "); set by the caller, shown in the header.
  std::string date;
  std::string questionnaire_id;
  std::string questionnaire_title;
  // The questionnaire's notice: how it differs from its paper form.
  std::string notice;
  Method method = Method::Seed;
  // The questionnaire's scale, so that a report read back as a baseline can
  // be checked against the run it is compared with.
  int scale_min = 0, scale_max = 0;
  std::size_t respondents = 0;
  std::optional<double> overall;  // mean of the respondents' overall percents
  Stats overall_stats;
  std::vector<SectionResult> sections;
  std::vector<std::size_t> improve;  // indices into sections, lowest percent first
  // Scored sections tied with the last of `improve` but left out by the
  // count asked for (indices, questionnaire order): the cut is named.
  std::vector<std::size_t> improve_tied;
  std::optional<Band> band;   // the band the overall percent falls in
  // What was read, and why what was read but not scored was skipped; set by
  // the caller (run()). Respondents of YAML files count as rows read.
  struct Rows {
    std::size_t read = 0;
    std::size_t survey = 0;      // of them, rows of survey exports (CSV)
    std::size_t no_answer = 0;   // survey rows with no answer at all (an empty export row)
    std::size_t bad = 0;         // rows with a bad or missing answer, skipped as asked
    std::size_t repeated = 0;    // rows left out for repeating a respondent id (keep-first, keep-last)
    std::size_t skipped() const { return no_answer + bad + repeated; }
  } rows;
  // Rows of survey exports whose respondent id an earlier row of the same
  // export gave (a form submitted twice), however they were scored.
  std::size_t repeated_ids = 0;
  // The first warnings (base::limits::kWarnings) and how many there were in all.
  std::vector<std::string> warnings;
  std::size_t warning_count = 0;
  // With --group-by: one report per group, in the order first seen.
  std::vector<Report> groups;
  // With a baseline: where it came from, its overall percent, the change,
  // and the scored sections that improved and worsened (indices) by more
  // than min_change points.
  double min_change = 0;
  std::string baseline_source;
  std::optional<double> baseline_overall;
  std::optional<double> overall_change;
  std::vector<std::size_t> improved;
  std::vector<std::size_t> worsened;
  // The thresholds the report was held to (check()), in the order given.
  std::vector<Threshold> thresholds;
  // What made it: run() gives the inputs and settings, the program its name,
  // version and time (empty program: none is printed).
  base::Provenance provenance;
};

// Adds respondents one at a time (memory does not grow with their number)
// and produces the report at the end. Everything it keeps is an exact
// integer count, so scorers fed parts of a survey in any order and merged
// give the same report to the last bit.
class Scorer {
 public:
  // Fast: each section of a few items keeps a count per pattern of answers
  // (one increment per section and respondent; up to a few hundred KiB).
  // Small: a few KiB, for the many scorers of --group-by.
  enum class Footprint { Small, Fast };
  Scorer(const Questionnaire& questionnaire, Options options, Footprint footprint = Footprint::Small);

  // Throws Error naming the respondent and the unanswered items when an
  // answer is missing and options.allow_missing is false; then nothing of
  // the respondent has been counted.
  RespondentScore add(const Respondent& respondent);
  // The same, reusing `out` (no allocation per respondent when streaming).
  void add(const Respondent& respondent, RespondentScore& out);
  // Streaming: one respondent's answers encoded (encode), one per
  // item in questionnaire order. Only for respondents without missing
  // answers (missing_answers() false), which need no error or warning; `out`
  // gets the section percents unless null, but not the id.
  void add(const AnswerCode* codes, RespondentScore* out);
  // The same for `n` respondents, without their scores: the rows rows[0, n)
  // of `codes` (item_count() codes a row), or its first n rows when null.
  void add(const AnswerCode* codes, std::size_t n, const std::uint32_t* rows = nullptr);
  // Whether an answer is missing outside a wholly skipped optional section.
  bool missing_answers(const AnswerCode* codes) const;
  // A warning from the caller (a skipped row), counted like the scorer's own.
  void warn(std::string warning);
  // Adds everything `other` (same questionnaire and options) has counted.
  void merge(const Scorer& other);
  Report finish() const;

 private:
  struct Layout;
  struct Outcome;
  // Sums for alpha: answers are small integers, so the sums are exact (in
  // 128 bits: a section's total reaches 10^6, its square 10^12 a respondent).
  struct Moments {
    __extension__ using Int128 = __int128;
    std::int64_t n = 0;
    Int128 sum = 0, squares = 0;
    void add(std::int64_t x, std::int64_t times) {
      n += times, sum += Int128{x} * times, squares += Int128{x} * x * times;
    }
    void merge(const Moments& o) { n += o.n, sum += o.sum, squares += o.squares; }
    double variance() const;  // sample variance; 0 below two values
  };

  double percent(std::int64_t got, std::int64_t wsum) const;
  Report report() const;  // once the patterns are folded in
  Outcome tally(std::size_t section, const AnswerCode* codes, std::uint64_t times);
  // add(codes, n, rows) with row(r) the codes of its r-th respondent.
  template <class Row>
  void add_rows(const Row& row, std::size_t n);
  // Adds pattern counts to the per-item counts and percents; the own ones
  // are then zeroed.
  void fold(const std::vector<std::vector<std::uint32_t>>& pattern_counts);
  void fold_patterns();
  // Adds what `from`'s overall_counts_ count to overall_ (`from` may be
  // this scorer).
  void fold_overall(const Scorer& from);
  Moments item_moments(std::size_t item, bool complete_only) const;
  std::vector<std::string> missing_items(const Respondent& r) const;

  const Questionnaire& q_;
  std::shared_ptr<const Layout> layout_;  // shared by copies
  Options options_;
  std::size_t respondents_ = 0;
  // Fast footprint: per section, respondents per pattern of answers
  // (empty for sections with too many patterns); folded in at the end.
  std::vector<std::vector<std::uint32_t>> pattern_counts_;
  std::uint32_t unfolded_ = 0;  // respondents in pattern_counts_ and overall_counts_
  // Fast footprint: respondents per (wsum, got) of the overall percent, when
  // the layout has overall cells; folded in at the end.
  std::vector<std::uint32_t> overall_counts_;
  // Per item and answer code (index item * codes + code): every answer,
  // and the answers of incomplete sections (left out of alpha).
  std::vector<std::uint64_t> item_counts_;
  std::vector<std::uint64_t> incomplete_counts_;
  std::vector<Moments> complete_;            // per section: totals of complete answers
  std::vector<PercentTally> percents_;           // per section: scored respondents
  std::vector<std::uint64_t> not_applicable_;  // per section: respondents with no answer but n/a
  PercentTally overall_;
  std::vector<std::string> warnings_;
  std::size_t warning_count_ = 0;
  std::vector<AnswerCode> codes_;  // scratch for add(Respondent)
};

// Adds the baseline's percents and the changes since to the report (and its
// groups). Sections are matched by id. A baseline of another questionnaire,
// method or scale throws Error at the baseline; one that does not give its
// scale (an older report) is compared with a warning saying so.
void compare(Report& report, const Baseline& baseline);

// Holds the report to each threshold and keeps them, with their values and
// results, in report.thresholds; true when every one passed.
bool check(Report& report, std::vector<Threshold> thresholds);

// Convenience: every respondent through a Scorer.
Report score(const Questionnaire& questionnaire, const std::vector<Respondent>& respondents,
             const Options& options);

}  // namespace cxkit::score
