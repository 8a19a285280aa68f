#pragma once
// A policy inventory (kind: policies): every policy an organisation has,
// classified as friendly or unfriendly and necessary or unnecessary, for the
// policy audit of seed 004 §C.
#include <cxkit/base/error.hpp>

#include <optional>
#include <string>
#include <vector>

namespace cxkit::audit {

// Accepts a policy's finding knowingly, for a limited time.
struct Waiver {
  // Why the finding is accepted; never empty.
  std::string reason;
  // The last day (YYYY-MM-DD) the waiver applies; it applies on this day too.
  std::string until;
  // Where the waiver is written, for messages about it.
  Location where;
};

struct Policy {
  // Short kebab-case id, unique within its file ("no-windows").
  std::string id;
  // The policy as customers meet it ("We don't clean windows.").
  std::string text;
  // Whether customers find it friendly; null when not yet classified.
  std::optional<bool> friendly;
  // Whether a real reason requires it; null when not yet classified.
  std::optional<bool> necessary;
  // Why it is necessary: law, health, safety, insurance, contract ...
  std::string basis;
  // What customers are told about a necessary unfriendly policy.
  std::string explanation;
  // Complaints that cite the policy in the inventory's period.
  long long complaints = 0;
  // Who in the organisation answers for the policy.
  std::string owner;
  std::optional<Waiver> waiver;
  // Where the policy starts (its first key), as file:line:col.
  Location where;
};

struct PolicySet {
  // The name errors and reports use for the file ("<stdin>" for stdin).
  std::string source;
  // Whose policies these are ("Sparkle Commercial Cleaning"); may be empty.
  std::string organisation;
  // The period the complaints were counted in ("2026-Q3"); may be empty.
  std::string period;
  // In file order.
  std::vector<Policy> policies;
  // The SHA-256 of the file's bytes, for the report's provenance.
  std::string sha256;
};

}  // namespace cxkit::audit
