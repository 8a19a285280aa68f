#!/usr/bin/env bash
# The shell completions the build writes into <build>/completions (each
# program's --completion bash|zsh|fish), used as a user's shell uses them.
# bash: the script is loaded in a bash with bash-completion and its function
# driven as bash drives it (COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT),
# and COMPREPLY must be exactly the words expected: a flag, a format, a
# built-in id, a stage, a language, a file, and every long option --help
# lists; cx hands a command's words to that program's completion, found
# where bash-completion looks for it. zsh: the script parses (zsh -n), names
# its program in #compdef, registers itself when autoloaded from fpath, has
# a spec for every long option, and zsh's completion system completes with
# it on a pseudo-terminal. fish: it parses (fish --no-execute),
# names every long option, and fish's own `complete -C` completes with it.
# Usage: tests/scripts/test_completion.sh BIN_DIR   (from the repository root)
set -u
bin=$(cd "$1" && pwd)
completions=$bin/../completions
export LC_ALL=C.UTF-8 NO_COLOR=1
failed=0
passed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# fish and zsh keep state under HOME: a folder of the test's own.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
mkdir -p "$HOME"
bash_completion=/usr/share/bash-completion/bash_completion
for tool in zsh fish; do
  command -v $tool >/dev/null || { echo "FAIL: $tool is missing (Debian: apt-get install $tool)"; exit 1; }
done
[ -f $bash_completion ] || { echo "FAIL: bash-completion is missing (Debian: apt-get install bash-completion)"; exit 1; }

programs=$(awk '/^cx-/ { print $1 }' apps/programs.txt)
[ -x "$bin/cx" ] && programs="$programs cx"

check() {  # WHAT EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1: expected '$2', got '$3'"
  fi
}

# The long options a program's --help lists, sorted, one line.
long_options() {
  "$bin/$1" --lang en --help | sed -n 's/^  \(-[^-, ],\)\{0,1\}\(--[a-z][a-z-]*\).*/\2/p' | sort -u | tr '\n' ' '
}

