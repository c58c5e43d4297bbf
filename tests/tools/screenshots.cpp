// Grabs the main window's views with the demo data into PNG files, for
// docs/screenshots/. Uses the program's own window classes on a fresh demo
// database:  podium-screenshots OUTPUT_DIR
#include "domain/demodata.h"
#include "mainwindow.h"
#include "persondialog.h"
#include "settingsdialog.h"
#include "storage/database.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Podium;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Podium"));
    QApplication::setApplicationName(QStringLiteral("Podium"));
    if (argc != 2) {
        std::fprintf(stderr, "usage: podium-screenshots OUTPUT_DIR\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    QTemporaryDir dir;
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(dir.filePath(QStringLiteral("podium.podium")), options);
    QString error;
    if (!opened.database || !DemoData::populate(*opened.database, QDate::currentDate(), &error)) {
        std::fprintf(stderr, "podium-screenshots: %s\n", qPrintable(opened.message + error));
        return 1;
    }
    MainWindow window(std::move(opened.database));
    window.resize(1200, 720);
    window.show();
    const QList<QPair<MainWindow::View, QString>> views{
        {MainWindow::EventsView, QStringLiteral("events")},
        {MainWindow::PeopleView, QStringLiteral("people")},
        {MainWindow::OrganisationsView, QStringLiteral("organisations")},
        {MainWindow::AttendeesView, QStringLiteral("attendees")}};
    int failures = 0;
    for (const auto &[view, name] : views) {
        window.showView(view);
        // Let layouts and the first rows settle before grabbing.
        for (int i = 0; i < 20; ++i)
            QApplication::processEvents();
        const QString file = out + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "podium-screenshots: cannot write %s\n", qPrintable(file));
            ++failures;
        } else {
            std::printf("wrote %s\n", qPrintable(file));
        }
    }
    // The forms, as a planner opens them.
    auto grabDialog = [&](QDialog &dialog, const QString &name) {
        dialog.show();
        for (int i = 0; i < 20; ++i)
            QApplication::processEvents();
        const QString file = out + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!dialog.grab().save(file)) {
            std::fprintf(stderr, "podium-screenshots: cannot write %s\n", qPrintable(file));
            ++failures;
        } else {
            std::printf("wrote %s\n", qPrintable(file));
        }
        dialog.hide();
    };
    const qint64 laura =
        window.database()
            .scalar(QStringLiteral("SELECT id FROM person WHERE family_name = 'Valdés Cano'"))
            .toLongLong();
    PersonDialog person(window.database(), window.undoStack(), laura, &window);
    grabDialog(person, QStringLiteral("person-form"));
    SettingsDialog settings(window.database(), window.undoStack(), &window);
    grabDialog(settings, QStringLiteral("organisation-settings"));
    return failures ? 1 : 0;
}
