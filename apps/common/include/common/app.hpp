#pragma once
// What the three programs share: exit codes, error printing, output writing.
// Exit codes: 0 success, 1 findings or a threshold not met, 2 usage or input
// error. Nothing else, and never death by a signal.
#include <cxkit/base/diagnostic.hpp>
#include <cxkit/base/error.hpp>
#include <cxkit/base/limits.hpp>
#include <cxkit/base/provenance.hpp>

#include <CLI/CLI.hpp>

#include <cstddef>
#include <functional>
#include <optional>
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
  std::size_t max_input_bytes = base::limits::kInputBytes;
};

// Adds --version, -o/--output, --max-input-size, --lang (the language of
// the built-ins; the locale's by default) and --completion bash|zsh|fish,
// and the examples footer.
void setup(CLI::App& cli, Common& common, std::string_view examples);

// The built-in ids a value of `option` may be, for the shell completions
// that --completion writes from the option table; called only then. The
// table itself says the rest: an option text "a|b|c" of lowercase words
// completes those, one that names a FILE completes files, and a subcommand
// NAME of program P hands over to the completion of the program P-NAME (as
// git's commands are git-NAME).
using Words = std::function<std::vector<std::string>()>;
void complete_ids(CLI::Option* option, Words ids);

// A program's words for the hints its part's messages hold (hint() in
// cxkit/base/error.hpp): its flags. Null for a hint it has no words for;
// those every program shares (the input limit, help) are known here.
using HintWords = const char* (*)(Hint);

// Parses the command line and runs `body`, mapping every failure to an exit
// code: a usage error prints one line on stderr and gives 2, a cxkit::Error
// one line per error it reports (errors()) and gives 2. Under GitHub Actions
// each error in a file is also printed as an ::error workflow command, an
// annotation on that file. Messages and warnings get
// `words` for their hints.
int run(CLI::App& cli, int argc, char** argv, const std::function<int()>& body, HintWords words = nullptr);

// Text from the library with the program's words for its hints.
std::string with_words(std::string_view text);

// True when the output goes to standard output (no --output, or "-").
bool writes_stdout(const Common& common);

// True in a GitHub Actions job (GITHUB_ACTIONS=true), whose runner reads
// workflow commands from the program's output.
bool in_github_actions();

// Writes the program's output to --output (atomically) or standard output.
// io refuses an output path that this run read as an input.
void emit(const Common& common, std::string_view content);

// Writes a starting file (a template to fill in) as emit() does, but never
// over an existing file unless `replace`: what was written in it would be lost.
void emit_new(const Common& common, std::string_view content, bool replace = false);

// Colour only for a terminal, never with NO_COLOR or into a file.
bool use_color(const Common& common);

// Prints a warning line on stderr.
void warn(std::string_view line);

// The format of a program that gates CI: `format` (-f) when given, else
// github for the log of a GitHub Actions job (standard output), else text;
// a file named with -o gets text, also under Actions.
std::string format_or_ci(const Common& common, const std::string& format);

// An option whose value is one of `choices` (a format, a paper, a level):
// checked, and its choices shown in the help ("text|json|csv").
CLI::Option* add_choice(CLI::App& cli, const std::string& name, std::string& value,
                        const std::vector<std::string>& choices, const std::string& help);

// --paper a4|letter (base::papers()), for the HTML a program prints.
CLI::Option* add_paper(CLI::App& cli, std::string& paper, const std::string& help);

// The option that says which findings fail the run, --fail-on
// error|warning|note|never (base::fail_on_levels), with `help`; its name.
inline constexpr std::string_view kFailOnOption = "--fail-on";
CLI::Option* add_fail_on(CLI::App& cli, std::string& level, const std::string& help);
// The threshold of the level named `level` (null for never).
std::optional<base::Severity> fail_on_threshold(std::string_view level);

// Checks an option's value is a real calendar date written YYYY-MM-DD.
CLI::Validator date_check();

// The provenance of a report this program makes now: its name and version,
// and the time, from SOURCE_DATE_EPOCH when set (reproducible reports).
base::Provenance provenance(std::string_view program);

// The date a printed page shows by default: the day of provenance() (from
// SOURCE_DATE_EPOCH when set, so that the page is reproducible), YYYY-MM-DD.
std::string print_date();

}  // namespace cxkit::app
