#!/usr/bin/env bash
# Kills Podium with SIGKILL at random moments during a large CSV import, an
# iCal import, a schema migration and a burst of edits, ROUNDS times each
# (default 50), and checks after every kill that the file is intact
# (PRAGMA integrity_check, foreign_key_check) and that the operation is
# either wholly present or wholly absent. Prints the counts; exits 1 on the
# first damaged file or half-applied operation.
#
#   scripts/crash-test.sh [BUILD_DIR] [ROUNDS]
#
# BUILD_DIR must hold podium and tests/podium-crashdriver (default build/).
# PODIUM_CRASH_ONLY="csv ics migration edits" picks scenarios (default all).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
rounds="${2:-50}"
podium="$build/podium"
driver="$build/tests/podium-crashdriver"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

for tool in "$podium" "$driver"; do
  [[ -x "$tool" ]] || { echo "crash-test: $tool is missing; build it first" >&2; exit 1; }
done
command -v sqlite3 >/dev/null || { echo "crash-test: sqlite3 is needed" >&2; exit 1; }

sql() { sqlite3 -batch -noheader "$1" "$2"; }

intact() { # FILE: the file passes SQLite's own checks
  local file="$1" integrity fk
  integrity="$(sql "$file" 'PRAGMA integrity_check;')"
  fk="$(sql "$file" 'PRAGMA foreign_key_check;')"
  if [[ "$integrity" != ok || -n "$fk" ]]; then
    echo "DAMAGED: $file: integrity_check=$integrity foreign_key_check=$fk" >&2
    cp "$file" "$root/crash-damaged.podium" 2>/dev/null || true
    return 1
  fi
}

# Runs "$@" in the background, kills it after a random delay in
# [0, max_ms) milliseconds and waits for it. Sets $killed to 1 if the kill
# landed before the command finished.
killed=0
run_and_kill() {
  local max_ms="$1"; shift
  "$@" >/dev/null 2>&1 &
  local pid=$!
  local delay_ms=$((RANDOM * 32768 + RANDOM))
  delay_ms=$((delay_ms % max_ms))
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  if kill -9 "$pid" 2>/dev/null; then killed=1; else killed=0; fi
  wait "$pid" 2>/dev/null || true
}

duration_ms() { # the time "$@" takes to complete, in milliseconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

only="${PODIUM_CRASH_ONLY:-csv ics migration edits}"
wanted() { [[ " $only " == *" $1 "* ]]; }

report() { printf '%-10s %4d runs, %4d killed mid-way, %4d left no trace, %4d complete\n' "$@"; }

# --- the base database and inputs -------------------------------------------
base="$work/base.podium"
"$podium" init --database "$base" --demo >/dev/null
event="$(sql "$base" "SELECT id FROM event ORDER BY start_utc LIMIT 1;")"

csv="$work/registrations.csv"
rows="${PODIUM_CRASH_CSV_ROWS:-20000}"
{
  echo 'Vorname;Nachname;E-Mail;Organisation;Status'
  for ((i = 0; i < rows; i++)); do
    echo "Anna$i;Müller-Łódź $i;anna.$i@example.org;Crash Test Org $((i % 50));angemeldet"
  done
} >"$csv"

ics="$work/calendar.ics"
events="${PODIUM_CRASH_ICS_EVENTS:-3000}"
{
  printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Crash test//EN\r\n'
  for ((i = 0; i < events; i++)); do
    printf 'BEGIN:VEVENT\r\nUID:crash-%d@example.org\r\nDTSTAMP:20230101T000000Z\r\n' "$i"
    printf 'DTSTART;TZID=Europe/Berlin:20240%d%02dT190000\r\nDTEND;TZID=Europe/Berlin:20240%d%02dT210000\r\n' \
      $((i % 9 + 1)) $((i % 28 + 1)) $((i % 9 + 1)) $((i % 28 + 1))
    printf 'SUMMARY:Städte im Wandel %d\r\nLOCATION:Berlin\r\nEND:VEVENT\r\n' "$i"
  done
  printf 'END:VCALENDAR\r\n'
} >"$ics"

# An old-schema file, grown so that its migration takes a while.
old="$work/old.podium"
cp "$root/tests/data/schema-1-demo.podium" "$old"
sql "$old" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${PODIUM_CRASH_OLD_PEOPLE:-200000})
  INSERT INTO person (given_name, family_name, email, sort_key, search_key, created_at, modified_at)
  SELECT 'Old', 'Person ' || i, 'old' || i || '@example.org', 'person ' || i || ' old',
         'old person ' || i, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z' FROM n;"
old_version="$(sql "$old" 'PRAGMA user_version;')"
current_version="$(sql "$base" 'PRAGMA user_version;')"

fresh() { rm -f "$1" "$1-wal" "$1-shm"; cp "$2" "$1"; }

