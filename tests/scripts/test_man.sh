#!/usr/bin/env bash
# The man pages the build writes into <build>/man, read as `man` shows them:
# every program (apps/programs.txt, and cx when it is built) has one; each
# renders with `man -l` without a warning from groff (and -ww with groff
# itself); it has the sections NAME, SYNOPSIS, DESCRIPTION, OPTIONS,
# EXAMPLES, EXIT STATUS and SEE ALSO; it names every long option the
# program's --help lists and the exit codes 0, 1 and 2; the example files
# its EXAMPLES name exist; SEE ALSO names every other program.
# Usage: tests/scripts/test_man.sh BIN_DIR   (from the repository root)
set -u
bin=$(cd "$1" && pwd)
pages=$bin/../man
export LC_ALL=C.UTF-8 NO_COLOR=1
failed=0
passed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for tool in man groff; do
  command -v $tool >/dev/null || { echo "FAIL: $tool is missing (Debian: apt-get install man-db groff-base)"; exit 1; }
done

check() {  # WHAT EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1: expected '$2', got '$3'"
  fi
}

programs=$(awk '/^cx-/ { print $1 }' apps/programs.txt)
[ -x "$bin/cx" ] && programs="$programs cx"
check "a page for each program, and no other" "$(printf '%s.1\n' $programs | sort | tr '\n' ' ')" \
  "$(cd "$pages" 2>/dev/null && ls -- *.1 | sort | tr '\n' ' ')"

# The text of a section of a rendered page: the lines after its heading,
# up to the next heading.
section() {  # FILE HEADING
  awk -v heading="$2" '/^[A-Z]/ { on = ($0 == heading); next } on' "$1"
}

for program in $programs; do
  page=$pages/$program.1
  [ -f "$page" ] || continue
  check "man -l $program.1 renders without a warning" "" \
    "$(MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)"
  check "groff -ww -man $program.1 has no warning" "" "$(groff -ww -z -k -man "$page" 2>&1)"
  # Wide, so that no option or command is broken across lines.
  MANWIDTH=200 MAN_KEEP_FORMATTING= man -E UTF-8 -l "$page" 2>/dev/null | col -bx >"$tmp/text"
  check "$program.1 has its sections" "NAME SYNOPSIS DESCRIPTION OPTIONS EXIT STATUS EXAMPLES SEE ALSO " \
    "$(grep -E '^[A-Z][A-Z ]+$' "$tmp/text" | tr '\n' ' ')"
  check "$program.1 is named" "$program - " "$(section "$tmp/text" NAME | sed -n 's/^ *\([^ ]* - \).*/\1/p')"

  missing=""
  for option in $("$bin/$program" --lang en --help | sed -n 's/^  \(-[^-, ],\)\{0,1\}\(--[a-z][a-z-]*\).*/\2/p'); do
    section "$tmp/text" OPTIONS | grep -q -- "$option\\b" || missing="$missing $option"
  done
  check "$program.1 names every long option of --help" "" "$missing"

  check "$program.1 gives exit codes 0, 1 and 2" "0 1 2 " \
    "$(section "$tmp/text" 'EXIT STATUS' | grep -oE '^ +[0-9]+\s' | tr -d ' \t' | tr '\n' ' ')"

  examples=$(section "$tmp/text" EXAMPLES | grep -c "^ *$program\\b\\|^ *cat .*| *$program\\b\\|^ *source <($program ")
  check "$program.1 has examples of $program" "yes" "$([ "$examples" -ge 3 ] && echo yes || echo "$examples")"
  missing=""
  for file in $(section "$tmp/text" EXAMPLES | grep -o 'examples/[^ ]*\.[a-z]*'); do
    [ -e "$file" ] || missing="$missing $file"
  done
  check "the example files of $program.1 exist" "" "$missing"

  missing=""
  for other in $programs; do
    [ "$other" = "$program" ] && continue
    section "$tmp/text" 'SEE ALSO' | grep -q -- "$other(1)" || missing="$missing $other"
  done
  check "$program.1 sees also the other programs" "" "$missing"
done
echo "test_man: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
