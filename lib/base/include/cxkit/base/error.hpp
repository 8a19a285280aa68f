#pragma once
// The one error type of cxkit: where the problem is and what is wrong.
// Thrown by the library, caught once at the top of each program, printed as
// `file:line:col: error: message`, and mapped to exit code 2. A loader
// that finds several model errors in a file throws the first carrying the
// others (base::Problems in cxkit/base/document.hpp collects them).
#include <cstddef>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit {

struct Location {
  // The file as the user named it ("<stdin>" for standard input); empty when
  // the error concerns no file.
  std::string file;
  // 1-based; 0 when unknown (the column may be unknown when the line is not).
  int line = 0;
  int column = 0;
};

// What the user can do about a problem that only the program can name: the
// library knows no flag and no program, so a message or warning that needs
// one holds a hint (hint(Hint::SkipBadRows)) where the program's words go
// ("--skip-bad-rows"); fill_hints() puts them in.
enum class Hint : unsigned char {
  InputLimit,     // the input limit can be raised
  Help,           // the usage is explained
  SkipBadRows,    // bad survey rows can be skipped
  AllowMissing,   // a missing answer can be counted as n/a
  Mapping,        // a mapping file names a survey's columns
  GroupBy,        // the option that groups a survey
  PerRespondent,  // the option that writes a row per respondent
  ScoreReport,    // the program's JSON report, read back as a baseline
  Stage,          // the option that picks a checklist's stages
  Customer,       // the option that picks customer types
  Method,         // the option that picks another scoring method
  Questionnaire,  // the option that names the questionnaire
  Delimiter,      // the option that names a CSV delimiter
  Encoding,       // the option that names an input's encoding
  Duplicates,     // the option that says what to do with repeated respondents
};
inline constexpr int kHints = 15;

// The hint's place in a message: two bytes no input can put there (every
// quoted input shows a control character escaped).
std::string hint(Hint hint);

// `text` with each hint replaced by words(hint).
std::string fill_hints(std::string_view text, std::string_view (*words)(Hint));

// Words for a hint that name no program's flag ("[skip bad rows]").
std::string_view generic_words(Hint hint);

class Error : public std::exception {
 public:
  Error(Location where, std::string message);
  explicit Error(std::string message) : Error(Location{}, std::move(message)) {}
  // The first error of a file carrying the further ones found with it (each
  // one line, in file order; their own `others` are dropped) and the count
  // of those left off beyond limits::kErrors.
  Error(const Error& first, std::vector<Error> others, std::size_t left_off);

  const Location& where() const noexcept { return where_; }
  // As thrown: hints not yet filled.
  const std::string& message() const noexcept { return message_; }
  const std::vector<Error>& others() const noexcept { return others_; }
  std::size_t left_off() const noexcept { return left_off_; }
  // Every diagnostic line (errors() below) with generic words for hints (a
  // program prints its own: error_line), without a trailing newline.
  const char* what() const noexcept override { return text_.c_str(); }

 private:
  Location where_;
  std::string message_;
  std::vector<Error> others_;
  std::size_t left_off_ = 0;
  std::string text_;
};

// Each error `error` reports, one line each: itself (without the others),
// the others it carries, and when some were left off a last one at the file
// saying how many.
std::vector<Error> errors(const Error& error);

// "file:line:col" (or as much of it as is known).
std::string to_string(const Location& where);

// `file:line:col: error: message`, hints not yet filled; one such line per
// error of errors(error), joined by newlines.
std::string error_line(const Error& error);

}  // namespace cxkit
