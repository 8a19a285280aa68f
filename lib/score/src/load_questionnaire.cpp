#include <cxkit/base/i18n.hpp>
#include <cxkit/base/provenance.hpp>
#include <cxkit/base/builtins.hpp>
#include <cxkit/base/document.hpp>
#include <cxkit/score/load.hpp>
#include <cxkit/base/io.hpp>
#include <cxkit/base/suggest.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace cxkit::score {

using namespace base;  // loaders speak the document API

namespace {

// How n/a is written in `language`: its built-in spellings, else English's.
std::vector<std::string> builtin_not_applicable(const std::string& language) {
  const Builtin* builtin = find_builtin("answers", "not-applicable", language);
  if (!builtin) return {};
  const ModelFile file(builtin->text, builtin->source, "answers", "the answers", {"id", "language", "spellings"}, {});
  return file.fields().texts("spellings", 1);
}

// The English original's spellings that do not already mean something on
// `scale` (the same word for another point stays that point's only).
void also_accept(Scale& scale, const Scale& english) {
  const auto taken = [&](const std::string& word) {
    for (const auto& [point, label] : scale.labels)
      if (equal_ignoring_case(word, label)) return true;
    for (const auto& spelling : scale.not_applicable)
      if (equal_ignoring_case(word, spelling)) return true;
    return false;
  };
  for (const auto& [point, label] : english.labels)
    if (!taken(label)) scale.also.labels.emplace_back(point, label);
  for (const auto& spelling : english.not_applicable)
    if (!taken(spelling)) scale.also.not_applicable.push_back(spelling);
}

Scale read_scale(const Source& src, const Node& node, const std::string& language) {
  Fields f(src, node, "the scale", {"min", "max", "labels", "not_applicable"});
  Scale scale;
  scale.where = src.at(node);
  scale.min = static_cast<int>(src.integer(f.require("min"), "'min'", -base::limits::kScale, base::limits::kScale));
  scale.max = static_cast<int>(src.integer(f.require("max"), "'max'", -base::limits::kScale, base::limits::kScale));
  if (scale.max <= scale.min)
    src.fail(f.require("max"), base::trfe("the scale's max {} is not above its min {}: expected max > min",
                                          scale.max, scale.min));
  if (const Node* labels = f.find("labels")) {
    if (!labels->is_map()) src.fail(*labels, base::tre("'labels' is not a mapping: expected {1: Never, ...}"));
    for (const auto& entry : labels->entries) {
      Node key;
      key.type = Node::Type::Scalar;
      key.value = entry.key;
      key.line = entry.line;
      key.column = entry.column;
      const int point = static_cast<int>(src.integer(key, "a scale label's key", scale.min, scale.max));
      scale.labels[point] = src.text(*entry.value, "a scale label");
    }
  }
  scale.not_applicable = f.find("not_applicable") ? f.texts("not_applicable", 1) : builtin_not_applicable(language);
  return scale;
}

// The id counts as used once read, even when a later field is wrong.
Item read_item(const Source& src, const Node& node, UniqueIds& ids) {
  Fields f(src, node, "an item", {"id", "text", "reverse", "weight", "note"});
  Item item;
  item.id = f.id("id");
  ids.add(item.id, node);
  item.text = f.text("text");
  item.reverse = f.boolean_or("reverse", false);
  if (const Node* weight = f.find("weight"))
    item.weight = src.decimal(*weight, "'weight'", 3, static_cast<double>(base::limits::kWeight));
  item.note = f.text_or("note");
  return item;
}

// A section's fields and each of its items are checked on their own;
// `items` counts the questionnaire's items so far.
Section read_section(const Source& src, const Node& node, UniqueIds& section_ids, UniqueIds& item_ids,
                     std::size_t& items, Problems& problems) {
  Fields f(src, node, "a section", {"id", "title", "optional", "note", "items"}, &problems);
  Section section;
  problems.check([&] {
    section.id = f.id("id");
    section_ids.add(section.id, f.require("id"));
  });
  problems.check([&] { section.title = f.text("title"); });
  problems.check([&] { section.optional = f.boolean_or("optional", false); });
  problems.check([&] { section.note = f.text_or("note"); });
  for (const auto& item_node : f.sequence("items", 1, problems)) {
    if (items++ == base::limits::kItems)
      problems.add(Error(src.at(*item_node), base::trfe("the questionnaire has more than {} items: expected at most {}",
                                                        base::limits::kItems, base::limits::kItems)));
    if (items > base::limits::kItems) break;
    problems.check([&] { section.items.push_back(read_item(src, *item_node, item_ids)); });
  }
  return section;
}

Band read_band(const Source& src, const Node& node) {
  Fields f(src, node, "a band", {"from", "to", "label", "advice"});
  Band band;
  band.from = src.number(f.require("from"), "'from'");
  band.to = src.number(f.require("to"), "'to'");
  if (band.to <= band.from)
    src.fail(f.require("to"), base::trfe("the band ends at {} before it starts at {}: expected from < to",
                                         band.to, band.from));
  band.label = f.text("label");
  band.advice = f.text_or("advice");
  return band;
}

// Every overall percent falls in one band: from 0, each band starting where
// the one below it ends, the top band ending at 100 (and holding 100).
void check_coverage(const Source& src, const Node& list, std::vector<Band> bands) {
  std::sort(bands.begin(), bands.end(), [](const Band& a, const Band& b) { return a.from < b.from; });
  const auto fail = [&](const std::string& what) {
    src.fail(list, what + ": expected bands that cover 0 to 100 without gaps, the lowest from: 0 and the top band "
                          "to: 100 (a band holds its from, not its to; the top band holds 100 too)");
  };
  if (bands.front().from != 0) fail(base::trfe("the lowest band starts at {}", bands.front().from));
  for (std::size_t i = 1; i < bands.size(); ++i)
    if (bands[i].from != bands[i - 1].to)
      fail(base::trfe("no band holds [{}, {})", bands[i - 1].to, bands[i].from));
  if (bands.back().to != 100) fail(base::trfe("the top band ends at {}", bands.back().to));
}

}  // namespace

