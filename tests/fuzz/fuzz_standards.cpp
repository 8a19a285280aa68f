// Standards files (kind: standards) from untrusted bytes, linted and written
// in every format: a model or a located error, never a crash, a hang or
// another exception, and every output escaped (outputs.hpp).
#include "outputs.hpp"

#include <cxkit/standards/lint.hpp>
#include <cxkit/standards/load.hpp>
#include <cxkit/standards/report.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cxkit;
  static const standards::Workbook workbook = standards::builtin_workbook();
  const std::string_view input = fuzz::as_text(data, size);
  fuzz::expect_model_or_error(
      [&] {
        const auto set = standards::parse_standards(input, "fuzz.yaml", workbook);
        const auto result = standards::lint({set}, workbook, {});
        if (result.standards.size() != set.standards.size()) fuzz::fail("the lint lost standards", "");
        const standards::StandardsStyle style{false, "cx-standards", "--fail-on", "a4", "2026-11-23"};
        for (const auto& format : standards::lint_formats())
          fuzz::check_output(std::string("standards ") + std::string(format.name), format.media,
                             format.write(result, style), input);
        // The starting file for an organisation named by the input loads.
        standards::parse_standards(standards::starting_file(workbook, set.organisation, "cx-standards"), "new.yaml",
                                   workbook);
      },
      {"fuzz.yaml"});
  return 0;
}
