#include "report_words.hpp"

#include <cxkit/base/i18n.hpp>
#include <cxkit/score/report.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace cxkit::score::words {

using base::tr;
using base::trf;

std::string_view method_description(Method method) {
  return method == Method::Seed ? tr("seed: sum of answers / (max x answered items)")
                                : tr("pomp: sum of (answer - min) / ((max - min) x answered items)");
}

std::string rows_line(const Report& r) {
  const Report::Rows& rows = r.rows;
  if (rows.survey == 0) return "";
  std::string out;
  if (rows.skipped() == 0) {
    out = base::trnf("{} row read, scored", "{} rows read, all scored", rows.read);
  } else {
    std::vector<std::string> reasons;
    if (rows.no_answer) reasons.push_back(base::trnf("{} gave no answer", "{} gave no answer", rows.no_answer));
    if (rows.bad)
      reasons.push_back(base::trnf("{} had a bad or missing answer", "{} had a bad or missing answer", rows.bad));
    if (rows.repeated)
      reasons.push_back(base::trnf("{} repeated an earlier row's respondent id", "{} repeated an earlier row's "
                              "respondent id", rows.repeated));
    out = base::trnf("{} of {} row skipped ({}); {} scored", "{} of {} rows skipped ({}); {} scored", rows.skipped(),
                     rows.skipped(), rows.read, fmt::join(reasons, ", "), rows.read - rows.skipped());
  }
  if (r.repeated_ids > 0 && rows.repeated == 0)
    out += " \u00b7 " + base::trnf("{} row repeats an earlier row's respondent id",
                              "{} rows repeat an earlier row's respondent id", r.repeated_ids);
  return out;
}

std::string heading(const Report& r) {
  std::string text = r.questionnaire_title;
  if (!r.client.empty()) text += " \u2014 " + r.client;
  if (!r.date.empty()) text += ", " + r.date;
  return text;
}

// name() stays the data of CSV and JSON.
std::string status_or_percent(const SectionResult& s) {
  switch (s.status) {
    case Status::Scored: return percent(s.percent);
    case Status::Skipped: return std::string(tr("skipped"));
    case Status::NotApplicable: return std::string(tr("not-applicable"));
  }
  return std::string(name(s.status));
}

bool is_improve(const Report& r, std::size_t section) {
  return std::find(r.improve.begin(), r.improve.end(), section) != r.improve.end();
}

std::string signed_change(const std::optional<double>& change) {
  return change ? fmt::format("{:+.1f}", *change) : "\u2014";
}

std::string item_mean(const ItemResult& item) {
  return item.mean ? fmt::format("{:.1f}", *item.mean) : std::string(tr("n/a"));
}

std::string tied_note(const Report& r, std::size_t rank, Escape title) {
  if (r.improve_tied.empty() || rank + 1 != r.improve.size()) return "";
  std::vector<std::string> names;
  for (auto i : r.improve_tied) names.push_back(title(r.sections[i].title));
  return " " + trf("(tied with {}: not listed)", fmt::join(names, ", "));
}

namespace {

// A change and the noise beside it: "+6.0 (n 5, SD 10.1)".
std::string change_with_spread(const std::optional<double>& change, const Stats& stats) {
  return trf("{} (n {}, SD {})", signed_change(change), stats.n,
             stats.sd ? fmt::format("{:.1f}", *stats.sd) : "\u2014");
}

// The sections' titles, each with its change.
std::string changes_of(const Report& r, const std::vector<std::size_t>& indices, Escape title) {
  std::vector<std::string> names;
  for (auto i : indices)
    names.push_back(title(r.sections[i].title) + " " + change_with_spread(r.sections[i].change, r.sections[i].stats));
  return names.empty() ? std::string(tr("none")) : fmt::format("{}", fmt::join(names, "; "));
}

// The sections with a change that counts as neither.
std::vector<std::size_t> unchanged(const Report& r) {
  std::vector<std::size_t> within;
  for (std::size_t s = 0; s < r.sections.size(); ++s)
    if (r.sections[s].change && std::find(r.improved.begin(), r.improved.end(), s) == r.improved.end() &&
        std::find(r.worsened.begin(), r.worsened.end(), s) == r.worsened.end())
      within.push_back(s);
  return within;
}

}  // namespace

std::vector<std::string> since_lines(const Report& r, Escape title) {
  std::vector<std::string> out = {
      trf("Since {} (a change counts when it is more than {:.1f} points; n and SD of this run):",
          title(r.baseline_source), r.min_change),
      trf("overall: {}", change_with_spread(r.overall_change, r.overall_stats)),
      trf("improved: {}", changes_of(r, r.improved, title)),
      trf("worsened: {}", changes_of(r, r.worsened, title))};
  if (const auto within = unchanged(r); !within.empty())
    out.push_back(trf("within {:.1f} points: {}", r.min_change, changes_of(r, within, title)));
  return out;
}

}  // namespace cxkit::score::words
