// Loading policy inventories: what is read, and every input error as the
// user sees it (file:line:col: error: what is wrong: what is expected).
#include <cxkit/audit/load.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

using cxkit::audit::parse_policies;

namespace {

const std::string kHead = "kind: policies\nversion: 1\npolicies:\n";

std::string error_of(const std::string& text) {
  try {
    parse_policies(text, "p.yaml");
  } catch (const cxkit::Error& e) {
    return e.what();
  }
  return "no error";
}

// An inventory with one policy whose lines (after `- id: a`) are `rest`.
std::string one_policy(const std::string& rest) { return kHead + "  - id: a\n    text: T\n" + rest; }

}  // namespace

TEST_SUITE_BEGIN("audit/load");

TEST_CASE("a policy is read with every field and its position") {
  const auto set = parse_policies(R"(kind: policies
version: 1
organisation: Sparkle Commercial Cleaning
period: "2026-Q3"
policies:
  - id: no-windows
    text: We don't clean windows.
    friendly: false
    necessary: false
    basis: ""
    explanation: ""
    complaints: 14
    owner: operations
    waiver: {reason: "new crew in spring", until: 2027-03-31}
  - id: no-heavy-furniture
    text: Crews do not move furniture heavier than 20 kg.
)",
                                  "sparkle.yaml");
  CHECK(set.source == "sparkle.yaml");
  CHECK(set.organisation == "Sparkle Commercial Cleaning");
  CHECK(set.period == "2026-Q3");
  REQUIRE(set.policies.size() == 2);
  const auto& p = set.policies[0];
  CHECK(p.id == "no-windows");
  CHECK(p.text == "We don't clean windows.");
  CHECK(p.friendly == false);
  CHECK(p.necessary == false);
  CHECK(p.basis.empty());
  CHECK(p.complaints == 14);
  CHECK(p.owner == "operations");
  REQUIRE(p.waiver);
  CHECK(p.waiver->reason == "new crew in spring");
  CHECK(p.waiver->until == "2027-03-31");
  CHECK(cxkit::to_string(p.where) == "sparkle.yaml:6:5");
  CHECK(cxkit::to_string(p.waiver->where) == "sparkle.yaml:14:13");

  const auto& unclassified = set.policies[1];
  CHECK_FALSE(unclassified.friendly.has_value());
  CHECK_FALSE(unclassified.necessary.has_value());
  CHECK(unclassified.complaints == 0);
  CHECK_FALSE(unclassified.waiver);
}

TEST_CASE("friendly and necessary written as null are not yet classified") {
  const auto set = parse_policies(one_policy("    friendly: ~\n    necessary: null\n"), "p.yaml");
  CHECK_FALSE(set.policies[0].friendly.has_value());
  CHECK_FALSE(set.policies[0].necessary.has_value());
}

TEST_CASE("organisation and period are optional") {
  const auto set = parse_policies(one_policy(""), "p.yaml");
  CHECK(set.organisation.empty());
  CHECK(set.period.empty());
}

TEST_CASE("the document must be a policies inventory") {
  CHECK(error_of("kind: questionnaire\nversion: 1\n") == "p.yaml:1:7: error: kind is 'questionnaire': expected kind: policies");
  CHECK(error_of("version: 1\npolicies: []\n") == "p.yaml:1:1: error: the document has no 'kind': expected kind: policies");
  CHECK(error_of("kind: policies\nversion: 2\n") ==
        "p.yaml:2:10: error: 'version' is 2: expected a whole number from 1 to 1");
  CHECK(error_of("") == "p.yaml:1:1: error: the file is empty: expected a YAML mapping with kind: and version:");
  CHECK(error_of(kHead) == "p.yaml:1:1: error: the inventory has no 'policies': expected a list of policies, each "
                           "with an id: and a text:");
  CHECK(error_of("kind: policies\nversion: 1\npolicies: []\n") ==
        "p.yaml:3:11: error: 'policies' has 0 entries: expected at least 1");
}

