// The audit rules of seed 004 §C as cx-audit applies them (README "Audit rules"),
// and the guarantees of its writers for hostile values.
#include <cxkit/audit/audit.hpp>
#include <cxkit/audit/report.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace cxkit;
using audit::Action;
using audit::Severity;

namespace {

audit::Policy policy(std::string id, std::optional<bool> necessary, std::optional<bool> friendly,
                     long long complaints = 0) {
  audit::Policy p;
  p.id = std::move(id);
  p.text = "A policy.";
  p.necessary = necessary;
  p.friendly = friendly;
  p.complaints = complaints;
  p.basis = "Law.";
  p.explanation = "Customers are told why.";
  p.where = {"p.yaml", 1, 5};
  return p;
}

audit::PolicySet inventory(std::vector<audit::Policy> policies, std::string source = "p.yaml") {
  audit::PolicySet set;
  set.source = std::move(source);
  set.organisation = "Org";
  set.policies = std::move(policies);
  return set;
}

audit::Options options(std::string today = "2026-11-23") {
  audit::Options o;
  o.today = std::move(today);
  return o;
}

audit::PolicyResult only(const audit::Policy& p, const audit::Options& o = options()) {
  const auto result = audit::audit({inventory({p})}, o);
  REQUIRE(result.policies.size() == 1);
  return result.policies[0];
}

std::vector<std::string> ids(const audit::Result& r) {
  std::vector<std::string> out;
  for (const auto& p : r.policies) out.push_back(p.policy.id);
  return out;
}

// Line `n` (0-based) of text, without its newline.
std::string line(const std::string& text, std::size_t n) {
  std::size_t start = 0;
  for (; n > 0 && start != std::string::npos; --n) start = text.find('\n', start) + 1;
  return text.substr(start, text.find('\n', start) - start);
}

}  // namespace

TEST_SUITE_BEGIN("audit/audit");

TEST_CASE("each quadrant names its action and severity") {
  struct Case {
    std::optional<bool> necessary, friendly;
    std::string_view quadrant, action, severity;
  };
  const std::vector<Case> cases = {
      {true, true, "necessary-friendly", "keep", "note"},
      {true, false, "necessary-unfriendly", "soften", "note"},
      {false, false, "unnecessary-unfriendly", "eliminate", "error"},
      {false, true, "unnecessary-friendly", "promote", "note"},
      {std::nullopt, true, "unclassified", "classify", "warning"},
      {true, std::nullopt, "unclassified", "classify", "warning"},
      {std::nullopt, std::nullopt, "unclassified", "classify", "warning"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.action);
    const auto p = only(policy("p", c.necessary, c.friendly));
    CHECK(audit::rule(p.action).quadrant_name == c.quadrant);
    CHECK(audit::rule(p.action).action_name == c.action);
    CHECK(audit::name(p.severity) == c.severity);
  }
}

TEST_CASE("the rules table is in action order") {
  for (std::size_t i = 0; i < audit::rules().size(); ++i)
    CHECK(static_cast<std::size_t>(audit::rules()[i].action) == i);
  CHECK(audit::rules().size() == audit::kActions);
}

TEST_CASE("an unclassified policy says what is not set") {
  CHECK(only(policy("p", std::nullopt, true)).message ==
        "not classified: decide whether it is friendly and whether it is necessary ('necessary' is not set)");
  CHECK(only(policy("p", false, std::nullopt)).message ==
        "not classified: decide whether it is friendly and whether it is necessary ('friendly' is not set)");
}

TEST_CASE("a necessary unfriendly policy is a warning until its basis and explanation are written") {
  auto p = policy("p", true, false);
  CHECK(only(p).severity == Severity::Note);
  p.basis = "";
  CHECK(only(p).severity == Severity::Warning);
  CHECK(only(p).message == "necessary but unfriendly: make it as friendly as possible and tell customers the "
                           "reason; write its 'basis' (the law, health, safety, insurance or contract reason)");
  p.basis = "Law.";
  p.explanation = "  ";
  CHECK(only(p).severity == Severity::Warning);
  CHECK(only(p).message == "necessary but unfriendly: make it as friendly as possible and tell customers the "
                           "reason; write its 'explanation' (what customers are told)");
  // basis and explanation matter only for soften: a friendly policy needs none.
  auto keep = policy("k", true, true);
  keep.basis = keep.explanation = "";
  CHECK(only(keep).severity == Severity::Note);
}

