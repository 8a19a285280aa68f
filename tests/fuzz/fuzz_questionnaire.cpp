// Questionnaires (kind: questionnaire) from untrusted bytes: a model or a
// located error, never a crash, a hang or another exception.
#include "fuzz.hpp"

#include <cxkit/score/load.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cxkit;
  fuzz::expect_model_or_error(
      [&] {
        const auto q = score::parse_questionnaire(fuzz::as_text(data, size), "fuzz.yaml");
        if (q.sections.empty() || q.item_count() == 0) fuzz::fail("a questionnaire without items was accepted", q.id);
        if (q.scale.max <= q.scale.min) fuzz::fail("a questionnaire with an empty scale was accepted", q.id);
      },
      {"fuzz.yaml"});
  return 0;
}
