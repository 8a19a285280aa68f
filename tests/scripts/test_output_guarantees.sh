#!/usr/bin/env bash
# The output guarantees of cx-score, cx-audit and cx-checklist, from the
# shell: atomic output files (the previous file untouched on any error, no
# temporary left), a full device is exit 2 with a message, `| head` ends
# quietly (no death by SIGPIPE), an output path that is an input is
# refused, usage errors exit 2, and no input makes a program exit outside
# 0-2, die by a signal, hang, or print a terminal escape.
# Usage: tests/scripts/test_output_guarantees.sh BIN_DIR (from the repository root)
set -u
bin=$(cd "$1" && pwd)
# Reports say when they were made: a fixed SOURCE_DATE_EPOCH keeps two runs
# that compare outputs from straddling a second (slow under the sanitizers).
export PATH="$bin:$PATH" NO_COLOR=1 LC_ALL=C.UTF-8 COLUMNS=80 SOURCE_DATE_EPOCH=1796083200
unset GITHUB_ACTIONS
umask 022
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}
# run CMD...: exit code in $code, output in $tmp/out and $tmp/err; 30 s at most.
run() {
  timeout 30 "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  code=$?
}
err_text() { head -c 400 "$tmp/err" | tr '\n' ' '; }
# expect CODE WHAT CMD...: the exit code, and for 2 a `error:` line on stderr.
expect() {
  local want=$1 what=$2
  shift 2
  run "$@"
  if [ "$code" != "$want" ]; then
    fail "$what: exit $code, expected $want; stderr: $(err_text)"
  elif [ "$want" = 2 ] && ! grep -q 'error: ' "$tmp/err"; then
    fail "$what: exit 2 without an error message; stderr: $(err_text)"
  else
    pass
  fi
}
no_temporary() {
  if ls -A "$1" | grep -q '^\.cxkit-'; then
    fail "$2: a temporary file was left in $1: $(ls -A "$1" | grep '^\.cxkit-' | tr '\n' ' ')"
  else
    pass
  fi
}
same_content() {
  if cmp -s "$1" "$2"; then pass; else fail "$3: $1 changed"; fi
}

# --- Fixtures: for each program a good input, a bad one, and one with a big output.
fixtures=$tmp/fixtures
mkdir -p "$fixtures"
printf 'kind: responses\nversion: 1\nquestionnaire: [\n' >"$fixtures/bad.yaml"
cp examples/score/sparkle-cleaning.yaml "$fixtures/responses.yaml"
cp examples/audit/sparkle-cleaning.yaml "$fixtures/policies.yaml"
cp examples/checklists/returns-desk.yaml "$fixtures/checklist.yaml"
awk 'BEGIN {
  print "kind: questionnaire\nversion: 1\nid: big\ntitle: Big\nscale: {min: 1, max: 5}\nsections:"
  for (s = 0; s < 600; s++) {
    printf "  - id: s%d\n    title: Section %d, whose title is long enough to make a big report of many lines\n", s, s
    printf "    items: [{id: i%d, text: Item %d}]\n", s, s
  }
}' >"$fixtures/big-questionnaire.yaml"
awk 'BEGIN {
  print "kind: responses\nversion: 1\nquestionnaire: big-questionnaire.yaml\nanswers:"
  for (s = 0; s < 600; s++) printf "  i%d: %d\n", s, s % 5 + 1
}' >"$fixtures/big-responses.yaml"
awk 'BEGIN {
  print "kind: policies\nversion: 1\npolicies:"
  for (i = 0; i < 3000; i++)
    printf "  - {id: p%d, text: \"Policy %d, unfriendly and unnecessary\", friendly: false, necessary: false}\n", i, i
}' >"$fixtures/big-policies.yaml"
awk 'BEGIN {
  print "kind: checklist\nversion: 1\nid: big\ntitle: Big\nstages:"
  for (s = 0; s < 800; s++)
    printf "  - id: s%d\n    title: Stage %d\n    items: [{id: a, text: \"Ask the customer what they need, in their words\"}]\n", s, s
}' >"$fixtures/big-checklist.yaml"

