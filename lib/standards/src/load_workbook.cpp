#include <cxkit/base/i18n.hpp>
#include <cxkit/standards/load.hpp>

#include <cxkit/base/builtins.hpp>
#include <cxkit/base/document.hpp>

#include <fmt/format.h>

namespace cxkit::standards {

using namespace base;  // loaders speak the document API

std::string_view name(Area::Kind kind) { return kind == Area::Kind::Organisational ? "organisational" : "personal"; }

namespace {

Text read_text(const Source& src, const Node& node) {
  Fields f(src, node, "a text", {"text", "original"});
  return {f.text("text"), f.text_or("original")};
}

std::vector<Text> read_texts(const Source& src, const Fields& f, std::string_view key, std::size_t min_items,
                             Problems& problems) {
  std::vector<Text> texts;
  for (const auto& node : f.sequence(key, min_items, problems))
    problems.check([&] { texts.push_back(read_text(src, *node)); });
  return texts;
}

Area::Kind read_kind(const Source& src, const Node& node) {
  const std::string kind = src.text(node, "'kind'");
  for (const auto k : {Area::Kind::Organisational, Area::Kind::Personal})
    if (name(k) == kind) return k;
  src.fail(node, base::trfe("'kind' is '{}': expected organisational or personal", shown(kind)));
}

Area read_area(const Source& src, const Node& node, UniqueIds& ids, Problems& problems) {
  Fields f(src, node, "an area",
           {"id", "kind", "title", "original", "introduction", "introduction_original", "questions", "note"},
           &problems);
  Area area;
  problems.check([&] {
    area.id = f.id("id");
    ids.add(area.id, node);
  });
  problems.check([&] { area.kind = read_kind(src, f.require("kind")); });
  problems.check([&] { area.title = f.text("title"); });
  problems.check([&] { area.original = f.text_or("original"); });
  problems.check([&] { area.introduction = {f.text_or("introduction"), f.text_or("introduction_original")}; });
  area.questions = read_texts(src, f, "questions", 1, problems);
  problems.check([&] { area.note = f.text_or("note"); });
  return area;
}

Criterion read_criterion(const Source& src, const Node& node, UniqueIds& ids, Problems& problems) {
  Fields f(src, node, "a criterion", {"id", "title", "original", "text", "text_original", "note"}, &problems);
  Criterion c;
  problems.check([&] {
    c.id = f.id("id");
    ids.add(c.id, node);
  });
  problems.check([&] { c.title = f.text("title"); });
  problems.check([&] { c.original = f.text_or("original"); });
  problems.check([&] { c.explanation = {f.text("text"), f.text_or("text_original")}; });
  problems.check([&] { c.note = f.text_or("note"); });
  return c;
}

Process read_process(const Source& src, const Node& node, UniqueIds& ids, Problems& problems) {
  Fields f(src, node, "a process", {"id", "title", "original", "points", "note"}, &problems);
  Process p;
  problems.check([&] {
    p.id = f.id("id");
    ids.add(p.id, node);
  });
  problems.check([&] { p.title = f.text("title"); });
  problems.check([&] { p.original = f.text_or("original"); });
  p.points = read_texts(src, f, "points", 0, problems);
  problems.check([&] { p.note = f.text_or("note"); });
  return p;
}

}  // namespace

Workbook parse_workbook(std::string_view text, const std::string& source, const Limits& limits) {
  Problems problems;
  const ModelFile file(text, source, "workbook", "the workbook",
                       {"id", "title", "language", "source", "note", "areas", "criteria", "processes"}, limits,
                       &problems);
  const Source& src = file.source();
  const Fields& f = file.fields();
  Workbook w;
  problems.check([&] { w.id = f.id("id"); });
  problems.check([&] { w.title = f.text("title"); });
  problems.check([&] { w.language = f.text_or("language", "en"); });
  problems.check([&] { w.source = f.text_or("source"); });
  problems.check([&] { w.note = f.text_or("note"); });
  UniqueIds area_ids(src, "area", &problems), criterion_ids(src, "criterion", &problems),
      process_ids(src, "process", &problems);
  for (const auto& node : f.sequence("areas", 1, problems))
    problems.check([&] { w.areas.push_back(read_area(src, *node, area_ids, problems)); });
  for (const auto& node : f.sequence("criteria", 1, problems))
    problems.check([&] { w.criteria.push_back(read_criterion(src, *node, criterion_ids, problems)); });
  for (const auto& node : f.sequence("processes", 0, problems))
    problems.check([&] { w.processes.push_back(read_process(src, *node, process_ids, problems)); });
  problems.finish();
  return w;
}

Workbook builtin_workbook(std::string_view language) {
  const Builtin* builtin = find_builtin("workbook", "service-standards", language);
  if (!builtin) throw Error(base::tre("the built-in workbook 'service-standards' is missing: expected it under configs/"));
  return parse_workbook(builtin->text, builtin->source);
}

std::vector<std::string> builtin_vague_terms(std::string_view language) {
  const Builtin* builtin = find_builtin("terms", "vague-terms", language);
  if (!builtin) return {};
  const ModelFile file(builtin->text, builtin->source, "terms", "the terms", {"id", "language", "note", "terms"}, {});
  return file.fields().texts("terms", 1);
}

}  // namespace cxkit::standards
