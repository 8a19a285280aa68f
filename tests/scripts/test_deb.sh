#!/usr/bin/env bash
# The .deb (cmake/Install.cmake, `make deb`) of a Release build: its name,
# its control fields (Depends naming the package of every library the
# programs load, as dpkg-shlibdeps found them), its files (every program in
# /usr/bin, all owned by root, no libraries or headers); then, as root and
# when no cxkit is installed already, `dpkg -i` it, run each program from
# /usr/bin, `dpkg -r` it and see the programs gone. Otherwise the package
# is extracted with dpkg-deb -x and its programs run from there.
# Usage: tests/scripts/test_deb.sh BIN_DIR (from the repository root)
set -u
# shellcheck source=tests/scripts/build_lib.sh
. "$(dirname "$0")/build_lib.sh"
build_setup "$@"
if [ "$(cached CMAKE_BUILD_TYPE)" != Release ] || [ "$(cached CXKIT_SANITIZE)" = ON ] ||
   [ "$(cached CXKIT_TSAN)" = ON ] || [ "$(cached CXKIT_FUZZ)" = ON ]; then
  echo "SKIPPED: the .deb is built from the Release build without sanitizers, and $build is not one"
  exit 0
fi
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "SKIPPED: no $tool (Debian's dpkg-dev): the .deb is not built"; exit 0; }
done

version=$(cached CMAKE_PROJECT_VERSION)
arch=$(dpkg --print-architecture)
mapfile -t programs < <(awk '/^cx-/ {print $1}' apps/programs.txt)
[ -x "$bin/cx" ] && programs+=(cx)

# dpkg, waiting up to 30 s while another dpkg or apt-get holds its lock;
# output in $tmp/dpkg.log.
run_dpkg() {
  local _
  for _ in $(seq 30); do
    dpkg "$@" >"$tmp/dpkg.log" 2>&1 && return 0
    grep -q 'lock' "$tmp/dpkg.log" || return 1
    sleep 1
  done
  return 1
}

tmp=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" -eq 1 ]; then run_dpkg -r cxkit; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# Into a folder of the test's own, so that the package `make deb` left in
# the build folder stays as it was.
if ! (cd "$build" && cpack -G DEB -B "$tmp/out") >"$tmp/cpack.log" 2>&1; then
  echo "FAIL: cpack -G DEB in $build:"
  cat "$tmp/cpack.log"
  exit 1
fi
deb="$tmp/out/cxkit_${version}_${arch}.deb"
if [ ! -f "$deb" ]; then
  echo "FAIL: cpack wrote no $(basename "$deb"), but: $(cd "$tmp/out" && ls ./*.deb 2>/dev/null)"
  exit 1
fi

# The control file.
field() { dpkg-deb -f "$deb" "$1"; }
expect_field() {  # expect_field NAME VALUE
  local got
  got=$(field "$1")
  [ "$got" = "$2" ] && ok || fail "control field $1: '$got', not '$2'"
}
expect_field Package cxkit
expect_field Version "$version"
expect_field Architecture "$arch"
expect_field Section utils
expect_field Priority optional
for name in Maintainer Installed-Size Description; do
  [ -n "$(field "$name")" ] && ok || fail "control field $name is empty"
done
[[ "$(field Description)" == *"cx-score"* ]] && ok || fail "the Description does not say what the programs are"
# Every shared library a program loads, by the package that holds it.
depends=$(field Depends)
needed=$(for program in "${programs[@]}"; do ldd "$bin/$program"; done | awk '$3 ~ /^\// {print $3}' | sort -u)
for library in $needed; do
  owner=$(dpkg -S "$(readlink -f "$library")" 2>/dev/null || dpkg -S "$library" 2>/dev/null)
  package=${owner%%:*}
  if [ -z "$package" ]; then
    fail "no Debian package holds $library, which the programs load"
  elif [[ ", $depends," == *", $package "* || ", $depends," == *", $package,"* ]]; then
    ok
  else
    fail "Depends ($depends) does not name $package, which holds $library"
  fi
done
for package in libyaml-cpp libfmt libssl libstdc++ libc6; do
  [[ "$depends" == *"$package"* ]] && ok || fail "Depends ($depends) names no $package*"
done

# The files: each program in /usr/bin; the README; root's, all of them; no
# static library, header or CMake package (those are `cmake --install`'s).
contents=$(dpkg-deb --contents "$deb")
for program in "${programs[@]}"; do
  grep -qE " \./usr/bin/$program\$" <<<"$contents" && ok || fail "the .deb has no /usr/bin/$program"
