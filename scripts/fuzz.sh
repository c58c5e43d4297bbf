#!/usr/bin/env bash
# Builds the libFuzzer targets in tests/fuzz/ with clang (AddressSanitizer
# and UndefinedBehaviorSanitizer on) into build-fuzz/ and runs each one for
# SECONDS (default 60) on its seed corpus. CI runs them briefly; a long run is
#   scripts/fuzz.sh 600
# New inputs that raise coverage are kept in build-fuzz/corpus/, crashes in
# build-fuzz/findings/ (and the run fails).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-fuzz"
seconds="${1:-60}"
jobs="${PODIUM_JOBS:-2}"

command -v clang++ >/dev/null || {
  echo "fuzz.sh: clang++ is needed (apt-get install clang)" >&2
  exit 1
}

generator=()
[[ -f "$build/CMakeCache.txt" ]] || generator=(-G Ninja)
CC=clang CXX=clang++ cmake -S "$root" -B "$build" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPODIUM_BUILD_TESTS=OFF \
  -DPODIUM_FUZZ=ON \
  -DPODIUM_WERROR=ON >/dev/null
cmake --build "$build" --parallel "$jobs" --target fuzz_csvreader fuzz_icalreader fuzz_programme

export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

status=0
for target in csvreader:csv icalreader:ics programme:markdown; do
  name="${target%%:*}"
  seeds="${target##*:}"
  corpus="$build/corpus/$name"
  findings="$build/findings/$name"
  mkdir -p "$corpus" "$findings"
  log="$build/fuzz_$name.log"
  echo "fuzz_$name: ${seconds}s on tests/fuzz/corpus/$seeds"
  if "$build/tests/fuzz/fuzz_$name" "$corpus" "$root/tests/fuzz/corpus/$seeds" \
      -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 -max_len=262144 \
      -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE' "$log" | sed 's/^/  /' || true
  else
    status=1
    echo "fuzz_$name FAILED; the last lines of $log:" >&2
    tail -n 40 "$log" >&2
  fi
done
exit "$status"