TEST_CASE("a friendly policy cited by complaints at the threshold gets a warning") {
  auto o = options();
  o.complaints_threshold = 3;
  CHECK(only(policy("p", false, true, 2), o).severity == Severity::Note);
  const auto at = only(policy("p", false, true, 3), o);
  CHECK(at.severity == Severity::Warning);
  REQUIRE(at.findings.size() == 2);
  CHECK(at.findings[1].rule == "complaints");
  CHECK(at.findings[1].message == "marked friendly, yet cited by 3 complaints: review its classification");
  CHECK(only(policy("k", true, true, 1)).severity == Severity::Warning);  // default threshold 1
  CHECK(only(policy("k", true, true, 0)).severity == Severity::Note);
  // Unfriendly policies are expected to draw complaints: no extra finding.
  CHECK(only(policy("u", true, false, 50)).findings.size() == 1);
}

TEST_CASE("a policy's severity is the highest of its findings") {
  const auto p = only(policy("p", std::nullopt, true, 4));
  CHECK(p.severity == Severity::Warning);
  CHECK(p.findings.size() == 2);
  CHECK(p.action == Action::Classify);
}

TEST_CASE("findings are ordered by severity, then complaints, then file order") {
  const auto r = audit::audit({inventory({policy("note-few", true, true, 0), policy("error-few", false, false, 2),
                                          policy("warn", std::nullopt, std::nullopt, 0),
                                          policy("error-many", false, false, 9), policy("error-tie", false, false, 2),
                                          policy("note-many", true, false, 7)})},
                              options());
  CHECK(ids(r) == std::vector<std::string>{"error-many", "error-few", "error-tie", "warn", "note-many", "note-few"});
}

TEST_CASE("a waiver applies up to and including its until day") {
  auto p = policy("p", false, false, 5);
  p.waiver = audit::Waiver{"new roster system in spring", "2027-03-31", {}};
  const auto on_the_day = audit::audit({inventory({p})}, options("2027-03-31"));
  CHECK(on_the_day.policies[0].waived);
  CHECK_FALSE(on_the_day.policies[0].fails);
  CHECK_FALSE(on_the_day.failed());
  CHECK(on_the_day.policies[0].severity == Severity::Error);  // still reported as what it is

  const auto day_after = audit::audit({inventory({p})}, options("2027-04-01"));
  CHECK_FALSE(day_after.policies[0].waived);
  CHECK(day_after.policies[0].waiver_expired);
  CHECK(day_after.policies[0].fails);
  CHECK(day_after.failed());
  CHECK(day_after.policies[0].message ==
        "unnecessary and unfriendly: eliminate it at once; its waiver expired after 2027-03-31");
}

TEST_CASE("a waived policy never fails the run, whatever --fail-on") {
  auto p = policy("p", std::nullopt, std::nullopt);
  p.waiver = audit::Waiver{"classifying with the insurer", "2027-01-01", {}};
  auto o = options();
  o.fail_on = Severity::Note;
  CHECK_FALSE(audit::audit({inventory({p})}, o).failed());
}

TEST_CASE("--fail-on is inclusive") {
  const auto set = inventory({policy("warn", std::nullopt, true), policy("note", true, true)});
  const auto run = [&](std::optional<Severity> level) {
    auto o = options();
    o.fail_on = level;
    return audit::audit({set}, o).summary.failing;
  };
  CHECK(run(Severity::Error) == 0);
  CHECK(run(Severity::Warning) == 1);
  CHECK(run(Severity::Note) == 2);
  CHECK(run(std::nullopt) == 0);
  CHECK(audit::fail_on_levels().back().name == "never");
}

TEST_CASE("the summary counts each action, waived ones too") {
  auto waived = policy("w", false, false);
  waived.waiver = audit::Waiver{"reason", "2030-01-01", {}};
  const auto r = audit::audit({inventory({policy("e", false, false), waived, policy("s", true, false),
                                          policy("k", true, true), policy("c", std::nullopt, false)})},
                              options());
  const auto& s = r.summary;
  CHECK(s.policies == 5);
  CHECK(s.count(Action::Eliminate) == 2);
  CHECK(s.waived_count(Action::Eliminate) == 1);
  CHECK(s.count(Action::Soften) == 1);
  CHECK(s.count(Action::Keep) == 1);
  CHECK(s.count(Action::Promote) == 0);
  CHECK(s.count(Action::Classify) == 1);
  CHECK(s.waived == 1);
  CHECK(s.count(Severity::Error) == 1);  // the waived one is not counted by severity
  CHECK(s.count(Severity::Warning) == 1);
  CHECK(s.count(Severity::Note) == 2);
  CHECK(s.failing == 1);
  CHECK(audit::audit_counts(s) == "eliminate 2 (1 waived), soften 1, classify 1, keep 1, promote 0");
}

TEST_CASE("with no promote policy the summary advises creating some") {
  CHECK(audit::audit({inventory({policy("k", true, true)})}, options()).summary.advice ==
        "no policy is unnecessary but friendly: create some as a competitive edge (seed 004 §C: extra clean-ups "
        "on a 24-hour basis)");
  CHECK(audit::audit({inventory({policy("p", false, true)})}, options()).summary.advice.empty());
}

