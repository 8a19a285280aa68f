#!/usr/bin/env bash
# Validates the machine formats of every program that writes SARIF
# (apps/programs.txt; cx-audit, cx-standards) with real validators, on each
# of its examples and a hostile input: SARIF with ajv against the SARIF 2.1.0 schema and with
# Microsoft's SARIF validator (its SARIF and GitHub rules: no error, no
# warning), JUnit with xmllint against the strict JUnit XSD (Jenkins' xunit
# plugin).
# Usage: tests/scripts/test_ci_validators.sh BIN_DIR, from the repo root.
# ajv-cli, ajv-formats and @microsoft/sarif-multitool are installed under
# build-tools/npm when missing.
set -u
bin=$(cd "${1:?usage: $0 BIN_DIR}" && pwd) || exit 1
REPO=$(pwd)
schemas="$REPO/../shared/schemas"
if [ ! -d "$schemas" ]; then
  echo "SKIPPED: $schemas does not exist, so SARIF and JUnit output are not validated"
  exit 0
fi
export PATH="$bin:$PATH" NO_COLOR=1
unset GITHUB_ACTIONS

npm_dir="$REPO/build-tools/npm"
ajv="$npm_dir/node_modules/.bin/ajv"
if [ ! -x "$ajv" ] || [ ! -d "$npm_dir/node_modules/ajv-formats" ] ||
   [ ! -d "$npm_dir/node_modules/@microsoft/sarif-multitool" ]; then
  # All in one command: npm install --no-save removes what it was not named.
  echo "installing ajv-cli, ajv-formats and @microsoft/sarif-multitool into build-tools/npm"
  if ! npm install --no-save --no-audit --no-fund --prefix "$npm_dir" \
       ajv-cli@5 ajv-formats@2 @microsoft/sarif-multitool@5 >/dev/null; then
    echo "FAIL: cannot install ajv-cli, ajv-formats and @microsoft/sarif-multitool with npm" \
         "(is npm installed? run make test-deps)"
    exit 1
  fi
fi
# Microsoft's SARIF validator is a native program, one per platform in an
# optional dependency of its package: the path of this machine's, or nothing.
sarif_validator=$(cd "$npm_dir" && node -p "require('@microsoft/sarif-multitool')" 2>/dev/null)
# npm may not run the package's install script, whose one job is this.
if [ -f "$sarif_validator" ] && [ ! -x "$sarif_validator" ]; then chmod u+x "$sarif_validator"; fi
# It needs no culture data: without ICU it would refuse to start.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
if [ -z "$sarif_validator" ] || [ ! -f "$sarif_validator" ]; then
  why="@microsoft/sarif-multitool has no program for $(uname -s) $(uname -m)"
  sarif_validator=
elif ! why=$("$sarif_validator" --version 2>&1); then
  why="its program for $(uname -s) does not run on this $(uname -m) machine: $(printf '%s' "$why" | head -3)"
  sarif_validator=
fi
if [ -z "$sarif_validator" ]; then
  echo "SKIPPED: Microsoft's SARIF validator: $why; SARIF is checked against the schema only"
fi
if ! command -v xmllint >/dev/null; then
  echo "FAIL: xmllint is missing (Debian package libxml2-utils; run make test-deps)"
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Hostile values (markup, formulas, control characters) and a file name that
# needs percent-encoding in a SARIF URI must give valid output too.
mkdir "$tmp/odd folder"
declare -A hostile=([cx-audit]=tests/golden/cx-audit/input/hostile.yaml [cx-standards]=tests/data/standards/hostile.yaml)
declare -A args=([cx-audit]="--today 2026-11-23")
failed=0
checked=0
# validate PROGRAM EXAMPLE: its SARIF against the schema, its JUnit against the XSD.
validate() {
  local program=$1 example=$2 name format code
  name=$program-$(basename "$example" .yaml)
  name=${name//[^a-z0-9-]/_}
  # Exit 1 (findings) is expected; 2 means the example itself is broken.
  for format in sarif junit; do
    # shellcheck disable=SC2086 # args are words
    (cd "$(dirname "$example")" && "$program" ${args[$program]:-} -f "$format" -o "$tmp/$name.$format" "$(basename "$example")")
    code=$?
    if [ "$code" -gt 1 ]; then
      echo "FAIL: $program -f $format $example exited $code"
      failed=1
    fi
  done
  cp "$tmp/$name.sarif" "$tmp/$name.json"  # ajv needs the .json extension
  if "$ajv" validate --spec=draft2020 -c ajv-formats -s "$schemas/sarif-2.1.0.json" -d "$tmp/$name.json" \
       >"$tmp/ajv.log" 2>&1; then
    echo "ok: SARIF of $program $example is valid"
  else
    echo "FAIL: SARIF of $program $example is not valid SARIF 2.1.0:"
    cat "$tmp/ajv.log"
    failed=1
  fi
  if xmllint --noout --schema "$schemas/junit-10.xsd" "$tmp/$name.junit" >"$tmp/xmllint.log" 2>&1; then
    echo "ok: JUnit of $program $example is valid"
  else
    echo "FAIL: JUnit of $program $example is not valid against junit-10.xsd:"
    cat "$tmp/xmllint.log"
    failed=1
  fi
  checked=$((checked + 1))
}
programs=0
while read -r program _part folders; do
  "$program" --help | grep -q 'sarif' || continue
  programs=$((programs + 1))
  for folder in $folders; do
    for example in "$folder"/*.yaml; do [ -f "$example" ] && validate "$program" "$example"; done
  done
  if [ -n "${hostile[$program]:-}" ]; then
    cp "${hostile[$program]}" "$tmp/odd folder/$program #1 ü.yaml"
    validate "$program" "$tmp/odd folder/$program #1 ü.yaml"
  fi
done < <(grep '^cx-' apps/programs.txt)
if [ "$programs" -lt 2 ] || [ "$checked" -eq 0 ]; then
  echo "FAIL: expected cx-audit and cx-standards to write SARIF, and examples to validate ($programs programs, $checked files)"
  exit 1
fi

# Microsoft's validator, on every SARIF file above at once. Its log holds a
# result per problem found; notes are advice and not counted.
count_problems() {  # count_problems LOG: "ERRORS WARNINGS", or fails when the run did not finish
  node -e '
    const run = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0];
    if (!run.invocations || !run.invocations[0].executionSuccessful) process.exit(1);
    const levels = (run.results || []).map((r) => r.level || "warning");
    console.log(levels.filter((l) => l === "error").length, levels.filter((l) => l === "warning").length);' "$1"
}
if [ -n "$sarif_validator" ]; then
  if "$sarif_validator" validate --rule-kind "Sarif;Gh" --level "Error;Warning" -o "$tmp/validation.log" \
       "$tmp"/*.sarif >"$tmp/validator.out" 2>&1 && counts=$(count_problems "$tmp/validation.log"); then
    read -r errors warnings <<<"$counts"
    if [ "$errors" -eq 0 ] && [ "$warnings" -eq 0 ]; then
      echo "ok: Microsoft's SARIF validator finds no error and no warning in the SARIF of $checked inputs"
    else
      echo "FAIL: Microsoft's SARIF validator finds $errors errors and $warnings warnings:"
      grep -E ' (error|warning) [A-Z]+[0-9]+: ' "$tmp/validator.out"
      failed=1
    fi
  else
    echo "FAIL: Microsoft's SARIF validator did not run to the end:"
    cat "$tmp/validator.out"
    failed=1
  fi
fi
exit "$failed"
