#pragma once
// The differential harness of the reference rules (cxkit/score/rules.hpp),
// shared by tests/score/test_rules.cpp and tests/fuzz/fuzz_rules.cpp: random
// cases drawn from any source of choices, what one side made of a case (a
// report or a refusal), and the one comparison of two outcomes.
#include <cxkit/base/error.hpp>
#include <cxkit/score/rules.hpp>
#include <cxkit/score/scorer.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cxkit::testing {

struct Case {
  score::Questionnaire questionnaire;
  std::vector<score::Respondent> respondents;
  score::Options options;
};

// A questionnaire and its answers with everything the rules speak of:
// weights, reverse items, n/a, missing answers (usually allowed), optional
// sections wholly skipped, scales other than 1..5, respondents answering
// alike, bands, both methods. `pick(n)` gives a std::size_t in [0, n): a seeded
// generator in the test, the input's bytes in the fuzzer (0 once they run
// out). Respondent i is at line i + 2 of `source`, as in a CSV export, and the
// scale at line 5 of `questionnaire_source`, as the test writes it.
template <class Pick>
Case random_case(Pick&& pick, const std::string& source, const std::string& questionnaire_source) {
  using State = score::Answer::State;
  static constexpr std::array<std::array<int, 2>, 11> kScales = {
      {{1, 5}, {1, 5}, {1, 7}, {0, 10}, {-3, 3}, {-2, 2}, {-10, -2}, {-4, 0}, {0, 1}, {2, 3}, {-1000, 1000}}};
  // Inner edges of bands; bands cover 0 to 100 (the loader refuses gaps).
  static constexpr std::array<double, 7> kEdges = {20, 37.5, 50, 60, 62.5, 75, 80};
  Case c;
  c.options.method = pick(2) ? score::Method::Pomp : score::Method::Seed;
  c.options.improve = pick(5);
  c.options.allow_missing = pick(4) != 0;
  score::Questionnaire& q = c.questionnaire;
  q.id = "random";
  q.title = "Random";
  const auto& scale = kScales[pick(kScales.size())];
  // Where the questionnaire file the engine reads holds its scale (line 5).
  q.scale = {scale[0], scale[1], {}, {}, {questionnaire_source, 5, 8}, {}};
  // The seed method on a scale ending at or below 0 is refused by both
  // (check_method), at the scale.
  const std::size_t sections = 1 + pick(4);
  for (std::size_t s = 1; s <= sections; ++s) {
    score::Section section{fmt::format("s{}", s), fmt::format("Section {}", s), pick(3) == 0, "", {}};
    const std::size_t items = 1 + pick(pick(4) ? 4 : 7);
    for (std::size_t i = 1; i <= items; ++i) {
      // Whole weights, light and heavy, and decimal ones (thousandths).
      static constexpr double kDecimal[] = {0.5, 1.5, 0.25, 0.001, 2.125, 999.999};
      const double weight = pick(4)   ? 1
                            : pick(3) ? 2 + static_cast<int>(pick(9))
                            : pick(2) ? 1000 - static_cast<int>(pick(3))
                                      : kDecimal[pick(6)];
      const bool reverse = pick(4) == 0;
      section.items.push_back({fmt::format("s{}-i{}", s, i), fmt::format("Item {}.{}", s, i), reverse, weight, ""});
    }
    q.sections.push_back(std::move(section));
  }
  if (pick(3)) {
    std::vector<double> edges = {0};
    for (const double edge : kEdges)
      if (pick(2)) edges.push_back(edge);
    edges.push_back(100);
    for (std::size_t i = 0; i + 1 < edges.size(); ++i)
      q.bands.push_back({edges[i], edges[i + 1], fmt::format("Band {}", i + 1), ""});
  }

  const auto span = static_cast<std::size_t>(q.scale.max - q.scale.min + 1);
  const auto value = [&] { return score::Answer{State::Value, q.scale.min + static_cast<int>(pick(span))}; };
  const std::size_t people = pick(8);
  for (std::size_t r = 0; r < people; ++r) {
    score::Respondent person{fmt::format("r{}", r + 1), {source, static_cast<int>(r) + 2, 0}, {}};
    std::size_t first = 0;
    for (const auto& section : q.sections) {
      const std::size_t mode = pick(8);
      const score::Answer alike = value();
      for (std::size_t i = 0; i < section.items.size(); ++i) {
        const std::size_t x = pick(16);
        if (mode == 0 && section.optional) person.answers.emplace_back();  // skipped
        else if (mode == 1 && r > 0) person.answers.push_back(c.respondents.back().answers[first + i]);
        else if (mode == 2 || x < 2) person.answers.push_back({State::NotApplicable, 0});
        else if (mode == 3) person.answers.push_back(alike);
        else if (x == 2 && (c.options.allow_missing || pick(8) == 0)) person.answers.emplace_back();  // missing
        else person.answers.push_back(value());
      }
      first += section.items.size();
    }
    c.respondents.push_back(std::move(person));
  }
  return c;
}