# Every program of apps/programs.txt, run on a good input (the first example
# of its first example folder, unless a fixture above is named below), a bad
# one and a big one (the good one unless named below); extra arguments make
# the output the same from run to run. The input file goes last, so that
# tests can swap it.
mapfile -t programs < <(awk '/^cx-/ {print $1}' apps/programs.txt)
declare -A args=([cx-audit]="--today 2026-11-23" [cx-checklist]="--date 2026-11-23")
declare -A good=([cx-score]=responses.yaml [cx-audit]=policies.yaml [cx-checklist]=checklist.yaml)
declare -A big=([cx-score]=big-responses.yaml [cx-audit]=big-policies.yaml [cx-checklist]=big-checklist.yaml)
for program in "${programs[@]}"; do
  if [ -z "${good[$program]:-}" ]; then
    folder=$(awk -v p="$program" '$1 == p {print $3}' apps/programs.txt)
    example=$(find "$folder" -name '*.yaml' ! -name '*.mapping.yaml' 2>/dev/null | sort | head -n 1)
    [ -n "$example" ] || continue  # no example yet: skipped below
    cp "$example" "$fixtures/$program.yaml"
    good[$program]=$program.yaml
  fi
  big[$program]=${big[$program]:-${good[$program]:-}}
done

for program in "${programs[@]}"; do
  if [ ! -x "$bin/$program" ]; then
    echo "SKIPPED: $program is not built yet ($bin/$program): its guarantees are not checked"
    continue
  fi
  if [ -z "${good[$program]:-}" ]; then
    echo "SKIPPED: $program has no example to run (apps/programs.txt): its guarantees are not checked"
    continue
  fi
  read -r -a extra <<<"${args[$program]:-}"
  in=$fixtures/${good[$program]}

  # Atomic output: an input error leaves the previous file as it was.
  dir=$tmp/$program-out
  mkdir -p "$dir"
  printf 'previous report\n' >"$dir/report.txt"
  cp "$dir/report.txt" "$tmp/previous"
  expect 2 "$program -o on an input error" "$program" "${extra[@]}" -o "$dir/report.txt" "$fixtures/bad.yaml"
  same_content "$dir/report.txt" "$tmp/previous" "$program -o on an input error"
  no_temporary "$dir" "$program -o on an input error"
  # ... and a success replaces it whole, with the usual permissions.
  run "$program" "${extra[@]}" "$in"
  cp "$tmp/out" "$tmp/expected"
  if [ "$code" -gt 1 ]; then fail "$program ${good[$program]}: exit $code; stderr: $(err_text)"; fi
  run "$program" "${extra[@]}" -o "$dir/report.txt" "$in"
  if [ "$code" -gt 1 ] || [ -s "$tmp/out" ]; then fail "$program -o: exit $code, or output on stdout"; else pass; fi
  same_content "$dir/report.txt" "$tmp/expected" "$program -o writes what stdout gets"
  no_temporary "$dir" "$program -o"
  mode=$(stat -c %a "$dir/report.txt")
  if [ "$mode" = 644 ]; then pass; else fail "$program -o: the output file has mode $mode, expected 644 (umask 022)"; fi
  # An output folder that does not exist.
  expect 2 "$program -o into a missing folder" "$program" "${extra[@]}" -o "$tmp/no/such/folder/report.txt" "$in"

  # Reproducible: with SOURCE_DATE_EPOCH, the same inputs give the same
  # bytes in every format (the provenance's time is that epoch); a
  # SOURCE_DATE_EPOCH that is not a number is an error.
  for format in $("$program" --help | sed -n 's/.*-f,--format \([a-z|]*\).*/\1/p' | tr '|' ' '); do
    SOURCE_DATE_EPOCH=1796083200 run "$program" "${extra[@]}" -f "$format" "$in"
    cp "$tmp/out" "$tmp/first"
    SOURCE_DATE_EPOCH=1796083200 run "$program" "${extra[@]}" -f "$format" "$in"
    same_content "$tmp/out" "$tmp/first" "$program -f $format twice with SOURCE_DATE_EPOCH"
  done
  SOURCE_DATE_EPOCH=1796083200 run "$program" "${extra[@]}" -f json "$in"
  grep -q '"made": "2026-12-01T00:00:00Z"' "$tmp/out" && pass ||
    fail "$program -f json: the provenance is not made at SOURCE_DATE_EPOCH: $(grep -m1 made "$tmp/out")"
  SOURCE_DATE_EPOCH=soon expect 2 "$program with SOURCE_DATE_EPOCH=soon" "$program" "${extra[@]}" "$in"

  # A full device: exit 2 and a message, never a truncated success.
  expect 2 "$program -o /dev/full" "$program" "${extra[@]}" -o /dev/full "$in"
  grep -q '/dev/full' "$tmp/err" && pass || fail "$program -o /dev/full: the message does not name /dev/full: $(err_text)"
  timeout 30 "$program" "${extra[@]}" "$in" >/dev/full 2>"$tmp/err"
  code=$?
  if [ "$code" = 2 ] && grep -q 'error: ' "$tmp/err"; then pass; else fail "$program >/dev/full: exit $code; stderr: $(err_text)"; fi

  # `| head` ends quietly: no SIGPIPE death (141), no message.
  bigin=$fixtures/${big[$program]}
  timeout 30 "$program" "${extra[@]}" "$bigin" 2>"$tmp/err" | head -c 10 >/dev/null
  status=${PIPESTATUS[0]}
  if [ "$status" = 0 ] || [ "$status" = 1 ]; then pass; else fail "$program ... | head -c 10: exit $status (141 is death by SIGPIPE)"; fi
  if [ -s "$tmp/err" ]; then fail "$program ... | head -c 10: printed on stderr: $(err_text)"; else pass; fi
  timeout 30 "$program" "${extra[@]}" -f json "$bigin" 2>"$tmp/err" | head -c 1 >/dev/null
  status=${PIPESTATUS[0]}
  if [ "$status" = 0 ] || [ "$status" = 1 ]; then pass; else fail "$program -f json ... | head -c 1: exit $status"; fi

  # An output path that is one of the inputs is refused, however it is spelt.
  dir=$tmp/$program-same
  mkdir -p "$dir"
  cp "$in" "$dir/input.yaml"
  cp "$in" "$tmp/original"
  ln -s input.yaml "$dir/link.yaml"
  ln "$dir/input.yaml" "$dir/hard.yaml"
  for output in "$dir/input.yaml" "$dir/./input.yaml" "$dir/link.yaml" "$dir/hard.yaml"; do
    expect 2 "$program -o ${output#"$tmp"/} on its input" "$program" "${extra[@]}" -o "$output" "$dir/input.yaml"
    same_content "$dir/input.yaml" "$tmp/original" "$program -o ${output#"$tmp"/} on its input"
  done
  (cd "$dir" && timeout 30 "$program" "${extra[@]}" -o input.yaml ./input.yaml >/dev/null 2>&1)
  code=$?
  if [ "$code" = 2 ]; then pass; else fail "$program -o input.yaml ./input.yaml: exit $code"; fi
  same_content "$dir/input.yaml" "$tmp/original" "$program -o input.yaml ./input.yaml"
  no_temporary "$dir" "$program -o on its input"

  # Usage errors exit 2 (CLI11 alone would exit 105-109).
  expect 2 "$program --no-such-option" "$program" --no-such-option
  expect 2 "$program -f no-such-format" "$program" -f no-such-format "$in"
  expect 2 "$program --max-input-size 0" "$program" --max-input-size 0 "$in"
  expect 2 "$program --max-input-size lots" "$program" --max-input-size lots "$in"
  expect 2 "$program --max-input-size -1" "$program" --max-input-size -1 "$in"
  expect 2 "$program -o without a value" "$program" "$in" -o
  expect 0 "$program --help" "$program" --help
  expect 0 "$program --version" "$program" --version

  # Inputs that are no regular file, or too big.
  mkfifo "$tmp/$program.fifo"
  expect 2 "$program on a directory" "$program" "${extra[@]}" "$tmp"
  expect 2 "$program on /dev/null" "$program" "${extra[@]}" /dev/null
  expect 2 "$program on a FIFO" "$program" "${extra[@]}" "$tmp/$program.fifo"
  expect 2 "$program on a missing file" "$program" "${extra[@]}" "$tmp/no-such-file.yaml"
  expect 2 "$program over --max-input-size" "$program" "${extra[@]}" --max-input-size 100 "$in"
  run "$program" "${extra[@]}" --max-input-size 100000 "$in"
  if [ "$code" -le 1 ]; then pass; else fail "$program --max-input-size 100000: exit $code; stderr: $(err_text)"; fi
