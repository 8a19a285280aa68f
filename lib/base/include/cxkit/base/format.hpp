#pragma once
// The format table every program's --format is driven by: one row per
// output format, its name and its writer. The same table gives the option's
// values, its help and the dispatch.
#include <cxkit/base/error.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/suggest.hpp>
#include <cxkit/base/text.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cxkit::base {

// What a format's output is: the rules of its escaping follow from it (and
// the tests that check every output by them).
enum class Media { Text, Json, Ndjson, Csv, Markdown, Html, Xml, GithubCommands };

template <class Result, class Style>
struct Format {
  std::string_view name;
  std::string (*write)(const Result&, const Style&);
  Media media;
};

// The names of a table's rows, in order ("text", "json", ...).
template <class Table>
std::vector<std::string> names(const Table& table) {
  std::vector<std::string> out;
  for (const auto& entry : table) out.emplace_back(entry.name);
  return out;
}

// The row named `name`. Throws Error listing the names when none is (the
// programs' option checks refuse such a name first).
template <class Table>
const auto& row(const Table& table, std::string_view name) {
  for (const auto& entry : table)
    if (entry.name == name) return entry;
  throw Error(trfe("there is no format '{}': expected one of: {}", shown(name), join(names(table))));
}

}  // namespace cxkit::base
