#pragma once
// Rules of the YAML 1.2 specification that yaml-cpp 0.7 does not enforce:
// it reads the documents the YAML test suite marks invalid as something else
// (tests/scripts/test_yaml_suite.sh). The parser calls these with the
// position yaml-cpp gives a node; each reads the text there and throws Error
// at the offending line:col. Positions are yaml-cpp's marks: 0-based lines
// and byte columns, a leading BOM not counted.
#include <cxkit/base/error.hpp>

#include <yaml-cpp/mark.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::base {

inline constexpr std::string_view kEndsInQuotes = "the file ends inside quoted text: expected the closing quote";

// The message for an escape that double quotes do not have.
std::string unknown_escape(std::string_view escape);

class Syntax {
 public:
  Syntax(std::string_view text, std::string source);

  // `indent` below is the fewest spaces a line of the node needs: one more
  // than the column of the block mapping or list that holds it, 0 at the root.

  // A node in block context (not inside '[ ]' or '{ }'), when yaml-cpp has
  // read its properties; a scalar when yaml-cpp has read it.
  void check_node(const YAML::Mark& mark, int indent, bool key) const;
  void check_scalar(const YAML::Mark& mark, int indent, bool key) const;
  // A '[ ]' or '{ }' in block context, when yaml-cpp has read all of it.
  void check_flow(const YAML::Mark& mark, int indent) const;
  // A plain key of a block mapping that yaml-cpp gave no value.
  void check_colon(const YAML::Mark& mark, const std::string& key) const;
  // The column of the first entry of a block collection starting at `mark`.
  int entry_column(const YAML::Mark& mark) const;

 private:
  std::size_t offset(const YAML::Mark& mark) const;
  int column(std::size_t pos) const;
  Location locate(std::size_t pos) const;
  bool blank_at(std::size_t pos) const;
  bool comment_at(std::size_t pos) const;
  [[noreturn]] void fail(std::size_t pos, const std::string& message) const;
  std::size_t skip_blank(std::size_t pos) const;
  std::size_t token_end(std::size_t pos) const;
  std::size_t properties(std::size_t pos, int indent, bool key) const;
  void check_line(std::size_t start, int indent, std::size_t opened, bool comments) const;
  std::size_t check_quoted(std::size_t open, int indent) const;
  void check_block_scalar(std::size_t header, int indent) const;
  void check_no_comment_after(std::size_t pos) const;

  std::string_view text_;
  std::string source_;
  std::size_t bom_ = 0;
  std::vector<std::size_t> lines_;  // where each line starts
};

}  // namespace cxkit::base
