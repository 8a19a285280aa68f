#!/usr/bin/env bash
# The CI recipes, the problem matcher and the pre-commit hooks, tried as a
# user would meet them:
# - examples/ci/github-actions.yml and examples/ci/gitlab-ci.yml parsed with
#   PyYAML and their structure checked (tests/scripts/ci_recipes.py); then
#   every `run:` step of the workflow and every `script:` line of the GitLab
#   job run in order with bash -e, in a copy of the examples, with the
#   variables the runner sets (GITHUB_PATH is a file whose lines go on PATH
#   for the later steps). Only the install step is replaced: `make install`
#   builds cxkit from scratch (minutes), so `cmake --install BIN_DIR/..` of
#   the build under test installs it to the same prefix instead. The SARIF
#   they write goes through Microsoft's SARIF validator, the JUnit through
#   xmllint (and the strict XSD where the shared schemas exist).
# - .github/cxkit-matcher.json applied with node to the goldens and to the
#   programs' own annotations (tests/scripts/ci_matcher_check.js).
# - .pre-commit-hooks.yaml: its structure, the files each hook picks, and each
#   hook's entry run on them as pre-commit would, with the programs' exit codes.
# Usage: tests/scripts/test_ci_recipes.sh BIN_DIR, from the repo root.
set -u
bin=$(cd "${1:?usage: $0 BIN_DIR}" && pwd) || exit 1
REPO=$(pwd)
export NO_COLOR=1 LC_ALL=C.UTF-8
unset GITHUB_ACTIONS
for tool in python3 node xmllint cmake; do
  if ! command -v "$tool" >/dev/null; then
    echo "FAIL: $tool is missing (run make test-deps)"
    exit 1
  fi
done
if ! python3 -c 'import yaml' 2>/dev/null; then
  echo "FAIL: PyYAML is missing (Debian package python3-yaml; run make test-deps)"
  exit 1
fi
# shellcheck source=tests/scripts/ci_tools.sh
. "$REPO/tests/scripts/ci_tools.sh"
ci_tools_install || exit 1
ci_tools_sarif_validator
schemas=${CXKIT_SHARED_SCHEMAS:-$REPO/../shared/schemas}
[ -f "$schemas/junit-10.xsd" ] || schemas=

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
# Only the system's folders: the programs must come from the install step.
base_path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
install_cmd="cmake --install \"$bin/..\" --prefix \"\$HOME/.local\""

# workspace DIR: what the checkout gives the steps (the files they name).
workspace() {
  mkdir -p "$1" && cp -R "$REPO/examples" "$REPO/.github" "$1/"
}

# installed HOME: the install step put the programs in HOME/.local/bin, and
# they are the ones the steps found.
installed() {
  local program
  for program in cx-audit cx-standards; do
    if [ ! -x "$1/.local/bin/$program" ]; then
      echo "FAIL: the install step put no $program in \$HOME/.local/bin"
      failed=1
    fi
  done
}

# --- GitHub Actions -----------------------------------------------------
gh=$tmp/github
mkdir -p "$gh/steps" "$gh/home" "$gh/runner-temp"
if ! python3 tests/scripts/ci_recipes.py github examples/ci/github-actions.yml "$gh/steps"; then
  failed=1
