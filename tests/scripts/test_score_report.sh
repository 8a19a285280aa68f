#!/usr/bin/env bash
# Prints cx-score's client report (-f html) with headless Chromium on A4 and
# on letter: examples/score/sparkle-cleaning.yaml and the grouped Google
# Forms export. Checks with poppler the size of every page, "Page N of M",
# that no <section> is split across pages (its first and its last text on
# one page), and that page 1 of the Sparkle report looks as it did: rendered
# in grey at 50 dpi, it may differ from tests/data/score/report-page1-<paper>.pgm.gz
# in at most 1 % of its pixels by more than 48 of 255 levels.
# Usage: tests/scripts/test_score_report.sh BIN_DIR   (from the repository root)
# UPDATE_REFERENCE=1 rewrites the two reference images and the README's
# docs/score-report-page1.png instead (look at them first). Needs chromium,
# poppler-utils and python3, which `make test` installs; CXKIT_SKIP_PDF=1
# skips the test.
set -u
bin=$1
export LC_ALL=C.UTF-8 NO_COLOR=1

# shellcheck source=tests/scripts/pdf_lib.sh
. "$(dirname "$0")/pdf_lib.sh"
pdf_setup pdftoppm python3
here=$(cd "$(dirname "$0")" && pwd)
references=tests/data/score

# check NAME PAPER WIDTH HEIGHT -- cx-score ARGS...
check() {
  local name=$1 paper=$2 width=$3 height=$4
  shift 5
  local dir=$tmp/$name-$paper
  local before=$failures
  mkdir -p "$dir"
  if ! "$bin/cx-score" -f html --paper "$paper" -o "$dir/x.html" "$@"; then
    fail "$name/$paper: cx-score $* failed"
    return
  fi
  local pages n
  print_page "$name/$paper" "$dir" "$width" "$height" || return
  for ((n = 1; n <= pages; n++)); do
    pdftotext -f "$n" -l "$n" "$dir/x.pdf" "$dir/page-$n.txt"
    grep -qF "Page $n of $pages" "$dir/page-$n.txt" || fail "$name/$paper: page $n does not say 'Page $n of $pages'"
  done
  # Each section's first and last text on one page.
  python3 "$here/score_report_check.py" sections "$dir/x.html" "$dir"/page-*.txt >"$dir/sections" ||
    fail "$name/$paper: $(cat "$dir/sections")"
  [ "$failures" = "$before" ] && echo "ok: $name on $paper: $pages page(s), $(cat "$dir/sections")"
  cp "$dir/x.pdf" "$tmp/$name-$paper.pdf"
}

# compare PAPER: page 1 of the Sparkle report with its reference.
compare() {
  local paper=$1
  local pdf=$tmp/sparkle-$paper.pdf reference=$references/report-page1-$paper.pgm.gz
  [ -s "$pdf" ] || return
  pdftoppm -r 50 -gray -f 1 -l 1 -singlefile "$pdf" "$tmp/page1-$paper"
  if [ "${UPDATE_REFERENCE:-}" = 1 ]; then
    gzip -9n <"$tmp/page1-$paper.pgm" >"$reference"
    echo "updated: $reference"
    return
  fi
  if [ ! -f "$reference" ]; then
    fail "no reference image $reference (UPDATE_REFERENCE=1 writes it)"
    return
  fi
  local verdict
  if verdict=$(python3 "$here/score_report_check.py" pixels "$reference" "$tmp/page1-$paper.pgm"); then
    echo "ok: page 1 on $paper looks as its reference: $verdict"
  else
    fail "page 1 on $paper differs from $reference: $verdict (a layout change? look, then UPDATE_REFERENCE=1)"
  fi
}

check sparkle a4 595.28 841.89 -- examples/score/sparkle-cleaning.yaml
check sparkle letter 612 792 -- examples/score/sparkle-cleaning.yaml
check grouped a4 595.28 841.89 -- --mapping examples/surveys/google-forms.mapping.yaml --group-by Store \
  examples/surveys/google-forms.csv
check grouped letter 612 792 -- --mapping examples/surveys/google-forms.mapping.yaml --group-by Store \
  examples/surveys/google-forms.csv
compare a4
compare letter
if [ "${UPDATE_REFERENCE:-}" = 1 ] && [ -s "$tmp/sparkle-a4.pdf" ]; then
  pdftoppm -r 110 -png -f 1 -l 1 -singlefile "$tmp/sparkle-a4.pdf" docs/score-report-page1
  echo "updated: docs/score-report-page1.png"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "the client report prints on A4 and letter, no section split, page 1 as its reference"
