#include "yaml/syntax.hpp"

#include <cxkit/base/i18n.hpp>
#include <cxkit/base/error.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace cxkit::base {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_break(char c) { return c == '\n' || c == '\r'; }
bool is_flow_indicator(char c) { return std::string_view(",[]{}").find(c) != std::string_view::npos; }

// The escapes of double quotes (spec 5.7, c-ns-esc-char); a backslash before
// a line break is allowed too (s-double-escaped).
bool is_escape(char c) { return std::string_view("0abt\tnvfre \"/\\N_LPxuU\n\r").find(c) != std::string_view::npos; }

std::string spaces(int n) { return fmt::format("{} space{}", n, n == 1 ? "" : "s"); }

}  // namespace

std::string unknown_escape(std::string_view escape) {
  return "an unknown escape '\\" + shown(escape) +
         "' in double quotes: expected one of \\\\ \\\" \\n \\t \\uXXXX (or single quotes, which have no escapes)";
}

Syntax::Syntax(std::string_view text, std::string source) : text_(text), source_(std::move(source)) {
  bom_ = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  lines_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') lines_.push_back(i + 1);
}

std::size_t Syntax::offset(const YAML::Mark& mark) const {
  if (mark.line < 0 || static_cast<std::size_t>(mark.line) >= lines_.size()) return text_.size();
  const std::size_t start = lines_[static_cast<std::size_t>(mark.line)] + (mark.line == 0 ? bom_ : 0);
  return std::min(start + static_cast<std::size_t>(std::max(mark.column, 0)), text_.size());
}

int Syntax::column(std::size_t pos) const {
  const auto line = std::upper_bound(lines_.begin(), lines_.end(), pos) - 1;
  return static_cast<int>(pos - *line - (line == lines_.begin() ? bom_ : 0));
}

