#include <cxkit/standards/lint.hpp>

#include <cxkit/base/i18n.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace cxkit::standards {

using base::tr;
using base::trf;

const std::vector<RuleInfo>& rules() {
  static const std::vector<RuleInfo> all = {
      {Rule::Specific, "specific", tr("Specific"), Severity::Warning,
       tr("The statement uses no vague term."),
       tr("Seed 003: a standard tells staff exactly what is expected of them, so that no one has to guess. Replace "
          "the vague term with what is done, by whom and when.")},
      {Rule::Concise, "concise", tr("Concise"), Severity::Warning,
       tr("The statement is one sentence of at most 30 words."),
       tr("Seed 003: a standard says directly how to act: who does what, and when. Keep one sentence; move "
          "explanations to 'note'.")},
      {Rule::Measurable, "measurable", tr("Measurable"), Severity::Error,
       tr("The standard has an indicator whose target is a comparison with a number."),
       tr("Seed 003: how far have we come, and how - can it be quantified? Give indicator: {measure, target, "
          "source} with a target such as '<= 3', '>= 95 %' or '< 2 min'.")},
      {Rule::CustomerBased, "customer-based", tr("Based on customer requirements"), Severity::Warning,
       tr("The standard names the customer requirement it rests on."),
       tr("Seed 003: a standard rests on what customers require, not on one person's standard. Give "
          "requirement: {source: ...}, e.g. a survey result or a complaint count.")},
      {Rule::InJobDescriptions, "in-job-descriptions", tr("Written into job descriptions"), Severity::Warning,
       tr("The standard names the job descriptions it is written into."),
       tr("Seed 003: standards are written into job descriptions and the implementation schedule. List the roles "
          "under 'roles'.")},
      {Rule::DevelopedWithStaff, "developed-with-staff", tr("Developed with staff"), Severity::Warning,
       tr("The standard says whom it was developed with."),
       tr("Seed 003: the best standards are set together with staff, from a shared understanding of customers. "
          "Name the workshop or team under 'developed_with'.")},
      {Rule::AppliedToAll, "applied-to-all", tr("Fairly applied to everyone"), Severity::Error,
       tr("Every exception to the standard gives its reason."),
       tr("Seed 003: a standard applies to everyone. An exception without a stated reason is unfair; give its "
          "'reason' or remove it.")},
      {Rule::Coverage, "coverage", tr("Coverage"), Severity::Note,
       tr("Every area of quality service has a standard."),
       tr("Seed 003 names seven organisational and seven personal areas of quality service. Write a standard for "
          "the area; the workbook gives its guiding questions.")},
  };
  return all;
}

const RuleInfo& rule(Rule r) {
  for (const auto& info : rules())
    if (info.rule == r) return info;
  return rules().back();
}

namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '\''; }

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

}  // namespace

bool is_comparison(std::string_view target) {
  std::size_t i = 0;
  const auto skip = [&] {
    while (i < target.size() && (target[i] == ' ' || target[i] == '\t')) ++i;
  };
  skip();
  bool op = false;
  for (std::string_view o : {"<=", ">=", "==", "\u2264", "\u2265", "<", ">", "="})
    if (target.substr(i).starts_with(o)) {
      i += o.size();
      op = true;
      break;
    }
  if (!op) return false;
  skip();
  const std::size_t digits = i;
  while (i < target.size() && std::isdigit(static_cast<unsigned char>(target[i]))) ++i;
  if (i == digits) return false;
  if (i + 1 < target.size() && (target[i] == '.' || target[i] == ',') &&
      std::isdigit(static_cast<unsigned char>(target[i + 1]))) {
    ++i;
    while (i < target.size() && std::isdigit(static_cast<unsigned char>(target[i]))) ++i;
  }
  // A unit may follow ("%", " min", " rings"), set apart from the number,
  // but no second comparison.
  const std::string_view rest = target.substr(i);
  return (rest.empty() || rest.front() == ' ' || rest.front() == '\t' || rest.front() == '%') &&
         rest.find_first_of("<>=") == std::string_view::npos;
}

std::vector<std::string> vague_terms_in(std::string_view statement, const std::vector<std::string>& terms) {
  const std::string text = lower(statement);
  std::vector<std::string> found;
  for (const auto& term : terms) {
    const std::string t = lower(term);
    if (t.empty()) continue;
    for (std::size_t at = text.find(t); at != std::string::npos; at = text.find(t, at + 1)) {
      // Whole words only, where the term starts or ends with a letter.
      const bool before = at == 0 || !word_char(t.front()) || !word_char(text[at - 1]);
      const std::size_t end = at + t.size();
      const bool after = end == text.size() || !word_char(t.back()) || !word_char(text[end]);
      if (before && after) {
        found.push_back(term);
        break;
      }
    }
  }
  return found;
}

