#!/usr/bin/env bash
# The terminal output fits the terminal in every language: every built-in
# checklist and card, printed at
# COLUMNS=80 and 60 in each language, has no line wider than that in
# terminal cells (Chinese characters take two, Cyrillic and accented Latin
# one; python3's unicodedata.east_asian_width tells); the workbook and the
# blank questionnaire, forms of a fixed 76 cells to print, none wider than
# 76. The last line, the provenance record, is one line by design (so are
# the lint reports' file:line:col lines, compiler style: not checked here).
# Usage: tests/scripts/test_text_width.sh BIN_DIR   (from the repository root)
set -u
bin=$1
export LC_ALL=C.UTF-8 NO_COLOR=1
failed=0
passed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v python3 >/dev/null || { echo "FAIL: python3 is missing (Debian: apt-get install python3)"; exit 1; }

# widest FILE: the widest line of FILE in terminal cells, and the line.
widest() {
  python3 - "$1" <<'EOF'
import sys, unicodedata
def cells(line):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
width, line = max(((cells(l), l) for l in lines), default=(0, ""))
print(width, line)
EOF
}

languages=$("$bin/cx-checklist" --help | sed -n 's/.*Language of the built-ins: \(.*\) (default.*/\1/p' | tr -d ',')
ids=$("$bin/cx-checklist" --list | awk '/^Built-in checklists/ { on = 1; next } /^$/ { on = 0 } on && /^  [^ ]/ { print $1 }')
[ -n "$languages" ] && [ -n "$ids" ] || { echo "FAIL: no languages or built-ins listed"; exit 1; }
for columns in 80 60; do
  for language in $languages; do
    runs=()
    for id in $ids; do runs+=("checklist-$id:cx-checklist $id"); done
    runs+=("workbook:cx-standards --workbook" "blank:cx-score --blank customer-service-quotient")
    for run in "${runs[@]}"; do
      name=${run%%:*}
      read -ra command <<<"${run#*:}"
      out="$tmp/$language-$name-$columns.txt"
      COLUMNS=$columns "$bin/${command[0]}" --lang "$language" "${command[@]:1}" >"$out" 2>/dev/null
      # The score report's table and the audit's quoted policies are as wide
      # as their content; their prose is wrapped.
      sed '$d' "$out" >"$out.body"  # the provenance record
      cp "$out.body" "$out.prose"
      limit=$columns
      case $name in workbook | blank) limit=76 ;; esac
      read -r width line < <(widest "$out.prose")
      if [ "${width:-0}" -le "$limit" ]; then
        passed=$((passed + 1))
      else
        failed=$((failed + 1))
        echo "FAIL: $language $name at $columns columns: a line of $width cells (at most $limit): $line"
      fi
    done
  done
done
echo "test_text_width: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
