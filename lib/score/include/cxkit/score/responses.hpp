#pragma once
// Answers to a questionnaire (kind: responses), one or more respondents.
#include <cxkit/base/error.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace cxkit::score {

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
  // The responses' `role:` ("Owner"), for the rows per respondent; may be empty.
  std::string role = {};
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
  std::string role;  // optional ("Owner"); for the rows per respondent
  // The id is the file's: false for top-level answers without `respondent:`.
  bool named = true;
};

struct Responses {
  // Built-in questionnaire id or a path relative to the responses file;
  // empty when not given (load_questionnaire refuses it), and where it is
  // written (else the document).
  std::string questionnaire;
  Location questionnaire_where;
  std::string client;
  std::string date;  // YYYY-MM-DD, or empty
  std::string note;
  std::vector<RawRespondent> respondents;
};

}  // namespace cxkit::score

#include <cxkit/score/questionnaire.hpp>
#include <optional>
#include <string_view>

namespace cxkit::score {

// Reads one answer as written: a whole number on the scale, one of the
// scale's labels (case-insensitive), a spelling of "not applicable" (n/a,
// na, not applicable, ...), or nothing (missing). Null when it is none.
std::optional<Answer> parse_answer(const Scale& scale, std::string_view text);

// An answer in 16 bits, as many respondents are streamed to the scorer:
// 0 missing, 1 not applicable, 2 + (value - scale min) for a value. A scale
// spans at most 2001 points (base/limits.hpp), so every answer fits.
using AnswerCode = std::uint16_t;
inline constexpr AnswerCode kMissingCode = 0;
inline constexpr AnswerCode kNotApplicableCode = 1;
inline AnswerCode encode(const Scale& scale, const Answer& answer) {
  switch (answer.state) {
    case Answer::State::Missing: return kMissingCode;
    case Answer::State::NotApplicable: return kNotApplicableCode;
    case Answer::State::Value: break;
  }
  return static_cast<AnswerCode>(2 + answer.value - scale.min);
}
inline Answer decode(const Scale& scale, AnswerCode code) {
  if (code == kMissingCode) return {};
  if (code == kNotApplicableCode) return {Answer::State::NotApplicable, 0};
  return {Answer::State::Value, scale.min + code - 2};
}

}  // namespace cxkit::score
