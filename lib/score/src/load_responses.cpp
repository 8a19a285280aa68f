#include <cxkit/base/builtins.hpp>
#include <cxkit/base/document.hpp>
#include <cxkit/score/load.hpp>
#include <cxkit/base/suggest.hpp>

#include <fmt/format.h>

#include <unordered_map>

namespace cxkit::score {

using namespace base;  // loaders speak the document API

namespace {

std::vector<RawAnswer> read_answers(const Source& src, const Node& node) {
  if (!node.is_map()) src.fail(node, "'answers' is not a mapping: expected item-id: answer pairs");
  std::vector<RawAnswer> answers;
  for (const auto& entry : node.entries) {
    const Node& value = *entry.value;
    if (!value.is_scalar() && !value.is_null())
      src.fail(value, fmt::format("the answer to '{}' is not a single value: expected a number, a scale label "
                                  "or n/a",
                                  shown(entry.key)));
    const bool blank = value.is_null() || (value.plain && (value.value == "~" || value.value == "null"));
    answers.push_back({entry.key, blank ? std::string() : value.value, src.at(value)});
  }
  return answers;
}

}  // namespace

Responses parse_responses(std::string_view text, const std::string& source, const Limits& limits) {
  const ModelFile file(text, source, "responses", "the responses", {"questionnaire", "client", "date", "note", "respondents", "respondent", "answers"}, limits);
  const Source& src = file.source();
  const Fields& f = file.fields();
  Responses r;
  // Optional: a questionnaire given to the program overrides it.
  r.questionnaire = f.text_or("questionnaire");
  r.questionnaire_where = src.at(f.find("questionnaire") ? *f.find("questionnaire") : file.root());
  r.client = f.text_or("client");
  r.date = f.optional_date("date").value_or("");
  r.note = f.text_or("note");

  const Node* answers = f.find("answers");
  const Node* respondents = f.find("respondents");
  if (answers && respondents)
    src.fail(*answers, "both 'answers' and 'respondents' are given: expected 'answers' for one respondent or "
                       "'respondents' for several");
  if (answers) {
    const Node* id = f.find("respondent");
    r.respondents.push_back({id ? src.id(*id, "'respondent'") : "respondent", src.at(file.root()),
                             read_answers(src, *answers), ""});
    return r;
  }
  if (f.find("respondent")) src.fail(*f.find("respondent"), "'respondent' names the respondent of top-level "
                                                            "'answers': expected it only with 'answers'");
  UniqueIds ids(src, "respondent");
  for (const auto& node : f.sequence("respondents", 1)) {
    Fields rf(src, *node, "a respondent", {"id", "role", "note", "answers"});
    RawRespondent respondent;
    respondent.id = rf.id("id");
    ids.add(respondent.id, rf.require("id"));
    respondent.where = src.at(*node);
    if (const Node* a = rf.find("answers")) respondent.answers = read_answers(src, *a);
    respondent.role = rf.text_or("role");
    r.respondents.push_back(std::move(respondent));
  }
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

  std::vector<Respondent> out;
  for (const auto& raw : responses.respondents) {
    Respondent respondent{raw.id, raw.where, std::vector<Answer>(ids.size())};
    for (const auto& answer : raw.answers) {
      const auto found = index.find(answer.item);
      if (found == index.end())
        throw Error(answer.where, fmt::format("'{}' is not an item of the questionnaire '{}'{}: expected one of "
                                              "its item ids",
                                              shown(answer.item), q.id, base::did_you_mean(answer.item, ids)));
      const auto parsed = parse_answer(q.scale, answer.text);
      if (!parsed)
        throw Error(answer.where, fmt::format("the answer '{}' to '{}' is not on the scale: expected a whole "
                                              "number from {} to {}{}, or n/a",
                                              shown(answer.text), shown(answer.item), q.scale.min, q.scale.max,
                                              labels));
      respondent.answers[found->second] = *parsed;
    }
    out.push_back(std::move(respondent));
  }
  return out;
}

}  // namespace cxkit::score
