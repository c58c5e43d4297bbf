// The main window driven as a user drives it: switching views, typing into
// the search fields, choosing filters.
#include "backendwidgettest.h"
#include "backgroundbackup.h"
#include "backup/backups.h"
#include "connectserverdialog.h"
#include "domain/demodata.h"
#include "homeview.h"
#include "mainwindow.h"
#include "models/pagedsqlmodel.h"
#include "models/recordcommands.h"
#include "models/statisticsmodel.h"
#include "preferences.h"
#include "recordview.h"
#include "server/databaselocation.h"
#include "statisticsview.h"
#include "storage/database.h"
#include "storage/sqlscript.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Podium;

// Waits for the figures of the statistics' latest refresh, counted in the background.
#define WAIT_FOR_FIGURES(model)                                                                    \
    QTRY_COMPARE_WITH_TIMEOUT((model).state(), StatisticsModel::State::Ready, 60000)

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsFourViewsWithData();
    void searchAsYouType_data();
    void searchAsYouType();
    void filtersNarrowTheViews();
    void viewShortcutsSwitch();
    void remembersLayoutAndDatabase();
    void recentAddressWithPasswordIsDropped();
    void eventMenuAndContextMenu();
    void homeAndStatisticsReadWhenShown();
    void dailyBackupWaitsForTheFirstPaint();
    void longFiltersAreNotMeasuredEntryByEntry();
    void upgradedFileNamesItsCopy();

private:
    /** A window on the demo database that opens on the Events view, shown. */
    void openOnEventsView();
    std::unique_ptr<Database> openDemo();

    QTemporaryDir m_dir;
    Testing::TestDatabases m_databases;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PodiumTest"));
    QApplication::setApplicationName(QStringLiteral("PodiumTest"));
    QSettings().clear();
    auto opened = m_databases.create(QStringLiteral("demo.podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_path = m_databases.lastLocation();
    QString error;
    QVERIFY2(DemoData::populate(*opened.database, QDate(2026, 11, 29), &error), qPrintable(error));
}

std::unique_ptr<Database> TestMainWindow::openDemo()
{
    auto opened = Database::open(m_path, {});
    return std::move(opened.database);
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>(openDemo());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::showsFourViewsWithData()
{
    const Database &db = m_window->database();
    const QList<QPair<MainWindow::View, QString>> views{
        {MainWindow::EventsView, QStringLiteral("event")},
        {MainWindow::PeopleView, QStringLiteral("person")},
        {MainWindow::OrganisationsView, QStringLiteral("organisation")},
        {MainWindow::AttendeesView, QStringLiteral("registration")}};
    for (const auto &[view, table] : views) {
        m_window->showView(view);
        RecordView *rv = m_window->recordView(view);
        QVERIFY(rv->isVisible());
        QCOMPARE(rv->tableView()->model()->rowCount(),
                 db.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt());
        QVERIFY(!rv->tableView()
                     ->model()
                     ->data(rv->tableView()->model()->index(0, 0))
                     .toString()
                     .isEmpty());
    }
}

void TestMainWindow::searchAsYouType_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expectedFirstCell");
    QTest::newRow("people: valdes")
        << int(MainWindow::PeopleView) << QStringLiteral("valdes") << QStringLiteral("Valdés Cano");
    QTest::newRow("organisations: metro")
        << int(MainWindow::OrganisationsView) << QStringLiteral("metro")
        << QStringLiteral("Metropolis");
    QTest::newRow("attendees: name in capitals")
        << int(MainWindow::AttendeesView) << QStringLiteral("KÖHLER") << QStringLiteral("Köhler");
}

void TestMainWindow::searchAsYouType()
{
    QFETCH(int, view);
    QFETCH(QString, typed);
    QFETCH(QString, expectedFirstCell);
    m_window->showView(MainWindow::View(view));
    RecordView *rv = m_window->recordView(MainWindow::View(view));
    const int before = rv->model()->rowCount();
    QTest::keyClicks(rv->searchEdit(), typed);
    // The filter waits for a pause in typing…
    QCOMPARE(rv->model()->rowCount(), before);
    // …and then applies it.
    QTRY_VERIFY_WITH_TIMEOUT(rv->model()->rowCount() < before, 3000);
    QCOMPARE(rv->model()->data(rv->model()->index(0, 0)).toString(), expectedFirstCell);
    rv->searchEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(rv->model()->rowCount(), before, 3000);
}

void TestMainWindow::filtersNarrowTheViews()
{
    const Database &db = m_window->database();
    RecordView *events = m_window->recordView(MainWindow::EventsView);
    auto *status = events->findChild<QComboBox *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(status);
    QCOMPARE(status->accessibleName(), QStringLiteral("Status"));
    status->setCurrentIndex(status->findData(QStringLiteral("cancelled")));
    QCOMPARE(
        events->model()->rowCount(),
        db.scalar(QStringLiteral("SELECT count(*) FROM event WHERE status = 'cancelled'")).toInt());

    RecordView *people = m_window->recordView(MainWindow::PeopleView);
    auto *speakers = people->findChild<QCheckBox *>();
    QVERIFY(speakers);
    speakers->setChecked(true);
    QCOMPARE(people->model()->rowCount(),
             db.scalar(QStringLiteral("SELECT count(DISTINCT person_id) FROM role")).toInt());

    RecordView *attendees = m_window->recordView(MainWindow::AttendeesView);
    const QList<QComboBox *> combos = attendees->findChildren<QComboBox *>();
    QComboBox *eventCombo = nullptr;
    QComboBox *statusCombo = nullptr;
    for (QComboBox *c : combos) {
        if (c->accessibleName() == QStringLiteral("Event"))
            eventCombo = c;
        if (c->accessibleName() == QStringLiteral("Status"))
            statusCombo = c;
    }
    QVERIFY(eventCombo && statusCombo);
    const qint64 dialogue =
        db.scalar(
              QStringLiteral("SELECT id FROM event WHERE title_en = 'Can cities save the world?'"))
            .toLongLong();
    eventCombo->setCurrentIndex(eventCombo->findData(dialogue));
    statusCombo->setCurrentIndex(statusCombo->findData(QStringLiteral("attended")));
    QCOMPARE(
        attendees->model()->rowCount(),
        db.scalar(
              QStringLiteral(
                  "SELECT count(*) FROM registration WHERE event_id = ? AND status = 'attended'"),
              {dialogue})
            .toInt());
    QVERIFY(attendees->model()->rowCount() > 0);
}

void TestMainWindow::viewShortcutsSwitch()
{
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("stack"));
    QVERIFY(stack);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(stack->currentIndex(), int(MainWindow::AttendeesView));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(stack->currentIndex(), int(MainWindow::PeopleView));
    // Ctrl+F puts the cursor into the current view's search field.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->recordView(MainWindow::PeopleView)->searchEdit()->hasFocus());
}

