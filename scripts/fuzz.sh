#!/usr/bin/env bash
# Coverage-guided fuzzing of every parser of outside input: each libFuzzer target of a clang
# build (the asan preset: PROMPTDESK_FUZZ, ASan + UBSan) runs for a bounded time, two at a time.
#   scripts/fuzz.sh [BUILD_DIR] [SECONDS]     defaults: build-asan, 60
# The corpus each target grows is kept in BUILD_DIR/fuzz/corpus/NAME and reused by the next
# run; a crash, leak or timeout leaves its input in BUILD_DIR/fuzz/crashes/ and fails the run:
# copy that file into the target's seed folder (printed below) so every later build replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-asan}
seconds=${2:-60}
list="$build/fuzz/targets.txt"
if [ ! -f "$list" ]; then
  echo "fuzz: $list is missing; build first: cmake --preset asan && cmake --build --preset asan" >&2
  exit 2
fi
if ! grep -q 'PROMPTDESK_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  echo "fuzz: $build is not a libFuzzer build (PROMPTDESK_FUZZ=ON, clang)" >&2
  exit 2
fi
mkdir -p "$build/fuzz/corpus" "$build/fuzz/crashes" "$build/fuzz/logs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=0:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

run_one() {
  local build=$1 seconds=$2 name=$3 seeds=$4
  local corpus="$build/fuzz/corpus/$name" log="$build/fuzz/logs/$name.log"
  mkdir -p "$corpus"
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: a parser must not balloon.
  if "$build/fuzz/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$build/fuzz/crashes/$name-" \
      "$corpus" "$seeds" >"$log" 2>&1; then
    local runs cov
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    printf '  %-22s ok     %9s runs in %ss, coverage %s, corpus %s inputs\n' "$name" \
      "${runs:-?}" "$seconds" "${cov:-?}" "$(ls "$corpus" | wc -l)"
  else
    printf '  %-22s FAILED (log: %s)\n' "$name" "$log"
    grep -E 'ERROR: |SUMMARY: |Test unit written to' "$log" | head -5 | sed 's/^/      /'
    # Where it failed: the first frames in the project's own code.
    grep -E '^ *#[0-9]+ .* in .* /.*/(services|app|widgets|tests)/' "$log" | head -4 |
      sed 's/^ */      at /'
    echo "      keep the input as a seed: cp $build/fuzz/crashes/$name-* $seeds/"
    return 1
  fi
}
export -f run_one

echo "== fuzzing: $(wc -l <"$list") targets, ${seconds}s each, two at a time =="
status=0
xargs -P 2 -L 1 bash -c 'run_one "$0" "$1" "$2" "$3"' "$build" "$seconds" <"$list" || status=1
exit "$status"
