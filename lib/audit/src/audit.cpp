#include <cxkit/audit/audit.hpp>

#include <cxkit/base/date.hpp>
#include <cxkit/base/error.hpp>
#include <cxkit/base/i18n.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace cxkit::audit {

using base::tr;
using base::trf;
using base::trnf;

namespace {

// A policy marked friendly that complaints cite: its classification is
// doubtful (seed 004 §C: find the unfriendly ones using complaints).
constexpr Severity kFriendlyButCited = Severity::Warning;
constexpr std::string_view kFriendlyButCitedRule = "complaints";

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

const Rule& classify(const Policy& p) {
  for (const auto& r : rules())
    if (r.necessary == p.necessary && r.friendly == p.friendly && r.necessary) return r;
  return rule(Action::Classify);
}

// What is missing from an unclassified policy, or from an unfriendly one
// kept for a reason.
std::string details(const Rule& r, const Policy& p, bool unexplained) {
  if (r.action == Action::Classify) {
    if (!p.friendly && !p.necessary) return std::string(tr("neither 'friendly' nor 'necessary' is set"));
    return std::string(p.friendly ? tr("'necessary' is not set") : tr("'friendly' is not set"));
  }
  if (!unexplained) return std::string(r.unexplained ? tr("its basis and explanation are written") : "");
  if (blank(p.basis) && blank(p.explanation))
    return std::string(tr("write its 'basis' (the law, health, safety, insurance or contract reason) and its "
                          "'explanation' (what customers are told)"));
  return std::string(blank(p.basis) ? tr("write its 'basis' (the law, health, safety, insurance or contract reason)")
                                    : tr("write its 'explanation' (what customers are told)"));
}

PolicyResult judge(const Policy& p, std::size_t file, std::size_t index, const Options& o) {
  PolicyResult out;
  out.policy = p;
  out.file = file;
  out.index = index;
  const Rule& r = classify(p);
  out.action = r.action;
  const bool unexplained = r.unexplained && (blank(p.basis) || blank(p.explanation));
  const Severity severity = unexplained ? *r.unexplained : r.severity;
  const std::string detail = details(r, p, unexplained);
  const std::string message = detail.empty()                   ? std::string(r.summary)
                              : r.action == Action::Classify ? fmt::format("{} ({})", r.summary, detail)
                                                             : fmt::format("{}; {}", r.summary, detail);
  out.findings.push_back({r.action_name, severity, message, detail});
  if (p.friendly == true && p.complaints >= o.complaints_threshold) {
    const std::string cited =
        trnf("marked friendly, yet cited by {} complaint: review its classification",
             "marked friendly, yet cited by {} complaints: review its classification",
             static_cast<unsigned long long>(p.complaints));
    out.findings.push_back({kFriendlyButCitedRule, kFriendlyButCited, cited, cited});
  }
  out.severity = Severity::Note;
  for (const auto& f : out.findings) out.severity = std::max(out.severity, f.severity);

  std::vector<std::string> messages;
  for (const auto& f : out.findings) messages.push_back(f.message);
  out.message = fmt::format("{}", fmt::join(messages, "; "));
  if (p.waiver) {
    out.waived = o.today <= p.waiver->until;
    out.waiver_expired = !out.waived;
    if (out.waiver_expired) out.message += "; " + trf("its waiver expired after {}", p.waiver->until);
  }
  out.fails = !out.waived && o.fail_on && out.severity >= *o.fail_on;
  return out;
}

}  // namespace

const std::vector<Rule>& rules() {
  static const std::vector<Rule> table = {
      {Action::Eliminate, Quadrant::UnnecessaryUnfriendly, false, false, "eliminate", "unnecessary-unfriendly",
       tr("Eliminate"), Severity::Error, std::nullopt, tr("unnecessary and unfriendly: eliminate it at once"),
       tr("Customers dislike this policy and no law, health, safety, insurance or contract reason requires it. "
          "Seed 004 §C: throw it out immediately (\"we don't do windows\", unless a health or legal reason "
          "exists). Remove the policy; if a real reason exists after all, set necessary: true and write its "
          "basis and explanation. To accept the finding knowingly for a while, add waiver: {reason, until}.")},
      {Action::Soften, Quadrant::NecessaryUnfriendly, true, false, "soften", "necessary-unfriendly", tr("Soften"),
       Severity::Note, Severity::Warning,
       tr("necessary but unfriendly: make it as friendly as possible and tell customers the reason"),
       tr("A real reason requires this policy, but customers dislike it. Seed 004 §C: make it as friendly as "
          "possible, tell customers the reasoning and look for a compromise (the medical-waste example). Write "
          "the reason in basis: (law, health, safety, insurance, contract) and what customers are told in "
          "explanation:; the finding is a warning while either is empty and a note once both are written.")},
      {Action::Classify, Quadrant::Unclassified, std::nullopt, std::nullopt, "classify", "unclassified",
       tr("Classify"), Severity::Warning, std::nullopt,
       tr("not classified: decide whether it is friendly and whether it is necessary"),
       tr("The policy is not yet sorted into the grid. Seed 004 §C: find the unfriendly policies using "
          "complaints and customer evaluations, then sort friendly and unfriendly into necessary and "
          "unnecessary. Set friendly: and necessary: to true or false.")},
      {Action::Keep, Quadrant::NecessaryFriendly, true, true, "keep", "necessary-friendly", tr("Keep"),
       Severity::Note, std::nullopt, tr("necessary and friendly: keep it and strengthen it"),
       tr("A policy customers like that a real reason also requires. Seed 004 §C: keep it and strengthen it.")},
      {Action::Promote, Quadrant::UnnecessaryFriendly, false, true, "promote", "unnecessary-friendly",
       tr("Promote"), Severity::Note, std::nullopt,
       tr("unnecessary but friendly: a competitive edge; create more like it"),
       tr("A policy customers like that nothing requires: it sets the organisation apart. Seed 004 §C: create "
          "more of these as a competitive edge (extra clean-ups on a 24-hour basis).")},
  };
  return table;
}

const Rule& rule(Action action) { return rules()[static_cast<std::size_t>(action)]; }

Result audit(const std::vector<PolicySet>& sets, const Options& options) {
  if (!base::is_date(options.today))
    throw Error(base::trfe("the audit date is '{}': expected a date written YYYY-MM-DD", options.today));
  Result result;
  result.options = options;
  for (std::size_t f = 0; f < sets.size(); ++f) {
    const auto& set = sets[f];
    result.files.push_back({set.source, set.organisation, set.period, set.policies.size()});
    for (std::size_t i = 0; i < set.policies.size(); ++i)
      result.policies.push_back(judge(set.policies[i], f, i, options));
  }
  std::stable_sort(result.policies.begin(), result.policies.end(), [](const PolicyResult& a, const PolicyResult& b) {
    if (a.severity != b.severity) return a.severity > b.severity;
    return a.policy.complaints > b.policy.complaints;
  });

  Summary& s = result.summary;
  s.policies = result.policies.size();
  for (const auto& p : result.policies) {
    const auto action = static_cast<std::size_t>(p.action);
    ++s.actions[action];
    if (p.waived) {
      ++s.waived_actions[action];
      ++s.waived;
    } else {
      ++s.severities[static_cast<std::size_t>(p.severity)];
    }
    if (p.fails) ++s.failing;
  }
  if (s.count(Action::Promote) == 0)
    s.advice = tr("no policy is unnecessary but friendly: create some as a competitive edge (seed 004 §C: "
                  "extra clean-ups on a 24-hour basis)");
  return result;
}

}  // namespace cxkit::audit