void TestMainWindow::remembersLayoutAndDatabase()
{
    m_window->showView(MainWindow::OrganisationsView);
    RecordView *orgs = m_window->recordView(MainWindow::OrganisationsView);
    orgs->tableView()->setColumnWidth(0, 333);
    m_window->close();
    m_window = std::make_unique<MainWindow>(openDemo());
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("stack"));
    QCOMPARE(stack->currentIndex(), int(MainWindow::OrganisationsView));
    QCOMPARE(m_window->recordView(MainWindow::OrganisationsView)->tableView()->columnWidth(0), 333);
    // A file is opened again at the next start, by its absolute path; a
    // server database, which may need a password, only goes into the recent
    // list, by its address.
    const QString remembered = QSettings().value(QStringLiteral("files/lastDatabase")).toString();
    if (Testing::TestDatabases::onServer()) {
        QVERIFY2(remembered.isEmpty(), qPrintable(remembered));
        const QString entry = DatabaseLocation::recentEntry(m_path);
        QVERIFY2(entry.startsWith(QStringLiteral("postgresql://")) &&
                     entry.contains(ServerAddress::parse(m_path)->databaseName()),
                 qPrintable(entry));
        QCOMPARE(Preferences::get(Preferences::recentDatabases).value(0), entry);
    } else {
        QCOMPARE(remembered, QFileInfo(m_path).absoluteFilePath());
    }
}

