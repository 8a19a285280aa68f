#pragma once
// What every fuzz target checks: a loader either returns a model or throws
// cxkit::Error, and each line of that error is clean, one a terminal can show:
// `source:line:col: error: ...`, valid UTF-8, no control characters, not
// flooding. Anything else aborts, so libFuzzer keeps the input.
// CXKIT_FUZZ_MESSAGES=1 prints every error line, to review the wording of
// a corpus (`fuzz_x corpus/x -runs=0 2>&1 | grep ': error: ' | sort -u`).
#include <cxkit/base/error.hpp>
#include <cxkit/base/limits.hpp>
#include <cxkit/base/text.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <initializer_list>
#include <string>
#include <string_view>
#include <typeinfo>

namespace cxkit::fuzz {

[[noreturn]] inline void fail(std::string_view what, std::string_view detail) {
  std::fprintf(stderr, "\nFUZZ INVARIANT BROKEN: %.*s\n%.*s\n", static_cast<int>(what.size()), what.data(),
               static_cast<int>(detail.size() > 4000 ? 4000 : detail.size()), detail.data());
  std::abort();
}

// True when text holds a C0 control (except those allowed), DEL or a C1
// control (U+0080..U+009F).
inline bool has_control(std::string_view text, std::string_view allowed = "") {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto u = static_cast<unsigned char>(text[i]);
    if ((u < 0x20 || u == 0x7F) && allowed.find(text[i]) == std::string_view::npos) return true;
    if (u == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F &&
        static_cast<unsigned char>(text[i + 1]) >= 0x80)
      return true;
  }
  return false;
}

// An error line is printed as is on stderr: it must say where and be safe.
inline void check_line(const Error& e, std::initializer_list<std::string_view> sources) {
  const std::string_view line = e.what();
  if (std::getenv("CXKIT_FUZZ_MESSAGES")) std::fprintf(stderr, "%s\n", e.what());
  bool located = false;
  for (auto source : sources)
    if (line.substr(0, source.size()) == source && line.size() > source.size() && line[source.size()] == ':')
      located = true;
  if (!located) fail("an input error that does not name the input", line);
  if (line.find(": error: ") == std::string_view::npos) fail("an error line without ': error: '", line);
  if (!base::is_valid_utf8(line)) fail("an error line that is not valid UTF-8", line);
  if (has_control(line)) fail("an error line with a control character (terminal escape or line break)", line);
  if (line.size() > 2000) fail("an error line over 2000 bytes (it echoes too much of the input)", line);
}

// An error may carry the further errors of its file: each is a line.
inline void check_error(const Error& e, std::initializer_list<std::string_view> sources) {
  const auto lines = errors(e);
  if (lines.size() > base::limits::kErrors + 1) fail("more error lines than the cap", e.what());
  for (const Error& line : lines) check_line(line, sources);
}

// Runs `body`; cxkit::Error is checked, any other exception is a bug: the
// programs would print it without a location (or die).
template <typename Body>
void expect_model_or_error(Body&& body, std::initializer_list<std::string_view> sources) {
  try {
    body();
  } catch (const Error& e) {
    check_error(e, sources);
  } catch (const std::exception& e) {
    fail(std::string("an exception other than cxkit::Error: ") + typeid(e).name(), e.what());
  } catch (...) {
    fail("an exception that is not a std::exception", "");
  }
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace cxkit::fuzz
