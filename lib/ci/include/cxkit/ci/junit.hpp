#pragma once
// JUnit XML, for CI test reports: valid against the strict JUnit XSD.
#include <cxkit/base/diagnostic.hpp>
#include <cxkit/ci/run.hpp>

#include <string>
#include <vector>

namespace cxkit::ci {

// A testsuite: usually one input file and its diagnostics.
struct Suite {
  // Its name, and each test case's classname.
  std::string name;
  // The file it stands for; no file attribute when empty.
  std::string file;
  // Facts about the suite and the run ("period", "fail-on"), in order.
  std::vector<base::Property> properties;
  // One test case each, in the order given.
  std::vector<base::Diagnostic> cases;
};

// A test case per diagnostic, named by its subject (else its rule): skipped
// when waived, a failure when it fails the run, else passing with the
// diagnostic in its system-out.
std::string junit(const Run& run, const std::vector<Suite>& suites);

}  // namespace cxkit::ci
