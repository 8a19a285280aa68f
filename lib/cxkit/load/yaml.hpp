#pragma once
// The only place that touches yaml-cpp. Untrusted text becomes a small tree
// of our own nodes, each with its 1-based position, after every check that
// yaml-cpp does not make: valid UTF-8, no control characters, one document,
// bounded nesting and alias expansion, no alias cycles, no duplicate keys,
// only the core schema's tags.
#include <cxkit/text/utf8.hpp>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <cxkit/error.hpp>

namespace cxkit::load {

struct Limits {
  // Largest input file accepted, in bytes (--max-input-size).
  std::size_t max_bytes = 16u << 20;
  // Deepest nesting of sequences and mappings accepted.
  int max_depth = 64;
  // Nodes a document may expand to, aliases counted at every use.
  std::size_t max_nodes = 1'000'000;
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

// Input text as an error message quotes it (text/utf8.hpp).
using text::shown;

// Parses one YAML document. An empty document is an error.
std::shared_ptr<const Node> parse_yaml(std::string_view text, const std::string& source,
                                       const Limits& limits = {});

}  // namespace cxkit::load
