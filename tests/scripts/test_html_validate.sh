#!/usr/bin/env bash
# Validates every HTML page cxkit writes with html-validate (npm), an
# independent HTML5 validator: each program's html format on each of its
# examples and on a hostile input, every built-in checklist, the standards
# workbook and, where the program has it, cx-score's blank form. No error
# and no warning is allowed.
# Usage: tests/scripts/test_html_validate.sh BIN_DIR, from the repo root.
# html-validate is installed under build-tools/npm when missing.
set -u
bin=$(cd "${1:?usage: $0 BIN_DIR}" && pwd) || exit 1
REPO=$(pwd)
export PATH="$bin:$PATH" NO_COLOR=1 SOURCE_DATE_EPOCH=1796083200
unset GITHUB_ACTIONS

npm_dir="$REPO/build-tools/html-validate"
validator="$npm_dir/node_modules/.bin/html-validate"
if [ ! -x "$validator" ]; then
  echo "installing html-validate into build-tools/html-validate"
  if ! npm install --no-save --no-audit --no-fund --prefix "$npm_dir" html-validate@9 >/dev/null; then
    echo "FAIL: cannot install html-validate with npm (is npm installed? run make test-deps)"
    exit 1
  fi
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pages=0
failed=0
# page NAME CMD...: CMD writes an HTML page to standard output.
page() {
  local name=$1
  shift
  if "$@" >"$tmp/$name.html" 2>"$tmp/$name.err" || [ $? = 1 ]; then
    pages=$((pages + 1))
  else
    echo "FAIL: $* exited with an error: $(head -c 300 "$tmp/$name.err")"
    failed=1
    rm -f "$tmp/$name.html"
  fi
}
declare -A args=([cx-audit]="--today 2026-11-23" [cx-standards]="--fail-on never")
declare -A hostile=([cx-audit]=tests/golden/cx-audit/input/hostile.yaml
                    [cx-standards]=tests/data/standards/hostile.yaml
                    [cx-checklist]=tests/fuzz/corpus/writers/regression-running-head-quote.yaml)
while read -r program _part folders; do
  "$program" --help | grep -q 'html' || continue
  # shellcheck disable=SC2086 # args are words
  for folder in $folders; do
    for example in "$folder"/*.yaml; do
      [ -f "$example" ] || continue
      name=$program-$(basename "$example" .yaml)
      case "$example" in
        *.mapping.yaml) page "$name" "$program" -f html --mapping "$example" "${example%.mapping.yaml}.csv" ;;
        *) page "$name" "$program" ${args[$program]:-} -f html "$example" ;;
      esac
    done
  done
  if [ -n "${hostile[$program]:-}" ]; then
    page "$program-hostile" "$program" ${args[$program]:-} -f html "${hostile[$program]}"
  fi
done < <(grep '^cx-' apps/programs.txt)
for id in $(cx-checklist --list | awk '/^Built-in checklists/ { on = 1; next } /^$/ { on = 0 } on && /^  [^ ]/ { print $1 }'); do
  page "checklist-$id" cx-checklist -f html --sign-off "$id"
done
page workbook cx-standards --workbook -f html
if cx-score --help | grep -q -- '--blank'; then
  for q in $(cx-score --list | awk '/^  [a-z]/ { print $1 }'); do page "blank-$q" cx-score --blank "$q" -f html; done
fi

if [ "$pages" -lt 20 ]; then
  echo "FAIL: only $pages HTML pages were made"
  exit 1
fi
# The recommended rules, but a long <title> (a search engine's concern) is
# allowed: a report's title names the client.
if "$validator" --config tests/scripts/htmlvalidate.json --max-warnings 0 "$tmp"/*.html >"$tmp/report.txt" 2>&1; then
  echo "ok: html-validate finds no error and no warning in $pages HTML pages"
else
  echo "FAIL: html-validate finds problems in the HTML cxkit writes:"
  cat "$tmp/report.txt"
  failed=1
fi
exit "$failed"
