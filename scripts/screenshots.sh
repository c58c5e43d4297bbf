#!/bin/sh
# Takes the screenshots in docs/screenshots/ from the real program: the main
# window with a fresh demo database, each view grabbed in turn, under Xvfb so
# that fonts and styles are those of a desktop.
#   scripts/screenshots.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
out=$here/docs/screenshots

missing=""
for p in xvfb xauth; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

cmake --build "$build" --target podium-screenshots
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
  LANG=${PODIUM_SCREENSHOT_LANG:-en_GB.UTF-8} \
  xvfb-run -a -s "-screen 0 1280x800x24" "$build/tests/podium-screenshots" "$out"
