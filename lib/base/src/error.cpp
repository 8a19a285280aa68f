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

namespace {

std::string line_of(const Location& where, const std::string& message) {
  const std::string place = to_string(where);
  return (place.empty() ? "error: " : place + ": error: ") + message;
}

// The last line of an error whose file had more than were kept.
Error left_off_line(const Error& error) {
  const std::size_t n = error.left_off();
  return Error(Location{error.where().file},
               "and " + std::to_string(n) + " more error" + (n == 1 ? "" : "s") + " (only the first " +
                   std::to_string(error.others().size() + 1) + " are shown)");
}

}  // namespace

std::vector<Error> errors(const Error& error) {
  std::vector<Error> out{Error(error.where(), error.message())};
  out.insert(out.end(), error.others().begin(), error.others().end());
  if (error.left_off() > 0) out.push_back(left_off_line(error));
  return out;
}

std::string error_line(const Error& error) {
  std::string text = line_of(error.where(), error.message());
  for (const Error& other : error.others()) text += '\n' + line_of(other.where(), other.message());
  if (error.left_off() > 0) text += '\n' + error_line(left_off_line(error));
  return text;
}

Error::Error(Location where, std::string message)
    : where_(std::move(where)), message_(std::move(message)), text_(fill_hints(error_line(*this), generic_words)) {}

Error::Error(const Error& first, std::vector<Error> others, std::size_t left_off)
    : where_(first.where_), message_(first.message_), left_off_(left_off) {
  for (Error& other : others) others_.emplace_back(other.where_, std::move(other.message_));
  text_ = fill_hints(error_line(*this), generic_words);
}

}  // namespace cxkit
