#!/bin/bash
# Runs podium-bench, Podium's own commands as whole processes and the peers
# they are compared with in the same run, and prints one table of medians
# (docs/BENCHMARKS.md explains the method).
#
#   scripts/bench-compare.sh BUILD_DIR DATABASE [REPEATS] [IMPORT_ROWS]
#
# DATABASE must be at the schema this build writes (open it once with podium
# to upgrade it; a copy is kept) and is only read: the CSV import and the
# window work on copies of it in a scratch folder (two copies' worth of free
# space is needed there; PODIUM_BENCH_WORK picks the folder). Peers come from
# scripts/install-bench-deps.sh, which this script runs if one is missing.
set -euo pipefail

build=${1:?usage: bench-compare.sh BUILD_DIR DATABASE [REPEATS] [IMPORT_ROWS]}
db=${2:?usage: bench-compare.sh BUILD_DIR DATABASE [REPEATS] [IMPORT_ROWS]}
repeats=${3:-5}
rows=${4:-100000}
here=$(cd "$(dirname "$0")" && pwd)
peers=${PODIUM_BENCH_PEERS:-/tmp/podium-bench-peers}
py=/usr/bin/python3
podium_bin="$build/podium"

if ! command -v sqlite3 >/dev/null || ! $py -c 'import icalendar, reportlab' 2>/dev/null ||
    ! command -v sqlitebrowser >/dev/null || [ ! -d "$peers/node_modules/ical-generator" ]; then
    "$here/install-bench-deps.sh" "$peers"
fi