done

# A really full disk: a 64 KiB tmpfs in a private mount namespace (root
# only; elsewhere skipped). The big report does not fit: exit 2, the
# previous file untouched, no temporary left.
full=$tmp/full
mkdir -p "$full"
if [ -x "$bin/cx-audit" ] && [ "$(id -u)" = 0 ] && command -v unshare >/dev/null &&
  unshare -m sh -c "mount -t tmpfs -o size=64k tmpfs '$full'" 2>/dev/null; then
  unshare -m sh -c "mount -t tmpfs -o size=64k tmpfs '$full' && printf 'previous\n' >'$full/report.json' &&
    cx-audit -f json -o '$full/report.json' '$fixtures/big-policies.yaml' 2>'$tmp/err'; echo \$? >'$tmp/code';
    cat '$full/report.json' >'$tmp/after'; ls -A '$full' >'$tmp/listing'"
  code=$(cat "$tmp/code")
  if [ "$code" = 2 ] && grep -q 'No space left on device' "$tmp/err"; then pass; else fail "a full disk: exit $code; stderr: $(err_text)"; fi
  if [ "$(cat "$tmp/after")" = previous ]; then pass; else fail "a full disk: the previous file changed"; fi
  if [ "$(cat "$tmp/listing")" = report.json ]; then pass; else fail "a full disk: left $(tr '\n' ' ' <"$tmp/listing")"; fi
