#include <cxkit/base/i18n.hpp>
#include <cxkit/standards/load.hpp>

#include <cxkit/base/document.hpp>
#include <cxkit/base/io.hpp>
#include <cxkit/base/provenance.hpp>
#include <cxkit/base/suggest.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace cxkit::standards {

using namespace base;  // loaders speak the document API

namespace {

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Text that must say something: a blank statement is a mistake.
std::string words(const Source& src, const Fields& f, std::string_view key, std::string_view what) {
  const Node& node = f.require(key);
  std::string value = src.text(node, fmt::format("'{}'", key));
  if (blank(value)) src.fail(node, base::trfe("{}'s '{}' is empty: expected some text", what, key));
  return value;
}

// A list of texts, none of them blank.
std::vector<std::string> word_list(const Source& src, const Fields& f, std::string_view key) {
  std::vector<std::string> out;
  for (const auto& node : f.sequence(key, 0)) {
    out.push_back(src.text(*node, fmt::format("an entry of '{}'", key)));
    if (blank(out.back())) src.fail(*node, base::trfe("an entry of '{}' is empty: expected some text", key));
  }
  return out;
}

Area read_own_area(const Source& src, const Node& node, const Workbook& workbook, UniqueIds& ids) {
  Fields f(src, node, "an area", {"id", "title", "kind", "note"});
  Area area;
  area.id = f.id("id");
  if (std::any_of(workbook.areas.begin(), workbook.areas.end(), [&](const Area& a) { return a.id == area.id; }))
    src.fail(f.require("id"), base::trfe("the area '{}' is one of the workbook's: expected the id of an area of "
                                         "your own (the workbook's need no declaring)",
                                         area.id));
  ids.add(area.id, node);
  area.title = words(src, f, "title", "an area");
  const Node& kind = f.require("kind");
  const std::string k = src.text(kind, "'kind'");
  if (k != "organisational" && k != "personal")
    src.fail(kind, base::trfe("'kind' is '{}': expected organisational or personal", shown(k)));
  area.kind = k == "organisational" ? Area::Kind::Organisational : Area::Kind::Personal;
  area.note = f.text_or("note");
  return area;
}

Indicator read_indicator(const Source& src, const Node& node) {
  Fields f(src, node, "the indicator", {"measure", "target", "source"});
  Indicator indicator;
  indicator.measure = words(src, f, "measure", "the indicator");
  indicator.target = f.text_or("target");
  indicator.target_where = src.at(f.find("target") ? *f.find("target") : node);
  indicator.source = f.text_or("source");
  return indicator;
}

Exception read_exception(const Source& src, const Node& node) {
  Fields f(src, node, "an exception", {"role", "reason"});
  return {words(src, f, "role", "an exception"), f.text_or("reason"), src.at(node)};
}

// `area` must be one of the workbook's or one the file declares.
void check_area(const Source& src, const Node& node, const std::string& area, const Workbook& workbook,
                const std::vector<Area>& own) {
  std::vector<std::string> ids;
  for (const auto* list : {&workbook.areas, &own})
    for (const auto& a : *list) ids.push_back(a.id);
  if (std::find(ids.begin(), ids.end(), area) != ids.end()) return;
  src.fail(node, base::trfe("'{}' is not an area{}: expected one of the workbook's fourteen ({}) or one declared "
                            "under areas:",
                            shown(area), base::did_you_mean(area, ids), base::join(ids)));
}

Standard read_standard(const Source& src, const Node& node, const Workbook& workbook, const std::vector<Area>& own,
                       UniqueIds& ids, Problems& problems) {
  Fields f(src, node, "a standard",
           {"id", "area", "statement", "indicator", "requirement", "roles", "developed_with", "applies_to",
            "exceptions", "owner", "review", "note"},
           &problems);
  Standard s;
  s.where = src.at(node);
  s.indicator_where = s.where;
  problems.check([&] {
    s.id = f.id("id");
    ids.add(s.id, node);
  });
  problems.check([&] {
    const Node& area = f.require("area");
    s.area = src.id(area, "'area'");
    s.area_where = src.at(area);
    check_area(src, area, s.area, workbook, own);
  });
  problems.check([&] {
    s.statement = words(src, f, "statement", "a standard");
    s.statement_where = src.at(f.require("statement"));
  });
  problems.check([&] {
    if (const Node* indicator = f.find("indicator")) {
      s.indicator_where = src.at(*indicator);
      s.indicator = read_indicator(src, *indicator);
    }
  });
  problems.check([&] {
    if (const Node* requirement = f.find("requirement")) {
      Fields r(src, *requirement, "the requirement", {"source"});
      s.requirement = r.text_or("source");
    }
  });
  problems.check([&] { s.roles = word_list(src, f, "roles"); });
  problems.check([&] { s.developed_with = word_list(src, f, "developed_with"); });
  problems.check([&] {
    const Node* applies = f.find("applies_to");
    if (!applies || (applies->is_scalar() && applies->value == "all")) return;
    if (!applies->is_sequence())
      src.fail(*applies, base::tre("'applies_to' is neither all nor a list: expected applies_to: all, or a list of roles"));
    s.applies_to_all = false;
    s.applies_to = word_list(src, f, "applies_to");
    if (s.applies_to.empty())
      src.fail(*applies, base::tre("'applies_to' lists no role: expected applies_to: all, or the roles it applies to"));
  });
  for (const auto& e : f.sequence("exceptions", 0, problems))
    problems.check([&] { s.exceptions.push_back(read_exception(src, *e)); });
  problems.check([&] { s.owner = f.text_or("owner"); });
  problems.check([&] { s.review = f.optional_date("review").value_or(""); });
  problems.check([&] { s.note = f.text_or("note"); });
  return s;
}

std::vector<std::string> lower(std::vector<std::string> terms) {
  for (auto& t : terms) std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
  return terms;
}

}  // namespace

