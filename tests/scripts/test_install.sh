#!/usr/bin/env bash
# `cmake --install` of the build into a fresh prefix, used as a user would:
# every program runs from the prefix (its --version, a real command the same
# as the build's), nothing else lands in bin, the headers and the CMake
# package are there (and the man pages, completions and schemas the build
# has); then tests/consumer, a project of its own, finds the package,
# links cxkit::score and cxkit::checklist and prints what it scored.
# Usage: tests/scripts/test_install.sh BIN_DIR (from the repository root)
set -u
# shellcheck source=tests/scripts/build_lib.sh
. "$(dirname "$0")/build_lib.sh"
build_setup "$@"
repo=$(pwd)
version=$(cached CMAKE_PROJECT_VERSION)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"

if ! cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
  echo "FAIL: cmake --install $build --prefix $prefix:"
  cat "$tmp/install.log"
  exit 1
fi

# The programs: those of apps/programs.txt and cx when it is built; no test
# or fuzz program besides them.
mapfile -t programs < <(awk '/^cx-/ {print $1}' apps/programs.txt)
[ -x "$bin/cx" ] && programs+=(cx)
for program in "${programs[@]}"; do
  installed="$prefix/bin/$program"
  if [ ! -x "$installed" ]; then
    fail "$program is not installed as $installed"
    continue
  fi
  got=$(cd "$tmp" && "$installed" --version 2>&1)
  if [[ "$got" == *"$version"* ]]; then ok; else fail "$installed --version: '$got', not $version"; fi
done
extra=$(cd "$prefix/bin" && find . -mindepth 1 | sed 's|^\./||' | grep -vxF -f <(printf '%s\n' "${programs[@]}") || true)
[ -z "$extra" ] && ok || fail "installed in bin besides the programs: $extra"

# A real command from the prefix, run elsewhere than the checkout: the
# same stdout and exit code as the build's program (at one time: the
# report's footer says when it was made, and two runs may straddle a second).
example="$repo/examples/score/sparkle-cleaning.yaml"
export SOURCE_DATE_EPOCH=1796083200
want=$("$bin/cx-score" "$example"; echo "exit $?")
got=$(cd "$tmp" && "$prefix/bin/cx-score" "$example"; echo "exit $?")
unset SOURCE_DATE_EPOCH
if [ "$got" = "$want" ] && [[ "$got" == *"59.9 %"* ]]; then ok; else
  fail "the installed cx-score prints otherwise than the build's:"$'\n'"$(diff <(echo "$want") <(echo "$got"))"
fi
got=$(cd "$tmp" && "$prefix/bin/cx-checklist" phone-call 2>&1)
[[ "$got" == *"Handling a customer phone call"* ]] && ok || fail "installed cx-checklist phone-call:"$'\n'"$got"

# Headers: every public header of every library, and nothing else.
mapfile -t libraries < <(echo base; echo ci; awk '/^cx-/ {print $2}' apps/programs.txt)
want=$(cd lib && find "${libraries[@]}" -path '*/include/*' -type f |
       sed -E 's|^[a-z]+/include/||' | sort)
got=$(cd "$prefix/include" 2>/dev/null && find . -type f | sed 's|^\./||' | sort)
[ -n "$want" ] && [ "$got" = "$want" ] && ok ||
  fail "installed headers differ from lib/*/include:"$'\n'"$(diff <(echo "$want") <(echo "$got"))"

# The libraries and the package.
libdir=$(dirname "$(find "$prefix" -name libcxkit_base.a | head -n 1)")
for part in "${libraries[@]}"; do
  [ -f "$libdir/libcxkit_$part.a" ] && ok || fail "no libcxkit_$part.a installed (in $libdir)"
done
for file in cxkitConfig.cmake cxkitConfigVersion.cmake cxkitTargets.cmake; do
  [ -f "$libdir/cmake/cxkit/$file" ] && ok || fail "no $libdir/cmake/cxkit/$file"
done
[ -f "$prefix/share/doc/cxkit/README.md" ] && ok || fail "no share/doc/cxkit/README.md"
[ -f "$prefix/share/doc/cxkit/examples/score/sparkle-cleaning.yaml" ] && ok || fail "no examples in share/doc/cxkit"

# What other parts of the build add, when the build has them: each schema
# under share/cxkit/schemas, each man page and completion the build wrote
# (their own tests check what they say).
if [ -d schemas ]; then
  for schema in $(cd schemas && find . -name '*.json' | sed 's|^\./||'); do
    [ -f "$prefix/share/cxkit/schemas/$schema" ] && ok || fail "schemas/$schema is not installed"
  done
fi
for page in $(find "$build/man" -name 'cx*.1.gz' -exec basename {} \; 2>/dev/null | sort); do
  [ -f "$prefix/share/man/man1/$page" ] && ok || fail "the man page $page is built but not installed"
done
# The build makes a page for every program (cmake/Docs.cmake).
for program in "$prefix"/bin/cx*; do
  [ -f "$prefix/share/man/man1/$(basename "$program").1.gz" ] && ok ||
    fail "$(basename "$program") has no installed man page"
done
# An installed example's modeline names a schema that is there (the
# examples sit under share/doc/cxkit, the schemas under share/cxkit).
for example in "$prefix"/share/doc/cxkit/examples/*/*.yaml; do
  schema=$(sed -n '1s/^# yaml-language-server: \$schema=//p' "$example")
  [ -n "$schema" ] && [ -f "$(dirname "$example")/$schema" ] && ok ||
    fail "the installed $example names the schema '$schema', which is not there"
done
# Each completion the build wrote, in the folder its shell reads.
declare -A completions=([bash]=bash-completion/completions [zsh]=zsh/vendor-completions
                        [fish]=fish/vendor_completions.d)
for shell in "${!completions[@]}"; do
  for script in $(find "$build/completions/$shell" -type f -exec basename {} \; 2>/dev/null | sort); do
    [ -f "$prefix/share/${completions[$shell]}/$script" ] && ok || fail "the $shell completion $script is not installed"
  done
done

# The consumer, built like the build (same compiler and type); an
# instrumented build's libraries bring their link options (cxkit::settings).
consumer="$tmp/consumer"
if ! cmake -S tests/consumer -B "$consumer" -DCMAKE_PREFIX_PATH="$prefix" \
       -DCMAKE_CXX_COMPILER="$(cached CMAKE_CXX_COMPILER)" -DCMAKE_BUILD_TYPE="$(cached CMAKE_BUILD_TYPE)" \
       >"$tmp/consumer.log" 2>&1 ||
   ! cmake --build "$consumer" >>"$tmp/consumer.log" 2>&1; then
  fail "tests/consumer does not build against the installed package:"$'\n'"$(tail -n 30 "$tmp/consumer.log")"
else
  # The seed's method: 80 % and 100 % for the generated answers, 59.9 % for
  # Sparkle's three respondents as README.md shows it.
  want="customer-service-quotient: 7 sections, 24 items
generated answers: overall 90.0 %
examples/score/sparkle-cleaning.yaml: overall 59.9 %
phone-call: Handling a customer phone call, 8 stages
exit 0"
  got=$("$consumer/consumer" examples/score/sparkle-cleaning.yaml 2>&1; echo "exit $?")
  [ "$got" = "$want" ] && ok || fail "the consumer printed otherwise:"$'\n'"$(diff <(echo "$want") <(echo "$got"))"
fi

echo "install: $passed checks passed, $failed failed"
[ "$failed" -eq 0 ]
