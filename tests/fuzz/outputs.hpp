#pragma once
// What every writer's output must be, whatever the model held: valid UTF-8,
// and for each format the escaping of the issue "Untrusted input and safe
// output". Canaries make escaping checkable: the seeds hold text such as
// `<zq`, `&zq`, `"zq`, `'zq` and `,zq`, which no template writes, so a raw
// one in HTML, XML or a GitHub property means a value went out unescaped.
#include "fuzz.hpp"

#include <cxkit/base/format.hpp>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::fuzz {

// The media of the format tables (cxkit/base/format.hpp).
using Format = base::Media;

namespace detail {

inline void no_canary(std::string_view name, std::string_view out, std::string_view input,
                      std::initializer_list<std::string_view> canaries) {
  for (auto canary : canaries)
    if (input.find(canary) != std::string_view::npos && out.find(canary) != std::string_view::npos)
      fail(std::string(name) + ": the input's '" + std::string(canary) + "' reached the output unescaped",
           out.substr(out.find(canary) > 200 ? out.find(canary) - 200 : 0, 400));
}

// Markdown: every row of a table has as many unescaped '|' as its first.
inline void markdown_tables(std::string_view name, std::string_view out) {
  std::size_t expected = 0;
  std::size_t start = 0;
  while (start < out.size()) {
    std::size_t end = out.find('\n', start);
    if (end == std::string_view::npos) end = out.size();
    const std::string_view line = out.substr(start, end - start);
    if (line.empty() || line[0] != '|') {
      expected = 0;
    } else {
      std::size_t pipes = 0, backslashes = 0;
      for (char c : line) {
        if (c == '|' && backslashes % 2 == 0) ++pipes;
        backslashes = c == '\\' ? backslashes + 1 : 0;
      }
      if (expected == 0) expected = pipes;
      if (pipes != expected) fail(std::string(name) + ": a Markdown table row has a different number of cells", line);
    }
    start = end + 1;
  }
}

// RFC 4180: the whole output parses, every record has the header's number
// of fields, and no text cell starts like a spreadsheet formula.
inline void csv_table(std::string_view name, std::string_view out) {
  std::vector<std::vector<std::string>> records(1);
  std::string cell;
  bool quoted = false, in_quotes = false;
  const auto end_cell = [&] {
    if (!quoted && !cell.empty()) {
      const char c = cell[0];
      char* stop = nullptr;
      const bool number = (std::strtod(cell.c_str(), &stop), stop == cell.c_str() + cell.size());
      if (c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r' || (c == '-' && !number))
        fail(std::string(name) + ": a CSV cell starts like a formula", cell);
    }
    if (quoted && !cell.empty() && std::string_view("=+@\t\r").find(cell[0]) != std::string_view::npos)
      fail(std::string(name) + ": a quoted CSV cell starts like a formula", cell);
    records.back().push_back(cell);
    cell.clear();
    quoted = false;
  };
  for (std::size_t i = 0; i < out.size(); ++i) {
    const char c = out[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < out.size() && out[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        in_quotes = false;
        if (i + 1 < out.size() && out[i + 1] != ',' && out[i + 1] != '\r' && out[i + 1] != '\n')
          fail(std::string(name) + ": text after a closing quote in CSV", out.substr(i, 80));
      } else {
        cell += c;
      }
    } else if (c == '"') {
      if (!cell.empty()) fail(std::string(name) + ": a quote inside an unquoted CSV cell", cell);
      in_quotes = quoted = true;
    } else if (c == ',') {
      end_cell();
    } else if (c == '\r' && i + 1 < out.size() && out[i + 1] == '\n') {
      // the \n ends the record
    } else if (c == '\n') {
      end_cell();
      records.emplace_back();
    } else {
      cell += c;
    }
  }
  if (in_quotes)
    fail(std::string(name) + ": an unterminated quote in CSV", out.substr(out.size() > 200 ? out.size() - 200 : 0));
  if (!cell.empty() || quoted) end_cell();
  if (records.back().empty()) records.pop_back();
  for (const auto& record : records)
    if (record.size() != records.front().size())
      fail(std::string(name) + ": a CSV record with a different number of fields than the header",
           record.empty() ? "" : record.front());
}

}  // namespace detail

inline void check_output(std::string_view name, Format format, std::string_view out, std::string_view input) {
  if (!base::is_valid_utf8(out)) fail(std::string(name) + ": output that is not valid UTF-8", out);
  switch (format) {
    case Format::Text:
      if (has_control(out, "\n\t")) fail(std::string(name) + ": a control character (ESC?) in terminal text", out);
      break;
    case Format::Markdown:
      if (has_control(out, "\n\t")) fail(std::string(name) + ": a control character in Markdown", out);
      detail::markdown_tables(name, out);
      break;
    case Format::Json:
      if (!nlohmann::json::accept(out)) fail(std::string(name) + ": output that is not valid JSON", out);
      break;
    case Format::Ndjson: {
      std::size_t start = 0;
      while (start < out.size()) {
        const std::size_t end = out.find('\n', start);
        if (end == std::string_view::npos) fail(std::string(name) + ": NDJSON not ending in a newline", out);
        if (!nlohmann::json::accept(out.substr(start, end - start)))
          fail(std::string(name) + ": an NDJSON line that is not valid JSON", out.substr(start, end - start));
        start = end + 1;
      }
      break;
    }
    case Format::Csv:
      detail::csv_table(name, out);
      break;
    case Format::Html:
      if (has_control(out, "\n\t")) fail(std::string(name) + ": a control character in HTML", out);
      detail::no_canary(name, out, input, {"<zq", "&zq", "\"zq", "'zq", ">zq"});
      break;
    case Format::Xml:
      // XML 1.0 allows no C0 control but tab, LF and CR, and not U+FFFE/U+FFFF.
      for (char c : out)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r')
          fail(std::string(name) + ": a character XML 1.0 forbids", out);
      if (out.find("\xEF\xBF\xBE") != std::string_view::npos || out.find("\xEF\xBF\xBF") != std::string_view::npos)
        fail(std::string(name) + ": U+FFFE or U+FFFF in XML", out);
      detail::no_canary(name, out, input, {"<zq", "&zq", "\"zq", "'zq", ">zq"});
      break;
    case Format::GithubCommands: {
      std::size_t start = 0;
      while (start < out.size()) {
        std::size_t end = out.find('\n', start);
        if (end == std::string_view::npos) end = out.size();
        const std::string_view line = out.substr(start, end - start);
        if (line.substr(0, 2) != "::") fail(std::string(name) + ": a line that is not a workflow command", line);
        if (line.find('\r') != std::string_view::npos) fail(std::string(name) + ": a CR in a workflow command", line);
        const std::size_t props = line.find(' ');
        const std::size_t message = line.find("::", 2);
        if (props != std::string_view::npos && message != std::string_view::npos && props < message &&
            input.find(",zq") != std::string_view::npos &&
            line.substr(props, message - props).find(",zq") != std::string_view::npos)
          fail(std::string(name) + ": a ',' from the input unescaped in a workflow command property", line);
        start = end + 1;
      }
      break;
    }
  }
}

}  // namespace cxkit::fuzz