else
  echo "SKIPPED: a really full disk (needs root and unshare to mount a small tmpfs); /dev/full is tested"
fi

# cx-score's other inputs and outputs: the mapping, the questionnaire, the
# baseline and --per-respondent are files too.
if [ -x "$bin/cx-score" ]; then
  dir=$tmp/score-files
  mkdir -p "$dir"
  cp examples/surveys/typeform.csv "$dir/survey.csv"
  cp examples/surveys/typeform.mapping.yaml "$dir/mapping.yaml"
  cp tests/data/score/own-questionnaire.yaml "$dir/questionnaire.yaml"
  cp tests/data/score/own-answers.yaml "$dir/answers.yaml"
  cx-score -q "$dir/questionnaire.yaml" -f json -o "$dir/baseline.json" "$dir/answers.yaml" >/dev/null 2>&1
  cp -r "$dir" "$tmp/score-files.orig"
  # each CHECKED_FILE WHAT CMD...: refused with 2, and no input changed (each
  # case starts from the original files).
  each() {
    local what=$1
    shift
    rm -rf "$dir" && cp -r "$tmp/score-files.orig" "$dir"
    expect 2 "$what" "$@"
    for file in survey.csv mapping.yaml questionnaire.yaml answers.yaml baseline.json; do
      same_content "$dir/$file" "$tmp/score-files.orig/$file" "$what"
    done
  }
  each "cx-score -o on its --mapping" cx-score --mapping "$dir/mapping.yaml" -o "$dir/mapping.yaml" "$dir/survey.csv"
  each "cx-score -o on its -q file" cx-score -q "$dir/questionnaire.yaml" -o "$dir/questionnaire.yaml" \
    "$dir/answers.yaml"
  each "cx-score -o on its --baseline" cx-score -q "$dir/questionnaire.yaml" --baseline "$dir/baseline.json" \
    -o "$dir/baseline.json" "$dir/answers.yaml"
  each "cx-score --per-respondent on its input" cx-score --mapping "$dir/mapping.yaml" \
    --per-respondent "$dir/survey.csv" "$dir/survey.csv"
  cp "$dir/mapping.yaml" "$tmp/score-files.orig/mapping.csv"
  each "cx-score --per-respondent on its --mapping" cx-score --mapping "$dir/mapping.csv" \
    --per-respondent "$dir/mapping.csv" "$dir/survey.csv"
  rm "$tmp/score-files.orig/mapping.csv"
  rm -rf "$dir" && cp -r "$tmp/score-files.orig" "$dir"
  # --per-respondent is streamed: a bad row at the end leaves the previous
  # file untouched and no temporary.
  { cat tests/data/surveys/store-survey.csv; printf 'z-99,Kenilworth,Banana%s\n' "$(printf ',4%.0s' {1..23})"; } \
    >"$dir/bad-last-row.csv"
  printf 'previous rows\n' >"$dir/rows.csv"
  expect 2 "cx-score --per-respondent with a bad last row" cx-score --per-respondent "$dir/rows.csv" \
    "$dir/bad-last-row.csv"
  if [ "$(cat "$dir/rows.csv")" = "previous rows" ]; then pass; else fail "--per-respondent: rows.csv changed on an error"; fi
  no_temporary "$dir" "--per-respondent with a bad last row"
  expect 2 "cx-score --per-respondent /dev/full" cx-score --mapping "$dir/mapping.yaml" --per-respondent /dev/full \
    "$dir/survey.csv"
  expect 2 "cx-score --per-respondent into a missing folder" cx-score --mapping "$dir/mapping.yaml" \
    --per-respondent "$tmp/no/such/rows.csv" "$dir/survey.csv"
  # Usage errors of its own options.
  expect 2 "cx-score --improve lots" cx-score --improve lots "$dir/answers.yaml"
  expect 2 "cx-score --fail-under lots" cx-score --fail-under lots "$dir/answers.yaml"
  expect 2 "cx-score --header-rows 0" cx-score --header-rows 0 "$dir/survey.csv"
  expect 2 "cx-score --method best" cx-score --method best "$dir/answers.yaml"
  expect 2 "cx-score --delimiter ;;" cx-score --delimiter ';;' "$dir/survey.csv"
  expect 2 "cx-score --input-format xml" cx-score --input-format xml "$dir/answers.yaml"
