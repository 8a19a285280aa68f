#!/usr/bin/env bash
# Validates the machine formats of every program that writes SARIF
# (apps/programs.txt; cx-audit, cx-standards) with real validators, on each
# of its examples and a hostile input. Everywhere: SARIF with Microsoft's
# SARIF validator (@microsoft/sarif-multitool from npm: the SARIF 2.1.0
# schema it carries and its SARIF and GitHub rules; no error, no warning), and
# JUnit well-formed by xmllint. Where the shared schemas exist (../shared/schemas
# from the repo, or CXKIT_SHARED_SCHEMAS): SARIF with ajv against the SARIF
# 2.1.0 schema too, and JUnit with xmllint against the strict JUnit XSD
# (Jenkins' xunit plugin).
# Usage: tests/scripts/test_ci_validators.sh BIN_DIR, from the repo root.
# ajv-cli, ajv-formats and @microsoft/sarif-multitool are installed under
# build-tools/npm when missing (tests/scripts/ci_tools.sh).
set -u
bin=$(cd "${1:?usage: $0 BIN_DIR}" && pwd) || exit 1
REPO=$(pwd)
export PATH="$bin:$PATH" NO_COLOR=1
unset GITHUB_ACTIONS
# shellcheck source=tests/scripts/ci_tools.sh
. "$REPO/tests/scripts/ci_tools.sh"

schemas=${CXKIT_SHARED_SCHEMAS:-$REPO/../shared/schemas}
if [ ! -f "$schemas/sarif-2.1.0.json" ] || [ ! -f "$schemas/junit-10.xsd" ]; then
  echo "SKIPPED: $schemas holds no sarif-2.1.0.json and junit-10.xsd: SARIF is not checked with ajv against" \
       "that schema nor JUnit against the strict XSD (Microsoft's validator and xmllint's well-formedness check still run)"
  schemas=
fi
if ! command -v xmllint >/dev/null; then
  echo "FAIL: xmllint is missing (Debian package libxml2-utils; run make test-deps)"
  exit 1
fi
ci_tools_install || exit 1
ci_tools_sarif_validator
if [ -z "$sarif_validator" ] && [ -z "$schemas" ]; then
  echo "SKIPPED: Microsoft's SARIF validator: $sarif_validator_why; and no shared schemas: SARIF is not validated"
  exit 0
fi
if [ -z "$sarif_validator" ]; then
  echo "SKIPPED: Microsoft's SARIF validator: $sarif_validator_why; SARIF is checked against the schema only"
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
# validate PROGRAM EXAMPLE: writes its SARIF (for the validator below) and its
# JUnit; checks them against the shared schema and XSD where they exist.
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
  if [ -n "$schemas" ]; then
    cp "$tmp/$name.sarif" "$tmp/$name.json"  # ajv needs the .json extension
    if "$ajv" validate --spec=draft2020 -c ajv-formats -s "$schemas/sarif-2.1.0.json" -d "$tmp/$name.json" \
         >"$tmp/ajv.log" 2>&1; then
      echo "ok: SARIF of $program $example is valid against $schemas/sarif-2.1.0.json"
    else
      echo "FAIL: SARIF of $program $example is not valid SARIF 2.1.0:"
      cat "$tmp/ajv.log"
      failed=1
    fi
    rm -f "$tmp/$name.json"
    junit_check=(--schema "$schemas/junit-10.xsd")
    junit_what="valid against junit-10.xsd"
  else
    junit_check=()
    junit_what="well-formed XML"
  fi
  if xmllint --noout "${junit_check[@]}" "$tmp/$name.junit" >"$tmp/xmllint.log" 2>&1; then
    echo "ok: JUnit of $program $example is $junit_what"
  else
    echo "FAIL: JUnit of $program $example is not $junit_what:"
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

# Microsoft's validator, on every SARIF file above at once.
if [ -n "$sarif_validator" ]; then
  ci_tools_validate_sarif "$tmp" "$tmp"/*.sarif || failed=1
fi
exit "$failed"
