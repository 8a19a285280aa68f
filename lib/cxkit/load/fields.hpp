#pragma once
// Typed, located access to the YAML tree for the model loaders: every wrong
// type, unknown key, missing field or out-of-range value becomes an Error at
// the node's file:line:col saying what was expected.
#include <cxkit/load/yaml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::load {

// One document being loaded: its source name for errors.
struct Source {
  std::string name;

  Location at(const Node& node) const { return {name, node.line, node.column}; }
  [[noreturn]] void fail(const Node& node, const std::string& message) const;

  // Scalar conversions. `what` names the field in messages ("'weight'").
  std::string text(const Node& node, std::string_view what) const;
  bool boolean(const Node& node, std::string_view what) const;
  long long integer(const Node& node, std::string_view what, long long min, long long max) const;
  double number(const Node& node, std::string_view what) const;
  // An identifier: letters, digits, '-', '_' and '.', 1..64 characters.
  std::string id(const Node& node, std::string_view what) const;
  // A date written YYYY-MM-DD, validated, returned as written.
  std::string date(const Node& node, std::string_view what) const;
};

// A mapping whose keys are checked against the allowed set up front.
class Fields {
 public:
  Fields(const Source& source, const Node& node, std::string_view what,
         std::vector<std::string> allowed);

  const Node& node() const { return node_; }
  const Node* find(std::string_view key) const;
  const Node& require(std::string_view key) const;

  std::string text(std::string_view key) const { return source_.text(require(key), quoted(key)); }
  std::string text_or(std::string_view key, std::string fallback = {}) const;
  std::string id(std::string_view key) const { return source_.id(require(key), quoted(key)); }
  bool boolean_or(std::string_view key, bool fallback) const;
  std::optional<bool> optional_boolean(std::string_view key) const;
  long long integer_or(std::string_view key, long long fallback, long long min, long long max) const;
  std::optional<std::string> optional_date(std::string_view key) const;
  // The items of a sequence field; empty when absent. `min_items` enforced.
  const std::vector<std::shared_ptr<const Node>>& sequence(std::string_view key, std::size_t min_items) const;

 private:
  static std::string quoted(std::string_view key) { return "'" + std::string(key) + "'"; }
  const Source& source_;
  const Node& node_;
  std::string what_;
};

// Checks `kind:` and `version:` of a model document's root mapping.
void check_kind(const Source& source, const Node& root, std::string_view kind);

// Fails at `node` when `id` was already seen in this list.
class UniqueIds {
 public:
  UniqueIds(const Source& source, std::string what) : source_(source), what_(std::move(what)) {}
  void add(const std::string& id, const Node& node);

 private:
  const Source& source_;
  std::string what_;
  std::vector<std::pair<std::string, int>> seen_;
};

}  // namespace cxkit::load
