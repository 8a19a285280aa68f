#pragma once
// Service standards (seed 003): the workbook a team writes them with (kind:
// workbook, built in) and a team's standards file (kind: standards).
#include <cxkit/base/error.hpp>

#include <optional>
#include <string>
#include <vector>

namespace cxkit::standards {

// A text of the workbook in English and as the seed writes it.
struct Text {
  std::string text;
  std::string original;
};

// One of the fourteen areas of quality service, or an area a team declares.
struct Area {
  enum class Kind { Organisational, Personal };
  std::string id;  // "timeliness"
  Kind kind = Kind::Organisational;
  std::string title;    // "Timeliness"
  std::string original;  // the seed's heading ("时限"); empty for a team's own
  // What the seed says of the area before its questions; may be empty.
  Text introduction;
  // The seed's guiding questions, in its order.
  std::vector<Text> questions;
  std::string note;
};

std::string_view name(Area::Kind kind);  // "organisational", "personal"

// One of the seven marks of a good standard, as the seed explains it.
struct Criterion {
  std::string id;  // "measurable"
  std::string title;
  std::string original;
  Text explanation;
  std::string note;
};

// One of the six key processes of a service team, with its points.
struct Process {
  std::string id;
  std::string title;
  std::string original;
  std::vector<Text> points;
  std::string note;
};

struct Workbook {
  std::string id;
  std::string title;
  std::string language;
  std::string source;
  std::string note;
  std::vector<Area> areas;  // organisational first, then personal
  std::vector<Criterion> criteria;
  std::vector<Process> processes;
};

// How a standard is measured: "rings before the call is answered", "<= 3",
// "phone system weekly report".
struct Indicator {
  std::string measure;
  std::string target;
  std::string source;
  Location target_where;  // of `target`, else of the indicator
};

// A role the standard does not apply to, and why.
struct Exception {
  std::string role;
  std::string reason;
  Location where;
};

struct Standard {
  std::string id;
  std::string area;
  Location area_where;
  std::string statement;
  Location statement_where;
  std::optional<Indicator> indicator;
  Location indicator_where;  // where the indicator is or would go: the standard
  // Where the standard comes from in what customers ask (a survey, complaints).
  std::string requirement;
  // The job descriptions it is written into.
  std::vector<std::string> roles;
  // Who wrote it with whom (a workshop, a date).
  std::vector<std::string> developed_with;
  // Every role, or only these.
  bool applies_to_all = true;
  std::vector<std::string> applies_to;
  std::vector<Exception> exceptions;
  std::string owner;
  std::string review;  // YYYY-MM-DD, or empty
  std::string note;
  Location where;
};

struct StandardSet {
  std::string source;  // the file, for reports
  std::string organisation;
  std::string language;  // "en" unless given
  std::string owner;
  // The team's own areas, besides the workbook's fourteen.
  std::vector<Area> areas;
  // The vague terms its statements are checked for: the built-in list of
  // its language, with the file's `vague_terms: {add, remove}` applied.
  std::vector<std::string> vague_terms;
  std::vector<Standard> standards;
  // The SHA-256 of the file's bytes, for the report's provenance.
  std::string sha256;
};

}  // namespace cxkit::standards
