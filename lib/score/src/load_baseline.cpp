#include <cxkit/base/i18n.hpp>
#include <cxkit/base/provenance.hpp>
#include <cxkit/base/io.hpp>
#include <cxkit/base/limits.hpp>
#include <cxkit/score/load.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace cxkit::score {

using base::Limits;
using base::check_text;
using base::shown;

namespace {

Location position(std::string_view text, const std::string& source, std::size_t byte) {
  const auto at = base::line_column(text, byte);
  return {source, at.line, at.column};
}

std::optional<double> percent(const nlohmann::json& j, const std::string& source, const std::string& what) {
  if (j.is_null()) return std::nullopt;
  if (!j.is_number())
    throw Error({source}, base::trfe("{} is not a number or null: expected a {}", what, hint(Hint::ScoreReport)));
  return j.get<double>();
}

// Where the first `"key":` is written (cx-score writes the report's own keys
// before any group's); the file's start when it is not found.
Location key_at(std::string_view text, const std::string& source, std::string_view key) {
  const std::string quoted = fmt::format("\"{}\"", key);
  for (auto at = text.find(quoted); at != std::string_view::npos; at = text.find(quoted, at + 1)) {
    const auto next = text.find_first_not_of(" \t\r\n", at + quoted.size());
    if (next != std::string_view::npos && text[next] == ':') return position(text, source, at);
  }
  return {source, 1, 1};
}

std::optional<int> scale_end(const nlohmann::json& scale, const char* end, const Location& where) {
  const auto value = scale.value(end, nlohmann::json());
  if (!value.is_number_integer() || value.get<long long>() < -base::limits::kScale ||
      value.get<long long>() > base::limits::kScale)
    throw Error(where, base::trfe("'scale.{}' is not a whole number from -{} to {}: expected a {}", end,
                                  base::limits::kScale, base::limits::kScale, hint(Hint::ScoreReport)));
  return static_cast<int>(value.get<long long>());
}

}  // namespace

Baseline parse_baseline(std::string_view text, const std::string& source) {
  check_text(text, source);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text.begin(), text.end(), nullptr, true, false);
  } catch (const nlohmann::json::parse_error& e) {
    std::string message = e.what();
    const auto colon = message.rfind(": ");
    // The parser quotes what it read last, which may end inside a UTF-8 sequence.
    throw Error(position(text, source, e.byte == 0 ? 0 : e.byte - 1),
                colon == std::string::npos
                    ? base::trfe("invalid JSON; expected a {}", hint(Hint::ScoreReport))
                    : base::trfe("invalid JSON: {}; expected a {}", shown(message.substr(colon + 2), 200),
                                 hint(Hint::ScoreReport)));
  } catch (const nlohmann::json::out_of_range& e) {
    // A number too large for a double ("number overflow parsing '1e400'"):
    // pointed at where the number is.
    const std::string message = e.what();
    const auto open = message.find('\''), close = message.rfind('\'');
    const std::string number = open < close ? message.substr(open + 1, close - open - 1) : std::string();
    const auto at = number.empty() ? std::string_view::npos : text.find(number);
    throw Error(position(text, source, at == std::string_view::npos ? 0 : at),
                base::trfe("the number '{}' is too large: expected a {}", shown(number), hint(Hint::ScoreReport)));
  }
  const auto expect = [&](bool ok, std::string_view what) {
    if (!ok) throw Error({source}, base::trfe("{}: expected a {}", what, hint(Hint::ScoreReport)));
  };
  expect(j.is_object() && j.contains("sections") && j["sections"].is_array() && j.contains("overall") &&
             j["overall"].is_object(),
         "the file has no 'sections' list and 'overall' object");
  Baseline b;
  b.source = source;
  expect(j.contains("questionnaire") && j["questionnaire"].is_object() &&
             j["questionnaire"].value("id", nlohmann::json()).is_string(),
         "the file has no 'questionnaire.id'");
  b.questionnaire = j["questionnaire"]["id"].get<std::string>();
  b.questionnaire_where = key_at(text, source, "questionnaire");
  expect(j.value("method", nlohmann::json()).is_string(), "the file has no 'method'");
  b.method = j["method"].get<std::string>();
  b.method_where = key_at(text, source, "method");
  if (j.contains("scale")) {
    b.scale_where = key_at(text, source, "scale");
    if (!j["scale"].is_object())
      throw Error(b.scale_where, base::trfe("'scale' is not an object: expected a {}", hint(Hint::ScoreReport)));
    b.scale_min = scale_end(j["scale"], "min", b.scale_where);
    b.scale_max = scale_end(j["scale"], "max", b.scale_where);
  }
  b.overall = percent(j["overall"].value("percent", nlohmann::json()), source, "'overall.percent'");
  for (const auto& section : j["sections"]) {
    expect(section.is_object() && section.contains("id") && section["id"].is_string(), "a section has no 'id'");
    b.sections.push_back({section["id"].get<std::string>(),
                          percent(section.value("percent", nlohmann::json()), source, "a section's 'percent'")});
  }
  b.sha256 = base::sha256(text);
  return b;
}

Baseline load_baseline(const std::string& path, const Limits& limits) {
  return parse_baseline(base::read_input(path, limits.max_bytes), base::display_name(path));
}

}  // namespace cxkit::score
