# shellcheck shell=bash
# What the scripts that print cxkit's HTML to PDF share (sourced, not run):
# the tools they need, a failure count, and printing one page with headless
# Chromium, then reading its page count and checking each page's size.

# pdf_setup TOOL...: exits 0 when CXKIT_SKIP_PDF=1, 1 when a tool is missing;
# else makes $tmp (removed at exit) and the counter that fail() increments.
pdf_setup() {
  if [ "${CXKIT_SKIP_PDF:-}" = 1 ]; then
    echo "skipped: CXKIT_SKIP_PDF=1"
    exit 0
  fi
  local tool
  for tool in chromium pdfinfo pdftotext "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "FAIL: $tool is not installed. Run 'make test', which installs chromium and poppler-utils"
      echo "(or set CXKIT_SKIP_PDF=1 to skip printing to PDF)."
      exit 1
    fi
  done
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  failures=0
}

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# print_page WHAT DIR WIDTH HEIGHT: prints DIR/x.html to DIR/x.pdf and sets
# $pages; fails (and returns 1 when nothing can be checked further) when the
# HTML is not self-contained, no PDF comes out, or a page is not the paper
# asked for (WIDTH x HEIGHT points, to within a point).
print_page() {
  local what=$1 dir=$2 width=$3 height=$4
  # Self-contained: no script, and nothing fetched from anywhere.
  if grep -Eiq '<script|<link|<img|@import|url\(|(src|href)=' "$dir/x.html"; then
    fail "$what: the HTML is not self-contained"
  fi
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --disable-background-networking --disable-component-update --disable-sync --no-first-run \
    --user-data-dir="$dir/profile" --print-to-pdf="$dir/x.pdf" "file://$dir/x.html" >"$dir/chromium.log" 2>&1
  if [ ! -s "$dir/x.pdf" ]; then
    fail "$what: chromium printed no PDF"
    cat "$dir/chromium.log"
    return 1
  fi
  pages=$(pdfinfo "$dir/x.pdf" | sed -n 's/^Pages: *//p')
  if ! [ "${pages:-0}" -ge 1 ] 2>/dev/null; then
    fail "$what: pdfinfo reads no pages"
    return 1
  fi
  pdfinfo -f 1 -l "$pages" "$dir/x.pdf" | sed -n 's/^Page *[0-9]* size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 \2/p' |
    while read -r w h; do
      awk -v w="$w" -v h="$h" -v W="$width" -v H="$height" \
        'BEGIN { exit !((w - W) ^ 2 < 2.25 && (h - H) ^ 2 < 2.25) }' ||
        echo "$what: a page is $w x $h pts, expected $width x $height"
    done >"$dir/sizes"
  if [ -s "$dir/sizes" ]; then fail "$(head -1 "$dir/sizes")"; fi
  return 0
}
