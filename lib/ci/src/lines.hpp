#pragma once
// How the writers put a diagnostic's text together.
#include <cxkit/base/diagnostic.hpp>

#include <string>

namespace cxkit::ci {

// "subject: message", or the message alone.
inline std::string headed(const base::Diagnostic& d) {
  return d.subject.empty() ? d.message : d.subject + ": " + d.message;
}

// The lines under the message: the excerpt, then the help (each when set).
inline std::string below(const base::Diagnostic& d) {
  std::string out;
  if (d.excerpt) out += "\n" + *d.excerpt;
  if (!d.help.empty()) out += "\n" + d.help;
  return out;
}

}  // namespace cxkit::ci
