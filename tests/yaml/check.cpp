// cxkit_yaml_check FILE: loads FILE with base::parse_yaml, as every program
// does, and prints "ok" (exit 0) or the error line (exit 2). The YAML test
// suite's script (tests/scripts/test_yaml_suite.sh) runs it on every case.
#include <cxkit/base/document.hpp>
#include <cxkit/base/io.hpp>

#include <cstdio>
#include <exception>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fputs("usage: cxkit_yaml_check FILE\n", stderr);
    return 2;
  }
  try {
    cxkit::base::parse_yaml(cxkit::base::read_input(argv[1]), argv[1]);
  } catch (const std::exception& e) {
    std::printf("%s\n", e.what());
    return 2;
  }
  std::puts("ok");
  return 0;
}