StandardSet parse_standards(std::string_view text, const std::string& source, const Workbook& workbook,
                            const Limits& limits) {
  Problems problems;
  const ModelFile file(text, source, "standards", "the standards file",
                       {"organisation", "language", "owner", "note", "vague_terms", "areas", "standards"}, limits,
                       &problems);
  const Source& src = file.source();
  const Fields& f = file.fields();
  StandardSet set;
  set.source = source;
  set.sha256 = base::sha256(text);
  problems.check([&] { set.organisation = f.text_or("organisation"); });
  problems.check([&] { set.language = f.text_or("language", "en"); });
  problems.check([&] { set.owner = f.text_or("owner"); });
  problems.check([&] { f.text_or("note"); });
  set.vague_terms = lower(builtin_vague_terms(set.language));
  problems.check([&] {
    const Node* node = f.find("vague_terms");
    if (!node) return;
    Fields v(src, *node, "'vague_terms'", {"add", "remove"});
    for (const auto& term : lower(word_list(src, v, "add")))
      if (std::find(set.vague_terms.begin(), set.vague_terms.end(), term) == set.vague_terms.end())
        set.vague_terms.push_back(term);
    for (const auto& term : lower(word_list(src, v, "remove")))
      std::erase(set.vague_terms, term);
  });
  UniqueIds area_ids(src, "area", &problems);
  for (const auto& node : f.sequence("areas", 0, problems))
    problems.check([&] { set.areas.push_back(read_own_area(src, *node, workbook, area_ids)); });
  UniqueIds ids(src, "standard", &problems);
  if (problems.check([&] {
        if (!f.find("standards"))
          src.fail(file.root(), base::tre("the standards file has no 'standards': expected a list of standards, each with an "
                                          "id:, an area: and a statement:"));
      }))
    for (const auto& node : f.sequence("standards", 0, problems))
      problems.check([&] { set.standards.push_back(read_standard(src, *node, workbook, set.areas, ids, problems)); });
  problems.finish();
  return set;
}

StandardSet load_standards(const std::string& path, const Workbook& workbook, const Limits& limits) {
  return parse_standards(base::read_input(path, limits.max_bytes), base::display_name(path), workbook, limits);
}

}  // namespace cxkit::standards
