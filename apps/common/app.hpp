#pragma once
// What the three programs share: exit codes, error printing, output writing.
// Exit codes: 0 success, 1 findings or a threshold not met, 2 usage or input
// error. Nothing else, and never death by a signal.
#include <CLI/CLI.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::app {

inline constexpr int kOk = 0;
inline constexpr int kFindings = 1;
inline constexpr int kError = 2;

// Options every program has.
struct Common {
  std::string output;  // -o/--output; empty: standard output
  std::size_t max_input_bytes = 16u << 20;
};

// Adds --version, -o/--output and --max-input-size, and the examples footer.
void setup(CLI::App& cli, Common& common, std::string_view examples);

// Parses the command line and runs `body`, mapping every failure to an exit
// code: usage errors and cxkit::Error print one line on stderr and give 2.
int run(CLI::App& cli, int argc, char** argv, const std::function<int()>& body);

// Writes the program's output to --output (atomically) or standard output.
// io refuses an output path that this run read as an input.
void emit(const Common& common, std::string_view content);

// Colour only for a terminal, never with NO_COLOR or into a file.
bool use_color(const Common& common);

// Prints a warning line on stderr.
void warn(std::string_view line);

}  // namespace cxkit::app
