// The Scorer against the reference rules (cxkit/score/rules.hpp): the bytes
// choose a questionnaire and its answers (testing::random_case, as in
// tests/score/test_rules.cpp), which are scored by the rules, by a Scorer
// (Fast) fed one respondent at a time, and by two Scorers (Fast) fed a part
// each and merged. The three outcomes, reports or refusals, must agree as
// testing::difference says; anything else aborts.
#include "fuzz.hpp"
#include "../score/report_compare.hpp"

#include <cxkit/score/rules.hpp>
#include <cxkit/score/scorer.hpp>

namespace {

using namespace cxkit;

// Choices from the input: one byte below 256 choices, two below 65,536; 0
// once the input runs out, so every case ends.
struct Bytes {
  const std::uint8_t* at;
  const std::uint8_t* end;
  std::size_t operator()(std::size_t n) {
    std::size_t x = 0;
    for (std::size_t span = 1; span < n; span <<= 8) x = x << 8 | (at < end ? *at++ : 0u);
    return x % n;
  }
};

void agree(const testing::Outcome& reference, const testing::Outcome& scorer, const char* what,
           const testing::Case& c) {
  if (const std::string d = testing::difference(reference, scorer); !d.empty())
    fuzz::fail(what, d + testing::describe(c));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Bytes bytes{data, data + size};
  const testing::Case c = testing::random_case(bytes, "fuzz.csv", "fuzz.yaml");
  const auto& q = c.questionnaire;
  const auto reference = testing::outcome_of([&] { return score::reference_report(q, c.respondents, c.options); });
  const auto fast = testing::outcome_of([&] {
    score::Scorer scorer(q, c.options, score::Scorer::Footprint::Fast);
    for (const auto& r : c.respondents) scorer.add(r);
    return scorer.finish();
  });
  const auto merged = testing::outcome_of([&] {
    const auto footprint = score::Scorer::Footprint::Fast;
    score::Scorer first(q, c.options, footprint), second(q, c.options, footprint);
    const std::size_t half = size % (c.respondents.size() + 1);  // any split
    for (std::size_t r = 0; r < c.respondents.size(); ++r) (r < half ? first : second).add(c.respondents[r]);
    first.merge(second);
    return first.finish();
  });
  agree(reference, fast, "the Scorer (Fast) and the reference rules disagree", c);
  agree(reference, merged, "two Scorers (Fast) merged and the reference rules disagree", c);
  return 0;
}
