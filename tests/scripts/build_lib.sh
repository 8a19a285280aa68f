# shellcheck shell=bash
# What the scripts that test the build folder itself share (sourced, not
# run): the build folder above BIN_DIR and its CMake cache, and the check
# counters that fail() and ok() keep.
build_setup() {
  bin=${1:?usage: $0 BIN_DIR}
  build=$(cd "$bin/.." && pwd)
  cache="$build/CMakeCache.txt"
  failed=0
  passed=0
  [ -f "$cache" ] || { echo "FAIL: no $cache: $bin is not in a CMake build folder"; exit 1; }
}
fail() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}
ok() { passed=$((passed + 1)); }
# A value of the build's CMake cache (CMAKE_BUILD_TYPE, CXKIT_SANITIZE).
cached() { sed -n "s/^$1:[A-Z]*=//p" "$cache"; }
