#include <cxkit/base/i18n.hpp>
#include <cxkit/base/document.hpp>

#include <cxkit/base/text.hpp>

#include "yaml/syntax.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <sstream>

namespace cxkit::base {
namespace {

std::string describe_control(char32_t cp) {
  if (cp == 0) return "a NUL byte";
  if (cp == 0x1B) return "an ESC (terminal escape) character";
  return fmt::format("the control character U+{:04X}", static_cast<unsigned>(cp));
}

// A tag as it was written: yaml-cpp expands !!x to tag:yaml.org,2002:x.
std::string display_tag(const std::string& tag) {
  static const std::string core = "tag:yaml.org,2002:";
  return tag.rfind(core, 0) == 0 ? "!!" + tag.substr(core.size()) : tag;
}

// yaml-cpp's messages for the usual mistakes, said with what was expected.
// Others are quoted: they may end with the offending byte (a control
// character, or half of one in UTF-8).
std::string explain(const std::string& message) {
  static const std::pair<std::string_view, std::string_view> kMessages[] = {
      {"end of sequence flow not found", "a list opened with '[' is not closed: expected ',' or ']'"},
      {"end of map flow not found", "a mapping opened with '{' is not closed: expected ',' or '}'"},
      {"end of sequence not found", "a line does not fit the list it is in: expected '- ' items indented alike"},
      {"end of map not found", "a line does not fit the mapping it is in: expected 'key: value' lines indented alike"},
      {"illegal block entry", "a list item ('- ') where none can start: expected it on its own line, under its key "
                              "(is a '[' or '{' before it left open?)"},
      {"illegal map value", "a ':' where no value can start: expected 'key: value' (quote text that holds ': ')"},
      {"illegal flow end", "a ']' or '}' that closes nothing: expected one only after '[' or '{'"},
      {"unknown token", "nothing can start with this: expected a key, a value or a list item"},
      {"the referenced anchor is not defined", "an alias names no anchor: expected '&name' on a node before '*name'"},
      {"alias not found after *", "'*' without a name: expected an alias written '*name'"},
      {"illegal EOF in scalar", kEndsInQuotes},
      {"illegal tab when looking for indentation", "a tab in the indentation: expected spaces"},
  };
  for (const auto& [from, to] : kMessages)
    if (message == from) return std::string(to);
  static constexpr std::string_view kEscape = "unknown escape character: ";
  if (message.rfind(kEscape, 0) == 0) {
    const std::string_view escape = std::string_view(message).substr(kEscape.size());
    if (escape == "\x04")  // yaml-cpp's end of input
      return std::string(kEndsInQuotes);
    return unknown_escape(escape);
  }
  return shown(message);
}

class Builder : public YAML::EventHandler {
 public:
  Builder(std::string source, const Limits& limits, const Syntax& syntax)
      : source_(std::move(source)), limits_(limits), syntax_(syntax) {}

  std::shared_ptr<const Node> root;
  std::optional<YAML::Mark> document_start;

  void OnDocumentStart(const YAML::Mark& mark) override { document_start = mark; }
  void OnDocumentEnd() override {}

  void OnAnchor(const YAML::Mark&, const std::string& name) override { pending_anchor_name_ = name; }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto node = make(Node::Type::Null, mark);
    attach(std::move(node), anchor, 1);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto found = anchors_.find(anchor);
    if (found == anchors_.end()) {
      const auto name = anchor_names_[anchor];
      fail(mark, "the alias *" + shown(name) + " refers to a node that contains it (an alias cycle); "
                 "expected an alias to a complete node defined earlier");
    }
    attach(found->second.node, 0, found->second.weight);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (indent() >= 0) syntax_.check_scalar(mark, indent(), expects_key());
    check_value(mark, value);
    auto node = make(Node::Type::Scalar, mark);
    node->value = value;
    node->plain = tag == "?";
    if (tag != "?" && tag != "!") check_scalar_tag(mark, tag, *node);
    attach(std::move(node), anchor, 1);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(Node::Type::Sequence, mark, tag, anchor, "tag:yaml.org,2002:seq", style);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(Node::Type::Map, mark, tag, anchor, "tag:yaml.org,2002:map", style);
  }
  void OnMapEnd() override { close(); }

