#pragma once
// The one error type of cxkit: where the problem is and what is wrong.
// Thrown by the library, caught once at the top of each program, printed as
// `file:line:col: error: message`, and mapped to exit code 2.
#include <exception>
#include <string>

namespace cxkit {

struct Location {
  // The file as the user named it ("<stdin>" for standard input); empty when
  // the error concerns no file.
  std::string file;
  // 1-based; 0 when unknown (the column may be unknown when the line is not).
  int line = 0;
  int column = 0;
};

class Error : public std::exception {
 public:
  Error(Location where, std::string message);
  explicit Error(std::string message) : Error(Location{}, std::move(message)) {}

  const Location& where() const noexcept { return where_; }
  const std::string& message() const noexcept { return message_; }
  // The whole diagnostic line, without a trailing newline.
  const char* what() const noexcept override { return text_.c_str(); }

 private:
  Location where_;
  std::string message_;
  std::string text_;
};

// "file:line:col" (or as much of it as is known).
std::string to_string(const Location& where);

}  // namespace cxkit