fi
if [ -x "$bin/cx-audit" ]; then
  expect 2 "cx-audit --today 2026-02-30" cx-audit --today 2026-02-30 examples/audit/sparkle-cleaning.yaml
  expect 2 "cx-audit --fail-on sometimes" cx-audit --fail-on sometimes examples/audit/sparkle-cleaning.yaml
  expect 2 "cx-audit --complaints-threshold 0" cx-audit --complaints-threshold 0 examples/audit/sparkle-cleaning.yaml
fi
if [ -x "$bin/cx-checklist" ]; then
  expect 2 "cx-checklist --paper a3" cx-checklist --paper a3
  expect 2 "cx-checklist --date 2026-13-01" cx-checklist --date 2026-13-01
fi

# Hostile inputs: the fuzz seeds (every trap of the issue) through the
# programs. Exit 0, 1 or 2 only, an `error:` line with every 2, no hang,
# and no ESC or other control character on stderr.
hostile() {
  local file=$1
  shift
  [ -x "$bin/$1" ] || return 0
  run "$@"
  case $code in
    0 | 1) pass ;;
    2) grep -q 'error: ' "$tmp/err" && pass || fail "$* : exit 2 without an error line" ;;
    124) fail "$* : no answer within 30 s" ;;
    *) fail "$* : exit $code (outside 0-2; above 128 is death by a signal)" ;;
  esac
  if LC_ALL=C grep -q '[[:cntrl:]]' <(tr -d '\n\t' <"$tmp/err"); then
    fail "$* : a control character on stderr: $(head -c 300 "$tmp/err" | od -c | head -3)"
  fi
  # Terminal text: the text and Markdown formats (the default is text).
  case " $* " in
    *" -f csv "* | *" -f json "* | *" -f html "* | *" -f junit "* | *" -f sarif "* | *" -f github "*) ;;
    *) if LC_ALL=C grep -q $'\e' "$tmp/out"; then fail "$* : an ESC on stdout"; fi ;;
  esac
}
corpus=tests/fuzz/corpus
for file in "$corpus"/policies/*; do hostile "$file" cx-audit --today 2026-11-23 "$file"; done
for file in "$corpus"/responses/*; do hostile "$file" cx-score --input-format yaml "$file"; done
for file in "$corpus"/questionnaire/*; do
  hostile "$file" cx-score --input-format yaml -q "$file" examples/score/sparkle-cleaning.yaml
done
for file in "$corpus"/checklist/*; do hostile "$file" cx-checklist "./$file"; done
for file in "$corpus"/survey/*; do
  # A survey seed is CSV, or a mapping, a line #%% and CSV.
  if grep -q '^#%%$' "$file"; then
    T=$tmp perl -0777 -ne '($m, $c) = /\A(.*?)\n#%%\n(.*)\z/s or exit 1;
      open(M, ">", "$ENV{T}/seed.mapping.yaml") or die; print M $m;
      open(C, ">", "$ENV{T}/seed.csv") or die; print C $c' "$file"
    hostile "$file" cx-score --mapping "$tmp/seed.mapping.yaml" --input-format csv "$tmp/seed.csv"
  else
    hostile "$file" cx-score --input-format csv "$file"
    hostile "$file" cx-score --input-format csv --skip-bad-rows --group-by group "$file"
  fi
done
# Names are input too: a file name with an escape sequence and a line break.
evil="$tmp/"$'\e[31mevil\e]0;owned\a\nname.yaml'
cp "$fixtures/bad.yaml" "$evil"
hostile evil cx-audit "$evil"
hostile evil cx-score "$evil"
hostile evil cx-checklist "$evil"
cp "$fixtures/policies.yaml" "$evil"
for format in text markdown csv; do hostile evil cx-audit -f "$format" "$evil"; done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
