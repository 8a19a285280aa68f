// Checklists (kind: checklist) from untrusted bytes, made into a sheet: a
// model or a located error, never a crash, a hang or another exception.
#include "fuzz.hpp"

#include <cxkit/checklist/checklist.hpp>
#include <cxkit/checklist/load.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cxkit;
  fuzz::expect_model_or_error(
      [&] {
        const auto checklist = checklist::parse_checklist(fuzz::as_text(data, size), "fuzz.yaml");
        const auto sheet = checklist::make_sheet(checklist);
        if (sheet.stages.size() != checklist.stages.size()) fuzz::fail("the sheet lost stages", "");
      },
      {"fuzz.yaml"});
  return 0;
}
