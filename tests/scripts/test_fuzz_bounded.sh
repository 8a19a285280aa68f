#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for a bounded time over its seed
# corpus (tests/fuzz/corpus/<target>: every trap of the issue, the examples
# and the regressions of earlier crashes). Builds nothing: the targets come
# from a build with -DCXKIT_FUZZ=ON (make fuzz-build), named by
#   CXKIT_FUZZ_BIN      folder of the fuzz_* programs; unset or missing: skipped
#   CXKIT_FUZZ_RUNS     inputs per target after the seeds (default 20000; 0: no limit)
#   CXKIT_FUZZ_SECONDS  time per target at most (default 10)
#   CXKIT_FUZZ_CORPUS   folder that keeps what the fuzzer learns (default: a
#                       temporary folder; make fuzz keeps it in build-fuzz)
# A crash, a leak, a timeout (10 s per input) or memory over 2 GB fails the
# test; the input is kept under $CXKIT_FUZZ_BIN/../artifacts: add it to the
# target's corpus as regression-<what>, and fix the bug.
set -u
bin=${CXKIT_FUZZ_BIN:-}
if [ -z "$bin" ] || [ ! -d "$bin" ]; then
  echo "SKIPPED: no fuzz build (set CXKIT_FUZZ_BIN to the folder of the fuzz_* programs; make test does)"
  exit 0
fi
bin=$(cd "$bin" && pwd)
runs=${CXKIT_FUZZ_RUNS:-20000}
[ "$runs" = 0 ] && runs=-1
seconds=${CXKIT_FUZZ_SECONDS:-10}
artifacts=$(dirname "$bin")/artifacts
mkdir -p "$artifacts"
if [ -n "${CXKIT_FUZZ_CORPUS:-}" ]; then
  learnt=$CXKIT_FUZZ_CORPUS
else
  learnt=$(mktemp -d)
  trap 'rm -rf "$learnt"' EXIT
fi

# The targets, as tests/fuzz/CMakeLists.txt declares them.
if [ ! -f "$bin/targets.txt" ]; then
  echo "FAIL: $bin/targets.txt is missing (make fuzz-build writes it)"
  exit 1
fi
mapfile -t targets <"$bin/targets.txt"
failed=()
for target in "${targets[@]}"; do
  program=$bin/fuzz_$target
  seeds=tests/fuzz/corpus/$target
  if [ ! -x "$program" ]; then
    echo "FAIL $target: $program is missing (make fuzz-build)"
    failed+=("$target")
    continue
  fi
  mkdir -p "$learnt/$target"
  log=$artifacts/$target.log
  start=$SECONDS
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$program" -runs="$runs" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/$target-" -print_final_stats=1 "$learnt/$target" "$seeds" >"$log" 2>&1
  code=$?
  done_line=$(grep -E '^Done [0-9]+ runs' "$log" | tail -1)
  if [ "$code" -ne 0 ]; then
    echo "FAIL $target (exit $code, $((SECONDS - start)) s): log $log"
    grep -E 'INVARIANT|ERROR:|SUMMARY|Test unit written|^Seed:' "$log" | head -20
    grep -A2 'INVARIANT' "$log" | head -3
    for unit in $(grep -o "Test unit written to .*" "$log" | sed 's/Test unit written to //'); do
      echo "input ($unit), base64:"
      head -c 4096 "$unit" | base64
    done
    failed+=("$target")
  else
    echo "ok   $target: ${done_line:-?} ($(ls "$seeds" | wc -l) seeds)"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing failed: ${failed[*]}"
  exit 1
fi
echo "fuzzing: ${#targets[@]} targets, no crash, hang or broken invariant"
