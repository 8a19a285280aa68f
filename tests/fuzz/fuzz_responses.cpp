// Responses (kind: responses) from untrusted bytes, bound to the built-in
// questionnaire: a model or a located error, never a crash, a hang or
// another exception.
#include "fuzz.hpp"

#include <cxkit/score/run.hpp>
#include <cxkit/score/load.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cxkit;
  static const score::Questionnaire questionnaire = score::load_questionnaire(score::kDefaultQuestionnaire);
  fuzz::expect_model_or_error(
      [&] {
        const auto responses = score::parse_responses(fuzz::as_text(data, size), "fuzz.yaml");
        if (responses.respondents.empty()) fuzz::fail("responses without a respondent were accepted", "");
        const auto respondents = score::bind_answers(questionnaire, responses);
        for (const auto& r : respondents)
          if (r.answers.size() != questionnaire.item_count()) fuzz::fail("answers not one per item", r.id);
      },
      {"fuzz.yaml"});
  return 0;
}