work=$(mktemp -d "${PODIUM_BENCH_WORK:-/tmp}/podium-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# Milliseconds a command takes, median of $repeats runs.
median_ms() {
    local times=()
    for _ in $(seq "$repeats"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# One run of a command: "wall_ms cpu_ms" (user + system) from /usr/bin/time.
# A failing command stops the script with its output.
timed() {
    if ! /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$@" >"$work/timed.out" 2>&1; then
        echo "bench-compare: failed: $*" >&2
        cat "$work/timed.out" >&2
        exit 1
    fi
    awk '{printf "%.0f %.0f\n", $1 * 1000, ($2 + $3) * 1000}' "$work/time.txt"
}

echo "Running podium-bench ($repeats runs)..." >&2
# Its CSV step (a fresh database) is kept short: the import is measured below.
"$build/tests/podium-bench" --database "$db" --repeats "$repeats" --import-rows 1000 \
    --podium "$build/podium" --work "$work/podium" --tsv >"$work/podium.tsv"
podium() { awk -F'\t' -v k="$1" '$1 == k {print $2}' "$work/podium.tsv"; }

# 1. The first 50 rows by family name, as the model asks for them.
first50="SELECT p.family_name, p.given_name, o.name, p.email,
  CASE WHEN e.language = 'de' THEN coalesce(nullif(e.title_de, ''), e.title_en)
       ELSE coalesce(nullif(e.title_en, ''), e.title_de) END,
  e.start_utc, r.status, r.registered_at, r.checked_in_at
FROM registration r JOIN person p ON p.id = r.person_id JOIN event e ON e.id = r.event_id
LEFT JOIN organisation o ON o.id = p.organisation_id
ORDER BY p.sort_key, p.id, r.id LIMIT 50;"
sqlite_first50=$(median_ms sqlite3 -readonly "$db" "$first50")
byorg="SELECT r.id FROM registration r JOIN person p ON p.id = r.person_id
LEFT JOIN organisation o ON o.id = p.organisation_id
ORDER BY coalesce(o.name_key, ''), r.id LIMIT 50;"
sqlite_byorg=$(median_ms sqlite3 -readonly "$db" "$byorg")

# 2. The calendar: what SQLite alone costs, and the peers building it.
# The floor for Podium's export: the shell running the three queries the
# export runs (app/core/io/icalevents.cpp: the events, their confirmed
# roles with people and organisations, their programme items) over the
# same range, every row printed.
range="WHERE e.end_utc >= '1899-12-30T00:00:00Z' AND e.start_utc <= '3001-01-02T00:00:00Z'"
export_queries="SELECT e.id, e.uid, e.title_en, e.title_de, e.subtitle_en, e.subtitle_de,
  e.description_en, e.description_de, s.name_en, s.name_de, e.topic_en, e.topic_de,
  e.start_utc, e.end_utc, e.time_zone, e.all_day, e.language, e.status, e.published,
  e.public_url, e.ical_sequence, v.name, rm.name, v.address, v.postal_code, v.city,
  e.created_at, e.modified_at
FROM event e LEFT JOIN series s ON s.id = e.series_id LEFT JOIN venue v ON v.id = e.venue_id
LEFT JOIN room rm ON rm.id = e.room_id $range ORDER BY e.start_utc, e.id;
SELECT e.start_utc, e.id, r.programme_item_id, r.role, r.affiliation_en, r.affiliation_de,
  p.honorific, p.given_name, p.family_name, p.position, o.name
FROM event e JOIN role r ON r.event_id = e.id JOIN person p ON p.id = r.person_id
LEFT JOIN organisation o ON o.id = p.organisation_id $range AND r.status = 'confirmed'
ORDER BY e.start_utc, e.id, r.programme_item_id, r.position, r.id;
SELECT e.start_utc, e.id, i.id, i.start_utc, i.end_utc, i.kind, i.title_en, i.title_de,
  i.description_en, i.description_de, rm.name, i.created_at, i.modified_at, i.position
FROM event e JOIN programme_item i ON i.event_id = e.id LEFT JOIN room rm ON rm.id = i.room_id
$range ORDER BY e.start_utc, e.id, i.start_utc, i.position, i.id;"
sqlite_ical=$(median_ms sqlite3 -readonly "$db" "$export_queries")
# The peers build the calendar Podium writes, with the same properties
# (scripts/bench-ical-peer.py says which): python3-icalendar from the rows
# of the same three queries, ical-generator from the VEVENTs' fields,
# prepared beforehand, so that its time leaves out reading and shaping.
python_ical=$(median_ms $py "$here/bench-ical-peer.py" "$db" "$work/py.ics")
$py "$here/bench-ical-peer.py" --dump "$db" "$work/fields.json"
node_ical=$(median_ms node "$here/bench-ical-peer.js" "$peers" "$work/fields.json" "$work/node.ics")

# Podium's export of the same calendar as a whole process (start-up, reading,
# writing the file), wall and CPU time, and the validity of all three files.
ics_wall=() ics_cpu=()
for _ in $(seq "$repeats"); do
    read -r w c < <(timed "$podium_bin" export ics --database "$db" --from 1900-01-01 \
        --to 2999-12-31 --programme-items --output "$work/podium.ics")
    ics_wall+=("$w") ics_cpu+=("$c")
done
podium_ical=$(printf '%s\n' "${ics_wall[@]}" | median)
podium_ical_cpu=$(printf '%s\n' "${ics_cpu[@]}" | median)
sqlite_ical_cpu=$(timed sqlite3 -readonly "$db" "$export_queries" | cut -d' ' -f2)
# The peers' CPU time, one run each: the ratio that holds on a busy machine.
python_ical_cpu=$(timed $py "$here/bench-ical-peer.py" "$db" "$work/py.ics" | cut -d' ' -f2)
node_ical_cpu=$(timed node "$here/bench-ical-peer.js" "$peers" "$work/fields.json" "$work/node.ics" |
    cut -d' ' -f2)
valid() { # FILE -> "libical: …; ical.js: …"
    local lib js
    lib=$("$work/ical-check" "$1" 2>/dev/null | tail -1) || true
    if [ -d "$here/../tests/ical/node_modules/ical.js" ]; then
        if node "$here/../tests/ical/check.mjs" "$1" >"$work/check.json" 2>/dev/null; then
            js="ok"
        else
            js=$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1]));
                console.log((r.errors || []).length + " errors: " + (r.errors || [])[0])' \
                "$work/check.json" 2>/dev/null || echo "unreadable")
        fi
    else
        js="not checked (run npm ci in tests/ical)"
    fi
    echo "libical: ${lib:-unreadable}; ical.js: $js"
}
cc -O2 "$here/bench-ical-check.c" $(pkg-config --cflags --libs libical) -o "$work/ical-check"
podium_valid=$(valid "$work/podium.ics")
python_valid=$(valid "$work/py.ics")
node_valid=$(valid "$work/node.ics")
# The same three on a handful of events with the content the benchmark's
# plain titles lack (scripts/bench-ical-realistic.py says which).
"$podium_bin" init --database "$work/real.podium" >/dev/null
$py "$here/bench-ical-realistic.py" "$work/real.podium"
"$podium_bin" export ics --database "$work/real.podium" --from 2000-01-01 --programme-items \
    --output "$work/podium-real.ics"
