#!/bin/bash
# Runs podium-bench and the peers it is compared with in the same run, and
# prints one table of medians (docs/BENCHMARKS.md explains the method).
#
#   scripts/bench-compare.sh BUILD_DIR DATABASE [REPEATS] [IMPORT_ROWS]
#
# DATABASE must be at the schema this build writes (open it once with podium
# to upgrade it; a copy is kept) and is only read. Peers come from
# scripts/install-bench-deps.sh, which this script runs if one is missing.
set -euo pipefail

build=${1:?usage: bench-compare.sh BUILD_DIR DATABASE [REPEATS] [IMPORT_ROWS]}
db=${2:?usage: bench-compare.sh BUILD_DIR DATABASE [REPEATS] [IMPORT_ROWS]}
repeats=${3:-5}
rows=${4:-100000}
here=$(cd "$(dirname "$0")" && pwd)
peers=${PODIUM_BENCH_PEERS:-/tmp/podium-bench-peers}
py=/usr/bin/python3

if ! command -v sqlite3 >/dev/null || ! $py -c 'import icalendar, reportlab' 2>/dev/null ||
    ! command -v sqlitebrowser >/dev/null || [ ! -d "$peers/node_modules/ical-generator" ]; then
    "$here/install-bench-deps.sh" "$peers"
fi

work=$(mktemp -d /tmp/podium-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

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

echo "Running podium-bench ($repeats runs, $rows import rows)..." >&2
"$build/tests/podium-bench" --database "$db" --repeats "$repeats" --import-rows "$rows" \
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

# 2. The calendar: the same columns dumped by sqlite3, and built by the peers.
columns="SELECT e.uid, e.start_utc, e.end_utc, e.time_zone, e.title_en, e.title_de,
  e.description_en, e.ical_sequence, e.modified_at, i.id, i.start_utc, i.end_utc,
  i.title_en, i.title_de
FROM event e LEFT JOIN programme_item i ON i.event_id = e.id ORDER BY e.id, i.position;"
sqlite_ical=$(median_ms sqlite3 -readonly "$db" "$columns")
sqlite3 -readonly -json "$db" "$columns" >"$work/events.json"
cat >"$work/ical.py" <<'PY'
import json, sqlite3, sys
from datetime import datetime
from icalendar import Calendar, Event
def t(s): return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=__import__("datetime").timezone.utc)
con = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
cal = Calendar(); cal.add("prodid", "-//bench//EN"); cal.add("version", "2.0")
seen = set()
for uid, s, e, tz, ten, tde, den, seq, mod, iid, istart, iend, iten, itde in con.execute(sys.argv[2]):
    if uid not in seen:
        seen.add(uid); ev = Event(); ev.add("uid", uid); ev.add("dtstart", t(s)); ev.add("dtend", t(e))
        ev.add("summary", ten or tde); ev.add("sequence", seq); ev.add("dtstamp", t(mod))
        if den: ev.add("description", den)
        cal.add_component(ev)
    if iid is not None:
        it = Event(); it.add("uid", "%s-item-%d" % (uid, iid)); it.add("dtstart", t(istart))
        it.add("dtend", t(iend)); it.add("summary", iten or itde); it.add("related-to", uid)
        it.add("dtstamp", t(mod)); cal.add_component(it)
open(sys.argv[3], "wb").write(cal.to_ical())
PY
python_ical=$(median_ms $py "$work/ical.py" "$db" "$columns" "$work/py.ics")
cat >"$work/ical.js" <<'JS'
const fs = require('fs');
const ical = require(process.argv[2] + '/node_modules/ical-generator').default;
const rows = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const cal = ical({ prodId: '-//bench//EN' });
const seen = new Set();
for (const r of rows) {
  if (!seen.has(r.uid)) {
    seen.add(r.uid);
    cal.createEvent({ id: r.uid, start: new Date(r.start_utc), end: new Date(r.end_utc),
      summary: r.title_en || r.title_de, description: r.description_en || undefined,
      sequence: r.ical_sequence, stamp: new Date(r.modified_at) });
  }
  if (r.id !== null)
    cal.createEvent({ id: r.uid + '-item-' + r.id, start: new Date(r['start_utc:1'] || r.start_utc),
      end: new Date(r['end_utc:1'] || r.end_utc), summary: r['title_en:1'] || r['title_de:1'] || '',
      stamp: new Date(r.modified_at) });
}
fs.writeFileSync(process.argv[4], cal.toString());
JS
node_ical=$(median_ms node "$work/ical.js" "$peers" "$work/events.json" "$work/node.ics")

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

# 4. The same CSV loaded by the sqlite3 shell's .import.
import_csv="$work/podium/import.csv"
sqlite_import=$(median_ms sh -c "rm -f '$work/import.db' && sqlite3 '$work/import.db' \
    'CREATE TABLE t (vorname TEXT, nachname TEXT, email TEXT, organisation TEXT, status TEXT, notes TEXT);' \
    '.mode csv' '.separator ;' '.import --skip 1 $import_csv t'")

# 5. Peak memory with the registrations table open: DB Browser for SQLite
#    browsing it, and the podium window on the same file.
peak_rss() { # command... -> MiB
    xvfb-run -a sh -c "/usr/bin/time -v -o '$work/rss.txt' timeout 25 $* >/dev/null 2>&1" || true
    awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$work/rss.txt"
}
browser_rss=$(peak_rss sqlitebrowser -R -t registration "'$db'")
podium_rss=$(QT_QPA_PLATFORM=xcb peak_rss "'$build/podium'" --database "'$db'")

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
p=$(podium "ical: export all events with programme items")
row "iCal export (ms) vs sqlite3 dump of the columns" "$p" "$sqlite_ical" "$(ratio "$p" "$sqlite_ical")"
row "  python3-icalendar (ms), its time / podium's" "" "$python_ical" "$(ratio "$python_ical" "$p")"
row "  npm ical-generator (ms), its time / podium's" "" "$node_ical" "$(ratio "$node_ical" "$p")"
p=$(podium "pdf: programme of a 60-item event (process)")
row "60-item programme PDF (ms) vs ReportLab" "$p" "$reportlab_pdf" "$(ratio "$p" "$reportlab_pdf")"
p=$(podium "csv: import $rows registrations (read, plan, apply)")
row "CSV import of $rows rows (ms) vs sqlite3 .import" "$p" "$sqlite_import" "$(ratio "$p" "$sqlite_import")"
row "peak RSS, registrations open (MiB) vs sqlitebrowser" "$podium_rss" "$browser_rss" \
    "$(ratio "$podium_rss" "$browser_rss")"
echo
echo "podium-bench, all steps:"
cat "$work/podium.tsv"