  [[noreturn]] void fail(const YAML::Mark& mark, const std::string& message) const {
    throw Error({source_, mark.line + 1, mark.column + 1}, message);
  }

 private:
  struct Frame {
    std::shared_ptr<Node> node;
    YAML::anchor_t anchor = 0;
    std::size_t total_at_start = 0;
    bool expect_key = true;
    std::string key;
    int key_line = 0, key_column = 0;
    // '[ ]' or '{ }'; the indent of the block context it is in (-1 inside
    // '[ ]' or '{ }') and the one its entries need (Syntax).
    bool flow = false;
    int outer = 0, inner = 0;
  };
  struct Anchored {
    std::shared_ptr<const Node> node;
    std::size_t weight = 0;
  };

  // The indent a node needs where it is now (Syntax); -1 inside '[ ]' or
  // '{ }', which Syntax checks whole when it closes.
  int indent() const { return stack_.empty() ? 0 : stack_.back().inner; }
  bool expects_key() const {
    return !stack_.empty() && stack_.back().node->is_map() && stack_.back().expect_key;
  }

  static YAML::Mark mark_of(const Node& node) {
    YAML::Mark mark;
    mark.line = node.line - 1;
    mark.column = node.column - 1;
    return mark;
  }

  std::shared_ptr<Node> make(Node::Type type, const YAML::Mark& mark) {
    auto node = std::make_shared<Node>();
    node->type = type;
    node->line = mark.line + 1;
    node->column = mark.column + 1;
    return node;
  }

  void remember_anchor_name(YAML::anchor_t anchor) {
    if (anchor != 0) anchor_names_[anchor] = pending_anchor_name_;
    pending_anchor_name_.clear();
  }

  // check_text() saw the bytes; escapes in double quotes ("\e", "\0",
  // "\x85") can still make control characters.
  void check_value(const YAML::Mark& mark, const std::string& value) const {
    for (std::size_t i = 0; i < value.size(); ++i) {
      char32_t cp = 0;
      const std::size_t len = base::utf8_sequence(value, i, cp);
      if (len == 0) fail(mark, base::tre("an escape makes text that is not valid UTF-8: expected UTF-8 text"));
      if (is_control(cp))
        fail(mark, describe_control(cp) + " (written as an escape) is not allowed in text: expected printable "
                                          "characters");
      i += len - 1;
    }
  }

  void check_scalar_tag(const YAML::Mark& mark, const std::string& tag, Node& node) {
    static const std::string core = "tag:yaml.org,2002:";
    if (tag == core + "str") { node.plain = false; return; }
    if (tag == core + "int" || tag == core + "float" || tag == core + "bool" || tag == core + "null") return;
    if (display_tag(tag) == "!!binary") fail(mark, base::tre("binary data (!!binary) is not accepted: expected plain text"));
    fail(mark, "the tag " + shown(display_tag(tag)) + " is not supported: expected an untagged value");
  }

  void open(Node::Type type, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
            const std::string& own_tag, YAML::EmitterStyle::value style) {
    const bool flow = style == YAML::EmitterStyle::Flow;
    const int outer = indent();
    if (outer >= 0) syntax_.check_node(mark, outer, expects_key());
    if (tag != "?" && tag != "!" && !tag.empty() && tag != own_tag)
      fail(mark, "the tag " + shown(display_tag(tag)) + " is not supported: expected an untagged value");
    if (static_cast<int>(stack_.size()) >= limits_.max_depth)
      fail(mark, base::trfe("the document is nested more than {} levels deep", limits_.max_depth));
    remember_anchor_name(anchor);
    auto node = make(type, mark);
    count(mark, 1);
    const int inner = flow || outer < 0 ? -1 : syntax_.entry_column(mark) + 1;
    stack_.push_back(Frame{node, anchor, total_, true, {}, 0, 0, flow, outer, inner});
  }

  void close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    if (frame.flow && frame.outer >= 0) syntax_.check_flow(mark_of(*frame.node), frame.outer);
    const std::size_t weight = total_ - frame.total_at_start + 1;
    total_ = frame.total_at_start - 1;  // attach() counts the whole weight again
    attach(frame.node, frame.anchor, weight, /*named=*/true);
  }

