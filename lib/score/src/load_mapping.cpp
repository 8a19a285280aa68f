#include <cxkit/base/i18n.hpp>
#include <cxkit/base/provenance.hpp>
#include <cxkit/base/io.hpp>
#include <cxkit/base/document.hpp>
#include <cxkit/score/load.hpp>
#include "engine/survey.hpp"

#include <fmt/format.h>

#include <regex>

namespace cxkit::score {

using namespace base;  // loaders speak the document API

namespace {

ColumnSelector read_selector(const Source& src, const Node& node, std::string_view what) {
  Fields f(src, node, std::string(what), {"header", "regex", "index"});
  const int given = (f.find("header") ? 1 : 0) + (f.find("regex") ? 1 : 0) + (f.find("index") ? 1 : 0);
  if (given != 1)
    src.fail(node, base::trfe("{} gives {} column selectors: expected exactly one of header, regex or index", what,
                              given));
  ColumnSelector s;
  s.where = src.at(node);
  if (f.find("header")) {
    s.by = ColumnSelector::By::Header;
    s.text = f.text("header");
  } else if (f.find("regex")) {
    s.by = ColumnSelector::By::Regex;
    s.text = f.text("regex");
    if (s.text.size() > base::limits::kPatternLength)
      src.fail(f.require("regex"), base::trfe("'regex' is {} bytes long: expected a pattern of at most {}",
                                              s.text.size(), base::limits::kPatternLength));
    static const std::regex counts(R"(\{\s*(\d+)\s*(,\s*(\d*)\s*)?\})");
    for (std::sregex_iterator it(s.text.begin(), s.text.end(), counts), end; it != end; ++it)
      for (int group : {1, 3}) {
        const std::string count = (*it)[group].str();
        if (!count.empty() && (count.size() > 6 || std::stol(count) > base::limits::kPatternCount))
          src.fail(f.require("regex"), base::trfe("'regex' repeats something {} times: expected counts of at most {} "
                                                  "in {{n}} and {{n,m}}",
                                                  count, base::limits::kPatternCount));
      }
    try {
      column_pattern(s.text);
    } catch (const std::regex_error& e) {
      src.fail(f.require("regex"), base::trfe("'regex' is not a valid regular expression ({}): expected an "
                                              "ECMAScript pattern",
                                              e.what()));
    }
  } else {
    s.by = ColumnSelector::By::Index;
    s.index = static_cast<std::size_t>(src.integer(f.require("index"), "'index'", 1, base::limits::kColumnIndex));
  }
  return s;
}

}  // namespace

Mapping parse_mapping(std::string_view text, const std::string& source, const Limits& limits) {
  Problems problems;
  const ModelFile file(text, source, "mapping", "the mapping",
                       {"questionnaire", "tool", "client", "note", "header_rows", "id", "group", "items", "values"},
                       limits, &problems);
  const Source& src = file.source();
  const Fields& f = file.fields();
  // Each part is checked on its own; the mapping is returned only when all are right.
  Mapping m;
  m.source = source;
  problems.check([&] { m.questionnaire = f.text_or("questionnaire"); });
  m.questionnaire_where = src.at(f.find("questionnaire") ? *f.find("questionnaire") : file.root());
  problems.check([&] { m.tool = f.text_or("tool"); });
  problems.check([&] { m.client = f.text_or("client"); });
  problems.check([&] { m.note = f.text_or("note"); });
  if (f.find("header_rows"))
    problems.check([&] {
      m.header_rows = static_cast<std::size_t>(f.integer_or("header_rows", 1, 1, base::limits::kHeaderRows));
    });
  if (const Node* id = f.find("id")) problems.check([&] { m.id = read_selector(src, *id, "'id'"); });
  if (const Node* group = f.find("group")) problems.check([&] { m.group = read_selector(src, *group, "'group'"); });
  problems.check([&] {
    const Node& items = f.require("items");
    if (!items.is_map()) src.fail(items, base::tre("'items' is not a mapping: expected item-id: {header: ...} pairs"));
    for (const auto& entry : items.entries)
      problems.check([&] {
        m.items.push_back({entry.key, read_selector(src, *entry.value, "the column of '" + shown(entry.key) + "'")});
      });
  });
  if (const Node* values = f.find("values"))
    problems.check([&] {
      if (!values->is_map()) src.fail(*values, base::tre("'values' is not a mapping: expected text: answer pairs"));
      for (const auto& entry : values->entries)
        problems.check([&] {
          const Node& v = *entry.value;
          const std::string answer = src.text(v, "the value of '" + shown(entry.key) + "'");
          Answer a{Answer::State::NotApplicable, 0};
          if (answer != "n/a")
            a = {Answer::State::Value,
                 static_cast<int>(src.integer(v, "a value", -base::limits::kScale, base::limits::kScale))};
          m.values.push_back({entry.key, a, src.at(v)});
        });
    });
  problems.finish();
  m.sha256 = base::sha256(text);
  return m;
}

Mapping load_mapping(const std::string& path, const Limits& limits) {
  return parse_mapping(base::read_input(path, limits.max_bytes), base::display_name(path), limits);
}

}  // namespace cxkit::score