done
grep -qE ' \./usr/share/doc/cxkit/README\.md$' <<<"$contents" && ok || fail "the .deb has no README"
# What the build has of the other parts goes in too: man pages, completions
# (the folders of test_install.sh), schemas.
for page in $(find "$build/man" -name 'cx*.1.gz' -exec basename {} \; 2>/dev/null | sort); do
  grep -qF " ./usr/share/man/man1/$page" <<<"$contents" && ok || fail "the .deb has no man page $page"
done
for script in $(find "$build/completions/bash" -type f -exec basename {} \; 2>/dev/null | sort); do
  grep -qF " ./usr/share/bash-completion/completions/$script" <<<"$contents" && ok ||
    fail "the .deb has no bash completion $script"
done
if [ -d schemas ]; then
  for schema in $(cd schemas && find . -name '*.json' | sed 's|^\./||' | sort); do
    grep -qF " ./usr/share/cxkit/schemas/$schema" <<<"$contents" && ok || fail "the .deb has no schema $schema"
  done
fi
not_root=$(awk '$2 != "root/root"' <<<"$contents")
[ -z "$not_root" ] && ok || fail "files of the .deb not owned by root:"$'\n'"$not_root"
development=$(grep -E '\.a$|/include/|/cmake/' <<<"$contents" || true)
[ -z "$development" ] && ok || fail "the .deb holds development files:"$'\n'"$development"

# Installed, or extracted: the programs, run from where the package put them.
# One test_deb at a time on the machine (several build folders may run
# it): another's dpkg -r would take the programs away half-way.
root=""
why=""
runnable=1
exec 9>"${TMPDIR:-/tmp}/cxkit-test-deb.lock"
flock -w 300 9 || echo "another test_deb.sh holds ${TMPDIR:-/tmp}/cxkit-test-deb.lock: going on without it"
if [ "$(id -u)" -ne 0 ]; then
  why="not root"
elif dpkg-query -W -f='${Status}' cxkit 2>/dev/null | grep -q 'ok installed'; then
  why="a cxkit package is installed already"
elif run_dpkg -i "$deb"; then
  installed=1
  echo "installed $(basename "$deb") with dpkg -i"
elif grep -q 'lock' "$tmp/dpkg.log"; then
  why="dpkg is busy (another dpkg or apt-get holds its lock)"
else
  installed=1  # half-installed: the trap removes it
  runnable=0
  fail "dpkg -i $(basename "$deb"):"$'\n'"$(cat "$tmp/dpkg.log")"
fi
if [ -n "$why" ]; then
  echo "$why: extracting with dpkg-deb -x instead of installing"
  root="$tmp/root"
  dpkg-deb -x "$deb" "$root"
fi
if [ "$runnable" -eq 1 ]; then
  for program in "${programs[@]}"; do
    got=$(cd "$tmp" && "$root/usr/bin/$program" --version 2>&1)
    [[ "$got" == *"$version"* ]] && ok || fail "$root/usr/bin/$program --version: '$got', not $version"
  done
  # A real command of each program, from the checkout: the same stdout and
  # exit code as the build's (cx-audit and cx-standards exit 1 on findings).
  # Reports say when they were made: a fixed time keeps the two runs the same
  # when a second ticks between them.
  export SOURCE_DATE_EPOCH=1796083200
  same() {  # same PROGRAM ARGS...
    local want got
    want=$("$bin/$1" "${@:2}" 2>&1; echo "exit $?")
    got=$("$root/usr/bin/$1" "${@:2}" 2>&1; echo "exit $?")
    [ "$got" = "$want" ] && ok ||
      fail "$root/usr/bin/$1 ${*:2} differs from the build's:"$'\n'"$(diff <(echo "$want") <(echo "$got"))"
  }
  same cx-score examples/score/sparkle-cleaning.yaml
  same cx-audit examples/audit/sparkle-cleaning.yaml
  same cx-checklist phone-call
  same cx-standards examples/standards/harbourview-hotels.yaml
  [ -x "$bin/cx" ] && same cx checklist phone-call
fi
if [ "$installed" -eq 1 ] && [ "$runnable" -eq 1 ]; then
  if run_dpkg -r cxkit; then
    installed=0
    for program in "${programs[@]}"; do
      [ ! -e "/usr/bin/$program" ] && ok || fail "/usr/bin/$program is still there after dpkg -r cxkit"
    done
    dpkg-query -W -f='${Status}' cxkit 2>/dev/null | grep -q 'ok installed' &&
      fail "dpkg still lists cxkit as installed after dpkg -r" || ok
  else
    fail "dpkg -r cxkit:"$'\n'"$(cat "$tmp/dpkg.log")"
  fi
fi

echo "deb: $passed checks passed, $failed failed"
[ "$failed" -eq 0 ]