  void count(const YAML::Mark& mark, std::size_t weight) {
    total_ += weight;
    if (total_ > limits_.max_nodes)
      fail(mark, base::trfe("the document expands to more than {} nodes (aliases count at every "
                            "use); expected a smaller document",
                            limits_.max_nodes));
  }

  void attach(std::shared_ptr<const Node> node, YAML::anchor_t anchor, std::size_t weight,
              bool named = false) {
    const YAML::Mark mark = mark_of(*node);
    if (!named) remember_anchor_name(anchor);
    count(mark, weight);
    if (anchor != 0) anchors_[anchor] = {node, weight};
    if (stack_.empty()) {
      root = std::move(node);
      return;
    }
    Frame& parent = stack_.back();
    if (parent.node->type == Node::Type::Sequence) {
      parent.node->items.push_back(std::move(node));
      return;
    }
    if (parent.expect_key) {
      if (!node->is_scalar()) fail(mark, base::tre("a mapping key is empty or not plain text: expected a name before ':'"));
      for (const auto& entry : parent.node->entries)
        if (entry.key == node->value)
          fail(mark, base::trfe("duplicate key '{}' (first defined at line {}, column {}); "
                                "expected each key once",
                                shown(node->value), entry.line, entry.column));
      parent.key = node->value;
      parent.key_line = node->line;
      parent.key_column = node->column;
      parent.expect_key = false;
      return;
    }
    if (node->is_null() && !parent.flow && node->line == parent.key_line && node->column == parent.key_column)
      syntax_.check_colon(mark, parent.key);  // yaml-cpp's null for a key with no ':' is where the key is
    parent.node->entries.push_back({parent.key, parent.key_line, parent.key_column, std::move(node)});
    parent.expect_key = true;
  }

  std::string source_;
  Limits limits_;
  const Syntax& syntax_;
  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, Anchored> anchors_;
  std::map<YAML::anchor_t, std::string> anchor_names_;
  std::string pending_anchor_name_;
  std::size_t total_ = 0;
};

// A handler that only notices whether a second document starts.
class SecondDocument : public YAML::EventHandler {
 public:
  std::optional<YAML::Mark> start;
  void OnDocumentStart(const YAML::Mark& mark) override {
    start = mark;
    throw Stop{};
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
  struct Stop {};
};

}  // namespace

void check_text(std::string_view text, const std::string& source) {
  int line = 1, column = 1;
  std::size_t i = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (i < text.size()) {
    char32_t cp = 0;
    const std::size_t len = base::utf8_sequence(text, i, cp);
    if (len == 0)
      throw Error({source, line, column}, base::tre("the file is not valid UTF-8 here: expected UTF-8 text"));
    if (is_control(cp))
      throw Error({source, line, column},
                  base::trfe("{} is not allowed in text: expected printable characters", describe_control(cp)));
    if (cp == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += len;
  }
}

std::shared_ptr<const Node> parse_yaml(std::string_view text, const std::string& source,
                                       const Limits& limits) {
  check_text(text, source);
  std::istringstream stream{std::string(text)};
  const Syntax syntax(text, source);
  Builder builder(source, limits, syntax);
  try {
    YAML::Parser parser(stream);
    if (!parser.HandleNextDocument(builder) || !builder.root || builder.root->is_null()) {
      const bool blank = std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
      throw Error({source, 1, 1}, blank ? base::tre("the file is empty: expected a YAML mapping with kind: and version:")
                                        : base::tre("the file holds no YAML value: expected a mapping with kind: and "
                                                    "version:"));
    }
    SecondDocument second;
    try {
      parser.HandleNextDocument(second);
    } catch (const SecondDocument::Stop&) {
    }
    if (second.start)
      builder.fail(*second.start, base::tre("a second YAML document starts here: expected exactly one document per file"));
  } catch (const YAML::DeepRecursion& e) {
    builder.fail(e.mark, base::trfe("the document is nested more than {} levels deep", limits.max_depth));
  } catch (const YAML::Exception& e) {
    builder.fail(e.mark, "invalid YAML: " + explain(e.msg));
  }
  return builder.root;
}

}  // namespace cxkit::base
