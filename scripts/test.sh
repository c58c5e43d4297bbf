#!/usr/bin/env bash
# Installs what Podium needs (Debian 12), builds it into build/ and runs every
# test. Exits non-zero if anything fails, or if no test was found.
# With CI=true, compiler warnings are errors.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build"
jobs="${PODIUM_JOBS:-2}"

"$root/scripts/install-deps.sh"

werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON

# Same build folder and type as scripts/run.sh, so the two share one build.
generator=()
[[ -f "$build/CMakeCache.txt" ]] || generator=(-G Ninja)
cmake -S "$root" -B "$build" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPODIUM_BUILD_TESTS=ON \
  -DPODIUM_WERROR="$werror"
cmake --build "$build" --parallel "$jobs"

# Tests never need a display.
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --no-tests=error --parallel "$jobs"
