#!/usr/bin/env bash
# Runs one example file through the program whose example folder holds it
# (apps/programs.txt) and fails unless the program accepts it (exit 0, or 1
# for findings it is meant to show). A survey mapping (NAME.mapping.yaml)
# runs with the export beside it (NAME.csv).
set -u
file=$1
export PATH="$2:$PATH" NO_COLOR=1
program=""
while read -r name _part folders; do
  for folder in $folders; do
    case "$file" in "$folder"/*) program=$name ;; esac
  done
done < <(grep '^cx-' apps/programs.txt)
if [ -z "$program" ]; then echo "no program in apps/programs.txt runs the examples of $(dirname "$file")"; exit 1; fi
case "$file" in
  *.mapping.yaml) "$program" --mapping "$file" "${file%.mapping.yaml}.csv" >/dev/null ;;
  *) "$program" "$file" >/dev/null ;;
esac
code=$?
if [ "$code" -gt 1 ]; then echo "$file: exit $code"; exit 1; fi
