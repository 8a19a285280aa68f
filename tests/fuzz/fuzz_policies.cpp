// Policy inventories (kind: policies) from untrusted bytes, then audited: a
// result or a located error, never a crash, a hang or another exception.
#include "fuzz.hpp"

#include <cxkit/audit/audit.hpp>
#include <cxkit/audit/load.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cxkit;
  fuzz::expect_model_or_error(
      [&] {
        const auto set = audit::parse_policies(fuzz::as_text(data, size), "fuzz.yaml");
        audit::Options options;
        options.today = "2026-11-23";
        const auto result = audit::audit({set}, options);
        if (result.policies.size() != set.policies.size()) fuzz::fail("the audit lost policies", "");
      },
      {"fuzz.yaml"});
  return 0;
}
