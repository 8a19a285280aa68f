#include <cxkit/base/i18n.hpp>
#include <cxkit/base/document.hpp>

#include <cxkit/base/date.hpp>

#include <cxkit/base/suggest.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cmath>
#include <utility>

namespace cxkit::base {
namespace {

std::string describe(const Node& node) {
  switch (node.type) {
    case Node::Type::Null: return "nothing";
    case Node::Type::Sequence: return "a list";
    case Node::Type::Map: return "a mapping";
    case Node::Type::Scalar: return "'" + shown(node.value) + "'";
  }
  return "?";
}

bool plain_null(const Node& node) {
  return node.is_null() ||
         (node.is_scalar() && node.plain &&
          (node.value.empty() || node.value == "~" || node.value == "null" || node.value == "Null" ||
           node.value == "NULL"));
}

}  // namespace

void Source::fail(const Node& node, const std::string& message) const { throw Error(at(node), message); }

std::string Source::text(const Node& node, std::string_view what) const {
  if (!node.is_scalar() || plain_null(node))
    fail(node, base::trfe("{} is {}: expected text", what, describe(node)));
  return node.value;
}

bool Source::boolean(const Node& node, std::string_view what) const {
  if (node.is_scalar() && node.plain) {
    const auto& v = node.value;
    if (v == "true" || v == "True" || v == "TRUE") return true;
    if (v == "false" || v == "False" || v == "FALSE") return false;
  }
  fail(node, base::trfe("{} is {}: expected true or false", what, describe(node)));
}

long long Source::integer(const Node& node, std::string_view what, long long min, long long max) const {
  long long value = 0;
  bool ok = node.is_scalar() && node.plain && !node.value.empty();
  if (ok) {
    const char* first = node.value.data();
    const char* last = first + node.value.size();
    if (*first == '+') ++first;
    const auto [end, ec] = std::from_chars(first, last, value);
    if (ec == std::errc::result_out_of_range)
      fail(node, base::trfe("{} is {}: expected a whole number from {} to {}", what, shown(node.value), min, max));
    ok = ec == std::errc() && end == last;
  }
  if (!ok) fail(node, base::trfe("{} is {}: expected a whole number", what, describe(node)));
  if (value < min || value > max)
    fail(node, base::trfe("{} is {}: expected a whole number from {} to {}", what, value, min, max));
  return value;
}

double Source::number(const Node& node, std::string_view what) const {
  double value = 0;
  bool ok = node.is_scalar() && node.plain && !node.value.empty();
  if (ok) {
    const char* first = node.value.data();
    const char* last = first + node.value.size();
    if (*first == '+') ++first;
    const auto [end, ec] = std::from_chars(first, last, value);
    ok = ec == std::errc() && end == last && std::isfinite(value);
  }
  if (!ok) fail(node, base::trfe("{} is {}: expected a number", what, describe(node)));
  return value;
}

double Source::decimal(const Node& node, std::string_view what, int decimals, double max) const {
  const std::string_view text = node.value;
  const std::size_t point = text.find('.');
  const std::size_t whole = std::min(point, text.size());
  const std::size_t after = point == std::string_view::npos ? 0 : text.size() - point - 1;
  const auto digits = [](std::string_view part) {
    return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
  };
  const bool ok = node.is_scalar() && node.plain && digits(text.substr(0, whole)) &&
                  (point == std::string_view::npos ||
                   (digits(text.substr(point + 1)) && after <= static_cast<std::size_t>(decimals)));
  const double value = ok ? number(node, what) : 0;
  if (!ok || value <= 0 || value > max)
    fail(node, base::trfe("{} is {}: expected a number above 0 and at most {} with up to {} decimals (1, 1.5, "
                          "0.25)",
                          what, describe(node), max, decimals));
  return value;
}

std::string Source::id(const Node& node, std::string_view what) const {
  std::string value = text(node, what);
  const bool ok = !value.empty() && value.size() <= limits::kIdLength &&
                  value.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") ==
                      std::string::npos;
  if (!ok)
    fail(node, base::trfe("{} is '{}': expected an id of 1 to {} letters, digits, '-', '_' or '.'", what,
                          shown(value), limits::kIdLength));
  return value;
}

std::string Source::date(const Node& node, std::string_view what) const {
  if (!node.is_scalar() || !is_date(node.value))
    fail(node, base::trfe("{} is {}: expected a date written YYYY-MM-DD", what, describe(node)));
  return node.value;
}

void Problems::add(const Error& error) {
  keep(Error(error.where(), error.message()));
  for (const Error& other : error.others()) keep(other);
  left_off_ += error.left_off();
}

// Inserted after those at or before its place; past the cap, the last in
// file order is counted instead of kept, so memory stays bounded.
void Problems::keep(Error error) {
  const auto place = [](const Error& e) { return std::pair(e.where().line, e.where().column); };
  const auto at = std::upper_bound(kept_.begin(), kept_.end(), place(error),
                                   [&](const auto& key, const Error& e) { return key < place(e); });
  kept_.insert(at, std::move(error));
  if (kept_.size() > limits::kErrors) {
    kept_.pop_back();
    ++left_off_;
  }
}

void Problems::finish() const {
  if (kept_.empty()) return;
  throw Error(kept_.front(), {kept_.begin() + 1, kept_.end()}, left_off_);
}

Fields::Fields(const Source& source, const Node& node, std::string_view what, std::vector<std::string> allowed,
               Problems* problems)
    : source_(source), node_(node), what_(what) {
  if (!node.is_map()) source.fail(node, base::trfe("{} is {}: expected a mapping", what_, describe(node)));
  for (const auto& entry : node.entries) {
    if (std::find(allowed.begin(), allowed.end(), entry.key) != allowed.end()) continue;
    Error unknown({source.name, entry.line, entry.column},
                  fmt::format("unknown key '{}' in {}{}; expected one of: {}", shown(entry.key), what_,
                              base::did_you_mean(entry.key, allowed), base::join(allowed)));
    if (!problems) throw unknown;
    problems->add(unknown);
  }
}

const Node* Fields::find(std::string_view key) const {
  for (const auto& entry : node_.entries)
    if (entry.key == key) return plain_null(*entry.value) ? nullptr : entry.value.get();
  return nullptr;
}

const Node& Fields::require(std::string_view key) const {
  if (const Node* found = find(key)) return *found;
  source_.fail(node_, base::trfe("{} has no '{}': expected a value for it", what_, key));
}

std::string Fields::text_or(std::string_view key, std::string fallback) const {
  const Node* found = find(key);
  return found ? source_.text(*found, quoted(key)) : fallback;
}

bool Fields::boolean_or(std::string_view key, bool fallback) const {
  const Node* found = find(key);
  return found ? source_.boolean(*found, quoted(key)) : fallback;
}

std::optional<bool> Fields::optional_boolean(std::string_view key) const {
  const Node* found = find(key);
  if (!found) return std::nullopt;
  return source_.boolean(*found, quoted(key));
}

long long Fields::integer_or(std::string_view key, long long fallback, long long min, long long max) const {
  const Node* found = find(key);
  return found ? source_.integer(*found, quoted(key), min, max) : fallback;
}

std::optional<std::string> Fields::optional_date(std::string_view key) const {
  const Node* found = find(key);
  if (!found) return std::nullopt;
  return source_.date(*found, quoted(key));
}

const std::vector<std::shared_ptr<const Node>>& Fields::sequence(std::string_view key, std::size_t min_items) const {
  static const std::vector<std::shared_ptr<const Node>> none;
  const Node* found = find(key);
  if (found && !found->is_sequence())
    source_.fail(*found, base::trfe("'{}' is {}: expected a list", key, describe(*found)));
  const auto& items = found ? found->items : none;
  if (items.size() < min_items)
    source_.fail(found ? *found : node_,
                 base::trfe("'{}' has {} entries: expected at least {}", key, items.size(), min_items));
  return items;
}

const std::vector<std::shared_ptr<const Node>>& Fields::sequence(std::string_view key, std::size_t min_items,
                                                                Problems& problems) const {
  static const std::vector<std::shared_ptr<const Node>> none;
  const std::vector<std::shared_ptr<const Node>>* items = &none;
  problems.check([&] { items = &sequence(key, min_items); });
  return *items;
}

std::vector<std::string> Fields::texts(std::string_view key, std::size_t min_items) const {
  std::vector<std::string> out;
  for (const auto& item : sequence(key, min_items)) out.push_back(source_.text(*item, fmt::format("an item of '{}'", key)));
  return out;
}

void check_kind(const Source& source, const Node& root, std::string_view kind) {
  if (!root.is_map())
    source.fail(root, base::trfe("the document is {}: expected a mapping with kind: {}", describe(root), kind));
  const Node* found_kind = nullptr;
  const Node* found_version = nullptr;
  for (const auto& entry : root.entries) {
    if (entry.key == "kind") found_kind = entry.value.get();
    if (entry.key == "version") found_version = entry.value.get();
  }
  if (!found_kind) source.fail(root, base::trfe("the document has no 'kind': expected kind: {}", kind));
  const std::string actual = source.text(*found_kind, "'kind'");
  if (actual != kind)
    source.fail(*found_kind, base::trfe("kind is '{}': expected kind: {}", shown(actual), kind));
  if (!found_version) source.fail(root, base::tre("the document has no 'version': expected version: 1"));
  source.integer(*found_version, "'version'", 1, 1);
}

namespace {

std::shared_ptr<const Node> model_root(std::string_view text, const Source& source, std::string_view kind,
                                       const Limits& limits) {
  auto root = parse_yaml(text, source.name, limits);
  check_kind(source, *root, kind);
  return root;
}

std::vector<std::string> with_kind(std::vector<std::string> keys) {
  keys.insert(keys.begin(), {"kind", "version"});
  return keys;
}

}  // namespace

ModelFile::ModelFile(std::string_view text, const std::string& source, std::string_view kind, std::string_view what,
                     std::vector<std::string> keys, const Limits& limits, Problems* problems)
    : source_{source},
      root_(model_root(text, source_, kind, limits)),
      fields_(source_, *root_, what, with_kind(std::move(keys)), problems) {}

void UniqueIds::add(const std::string& id, const Node& node) {
  for (const auto& [seen, line] : seen_) {
    if (seen != id) continue;
    Error duplicate(source_.at(node),
                    fmt::format("duplicate {} id '{}' (first used on line {}): expected each id once", what_, id, line));
    if (!problems_) throw duplicate;
    problems_->add(duplicate);
    return;
  }
  seen_.emplace_back(id, node.line);
}

}  // namespace cxkit::base
