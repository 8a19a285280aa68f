#include <cxkit/base/i18n.hpp>
#include <cxkit/base/builtins.hpp>
#include <cxkit/base/document.hpp>
#include <cxkit/score/load.hpp>
#include <cxkit/base/suggest.hpp>

#include <fmt/format.h>

#include <unordered_map>

namespace cxkit::score {

using namespace base;  // loaders speak the document API

namespace {

std::vector<RawAnswer> read_answers(const Source& src, const Node& node, Problems& problems) {
  if (!node.is_map()) src.fail(node, base::tre("'answers' is not a mapping: expected item-id: answer pairs"));
  std::vector<RawAnswer> answers;
  for (const auto& entry : node.entries)
    problems.check([&] {
      const Node& value = *entry.value;
      if (!value.is_scalar() && !value.is_null())
        src.fail(value, base::trfe("the answer to '{}' is not a single value: expected a number, a scale label "
                                   "or n/a",
                                   shown(entry.key)));
      const bool blank = value.is_null() || (value.plain && (value.value == "~" || value.value == "null"));
      answers.push_back({entry.key, blank ? std::string() : value.value, src.at(value)});
    });
  return answers;
}

// A respondent's fields and each of its answers are checked on their own.
RawRespondent read_respondent(const Source& src, const Node& node, UniqueIds& ids, Problems& problems) {
  Fields f(src, node, "a respondent", {"id", "role", "note", "answers"}, &problems);
  RawRespondent respondent;
  respondent.where = src.at(node);
  problems.check([&] {
    respondent.id = f.id("id");
    ids.add(respondent.id, f.require("id"));
  });
  if (const Node* answers = f.find("answers"))
    problems.check([&] { respondent.answers = read_answers(src, *answers, problems); });
  problems.check([&] { respondent.role = f.text_or("role"); });
  return respondent;
}

}  // namespace

Responses parse_responses(std::string_view text, const std::string& source, const Limits& limits) {
  Problems problems;
  const ModelFile file(text, source, "responses", "the responses",
                       {"questionnaire", "client", "date", "note", "respondents", "respondent", "answers"}, limits,
                       &problems);
  const Source& src = file.source();
  const Fields& f = file.fields();
  // Each part is checked on its own; the responses are returned only when all are right.
  Responses r;
  // Optional: a questionnaire given to the program overrides it.
  problems.check([&] { r.questionnaire = f.text_or("questionnaire"); });
  r.questionnaire_where = src.at(f.find("questionnaire") ? *f.find("questionnaire") : file.root());
  problems.check([&] { r.client = f.text_or("client"); });
  problems.check([&] { r.date = f.optional_date("date").value_or(""); });
  problems.check([&] { r.note = f.text_or("note"); });

  const Node* answers = f.find("answers");
  const Node* respondents = f.find("respondents");
  if (answers && respondents)
    problems.add(Error(src.at(*answers), base::tre("both 'answers' and 'respondents' are given: expected 'answers' for one "
                                                   "respondent or 'respondents' for several")));
  if (answers) {
    RawRespondent respondent{"respondent", src.at(file.root()), {}, "", false};
    if (const Node* id = f.find("respondent"))
      problems.check([&] {
        respondent.id = src.id(*id, "'respondent'");
        respondent.named = true;
      });
    problems.check([&] { respondent.answers = read_answers(src, *answers, problems); });
    r.respondents.push_back(std::move(respondent));
    problems.finish();
    return r;
  }
  if (f.find("respondent"))
    problems.add(Error(src.at(*f.find("respondent")), base::tre("'respondent' names the respondent of top-level 'answers': "
                                                                "expected it only with 'answers'")));
  UniqueIds ids(src, "respondent", &problems);
  for (const auto& node : f.sequence("respondents", 1, problems))
    problems.check([&] { r.respondents.push_back(read_respondent(src, *node, ids, problems)); });
  problems.finish();
  return r;
}

std::vector<Respondent> bind_answers(const Questionnaire& q, const Responses& responses) {
  std::unordered_map<std::string, std::size_t> index;
  std::vector<std::string> ids;
  for (const auto& section : q.sections)
    for (const auto& item : section.items) {
      index.emplace(item.id, ids.size());
      ids.push_back(item.id);
    }
  std::string labels;
  for (const auto& [point, label] : q.scale.labels) labels += fmt::format(", {}", label);

  // Every answer of every respondent of the file is checked before any fails.
  Problems problems;
  std::vector<Respondent> out;
  for (const auto& raw : responses.respondents) {
    Respondent respondent{raw.id, raw.where, std::vector<Answer>(ids.size()), raw.role};
    for (const auto& answer : raw.answers) {
      const auto found = index.find(answer.item);
      if (found == index.end()) {
        problems.add(Error(answer.where, base::trfe("'{}' is not an item of the questionnaire '{}'{}: expected one "
                                                    "of its item ids",
                                                    shown(answer.item), q.id, base::did_you_mean(answer.item, ids))));
        continue;
      }
      const auto parsed = parse_answer(q.scale, answer.text);
      if (!parsed) {
        problems.add(Error(answer.where, base::trfe("the answer '{}' to '{}' is not on the scale: expected a whole "
                                                    "number from {} to {}{}, or n/a",
                                                    shown(answer.text), shown(answer.item), q.scale.min,
                                                    q.scale.max, labels)));
        continue;
      }
      respondent.answers[found->second] = *parsed;
    }
    out.push_back(std::move(respondent));
  }
  problems.finish();
  return out;
}

}  // namespace cxkit::score
