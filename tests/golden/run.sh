#!/usr/bin/env bash
# Runs one golden case: the command in CASE.cmd, from the repository root,
# with the built programs first on PATH; compares stdout, stderr and the exit
# code with CASE.out. UPDATE_GOLDEN=1 rewrites CASE.out instead.
set -u
case_file=$1
bin=$2
expected=${case_file%.cmd}.out
# Reports say when they were made: a fixed SOURCE_DATE_EPOCH (2026-12-01)
# makes them the same on every run.
export PATH="$bin:$PATH" NO_COLOR=1 LC_ALL=C.UTF-8 COLUMNS=80 SOURCE_DATE_EPOCH=1796083200
unset GITHUB_ACTIONS
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TMP_DIR=$tmp
cmd=$(cat "$case_file")
bash -c "$cmd" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
code=$?
{
  printf '$ %s\n' "$cmd"
  cat "$tmp/stdout"
  printf -- '--- stderr\n'
  cat "$tmp/stderr"
  printf -- '--- exit %d\n' "$code"
} >"$tmp/actual"
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$tmp/actual" "$expected"
  exit 0
fi
if [ ! -f "$expected" ]; then
  echo "no expected output: $expected (run with UPDATE_GOLDEN=1 to create it)"
  cat "$tmp/actual"
  exit 1
fi
if ! diff -u "$expected" "$tmp/actual"; then
  echo "golden mismatch: $case_file (UPDATE_GOLDEN=1 rewrites it after review)"
  exit 1
fi
