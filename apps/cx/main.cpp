// cx: the front door. `cx score ARGS...` runs cx-score ARGS..., as git runs
// git-<name>; `cx help NAME`, `cx --list` for every program's built-ins.
#include "commands.hpp"
#include "dispatch.hpp"

#include <common/app.hpp>

#include <cxkit/base/escape.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/base/suggest.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <string_view>

namespace {

using namespace cxkit;
using cx::kCommands;

struct Options {
  app::Common common;
  // The command and what follows it, untouched (see split()).
  std::string command;
  std::vector<std::string> args;
  // A word where a command belongs that names none.
  std::string unknown;
  // `cx help NAME`.
  bool help = false;
  std::string help_name;
  bool list = false;
};

constexpr std::string_view kExamples =
    "  cx score examples/score/sparkle-cleaning.yaml      # runs cx-score with the rest\n"
    "  cx audit -f sarif -o cx-audit.sarif policies.yaml\n"
    "  cx help checklist                                  # cx-checklist --help\n"
    "  cx --list                                          # every program's built-ins\n";

std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const auto& command : kCommands) names.emplace_back(command.name);
  return names;
}

bool is_command(std::string_view word) {
  return std::any_of(std::begin(kCommands), std::end(kCommands), [&](const auto& c) { return c.name == word; });
}

std::string program_of(std::string_view command) { return fmt::format("cx-{}", command); }

// The arguments cx parses itself: up to and with the first word that is not
// an option or an option's value, when that word is a program's command (the
// rest is the program's, not CLI11's to read: a `--` or a word that names
// another command would end its subcommand there) or names none (o.unknown).
int split(const CLI::App& cli, int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") return argc;
    if (arg.size() > 1 && arg[0] == '-') {
      const CLI::Option* option = cli.get_option_no_throw(std::string(arg.substr(0, arg.find('='))));
      if (option && option->get_items_expected_min() > 0 && arg.find('=') == std::string_view::npos) ++i;
      continue;
    }
    if (arg == "help") return argc;
    if (!is_command(arg)) {
      o.unknown = arg;
      return i;
    }
    o.command = arg;
    o.args.assign(argv + i + 1, argv + argc);
    return i + 1;
  }
  return argc;
}

// The language cx was given, for the programs it runs (they read the
// locale themselves).
std::vector<std::string> with_language(const CLI::App& cli, std::vector<std::string> args) {
  if (const CLI::Option* lang = cli.get_option("--lang"); lang->count() > 0)
    args.insert(args.begin(), {"--lang", lang->as<std::string>()});
  return args;
}

int not_a_command(const CLI::App& cli, const std::string& word) {
  const std::string near = base::closest(word, command_names());
  std::cerr << base::terminal(fmt::format("cx: '{}' is not a cx command{}", word,
                                          near.empty() ? "" : fmt::format("; did you mean '{}'?", near)))
            << "\nThe commands:\n";
  for (const auto& command : kCommands) std::cerr << fmt::format("  {:<11} {}\n", command.name, command.purpose);
  std::cerr << "Run '" << cli.get_name() << " --help' for usage.\n";
  return app::kError;
}

// The --list of each program that has built-ins, under its command line.
int list(const CLI::App& cli) {
  std::vector<std::pair<std::string, std::string>> programs;
  for (const auto& command : kCommands)
    if (command.lists) {
      std::string program = program_of(command.name);
      std::string path = cx::find_program(program);
      programs.emplace_back(std::move(program), std::move(path));
    }
  int code = app::kOk;
  for (const auto& [program, path] : programs) {
    std::cout << (&program == &programs.front().first ? "" : "\n") << "$ " << program << " --list\n";
    code = std::max(code, cx::run_program(path, program, with_language(cli, {"--list"})));
  }
  return code;
}

int run(const CLI::App& cli, const Options& o) {
  if (!o.unknown.empty()) return not_a_command(cli, o.unknown);
  if (o.list && (o.help || !o.command.empty()))
    throw Error(
        base::tre("--list lists the built-ins of every program and takes no command (cx NAME --list lists one's)"));
  if (o.list) return list(cli);
  if (o.help && !o.help_name.empty() && o.help_name != "help") {
    if (!is_command(o.help_name)) return not_a_command(cli, o.help_name);
    const std::string program = program_of(o.help_name);
    cx::exec_program(cx::find_program(program), program, with_language(cli, {"--help"}));
  }
  if (o.command.empty()) {
    // cx's own help, also after `help` (CLI11's help() would be the subcommand's).
    std::cout << cli.get_formatter()->make_help(&cli, cli.get_name(), CLI::AppFormatMode::Normal);
    return app::kOk;
  }
  const std::string program = program_of(o.command);
  cx::exec_program(cx::find_program(program), program, with_language(cli, o.args));
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App cli{"The front door of cxkit: `cx NAME ARGS...` runs the program cx-NAME with ARGS, as git runs its "
               "commands; its exit code is the program's.",
               "cx"};
  app::setup(cli, o.common, kExamples);
  // cx writes nothing of its own and reads no file: the programs take these.
  cli.remove_option(cli.get_option("--output"));
  cli.remove_option(cli.get_option("--max-input-size"));
  cli.footer(cli.get_footer() +
             "\nEach command's manual: cx help NAME (NAME's --help) and man cx-NAME (for example man cx-score).");
  cli.add_flag("--list", o.list, "List the built-ins of every program (the --list of each that has built-ins)");
  // One command a run: `cx help score audit` is a usage error.
  cli.require_subcommand(0, 1);
  // The programs' own arguments go through untouched, --help among them
  // (split() hands them over; the table is for help and completions).
  for (const auto& command : kCommands) {
    CLI::App* sub = cli.add_subcommand(std::string(command.name), std::string(command.purpose));
    sub->prefix_command()->fallthrough(false);
    sub->set_help_flag();
  }
  CLI::App* help = cli.add_subcommand("help", "prints a command's help (cx-NAME --help), or this one");
  help->add_option("NAME", o.help_name, "The command (" + base::join(command_names()) + ")");
  const int parsed = split(cli, argc, argv, o);
  return app::run(cli, parsed, argv, [&] {
    o.help = help->parsed();
    return run(cli, o);
  });
}