# bash_complete WORD...: COMPREPLY, sorted, for the command line of these
# words with the cursor at the end of the last ('' for a new word). Bash
# splits --name=value into --name, =, value (COMP_WORDBREAKS): so do the
# words. The programs are on PATH, their scripts where bash-completion finds
# a user's (BASH_COMPLETION_USER_DIR), and the first word's script is loaded.
mkdir -p "$tmp/bash-completion" && ln -s "$completions/bash" "$tmp/bash-completion/completions"
bash_complete() {
  PATH=$bin:$PATH BASH_COMPLETION_USER_DIR=$tmp/bash-completion bash --norc --noprofile -c '
    source "$0"
    source "$1"
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    spec=$(complete -p "$1") || exit 1
    function=${spec##* -F }
    function=${function%% *}
    COMPREPLY=()
    "$function" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    ((${#COMPREPLY[@]} == 0)) || printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' \
    $bash_completion "$completions/bash/$1" "$@"
}

expect_bash() {  # EXPECTED WORD...
  local expected=$1
  shift
  check "bash completes '$*'" "$expected" "$(bash_complete "$@")"
}

expect_bash "--blank " cx-score --bla
expect_bash "sarif " cx-audit -f s
expect_bash "warning " cx-standards --fail-on w
expect_bash "de-escalation " cx-checklist de-
expect_bash "de-escalation " cx-checklist --notes de-
expect_bash "customer-data customer-service-quotient " cx-score --blank customer-
expect_bash "customer-service-quotient " cx-score -q customer-s
expect_bash "customer-service-quotient " cx-score --template responses customer-s
expect_bash "angry " cx-checklist --customer an
expect_bash "clarify close closed-window " cx-checklist phone-call --stage greeting cl
expect_bash "zh-Hans zh-Hant " cx-score --lang zh-
expect_bash "zh-Hans zh-Hant " cx-checklist --lang = zh-
expect_bash "zsh " cx-audit --completion z
expect_bash "pomp " cx-score --method p
expect_bash "csv " cx-score --input-format c
expect_bash "tests/golden/cx-score " cx-score -o tests/golden/cx-sc
expect_bash "tests/golden/cx-audit " cx-audit tests/golden/cx-a
expect_bash "" cx-audit --today 2
for program in $programs; do
  check "bash completes every long option of $program --help" "$(long_options "$program")" \
    "$(bash_complete "$program" -- | tr ' ' '\n' | grep -- '^--' | tr '\n' ' ')"
done
if [ -x "$bin/cx" ]; then
  expect_bash "score standards " cx s
  expect_bash "--blank " cx score --bla
  expect_bash "sarif " cx --lang en audit -f s
  expect_bash "checklist " cx help ch
fi

for program in $programs; do
  script=$completions/zsh/_$program
  if ! zsh -n "$script"; then
    failed=$((failed + 1))
    echo "FAIL: $script does not parse (zsh -n)"
    continue
  fi
  check "$script names its program" "#compdef $program" "$(head -n 1 "$script")"
  check "$script registers as autoloaded" "_$program" \
    "$(zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit; compinit -u -d "$2"; print -r -- ${_comps[$3]}' \
      zsh "$completions/zsh" "$tmp/zcompdump" "$program")"
  missing=""
  for option in $(long_options "$program"); do
    grep -q -- "[')*]$option[=[]" "$script" || missing="$missing $option"
  done
  check "$script has a spec for every long option" "" "$missing"
done

# zsh_complete LINE: the matches zsh's completion system offers for LINE
# (Tab at its end), sorted: an interactive zsh on a pseudo-terminal (zpty)
# with compinit and the scripts on fpath, compadd wrapped to print what it
# adds on stderr, into a file that ends with <end> once the line is done.
cat >"$tmp/zsh_complete.zsh" <<'EOF'
zmodload zsh/zpty || exit 1
zpty z zsh -f -i
zpty -w z "fpath=(${(q)1} \$fpath); autoload -Uz compinit; compinit -u -d ${(q)2}/zcompdump; PROMPT="
zpty -w z 'compadd() { builtin compadd -O hits "$@"; print -lr -- "<hit>"${^hits} >&2; builtin compadd "$@" }'
zpty -w z "exec 2>${(q)2}/hits"
zpty -w z "$3"$'\t'
zpty -w z $'\C-u'"print -u2 '<end>'"
for i in {1..100}; do grep -q '^<end>$' $2/hits 2>/dev/null && break; sleep 0.1; done
zpty -d z
EOF
zsh_complete() {
  rm -f "$tmp/hits"
  PATH=$bin:$PATH timeout 20 zsh -f "$tmp/zsh_complete.zsh" "$completions/zsh" "$tmp" "$1"
  sed -n 's/^<hit>//p' "$tmp/hits" 2>/dev/null | sort -u | tr '\n' ' '
}
expect_zsh() {  # EXPECTED LINE
  check "zsh completes '$2'" "$1" "$(zsh_complete "$2")"
}
expect_zsh "--blank " "cx-score --bla"
expect_zsh "sarif " "cx-audit -f s"
expect_zsh "de-escalation " "cx-checklist de-"
expect_zsh "customer-data customer-service-quotient " "cx-score --blank customer-"
expect_zsh "zh-Hans zh-Hant " "cx-score --lang zh-"
[ -x "$bin/cx" ] && expect_zsh "--blank " "cx score --bla"

for program in $programs; do
  script=$completions/fish/$program.fish
  if ! fish --no-execute "$script"; then
    failed=$((failed + 1))
    echo "FAIL: $script does not parse (fish --no-execute)"
    continue
  fi
  missing=""
  for option in $(long_options "$program"); do
    grep -q -- "^complete -c $program .*-l ${option#--} " "$script" || missing="$missing $option"
  done
  check "$script completes every long option" "" "$missing"
done

# fish_complete WORDS: the words `complete -C` offers (without their
# descriptions), sorted, with the scripts where fish looks for them.
fish_complete() {
  PATH=$bin:$PATH fish --no-config -c 'set -p fish_complete_path $argv[1]; complete -C $argv[2]' \
    "$completions/fish" "$1" | cut -f 1 | sort | tr '\n' ' '
}
expect_fish() {  # EXPECTED LINE
  check "fish completes '$2'" "$1" "$(fish_complete "$2")"
}
expect_fish "--blank " "cx-score --bla"
expect_fish "sarif " "cx-audit -f s"
expect_fish "de-escalation " "cx-checklist de-"
expect_fish "customer-data customer-service-quotient " "cx-score --blank customer-"
expect_fish "zh-Hans zh-Hant " "cx-standards --lang zh-"
[ -x "$bin/cx" ] && expect_fish "--blank " "cx score --bla"

for program in $programs; do
  "$bin/$program" --completion bash >/dev/null 2>"$tmp/err"
  check "$program --completion bash exits 0, quiet on stderr" "0:" "$?:$(cat "$tmp/err")"
  "$bin/$program" --completion tcsh >/dev/null 2>&1
  check "$program --completion tcsh is a usage error" "2" "$?"
  check "$program --help lists the shells" "1" \
    "$("$bin/$program" --lang en --help | grep -c -- '^  --completion bash|zsh|fish  ')"
done
echo "test_completion: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
