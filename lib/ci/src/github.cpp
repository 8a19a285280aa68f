#include <cxkit/ci/github.hpp>

#include "lines.hpp"

#include <cxkit/base/escape.hpp>

#include <fmt/format.h>

#include <array>

namespace cxkit::ci {

using base::github_message;
using base::github_property;

namespace {

// The annotation commands, indexed by Severity.
constexpr std::array<std::string_view, base::kSeverities> kCommand = {"notice", "warning", "error"};

// "file=...,line=...,col=...,title=...", leaving out what is unknown.
std::string properties(const base::Diagnostic& d) {
  std::vector<std::string> out;
  if (!d.where.file.empty()) out.push_back("file=" + github_property(d.where.file));
  if (d.where.line > 0) out.push_back(fmt::format("line={}", d.where.line));
  if (d.where.column > 0) out.push_back(fmt::format("col={}", d.where.column));
  const std::string title = d.subject.empty() ? d.rule : fmt::format("{} ({})", d.subject, d.rule);
  if (!title.empty()) out.push_back("title=" + github_property(title));
  return fmt::format("{}", fmt::join(out, ","));
}

}  // namespace

std::string github(const Run& run, const std::vector<base::Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics)
    if (!d.waiver)
      out += fmt::format("::{} {}::{}\n", kCommand[static_cast<std::size_t>(d.severity)], properties(d),
                         github_message(d.message + below(d)));
  if (!run.summary.empty())
    out += "::notice::" + github_message(run.tool.empty() ? run.summary : run.tool + ": " + run.summary) + "\n";
  if (!run.provenance.program.empty()) out += "::notice::" + github_message(base::provenance_text(run.provenance)) + "\n";
  return out;
}

}  // namespace cxkit::ci
