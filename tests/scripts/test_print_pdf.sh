#!/usr/bin/env bash
# Prints the printable HTML pages to PDF with headless Chromium, on A4 and on
# letter: every built-in checklist and every example checklist
# (cx-checklist), the standards workbook and a standards review
# (cx-standards), the blank questionnaire (cx-score). Checks with poppler the
# paper size of every page, the page count, and that no unit is split across
# pages: a checklist's stage (its title and all of its items), a workbook's
# area (its title and all of its questions) or a questionnaire's section (its
# title and all of its items) is on one page.
# Usage: tests/scripts/test_print_pdf.sh BIN_DIR   (from the repository root)
# Needs chromium, poppler-utils and a CJK font, which `make test` installs;
# CXKIT_SKIP_PDF=1 skips the test.
set -u
bin=$1
export LC_ALL=C.UTF-8 NO_COLOR=1

# shellcheck source=tests/scripts/pdf_lib.sh
. "$(dirname "$0")/pdf_lib.sh"
pdf_setup

# Pages each built-in takes, as observed with Debian 12's chromium and fonts.
# A change here means the layout changed: look at the PDF before updating.
declare -A expected_pages=(
  [communication-skills/a4]=2 [communication-skills/letter]=2
  [customer-types/a4]=2 [customer-types/letter]=3
  [de-escalation/a4]=2 [de-escalation/letter]=2
  [etiquette/a4]=1 [etiquette/letter]=1
  [phone-call/a4]=2 [phone-call/letter]=2
  [problem-solving/a4]=1 [problem-solving/letter]=1
  [communication-barriers/a4]=2 [communication-barriers/letter]=2
  [customer-communication/a4]=2 [customer-communication/letter]=2
  [customer-requirements/a4]=2 [customer-requirements/letter]=2
  [dissatisfaction-reasons/a4]=1 [dissatisfaction-reasons/letter]=1
  [educating-staff/a4]=1 [educating-staff/letter]=1
  [service-figures/a4]=1 [service-figures/letter]=1
  [service-ideology/a4]=1 [service-ideology/letter]=1
  [vision-and-mission/a4]=3 [vision-and-mission/letter]=3
  [workbook/a4]=10 [workbook/letter]=13
  [blank-customer-service-quotient/a4]=2 [blank-customer-service-quotient/letter]=3
)

# Drops the blanks: pdftotext spaces words out to keep the layout, and
# puts blanks between Latin and Chinese text set in another font (Chromium
# embeds Noto Sans CJK as Type 3 fonts), so text is compared without them.
squeeze() { tr -d ' '; }

# check NAME PAPER WIDTH HEIGHT UNITS -- PROGRAM ARGS...: the HTML that
# PROGRAM ARGS -o FILE writes, on one paper. UNITS holds a line per unit
# ("S<tab>its title") and per part of it ("I<tab>its text"), each of which
# must be on the page of its unit.
check() {
  local name=$1 paper=$2 width=$3 height=$4 units=$5
  shift 6
  local dir=$tmp/$name-$paper before=$failures
  mkdir -p "$dir"
  if ! "$@" --paper "$paper" --date 2026-01-15 -o "$dir/x.html"; then
    fail "$name: $* failed"
    return
  fi
  local pages
  print_page "$name/$paper" "$dir" "$width" "$height" || return
  local want=${expected_pages[$name/$paper]:-}
  if [ -n "$want" ] && [ "$pages" != "$want" ]; then
    fail "$name/$paper: $pages pages, expected $want"
  fi

  local n title
  title=$(sed -n 's:.*<title>\(.*\)</title>.*:\1:p' "$dir/x.html" | head -1 |
    sed "s/&#39;/'/g; s/&quot;/\"/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\\&/g" | cut -c1-24)
  for ((n = 1; n <= pages; n++)); do
    pdftotext -layout -f "$n" -l "$n" "$dir/x.pdf" - | squeeze >"$dir/page-$n.txt"
    # Every page carries its number of the whole and the sheet's title.
    grep -qF "Page${n}of${pages}" "$dir/page-$n.txt" || fail "$name/$paper: page $n does not say 'Page $n of $pages'"
    grep -qF -- "${title// /}" "$dir/page-$n.txt" || fail "$name/$paper: page $n does not carry the title '$title'"
  done
  [ -n "$units" ] || { [ "$failures" = "$before" ] && echo "ok: $name on $paper: $pages page(s)"; return; }

  local count=0 kind text key page found
  while IFS=$'\t' read -r kind text; do
    key=${text:0:30}
    if [ "$kind" = S ]; then
      count=$((count + 1))
      found=$(grep -lF -- "$key" "$dir"/page-*.txt | wc -l)
      page=$(grep -lF -- "$key" "$dir"/page-*.txt | head -1)
      [ "$found" = 1 ] || fail "$name/$paper: '$text' is on $found pages, expected 1"
    elif [ -n "${page:-}" ] && ! grep -qF -- "$key" "$page"; then
      fail "$name/$paper: '$key…' is not on the page of its unit ($(basename "$page" .txt)): the unit is split"
    fi
  done <"$units"
  [ "$count" -ge 1 ] || fail "$name/$paper: no unit found to check"
  [ "$failures" = "$before" ] && echo "ok: $name on $paper: $pages page(s), $count units, none split"
}

