#include <cxkit/base/i18n.hpp>
#include <cxkit/audit/load.hpp>

#include <cxkit/base/io.hpp>
#include <cxkit/base/document.hpp>
#include <cxkit/base/provenance.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <system_error>

namespace cxkit::audit {

using namespace base;  // loaders speak the document API

namespace {

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

Waiver read_waiver(const Source& src, const Node& node) {
  Fields f(src, node, "the waiver", {"reason", "until"});
  Waiver waiver;
  if (!f.find("reason"))
    src.fail(node, base::tre("the waiver has no 'reason': expected why the finding is accepted, e.g. "
                             "reason: \"replacement system goes live in Q1\""));
  waiver.reason = f.text("reason");
  if (blank(waiver.reason))
    src.fail(f.require("reason"), base::tre("the waiver's 'reason' is empty: expected why the finding is accepted"));
  if (!f.find("until"))
    src.fail(node, base::tre("the waiver has no 'until': expected the last day it applies, written YYYY-MM-DD"));
  waiver.until = *f.optional_date("until");
  waiver.where = src.at(node);
  return waiver;
}

// The id counts as used once read, even when a later field is wrong.
Policy read_policy(const Source& src, const Node& node, UniqueIds& ids) {
  Fields f(src, node, "a policy",
           {"id", "text", "friendly", "necessary", "basis", "explanation", "complaints", "owner", "waiver"});
  Policy policy;
  policy.id = f.id("id");
  ids.add(policy.id, node);
  policy.text = f.text("text");
  policy.friendly = f.optional_boolean("friendly");
  policy.necessary = f.optional_boolean("necessary");
  policy.basis = f.text_or("basis");
  policy.explanation = f.text_or("explanation");
  policy.complaints = f.integer_or("complaints", 0, 0, base::limits::kComplaints);
  policy.owner = f.text_or("owner");
  if (const Node* waiver = f.find("waiver")) policy.waiver = read_waiver(src, *waiver);
  policy.where = src.at(node);
  return policy;
}

}  // namespace

PolicySet parse_policies(std::string_view text, const std::string& source, const Limits& limits) {
  Problems problems;
  const ModelFile file(text, source, "policies", "the inventory", {"organisation", "period", "policies"}, limits,
                       &problems);
  const Source& src = file.source();
  const Fields& f = file.fields();
  // Each policy is checked on its own; the set is returned only when all are right.
  PolicySet set;
  set.source = source;
  set.sha256 = base::sha256(text);
  problems.check([&] { set.organisation = f.text_or("organisation"); });
  problems.check([&] { set.period = f.text_or("period"); });
  if (!f.find("policies")) {
    problems.add(Error(src.at(file.root()), base::tre("the inventory has no 'policies': expected a list of policies, each "
                                                      "with an id: and a text:")));
    problems.finish();  // throws: there is nothing more to check
  }
  UniqueIds ids(src, "policy", &problems);
  for (const auto& node : f.sequence("policies", 1, problems))
    problems.check([&] { set.policies.push_back(read_policy(src, *node, ids)); });
  problems.finish();
  return set;
}

PolicySet load_policies(const std::string& path, const Limits& limits) {
  const std::string name = display_path(path);
  std::string text;
  try {
    text = base::read_input(path, limits.max_bytes);
  } catch (const Error& e) {
    throw Error({name, e.where().line, e.where().column}, e.message());
  }
  return parse_policies(text, name, limits);
}

std::string display_path(const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path given(path);
  if (path == "-" || !given.is_absolute()) return base::display_name(path);
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  if (ec) return path;
  const fs::path relative = given.lexically_normal().lexically_relative(cwd);
  if (relative.empty() || relative == "." || *relative.begin() == "..") return path;
  return relative.string();
}

}  // namespace cxkit::audit
