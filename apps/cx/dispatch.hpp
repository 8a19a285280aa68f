#pragma once
// Finding and running the programs behind cx's commands.
#include <string>
#include <vector>

namespace cxkit::cx {

// The path of `program` (cx-score): the one next to cx's own executable
// (/proc/self/exe: build/bin in a build, PREFIX/bin when installed) first,
// else the first on PATH. Throws a cxkit::Error naming where it looked when
// there is none.
std::string find_program(const std::string& program);

// Replaces cx with `path`, given argv[0] `program` and `args`, so that its
// exit code, standard streams and signals are the program's own. Returns
// only by throwing, when the program cannot be started.
[[noreturn]] void exec_program(const std::string& path, const std::string& program,
                               const std::vector<std::string>& args);

// Runs `path` as exec_program() does, but as a child on cx's standard
// streams, and waits for it: its exit code (2 when a signal ended it).
int run_program(const std::string& path, const std::string& program, const std::vector<std::string>& args);

}  // namespace cxkit::cx
