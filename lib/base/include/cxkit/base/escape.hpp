#pragma once
// Escaping for every output format, in one place. Each writer passes every
// value it did not write itself through the function for its format.
#include <string>
#include <string_view>

namespace cxkit::base {

// HTML text and attribute values: & < > " '
std::string html(std::string_view text);

// One RFC 4180 CSV cell: quoted when it holds a comma, quote, CR or LF; a
// cell starting with = + - @, tab or CR gets a leading ' so a spreadsheet
// does not run it as a formula. Numbers written by us are passed raw.
std::string csv_cell(std::string_view text);

// XML 1.0 text and attributes: & < > " ' escaped, characters XML 1.0
// forbids (most C0 controls) replaced by U+FFFD.
std::string xml(std::string_view text);

// A Markdown table cell: | escaped, line breaks as spaces, and the
// characters that would start markup (\ ` * _ [ ] < >) escaped.
std::string markdown_cell(std::string_view text);

// GitHub workflow command message and property values.
std::string github_message(std::string_view text);
std::string github_property(std::string_view text);

// A file path as a URI reference (SARIF artifact locations): every byte but
// the unreserved characters (letters, digits, - . _ ~) and '/' is
// percent-encoded, so spaces, '%', '#' and non-ASCII names stay valid.
std::string uri_path(std::string_view path);

// A CSS string, quotes included: \ and " escaped, and every character that
// could end the string or the <style> element (line breaks, controls, <, >,
// &) written as a hex escape ("\3C "), so that a value cannot leave it.
std::string css_string(std::string_view text);

// Text for a terminal: ESC and other control characters (but tab and
// newline) become U+FFFD, so no escape sequence reaches the terminal.
std::string terminal(std::string_view text);

}  // namespace cxkit::base
