#include <common/app.hpp>

#include "completion.hpp"

#include <cxkit/base/builtins.hpp>
#include <cxkit/base/date.hpp>
#include <cxkit/base/error.hpp>
#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/io.hpp>
#include <cxkit/base/page.hpp>
#include <cxkit/base/suggest.hpp>
#include <cxkit/base/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <unistd.h>

namespace cxkit::app {
namespace {

HintWords program_words = nullptr;

std::string_view words_for(Hint hint) {
  if (const char* words = program_words ? program_words(hint) : nullptr) return words;
  switch (hint) {
    case Hint::InputLimit: return "--max-input-size";
    case Hint::Help: return "--help";
    default: return generic_words(hint);
  }
}

// The error as a workflow command, so that GitHub marks the file's line:
// "::error file=F,line=L,col=C::message" (line and col when known).
std::string github_error(const Error& e) {
  const Location& where = e.where();
  std::string out = "::error file=" + base::github_property(base::terminal(where.file));
  if (where.line > 0) out += fmt::format(",line={}", where.line);
  if (where.column > 0) out += fmt::format(",col={}", where.column);
  return out + "::" + base::github_message(base::terminal(with_words(e.message())));
}

// The built-ins given in English because the chosen language has none.
void notices(const CLI::App& cli) {
  for (const auto& notice : base::take_notices()) std::cerr << cli.get_name() << ": notice: " << notice << '\n';
}

}  // namespace

std::string with_words(std::string_view text) { return fill_hints(text, words_for); }

void setup(CLI::App& cli, Common& common, std::string_view examples) {
  cli.set_version_flag("--version", std::string(CXKIT_VERSION), "Print the version and exit");
  cli.add_option("-o,--output", common.output, "Write to FILE (atomically) instead of standard output")
      ->option_text("FILE");
  cli.add_option("--max-input-size", common.max_input_bytes,
                 fmt::format("Refuse input files larger than BYTES (default {})", base::limits::kInputBytes))
      ->option_text("BYTES")
      ->check(CLI::Range(std::size_t{1}, base::limits::kInputBytesCeiling));
  // The language of the built-ins: --lang, else the locale's (LC_ALL,
  // LC_MESSAGES, LANG, the first set), else English.
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
    if (const char* value = std::getenv(name); value && *value) {
      if (const std::string language = base::language_of_locale(value); !language.empty())
        base::choose_language(language);
      break;
    }
  const std::string known = base::join(base::languages());
  cli.add_option_function<std::string>(
         "--lang", [](const std::string& language) { base::choose_language(base::language_of_locale(language)); },
         "Language of the built-ins: " + known + " (default: the locale's, else en)")
      ->option_text("LANG")
      ->check(CLI::Validator(
          [known](const std::string& language) {
            if (!base::language_of_locale(language).empty()) return std::string();
            return fmt::format("no built-in is in '{}'{}: expected one of {}", base::terminal(language),
                               base::did_you_mean(language, base::languages()), known);
          },
          "LANG"));
  complete_ids(cli.get_option("--lang"), [] { return base::languages(); });
  // Written when parsed, from the whole table: every option is added by then.
  cli.add_option_function<std::string>(
         "--completion",
         [&cli](const std::string& shell) {
           base::write_stdout(completion_script(cli, shell));  // a full disk is an Error: exit 2
           throw CLI::Success();
         },
         "Print the completion script of this program for bash, zsh or fish and exit")
      ->option_text("bash|zsh|fish")
      ->check(CLI::IsMember({"bash", "zsh", "fish"}))
      ->trigger_on_parse();
  cli.footer("\nExamples:\n" + std::string(examples) +
             "\nExit codes: 0 success, 1 findings or a threshold not met, 2 usage or input error.");
}

int run(CLI::App& cli, int argc, char** argv, const std::function<int()>& body, HintWords words) {
  program_words = words;
  // A closed pipe (`| head`) must end the program quietly, not kill it.
  std::signal(SIGPIPE, SIG_IGN);
  try {
    try {
      cli.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
      cli.exit(e);
      return kOk;
    } catch (const CLI::CallForAllHelp& e) {
      cli.exit(e);
      return kOk;
    } catch (const CLI::CallForVersion& e) {
      cli.exit(e);
      return kOk;
    } catch (const CLI::Success&) {
      return kOk;  // --completion wrote its script
    } catch (const CLI::ParseError& e) {
      std::cerr << cli.get_name() << ": error: " << base::terminal(e.what()) << "\nRun with --help for usage.\n";
      return kError;
    }
    const int code = body();
    notices(cli);
    return code;
  } catch (const Error& e) {
    notices(cli);
    // Messages quote file names and values: no escape sequence may reach
    // the terminal through them. A file's model errors come all at once.
    const std::vector<Error> each = errors(e);
    for (const Error& one : each) std::cerr << base::terminal(with_words(error_line(one))) << '\n';
    if (in_github_actions())
      for (const Error& one : each)
        if (!one.where().file.empty()) std::cerr << github_error(one) << '\n';
    return kError;
  } catch (const std::bad_alloc&) {
    std::cerr << "error: out of memory\n";
    return kError;
  } catch (const std::exception& e) {
    std::cerr << "error: " << base::terminal(e.what()) << '\n';
    return kError;
  }
}

bool writes_stdout(const Common& common) { return common.output.empty() || common.output == "-"; }

bool in_github_actions() {
  const char* actions = std::getenv("GITHUB_ACTIONS");
  return actions && std::string_view(actions) == "true";
}

void emit(const Common& common, std::string_view content) {
  if (writes_stdout(common)) {
    base::write_stdout(content);
    return;
  }
  base::write_atomic(common.output, content);  // refuses a path that was read as an input
}

void emit_new(const Common& common, std::string_view content, bool replace) {
  std::error_code ec;
  if (!writes_stdout(common) && !replace && std::filesystem::exists(common.output, ec))
    throw Error({common.output}, base::tre("the file exists: expected a new file for a starting file (what was "
                                           "written in it would be lost; remove it first)"));
  emit(common, content);
}

bool use_color(const Common& common) {
  const char* no_color = std::getenv("NO_COLOR");
  return writes_stdout(common) && (!no_color || !*no_color) && ::isatty(STDOUT_FILENO);
}

void warn(std::string_view line) { std::cerr << base::terminal(with_words(line)) << '\n'; }

std::string format_or_ci(const Common& common, const std::string& format) {
  if (!format.empty()) return format;
  return writes_stdout(common) && in_github_actions() ? "github" : "text";
}

CLI::Option* add_choice(CLI::App& cli, const std::string& name, std::string& value,
                        const std::vector<std::string>& choices, const std::string& help) {
  return cli.add_option(name, value, help)
      ->check(CLI::IsMember(choices))
      ->option_text(fmt::format("{}", fmt::join(choices, "|")));
}

CLI::Option* add_paper(CLI::App& cli, std::string& paper, const std::string& help) {
  return add_choice(cli, "--paper", paper, base::names(base::papers()), help);
}

CLI::Option* add_fail_on(CLI::App& cli, std::string& level, const std::string& help) {
  std::vector<std::string> levels;
  for (const auto& l : base::fail_on_levels()) levels.emplace_back(l.name);
  return add_choice(cli, std::string(kFailOnOption), level, levels, help);
}

std::optional<base::Severity> fail_on_threshold(std::string_view level) {
  for (const auto& l : base::fail_on_levels())
    if (l.name == level) return l.threshold;
  return base::Severity::Error;
}

base::Provenance provenance(std::string_view program) {
  base::Provenance p;
  p.program = program;
  p.version = CXKIT_VERSION;
  p.made = base::made_at(std::getenv("SOURCE_DATE_EPOCH"), static_cast<std::int64_t>(std::time(nullptr)));
  return p;
}

std::string print_date() { return provenance("").made.substr(0, 10); }

CLI::Validator date_check() {
  return CLI::Validator(
      [](std::string& text) {
        return base::is_date(text) ? std::string() : fmt::format("'{}' is not a date: expected YYYY-MM-DD", text);
      },
      "YYYY-MM-DD");
}

}  // namespace cxkit::app
