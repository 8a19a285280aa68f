#pragma once
// Every bound cxkit puts on untrusted input, defined once. Loaders, readers
// and programs (their option ranges and help) read them from here.
#include <cstddef>

namespace cxkit::base::limits {

// Largest input file accepted by default, in bytes; a program may raise it.
// Our models are hand-written YAML: 16 MiB is generous.
inline constexpr std::size_t kInputBytes = 16u << 20;
// The most a program lets the input limit be raised to.
inline constexpr std::size_t kInputBytesCeiling = std::size_t{1} << 31;
// Deepest nesting of YAML sequences and mappings.
inline constexpr int kDepth = 64;
// Nodes a YAML document may expand to, aliases counted at every use.
inline constexpr std::size_t kNodes = 1'000'000;
// Longest id (letters, digits, '-', '_', '.').
inline constexpr std::size_t kIdLength = 64;

// Scoring keeps a histogram of the scale per item: items times scale points
// must stay small. A self-assessment has tens of items (the built-in 24).
inline constexpr std::size_t kItems = 1000;
// Heaviest item weight, and the bound of a scale's ends (-kScale..kScale):
// with kItems these keep every packed sum of the scorer exact.
inline constexpr long long kWeight = 1000;
inline constexpr long long kScale = 1000;

// Survey exports: header rows before the first response, the highest column
// number a mapping may name, and a mapping's regex: its length and the
// largest count in {n} or {n,m} (both bound the compiled pattern).
inline constexpr long long kHeaderRows = 20;
inline constexpr long long kColumnIndex = 100000;
inline constexpr std::size_t kPatternLength = 200;
inline constexpr long kPatternCount = 100;
// Longest CSV record, and most fields in one (a spreadsheet has at most
// 16,384 columns): memory stays a few times the record.
inline constexpr std::size_t kRecordBytes = 16u << 20;
inline constexpr std::size_t kFields = 1u << 16;
// Most groups a grouped report may make: each costs a few KiB, and a column
// with a value per respondent (an id, a date) is a mistake.
inline constexpr std::size_t kGroups = 10000;
// Most lines to write on under a checklist item (write_in: N).
inline constexpr long long kWriteInLines = 20;
// Warnings kept word for word in a report; the rest are counted.
inline constexpr std::size_t kWarnings = 20;
// Model errors of one file reported word for word (the first in file
// order); the rest are counted.
inline constexpr std::size_t kErrors = 20;

// Complaints are counted by hand per period; a billion is far beyond any
// real count and keeps every sum well inside a long long.
inline constexpr long long kComplaints = 1'000'000'000;

}  // namespace cxkit::limits
