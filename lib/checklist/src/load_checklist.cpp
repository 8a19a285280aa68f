#include <cxkit/base/i18n.hpp>
#include <cxkit/checklist/load.hpp>

#include <cxkit/base/io.hpp>
#include <cxkit/base/builtins.hpp>
#include <cxkit/base/document.hpp>
#include <cxkit/base/provenance.hpp>
#include <cxkit/base/suggest.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace cxkit::checklist {

using namespace base;  // loaders speak the document API

namespace {

// Text that must say something: a blank title or item is a mistake.
std::string words(const Source& src, const Fields& f, std::string_view key, std::string_view what) {
  const Node& node = f.require(key);
  std::string value = src.text(node, fmt::format("'{}'", key));
  if (value.find_first_not_of(" \t\r\n") == std::string::npos)
    src.fail(node, base::trfe("{}'s '{}' is empty: expected some text", what, key));
  return value;
}

Checklist::Mode read_mode(const Source& src, const Fields& f) {
  const Node* node = f.find("mode");
  if (!node) return Checklist::Mode::DoConfirm;
  const std::string value = src.text(*node, "'mode'");
  const std::vector<Checklist::Mode> modes = {Checklist::Mode::DoConfirm, Checklist::Mode::ReadDo,
                                              Checklist::Mode::Reference};
  std::vector<std::string> names;
  for (const auto mode : modes) {
    if (name(mode) == value) return mode;
    names.emplace_back(name(mode));
  }
  src.fail(*node, base::trfe("'mode' is '{}'{}: expected one of: {}", shown(value), base::did_you_mean(value, names),
                             base::join(names)));
}

// Ids count as used once read, even when a later field is wrong.
ChecklistRule read_rule(const Source& src, const Node& node, UniqueIds& ids) {
  Fields f(src, node, "a rule", {"id", "text", "note", "source_note"});
  ChecklistRule rule;
  rule.id = f.id("id");
  ids.add(rule.id, node);
  rule.text = words(src, f, "text", "a rule");
  rule.note = f.text_or("note");
  rule.source_note = f.text_or("source_note");
  return rule;
}

ChecklistItem read_item(const Source& src, const Node& node, UniqueIds& ids, Checklist::Mode mode) {
  Fields f(src, node, "an item", {"id", "text", "critical", "ground", "note", "source_note"});
  ChecklistItem item;
  item.id = f.id("id");
  ids.add(item.id, node);
  item.text = words(src, f, "text", "an item");
  item.critical = f.boolean_or("critical", false);
  if (item.critical && mode == Checklist::Mode::Reference)
    src.fail(f.require("critical"), base::tre("a reference card has nothing to tick, so nothing critical: expected no "
                                              "'critical' (or mode: do-confirm or read-do)"));
  item.ground = f.text_or("ground");
  if (!item.ground.empty() && !item.critical)
    src.fail(f.require("ground"), base::tre("'ground' says why an item is critical, but this one is not: expected "
                                            "critical: true with it, or no 'ground'"));
  item.note = f.text_or("note");
  item.source_note = f.text_or("source_note");
  return item;
}

// write_in: true (a line under each item), false, or how many lines.
std::size_t read_write_in(const Source& src, const Fields& f) {
  const Node* node = f.find("write_in");
  if (!node) return 0;
  if (node->is_scalar() && node->plain && (node->value == "true" || node->value == "false"))
    return node->value == "true" ? 1 : 0;
  const bool number = node->is_scalar() && node->plain && !node->value.empty() && node->value.size() <= 4 &&
                      node->value.find_first_not_of("0123456789") == std::string::npos;
  if (!number || std::stoll(node->value) > base::limits::kWriteInLines)
    src.fail(*node, base::trfe("'write_in' is '{}': expected true, false or the lines to write on, 0 to {}",
                               shown(node->value), base::limits::kWriteInLines));
  return static_cast<std::size_t>(std::stoll(node->value));
}

// A stage's fields and each of its items are checked on their own.
ChecklistStage read_stage(const Source& src, const Node& node, UniqueIds& stage_ids, Checklist::Mode mode,
                          Problems& problems) {
  Fields f(src, node, "a stage", {"id", "title", "note", "source_note", "situation", "write_in", "items"},
           &problems);
  ChecklistStage stage;
  problems.check([&] {
    stage.id = f.id("id");
    stage_ids.add(stage.id, node);
  });
  problems.check([&] { stage.title = words(src, f, "title", "a stage"); });
  problems.check([&] { stage.note = f.text_or("note"); });
  problems.check([&] { stage.source_note = f.text_or("source_note"); });
  problems.check([&] { stage.situation = f.boolean_or("situation", false); });
  problems.check([&] { stage.write_in = read_write_in(src, f); });
  UniqueIds item_ids(src, fmt::format("item (in stage '{}')", stage.id), &problems);
  for (const auto& item_node : f.sequence("items", 1, problems))
    problems.check([&] { stage.items.push_back(read_item(src, *item_node, item_ids, mode)); });
  return stage;
}

}  // namespace

