#include <cxkit/base/error.hpp>

namespace cxkit {
namespace {

constexpr char kHintMark = '\x1F';

}  // namespace

std::string hint(Hint hint) { return {kHintMark, static_cast<char>('A' + static_cast<int>(hint))}; }

std::string fill_hints(std::string_view text, std::string_view (*words)(Hint)) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const int code = i + 1 < text.size() && text[i] == kHintMark ? text[i + 1] - 'A' : -1;
    if (code < 0 || code >= kHints) {
      out.push_back(text[i]);
      continue;
    }
    out.append(words(static_cast<Hint>(code)));
    ++i;
  }
  return out;
}

std::string_view generic_words(Hint hint) {
  switch (hint) {
    case Hint::InputLimit: return "[input limit]";
    case Hint::Help: return "[help]";
    case Hint::SkipBadRows: return "[skip bad rows]";
    case Hint::AllowMissing: return "[allow missing]";
    case Hint::Mapping: return "[mapping]";
    case Hint::GroupBy: return "[group by]";
    case Hint::PerRespondent: return "[per respondent]";
    case Hint::ScoreReport: return "[score report]";
    case Hint::Stage: return "[stage]";
    case Hint::Customer: return "[customer]";
    case Hint::Method: return "[method]";
    case Hint::Questionnaire: return "[questionnaire]";
    case Hint::Delimiter: return "[delimiter]";
    case Hint::Encoding: return "[encoding]";
    case Hint::Duplicates: return "[duplicates]";
  }
  return "";
}

std::string to_string(const Location& where) {
  std::string text = where.file;
  if (where.line > 0) {
    text += ':' + std::to_string(where.line);
    if (where.column > 0) text += ':' + std::to_string(where.column);
  }
  return text;
}

std::string error_line(const Error& error) {
  const std::string place = to_string(error.where());
  return (place.empty() ? "error: " : place + ": error: ") + error.message();
}

Error::Error(Location where, std::string message)
    : where_(std::move(where)), message_(std::move(message)), text_(fill_hints(error_line(*this), generic_words)) {}

}  // namespace cxkit