# --- 1. CSV import -----------------------------------------------------------
if wanted csv; then
db="$work/csv.podium"
fresh "$db" "$base"
before="$(sql "$db" "SELECT count(*) FROM registration WHERE event_id = $event;")"
full_ms="$(duration_ms "$podium" import registrations --database "$db" --event "$event" "$csv")"
after_full="$(sql "$db" "SELECT count(*) FROM registration WHERE event_id = $event;")"
(( after_full > before )) || { echo "crash-test: the CSV import added nothing ($before → $after_full)" >&2; exit 1; }
mid=0 none=0 whole=0
for ((r = 0; r < rounds; r++)); do
  fresh "$db" "$base"
  run_and_kill "$full_ms" "$podium" import registrations --database "$db" --event "$event" "$csv"
  mid=$((mid + killed))
  intact "$db"
  n="$(sql "$db" "SELECT count(*) FROM registration WHERE event_id = $event;")"
  if [[ "$n" == "$before" ]]; then none=$((none + 1))
  elif [[ "$n" == "$after_full" ]]; then whole=$((whole + 1))
  else echo "HALF-APPLIED CSV import: $n registrations (before $before, after $after_full)" >&2; exit 1
  fi
done
report "csv" "$rounds" "$mid" "$none" "$whole"
fi

# --- 2. iCal import ----------------------------------------------------------
if wanted ics; then
db="$work/ics.podium"
fresh "$db" "$base"
before="$(sql "$db" 'SELECT count(*) FROM event;')"
full_ms="$(duration_ms "$podium" import ics --database "$db" "$ics")"
after_full="$(sql "$db" 'SELECT count(*) FROM event;')"
(( after_full > before )) || { echo "crash-test: the iCal import added nothing" >&2; exit 1; }
mid=0 none=0 whole=0
for ((r = 0; r < rounds; r++)); do
  fresh "$db" "$base"
  run_and_kill "$full_ms" "$podium" import ics --database "$db" "$ics"
  mid=$((mid + killed))
  intact "$db"
  n="$(sql "$db" 'SELECT count(*) FROM event;')"
  if [[ "$n" == "$before" ]]; then none=$((none + 1))
  elif [[ "$n" == "$after_full" ]]; then whole=$((whole + 1))
  else echo "HALF-APPLIED iCal import: $n events (before $before, after $after_full)" >&2; exit 1
  fi
done
report "ics" "$rounds" "$mid" "$none" "$whole"
fi

# --- 3. migration ------------------------------------------------------------
# Any command that writes upgrades the file first (the read-only ones refuse
# an old file); importing an empty calendar writes nothing else.
empty="$work/empty.ics"
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Crash test//EN\r\nEND:VCALENDAR\r\n' >"$empty"
if ! wanted migration; then
  :
elif [[ "$old_version" == "$current_version" ]]; then
  echo "migration: skipped, no migration after schema $old_version exists yet"
else
  db="$work/migrate.podium"
  fresh "$db" "$old"
  people="$(sql "$db" 'SELECT count(*) FROM person;')"
  full_ms="$(duration_ms "$podium" import ics --database "$db" "$empty")"
  [[ "$(sql "$db" 'PRAGMA user_version;')" == "$current_version" ]] ||
    { echo "crash-test: the upgrade did not run" >&2; exit 1; }
  mid=0 none=0 whole=0 steps=0
  for ((r = 0; r < rounds; r++)); do
    fresh "$db" "$old"
    rm -f "$work"/migrate*.bak* 2>/dev/null || true
    run_and_kill "$full_ms" "$podium" import ics --database "$db" "$empty"
    mid=$((mid + killed))
    intact "$db"
    v="$(sql "$db" 'PRAGMA user_version;')"
    n="$(sql "$db" 'SELECT count(*) FROM person;')"
    [[ "$n" == "$people" ]] || { echo "LOST ROWS in migration: $n of $people people" >&2; exit 1; }
    if [[ "$v" == "$old_version" ]]; then none=$((none + 1))
    elif [[ "$v" == "$current_version" ]]; then whole=$((whole + 1))
    elif (( v > old_version && v < current_version )); then
      # Each migration is a transaction of its own: a kill between two
      # leaves a whole earlier schema, which the next open takes further.
      steps=$((steps + 1))
    else echo "HALF-MIGRATED: user_version $v" >&2; exit 1
    fi
  done
  report "migration" "$rounds" "$mid" "$none" "$whole"
  echo "migration: $steps runs stopped between two whole migration steps"
fi

# --- 4. a burst of edits through the storage layer ---------------------------
if wanted edits; then
db="$work/edits.podium"
fresh "$db" "$base"
full_ms="$(duration_ms "$driver" edit --database "$db" --event "$event" --count 2000)"
mid=0 total=0
for ((r = 0; r < rounds; r++)); do
  run_and_kill "$full_ms" "$driver" edit --database "$db" --event "$event" --count 2000
  mid=$((mid + killed))
  intact "$db"
  "$driver" check --database "$db" --event "$event" >"$work/check.txt" ||
    { echo "HALF-APPLIED edit: $(cat "$work/check.txt")" >&2; exit 1; }
done
report "edits" "$rounds" "$mid" 0 0
echo "edits: $(cat "$work/check.txt")"
fi
echo "every file intact, every operation whole or absent"