Checklist parse_checklist(std::string_view text, const std::string& source, const Limits& limits) {
  Problems problems;
  const ModelFile file(text, source, "checklist", "the checklist",
                       {"id", "title", "language", "mode", "revision", "source", "source_note", "lost", "note", "rules",
                        "stages"},
                       limits,
                       &problems);
  const Source& src = file.source();
  const Fields& f = file.fields();
  // Each part is checked on its own; the checklist is returned only when all are right.
  Checklist checklist;
  problems.check([&] { checklist.id = f.id("id"); });
  problems.check([&] { checklist.title = words(src, f, "title", "the checklist"); });
  problems.check([&] { checklist.language = f.text_or("language", "en"); });
  problems.check([&] { checklist.mode = read_mode(src, f); });
  problems.check([&] { checklist.revision = f.text_or("revision"); });
  problems.check([&] { checklist.source = f.text_or("source"); });
  problems.check([&] { checklist.note = f.text_or("note"); });
  problems.check([&] { checklist.source_note = f.text_or("source_note"); });
  problems.check([&] { checklist.lost = f.text_or("lost"); });

  UniqueIds rule_ids(src, "rule", &problems);
  for (const auto& node : f.sequence("rules", 0, problems))
    problems.check([&] { checklist.rules.push_back(read_rule(src, *node, rule_ids)); });
  UniqueIds stage_ids(src, "stage", &problems);
  if (problems.check([&] { f.require("stages"); }))
    for (const auto& node : f.sequence("stages", 1, problems))
      problems.check(
          [&] { checklist.stages.push_back(read_stage(src, *node, stage_ids, checklist.mode, problems)); });
  problems.finish();
  checklist.file = source;
  checklist.sha256 = base::sha256(text);
  return checklist;
}

Checklist load_checklist(const std::string& id_or_path, const Limits& limits) {
  if (looks_like_path(id_or_path))
    return parse_checklist(base::read_input(id_or_path, limits.max_bytes), base::display_name(id_or_path), limits);
  return builtin_checklist(id_or_path);
}

Checklist builtin_checklist(std::string_view id) {
  if (const Builtin* builtin = find_builtin("checklist", id)) return parse_checklist(builtin->text, builtin->source);
  const std::vector<std::string> ids = base::builtin_ids("checklist");
  throw Error(base::trfe("there is no built-in checklist '{}'{}; built-ins: {}; or give the path of a "
                         "checklist file",
                         shown(id), base::did_you_mean(id, ids), base::join(ids)));
}

std::vector<Checklist> builtin_checklists() {
  std::vector<Checklist> out;
  for (const auto& id : base::builtin_ids("checklist")) out.push_back(builtin_checklist(id));
  return out;
}

}  // namespace cxkit::checklist