// Reported like check_text(): 1-based, the column counted in characters.
Location Syntax::locate(std::size_t pos) const {
  const auto line = std::upper_bound(lines_.begin(), lines_.end(), pos) - 1;
  int column = 1;
  for (std::size_t i = *line + (line == lines_.begin() ? bom_ : 0); i < pos; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  return {source_, static_cast<int>(line - lines_.begin()) + 1, column};
}

// The end of the text, a space, a tab or a line break.
bool Syntax::blank_at(std::size_t pos) const {
  return pos >= text_.size() || is_space(text_[pos]) || is_break(text_[pos]);
}

// A '#' after white space, or at the start of the text.
bool Syntax::comment_at(std::size_t pos) const {
  return pos < text_.size() && text_[pos] == '#' && (pos == 0 || blank_at(pos - 1));
}

void Syntax::fail(std::size_t pos, const std::string& message) const {
  throw Error(locate(pos), base::trfe("invalid YAML: {}", message));
}

// Spaces, tabs, line breaks and comments.
std::size_t Syntax::skip_blank(std::size_t pos) const {
  while (pos < text_.size()) {
    if (comment_at(pos))
      pos = std::min(text_.find('\n', pos), text_.size());
    else if (blank_at(pos))
      ++pos;
    else
      break;
  }
  return pos;
}

// The end of an anchor, alias or tag; a verbatim tag (!<...>) may hold ','.
std::size_t Syntax::token_end(std::size_t pos) const {
  if (text_.substr(pos, 2) == "!<") {
    const std::size_t close = text_.find('>', pos);
    if (close != std::string_view::npos) return close + 1;
  }
  while (!blank_at(pos) && !is_flow_indicator(text_[pos])) ++pos;
  return pos;
}

// Spec 6.1 and 7.3 (s-flow-line-prefix, suite cases QB6E, 9C9N, DK95,
// Y79Y): in block context, every further line of quoted text or of a
// '[ ]' or '{ }' is indented by at least `indent` spaces; tabs do not count.
// Blank lines, and comment lines between entries, may be indented less.
void Syntax::check_line(std::size_t start, int indent, std::size_t opened, bool comments) const {
  std::size_t pos = start;
  while (pos < text_.size() && text_[pos] == ' ') ++pos;
  std::size_t first = pos;
  while (first < text_.size() && is_space(text_[first])) ++first;
  if (blank_at(first) || (comments && text_[first] == '#')) return;
  if (static_cast<int>(pos - start) >= indent) return;
  const Location at = locate(opened);
  const char open = text_[opened];
  const std::string what =
      open == '[' ? "list opened with '['" : open == '{' ? "mapping opened with '{'" : "quoted text opened";
  const std::string closing = open == '[' ? "']'" : open == '{' ? "'}'" : "quote";
  fail(first, base::trfe("the {} at line {}, column {} goes on to this line, which is indented no more than the "
                         "mapping or list holding it (is the closing {} missing?): expected the closing {}, or "
                         "further lines indented by {} or more{}",
                         what, at.line, at.column, closing, closing, spaces(indent),
                         pos != first ? " (a tab does not count)" : ""));
}

// Quoted text from its opening quote; returns where it ends.
std::size_t Syntax::check_quoted(std::size_t open, int indent) const {
  const char quote = text_[open];
  for (std::size_t i = open + 1; i < text_.size(); ++i) {
    const char c = text_[i];
    if (c == '\n') {
      check_line(i + 1, indent, open, false);
    } else if (c == quote) {
      if (quote == '"' || i + 1 == text_.size() || text_[i + 1] != '\'') return i + 1;
      ++i;  // '' is a quote inside single quotes
    } else if (c == '\\' && quote == '"' && i + 1 < text_.size()) {
      // Spec 5.7 (suite case HRE5): yaml-cpp also takes \' for a quote.
      char32_t cp = 0;
      const std::size_t len = std::max<std::size_t>(utf8_sequence(text_, i + 1, cp), 1);
      if (!is_escape(text_[i + 1])) fail(i, unknown_escape(text_.substr(i + 1, len)));
      if (!is_break(text_[i + 1])) ++i;
    }
  }
  // Spec 7.3 (suite case CQ3W): yaml-cpp takes the end of the file for the closing quote.
  fail(open, std::string(kEndsInQuotes));
}

// Spec 6.6 (s-b-comment, suite cases 9JBA, CVW2, SU5Z, X4QW): a comment's
// '#' follows white space; right after a token yaml-cpp still took it for one.
void Syntax::check_no_comment_after(std::size_t pos) const {
  if (pos < text_.size() && pos > 0 && text_[pos] == '#')
    fail(pos, base::trfe("'#' right after '{}' starts no comment: expected a space before the '#' of a comment",
                         text_[pos - 1]));
}

// Spec 8.1.1.1 (suite case S98Z): blank lines before the first line of a
// block scalar have no more spaces than that line, which sets the indentation.
void Syntax::check_block_scalar(std::size_t header, int indent) const {
  std::size_t pos = header + 1;
  bool indicated = false;
  while (pos < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[pos])) || text_[pos] == '+' ||
                                text_[pos] == '-')) {
    indicated = indicated || std::isdigit(static_cast<unsigned char>(text_[pos]));
    ++pos;
  }
  check_no_comment_after(pos);
  if (indicated) return;
  std::size_t line = text_.find('\n', pos);
  std::size_t widest = 0, widest_at = 0;
  while (line != std::string_view::npos) {
    const std::size_t start = line + 1;
    std::size_t end = start;
    while (end < text_.size() && text_[end] == ' ') ++end;
    if (!blank_at(end)) {
      const std::size_t width = end - start;
      if (static_cast<int>(width) >= indent && widest > width)
        fail(widest_at, base::trfe("a blank line at the start of a block scalar has {}, more than the {} of its "
                                   "first line of text: expected at most {} (or an indentation indicator such "
                                   "as '{}{}')",
                                   spaces(static_cast<int>(widest)), width, width, text_[header], width));
      return;
    }
    if (end - start > widest) {
      widest = end - start;
      widest_at = start;
    }
    line = text_.find('\n', end);
  }
}

std::size_t Syntax::properties(std::size_t pos, int indent, bool key) const {
  for (;;) {
    pos = skip_blank(pos);
    if (pos >= text_.size()) return pos;
    const char c = text_[pos];
    const bool entry = c == '-' && blank_at(pos + 1);
    // Spec 8.2.3 (s-l+block-node, suite cases G9HC, H7J7): a value, its
    // anchor and its tag are indented more than the collection holding them;
    // only a list's '- ' may stand at its key's column.
    if (!key && !entry && column(pos) < indent) {
      const std::string what = c == '&' ? "the anchor " + shown(text_.substr(pos, token_end(pos) - pos))
                               : c == '!' ? "the tag " + shown(text_.substr(pos, token_end(pos) - pos))
                                          : std::string("this value");
      fail(pos, base::trfe("{} is not indented more than the mapping or list it belongs to: expected it after "
                           "its key or '- ', or on a line indented by {} or more",
                           what, spaces(indent)));
    }
    if (c != '&' && c != '!') return pos;
    pos = token_end(pos);
  }
}

