#!/usr/bin/env bash
# Imports a calendar of 100,000 events (EVENTS, generated here) into a copy
# of the demo database with the podium command line, under /usr/bin/time -v,
# and checks that the import either finished whole (every event there, the
# file intact) or was refused with a message and left the database exactly
# as it was. Prints the exit code, the time and the peak resident memory,
# the figures docs/RELIABILITY.md records. Too slow for the test suite
# (minutes under AddressSanitizer), so it is a script.
#
#   scripts/hostile-input.sh [BUILD_DIR] [EVENTS]
#
# Builds nothing: BUILD_DIR (default build/) must hold podium.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
events="${2:-100000}"
podium="$build/podium"
[[ -x "$podium" ]] || { echo "hostile-input: $podium is missing; build it first" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "hostile-input: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "hostile-input: sqlite3 is needed" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# Every row of every table, in a stable order.
content() {
  local db="$1" table
  for table in $(sqlite3 -batch -noheader "$db" \
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"); do
    sqlite3 -batch -noheader "$db" "SELECT * FROM \"$table\" ORDER BY rowid"
  done | sha256sum | cut -d' ' -f1
}

ics="$work/many.ics"
awk -v n="$events" 'BEGIN {
  printf "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Podium hostile input//EN\r\n"
  for (i = 0; i < n; i++) {
    day = i % 28 + 1; month = int(i / 28) % 12 + 1; year = 2024 + int(i / 33600); hour = 8 + i % 10
    printf "BEGIN:VEVENT\r\nUID:ev%06d@hostile.example\r\nDTSTAMP:20240101T000000Z\r\n", i
    printf "DTSTART:%04d%02d%02dT%02d0000Z\r\nDTEND:%04d%02d%02dT%02d3000Z\r\n", year, month, day, hour, year, month, day, hour
    printf "SUMMARY:Public dialogue number %d\r\nLOCATION:Hall %d\r\nEND:VEVENT\r\n", i, i % 50
  }
  printf "END:VCALENDAR\r\n"
}' >"$ics"

db="$work/hostile.podium"
"$podium" init --database "$db" --demo >/dev/null
before_events="$(sqlite3 -batch -noheader "$db" 'SELECT count(*) FROM event')"
before="$(content "$db")"

echo "hostile-input: importing $events events ($(du -h "$ics" | cut -f1)) with $podium"
code=0
/usr/bin/time -v -o "$work/time" "$podium" import ics --database "$db" "$ics" \
  >"$work/out" 2>"$work/err" || code=$?
after_events="$(sqlite3 -batch -noheader "$db" 'SELECT count(*) FROM event')"
integrity="$(sqlite3 -batch -noheader "$db" 'PRAGMA integrity_check')"

peak_kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")"
echo "  exit code            $code"
echo "  wall clock           $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time")"
echo "  user + system CPU    $(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f s", u + s}' "$work/time")"
echo "  peak resident memory $((peak_kb / 1024)) MB"
echo "  output               $(wc -l <"$work/out") lines, $(wc -c <"$work/out") bytes"
echo "  events before/after  $before_events / $after_events"
echo "  integrity_check      $integrity"
[[ -s "$work/err" ]] && echo "  message              $(head -c 400 "$work/err")"

status=0
[[ "$integrity" == ok ]] || { echo "hostile-input: the database is damaged" >&2; status=1; }
if [[ "$code" == 0 ]]; then
  [[ "$after_events" == $((before_events + events)) ]] ||
    { echo "hostile-input: exit code 0 but $after_events events, not $((before_events + events))" >&2; status=1; }
elif [[ "$code" == 1 ]]; then
  [[ -s "$work/err" ]] || { echo "hostile-input: refused without a message" >&2; status=1; }
  [[ "$(content "$db")" == "$before" ]] ||
    { echo "hostile-input: refused, but the database changed" >&2; status=1; }
else
  echo "hostile-input: podium ended with exit code $code" >&2
  tail -n 20 "$work/err" >&2
  status=1
fi
exit "$status"
