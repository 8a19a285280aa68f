#include <cxkit/score/responses.hpp>

#include <cxkit/base/suggest.hpp>
#include <cxkit/base/text.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace cxkit::score {

std::optional<Answer> parse_answer(const Scale& scale, std::string_view text) {
  text = base::trim_blanks(text);
  if (text.empty()) return Answer{};
  for (const auto* spellings : {&scale.not_applicable, &scale.also.not_applicable})
    for (const auto& spelling : *spellings)
      if (base::equal_ignoring_case(text, spelling)) return Answer{Answer::State::NotApplicable, 0};
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc() && end == text.data() + text.size())
    return value >= scale.min && value <= scale.max ? std::optional(Answer{Answer::State::Value, value})
                                                    : std::nullopt;
  for (const auto& [point, label] : scale.labels)
    if (base::equal_ignoring_case(text, label)) return Answer{Answer::State::Value, point};
  for (const auto& [point, label] : scale.also.labels)
    if (base::equal_ignoring_case(text, label)) return Answer{Answer::State::Value, point};
  return std::nullopt;
}

}  // namespace cxkit::score
