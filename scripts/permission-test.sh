#!/usr/bin/env bash
# Runs the podium command line as an unprivileged user on files it may not
# write or read, and checks for each case the exit code, the message and that
# the database file is unchanged byte for byte (SHA-256):
#
#   read-only file          list works; an import fails plainly
#   read-only folder (WAL)  list works; an import fails plainly; nothing created
#   read-only folder        the same for a file in rollback-journal mode
#   missing folder          list and init fail naming the folder; nothing created
#   file without read right list and import fail with "Permission denied"
#
#   scripts/permission-test.sh [BUILD_DIR]
#
# Builds nothing: BUILD_DIR (default build/) must hold podium. Started as
# root (as CI is), it drops to nobody (uid 65534) with setpriv, because root
# ignores permission bits; started as another user it runs as that user.
# Exits 1 if any case fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
[[ -x "$build/podium" ]] || {
  echo "permission-test: $build/podium is missing; build it first" >&2
  exit 1
}
command -v sqlite3 >/dev/null || { echo "permission-test: sqlite3 is needed" >&2; exit 1; }

work="$(mktemp -d)"
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
chmod 755 "$work"
# The unprivileged user may not reach the build folder: run a copy.
cp "$build/podium" "$work/podium"
chmod 755 "$work/podium"
podium="$work/podium"
cp "$root/tests/data/ical/all-day.ics" "$work/calendar.ics"
chmod 644 "$work/calendar.ics"
mkdir "$work/home"

if [[ "$(id -u)" == 0 ]]; then
  user="nobody (uid 65534, by setpriv)"
  as_user() { setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"; }
  give() { chown -R 65534:65534 "$@"; }
else
  user="$(id -un) (uid $(id -u))"
  as_user() { "$@"; }
  give() { :; }
fi
give "$work/home"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 HOME="$work/home"
unset XDG_RUNTIME_DIR

# A demo database made by the current build, closed cleanly (no -wal or -shm
# left beside it).
"$podium" init --database "$work/demo.podium" --demo >/dev/null

failures=0
out="" err="" code=0
run() { # runs podium as the unprivileged user; sets $code, $out, $err
  code=0
  as_user "$podium" "$@" >"$work/out" 2>"$work/err" || code=$?
  out="$(cat "$work/out")"
  err="$(cat "$work/err")"
}
check() { # CASE WHAT CONDITION...: prints ok or FAIL with the last output
  local case="$1" what="$2"
  shift 2
  if "$@"; then
    printf '  ok    %-26s %s\n' "$case" "$what"
  else
    printf '  FAIL  %-26s %s\n        exit code %s; stdout: %.300s\n        stderr: %.300s\n' \
      "$case" "$what" "$code" "$out" "$err"
    failures=$((failures + 1))
  fi
}
is() { [[ "$1" == "$2" ]]; }
has() { [[ "$1" == *"$2"* ]]; }
lacks() { [[ "$1" != *"$2"* ]]; }
hash() { sha256sum "$1" | cut -d' ' -f1; }
files() { ls -A "$1" | tr '\n' ' '; }
plain() { # the message says nothing of SQLite's internals or of an unknown error
  lacks "$err" "Unknown error" && lacks "$err" "Unable to fetch row" && lacks "$err" "locked"
}
people_listed() { is "$code" 0 && has "$out" "Witt"; }
import_refused() { is "$code" 1 && has "$err" "$1" && plain; }

echo "permission-test: running podium as $user"

# 1. A read-only file in a folder the user may write.
case="read-only file"
mkdir "$work/rofile"
cp "$work/demo.podium" "$work/rofile/p.podium"
give "$work/rofile"
chmod 444 "$work/rofile/p.podium"
before="$(hash "$work/rofile/p.podium")"
run list people --database "$work/rofile/p.podium"
check "$case" "list works" people_listed
run import ics --database "$work/rofile/p.podium" "$work/calendar.ics"
check "$case" "import: exit 1, \"read-only\"" import_refused "read-only"
check "$case" "file unchanged" is "$(hash "$work/rofile/p.podium")" "$before"

# 2. A file the user may write, in a folder the user may not write: SQLite
# cannot create the journal (rollback mode) or the -wal and -shm files (WAL).
for mode in wal delete; do
  case="read-only folder ($mode)"
  dir="$work/rofolder-$mode"
  mkdir "$dir"
  cp "$work/demo.podium" "$dir/p.podium"
  sqlite3 -batch "$dir/p.podium" "PRAGMA journal_mode = $mode;" >/dev/null
  give "$dir"
  chmod 644 "$dir/p.podium"
  chmod 555 "$dir"
  before="$(hash "$dir/p.podium")"
  listing="$(files "$dir")"
  run list people --database "$dir/p.podium"
  check "$case" "list works" people_listed
  run import ics --database "$dir/p.podium" "$work/calendar.ics"
  check "$case" "import: exit 1, \"read-only\"" import_refused "read-only"
  check "$case" "file unchanged" is "$(hash "$dir/p.podium")" "$before"
  check "$case" "nothing created beside it" is "$(files "$dir")" "$listing"
done

# 3. A folder that does not exist.
case="missing folder"
give "$work"
missing="$work/missing/deeper/p.podium"
run list people --database "$missing"
check "$case" "list: exit 1, names the folder" \
  eval 'is "$code" 1 && has "$err" "$work/missing/deeper" && has "$err" "does not exist" && plain'
run init --database "$missing"
check "$case" "init: exit 1, names the folder" \
  eval 'is "$code" 1 && has "$err" "$work/missing/deeper" && has "$err" "does not exist" && plain'
run import ics --database "$missing" "$work/calendar.ics"
check "$case" "import: exit 1, names the folder" \
  eval 'is "$code" 1 && has "$err" "does not exist" && plain'
check "$case" "nothing created" eval '[[ ! -e "$work/missing" ]]'
chown root:root "$work" 2>/dev/null || true

# 4. A file the user may not read (write permission only).
case="no read permission"
mkdir "$work/noread"
cp "$work/demo.podium" "$work/noread/p.podium"
give "$work/noread"
before="$(hash "$work/noread/p.podium")"
chmod 200 "$work/noread/p.podium"
run list people --database "$work/noread/p.podium"
check "$case" "list: exit 1, \"Permission denied\"" \
  eval 'is "$code" 1 && has "$err" "p.podium" && has "$err" "Permission denied" && plain'
run import ics --database "$work/noread/p.podium" "$work/calendar.ics"
check "$case" "import: exit 1, \"Permission denied\"" \
  eval 'is "$code" 1 && has "$err" "Permission denied" && plain'
chmod 600 "$work/noread/p.podium"
check "$case" "file unchanged" is "$(hash "$work/noread/p.podium")" "$before"
check "$case" "nothing created beside it" is "$(files "$work/noread")" "p.podium "

if ((failures > 0)); then
  echo "permission-test: $failures check(s) failed" >&2
  exit 1
fi
echo "permission-test: every check passed"
