#!/bin/sh
# Installs what scripts/bench-compare.sh compares Podium with: the sqlite3
# shell, python3-icalendar, python3-reportlab, DB Browser for SQLite (under
# Xvfb) and npm's ical-generator (in a scratch folder, never in the project).
#
#   scripts/install-bench-deps.sh [PEERS_DIR]     (default: /tmp/podium-bench-peers)
set -eu
peers=${1:-/tmp/podium-bench-peers}
need=""
command -v sqlite3 >/dev/null 2>&1 || need="$need sqlite3"
/usr/bin/python3 -c 'import icalendar' 2>/dev/null || need="$need python3-icalendar"
/usr/bin/python3 -c 'import reportlab' 2>/dev/null || need="$need python3-reportlab"
command -v sqlitebrowser >/dev/null 2>&1 || need="$need sqlitebrowser"
command -v xvfb-run >/dev/null 2>&1 || need="$need xvfb xauth"
[ -x /usr/bin/time ] || need="$need time"
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need="$need fonts-dejavu-core"
command -v npm >/dev/null 2>&1 || need="$need npm"
if [ -n "$need" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y $need
fi
if [ ! -d "$peers/node_modules/ical-generator" ]; then
    mkdir -p "$peers"
    (cd "$peers" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install ical-generator@8)
fi
echo "Peers ready; ical-generator in $peers."
