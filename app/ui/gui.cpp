#include "gui.h"

#include "domain/demodata.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

#include <cstdio>

namespace Podium::Gui {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/podium.podium");
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
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (!path.isEmpty() && !positional.isEmpty())) {
        std::fprintf(stderr, "podium: give one database to open. See podium --help.\n");
        return 2;
    }
    if (path.isEmpty() && !positional.isEmpty())
        path = positional.first();

    Database::OpenResult opened = path.isEmpty() ? openDefault() : Database::open(path, {});
    if (!opened.database) {
        std::fprintf(stderr, "podium: %s\n", qPrintable(opened.message));
        QMessageBox::critical(nullptr, QObject::tr("Podium"), opened.message);
        return 1;
    }

    MainWindow window(std::move(opened.database));
    window.show();
    return QApplication::exec();
}

} // namespace Podium::Gui
