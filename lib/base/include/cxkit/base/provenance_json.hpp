#pragma once
// A report's provenance as JSON, for the parts whose JSON writers use
// nlohmann::json (header-only: base itself does not link it).
#include <cxkit/base/provenance.hpp>

#include <nlohmann/json.hpp>

#include <variant>

namespace cxkit::base {

inline nlohmann::ordered_json provenance_json(const Provenance& p) {
  nlohmann::ordered_json inputs = nlohmann::ordered_json::array();
  for (const auto& input : p.inputs) inputs.push_back({{"file", input.file}, {"sha256", input.sha256}});
  nlohmann::ordered_json settings = nlohmann::ordered_json::object();
  for (const auto& s : p.settings) std::visit([&](const auto& v) { settings[s.name] = v; }, s.value);
  return {{"program", p.program}, {"version", p.version}, {"made", p.made}, {"inputs", inputs},
          {"settings", settings}};
}

}  // namespace cxkit::base