TEST_CASE("unknown keys are refused with a suggestion") {
  CHECK(error_of("kind: policies\nversion: 1\norganization: X\npolicies:\n  - id: a\n    text: T\n") ==
        "p.yaml:3:1: error: unknown key 'organization' in the inventory (did you mean 'organisation'?); expected "
        "one of: kind, version, organisation, period, policies");
  CHECK(error_of(one_policy("    frendly: true\n")) ==
        "p.yaml:6:5: error: unknown key 'frendly' in a policy (did you mean 'friendly'?); expected one of: id, "
        "text, friendly, necessary, basis, explanation, complaints, owner, waiver");
  CHECK(error_of(one_policy("    waiver: {reason: x, until: 2027-01-01, by: me}\n")) ==
        "p.yaml:6:44: error: unknown key 'by' in the waiver; expected one of: reason, until");
}

TEST_CASE("wrong types say what was expected") {
  CHECK(error_of(one_policy("    friendly: yes\n")) == "p.yaml:6:15: error: 'friendly' is 'yes': expected true or false");
  CHECK(error_of(one_policy("    necessary: \"true\"\n")) ==
        "p.yaml:6:16: error: 'necessary' is 'true': expected true or false");
  CHECK(error_of(one_policy("    owner: [a, b]\n")) == "p.yaml:6:12: error: 'owner' is a list: expected text");
  CHECK(error_of(kHead + "  - just text\n") == "p.yaml:4:5: error: a policy is 'just text': expected a mapping");
  CHECK(error_of(kHead + "  - id: a\n") == "p.yaml:4:5: error: a policy has no 'text': expected a value for it");
  CHECK(error_of(kHead + "  - id: a b\n    text: T\n") ==
        "p.yaml:4:9: error: 'id' is 'a b': expected an id of 1 to 64 letters, digits, '-', '_' or '.'");
  CHECK(error_of("kind: policies\nversion: 1\npolicies: {a: 1}\n") ==
        "p.yaml:3:11: error: 'policies' is a mapping: expected a list");
}

TEST_CASE("ids are unique within a file") {
  CHECK(error_of(kHead + "  - id: a\n    text: T\n  - id: a\n    text: U\n") ==
        "p.yaml:6:5: error: duplicate policy id 'a' (first used on line 4): expected each id once");
}

TEST_CASE("every model error of an inventory is reported, each policy on its own") {
  CHECK(error_of("kind: policies\nversion: 1\norganization: Northgate Clinic\npolicies:\n"
                 "  - id: no-walk-ins\n    text: We do not see patients without an appointment.\n    friendly: maybe\n"
                 "  - id: cash-only\n    text: The pharmacy desk takes cash only.\n    complaints: many\n"
                 "  - id: no-walk-ins\n    text: Walk-ins wait in the hall.\n    necessary: sometimes\n"
                 "  - id: forms-by-fax\n    text: Referral forms come by fax.\n    waiver: {until: 2027-01-01}\n") ==
        "p.yaml:3:1: error: unknown key 'organization' in the inventory (did you mean 'organisation'?); expected "
        "one of: kind, version, organisation, period, policies\n"
        "p.yaml:7:15: error: 'friendly' is 'maybe': expected true or false\n"
        "p.yaml:10:17: error: 'complaints' is 'many': expected a whole number\n"
        "p.yaml:11:5: error: duplicate policy id 'no-walk-ins' (first used on line 5): expected each id once\n"
        "p.yaml:13:16: error: 'necessary' is 'sometimes': expected true or false\n"
        "p.yaml:16:13: error: the waiver has no 'reason': expected why the finding is accepted, e.g. reason: "
        "\"replacement system goes live in Q1\"");
}

