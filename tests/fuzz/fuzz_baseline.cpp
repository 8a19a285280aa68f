// A --baseline file (an earlier cx-score JSON report) from untrusted bytes:
// a model or a located error, never a crash, a hang or another exception;
// compared with a report, every output stays escaped.
#include "outputs.hpp"

#include <cxkit/job/score_job.hpp>
#include <cxkit/load/load.hpp>
#include <cxkit/report/score_report.hpp>
#include <cxkit/score/score.hpp>

#include <map>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cxkit;
  static const model::Questionnaire questionnaire = load::load_questionnaire(job::kDefaultQuestionnaire);
  static const score::Report scored = [] {
    model::Respondent r{"r1", {"fuzz.yaml", 1, 1}, {}};
    for (std::size_t i = 0; i < questionnaire.item_count(); ++i)
      r.answers.push_back({model::Answer::State::Value, 1 + static_cast<int>(i % 5)});
    return score::score(questionnaire, {r}, {});
  }();
  const std::string_view input = fuzz::as_text(data, size);
  fuzz::expect_model_or_error(
      [&] {
        const model::Baseline baseline = load::parse_baseline(input, "baseline.json");
        score::Report report = scored;
        score::compare(report, baseline);
        const std::map<std::string_view, fuzz::Format> kinds = {{"text", fuzz::Format::Text},
                                                                {"json", fuzz::Format::Json},
                                                                {"markdown", fuzz::Format::Markdown},
                                                                {"csv", fuzz::Format::Csv}};
        for (const auto& format : report::score_formats())
          fuzz::check_output(std::string("score ") + std::string(format.name), kinds.at(format.name),
                             format.write(report, {}), input);
      },
      {"baseline.json"});
  return 0;
}