TEST_CASE("several files are audited together and keep their names") {
  auto b = policy("b", false, false);
  b.where = {"b.yaml", 7, 5};
  const auto r = audit::audit({inventory({policy("a", true, true)}, "a.yaml"), inventory({b}, "b.yaml")}, options());
  REQUIRE(r.files.size() == 2);
  CHECK(r.files[r.policies[0].file].file == "b.yaml");
  CHECK(r.policies[0].policy.where.line == 7);
  CHECK(r.files[r.policies[1].file].file == "a.yaml");
}

TEST_CASE("the audit date must be a date") {
  CHECK_THROWS_WITH_AS(audit::audit({}, options("")), "error: the audit date is '': expected a date written YYYY-MM-DD",
                       Error);
  CHECK_THROWS_WITH_AS(audit::audit({}, options("2026-02-29")),
                       "error: the audit date is '2026-02-29': expected a date written YYYY-MM-DD", Error);
  CHECK(audit::audit({}, options("2028-02-29")).options.today == "2028-02-29");
}

TEST_CASE("the reports name the program and the fail-on option the app gives") {
  const audit::AuditStyle style{false, "policy-check", "--gate"};
  const auto r = audit::audit({inventory({policy("e", false, false), policy("w", std::nullopt, true)})}, options());
  CHECK(audit::audit_verdict(r, style) == "1 unwaived policy at or above error (--gate) fails the run");
  auto o = options();
  o.fail_on = Severity::Warning;
  CHECK(audit::audit_verdict(audit::audit({inventory({policy("e", false, false), policy("w", std::nullopt, true)})}, o),
                             style) == "2 unwaived policies at or above warning (--gate) fail the run");
  o.fail_on = std::nullopt;
  CHECK(audit::audit_verdict(audit::audit({inventory({policy("k", true, true)})}, o), style) ==
        "--gate never: no policy fails the run");
  CHECK(audit::audit_verdict(audit::audit({inventory({policy("k", true, true)})}, options()), style) ==
        "no unwaived policy at or above error (--gate)");

  CHECK(line(audit::audit_junit(r, style), 1) ==
        "<testsuites name=\"policy-check\" tests=\"2\" failures=\"1\" errors=\"0\">");
  CHECK(line(audit::audit_sarif(r, style), 7) == "          \"name\": \"policy-check\",");
  const auto github = audit::audit_github(r, style);
  CHECK(github.substr(github.rfind("::notice::")) ==
        "::notice::policy-check: 2 policies: eliminate 1, soften 0, classify 1, keep 0, promote 0; 1 error, 1 warning, "
        "0 notes, 0 waived; 1 unwaived policy at or above error (--gate) fails the run%0AAdvice: no policy is "
        "unnecessary but friendly: create some as a competitive edge (seed 004 §C: extra clean-ups on a 24-hour "
        "basis)\n");
  const auto html = audit::audit_html(r, style);
  CHECK(line(html, static_cast<std::size_t>(std::count(html.begin(), html.end(), '\n')) - 4) ==
        "<p class=\"meta\">The policy audit of seed 004 §C: eliminate unnecessary unfriendly policies at once; make "
        "necessary unfriendly ones as friendly as possible and tell customers the reason; keep and strengthen "
        "necessary friendly ones; create more unnecessary friendly ones as a competitive edge. Made by policy-check "
        CXKIT_VERSION ".</p>");
}

TEST_CASE("writers escape every value they did not write") {
  auto p = policy("p", false, false);
  p.text = "=HYPERLINK(\"x\") <script>alert(1)</script>";
  p.owner = "ops\n::set-env name=X::1";
  const auto r = audit::audit({inventory({p}, "a,b:c.yaml")}, options());
  const auto html = audit::audit_html(r, {});
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(audit::audit_csv(r, {}).find(",\"'=HYPERLINK(\"\"x\"\") <script>") != std::string::npos);
  const auto github = audit::audit_github(r, {});
  CHECK(github.find("::error file=a%2Cb%3Ac.yaml,line=1,col=5,title=p (eliminate)::") == 0);
  CHECK(github.find("\n::set-env") == std::string::npos);
  CHECK(audit::audit_junit(r, {}).find("&lt;script&gt;") != std::string::npos);
  const auto sarif = audit::audit_sarif(audit::audit({inventory({p}, "odd folder/inventory #1.yaml")}, options()), {});
  CHECK(sarif.find("\"uri\": \"odd%20folder/inventory%20%231.yaml\"") != std::string::npos);
}

TEST_SUITE_END();