$py "$here/bench-ical-peer.py" "$work/real.podium" "$work/py-real.ics"
$py "$here/bench-ical-peer.py" --dump "$work/real.podium" "$work/real.json"
node "$here/bench-ical-peer.js" "$peers" "$work/real.json" "$work/node-real.ics"
podium_real=$(valid "$work/podium-real.ics")
python_real=$(valid "$work/py-real.ics")
node_real=$(valid "$work/node-real.ics")

# 3. A 60-item programme typeset by ReportLab with embedded fonts.
cat >"$work/programme.py" <<'PY'
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, Spacer
d = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Body", d + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Bold", d + "DejaVuSans-Bold.ttf"))
h = ParagraphStyle("h", fontName="Bold", fontSize=18, leading=22)
b = ParagraphStyle("b", fontName="Body", fontSize=10, leading=13)
s = ParagraphStyle("s", fontName="Bold", fontSize=11, leading=14)
story = [Paragraph("Cities and peace: a long day of dialogue", h), Spacer(1, 12)]
rows = []
for k in range(60):
    m = 8 * 60 + 15 * k
    rows.append([Paragraph("%02d:%02d–%02d:%02d" % (m // 60, m % 60, (m + 15) // 60, (m + 15) % 60), b),
                 [Paragraph("Session %d: how cities keep the peace, and what municipal diplomacy can learn from them" % (k + 1), s),
                  Paragraph("Speakers from several cities compare their experience of local cooperation, partnerships and the work of networks across borders.", b)]])
story.append(Table(rows, colWidths=[90, 380]))
SimpleDocTemplate(sys.argv[1], pagesize=A4).build(story)
PY
reportlab_pdf=$(median_ms $py "$work/programme.py" "$work/reportlab.pdf")

# 4. The CSV import: Podium's command into a copy of DATABASE (every row
#    validated and matched against the people already there, one
#    transaction), and the sqlite3 shell's .import of the same file.
import_csv="$work/import.csv"
$py "$here/bench-import-csv.py" "$rows" "$import_csv"
import_event=$(sqlite3 -readonly "$db" 'SELECT id FROM event ORDER BY id LIMIT 1;')
csv_wall=() csv_cpu=()
for _ in $(seq "$(( repeats < 3 ? repeats : 3 ))"); do
    rm -f "$work/import.podium"*
    cp "$db" "$work/import.podium"
    read -r w c < <(timed "$podium_bin" import registrations --database "$work/import.podium" \
        --event "$import_event" "$import_csv")
    csv_wall+=("$w") csv_cpu+=("$c")
done
imported=$(sqlite3 -readonly "$work/import.podium" \
    "SELECT count(*) FROM registration WHERE event_id = $import_event;")
rm -f "$work/import.podium"*
podium_import=$(printf '%s\n' "${csv_wall[@]}" | median)
podium_import_cpu=$(printf '%s\n' "${csv_cpu[@]}" | median)
sqlite_import=$(median_ms sh -c "rm -f '$work/import.db' && sqlite3 '$work/import.db' \
    'CREATE TABLE t (vorname TEXT, nachname TEXT, email TEXT, organisation TEXT, status TEXT, notes TEXT);' \
    '.mode csv' '.separator ;' '.import --skip 1 $import_csv t'")

# 5. The window on a copy of DATABASE (it may write statistics on opening):
#    start-up to the first painted window, offscreen, as a whole process
#    (PODIUM_EXIT_AFTER_FIRST_PAINT), after one warm-up run; then peak memory
#    with the Attendees view open against DB Browser for SQLite browsing the
#    registration table, both under Xvfb for 25 s.
cp "$db" "$work/window.podium"
first_paint() {
    PODIUM_EXIT_AFTER_FIRST_PAINT=1 QT_QPA_PLATFORM=offscreen HOME="$work/home" \
        XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
        PODIUM_START_VIEW="${1:-}" "$podium_bin" "$work/window.podium"
}
mkdir -p "$work/home"
first_paint >/dev/null 2>&1
start_wall=() start_inner=()
for _ in $(seq "$repeats"); do
    s0=$(date +%s%N)
    inner=$(first_paint 2>&1 | sed -n 's/.*first paint after \([0-9]*\) ms.*/\1/p')
    s1=$(date +%s%N)
    start_wall+=($(((s1 - s0) / 1000000))) start_inner+=("${inner:-0}")
done
podium_start=$(printf '%s\n' "${start_wall[@]}" | median)
podium_start_inner=$(printf '%s\n' "${start_inner[@]}" | median)
start_attendees=()
for _ in $(seq "$repeats"); do
    s0=$(date +%s%N)
    first_paint attendees >/dev/null 2>&1
    s1=$(date +%s%N)
    start_attendees+=($(((s1 - s0) / 1000000)))
done
podium_start_attendees=$(printf '%s\n' "${start_attendees[@]}" | median)

peak_rss() { # command... -> MiB
    xvfb-run -a sh -c "/usr/bin/time -v -o '$work/rss.txt' timeout 25 $* >/dev/null 2>&1" || true
    awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$work/rss.txt"
}
browser_rss=$(peak_rss sqlitebrowser -R -t registration "'$db'")
podium_rss=$(QT_QPA_PLATFORM=xcb PODIUM_START_VIEW=attendees HOME="$work/home" \
    XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    peak_rss "'$podium_bin'" "'$work/window.podium'")
rm -f "$work/window.podium"*
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }
printf '\n%-52s %10s %10s %8s\n' "what" "podium" "peer" "ratio"
row() { printf '%-52s %10s %10s %8s\n' "$1" "$2" "$3" "$4"; }
p=$(podium "attendees: open + first 50 rows by family name")
row "first 50 rows by family name (ms) vs sqlite3" "$p" "$sqlite_first50" "$(ratio "$p" "$sqlite_first50")"
p=$(podium "attendees: sort by organisation")
row "sort by organisation (ms) vs sqlite3" "$p" "$sqlite_byorg" "$(ratio "$p" "$sqlite_byorg")"
for k in v va val vald; do
    row "filter \"$k\" (ms)" "$(podium "attendees: filter \"$k\"")" "" ""