std::size_t words(std::string_view statement) {
  std::size_t n = 0;
  bool in_word = false;
  for (const char c : statement) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

std::size_t sentences(std::string_view statement) {
  // A sentence ends at '.', '!' or '?' followed by a space and a capital
  // letter or digit, or at a full-width stop followed by more text.
  std::size_t n = 1;
  for (std::size_t i = 0; i + 1 < statement.size(); ++i) {
    const char c = statement[i];
    if ((c == '.' || c == '!' || c == '?') && statement[i + 1] == ' ') {
      std::size_t j = i + 1;
      while (j < statement.size() && statement[j] == ' ') ++j;
      if (j < statement.size() &&
          (std::isupper(static_cast<unsigned char>(statement[j])) || std::isdigit(static_cast<unsigned char>(statement[j]))))
        ++n;
    }
  }
  for (std::string_view stop : {"\u3002", "\uff01", "\uff1f"})
    for (std::size_t at = statement.find(stop); at != std::string_view::npos; at = statement.find(stop, at + 1))
      if (statement.substr(at + stop.size()).find_first_not_of(" \t\r\n") != std::string_view::npos) ++n;
  return n;
}

namespace {

std::vector<Finding> findings_of(const Standard& s, const std::vector<std::string>& terms, const Options& options) {
  std::vector<Finding> out;
  const auto add = [&](Rule r, std::string_view message, const Location& where) {
    out.push_back({r, rule(r).severity, std::string(message), where, {}});
  };
  if (const auto vague = vague_terms_in(s.statement, terms); !vague.empty()) {
    std::vector<std::string> quoted;
    for (const auto& t : vague) quoted.push_back("'" + t + "'");
    add(Rule::Specific,
        trf("the statement uses {} ({}): expected what is done, by whom and when, with nothing left to guess",
            vague.size() == 1 ? tr("a vague term") : tr("vague terms"), fmt::join(quoted, ", ")),
        s.statement_where);
  }
  const std::size_t n_words = words(s.statement), n_sentences = sentences(s.statement);
  if (n_sentences > 1 || n_words > options.max_words)
    add(Rule::Concise,
        n_sentences > 1 ? trf("the statement is {} sentences: expected one (put explanations under 'note')",
                              n_sentences)
                        : trf("the statement is {} words: expected at most {}", n_words, options.max_words),
        s.statement_where);
  if (!s.indicator)
    add(Rule::Measurable,
        tr("no indicator: expected indicator: {measure, target, source} with a target such as '<= 3'"),
        s.indicator_where);
  else if (!is_comparison(s.indicator->target))
    add(Rule::Measurable,
        s.indicator->target.empty()
            ? tr("the indicator has no target: expected a comparison with a number, such as '<= 3', '>= 95 %' or "
                 "'< 2 min'")
            : trf("the target '{}' is not a comparison with a number: expected one such as '<= 3', '>= 95 %' or "
                  "'< 2 min'",
                  base::shown(s.indicator->target)),
        s.indicator->target_where);
  if (s.requirement.find_first_not_of(" \t\r\n") == std::string::npos)
    add(Rule::CustomerBased,
        tr("no customer requirement: expected requirement: {source: ...} naming what customers asked for (a "
           "survey, complaints)"),
        s.where);
  if (s.roles.empty())
    add(Rule::InJobDescriptions, tr("no roles: expected the job descriptions it is written into under 'roles'"),
        s.where);
  if (s.developed_with.empty())
    add(Rule::DevelopedWithStaff,
        tr("no 'developed_with': expected the staff, team or workshop it was written with"), s.where);
  for (const auto& e : s.exceptions)
    if (e.reason.find_first_not_of(" \t\r\n") == std::string::npos)
      add(Rule::AppliedToAll,
          trf("the exception for '{}' gives no reason: expected a reason, or no exception (a standard applies to "
              "everyone)",
              base::shown(e.role)),
          e.where);
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return static_cast<int>(a.rule) < static_cast<int>(b.rule);
  });
  return out;
}

bool at_or_above(Severity severity, const Options& options) {
  return options.fail_on && severity >= *options.fail_on;
}

}  // namespace

Result lint(const std::vector<StandardSet>& sets, const Workbook& workbook, const Options& options) {
  Result r;
  r.options = options;
  for (const auto& area : workbook.areas) r.coverage.push_back({area.id, area.title, area.kind, false, 0});
  const auto count = [&](Severity s) { ++r.summary.severities[static_cast<std::size_t>(s)]; };
  for (std::size_t f = 0; f < sets.size(); ++f) {
    const auto& set = sets[f];
    r.files.push_back({set.source, set.organisation, set.standards.size()});
    for (const auto& own : set.areas)
      if (std::none_of(r.coverage.begin(), r.coverage.end(), [&](const Coverage& c) { return c.id == own.id; }))
        r.coverage.push_back({own.id, own.title, own.kind, true, 0});
    for (const auto& s : set.standards) {
      StandardResult result{s, f, findings_of(s, set.vague_terms, options), std::nullopt, false};
      for (const auto& finding : result.findings) {
        result.severity = std::max(result.severity.value_or(finding.severity), finding.severity);
        result.fails = result.fails || at_or_above(finding.severity, options);
        r.summary.failing += at_or_above(finding.severity, options);
        ++r.summary.rules[static_cast<std::size_t>(finding.rule)];
        count(finding.severity);
      }
      r.summary.passing += result.findings.empty();
      for (auto& c : r.coverage) c.standards += c.id == s.area;
      r.standards.push_back(std::move(result));
    }
  }
  r.summary.standards = r.standards.size();
  const Location first = sets.empty() ? Location{} : Location{sets.front().source, 1, 1};
  for (const auto& c : r.coverage) {
    if (c.own || c.standards > 0) continue;
    r.coverage_findings.push_back({Rule::Coverage, rule(Rule::Coverage).severity,
                                   trf("no standard for the {} area '{}' ({}): expected at least one",
                                       name(c.kind), c.title, c.id),
                                   first, c.id});
    ++r.summary.rules[static_cast<std::size_t>(Rule::Coverage)];
    count(rule(Rule::Coverage).severity);
    r.summary.failing += at_or_above(rule(Rule::Coverage).severity, options);
  }
  return r;
}

}  // namespace cxkit::standards
