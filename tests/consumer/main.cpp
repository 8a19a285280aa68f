// Uses the installed libraries the way a program of one's own would: the
// built-in questionnaire and checklist compiled into them, a set of answers
// written here, and a responses file named on the command line.
//   consumer RESPONSES.yaml
#include <cxkit/base/error.hpp>
#include <cxkit/base/io.hpp>
#include <cxkit/checklist/load.hpp>
#include <cxkit/score/load.hpp>
#include <cxkit/score/scorer.hpp>

#include <cstdio>
#include <string>

namespace {

using namespace cxkit;

std::string percent(const score::Report& report) {
  if (!report.overall) return "none";
  char text[32];
  std::snprintf(text, sizeof text, "%.1f %%", *report.overall);
  return text;
}

std::size_t items(const score::Questionnaire& q) {
  std::size_t n = 0;
  for (const auto& section : q.sections) n += section.items.size();
  return n;
}

// Two respondents answering every item one below the top of the scale and
// at the top: 80 % and 100 % by the seed's method.
std::string answers(const score::Questionnaire& q) {
  std::string text = "kind: responses\nversion: 1\nquestionnaire: " + q.id + "\nrespondents:\n";
  for (int value : {q.scale.max - 1, q.scale.max}) {
    text += "  - id: r" + std::to_string(value) + "\n    answers:\n";
    for (const auto& section : q.sections)
      for (const auto& item : section.items) text += "      " + item.id + ": " + std::to_string(value) + "\n";
  }
  return text;
}

score::Report score_text(const score::Questionnaire& q, const std::string& text, const std::string& source) {
  const score::Responses responses = score::parse_responses(text, source);
  return score::score(q, score::bind_answers(q, responses), score::Options{});
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: consumer RESPONSES.yaml\n");
    return 2;
  }
  try {
    const score::Questionnaire q = score::load_questionnaire("customer-service-quotient");
    std::printf("%s: %zu sections, %zu items\n", q.id.c_str(), q.sections.size(), items(q));
    std::printf("generated answers: overall %s\n", percent(score_text(q, answers(q), "generated")).c_str());

    const std::string file = argv[1];
    std::printf("%s: overall %s\n", file.c_str(), percent(score_text(q, base::read_input(file), file)).c_str());
    const checklist::Checklist phone = checklist::builtin_checklist("phone-call");
    std::printf("%s: %s, %zu stages\n", phone.id.c_str(), phone.title.c_str(), phone.stages.size());
  } catch (const Error& e) {
    std::fprintf(stderr, "%s\n", error_line(e).c_str());
    return 2;
  }
  return 0;
}