done
row "jump to the last row (ms)" "$(podium "attendees: jump to the last row")" "" ""
row "filter \"qxqx\", nobody matches (ms)" "$(podium "attendees: filter \"qxqx\" (no match)")" "" ""
row "jump to the middle, at once after a sort (ms)" \
    "$(podium "attendees: jump to the middle, at once")" "" ""
row "jump to a third, rows remembered (ms)" \
    "$(podium "attendees: jump to a third, rows remembered")" "" ""
row "iCal export, process (ms) vs sqlite3 running its three queries" "$podium_ical" "$sqlite_ical" \
    "$(ratio "$podium_ical" "$sqlite_ical")"
row "  CPU time (ms), podium vs sqlite3" "$podium_ical_cpu" "$sqlite_ical_cpu" \
    "$(ratio "$podium_ical_cpu" "$sqlite_ical_cpu")"
row "  python3-icalendar (ms), its time / podium's" "" "$python_ical" \
    "$(ratio "$python_ical" "$podium_ical")"
row "  npm ical-generator (ms), its time / podium's" "" "$node_ical" \
    "$(ratio "$node_ical" "$podium_ical")"
row "  python3-icalendar CPU (ms), its / podium's" "" "$python_ical_cpu" \
    "$(ratio "$python_ical_cpu" "$podium_ical_cpu")"
row "  npm ical-generator CPU (ms), its / podium's" "" "$node_ical_cpu" \
    "$(ratio "$node_ical_cpu" "$podium_ical_cpu")"
p=$(podium "pdf: programme of a 60-item event (process)")
row "60-item programme PDF (ms) vs ReportLab" "$p" "$reportlab_pdf" "$(ratio "$p" "$reportlab_pdf")"
row "CSV import of $rows rows into DATABASE (ms) vs .import" "$podium_import" "$sqlite_import" \
    "$(ratio "$podium_import" "$sqlite_import")"
row "  CPU time (ms)" "$podium_import_cpu" "" ""
row "start-up to first paint, process (ms)" "$podium_start" "" ""
row "  as the window reports it (ms since exec)" "$podium_start_inner" "" ""
row "  with the Attendees view (ms)" "$podium_start_attendees" "" ""
row "peak RSS, Attendees open (MiB) vs sqlitebrowser" "$podium_rss" "$browser_rss" \
    "$(ratio "$podium_rss" "$browser_rss")"
echo
echo "Calendar files (libical with RFC 5546 restrictions and the RFC 5545 rules of"
echo "scripts/bench-ical-check.c; ical.js), the large database:"
echo "  podium:            $podium_valid"
echo "  python3-icalendar: $python_valid"
echo "  ical-generator:    $node_valid"
echo "and five events of realistic content (scripts/bench-ical-realistic.py):"
echo "  podium:            $podium_real"
echo "  python3-icalendar: $python_real"
echo "  ical-generator:    $node_real"
echo "CSV import: $imported registrations in the event after the import."
echo "Load average (1, 5, 15 min) on $(nproc) cores: before $load_before, after $load_after."
echo
echo "podium-bench, all steps:"
cat "$work/podium.tsv"