else
  echo "ok: examples/ci/github-actions.yml: on, permissions, one job, each step run or uses, upload-sarif with if: always() after the steps that write its file, the gate last"
  workspace "$gh/workspace"
  : >"$gh/github_path"
  : >"$gh/github_env"
  ran=0
  gate_out=
  while IFS=$'\t' read -r n kind id name; do
    if [ "$kind" = uses ]; then
      { read -r action; read -r sarif; } <"$gh/steps/$n.uses"
      case $action in
        actions/checkout@*) echo "ok: step $n ($action): the workspace is a copy of examples/ and .github/" ;;
        github/codeql-action/upload-sarif@*)
          # The upload runs on GitHub only; its file must be there for it.
          if [ -s "$gh/workspace/$sarif" ]; then
            echo "ok: step $n ($name): $sarif is there to upload"
            cp "$gh/workspace/$sarif" "$tmp/upload-$n.sarif"
          else
            echo "FAIL: step $n ($name): $sarif was not written by the steps before it"
            failed=1
          fi ;;
        *) echo "FAIL: step $n uses $action, which this test does not know"; failed=1 ;;
      esac
      continue
    fi
    script=$gh/steps/$n.sh
    if [ "$id" = install ]; then
      echo "note: step $n ($name): '$(cat "$script")' replaced by $install_cmd (a build from scratch takes minutes)"
      printf '%s\n' "$install_cmd" >"$script"
    fi
    # GitHub prepends each line of GITHUB_PATH, the last one first.
    step_path=$base_path
    while read -r dir; do [ -n "$dir" ] && step_path=$dir:$step_path; done <"$gh/github_path"
    (cd "$gh/workspace" && env -i PATH="$step_path" HOME="$gh/home" LANG=C.UTF-8 CI=true \
       GITHUB_ACTIONS=true GITHUB_WORKSPACE="$gh/workspace" GITHUB_PATH="$gh/github_path" \
       GITHUB_ENV="$gh/github_env" GITHUB_STEP_SUMMARY="$tmp/summary.md" GITHUB_EVENT_NAME=pull_request \
       RUNNER_TEMP="$gh/runner-temp" RUNNER_OS=Linux \
       bash -e "$script") >"$gh/out-$n" 2>&1
    code=$?
    expected=0
    [ "$id" = gate ] && expected=1
    if [ "$code" -ne "$expected" ]; then
      echo "FAIL: step $n ($name) exited $code, expected $expected:"
      cat "$gh/out-$n"
      failed=1
    else
      echo "ok: step $n ($name) exited $code"
    fi
    [ "$id" = install ] && installed "$gh/home"
    if [ "$id" = gate ]; then
      gate_out=$gh/out-$n
      # The programs the steps ran are the installed ones, found through GITHUB_PATH.
      found=$(env -i PATH="$step_path" bash -c 'command -v cx-audit')
      if [ "$found" != "$gh/home/.local/bin/cx-audit" ]; then
        echo "FAIL: the steps ran cx-audit from '${found}', not from \$HOME/.local/bin through GITHUB_PATH"
        failed=1
      fi
    fi
    if [ -s "$gh/github_env" ]; then
      echo "FAIL: step $n writes GITHUB_ENV, which this test does not apply"
      failed=1
    fi
    ran=$((ran + 1))
  done <"$gh/steps/steps"
  # The gate's findings are annotations: workflow commands on their lines.
  for place in 'examples/audit/sparkle-cleaning.yaml,line=' 'examples/standards/harbourview-hotels.yaml,line='; do
    if [ -n "$gate_out" ] && grep -q "^::error file=$place" "$gate_out"; then
      echo "ok: the gate annotates errors at $place..."
    else
      echo "FAIL: the gate printed no ::error annotation at $place..."
      failed=1
    fi
  done
  [ "$ran" -ge 4 ] || { echo "FAIL: only $ran run steps ran"; failed=1; }
fi

# --- GitLab CI ------------------------------------------------------------
gl=$tmp/gitlab
mkdir -p "$gl/lines" "$gl/home"
if ! python3 tests/scripts/ci_recipes.py gitlab examples/ci/gitlab-ci.yml "$gl/lines"; then
  failed=1