void TestMainWindow::recentAddressWithPasswordIsDropped()
{
    // An entry an earlier version may have kept, with a password in it, is
    // removed from the settings, not only hidden; the others stay in order.
    const QString clean = QStringLiteral("postgresql://anna@db.example.org:5432/podium");
    const QStringList before{QStringLiteral("postgresql://anna%3As3cret@db.example.org/podium"),
                             clean,
                             QStringLiteral("postgresql://anna:Xq7/Zv?K@w9@db.example.org/podium")};
    Preferences::set(Preferences::recentDatabases, before);
    m_window->close();
    m_window = std::make_unique<MainWindow>(openDemo());
    const QStringList after = Preferences::get(Preferences::recentDatabases);
    QVERIFY2(after.contains(clean), qPrintable(after.join(QLatin1Char(' '))));
    for (const QString &entry : after)
        QVERIFY2(!entry.contains(QStringLiteral("s3cret")) &&
                     !entry.contains(QStringLiteral("Xq7")),
                 qPrintable(entry));
    const QMenu *recentMenu = m_window->findChild<QMenu *>(QStringLiteral("menuRecent"));
    QVERIFY(recentMenu);
    for (const QAction *action : recentMenu->actions())
        QVERIFY2(!action->text().contains(QStringLiteral("s3cret")), qPrintable(action->text()));
}

void TestMainWindow::eventMenuAndContextMenu()
{
    QMenu *menu = m_window->eventMenu();
    QVERIFY(menu);
    QStringList names;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            names << a->objectName();
    }
    const QStringList expected{QStringLiteral("newEventAction"),
                               QStringLiteral("openWorkspaceAction"),
                               QStringLiteral("duplicateEventAction"),
                               QStringLiteral("checkInAction"),
                               QStringLiteral("actionExportCalendar"),
                               QStringLiteral("printPreviewAction"),
                               QStringLiteral("printAction"),
                               QStringLiteral("exportProgrammePdfAction"),
                               QStringLiteral("exportProgrammeHtmlAction"),
                               QStringLiteral("exportSignInAction"),
                               QStringLiteral("exportParticipantsAction"),
                               QStringLiteral("exportBadgesAction")};
    QCOMPARE(names, expected);
    // Opening a database again makes the calendar and print actions anew
    // (they hold the connection) without piling up entries or separators.
    const int entries = menu->actions().size();
    const QList<QAction *> recent =
        m_window->findChild<QMenu *>(QStringLiteral("menuRecent"))->actions();
    QVERIFY(!recent.isEmpty());
    // A server database in the list opens at once when the server lets us
    // in without a typed password (the test server: no password, or one in
    // PGPASSFILE as in ~/.pgpass); the connection dialog is not shown.
    bool dialogShown = false;
    const Database *before = &m_window->database();
    QTimer watch; // on the stack: it never fires after this test
    watch.setSingleShot(true);
    connect(&watch, &QTimer::timeout, this, [&dialogShown] {
        if (auto *dialog = qobject_cast<ConnectServerDialog *>(QApplication::activeModalWidget())) {
            dialogShown = true;
            dialog->reject();
        }
    });
    watch.start(0);
    recent.first()->trigger();
    QVERIFY(!dialogShown);
    QVERIFY(&m_window->database() != before);
    QCOMPARE(m_window->database().path(), Testing::TestDatabases::onServer()
                                              ? DatabaseLocation::recentEntry(m_path)
                                              : QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(menu->actions().size(), entries);
    names.clear();
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            names << a->objectName();
    }
    QCOMPARE(names, expected);
    // The events table offers the main ones on its context menu.
    QTableView *table = m_window->recordView(MainWindow::EventsView)->tableView();
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList contextNames;
    for (QAction *a : table->actions())
        contextNames << a->objectName();
    QVERIFY2(contextNames.contains(QStringLiteral("openWorkspaceAction")) &&
                 contextNames.contains(QStringLiteral("actionExportCalendar")) &&
                 contextNames.contains(QStringLiteral("exportProgrammePdfAction")),
             qPrintable(contextNames.join(QLatin1Char(' '))));
    // Without a selection the actions say so instead of acting.
    m_window->showView(MainWindow::EventsView);
    table->clearSelection();
    table->setCurrentIndex(QModelIndex());
    QVERIFY(m_window->selectedEventIds().isEmpty());
    menu->actions().at(1)->trigger();
    QVERIFY(!m_window->findChild<QDialog *>());
    // Double-clicking an event opens its workspace (Edit Selected does too).
    const qint64 id = m_window->database()
                          .scalar(QStringLiteral("SELECT id FROM event WHERE title_en = 'Can "
                                                 "cities save the world?'"))
                          .toLongLong();
    QVERIFY(m_window->selectRecord(MainWindow::EventsView, id));
    QCOMPARE(m_window->selectedEventIds(), QList<qint64>{id});
    m_window->editSelected();
    auto *workspace = m_window->findChild<QDialog *>(QStringLiteral("EventWorkspace"));
    QVERIFY(workspace);
    QVERIFY(workspace->isVisible());
    QVERIFY(workspace->windowTitle().contains(QStringLiteral("Can cities save the world?")));
    workspace->close();
}

