#!/bin/sh
# Refreshes the translation sources in resources/translations/ from the code:
# lupdate finds every text marked with tr() or QCoreApplication::translate()
# in app/ and every text in forms/*.ui, adds the new ones as unfinished,
# marks changed ones for review and drops those no longer used. Translate the
# unfinished messages afterwards (Qt Linguist: `linguist
# resources/translations/podium_de.ts`), then rebuild: the build turns each
# .ts file into a .qm file built into Podium. tst_translations fails while
# any message is unfinished.
#   scripts/update-translations.sh
set -eu

root="$(cd "$(dirname "$0")/.." && pwd)"

lupdate=""
for candidate in lupdate /usr/lib/qt6/bin/lupdate; do
  if command -v "$candidate" >/dev/null 2>&1; then
    lupdate="$candidate"
    break
  fi
done
if [ -z "$lupdate" ]; then
  echo "update-translations: lupdate not found; run scripts/install-deps.sh (package qt6-l10n-tools)" >&2
  exit 1
fi

cd "$root"
for ts in resources/translations/podium_*.ts; do
  # English is the language of the code: its file holds only the plural
  # forms of texts with a count (%n), "1 event" beside "2 events".
  plural_only=""
  [ "$ts" = resources/translations/podium_en.ts ] && plural_only="-pluralonly"
  "$lupdate" -silent -no-obsolete -locations absolute -source-language en $plural_only \
    app forms -ts "$ts"
  echo "update-translations: $ts"
  # Messages still to be translated, or to be checked after a change, each
  # with the text it translates.
  grep -c 'type="unfinished"' "$ts" | sed 's/^/update-translations:   unfinished: /' || true
  grep -B2 'type="unfinished"' "$ts" | sed -n 's|^ *<source>\(.*\)</source>$|update-translations:     \1|p' || true
done
