#!/usr/bin/env bash
# cx, the front door: `cx NAME ARGS...` does what `cx-NAME ARGS...` does
# (the same standard output, standard error and exit code, its standard
# input read), it finds the programs next to itself before PATH, and a
# missing program is an error that says where cx looked. `cx --list` holds
# every program's own --list. (tests/golden/cx/ has the words of cx itself.)
# Usage: tests/scripts/test_cx.sh BIN_DIR (from the repository root)
set -u
bin=$(cd "${1:?usage: test_cx.sh BIN_DIR}" && pwd)
export NO_COLOR=1 LC_ALL=C.UTF-8 COLUMNS=80 SOURCE_DATE_EPOCH=1796083200
unset GITHUB_ACTIONS
failed=0
passed=0
fail() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run NAME COMMAND...: COMMAND's stdout, stderr and exit code in $tmp/NAME.*
run() {
  local name=$1
  shift
  "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" </dev/null
  echo $? >"$tmp/$name.code"
}
# same ARGS...: `cx ARGS...` and `cx-ARGS...` answer alike.
same() {
  local command=$1
  shift
  run cx "$bin/cx" "$command" "$@"
  run direct "$bin/cx-$command" "$@"
  local what
  for what in out err code; do
    if ! cmp -s "$tmp/cx.$what" "$tmp/direct.$what"; then
      fail "cx $command $* and cx-$command $* differ in their ${what}:"$'\n'"$(diff "$tmp/direct.$what" "$tmp/cx.$what" | head -20)"
      return
    fi
  done
  passed=$((passed + 1))
}

same score examples/score/sparkle-cleaning.yaml
same score -f json examples/score/sparkle-cleaning.yaml
same score --help
same audit --today 2026-11-23 examples/audit/sparkle-cleaning.yaml
same audit --today 2026-11-23 tests/golden/cx-audit/input/malformed.yaml
same audit ''
same audit --version
same checklist -- phone-call
same checklist phone-call --stage greeting close
same checklist --lang tl --list
same checklist score
same checklist help
same standards --workbook -f markdown
same standards --no-such-flag

# The exit codes the goldens do not show: findings (1) and an error (2).
for command in "audit --today 2026-11-23 examples/audit/sparkle-cleaning.yaml:1" "audit no-such-file.yaml:2"; do
  # shellcheck disable=SC2086
  "$bin/cx" ${command%:*} >/dev/null 2>&1
  code=$?
  if [ "$code" = "${command##*:}" ]; then passed=$((passed + 1)); else fail "cx ${command%:*} exits $code, expected ${command##*:}"; fi
done

# Standard input is the program's.
"$bin/cx" audit --today 2026-11-23 -f json - <examples/audit/sparkle-cleaning.yaml >"$tmp/cx.stdin" 2>&1
"$bin/cx-audit" --today 2026-11-23 -f json - <examples/audit/sparkle-cleaning.yaml >"$tmp/direct.stdin" 2>&1
if [ -s "$tmp/direct.stdin" ] && cmp -s "$tmp/cx.stdin" "$tmp/direct.stdin"; then passed=$((passed + 1)); else
  fail "cx audit - does not read standard input as cx-audit - does"
fi

# Next to itself, with nothing on PATH.
env PATH=/nonexistent "$bin/cx" checklist phone-call >"$tmp/alone.out" 2>"$tmp/alone.err"
code=$?
"$bin/cx-checklist" phone-call >"$tmp/direct.out" 2>&1
if [ "$code" = 0 ] && [ -s "$tmp/alone.out" ] && cmp -s "$tmp/alone.out" "$tmp/direct.out"; then
  passed=$((passed + 1))
else
  fail "PATH=/nonexistent cx checklist phone-call (exit $code) is not cx-checklist phone-call: $(cat "$tmp/alone.err")"
fi

# A cx on its own finds the programs on PATH, and says where it looked when
# they are on neither.
mkdir "$tmp/alone"
cp "$bin/cx" "$tmp/alone/cx"
env PATH="/nonexistent:$bin" "$tmp/alone/cx" checklist phone-call >"$tmp/path.out" 2>&1
if cmp -s "$tmp/path.out" "$tmp/direct.out"; then passed=$((passed + 1)); else
  fail "a cx alone does not find cx-checklist on PATH: $(head -3 "$tmp/path.out")"
fi
env PATH=/nonexistent "$tmp/alone/cx" checklist phone-call >"$tmp/missing.out" 2>"$tmp/missing.err"
code=$?
expected="error: no program cx-checklist next to cx ($(cd "$tmp/alone" && pwd -P)) nor on PATH (/nonexistent): is cxkit installed whole?"
if [ "$code" = 2 ] && [ ! -s "$tmp/missing.out" ] && [ "$(cat "$tmp/missing.err")" = "$expected" ]; then
  passed=$((passed + 1))
else
  fail "a missing cx-checklist: exit $code (expected 2), stderr: $(cat "$tmp/missing.err") (expected: $expected)"
fi
env PATH=/nonexistent "$tmp/alone/cx" --list >"$tmp/missing.out" 2>"$tmp/missing.err"
code=$?
if [ "$code" = 2 ] && [ ! -s "$tmp/missing.out" ] && grep -q 'no program cx-score next to cx' "$tmp/missing.err"; then
  passed=$((passed + 1))
else
  fail "cx --list without the programs: exit $code (expected 2, nothing printed), stderr: $(cat "$tmp/missing.err")"
fi

# cx --list: the --list of each program that has one (its --help says so),
# under "$ cx-NAME --list".
: >"$tmp/lists"
while read -r program _; do
  "$bin/$program" --help | grep -qE '^ +--list ' || continue
  [ -s "$tmp/lists" ] && echo >>"$tmp/lists"
  echo "\$ $program --list" >>"$tmp/lists"
  "$bin/$program" --list >>"$tmp/lists" 2>&1
done < <(grep '^cx-' apps/programs.txt)
"$bin/cx" --list >"$tmp/list" 2>&1
code=$?
if [ "$code" = 0 ] && cmp -s "$tmp/list" "$tmp/lists"; then passed=$((passed + 1)); else
  fail "cx --list (exit $code) is not the --list of every program that has one:"$'\n'"$(diff "$tmp/lists" "$tmp/list" | head -20)"
fi

# Every program of apps/programs.txt is a command of cx, in its help.
while read -r program _; do
  if "$bin/cx" --help | grep -qE "^  ${program#cx-} +[a-z]"; then passed=$((passed + 1)); else
    fail "cx --help does not list ${program#cx-} (apps/programs.txt)"
  fi
done < <(grep '^cx-' apps/programs.txt)

echo "cx: $passed checks passed, $failed failed"
[ "$failed" -eq 0 ]