TEST_CASE("complaints are a whole number from 0") {
  CHECK(parse_policies(one_policy("    complaints: 0\n"), "p.yaml").policies[0].complaints == 0);
  CHECK(parse_policies(one_policy("    complaints: 1000000000\n"), "p.yaml").policies[0].complaints == 1'000'000'000);
  CHECK(error_of(one_policy("    complaints: -1\n")) ==
        "p.yaml:6:17: error: 'complaints' is -1: expected a whole number from 0 to 1000000000");
  CHECK(error_of(one_policy("    complaints: 1000000001\n")) ==
        "p.yaml:6:17: error: 'complaints' is 1000000001: expected a whole number from 0 to 1000000000");
  CHECK(error_of(one_policy("    complaints: 2.5\n")) ==
        "p.yaml:6:17: error: 'complaints' is '2.5': expected a whole number");
  CHECK(error_of(one_policy("    complaints: 99999999999999999999\n")) ==
        "p.yaml:6:17: error: 'complaints' is 99999999999999999999: expected a whole number from 0 to 1000000000");
}

TEST_CASE("a waiver needs a reason and a real end date") {
  CHECK(error_of(one_policy("    waiver: {until: 2027-01-01}\n")) ==
        "p.yaml:6:13: error: the waiver has no 'reason': expected why the finding is accepted, e.g. reason: "
        "\"replacement system goes live in Q1\"");
  CHECK(error_of(one_policy("    waiver: {reason: \"  \", until: 2027-01-01}\n")) ==
        "p.yaml:6:22: error: the waiver's 'reason' is empty: expected why the finding is accepted");
  CHECK(error_of(one_policy("    waiver: {reason: x}\n")) ==
        "p.yaml:6:13: error: the waiver has no 'until': expected the last day it applies, written YYYY-MM-DD");
  CHECK(error_of(one_policy("    waiver: {reason: x, until: 2027-02-29}\n")) ==
        "p.yaml:6:32: error: 'until' is '2027-02-29': expected a date written YYYY-MM-DD");
  CHECK(error_of(one_policy("    waiver: {reason: x, until: next spring}\n")) ==
        "p.yaml:6:32: error: 'until' is 'next spring': expected a date written YYYY-MM-DD");
  CHECK(error_of(one_policy("    waiver: yes\n")) == "p.yaml:6:13: error: the waiver is 'yes': expected a mapping");
  CHECK(parse_policies(one_policy("    waiver: {reason: x, until: 2028-02-29}\n"), "p.yaml").policies[0].waiver->until ==
        "2028-02-29");
}

TEST_CASE("files are named as given, or relative when absolute under the current folder") {
  using cxkit::audit::display_path;
  const std::string cwd = std::filesystem::current_path().string();
  CHECK(display_path("examples/audit/x.yaml") == "examples/audit/x.yaml");
  CHECK(display_path("-") == "<stdin>");
  CHECK(display_path(cwd + "/examples/audit/x.yaml") == "examples/audit/x.yaml");
  CHECK(display_path(cwd + "/./examples//x.yaml") == "examples/x.yaml");
  if (cwd != "/") CHECK(display_path("/nonexistent-root-folder/x.yaml") == "/nonexistent-root-folder/x.yaml");
}

TEST_CASE("a missing file is an error named as the user would see it") {
  const std::string cwd = std::filesystem::current_path().string();
  try {
    cxkit::audit::load_policies(cwd + "/no-such-inventory.yaml");
    FAIL("no error");
  } catch (const cxkit::Error& e) {
    CHECK(std::string(e.what()) == "no-such-inventory.yaml: error: cannot open the file: No such file or directory");
  }
}

TEST_CASE("every example inventory loads") {
  for (const char* name : {"sparkle-cleaning", "northgate-clinic", "brightmart-returns"}) {
    CAPTURE(name);
    const auto set = cxkit::audit::load_policies(std::string(CXKIT_SOURCE_DIR) + "/examples/audit/" + name + ".yaml");
    CHECK(set.policies.size() >= 8);
    CHECK_FALSE(set.organisation.empty());
  }
}

TEST_SUITE_END();
