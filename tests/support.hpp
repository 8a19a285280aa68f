#pragma once
// Helpers shared by the unit tests.
#include <cxkit/base/error.hpp>

#include <functional>
#include <string>

namespace cxkit::testing {

// The whole diagnostic line the action throws as cxkit::Error, or
// "(no error)": tests assert entire messages, not fragments.
inline std::string error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace cxkit::testing
