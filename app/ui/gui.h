#pragma once

#include <QString>
#include <QStringList>

namespace Podium::Gui {

/**
 * Starts the window: opens the database named on the command line
 * (`podium FILE` or `podium --database FILE`), or the default database in the
 * user's data folder, creating it with the demo data the first time.
 */
int run(int argc, char *argv[]);

/** The default database: podium.podium in QStandardPaths::AppDataLocation. */
QString defaultDatabasePath();

/** The languages of the interface: "en" (the texts of the code) and one for
 *  each translation built in (":/i18n/podium_<language>.qm"). */
QStringList availableLanguages();

/**
 * The first of @p preferred (BCP 47 names, best first, as
 * QLocale::uiLanguages() gives them: "de-DE", "de", "en-GB") whose language
 * is in @p available; "en" when there is none.
 */
QString chooseLanguage(const QStringList &preferred, const QStringList &available);

/**
 * The language the window speaks: the user's choice in the preference
 * `interfaceLanguage` ("de", "en"), or, when that is empty or names no
 * available language, the system's (QLocale::system().uiLanguages()).
 */
QString interfaceLanguage();

/**
 * Makes the application speak @p language: installs Podium's translation
 * and Qt's own (qtbase_<language>.qm from QLibraryInfo::TranslationsPath,
 * for standard buttons and dialogs), replacing those installed before.
 * "en" installs only the English plural forms ("1 event", "2 events").
 * Returns false if Podium has no translation into @p language; then none is
 * installed. Qt's own may be missing: then only its texts stay English.
 */
bool installTranslations(const QString &language);

/** The files named on the window's command line, sorted by what they are for. */
struct StartFiles
{
    /** Databases to open (`podium dialogues.podium`); more than one is a usage error. */
    QStringList databases;
    /**
     * Calendars (.ics) and registration lists (.csv) to import, in the
     * order given, once the window is open on the database (the default
     * one unless a database is named too): `podium invitation.ics`.
     */
    QStringList imports;
};

/**
 * Sorts the positional arguments of `podium FILE…` by name
 * (DroppedFile::isImportName()): imports, and anything else as a database
 * to open, which Database::open() checks and refuses with its reason.
 */
StartFiles splitStartFiles(const QStringList &positional);

} // namespace Podium::Gui