// The case in a few lines, to reproduce a disagreement: each respondent's
// answers per section, `.` missing, `n` n/a.
inline std::string describe(const Case& c) {
  const auto& q = c.questionnaire;
  std::string text = fmt::format("method {}, improve {}, allow_missing {}; scale {}..{}; bands",
                                 score::name(c.options.method), c.options.improve, c.options.allow_missing, q.scale.min,
                                 q.scale.max);
  for (const auto& band : q.bands) text += fmt::format(" [{}, {})", band.from, band.to);
  for (const auto& section : q.sections) {
    text += fmt::format("\n{}{}:", section.id, section.optional ? " (optional)" : "");
    for (const auto& item : section.items)
      text += fmt::format(" {}{}{}", item.id, item.weight == 1 ? "" : fmt::format(" w{}", item.weight),
                          item.reverse ? " reverse" : "");
  }
  for (const auto& r : c.respondents) {
    text += "\n" + r.id + ":";
    std::size_t next = 0;
    for (const auto& section : q.sections) {
      text += " |";
      for (std::size_t i = 0; i < section.items.size(); ++i, ++next) {
        const auto& a = r.answers[next];
        text += a.state == score::Answer::State::Missing         ? " ."
                : a.state == score::Answer::State::NotApplicable ? " n"
                                                                 : fmt::format(" {}", a.value);
      }
    }
  }
  return text;
}

// What one side made of a case: a report, or a refusal at a location.
struct Outcome {
  std::optional<score::Report> report;
  std::string refused_at;
};

template <class Fn>
Outcome outcome_of(Fn&& fn) {
  try {
    return {fn(), ""};
  } catch (const Error& e) {
    return {std::nullopt, to_string(e.where())};
  }
}

