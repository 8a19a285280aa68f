// The CI formats over diagnostics, whole outputs: what each format makes of
// a waiver, a failure, help, a missing column, and values that need escaping.
#include <cxkit/ci/github.hpp>
#include <cxkit/ci/junit.hpp>
#include <cxkit/ci/sarif.hpp>

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using namespace cxkit;
using base::Severity;

namespace {

ci::Run run() {
  ci::Run r;
  r.tool = "cx-lint";
  r.version = "1.2.3";
  r.rules = {{"long-line", "Long line", "a line is too long", "Lines over 80 columns.", "Break the line.",
              Severity::Warning, {"style"}},
             {"tab", "Tab", "a tab", "", "", Severity::Note, {}}};
  r.fingerprint = "lineId/v1";
  r.summary = "2 findings\nsee the log";
  return r;
}

base::Diagnostic diagnostic(Location where, std::string rule, Severity severity, std::string message) {
  base::Diagnostic d;
  d.where = std::move(where);
  d.rule = std::move(rule);
  d.severity = severity;
  d.message = std::move(message);
  return d;
}

base::Diagnostic long_line() {
  auto d = diagnostic({"src/a b.txt", 3, 81}, "long-line", Severity::Error, "line 3 has 95 columns");
  d.subject = "line-3";
  d.excerpt = "<a & b>";
  d.fails = true;
  d.properties = {{"columns", 95LL}, {"owner", std::string("docs")}};
  return d;
}

base::Diagnostic tab() {
  auto d = diagnostic({"t.txt", 7, 0}, "tab", Severity::Note, "a tab, here");
  d.help = "use spaces";
  return d;
}

base::Diagnostic waived() {
  base::Diagnostic d = long_line();
  d.where.line = 9;
  d.subject = "line-9";
  d.waiver = "until 2027-01-01: generated";
  return d;
}

// The start of every SARIF log of run(), `more` lines after the driver's name.
std::string sarif_head(const std::string& more = "") {
  return R"({
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "cx-lint",
)" + more + R"(          "version": "1.2.3",
          "semanticVersion": "1.2.3",
)";
}

}  // namespace

TEST_SUITE_BEGIN("ci/sarif");

TEST_CASE("a SARIF log lists every rule and a result per unwaived diagnostic") {
  CHECK(ci::sarif(run(), {long_line(), waived(), tab()}) == sarif_head() + R"(          "rules": [
            {
              "id": "long-line",
              "name": "Long line",
              "shortDescription": {
                "text": "a line is too long"
              },
              "fullDescription": {
                "text": "Lines over 80 columns."
              },
              "help": {
                "text": "Break the line."
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "style"
                ]
              }
            },
            {
              "id": "tab",
              "shortDescription": {
                "text": "a tab"
              },
              "defaultConfiguration": {
                "level": "note"
              }
            }
          ]
        }
      },
      "results": [
        {
          "ruleId": "long-line",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "line-3: line 3 has 95 columns"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "src/a%20b.txt"
                },
                "region": {
                  "startLine": 3,
                  "startColumn": 81
                }
              }
            }
          ],
          "partialFingerprints": {
            "lineId/v1": "src/a b.txt#line-3"
          },
          "properties": {
            "columns": 95,
            "owner": "docs"
          }
        },
        {
          "ruleId": "tab",
          "ruleIndex": 1,
          "level": "note",
          "message": {
            "text": "a tab, here\nuse spaces"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "t.txt"
                },
                "region": {
                  "startLine": 7
                }
              }
            }
          ]
        }
      ]
    }
  ]
}
)");
}

TEST_CASE("a SARIF result of an unknown rule or of no file has no rule index or location") {
  auto d = diagnostic({}, "other", Severity::Warning, "in no file");
  d.subject = "x";
  ci::Run r = run();
  r.fingerprint.clear();
  r.rules.clear();
  CHECK(ci::sarif(r, {d}) == sarif_head() + R"(          "rules": []
        }
      },
      "results": [
        {
          "ruleId": "other",
          "level": "warning",
          "message": {
            "text": "x: in no file"
          }
        }
      ]
    }
  ]
}
)");
}

