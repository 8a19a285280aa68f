// A --baseline file (an earlier cx-score JSON report) from untrusted bytes:
// a model or a located error, never a crash, a hang or another exception;
// compared with a report, every output stays escaped.
#include "outputs.hpp"

#include <cxkit/score/run.hpp>
#include <cxkit/score/load.hpp>
#include <cxkit/score/report.hpp>
#include <cxkit/score/scorer.hpp>

#include <map>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cxkit;
  static const score::Questionnaire questionnaire = score::load_questionnaire(score::kDefaultQuestionnaire);
  static const score::Report scored = [] {
    score::Respondent r{"r1", {"fuzz.yaml", 1, 1}, {}};
    for (std::size_t i = 0; i < questionnaire.item_count(); ++i)
      r.answers.push_back({score::Answer::State::Value, 1 + static_cast<int>(i % 5)});
    return score::score(questionnaire, {r}, {});
  }();
  const std::string_view input = fuzz::as_text(data, size);
  fuzz::expect_model_or_error(
      [&] {
        const score::Baseline baseline = score::parse_baseline(input, "baseline.json");
        score::Report report = scored;
        score::compare(report, baseline);
        for (const auto& format : score::score_formats())
          fuzz::check_output(std::string("score ") + std::string(format.name), format.media,
                             format.write(report, {}), input);
      },
      {"baseline.json"});
  return 0;
}
