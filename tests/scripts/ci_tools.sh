# shellcheck shell=bash
# The validators of the CI formats, for test_ci_validators.sh and
# test_ci_recipes.sh (sourced, from the repo root): ajv-cli, ajv-formats and
# Microsoft's SARIF validator (@microsoft/sarif-multitool) from npm, under
# build-tools/npm. Both tests run at once under ctest -j: a lock keeps their
# npm installs from writing the same folder together.

ci_tools_npm_dir="$PWD/build-tools/npm"
ajv="$ci_tools_npm_dir/node_modules/.bin/ajv"

# ci_tools_install: installs what is missing; fails with a FAIL line.
ci_tools_install() {
  mkdir -p "$ci_tools_npm_dir" || return 1
  (
    flock 9
    if [ -x "$ajv" ] && [ -d "$ci_tools_npm_dir/node_modules/ajv-formats" ] &&
       [ -d "$ci_tools_npm_dir/node_modules/@microsoft/sarif-multitool" ]; then
      exit 0
    fi
    # All in one command: npm install --no-save removes what it was not named.
    echo "installing ajv-cli, ajv-formats and @microsoft/sarif-multitool into build-tools/npm"
    if ! npm install --no-save --no-audit --no-fund --prefix "$ci_tools_npm_dir" \
         ajv-cli@5 ajv-formats@2 @microsoft/sarif-multitool@5 >/dev/null; then
      echo "FAIL: cannot install ajv-cli, ajv-formats and @microsoft/sarif-multitool with npm" \
           "(is npm installed? run make test-deps)"
      exit 1
    fi
  ) 9>"$ci_tools_npm_dir/.install.lock"
}

# ci_tools_sarif_validator: sets sarif_validator to the path of Microsoft's
# validator, or empty with the reason in sarif_validator_why. It is a native
# program, one per platform in an optional dependency of its package.
ci_tools_sarif_validator() {
  sarif_validator=$(cd "$ci_tools_npm_dir" && node -p "require('@microsoft/sarif-multitool')" 2>/dev/null)
  # npm may not run the package's install script, whose one job is this.
  if [ -f "$sarif_validator" ] && [ ! -x "$sarif_validator" ]; then chmod u+x "$sarif_validator"; fi
  # It needs no culture data: without ICU it would refuse to start.
  export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
  if [ -z "$sarif_validator" ] || [ ! -f "$sarif_validator" ]; then
    sarif_validator_why="@microsoft/sarif-multitool has no program for $(uname -s) $(uname -m)"
    sarif_validator=
  elif ! sarif_validator_why=$("$sarif_validator" --version 2>&1); then
    sarif_validator_why="its program for $(uname -s) does not run on this $(uname -m) machine: $(printf '%s' "$sarif_validator_why" | head -3)"
    sarif_validator=
  fi
}

# ci_tools_validate_sarif LOG_DIR FILE...: Microsoft's validator, its SARIF
# 2.1.0 schema and its SARIF and GitHub rules, on every FILE at once; prints
# an ok or FAIL line and fails on any error or warning (notes are advice).
ci_tools_validate_sarif() {
  local dir=$1 counts errors warnings
  shift
  if "$sarif_validator" validate --rule-kind "Sarif;Gh" --level "Error;Warning" -o "$dir/validation.log" \
       "$@" >"$dir/validator.out" 2>&1 &&
     counts=$(node -e '
       const run = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0];
       if (!run.invocations || !run.invocations[0].executionSuccessful) process.exit(1);
       const levels = (run.results || []).map((r) => r.level || "warning");
       console.log(levels.filter((l) => l === "error").length, levels.filter((l) => l === "warning").length);' \
       "$dir/validation.log"); then
    read -r errors warnings <<<"$counts"
    if [ "$errors" -eq 0 ] && [ "$warnings" -eq 0 ]; then
      echo "ok: Microsoft's SARIF validator finds no error and no warning in $# SARIF files"
      return 0
    fi
    echo "FAIL: Microsoft's SARIF validator finds $errors errors and $warnings warnings:"
    grep -E ' (error|warning) [A-Z]+[0-9]+: ' "$dir/validator.out"
    return 1
  fi
  echo "FAIL: Microsoft's SARIF validator did not run to the end:"
  cat "$dir/validator.out"
  return 1
}