// Floating values agree to within 1e-9 relative: the engine sums exactly in
// integers and in a fixed order, the reference adds doubles in respondent
// order, so last-bit differences of another summation order are the only
// difference allowed. A value near 0 (alpha, a standard deviation) comes out
// of a cancellation, so its error is relative to the operands, which are of
// order 1 or more: hence the floor of 1.
inline bool close(double a, double b) {
  return a == b || std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

// Whether a last-bit difference in p may round p * 1e9 (the ranking's key:
// nine decimals) either way: p * 1e9 is within 1e-12 relative of a half.
inline bool at_rounding_edge(double p) {
  const double key = p * 1e9;
  return std::abs(key - std::floor(key) - 0.5) <= 1e-3 * std::max(1.0, std::abs(p));
}

// Whether the overall percent is at an edge of the band, where a last-bit
// difference may fall on either side of it.
inline bool at_band_edge(const std::optional<double>& overall, const std::optional<score::Band>& band) {
  return overall && band && (close(*overall, band->from) || close(*overall, band->to));
}

// The differences between two reports, one per line; empty when they agree:
// every count, status, id, order and band identical, every floating value
// close(). The last bits may still put an overall percent at a band's edge
// on the other side of it, or a percent at a rounding edge of the nine
// decimals into another rank: only there may the band or the areas to
// improve differ. Warnings are compared by their count (the reference does
// not word them); baselines and groups are not in these reports.
class ReportDiff {
 public:
  ReportDiff(const score::Report& a, const score::Report& b) {
    exact("questionnaire", a.questionnaire_id + "/" + a.questionnaire_title,
          b.questionnaire_id + "/" + b.questionnaire_title);
    exact("group/client", a.group + "/" + a.client, b.group + "/" + b.client);
    exact("method", std::string(score::name(a.method)), std::string(score::name(b.method)));
    exact("scale", fmt::format("{}..{}", a.scale_min, a.scale_max), fmt::format("{}..{}", b.scale_min, b.scale_max));
    exact("min_change", a.min_change, b.min_change);
    exact("respondents", a.respondents, b.respondents);
    exact("warning_count", a.warning_count, b.warning_count);
    exact("groups", a.groups.size(), b.groups.size());
    number("overall", a.overall, b.overall);
    stats("overall_stats", a.overall_stats, b.overall_stats);
    exact("sections", a.sections.size(), b.sections.size());
    for (std::size_t s = 0; s < std::min(a.sections.size(), b.sections.size()); ++s)
      section(fmt::format("sections[{}]", s), a.sections[s], b.sections[s]);
    if (!improve_agrees(a, b)) differ("improve", joined(a.improve), joined(b.improve));
    if (!ties_agree(a, b))
      differ("improve_tied", joined(a.improve_tied), joined(b.improve_tied));
    const auto band = [](const std::optional<score::Band>& x) {
      return x ? fmt::format("{} [{}, {})", x->label, x->from, x->to) : std::string("none");
    };
    // Other bands only for an overall percent at the edge between them.
    const bool at_edge = (!a.band || at_band_edge(a.overall, a.band)) && (!b.band || at_band_edge(a.overall, b.band));
    if (band(a.band) != band(b.band) && !(at_edge && a.overall && b.overall && close(*a.overall, *b.overall)))
      differ("band", band(a.band), band(b.band));
  }
  const std::string& text() const { return text_; }

 private:
  void differ(const std::string& what, const std::string& a, const std::string& b) {
    text_ += fmt::format("{}: {} vs {}\n", what, a, b);
  }
  template <class List>
  static std::string joined(const List& list) {
    return fmt::format("{}", fmt::join(list, ","));
  }
  template <class T>
  void exact(const std::string& what, const T& a, const T& b) {
    if (!(a == b)) differ(what, fmt::format("{}", a), fmt::format("{}", b));
  }
  void number(const std::string& what, std::optional<double> a, std::optional<double> b) {
    const auto show = [](std::optional<double> x) { return x ? fmt::format("{:.17g}", *x) : std::string("null"); };
    if (a.has_value() != b.has_value() || (a && !close(*a, *b))) differ(what, show(a), show(b));
  }
  void stats(const std::string& what, const score::Stats& a, const score::Stats& b) {
    exact(what + ".n", a.n, b.n);
    number(what + ".mean", a.mean, b.mean);
    number(what + ".min", a.min, b.min);
    number(what + ".max", a.max, b.max);
    number(what + ".sd", a.sd, b.sd);
  }
  void section(const std::string& what, const score::SectionResult& a, const score::SectionResult& b) {
    exact(what + ".id", a.id + "/" + a.title, b.id + "/" + b.title);
    exact(what + ".status", std::string(score::name(a.status)), std::string(score::name(b.status)));
    number(what + ".percent", a.percent, b.percent);
    exact(what + ".answered", a.answered, b.answered);
    exact(what + ".items", a.items, b.items);
    stats(what + ".stats", a.stats, b.stats);
    number(what + ".alpha", a.alpha, b.alpha);
    exact(what + ".alpha_n", a.alpha_n, b.alpha_n);
    exact(what + ".zero_variance_items", joined(a.zero_variance_items), joined(b.zero_variance_items));
    number(what + ".baseline", a.baseline, b.baseline);
    number(what + ".change", a.change, b.change);
    exact(what + ".item_results", a.item_results.size(), b.item_results.size());
    for (std::size_t i = 0; i < std::min(a.item_results.size(), b.item_results.size()); ++i) {
      const auto &x = a.item_results[i], &y = b.item_results[i];
      const std::string at = fmt::format("{}.item_results[{}]", what, i);
      exact(at + ".id", x.id + "/" + x.text, y.id + "/" + y.text);
      exact(at + ".answered", x.answered, y.answered);
      number(at + ".mean", x.mean, y.mean);
    }
  }
  // The same sections in the same order, but where a section's percent is at
  // a rounding edge of the nine decimals that make ties.
  static bool improve_agrees(const score::Report& a, const score::Report& b) {
    if (a.improve.size() != b.improve.size()) return false;
    const auto edge = [](const score::Report& r, std::size_t s) {
      return s < r.sections.size() && r.sections[s].percent && at_rounding_edge(*r.sections[s].percent);
    };
    for (std::size_t i = 0; i < a.improve.size(); ++i)
      if (a.improve[i] != b.improve[i] && !edge(a, a.improve[i]) && !edge(a, b.improve[i])) return false;
    return true;
  }
  // The same cut ties, but where a percent is at a rounding edge.
  static bool ties_agree(const score::Report& a, const score::Report& b) {
    if (a.improve_tied == b.improve_tied) return true;
    return std::any_of(a.sections.begin(), a.sections.end(), [](const score::SectionResult& s) {
      return s.percent && at_rounding_edge(*s.percent);
    });
  }
  std::string text_;
};

// The differences between two outcomes of one case; empty when they agree.
inline std::string difference(const Outcome& expected, const Outcome& actual) {
  if (expected.report && actual.report) return ReportDiff(*expected.report, *actual.report).text();
  const auto show = [](const Outcome& o) { return o.report ? std::string("a report") : "refused at " + o.refused_at; };
  if (show(expected) == show(actual)) return "";
  return fmt::format("outcome: {} vs {}\n", show(expected), show(actual));
}

}  // namespace cxkit::testing
