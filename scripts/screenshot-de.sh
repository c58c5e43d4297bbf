#!/bin/sh
# Takes docs/screenshots/main-window-de.png: the real program started as a
# German user starts it (LANG=de_DE.UTF-8, a fresh home, so the default
# database is created with the demo events), under Xvfb, its window grabbed
# with ImageMagick's `import`.
#   scripts/screenshot-de.sh [BUILD_DIR] [OUTPUT.png]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
out=${2:-$here/docs/screenshots/main-window-de.png}

missing=""
for p in xvfb xauth xdotool imagemagick; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

cmake --build "$build" --target podium
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The status bar shows the database's path: a home that reads like one.
home=$work/home/anna
mkdir -p "$home"
cat > "$work/grab.sh" <<'INNER'
#!/bin/sh
set -eu
"$PODIUM" &
pid=$!
window=""
for _ in $(seq 1 100); do
  window=$(xdotool search --pid "$pid" --onlyvisible --class podium 2>/dev/null | tail -n 1 || true)
  [ -n "$window" ] && break
  sleep 0.2
done
if [ -z "$window" ]; then
  echo "screenshot-de: the window did not appear" >&2
  kill "$pid"
  exit 1
fi
xdotool windowsize "$window" 1200 720
# Let the views load their first rows and settle.
sleep 3
import -window "$window" "$OUT"
kill "$pid"
wait "$pid" || true
INNER
chmod +x "$work/grab.sh"
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
  LANG=de_DE.UTF-8 LANGUAGE=de LC_ALL= PODIUM="$build/podium" OUT="$out" \
  xvfb-run -a -s "-screen 0 1280x800x24" "$work/grab.sh"
echo "screenshot-de: wrote $out"