else
  echo "ok: examples/ci/gitlab-ci.yml: stages, a job in one of them, script lines, artifacts: when: always and reports: junit written by the script"
  workspace "$gl/workspace"
  # GitLab runs the script lines as one shell script: variables carry over.
  # After each line the script notes that it got there.
  lines=$(find "$gl/lines" -name '*.sh' | wc -l)
  {
    for n in $(seq 1 "$lines"); do
      if grep -q 'make install PREFIX=' "$gl/lines/$n.sh"; then
        echo "note: script line $n: '$(cat "$gl/lines/$n.sh")' replaced by $install_cmd" >&2
        printf '%s\n' "$install_cmd"
      else
        cat "$gl/lines/$n.sh"
        echo
      fi
      echo "echo $n >>\"$gl/done\""
    done
  } >"$gl/script.sh" 2>"$gl/notes"
  cat "$gl/notes"
  echo "note: before_script (apt-get install make, as root in the job's image) is not run here"
  (cd "$gl/workspace" && env -i PATH="$base_path" HOME="$gl/home" LANG=C.UTF-8 CI=true GITLAB_CI=true \
     CI_PROJECT_DIR="$gl/workspace" CI_JOB_NAME="$(cat "$gl/lines/job")" bash -e "$gl/script.sh") >"$gl/out" 2>&1
  code=$?
  done_lines=$(wc -l <"$gl/done" 2>/dev/null || echo 0)
  if [ "$code" -eq 1 ] && [ "$done_lines" -eq $((lines - 1)) ]; then
    echo "ok: script lines 1 to $((lines - 1)) succeed, the gate (line $lines) fails the job with exit 1"
  else
    echo "FAIL: the job exited $code after $done_lines of $lines script lines (expected the last, the gate, to exit 1):"
    cat "$gl/out"
    failed=1
  fi
  installed "$gl/home"
  if grep -q '^examples/audit/sparkle-cleaning.yaml:[0-9]*:[0-9]*: error: ' "$gl/out"; then
    echo "ok: the job log shows the findings as compiler-style lines"
  else
    echo "FAIL: the job log shows no finding of examples/audit/sparkle-cleaning.yaml"
    failed=1
  fi
  while read -r report; do
    file=$gl/workspace/$report
    check=()
    [ -n "$schemas" ] && check=(--schema "$schemas/junit-10.xsd")
    if [ ! -s "$file" ]; then
      echo "FAIL: the JUnit report $report was not written"
      failed=1
    elif ! xmllint --noout "${check[@]}" "$file" >"$gl/xmllint.log" 2>&1; then
      echo "FAIL: the JUnit report $report is not ${schemas:+valid against junit-10.xsd}${schemas:-well-formed}:"
      cat "$gl/xmllint.log"
      failed=1
    elif [ "$(xmllint --xpath 'count(//testcase)' "$file")" -eq 0 ] ||
         [ "$(xmllint --xpath 'count(//testcase/failure)' "$file")" -eq 0 ]; then
      echo "FAIL: the JUnit report $report holds no test case or no failure, though the file has errors"
      failed=1
    else
      echo "ok: $report: $(xmllint --xpath 'count(//testcase)' "$file") test cases, $(xmllint --xpath 'count(//testcase/failure)' "$file") failed${schemas:+, valid against junit-10.xsd}"
    fi
  done <"$gl/lines/reports"
fi

# --- The SARIF the workflow uploads ----------------------------------------
sarifs=("$tmp"/upload-*.sarif)
if [ ! -f "${sarifs[0]}" ]; then
  echo "FAIL: the workflow wrote no SARIF file to check"
  failed=1
elif [ -z "$sarif_validator" ]; then
  echo "SKIPPED: Microsoft's SARIF validator: $sarif_validator_why; the uploaded SARIF is not validated here"
