#pragma once
// A document: untrusted YAML text as a small tree of our own nodes, each
// with its 1-based position, and typed, located access to its fields. The
// parser (src/yaml/, the only code that touches yaml-cpp) makes every check
// that yaml-cpp does not: valid UTF-8, no control characters, one document,
// bounded nesting and alias expansion, no alias cycles, no duplicate keys,
// only the core schema's tags. Every wrong type, unknown key, missing field
// or out-of-range value becomes an Error at the node's file:line:col saying
// what was expected; Problems gathers those of one file, so that a loader
// reports them all at once.
#include <cxkit/base/error.hpp>
#include <cxkit/base/limits.hpp>
#include <cxkit/base/text.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::base {

struct Limits {
  // Largest input file accepted, in bytes (a program may raise it).
  std::size_t max_bytes = limits::kInputBytes;
  // Deepest nesting of sequences and mappings accepted.
  int max_depth = limits::kDepth;
  // Nodes a document may expand to, aliases counted at every use.
  std::size_t max_nodes = limits::kNodes;
};

struct Node {
  enum class Type { Null, Scalar, Sequence, Map };
  struct Entry;

  Type type = Type::Null;
  int line = 0;
  int column = 0;
  // Scalars: the text; `plain` is false when it was quoted or a block scalar
  // (then it is always a string, never a number, bool or null).
  std::string value;
  bool plain = true;
  std::vector<std::shared_ptr<const Node>> items;  // Sequence
  std::vector<Entry> entries;                      // Map, in file order

  bool is_null() const { return type == Type::Null; }
  bool is_scalar() const { return type == Type::Scalar; }
  bool is_sequence() const { return type == Type::Sequence; }
  bool is_map() const { return type == Type::Map; }
};

struct Node::Entry {
  std::string key;
  int line = 0;
  int column = 0;
  std::shared_ptr<const Node> value;
};

// Checks the raw bytes: valid UTF-8, no NUL or control characters other
// than tab, newline and carriage return. Throws Error at the offending
// line:col of `source`.
void check_text(std::string_view text, const std::string& source);

// Parses one YAML document. An empty document is an error.
std::shared_ptr<const Node> parse_yaml(std::string_view text, const std::string& source,
                                       const Limits& limits = {});

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
  // A number above 0 and at most `max` written with at most `decimals`
  // digits after the point (1, 1.5, 0.25), so that it is exact in units of
  // 10^-decimals.
  double decimal(const Node& node, std::string_view what, int decimals, double max) const;
  // An identifier: letters, digits, '-', '_' and '.', 1..64 characters.
  std::string id(const Node& node, std::string_view what) const;
  // A date written YYYY-MM-DD, validated, returned as written.
  std::string date(const Node& node, std::string_view what) const;
};

// The model errors of one file, so that one bad entry does not hide the
// next: a loader runs each independent part (a top-level field, a list
// entry) through check(), a check that needs earlier parts only when they
// loaded, and finish() at the end. Keeps the first limits::kErrors in file
// order (line, then column; stable) and counts the rest.
class Problems {
 public:
  // Runs `part` and keeps the Error it throws; whether it succeeded.
  template <typename Part>
  bool check(Part&& part) {
    try {
      part();
      return true;
    } catch (const Error& error) {
      add(error);
      return false;
    }
  }
  // Keeps `error` and the errors it carries.
  void add(const Error& error);
  bool empty() const { return kept_.empty(); }
  // Throws the first error carrying the others, when there is any.
  void finish() const;

 private:
  void keep(Error error);
  std::vector<Error> kept_;
  std::size_t left_off_ = 0;
};

// A mapping whose keys are checked against the allowed set up front: an
// unknown key fails, or with `problems` is kept there and reading goes on.
class Fields {
 public:
  Fields(const Source& source, const Node& node, std::string_view what,
         std::vector<std::string> allowed, Problems* problems = nullptr);

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
  // The same, or none when the field is wrong: its error is kept in `problems`.
  const std::vector<std::shared_ptr<const Node>>& sequence(std::string_view key, std::size_t min_items,
                                                           Problems& problems) const;
  // A sequence field of texts.
  std::vector<std::string> texts(std::string_view key, std::size_t min_items) const;

 private:
  static std::string quoted(std::string_view key) { return "'" + std::string(key) + "'"; }
  const Source& source_;
  const Node& node_;
  std::string what_;
};

// Checks `kind:` and `version:` of a model document's root mapping.
void check_kind(const Source& source, const Node& root, std::string_view kind);

// A model file (kind: questionnaire, policies, ...): parsed, its kind and
// version checked, its root's keys `kind`, `version` and `keys` (unknown
// ones kept in `problems` when given).
class ModelFile {
 public:
  ModelFile(std::string_view text, const std::string& source, std::string_view kind, std::string_view what,
            std::vector<std::string> keys, const Limits& limits, Problems* problems = nullptr);
  ModelFile(const ModelFile&) = delete;
  ModelFile& operator=(const ModelFile&) = delete;

  const Source& source() const { return source_; }
  const Node& root() const { return *root_; }
  const Fields& fields() const { return fields_; }

 private:
  Source source_;
  std::shared_ptr<const Node> root_;
  Fields fields_;
};

// Fails at `node` when `id` was already seen in this list, or with
// `problems` keeps that error there and lets reading go on.
class UniqueIds {
 public:
  UniqueIds(const Source& source, std::string what, Problems* problems = nullptr)
      : source_(source), what_(std::move(what)), problems_(problems) {}
  void add(const std::string& id, const Node& node);

 private:
  const Source& source_;
  std::string what_;
  Problems* problems_;
  std::vector<std::pair<std::string, int>> seen_;
};

}  // namespace cxkit::base
