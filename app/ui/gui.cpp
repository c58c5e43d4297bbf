#include "gui.h"

#include "domain/demodata.h"
#include "mainwindow.h"
#include "preferences.h"
#include "restorebackupdialog.h"
#include "startupprobe.h"
#include "storage/database.h"
#include "util/droppedfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace Podium::Gui {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/podium.podium");
}

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("podium_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        // podium_de.qm -> de
        const QString language = file.mid(7, file.size() - 7 - 3);
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

QString chooseLanguage(const QStringList &preferred, const QStringList &available)
{
    for (const QString &name : preferred) {
        // "de-DE", "de_DE" and "de" all mean German.
        const QString language =
            name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString interfaceLanguage()
{
    const QStringList available = availableLanguages();
    const QString chosen = Preferences::get(Preferences::interfaceLanguage);
    if (!chosen.isEmpty() && available.contains(chosen))
        return chosen;
    return chooseLanguage(QLocale::system().uiLanguages(), available);
}

namespace {

// The translators installed by installTranslations(), owned by the
// application object.
QList<QTranslator *> &installedTranslators()
{
    static QList<QTranslator *> translators;
    return translators;
}

} // namespace

bool installTranslations(const QString &language)
{
    QList<QTranslator *> &installed = installedTranslators();
    for (QTranslator *translator : std::as_const(installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed.clear();

    // English is the language of the code; its file holds only the plural
    // forms of texts with a count ("1 event", "2 events").
    const bool english = language == QLatin1StringView("en");
    auto *podium = new QTranslator(QCoreApplication::instance());
    if (!podium->load(QStringLiteral("podium_") + language, QStringLiteral(":/i18n"))) {
        delete podium;
        QLocale::setDefault(QLocale::system());
        return english;
    }
    QCoreApplication::installTranslator(podium);
    installed.append(podium);
    // Dates, times, numbers and the order of names follow the interface
    // language too: the system's own locale where it speaks that language
    // (de_AT, en_GB), otherwise the language's main one.
    const QLocale system = QLocale::system();
    const QLocale chosen(language);
    QLocale::setDefault(system.language() == chosen.language() ? system : chosen);
    if (english)
        return true;

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed.append(qt);
    } else {
        delete qt;
    }
    return true;
}

StartFiles splitStartFiles(const QStringList &positional)
{
    StartFiles files;
    for (const QString &argument : positional) {
        if (DroppedFile::isImportName(argument))
            files.imports.append(argument);
        else
            files.databases.append(argument);
    }
    return files;
}

namespace {

// Opens the default database, creating its folder and the database with the
// demo data on the first start.
Database::OpenResult openDefault()
{
    const QString path = defaultDatabasePath();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        Database::OpenResult r;
        r.error = Database::ErrorKind::Failed;
        r.message = QObject::tr("Cannot create the folder %1.")
                        .arg(QDir::toNativeSeparators(info.absolutePath()));
        return r;
    }
    const bool firstStart = !info.exists();
    Database::OpenOptions options;
    options.create = firstStart;
    auto result = Database::open(path, options);
    if (result.database && firstStart) {
        QString error;
        if (!DemoData::populate(*result.database, QDate::currentDate(), &error)) {
            result.database.reset();
            QFile::remove(path);
            result.error = Database::ErrorKind::Failed;
            result.message =
                QObject::tr("Cannot add the demo data to the new database: %1").arg(error);
        }
    }
    return result;
}

} // namespace

int run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Podium"));
    QApplication::setApplicationName(QStringLiteral("Podium"));
    QApplication::setApplicationDisplayName(QStringLiteral("Podium"));
    QApplication::setApplicationVersion(QStringLiteral(PODIUM_VERSION));
    // The desktop finds the .desktop file, and with it the icon, by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral(PODIUM_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PODIUM_APP_ID),
                                                 QIcon(QStringLiteral(":/icons/podium.svg"))));
    // The toolbar's icons come from the desktop's icon theme. Where none is
    // set (a bare X session), Adwaita, if installed, stands in; otherwise
    // the style's own pictures do.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1StringView("hicolor"))
        QIcon::setThemeName(QStringLiteral("Adwaita"));

    const QString language = interfaceLanguage();
    if (!installTranslations(language))
        std::fprintf(stderr, "podium: no translation into \"%s\" is built in.\n",
                     qPrintable(language));

    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(
        QStringLiteral("database"), QObject::tr("The database to open."), QStringLiteral("FILE")));
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The database to open."),
                                 QStringLiteral("[FILE]"));
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "podium: %s See podium --help.\n", qPrintable(parser.errorText()));
        return 2;
    }
    QString path = parser.value(QStringLiteral("database"));
    // Calendars and registration lists named on the command line are
    // imported once the window is open, as if dropped on it.
    const StartFiles startFiles = splitStartFiles(parser.positionalArguments());
    const QStringList positional = startFiles.databases;
    if (positional.size() > 1 || (!path.isEmpty() && !positional.isEmpty())) {
        std::fprintf(stderr, "podium: give one database to open. See podium --help.\n");
        return 2;
    }
    if (path.isEmpty() && !positional.isEmpty())
        path = positional.first();

    Database::OpenResult opened = path.isEmpty() ? openDefault() : Database::open(path, {});
    // A damaged file with backups: offer to restore the newest.
    opened = RestoreBackupDialog::recoverDamaged(
        nullptr, path.isEmpty() ? defaultDatabasePath() : path, std::move(opened));
    if (!opened.database) {
        std::fprintf(stderr, "podium: %s\n", qPrintable(opened.message));
        QMessageBox::critical(nullptr, QObject::tr("Podium"), opened.message);
        return 1;
    }

    MainWindow window(std::move(opened.database));
    // PODIUM_START_VIEW, PODIUM_EXIT_AFTER_FIRST_PAINT: for the start-up benchmark.
    StartupProbe::install(window);
    window.show();
    if (!startFiles.imports.isEmpty()) {
        QTimer::singleShot(0, &window,
                           [&window, imports = startFiles.imports] { window.openFiles(imports); });
    }
    return QApplication::exec();
}

} // namespace Podium::Gui
