#include <cxkit/ci/junit.hpp>

#include "lines.hpp"

#include <cxkit/base/escape.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <variant>

namespace cxkit::ci {

using base::xml;

namespace {

std::string value(const base::Property& p) {
  return std::visit([](const auto& v) { return fmt::format("{}", v); }, p.value);
}

std::string testcase(const Suite& suite, const base::Diagnostic& d) {
  std::string out = fmt::format("    <testcase name=\"{}\" classname=\"{}\">\n",
                                xml(d.subject.empty() ? d.rule : d.subject), xml(suite.name));
  const std::string severity(name(d.severity));
  const std::string detail = fmt::format("{}: {}: {}{}", to_string(d.where), severity, headed(d), below(d));
  if (d.waiver)
    out += fmt::format("      <skipped message=\"{}\"/>\n", xml(*d.waiver));
  else if (d.fails)
    out += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", xml(d.rule),
                       xml(severity + ": " + d.message), xml(detail));
  else
    out += fmt::format("      <system-out>{}</system-out>\n", xml(detail));
  return out + "    </testcase>\n";
}

std::string testsuite(const Suite& suite, std::size_t failures) {
  const auto skipped =
      std::count_if(suite.cases.begin(), suite.cases.end(), [](const auto& d) { return d.waiver.has_value(); });
  std::string out = fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\"",
                                xml(suite.name), suite.cases.size(), failures, skipped);
  if (!suite.file.empty()) out += fmt::format(" file=\"{}\"", xml(suite.file));
  out += ">\n";
  if (!suite.properties.empty()) {
    out += "    <properties>\n";
    for (const auto& p : suite.properties)
      out += fmt::format("      <property name=\"{}\" value=\"{}\"/>\n", xml(p.name), xml(value(p)));
    out += "    </properties>\n";
  }
  for (const auto& d : suite.cases) out += testcase(suite, d);
  return out + "  </testsuite>\n";
}

}  // namespace

std::string junit(const Run& run, const std::vector<Suite>& given) {
  // With a provenance, each suite says what made it and its file's SHA-256.
  std::vector<Suite> suites = given;
  if (const auto& p = run.provenance; !p.program.empty())
    for (auto& suite : suites) {
      suite.properties.push_back({"made-by", p.program + " " + p.version});
      suite.properties.push_back({"made", p.made});
      for (const auto& input : p.inputs)
        if (input.file == suite.file) suite.properties.push_back({"sha256", input.sha256});
    }
  std::string body;
  std::size_t tests = 0, failures = 0;
  for (const auto& suite : suites) {
    const auto failed = static_cast<std::size_t>(
        std::count_if(suite.cases.begin(), suite.cases.end(), [](const auto& d) { return d.fails && !d.waiver; }));
    body += testsuite(suite, failed);
    tests += suite.cases.size();
    failures += failed;
  }
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n{}</testsuites>\n",
                     xml(run.tool), tests, failures, body);
}

}  // namespace cxkit::ci
