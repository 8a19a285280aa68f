#pragma once
// The shell completions --completion writes (app::setup adds the option):
// a script for bash, zsh or fish from the program's own CLI11 option table.
#include <CLI/CLI.hpp>

#include <string>

namespace cxkit::app {

// The script of `cli` (its options, their choices and files, the built-in
// ids complete_ids() registered, its subcommands) for `shell`: bash, zsh or
// fish.
std::string completion_script(const CLI::App& cli, const std::string& shell);

}  // namespace cxkit::app
