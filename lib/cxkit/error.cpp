#include <cxkit/error.hpp>

namespace cxkit {

std::string to_string(const Location& where) {
  std::string text = where.file;
  if (where.line > 0) {
    text += ':' + std::to_string(where.line);
    if (where.column > 0) text += ':' + std::to_string(where.column);
  }
  return text;
}

Error::Error(Location where, std::string message)
    : where_(std::move(where)), message_(std::move(message)) {
  const std::string place = to_string(where_);
  text_ = place.empty() ? "error: " + message_ : place + ": error: " + message_;
}

}  // namespace cxkit