void TestMainWindow::openOnEventsView()
{
    m_window.reset();
    Preferences::set(Preferences::currentView, int(MainWindow::EventsView));
    m_window = std::make_unique<MainWindow>(openDemo());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->currentView(), MainWindow::EventsView);
}

// A file of an older schema is upgraded when it is opened; the window says
// so and names the copy kept beside it, as the command line does.
void TestMainWindow::upgradedFileNamesItsCopy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.podium"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-1"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QFile script(QStringLiteral(":/sql/0001_initial.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QSqlQuery q(raw);
        for (const QString &statement : splitSqlScript(QString::fromUtf8(script.readAll())))
            QVERIFY2(q.exec(statement), qPrintable(statement));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-1"));

    auto opened = Database::open(path, {});
    QVERIFY2(opened.database, qPrintable(opened.message));
    const QString copy = opened.database->migrationBackupPath();
    QVERIFY(!copy.isEmpty());
    QVERIFY(QFile::exists(copy));
    MainWindow window(std::move(opened.database));
    const QString status = window.statusBar()->currentMessage();
    QVERIFY2(status.contains(QStringLiteral("Upgraded for this version of Podium")),
             qPrintable(status));
    QVERIFY2(status.contains(QDir::toNativeSeparators(copy)), qPrintable(status));

    // The file as it is now opens without a word about an upgrade.
    m_window.reset();
    MainWindow again(openDemo());
    QVERIFY(!again.statusBar()->currentMessage().contains(QStringLiteral("Upgraded")));
}

void TestMainWindow::homeAndStatisticsReadWhenShown()
{
    openOnEventsView();
    auto *home = m_window->findChild<HomeView *>();
    auto *statistics = m_window->findChild<StatisticsView *>();
    QVERIFY(home && statistics);
    StatisticsModel *figures = statistics->model();
    auto registrations = [this] {
        return m_window->database()
            .scalar(QStringLiteral(
                "SELECT count(*) FROM registration r JOIN event e ON e.id = r.event_id "
                "WHERE e.status <> 'cancelled' AND r.status IN ('registered', 'waitlisted', "
                "'confirmed', 'attended', 'no_show')"))
            .toInt();
    };
    // Opened on the Events view, the window has read neither.
    QCoreApplication::processEvents();
    QVERIFY(!home->isLoaded());
    QCOMPARE(figures->state(), StatisticsModel::State::NotCounted);

    // An edit refreshes every view, still without reading them.
    const qint64 id =
        m_window->database()
            .scalar(QStringLiteral("SELECT r.id FROM registration r JOIN event e ON e.id = "
                                   "r.event_id WHERE e.status <> 'cancelled' AND r.status = "
                                   "'registered' ORDER BY r.id"))
            .toLongLong();
    QVERIFY(id);
    const int before = registrations();
    auto *remove = new DeleteRecordCommand(m_window->database(), QStringLiteral("registration"), id,
                                           QStringLiteral("Delete registration"), {});
    QString error;
    QVERIFY2(remove->execute(&error), qPrintable(error));
    m_window->undoStack()->push(remove);
    QCoreApplication::processEvents();
    QVERIFY(!home->isLoaded());
    QCOMPARE(figures->state(), StatisticsModel::State::NotCounted);
    QCOMPARE(figures->backgroundCounts(), 0);

    // Shown, the statistics are counted in the background and arrive right.
    m_window->showView(MainWindow::StatisticsPage);
    QCOMPARE(figures->state(), StatisticsModel::State::Counting);
    WAIT_FOR_FIGURES(*figures);
    QCOMPARE(figures->backgroundCounts(), 1);
    QCOMPARE(figures->total().registrations, before - 1);

    // Undone while they are shown: counted again at once.
    m_window->undoStack()->undo();
    QCOMPARE(figures->state(), StatisticsModel::State::Counting);
    WAIT_FOR_FIGURES(*figures);
    QCOMPARE(figures->total().registrations, before);

    // Redone while another view is shown: counted when they are shown again.
    m_window->showView(MainWindow::EventsView);
    m_window->undoStack()->redo();
    QCoreApplication::processEvents();
    QCOMPARE(figures->backgroundCounts(), 2);
    m_window->showView(MainWindow::StatisticsPage);
    QCOMPARE(figures->state(), StatisticsModel::State::Counting);
    WAIT_FOR_FIGURES(*figures);
    QCOMPARE(figures->backgroundCounts(), 3);
    QCOMPARE(figures->total().registrations, before - 1);

    // Home reads its lists when it is first shown.
    m_window->showView(MainWindow::HomePage);
    QVERIFY(home->isLoaded());
    QCOMPARE(home->changesList()->topLevelItem(0)->text(HomeView::KindColumn),
             QStringLiteral("Registration"));
    QCOMPARE(home->changesList()->topLevelItem(0)->text(HomeView::ActionColumn),
             QStringLiteral("Deleted"));
}

void TestMainWindow::dailyBackupWaitsForTheFirstPaint()
{
    // A copy of the database that has no backup yet: the daily one is due.
    const QString path = m_dir.filePath(QStringLiteral("backup-after-paint.podium"));
    QFile::remove(path);
    QString error;
    QVERIFY2(m_window->database().saveCopy(path, &error), qPrintable(error));
    QVERIFY(Backups::list(path).isEmpty());
    m_window.reset();

    auto opened = Database::open(path, {});
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_window = std::make_unique<MainWindow>(std::move(opened.database));
    BackgroundBackup *backup = m_window->backgroundBackup();
    QVERIFY(backup);
    // Opening the window only schedules it; showing it does not start it either.
    QVERIFY(backup->isScheduled());
    m_window->show();
    QVERIFY(backup->isScheduled());
    QVERIFY(backup->isRunning());
    // Once the window has painted itself, the backup runs.
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!backup->isRunning(), 60000);
    QVERIFY(!backup->isScheduled());
    const QList<Backups::Backup> taken = Backups::list(path);
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken.first().reason, Backups::Reason::Daily);
    m_window.reset();
    for (const Backups::Backup &b : taken)
        QFile::remove(b.path);
    QFile::remove(path);
}

