#!/usr/bin/env bash
# Checks the JSON Schemas under schemas/ with ajv (strict mode):
#  - every schema compiles, with $id, title and a description on every property;
#  - every shipped YAML file (configs/, examples/) starts with a
#    yaml-language-server modeline naming the schema of its kind:, and is
#    valid against it;
#  - each broken file in tests/data/schemas/ is refused by the schema with the
#    error its "# ajv:" line names, and by the program that reads its kind
#    with exit 2 and file:line:col: error: ... holding its "# cxkit:" line;
#  - the stdout of every JSON golden, and JSON the programs write beside it
#    (a report with a baseline and groups, per-respondent rows), is valid
#    against the program's report schema.
# Usage: tests/scripts/test_schemas.sh BIN_DIR, from the repo root.
# ajv-cli and ajv-formats are installed under build-tools/npm-schemas when
# missing.
set -u
bin=$(cd "${1:?usage: $0 BIN_DIR}" && pwd) || exit 1
REPO=$(pwd -P)
export PATH="$bin:$PATH" NO_COLOR=1 LC_ALL=C.UTF-8
unset GITHUB_ACTIONS

npm_dir="$REPO/build-tools/npm-schemas"
ajv="$npm_dir/node_modules/.bin/ajv"
if [ ! -x "$ajv" ] || [ ! -d "$npm_dir/node_modules/ajv-formats" ] || [ ! -d "$npm_dir/node_modules/js-yaml" ]; then
  echo "installing ajv-cli and ajv-formats into build-tools/npm-schemas"
  if ! npm install --no-save --no-audit --no-fund --prefix "$npm_dir" ajv-cli@5 ajv-formats@2 >/dev/null; then
    echo "FAIL: cannot install ajv-cli and ajv-formats with npm (is npm installed? run make test-deps)"
    exit 1
  fi
fi
# Draft-07 as yaml-language-server reads it; strict mode refuses unknown
# keywords and loose types. A text field takes any scalar, as the loaders
# do, so types may be unions.
ajv_flags=(--spec=draft7 --strict=true --allow-union-types -c ajv-formats)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() {
  echo "FAIL: $*"
  failed=1
}

# YAML to JSON with the YAML 1.2 core schema, as yaml-language-server reads
# it: a date stays a string (ajv-cli's own YAML reading makes it a Date
# object, which no draft-07 type describes).
cat >"$tmp/to_json.js" <<'EOF'
const fs = require("fs"), path = require("path");
const yaml = require(path.join(process.argv[2], "node_modules/js-yaml"));
const out = process.argv[3];
for (const file of process.argv.slice(4)) {
  const target = path.join(out, file + ".json");
  fs.mkdirSync(path.dirname(target), {recursive: true});
  try {
    const data = yaml.load(fs.readFileSync(file, "utf8"), {schema: yaml.CORE_SCHEMA, filename: file});
    fs.writeFileSync(target, JSON.stringify(data === undefined ? null : data));
  } catch (e) {
    console.log(`FAIL: ${file}: not YAML: ${e.message}`);
  }
}
EOF

# Every property an editor can show has a description; each schema names
# itself.
cat >"$tmp/described.js" <<'EOF'
const fs = require("fs");
const conditions = new Set(["if", "then", "else", "oneOf", "anyOf", "allOf", "not", "dependencies"]);
for (const file of process.argv.slice(2)) {
  const schema = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const key of ["$schema", "$id", "title", "description"])
    if (!schema[key]) console.log(`FAIL: ${file}: no ${key}`);
  if (schema.$schema !== "http://json-schema.org/draft-07/schema#") console.log(`FAIL: ${file}: not draft-07`);
  const walk = (node, at) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
    if (!node || typeof node !== "object") return;
    for (const [name, property] of Object.entries(node.properties || {}))
      if (typeof property !== "object" || !property.description)
        console.log(`FAIL: ${file}: ${at}/properties/${name} has no description`);
    // Conditions (if, oneOf, dependencies, ...) only constrain properties
    // described where they are declared.
    for (const [key, value] of Object.entries(node))
      if (!conditions.has(key)) walk(value, `${at}/${key}`);
  };
  walk(schema, "#");
}
EOF

# 1. The schemas compile in strict mode.
mapfile -t schemas < <(find schemas -name '*.json' | sort)
if [ "${#schemas[@]}" -lt 10 ]; then fail "only ${#schemas[@]} schemas under schemas/"; fi
args=()
for s in "${schemas[@]}"; do args+=(-s "$s"); done
if ! out=$("$ajv" compile "${ajv_flags[@]}" "${args[@]}" 2>&1); then
  fail "ajv does not compile the schemas:"
  printf '%s\n' "$out"
fi
out=$(node "$tmp/described.js" "${schemas[@]}")
[ -z "$out" ] || { printf '%s\n' "$out"; failed=1; }

