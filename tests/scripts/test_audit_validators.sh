#!/usr/bin/env bash
# Validates cx-audit's machine formats with real validators, on every
# example inventory: SARIF with ajv against the SARIF 2.1.0 schema, JUnit
# with xmllint against the strict JUnit XSD (Jenkins' xunit plugin).
# Usage: tests/scripts/test_audit_validators.sh BIN_DIR, from the repo root.
# ajv-cli and ajv-formats are installed under build-tools/npm when missing.
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

ajv="$REPO/build-tools/npm/node_modules/.bin/ajv"
if [ ! -x "$ajv" ] || [ ! -d "$REPO/build-tools/npm/node_modules/ajv-formats" ]; then
  echo "installing ajv-cli and ajv-formats into build-tools/npm"
  if ! npm install --no-save --no-audit --no-fund --prefix "$REPO/build-tools/npm" ajv-cli@5 ajv-formats@2 >/dev/null; then
    echo "FAIL: cannot install ajv-cli and ajv-formats with npm (is npm installed? run make test-deps)"
    exit 1
  fi
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
cp tests/golden/cx-audit/input/hostile.yaml "$tmp/odd folder/inventory #1 ü.yaml"
failed=0
checked=0
for example in examples/audit/*.yaml "$tmp/odd folder/inventory #1 ü.yaml"; do
  name=$(basename "$example" .yaml)
  name=${name//[^a-z0-9-]/_}
  # Exit 1 (findings) is expected; 2 means the example itself is broken.
  for format in sarif junit; do
    (cd "$(dirname "$example")" && cx-audit --today 2026-11-23 -f "$format" -o "$tmp/$name.$format" "$(basename "$example")")
    code=$?
    if [ "$code" -gt 1 ]; then
      echo "FAIL: cx-audit -f $format $example exited $code"
      failed=1
    fi
  done
  mv "$tmp/$name.sarif" "$tmp/$name.json"  # ajv needs the .json extension
  if "$ajv" validate --spec=draft2020 -c ajv-formats -s "$schemas/sarif-2.1.0.json" -d "$tmp/$name.json" \
       >"$tmp/ajv.log" 2>&1; then
    echo "ok: SARIF of $example is valid"
  else
    echo "FAIL: SARIF of $example is not valid SARIF 2.1.0:"
    cat "$tmp/ajv.log"
    failed=1
  fi
  if xmllint --noout --schema "$schemas/junit-10.xsd" "$tmp/$name.junit" >"$tmp/xmllint.log" 2>&1; then
    echo "ok: JUnit of $example is valid"
  else
    echo "FAIL: JUnit of $example is not valid against junit-10.xsd:"
    cat "$tmp/xmllint.log"
    failed=1
  fi
  checked=$((checked + 1))
done
if [ "$checked" -eq 0 ]; then
  echo "FAIL: no examples/audit/*.yaml to validate"
  exit 1
fi
exit "$failed"
