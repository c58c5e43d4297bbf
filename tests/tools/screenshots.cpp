// Grabs the main window's views with the demo data into PNG files, for
// docs/screenshots/. Uses the program's own window classes on a fresh demo
// database:  podium-screenshots OUTPUT_DIR
#include "checkindialog.h"
#include "domain/demodata.h"
#include "eventworkspace.h"
#include "mainwindow.h"
#include "models/statisticsmodel.h"
#include "persondialog.h"
#include "settingsdialog.h"
#include "statisticsview.h"
#include "storage/database.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Podium;

namespace {

// Runs the event loop until the statistics (counted in the background) are
// ready, so that a picture never shows "…" for a figure; at most 10 s.
void waitForStatistics(MainWindow &window)
{
    QElapsedTimer timer;
    timer.start();
    auto *view = window.findChild<StatisticsView *>();
    while (view && view->model()->state() != StatisticsModel::State::Ready &&
           timer.elapsed() < 10000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

} // namespace

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
        {MainWindow::AttendeesView, QStringLiteral("attendees")},
        {MainWindow::HomePage, QStringLiteral("home")},
        {MainWindow::StatisticsPage, QStringLiteral("statistics")}};
    int failures = 0;
    for (const auto &[view, name] : views) {
        window.showView(view);
        // Let layouts and the first rows settle before grabbing.
        for (int i = 0; i < 20; ++i)
            QApplication::processEvents();
        if (view == MainWindow::StatisticsPage)
            waitForStatistics(window);
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

    // The model event's workspace: its details and its programme.
    const qint64 model =
        window.database()
            .scalar(QStringLiteral(
                "SELECT id FROM event WHERE title_en = 'Can cities save the world?'"))
            .toLongLong();
    EventWorkspace *workspace = window.openWorkspace(model);
    workspace->resize(1080, 780);
    workspace->showTab(EventWorkspace::DetailsTab);
    grabDialog(*workspace, QStringLiteral("event-details"));
    workspace->showTab(EventWorkspace::ProgrammeTab);
    workspace->programmeView()->selectRow(2);
    grabDialog(*workspace, QStringLiteral("event-programme"));
    // The documents: a briefing kept in the database beside the demo's link.
    {
        const QString briefing = dir.filePath(QStringLiteral("Briefing for the panel.txt"));
        QFile file(briefing);
        if (file.open(QIODevice::WriteOnly))
            file.write("Questions for the panel, seating plan and timings.\n");
        file.close();
        workspace->addDocumentFile(briefing, DocumentKind::Background);
        workspace->showTab(EventWorkspace::DocumentsTab);
        workspace->documentsTable()->setCurrentCell(workspace->documentsTable()->rowCount() - 1, 0);
        grabDialog(*workspace, QStringLiteral("event-documents"));
    }
    workspace->close();

    // Check-in on the day, a few letters typed.
    const qint64 twinned =
        window.database()
            .scalar(QStringLiteral("SELECT id FROM event WHERE title_en LIKE 'Twinned%'"))
            .toLongLong();
    CheckInDialog *checkIn = window.openCheckIn(twinned);
    checkIn->searchEdit()->setText(QStringLiteral("ma"));
    grabDialog(*checkIn, QStringLiteral("checkin"));
    checkIn->close();

    // The statistics under a dark palette, which must stay readable.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    QApplication::setPalette(dark);
    window.showView(MainWindow::StatisticsPage);
    for (int i = 0; i < 20; ++i)
        QApplication::processEvents();
    waitForStatistics(window);
    const QString darkFile = out + QStringLiteral("/statistics-dark.png");
    if (!window.grab().save(darkFile)) {
        std::fprintf(stderr, "podium-screenshots: cannot write %s\n", qPrintable(darkFile));
        ++failures;
    } else {
        std::printf("wrote %s\n", qPrintable(darkFile));
    }
    return failures ? 1 : 0;
}