void TestMainWindow::longFiltersAreNotMeasuredEntryByEntry()
{
    // The filters that list every event or organisation are as wide as a
    // number of characters: measuring thousands of entries was most of what
    // the window did before its first paint on a large database.
    RecordView *attendees = m_window->recordView(MainWindow::AttendeesView);
    RecordView *people = m_window->recordView(MainWindow::PeopleView);
    QComboBox *events = nullptr;
    QComboBox *organisations = nullptr;
    for (QComboBox *combo : attendees->findChildren<QComboBox *>()) {
        if (combo->accessibleName() == QStringLiteral("Event"))
            events = combo;
    }
    for (QComboBox *combo : people->findChildren<QComboBox *>()) {
        if (combo->accessibleName() == QStringLiteral("Organisation"))
            organisations = combo;
    }
    QVERIFY(events && organisations);
    for (QComboBox *combo : {events, organisations}) {
        QCOMPARE(combo->sizeAdjustPolicy(), QComboBox::AdjustToMinimumContentsLengthWithIcon);
        QVERIFY(combo->minimumContentsLength() >= 20);
        // Wide enough for a readable title or name.
        QVERIFY2(combo->sizeHint().width() >= 20 * combo->fontMetrics().averageCharWidth(),
                 qPrintable(QString::number(combo->sizeHint().width())));
    }
}

// dailyBackupWaitsForTheFirstPaint: daily backups are copies beside a file.
PODIUM_BACKEND_WIDGET_TEST_MAIN(TestMainWindow,
                                QStringList{QStringLiteral("dailyBackupWaitsForTheFirstPaint")})
#include "tst_mainwindow.moc"
