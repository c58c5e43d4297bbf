#!/usr/bin/env bash
# Installs what Podium needs (Debian 12), builds it into build/ and starts it.
# Every argument goes to podium: `./scripts/run.sh --help`,
# `./scripts/run.sh ~/dialogues.podium`. Without arguments Podium opens its
# default database, which it creates with a demo event on first start.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build"
jobs="${PODIUM_JOBS:-2}"

"$root/scripts/install-deps.sh"

# Name the generator only for a new build folder: CMake refuses to switch the
# generator of an existing one.
generator=()
[[ -f "$build/CMakeCache.txt" ]] || generator=(-G Ninja)
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$jobs"

if [[ $# -eq 0 && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "run.sh: no desktop session found (DISPLAY is not set); the window needs one." >&2
  echo "run.sh: the command line works without one: ./scripts/run.sh --help" >&2
fi

exec "$build/podium" "$@"
