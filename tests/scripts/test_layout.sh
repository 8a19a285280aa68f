#!/usr/bin/env bash
# The rules the library's layout keeps (README, "How the code is laid out"):
# which part may include which, yaml-cpp only in base's sources, public
# include folders only, sources listed, instrumentation on one settings
# target, no flag or program named by the library, documents named by the
# library exist, and every program of apps/programs.txt has its four places.
# Usage: tests/scripts/test_layout.sh [BIN_DIR] (from the repository root)
set -u
failed=0
passed=0
fail() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}
check() {  # check WHAT OUTPUT: fails when OUTPUT is not empty
  if [ -n "$2" ]; then fail "$1:"$'\n'"$2"; else passed=$((passed + 1)); fi
}

mapfile -t parts < <(awk '/^cx-/ {print $2}' apps/programs.txt)
sources() { find "$@" -type f \( -name '*.cpp' -o -name '*.hpp' \) | sort; }
# The cxkit headers a folder's files include, as "file: part".
includes() { sources "$1" | xargs grep -HoE '#include [<"]cxkit/[a-z_]+/' | sed -E 's|#include [<"]cxkit/||; s|/$||'; }
allowed_only() {  # allowed_only FOLDER PART...: what FOLDER includes outside PART...
  local folder=$1
  shift
  local pattern
  pattern=$(printf '|%s' "$@")
  includes "$folder" | grep -vE ":(${pattern:1})$" || true
}

check "lib/base includes another part" "$(allowed_only lib/base base)"
check "lib/ci includes a part other than base" "$(allowed_only lib/ci base ci)"
for part in "${parts[@]}"; do
  own=(base "$part")
  if grep -q 'cxkit::ci' "lib/$part/CMakeLists.txt"; then own+=(ci); fi
  check "lib/$part includes another program's part" "$(allowed_only "lib/$part" "${own[@]}")"
done
check "the library includes an app's header" "$(sources lib | xargs grep -lE '#include [<"]common/' || true)"
check "yaml-cpp is included outside lib/base/src" \
  "$(sources lib apps tests | grep -v '^lib/base/src/' | xargs grep -lE '#include [<"]yaml-cpp/' || true)"
check "a target other than cxkit_base links yaml-cpp" \
  "$(grep -rn 'yaml-cpp' --include=CMakeLists.txt lib apps tests | grep -v '^lib/base/CMakeLists.txt' | grep -v find_package || true)"
check "a public include folder other than an include/ folder" \
  "$(grep -rhE 'target_include_directories\(.*PUBLIC' lib apps | grep -vE 'PUBLIC "(\$<BUILD_INTERFACE:)?\$\{CMAKE_CURRENT_SOURCE_DIR\}/(common/)?include>?"' || true)"
check "a source list is globbed" "$(grep -rnE 'file\(GLOB' lib apps --include=CMakeLists.txt || true)"
check "instrumentation or warnings set globally, not on the settings targets" \
  "$(grep -rnE 'add_compile_options|add_link_options|CMAKE_CXX_FLAGS' --include=CMakeLists.txt --include='*.cmake' . || true)"
grep -q 'option(CXKIT_WARNINGS_AS_ERRORS' CMakeLists.txt || fail "CXKIT_WARNINGS_AS_ERRORS is not an option"
grep -q 'CXKIT_WARNINGS_AS_ERRORS=ON' Makefile || fail "make test does not turn CXKIT_WARNINGS_AS_ERRORS on"

# String literals of the library's code (comments left out) that name a
# flag ("--x") or a program ("cx-x").
literals=$(sources lib | xargs perl -ne '
  s{//.*$}{};
  while (/"((?:[^"\\]|\\.)*)"/g) { my $s = $1; print "$ARGV:$.: \"$s\"\n" if $s =~ /(^|[^-\w])--[a-z]|\bcx-[a-z]/; }
  close ARGV if eof;')
check "the library names a flag or a program" "$literals"

# Documents the library's comments point at.
missing=$(sources lib | xargs grep -ohE '\bdocs/[A-Za-z0-9_.-]+\.md' | sort -u | while read -r doc; do
  [ -f "$doc" ] || echo "$doc"
done)
check "the library points at a document that does not exist" "$missing"

# Every program: its part, its app, its tests and its golden cases.
while read -r program part _; do
  for place in "lib/$part/CMakeLists.txt" "apps/$program/main.cpp" "tests/$part/CMakeLists.txt" "tests/golden/$program"; do
    [ -e "$place" ] || fail "$program (apps/programs.txt) has no $place"
  done
done < <(grep '^cx-' apps/programs.txt)

echo "layout: $passed checks passed, $failed failed"
[ "$failed" -eq 0 ]