else
  for f in "${sarifs[@]}"; do
    if [ "$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1])).runs[0].results.length' "$f")" -eq 0 ]; then
      echo "FAIL: $f has no results, though the examples have findings"
      failed=1
    fi
  done
  mkdir -p "$tmp/validator"
  ci_tools_validate_sarif "$tmp/validator" "${sarifs[@]}" || failed=1
  # The validator must be able to say no: a property the schema does not allow.
  node -e 'const fs = require("fs"); const log = JSON.parse(fs.readFileSync(process.argv[1]));
           log.runs[0].results[0].unknownProperty = 1; fs.writeFileSync(process.argv[2], JSON.stringify(log));' \
       "${sarifs[0]}" "$tmp/broken.sarif"
  mkdir -p "$tmp/validator-broken"
  if ci_tools_validate_sarif "$tmp/validator-broken" "$tmp/broken.sarif" >/dev/null; then
    echo "FAIL: Microsoft's SARIF validator accepts a result with a property the schema forbids: it checks nothing"
    failed=1
  else
    echo "ok: Microsoft's SARIF validator rejects the same SARIF with a property the schema forbids"
  fi
fi

# --- The problem matcher ----------------------------------------------------
# The same runs in the text format and in GitHub Actions: the examples, a
# hostile file, broken ones.
pairs=$tmp/pairs
mkdir -p "$pairs"
n=0
for run in "cx-audit --today 2026-11-23 examples/audit/sparkle-cleaning.yaml" \
           "cx-audit --today 2026-11-23 examples/audit/northgate-clinic.yaml" \
           "cx-audit --today 2026-11-23 tests/golden/cx-audit/input/hostile.yaml" \
           "cx-audit --today 2026-11-23 tests/golden/cx-audit/input/unknown-key.yaml" \
           "cx-audit --today 2026-11-23 tests/golden/cx-audit/input/malformed.yaml" \
           "cx-audit --today 2026-11-23 examples/audit/no-such-file.yaml" \
           "cx-standards examples/standards/harbourview-hotels.yaml" \
           "cx-standards tests/data/standards/hostile.yaml" \
           "cx-standards tests/data/standards/clinic-draft-broken.yaml" \
           "cx-standards tests/data/standards/syntax.yaml"; do
  n=$((n + 1))
  # shellcheck disable=SC2086 # the runs are words
  PATH="$bin:$PATH" $run >"$pairs/$n.text" 2>&1
  # shellcheck disable=SC2086
  PATH="$bin:$PATH" GITHUB_ACTIONS=true $run >"$pairs/$n.github" 2>&1
done
node tests/scripts/ci_matcher_check.js .github/cxkit-matcher.json tests/golden "$pairs" || failed=1

# --- pre-commit hooks --------------------------------------------------------
# The files each hook picks: pre-commit searches 'files' in each path. Names
# a user would give, and the repo's examples.
{
  find examples -type f | sort
  printf '%s\n' policies.yaml ops/policies/returns.yml hr/front-desk.policies.yaml \
    standards.yaml quality/standards/housekeeping.yaml team.standards.yml \
    service-standards.yaml configs/en/workbook/service-standards.yaml notes/policies.md
} >"$tmp/names"
python3 tests/scripts/ci_recipes.py hooks .pre-commit-hooks.yaml <"$tmp/names" >"$tmp/picked" || failed=1
expected_picks="cx-audit examples/audit/brightmart-returns.yaml
cx-audit examples/audit/northgate-clinic.yaml
cx-audit examples/audit/sparkle-cleaning.yaml
cx-audit hr/front-desk.policies.yaml
cx-audit ops/policies/returns.yml
cx-audit policies.yaml
cx-standards examples/standards/harbourview-hotels.yaml
cx-standards quality/standards/housekeeping.yaml
cx-standards standards.yaml
cx-standards team.standards.yml"
if [ "$(cut -f1,3 "$tmp/picked" | tr '\t' ' ' | sort)" = "$expected_picks" ]; then
  echo "ok: .pre-commit-hooks.yaml: both hooks language: system with pass_filenames; each picks its own examples and the names a user would give, and nothing else"
else
  echo "FAIL: the hooks pick other files than expected:"
  diff <(echo "$expected_picks") <(cut -f1,3 "$tmp/picked" | tr '\t' ' ' | sort)
  failed=1