# A checklist's stages (numbered), situations ("- ") and items (boxes, or a
# reference card's bullets), one per line, from its text format unwrapped.
checklist_units() {
  COLUMNS=1000 "$bin/cx-checklist" "$@" |
    awk '/^[0-9]+\. / { print "S\t" $0; next } /^- / { sub(/^- +/, ""); print "S\t" $0; next }
         /^(   | ! )\[ \] / { print "I\t" substr($0, 8); next } /^   \xe2\x80\xa2 / { sub(/^   \xe2\x80\xa2 /, ""); print "I\t" $0 }' |
    squeeze
}

ids=$("$bin/cx-checklist" --list | awk '/^Built-in checklists/ { on = 1; next } /^$/ { on = 0 } on && /^  [^ ]/ { print $1 }')
for builtin in phone-call de-escalation problem-solving communication-skills etiquette customer-types; do
  grep -qx -- "$builtin" <<<"$ids" || fail "--list does not show the built-in $builtin"
done
# check_both NAME UNITS -- PROGRAM ARGS...: on A4 and on letter.
check_both() {
  check "$1" a4 595.28 841.89 "${@:2}"
  check "$1" letter 612 792 "${@:2}"
}
for id in $ids; do
  checklist_units "$id" >"$tmp/$id.units"
  check_both "$id" "$tmp/$id.units" -- "$bin/cx-checklist" -f html "$id"
done
for example in examples/checklists/*.yaml; do
  name=$(basename "$example" .yaml)
  checklist_units "$example" >"$tmp/$name.units"
  check_both "$name" "$tmp/$name.units" -- "$bin/cx-checklist" -f html "$example"
done

# The workbook's areas ("### 1. Timeliness (时限)") and their questions
# ("1. What is ..."), from its Markdown.
"$bin/cx-standards" --workbook -f markdown |
  awk '/^## The seven marks/ { exit } /^### / { print "S\t" substr($0, 5); next } /^[0-9]+\. / { sub(/^[0-9]+\. /, ""); print "I\t" $0 }' |
  sed 's/\\//g' | squeeze >"$tmp/workbook.units"
[ "$(grep -c '^S' "$tmp/workbook.units")" = 14 ] || fail "the workbook's Markdown does not give 14 areas"
check_both workbook "$tmp/workbook.units" -- "$bin/cx-standards" --workbook -f html
for example in examples/standards/*.yaml; do
  check_both "review-$(basename "$example" .yaml)" "" -- "$bin/cx-standards" -f html --fail-on never "$example"
done

# The blank questionnaire (cx-score --blank): its sections ("## 1. Commitment
# and leadership") and their items ("| 1 | We're committed ... |"), from its
# Markdown. The form's date is written by hand, so cx-score has no --date.
blank_form() {
  local args=()
  while [ $# -gt 0 ]; do
    if [ "$1" = --date ]; then shift 2; continue; fi
    args+=("$1")
    shift
  done
  "$bin/cx-score" "${args[@]}"
}
"$bin/cx-score" --blank customer-service-quotient -f markdown |
  awk -F' \\| ' '/^## / { print "S\t" substr($0, 4); next }
                  /^\| [0-9]+ \| / { text = $2; sub(/ \*\(.*\)\*$/, "", text); print "I\t" text }' |
  sed 's/\\//g' | squeeze >"$tmp/blank.units"
[ "$(grep -c '^S' "$tmp/blank.units")" = 7 ] || fail "the blank questionnaire's Markdown does not give 7 sections"
check_both blank-customer-service-quotient "$tmp/blank.units" -- blank_form --blank customer-service-quotient -f html

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "every page prints on its paper, no stage, area or section split"