# ajv validate with one process per schema: the files it does not call valid.
# $1 schema, then the JSON files.
invalid() {
  local schema=$1 args=()
  shift
  for f in "$@"; do args+=(-d "$f"); done
  "$ajv" validate "${ajv_flags[@]}" --all-errors --errors=line -s "$schema" "${args[@]}" 2>&1 | grep -v ' valid$'
}

# 2. Every shipped YAML file: its modeline, its kind's schema, valid.
mapfile -t shipped < <(find configs examples -name '*.yaml' | sort)
declare -A by_schema=()
for f in "${shipped[@]}"; do
  first=$(head -n 1 "$f")
  kind=$(sed -n 's/^kind: *\([A-Za-z-]*\).*/\1/p' "$f" | head -n 1)
  if [[ "$first" != "# yaml-language-server: \$schema="* ]]; then
    fail "$f: the first line is not a yaml-language-server modeline: $first"
    continue
  fi
  named=${first#*\$schema=}
  target=$(realpath -m "$(dirname "$f")/$named")
  if [ "$target" != "$REPO/schemas/$kind.json" ]; then
    fail "$f: the modeline names $named, expected the schema of kind: $kind (schemas/$kind.json)"
    continue
  fi
  [ -f "$target" ] || { fail "$f: the modeline names $named, which does not exist"; continue; }
  by_schema[$kind]+="$tmp/json/$f.json"$'\n'
done
node "$tmp/to_json.js" "$npm_dir" "$tmp/json" "${shipped[@]}" | grep . && failed=1
checked=0
for kind in "${!by_schema[@]}"; do
  mapfile -t files < <(printf '%s' "${by_schema[$kind]}")
  checked=$((checked + ${#files[@]}))
  if out=$(invalid "schemas/$kind.json" "${files[@]}"); then
    fail "shipped $kind files are not valid against schemas/$kind.json:"
    printf '%s\n' "$out" | sed "s|$tmp/json/||"
  fi
done
if [ "$checked" -lt 100 ] || [ "$checked" -ne "${#shipped[@]}" ]; then
  fail "validated $checked of ${#shipped[@]} shipped YAML files"
fi
echo "shipped YAML files valid against their kind's schema: $checked (${#by_schema[@]} kinds)"

# 3. Broken files: refused by the schema and by the program, each for the
# reason its comments name.
declare -A reads=(
  [questionnaire]="cx-score -q FILE examples/score/sparkle-cleaning.yaml"
  [responses]="cx-score FILE"
  [mapping]="cx-score --mapping FILE examples/surveys/qualtrics.csv"
  [policies]="cx-audit FILE"
  [checklist]="cx-checklist FILE"
  [standards]="cx-standards FILE"
)
mapfile -t broken < <(find tests/data/schemas -name '*.yaml' | sort)
node "$tmp/to_json.js" "$npm_dir" "$tmp/broken" "${broken[@]}" | grep . && failed=1
declare -A kinds_seen=() broken_of=()
for f in "${broken[@]}"; do
  kind=$(sed -n 's/^kind: *\([A-Za-z-]*\).*/\1/p' "$f" | head -n 1)
  if [ -z "${reads[$kind]:-}" ]; then
    fail "$f: expected kind: one of ${!reads[*]}"
    continue
  fi
  kinds_seen[$kind]=1
  broken_of[$kind]+="$tmp/broken/$f.json"$'\n'
done
# One ajv a kind: each file it refuses, then that file's errors on one line.
for kind in "${!broken_of[@]}"; do
  mapfile -t files < <(printf '%s' "${broken_of[$kind]}")
  invalid "schemas/$kind.json" "${files[@]}" >"$tmp/refused-$kind.txt"
done
refused=0
for f in "${broken[@]}"; do
  kind=$(sed -n 's/^kind: *\([A-Za-z-]*\).*/\1/p' "$f" | head -n 1)
  command=${reads[$kind]:-}
  [ -n "$command" ] || continue
  want_ajv=$(sed -n 's/^# ajv: //p' "$f")
  want_cxkit=$(sed -n 's/^# cxkit: //p' "$f")
  if [ -z "$want_ajv" ] || [ -z "$want_cxkit" ]; then
    fail "$f: expected a '# ajv:' and a '# cxkit:' line saying why it is refused"
    continue
  fi
  json="$tmp/broken/$f.json"
  errors=$(awk -v want="$json invalid" 'found { print; exit } $0 == want { found = 1 }' "$tmp/refused-$kind.txt")
  ok=1
  if [ -z "$errors" ]; then
    fail "$f: schemas/$kind.json accepts it"
    ok=0
  elif ! printf '%s\n' "$errors" | grep -qF -- "$want_ajv"; then
    fail "$f: schemas/$kind.json refuses it, but not with $want_ajv: $errors"
    ok=0
  fi
  # shellcheck disable=SC2086  # the command is words, FILE a path without spaces
  stderr=$(${command//FILE/$f} 2>&1 >/dev/null)
  code=$?
  if [ "$code" != 2 ]; then
    fail "$f: ${command%% *} exits $code, expected 2: $stderr"
  elif ! printf '%s\n' "$stderr" | grep -E "^$f:[0-9]+:[0-9]+: error: " | grep -qF -- "$want_cxkit"; then
    fail "$f: ${command%% *} does not say $f:LINE:COL: error: ...$want_cxkit...:"
    printf '%s\n' "$stderr"
  elif [ "$ok" = 1 ]; then
    refused=$((refused + 1))
  fi
done
if [ "$refused" -lt 9 ] || [ "${#kinds_seen[@]}" -lt 6 ]; then
  fail "only $refused broken files of ${#kinds_seen[@]} kinds refused by both (expected at least 9 of 6 kinds)"
fi
echo "broken files refused by the schema and the program: $refused (${#kinds_seen[@]} kinds)"

# 4. JSON reports: every golden whose command writes JSON to stdout as a
# whole (no pipe or list), and more that the goldens cut short.
declare -A reports=()
golden=0
shell_syntax='[|;&>$]'
json_option=' (-f json|--format json|-f=json|--format=json) '
for out_file in tests/golden/*/*.out; do
  cmd=$(head -n 1 "$out_file")
  cmd=${cmd#\$ }
  [[ " $cmd " =~ $json_option ]] || continue
  [[ "$cmd" =~ $shell_syntax ]] && continue
  program=${cmd%% *}
  [ "$program" = cx ] && { program=${cmd#cx }; program=cx-${program%% *}; }
  awk 'NR > 1 && /^--- stderr$/ { exit } NR > 1' "$out_file" >"$tmp/stdout"
  [ -s "$tmp/stdout" ] || continue  # refused: nothing on stdout
  if [ ! -f "schemas/report/$program.json" ]; then
    fail "$out_file: no report schema for $program"
    continue
  fi
  name=$(printf '%s' "$out_file" | tr '/' '_')
  cp "$tmp/stdout" "$tmp/$name.json"
  reports[$program]+="$tmp/$name.json"$'\n'
  golden=$((golden + 1))
done
extra() {  # $1 program, $2 name, then the command
  local program=$1 name=$2
  shift 2
  if ! "$@" >"$tmp/extra-$name.json" 2>"$tmp/extra-$name.stderr"; then
    fail "$* fails: $(cat "$tmp/extra-$name.stderr")"
    return
  fi
  reports[$program]+="$tmp/extra-$name.json"$'\n'
}
extra cx-score baseline cx-score -f json --baseline tests/data/surveys/baseline-q2.json tests/data/surveys/store-survey.csv
extra cx-score groups cx-score -f json --group-by Store --baseline tests/data/surveys/baseline-q2.json \
  tests/data/surveys/store-survey.csv
extra cx-audit brightmart cx-audit --today 2026-11-23 -f json examples/audit/brightmart-returns.yaml
# Per-respondent rows: one JSON object a line, plain and grouped.
rows=0
for run in plain grouped; do
  options=(examples/score/sparkle-cleaning.yaml examples/score/harbour-dental.yaml)
  [ "$run" = grouped ] && options=(--group-by Store tests/data/surveys/store-survey.csv)
  if ! cx-score --per-respondent "$tmp/rows-$run.ndjson" "${options[@]}" >/dev/null; then
    fail "cx-score --per-respondent $tmp/rows-$run.ndjson ${options[*]} fails"
    continue
  fi
  n=0
  while IFS= read -r row; do
    n=$((n + 1))
    printf '%s\n' "$row" >"$tmp/row-$run-$n.json"
    reports[cx-score-respondent]+="$tmp/row-$run-$n.json"$'\n'
  done <"$tmp/rows-$run.ndjson"
  [ "$n" -gt 0 ] || fail "cx-score --per-respondent wrote no row for ${options[*]}"
  rows=$((rows + n))
done
grep -q '"group":' "$tmp/rows-grouped.ndjson" || fail "the grouped per-respondent rows have no group"
for program in cx-audit cx-checklist cx-score cx-standards cx-score-respondent; do
  mapfile -t files < <(printf '%s' "${reports[$program]:-}")
  if [ "${#files[@]}" -eq 0 ]; then
    fail "no JSON written by $program to check"
    continue
  fi
  if out=$(invalid "schemas/report/$program.json" "${files[@]}"); then
    fail "JSON of $program is not valid against schemas/report/$program.json:"
    printf '%s\n' "$out" | sed "s|$tmp/||"
  fi
done
[ "$golden" -ge 20 ] || fail "only $golden JSON goldens found"
echo "JSON goldens valid against their program's report schema: $golden; per-respondent rows: $rows"

[ "$failed" = 0 ] || exit 1
echo "schemas: all checks passed"
