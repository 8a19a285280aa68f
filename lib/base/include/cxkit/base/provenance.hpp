#pragma once
// What made a report: the program and its version, the input files with the
// SHA-256 of each, the settings that name the model and change the numbers,
// and when it was made. Reports print it (a footer; `provenance` in JSON;
// SARIF's invocation), so that a consultant's document says where it came
// from, and the time comes from SOURCE_DATE_EPOCH when set, so that a report
// made again from the same inputs is the same byte for byte.
#include <cxkit/base/diagnostic.hpp>
#include <cxkit/base/format.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::base {

struct Provenance {
  std::string program;  // "cx-score"
  std::string version;  // "0.1.0"
  // UTC, ISO 8601 ("2026-12-01T21:39:13Z").
  std::string made;
  struct Input {
    std::string file;    // as named ("<stdin>", "configs/en/... (built in)")
    std::string sha256;  // of its bytes, lower-case hex
  };
  std::vector<Input> inputs;
  // What names the model and changes the numbers, in order
  // ("questionnaire" = "customer-service-quotient", "method" = "seed").
  std::vector<Property> settings;
};

// The SHA-256 of `bytes`, lower-case hex.
std::string sha256(std::string_view bytes);

// SHA-256 of bytes given in parts (a survey export streamed in blocks).
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void update(std::string_view bytes);
  // The hex digest of everything given; the hash starts again.
  std::string finish();

 private:
  void* context_;
};

// The time a report is made: SOURCE_DATE_EPOCH (seconds since 1970, UTC)
// when `epoch` holds it, else `now` (seconds since 1970). Throws Error when
// `epoch` is set but not a whole number of seconds.
std::string made_at(const char* epoch, std::int64_t now);

// "cx-score 0.1.0, 2026-12-01T21:39:13Z; inputs: a.yaml (sha256 0123…cdef);
// questionnaire customer-service-quotient, method seed": one paragraph.
std::string provenance_text(const Provenance& provenance);

// The footer of a report in a format people read (Text, Markdown or Html),
// escaped for it; "" when the provenance is empty (no program set).
std::string provenance_footer(const Provenance& provenance, Media media);

}  // namespace cxkit::base
