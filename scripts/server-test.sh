#!/usr/bin/env bash
# Runs the tests that also work against a PostgreSQL server (ctest label
# "server") on a throwaway cluster: initdb into a temporary folder, a server
# on 127.0.0.1 and a free port with password (SCRAM) login for the user
# "podium", the password in a private PGPASSFILE as a person would keep it in
# ~/.pgpass. The tests get the server's address in PODIUM_TEST_SERVER; each
# creates its own databases there (podium_test_…) and drops them again. The
# cluster is stopped and removed at the end, also when a test fails.
#
# PostgreSQL refuses to run as root: as root (CI), the server runs as the
# user podium-ci, created (without a home or login shell) if missing; the
# tests themselves run as the calling user and connect over TCP.
#
#   scripts/server-test.sh [BUILD_DIR]     (default: build/, as scripts/test.sh)
#   PODIUM_JOBS=N  ctest's parallelism (default 2)
#   PODIUM_TESTS=REGEX  only the tests whose names match (ctest -R)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-${PODIUM_BUILD_DIR:-$root/build}}"
jobs="${PODIUM_JOBS:-2}"

pgbin=""
if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
  pgbin="$(pg_config --bindir)"
else
  pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [[ -z "$pgbin" || ! -x "$pgbin/initdb" ]]; then
  echo "server-test: PostgreSQL's server programs were not found; run scripts/install-deps.sh (package postgresql)" >&2
  exit 1
fi
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  echo "server-test: $build is not a build folder; run scripts/test.sh first or name one" >&2
  exit 1
fi

# Who runs the server.
as_owner=()
owner="$(id -un)"
if [[ "$(id -u)" -eq 0 ]]; then
  owner="podium-ci"
  if ! id -u "$owner" >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$owner"
  fi
  as_owner=(runuser -u "$owner" --)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/podium-server-test.XXXXXX")"
data="$work/data"
log="$work/run/server.log"
started=false
cleanup() {
  status=$?
  if $started; then
    "${as_owner[@]}" "$pgbin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [[ $status -ne 0 && -f "$log" ]]; then
    echo "server-test: the server's log:" >&2
    tail -n 30 "$log" >&2 || true
  fi
  rm -rf "$work"
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free port: nothing answers on it.
port=""
for candidate in $(seq 54329 54429); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
    port="$candidate"
    break
  fi
done
if [[ -z "$port" ]]; then
  echo "server-test: no free port between 54329 and 54429" >&2
  exit 1
fi

password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
chmod 755 "$work"
printf '%s\n' "$password" >"$work/pwfile"
chmod 600 "$work/pwfile"
if [[ ${#as_owner[@]} -gt 0 ]]; then
  chown "$owner" "$work/pwfile"
fi
install -d -m 700 ${as_owner:+-o "$owner"} "$data" "$work/run"

"${as_owner[@]}" "$pgbin/initdb" -D "$data" -U podium --pwfile="$work/pwfile" \
  --auth-host=scram-sha-256 --auth-local=peer --encoding=UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 ||
  { cat "$work/initdb.log" >&2; exit 1; }
rm -f "$work/pwfile"
"${as_owner[@]}" "$pgbin/pg_ctl" -D "$data" -l "$log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work/run -c fsync=off" >/dev/null
started=true

# The password, as libpq finds it in ~/.pgpass: host:port:database:user:password.
export PGPASSFILE="$work/pgpass"
(umask 077 && printf '127.0.0.1:%s:*:podium:%s\n' "$port" "$password" >"$PGPASSFILE")
export PODIUM_TEST_SERVER="postgresql://podium@127.0.0.1:$port/postgres"
echo "server-test: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port as $owner"

# Only what the chosen tests need (each test depends on podium itself).
targets=()
if [[ -n "${PODIUM_TESTS:-}" ]]; then
  mapfile -t targets < <(ctest --test-dir "$build" -N -L server -R "$PODIUM_TESTS" |
    awk '$1 == "Test" && $2 ~ /^#/ {print $3}')
  if [[ ${#targets[@]} -eq 0 ]]; then
    echo "server-test: no server test matches \"$PODIUM_TESTS\"" >&2
    exit 1
  fi
fi
cmake --build "$build" --parallel "$jobs" ${targets[@]:+--target "${targets[@]}"}
export QT_QPA_PLATFORM=offscreen
# The import test's checks at a fifth of its size: a server round trip per
# batch makes 100,000 rows take two minutes (scripts/test.sh runs them all).
export PODIUM_IMPORT_TEST_ROWS="${PODIUM_IMPORT_TEST_ROWS:-20000}"
ctest --test-dir "$build" -L server ${PODIUM_TESTS:+-R "$PODIUM_TESTS"} --output-on-failure --no-tests=error --parallel "$jobs"