void Syntax::check_node(const YAML::Mark& mark, int indent, bool key) const {
  properties(offset(mark), indent, key);
}

void Syntax::check_scalar(const YAML::Mark& mark, int indent, bool key) const {
  const std::size_t pos = properties(offset(mark), indent, key);
  if (pos >= text_.size()) return;
  if (text_[pos] == '"' || text_[pos] == '\'') check_no_comment_after(check_quoted(pos, indent));
  if (text_[pos] == '|' || text_[pos] == '>') check_block_scalar(pos, indent);
}

// The collection's own anchor and tag end their line; on the line of the
// first entry they are its key's.
int Syntax::entry_column(const YAML::Mark& mark) const {
  const std::size_t first = skip_blank(offset(mark));
  std::size_t pos = first;
  while (pos < text_.size() && (text_[pos] == '&' || text_[pos] == '!')) {
    pos = token_end(pos);
    while (pos < text_.size() && is_space(text_[pos])) ++pos;
  }
  const bool own = blank_at(pos) || comment_at(pos);
  return column(own ? properties(first, 0, true) : first);
}

// Spec 7.4 and 7.5 (suite cases 9MAG, CTN5, G5U8, YJV2), with the rules
// above inside '[ ]' and '{ }'.
void Syntax::check_flow(const YAML::Mark& mark, int indent) const {
  const std::size_t open = properties(offset(mark), indent, true);
  if (open >= text_.size() || (text_[open] != '[' && text_[open] != '{')) return;  // left to yaml-cpp
  enum class Last { Open, Comma, Indicator, Value } last = Last::Open;
  bool plain = false;  // inside a plain scalar
  std::size_t quote_end = 0;
  int depth = 0;
  std::size_t i = open;
  while (i < text_.size()) {
    const char c = text_[i];
    const bool ends = blank_at(i + 1) || is_flow_indicator(text_[i + 1]);  // the next character ends a token
    const bool start = !plain && last != Last::Value;  // a node may start here
    if (c == '\n') {
      check_line(i + 1, indent, open, true);
    } else if (comment_at(i)) {
      i = std::min(text_.find('\n', i), text_.size());
      plain = false;
      continue;
    } else if (c == '#' && (is_flow_indicator(text_[i - 1]) || i == quote_end)) {
      check_no_comment_after(i);
    } else if ((c == '"' || c == '\'') && start) {
      i = quote_end = check_quoted(i, indent);
      last = Last::Value;
      continue;
    } else if (c == '[' || c == '{') {
      ++depth;
      last = Last::Open;
      plain = false;
    } else if (c == ']' || c == '}') {
      last = Last::Value;
      plain = false;
      if (--depth == 0) {
        check_no_comment_after(i + 1);
        return;
      }
    } else if (c == ',') {
      if (last == Last::Open || last == Last::Comma)
        fail(i, base::tre("an empty entry before this ',': expected a value between '[' or ',' and ',' (or no ',')"));
      last = Last::Comma;
      plain = false;
    } else if (c == ':' && (ends || (!plain && last == Last::Value))) {
      last = Last::Indicator;
      plain = false;
    } else if (c == '-' && start && ends) {
      fail(i, base::tre("a '-' inside '[ ]' or '{ }' is no list item and no value: expected a value (write a dash as \"-\")"));
    } else if ((c == '&' || c == '!' || c == '*') && start) {
      i = token_end(i);
      last = c == '*' ? Last::Value : Last::Indicator;
      continue;
    } else if (!blank_at(i) && start && !(c == '?' && ends)) {
      plain = true;
      last = Last::Value;
    }
    ++i;
  }
}

// Spec 8.2.2 (ns-l-block-map-implicit-entry, suite cases 236B, 7MNF,
// 9CWY): an implicit key is followed by ':' on its line; yaml-cpp takes a
// line with no ':' in a mapping for a key with no value.
void Syntax::check_colon(const YAML::Mark& mark, const std::string& key) const {
  std::size_t pos = properties(offset(mark), 0, true);
  if (pos < text_.size() && (text_[pos] == '"' || text_[pos] == '\'')) pos = check_quoted(pos, 0);
  for (; pos < text_.size() && !is_break(text_[pos]); ++pos) {
    if (comment_at(pos)) break;
    if (text_[pos] == ':' && blank_at(pos + 1)) return;
  }
  fail(offset(mark), base::trfe("'{}' is in a mapping but has no ':': expected 'key: value' (a line that goes on "
                                "with the text above is indented more than its key)",
                                shown(key)));
}

}  // namespace cxkit::base