Questionnaire parse_questionnaire(std::string_view text, const std::string& source, const Limits& limits) {
  Problems problems;
  const ModelFile file(text, source, "questionnaire", "the questionnaire",
                       {"id", "title", "language", "source", "note", "notice", "lost", "scale", "sections", "bands"},
                       limits, &problems);
  const Source& src = file.source();
  const Fields& f = file.fields();
  // Each part is checked on its own; the model is returned only when all are right.
  Questionnaire q;
  problems.check([&] { q.id = f.id("id"); });
  problems.check([&] { q.title = f.text("title"); });
  problems.check([&] { q.language = f.text_or("language", "en"); });
  problems.check([&] { q.source = f.text_or("source"); });
  problems.check([&] { q.note = f.text_or("note"); });
  problems.check([&] { q.notice = f.text_or("notice"); });
  problems.check([&] { q.lost = f.text_or("lost"); });
  problems.check([&] { q.scale = read_scale(src, f.require("scale"), q.language); });

  UniqueIds section_ids(src, "section", &problems);
  UniqueIds item_ids(src, "item", &problems);
  std::size_t items = 0;
  for (const auto& node : f.sequence("sections", 1, problems))
    problems.check([&] { q.sections.push_back(read_section(src, *node, section_ids, item_ids, items, problems)); });

  // Coverage needs every band.
  bool bands_read = true;
  for (const auto& node : f.sequence("bands", 0, problems))
    bands_read &= problems.check([&] {
      Band band = read_band(src, *node);
      for (const auto& other : q.bands)
        if (band.from < other.to && other.from < band.to)
          src.fail(*node, base::trfe("the band [{}, {}) overlaps the band [{}, {}): expected bands that do not "
                                     "overlap",
                                     band.from, band.to, other.from, other.to));
      q.bands.push_back(std::move(band));
    });
  if (bands_read && !q.bands.empty()) problems.check([&] { check_coverage(src, *f.find("bands"), q.bands); });
  problems.finish();
  q.file = source;
  q.sha256 = base::sha256(text);
  return q;
}

Questionnaire load_questionnaire(const std::string& id_or_path, const Limits& limits,
                                        const Location& named_at) {
  // A responses file without `questionnaire:`, and none given instead.
  if (id_or_path.empty())
    throw Error(named_at, base::trfe("the responses name no questionnaire: expected 'questionnaire:' with a built-in "
                                     "id or the path of a questionnaire file, or one given with {}",
                                     hint(Hint::Questionnaire)));
  if (looks_like_path(id_or_path)) {
    std::string text;
    try {
      text = base::read_input(id_or_path, limits.max_bytes);
    } catch (const Error& e) {
      if (named_at.file.empty()) throw;  // named on the command line: its path is the place
      // Named in a file: the error is where it is named, and says what was tried.
      throw Error(named_at, base::trfe("the questionnaire '{}' named here cannot be read: {}; expected the path of a "
                                       "questionnaire file (relative to this file) or a built-in id",
                                       shown(id_or_path), e.message()));
    }
    return parse_questionnaire(text, base::display_name(id_or_path), limits);
  }
  if (const Builtin* builtin = find_builtin("questionnaire", id_or_path)) {
    Questionnaire q = parse_questionnaire(builtin->text, builtin->source, limits);
    if (builtin->language != "en")
      if (const Builtin* english = find_builtin("questionnaire", id_or_path, "en"))
        also_accept(q.scale, parse_questionnaire(english->text, english->source, limits).scale);
    return q;
  }
  const std::vector<std::string> ids = base::builtin_ids("questionnaire");
  throw Error(named_at, base::trfe("there is no built-in questionnaire '{}'{}; built-ins: {}; or give the path of a "
                          "questionnaire file",
                          shown(id_or_path), base::did_you_mean(id_or_path, ids), base::join(ids)));
}

}  // namespace cxkit::score
