#!/usr/bin/env bash
# Builds Podium's Debian package, installs it as a user would (apt-get, so
# that its dependencies come from Debian) and checks the installed program:
# its version, a headless export, the desktop entry, the AppStream metainfo,
# the MIME type, the icons and the manual page. Needs root (or sudo) to
# install. Leaves the package installed.
#   scripts/package.sh [BUILD_DIR]     (default: build/, as scripts/test.sh)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(realpath -m "${1:-$root/build}")"
jobs="${PODIUM_JOBS:-2}"

"$root/scripts/install-deps.sh"

SUDO=()
[[ "$(id -u)" -eq 0 ]] || SUDO=(sudo)

# A new build folder is configured as scripts/test.sh does; an existing one
# keeps its configuration.
configure=()
[[ -f "$build/CMakeCache.txt" ]] || configure=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
cmake -S "$root" -B "$build" "${configure[@]}"
# CPack installs from the whole build, so everything is built first (after
# scripts/test.sh, in the same folder, there is nothing left to do).
cmake --build "$build" --parallel "$jobs"

# Each check either passes (and is counted) or ends the script.
passed=0
fail() {
  echo "package: FAILED: $*" >&2
  echo "package: $passed passed, 1 failed"
  exit 1
}
ok() {
  passed=$((passed + 1))
  echo "package: ok: $*"
}

rm -f "$build"/podium_*.deb
(cd "$build" && cpack -G DEB)
debs=("$build"/podium_*.deb)
[[ ${#debs[@]} -eq 1 && -f "${debs[0]}" ]] || fail "cpack made no single podium_*.deb in $build"
deb="${debs[0]}"
echo "package: built $deb"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
[[ -n "$version" ]] || fail "cannot read the project's version from $build/CMakeCache.txt"
[[ "$(dpkg-deb --field "$deb" Version)" == "$version-1" ]] || fail "the package's version is not $version-1"
ok "version $version-1"

# dpkg-shlibdeps found the linked libraries; the plugins are named by hand.
depends="$(dpkg-deb --field "$deb" Depends)"
for needed in libqt6core6 libqt6widgets6 libqt6sql6 libical3 libqt6sql6-sqlite qt6-qpa-plugins \
  libqt6svg6 qt6-translations-l10n; do
  grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
ok "Depends: $depends"

# Install with apt-get, which fetches the dependencies dpkg alone would not.
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall "$deb"

[[ "$(command -v podium)" == /usr/bin/podium ]] || fail "podium is not /usr/bin/podium"
[[ "$(/usr/bin/podium --version)" == "podium $version" ]] || fail "podium --version does not say $version"
ok "/usr/bin/podium --version: podium $version"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(
  # The installed program, headless, on a fresh demo database.
  cd "$work"
  export HOME="$work" XDG_CONFIG_HOME="$work/.config" XDG_DATA_HOME="$work/.local/share"
  /usr/bin/podium init --database "$work/p.podium" --demo
  /usr/bin/podium list events --database "$work/p.podium" >"$work/events.tsv"
  [[ "$(wc -l <"$work/events.tsv")" -ge 2 ]] || fail "podium list events printed no event"
  event="$(sed -n '2s/\t.*//p' "$work/events.tsv")"
  /usr/bin/podium export pdf --database "$work/p.podium" --event "$event" --output "$work/programme.pdf"
  /usr/bin/podium export ics --database "$work/p.podium" --published --output "$work/feed.ics"
  [[ "$(file --brief --mime-type "$work/programme.pdf")" == application/pdf ]] ||
    fail "export pdf wrote no PDF"
  [[ -n "$(pdftotext "$work/programme.pdf" -)" ]] || fail "the programme PDF has no text"
  grep -q '^BEGIN:VCALENDAR' "$work/feed.ics" || fail "export ics wrote no calendar"
  echo "package: /usr/bin/podium exported $(pdfinfo "$work/programme.pdf" | sed -n 's/^Pages: *//p') PDF page(s)"
)
ok "headless init, list, export pdf and export ics"

# Desktop integration, as installed.
app_id=org.example.podium
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
ok "desktop-file-validate /usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net --strict "/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "appstreamcli validate"
ok "appstreamcli validate /usr/share/metainfo/$app_id.metainfo.xml"
# The screenshots' markup, as it will be once the pictures of docs/screenshots/
# have a public address (PODIUM_SCREENSHOT_URL; none is set for this build).
shots_xml="$work/with-screenshots.metainfo.xml"
cmake -DMETAINFO_OUT="$shots_xml" -DPODIUM_APP_ID="$app_id" \
  -DPROJECT_HOMEPAGE_URL=https://podium.example.org \
  -DPODIUM_SCREENSHOT_URL=https://podium.example.org/screenshots -P "$root/packaging/metainfo.cmake"
appstreamcli validate --no-net --strict "$shots_xml" || fail "appstreamcli validate (with screenshots)"
shots=0
for picture in $(sed -n 's|.*<image>https://podium.example.org/screenshots/\(.*\)</image>.*|\1|p' "$shots_xml"); do
  [[ "$(file --brief --mime-type "$root/docs/screenshots/$picture")" == image/png ]] ||
    fail "the metainfo names docs/screenshots/$picture, which is no PNG"
  shots=$((shots + 1))
done
[[ $shots -ge 3 ]] || fail "the metainfo lists $shots screenshots"
ok "metainfo with $shots screenshots validates; every picture is in docs/screenshots"
# dpkg's triggers have updated the shared MIME database: *.podium is ours.
grep -q '^application/x-podium:\*\.podium$' /usr/share/mime/globs ||
  fail "the MIME database does not map *.podium to application/x-podium"
ok "*.podium is application/x-podium"
for size in 16 22 24 32 48 64 128 256 512; do
  png="/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  [[ "$(file --brief "$png")" == "PNG image data, $size x $size, "* ]] || fail "$png is no $size×$size PNG"
done
[[ -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ]] || fail "the scalable icon is missing"
ok "icons: scalable and 16 to 512 pixels"
# The manual page is in the package even where dpkg is told to drop manual
# pages (container images); it is read from the package there.
man_page="$work/podium.1.gz"
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/man/man1/podium.1.gz >"$man_page"
warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$man_page" 2>&1 >/dev/null || true)"
[[ -z "$warnings" ]] || fail "the manual page has warnings: $warnings"
ok "manual page without warnings"
# (Whole outputs are captured before grep reads them: with pipefail, grep -q
# ending a pipe early would fail the writer.)
contents="$(dpkg-deb --contents "$deb")"
grep -q ' ./usr/share/doc/podium/copyright$' <<<"$contents" ||
  fail "the package has no /usr/share/doc/podium/copyright"
ok "copyright file"

echo "package: $deb installed and checked"
echo "package: $passed passed, 0 failed"