fi
# hook ID EXPECTED FILE...: the hook's entry with the file names, as pre-commit runs it.
hook() {
  local id=$1 expected=$2 entry code
  shift 2
  entry=$(awk -F'\t' -v id="$id" '$1 == id { print $2; exit }' "$tmp/picked")
  # shellcheck disable=SC2086 # an entry is words
  PATH="$bin:$PATH" $entry "$@" >"$tmp/hook.out" 2>&1
  code=$?
  if [ "$code" -eq "$expected" ]; then
    echo "ok: hook $id on $*: exit $code"
  else
    echo "FAIL: hook $id on $* exited $code, expected $expected:"
    cat "$tmp/hook.out"
    failed=1
  fi
}
mapfile -t audit_files < <(awk -F'\t' '$1 == "cx-audit" && $3 ~ /^examples\// { print $3 }' "$tmp/picked")
mapfile -t standards_files < <(awk -F'\t' '$1 == "cx-standards" && $3 ~ /^examples\// { print $3 }' "$tmp/picked")
hook cx-audit 1 "${audit_files[@]}"
hook cx-audit 0 examples/audit/brightmart-returns.yaml
hook cx-audit 2 tests/golden/cx-audit/input/malformed.yaml
hook cx-standards 1 "${standards_files[@]}"
hook cx-standards 2 tests/data/standards/syntax.yaml

# pre-commit itself, where it is installed (Debian package pre-commit): the
# hooks from a repository of their own, on a project's staged files.
if command -v pre-commit >/dev/null && command -v git >/dev/null; then
  pc=$tmp/pre-commit
  mkdir -p "$pc/hooks" "$pc/project/audit" "$pc/project/standards"
  cp .pre-commit-hooks.yaml "$pc/hooks/"
  cp examples/audit/*.yaml "$pc/project/audit/"
  cp examples/standards/*.yaml "$pc/project/standards/"
  git_=(git -c user.name=cxkit-test -c user.email=test@cxkit.invalid -c init.defaultBranch=main -c commit.gpgsign=false)
  if ! { (cd "$pc/hooks" && "${git_[@]}" init -q && "${git_[@]}" add . && "${git_[@]}" commit -qm hooks) &&
         (cd "$pc/project" && "${git_[@]}" init -q && "${git_[@]}" add .); } >"$pc/git.log" 2>&1; then
    echo "FAIL: cannot make the git repositories for pre-commit try-repo:"
    cat "$pc/git.log"
    failed=1
  else
    # try_repo HOOK EXPECTED RESULT FILE...
    try_repo() {
      local id=$1 expected=$2 result=$3 code
      shift 3
      (cd "$pc/project" && PATH="$bin:$PATH" PRE_COMMIT_HOME="$pc/cache" \
         pre-commit try-repo ../hooks "$id" --files "$@") >"$pc/out" 2>&1
      code=$?
      if [ "$code" -eq "$expected" ] && grep -q "^$id (.*)\.*$result\$" "$pc/out"; then
        echo "ok: pre-commit try-repo: hook $id on $*: $result, exit $code"
      else
        echo "FAIL: pre-commit try-repo: hook $id on $* exited $code, expected $expected and $result:"
        cat "$pc/out"
        failed=1
      fi
    }
    try_repo cx-audit 1 Failed audit/sparkle-cleaning.yaml audit/brightmart-returns.yaml
    try_repo cx-audit 0 Passed audit/brightmart-returns.yaml
    try_repo cx-standards 1 Failed standards/harbourview-hotels.yaml
    # A file the hook does not pick is not checked at all.
    try_repo cx-standards 0 Skipped audit/sparkle-cleaning.yaml
  fi
else
  echo "note: pre-commit is not installed (Debian package pre-commit): its try-repo is not run; the hooks' entries were"
fi

exit "$failed"
