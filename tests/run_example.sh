#!/usr/bin/env bash
# Runs one example file through the program its folder belongs to and fails
# unless the program accepts it (exit 0, or 1 for findings it is meant to show).
set -u
file=$1
export PATH="$2:$PATH" NO_COLOR=1
case "$file" in
  examples/score/*) cx-score "$file" >/dev/null ;;
  examples/surveys/*.mapping.yaml) cx-score --mapping "$file" "${file%.mapping.yaml}.csv" >/dev/null ;;
  examples/audit/*) cx-audit "$file" >/dev/null ;;
  examples/checklists/*) cx-checklist "$file" >/dev/null ;;
  *) echo "no program for $file"; exit 1 ;;
esac
code=$?
if [ "$code" -gt 1 ]; then echo "$file: exit $code"; exit 1; fi
