// Responses (kind: responses) from untrusted bytes, bound to the built-in
// questionnaire: a model or a located error, never a crash, a hang or
// another exception.
#include "fuzz.hpp"

#include <cxkit/job/score_job.hpp>
#include <cxkit/load/load.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cxkit;
  static const model::Questionnaire questionnaire = load::load_questionnaire(job::kDefaultQuestionnaire);
  fuzz::expect_model_or_error(
      [&] {
        const auto responses = load::parse_responses(fuzz::as_text(data, size), "fuzz.yaml");
        if (responses.respondents.empty()) fuzz::fail("responses without a respondent were accepted", "");
        const auto respondents = load::bind_answers(questionnaire, responses);
        for (const auto& r : respondents)
          if (r.answers.size() != questionnaire.item_count()) fuzz::fail("answers not one per item", r.id);
      },
      {"fuzz.yaml"});
  return 0;
}
