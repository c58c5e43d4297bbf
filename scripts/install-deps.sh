#!/bin/sh
# Installs everything Podium needs to build, test and run on Debian 12: the
# Debian packages, and the one npm module the iCal tests check exports with
# (tests/ical). docs/DEPENDENCIES.md says why each one is here.
#
# Idempotent and non-interactive: what is present is left alone; apt-get
# (with its index update) runs only when a package is missing, npm only when
# tests/ical/node_modules does not match tests/ical/package-lock.json.
# Uses sudo only when not run as root.
set -eu

root="$(cd "$(dirname "$0")/.." && pwd)"

# Real package names only: dpkg-query does not know virtual or transitional
# names, and a name it cannot find would make every run call apt-get again.
PACKAGES="
build-essential
cmake
ninja-build
pkg-config
clang-format
clang
qt6-base-dev
qt6-base-dev-tools
qt6-tools-dev
qt6-tools-dev-tools
qt6-l10n-tools
qt6-translations-l10n
qt6-svg-dev
libqt6sql6-sqlite
libqt6sql6-psql
postgresql
libgl-dev
fonts-dejavu-core
libical-dev
libsqlite3-dev
poppler-utils
qpdf
sqlite3
xvfb
xauth
librsvg2-bin
dpkg-dev
file
desktop-file-utils
appstream
shared-mime-info
man-db
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

# Node.js is looked for as commands, not packages: a machine may have it from
# elsewhere (NodeSource's nodejs bundles npm and conflicts with Debian's npm
# package), and then Debian's packages must not be forced on it.
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
else
  if [ -n "$SUDO" ] && ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: these packages are missing:$missing" >&2
    echo "install-deps: run this script as root (su -c ./scripts/install-deps.sh) or install sudo." >&2
    exit 1
  fi
  echo "install-deps: installing$missing"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  # shellcheck disable=SC2086
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

# ical.js, pinned by tests/ical/package-lock.json, installed into
# tests/ical/node_modules (ignored by git). A copy of the lock file beside it
# records what was installed, so a changed lock file installs again.
ical="$root/tests/ical"
if [ -f "$ical/package-lock.json" ]; then
  stamp="$ical/node_modules/.podium-installed-lock.json"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$ical/package-lock.json"; then
    echo "install-deps: tests/ical node modules present"
  else
    echo "install-deps: installing tests/ical node modules (npm ci)"
    (cd "$ical" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$ical/package-lock.json" "$stamp"
  fi
fi
