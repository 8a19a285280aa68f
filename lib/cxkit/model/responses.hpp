#pragma once
// Answers to a questionnaire (kind: responses), one or more respondents.
#include <cxkit/error.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace cxkit::model {

struct Answer {
  enum class State : std::uint8_t { Missing, NotApplicable, Value };
  State state = State::Missing;
  int value = 0;  // on the questionnaire's scale, before any reversal
};

struct Respondent {
  std::string id;
  // Where the respondent is defined, for errors about its answers.
  Location where;
  // One per questionnaire item, in Questionnaire item order.
  std::vector<Answer> answers;
};

// A responses file as written, before it is matched to its questionnaire.
struct RawAnswer {
  std::string item;
  std::string text;  // "4", "Usually", "n/a"
  Location where;
};

struct RawRespondent {
  std::string id;
  Location where;
  std::vector<RawAnswer> answers;
};

struct Responses {
  // Built-in questionnaire id or a path relative to the responses file.
  std::string questionnaire;
  Location questionnaire_where;
  std::string client;
  std::string date;
  std::string note;
  std::vector<RawRespondent> respondents;
};

}  // namespace cxkit::model

#include <cxkit/model/questionnaire.hpp>
#include <optional>
#include <string_view>

namespace cxkit::model {

// Reads one answer as written: a whole number on the scale, one of the
// scale's labels (case-insensitive), a spelling of "not applicable" (n/a,
// na, not applicable, ...), or nothing (missing). Null when it is none.
std::optional<Answer> parse_answer(const Scale& scale, std::string_view text);

}  // namespace cxkit::model
