#!/usr/bin/env bash
# Prints every built-in in every language but English (English: see
# test_print_pdf.sh) to PDF on A4 with headless Chromium: every checklist and
# reference card, the standards workbook, and the blank form of every
# questionnaire (in English too, but the quotient's, which test_print_pdf.sh
# prints). Checks
# with poppler that each prints within its page count (the table below, as
# observed), that every font is embedded and, for Chinese, that a CJK font
# is (pdffonts), and that the text extracts back from the PDF (pdftotext: the
# title, and the first item, in the language's own letters, not boxes).
# Usage: tests/scripts/test_print_languages.sh BIN_DIR   (from the repository root)
# Needs chromium, poppler-utils and fonts-noto-cjk (`make test` installs them);
# CXKIT_SKIP_PDF=1 skips the test. PRINT_PAGES=1 prints the page counts seen.
set -u
bin=$1
export LC_ALL=C.UTF-8 NO_COLOR=1

# shellcheck source=tests/scripts/pdf_lib.sh
. "$(dirname "$0")/pdf_lib.sh"
pdf_setup pdffonts

# Pages on A4, per language and document, as observed with Debian 12's
# chromium and fonts: a change means the layout changed (look at the PDF).
declare -A expected_pages=()
while read -r language document count; do
  [ -n "$language" ] && expected_pages[$language/$document]=$count
done < "$(dirname "$0")/print_languages_pages.txt"

# check LANGUAGE NAME FIRST -- PROGRAM ARGS...: FIRST is a piece of text the
# first page must give back (the document's first item or question).
check() {
  local language=$1 name=$2 first=$3
  shift 4
  local dir=$tmp/$language-$name before=$failures
  mkdir -p "$dir"
  if ! "$@" --lang "$language" --paper a4 -o "$dir/x.html"; then
    fail "$language/$name: $* failed"
    return
  fi
  grep -q "<html lang=\"$language\"" "$dir/x.html" || fail "$language/$name: the page does not say lang=\"$language\""
  print_page "$language/$name" "$dir" 595.28 841.89 || return
  if [ -n "${PRINT_PAGES:-}" ]; then echo "$language $name $pages"; fi
  local want=${expected_pages[$language/$name]:-}
  [ -n "$want" ] || fail "$language/$name: no page count in print_languages_pages.txt (it printed $pages)"
  [ -z "$want" ] || [ "$pages" = "$want" ] || fail "$language/$name: $pages pages, expected $want"
  # Every font embedded, with a Unicode map (so the text extracts). Chinese
  # needs a font of its own besides the Latin one (DejaVu): Chromium embeds
  # Noto Sans CJK's glyphs as unnamed Type 3 fonts.
  pdffonts "$dir/x.pdf" | awk 'NR > 2 && ($(NF-4) != "yes" || $(NF-2) != "yes") { print }' >"$dir/unembedded"
  [ -s "$dir/unembedded" ] && fail "$language/$name: a font not embedded or without Unicode map: $(head -1 "$dir/unembedded")"
  case $language in zh-*)
    pdffonts "$dir/x.pdf" | awk 'NR > 2 && $1 !~ /DejaVu/ { found = 1 } END { exit !found }' ||
      fail "$language/$name: no font in the PDF but the Latin one: the Chinese would be boxes" ;;
  esac
  # The text comes back out: the title and the first item, spaces aside.
  pdftotext -f 1 -l 1 "$dir/x.pdf" - | tr -d ' \n' >"$dir/page-1.txt"
  local title
  title=$(sed -n 's:.*<title>\(.*\)</title>.*:\1:p' "$dir/x.html" | head -1 |
    sed "s/&#39;/'/g; s/&quot;/\"/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\\&/g" | tr -d ' ')
  title=${title:0:10}  # characters, not bytes (a UTF-8 locale)
  grep -qF -- "$title" "$dir/page-1.txt" || fail "$language/$name: page 1 does not give back the title '$title'"
  local key
  key=$(tr -d ' ' <<<"$first")
  key=${key:0:8}
  grep -qF -- "$key" "$dir/page-1.txt" || fail "$language/$name: page 1 does not give back '$key'"
  [ "$failures" = "$before" ] && echo "ok: $language/$name: $pages page(s)"
}

languages=$("$bin/cx-checklist" --help | sed -n 's/.*Language of the built-ins: \(.*\) (default.*/\1/p' | tr -d ',')
[ -n "$languages" ] || fail "cx-checklist --help names no language"
ids=$("$bin/cx-checklist" --list | awk '/^Built-in checklists/ { on = 1; next } /^$/ { on = 0 } on && /^  [^ ]/ { print $1 }')
for language in $languages; do
  [ "$language" = en ] && continue
  for id in $ids; do
    first=$(COLUMNS=1000 "$bin/cx-checklist" --lang "$language" "$id" |
      awk '/^(   | ! )\[ \] / { print substr($0, 8); exit } /^   \xe2\x80\xa2 / { sub(/^   \xe2\x80\xa2 /, ""); print; exit }')
    check "$language" "$id" "$first" -- "$bin/cx-checklist" -f html --date 2026-01-15 "$id"
  done
  first=$(COLUMNS=1000 "$bin/cx-standards" --lang "$language" --workbook | awk '/^   1\) / { print substr($0, 7); exit }')
  check "$language" workbook "$first" -- "$bin/cx-standards" --workbook -f html --date 2026-01-15
done
# The blank form of every questionnaire, in every language (English too, but
# for the quotient's, which test_print_pdf.sh prints on both papers).
questionnaires=$("$bin/cx-score" --list | awk '/^  [a-z]/ { print $1 }')
[ "$(wc -w <<<"$questionnaires")" -ge 4 ] || fail "cx-score --list names fewer than 4 questionnaires"
for language in $languages; do
  for id in $questionnaires; do
    [ "$language/$id" = en/customer-service-quotient ] && continue
    first=$(COLUMNS=1000 "$bin/cx-score" --lang "$language" --blank "$id" |
      awk '/^    1\) / { sub(/^    1\) /, ""); sub(/ *\[ \].*/, ""); print; exit }')
    check "$language" "blank-$id" "$first" -- "$bin/cx-score" --blank "$id" -f html
  done
done

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "every built-in prints in every language within its page count, its text in embedded fonts"