TEST_CASE("a SARIF driver has the tool's information URI, and no rule name that is its id in another case") {
  ci::Run r = run();
  r.information_uri = "file:///usr/share/doc/cx-lint/README.md";
  r.rules = {{"tab", "TAB", "a tab", "", "", Severity::Note, {}},
             {"long-line", "", "a long line", "", "", Severity::Note, {}}};
  const std::string uri = R"(          "informationUri": "file:///usr/share/doc/cx-lint/README.md",
)";
  CHECK(ci::sarif(r, {}) == sarif_head(uri) + R"(          "rules": [
            {
              "id": "tab",
              "shortDescription": {
                "text": "a tab"
              },
              "defaultConfiguration": {
                "level": "note"
              }
            },
            {
              "id": "long-line",
              "shortDescription": {
                "text": "a long line"
              },
              "defaultConfiguration": {
                "level": "note"
              }
            }
          ]
        }
      },
      "results": []
    }
  ]
}
)");
}

TEST_CASE("a rule's SARIF name is its kebab-case id in PascalCase") {
  CHECK(ci::pascal_case("eliminate-unnecessary-unfriendly-policy") == "EliminateUnnecessaryUnfriendlyPolicy");
  CHECK(ci::pascal_case("keep") == "Keep");
  CHECK(ci::pascal_case("a--b-") == "AB");
  CHECK(ci::pascal_case("") == "");
}

TEST_SUITE_END();

TEST_SUITE_BEGIN("ci/junit");

TEST_CASE("a JUnit report has a failure, a skipped and a passing test case as the diagnostics say") {
  ci::Suite first{"src/a b.txt", "src/a b.txt", {{"period", std::string("Q3 & Q4")}, {"runs", 2LL}},
                  {long_line(), waived()}};
  ci::Suite second{"more", "", {}, {tab()}};
  CHECK(ci::junit(run(), {first, second}) == R"(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="cx-lint" tests="3" failures="1" errors="0">
  <testsuite name="src/a b.txt" tests="2" failures="1" errors="0" skipped="1" file="src/a b.txt">
    <properties>
      <property name="period" value="Q3 &amp; Q4"/>
      <property name="runs" value="2"/>
    </properties>
    <testcase name="line-3" classname="src/a b.txt">
      <failure type="long-line" message="error: line 3 has 95 columns">src/a b.txt:3:81: error: line-3: line 3 has 95 columns
&lt;a &amp; b&gt;</failure>
    </testcase>
    <testcase name="line-9" classname="src/a b.txt">
      <skipped message="until 2027-01-01: generated"/>
    </testcase>
  </testsuite>
  <testsuite name="more" tests="1" failures="0" errors="0" skipped="0">
    <testcase name="tab" classname="more">
      <system-out>t.txt:7: note: a tab, here
use spaces</system-out>
    </testcase>
  </testsuite>
</testsuites>
)");
}

TEST_CASE("a JUnit report of no suite is an empty testsuites") {
  CHECK(ci::junit(run(), {}) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<testsuites name=\"cx-lint\" tests=\"0\" failures=\"0\" errors=\"0\">\n"
                                "</testsuites>\n");
}

TEST_SUITE_END();

TEST_SUITE_BEGIN("ci/github");

TEST_CASE("GitHub gets an annotation per unwaived diagnostic, then the summary") {
  CHECK(ci::github(run(), {long_line(), waived(), tab()}) ==
        "::error file=src/a b.txt,line=3,col=81,title=line-3 (long-line)::line 3 has 95 columns%0A<a & b>\n"
        "::notice file=t.txt,line=7,title=tab::a tab, here%0Ause spaces\n"
        "::notice::cx-lint: 2 findings%0Asee the log\n");
}

TEST_CASE("GitHub properties and messages cannot start another command") {
  auto d = diagnostic({"a,b:c.txt", 1, 2}, "r", Severity::Warning, "100% done\n::set-env name=X::1");
  d.subject = "x,y";
  ci::Run r = run();
  r.tool.clear();
  r.summary = "done\r\n::error::no";
  CHECK(ci::github(r, {d}) == "::warning file=a%2Cb%3Ac.txt,line=1,col=2,title=x%2Cy (r)::100%25 done%0A::set-env "
                              "name=X::1\n::notice::done%0D%0A::error::no\n");
}

TEST_SUITE_END();
