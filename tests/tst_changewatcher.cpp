// Two connections on one file, as with two Podium windows or a window and
// the command line: a write on one is noticed by the ChangeWatcher of the
// other, once, and never for the connection's own writes; the main window
// reads its views again when it fires.
//
// The functions about SQLite's data_version run on files only. One
// (mainWindowSeesOtherConnection) also runs on a PostgreSQL server when
// PODIUM_TEST_SERVER is set, where the watcher listens for the server's
// notifications instead; tst_postgres checks the watcher itself there.
#include "domain/demodata.h"
#include "domain/event.h"
#include "domain/eventrepository.h"
#include "domain/person.h"
#include "domain/personrepository.h"
#include "eventworkspace.h"
#include "mainwindow.h"
#include "models/changewatcher.h"
#include "models/pagedsqlmodel.h"
#include "podiumrun.h"
#include "recordview.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;
using Podium::Testing::TestDatabases;

namespace {

qint64 addPerson(Database &db, const QString &familyName)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return 0;
    Person person;
    person.givenName = QStringLiteral("Ada");
    person.familyName = familyName;
    if (!PersonRepository(db).insert(person) || !transaction.commit())
        return 0;
    return person.id;
}

} // namespace

class TestChangeWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noticesOtherConnectionOnce();
    void ownWritesAreNotReported();
    void readOnlyConnectionNoticesToo();
    void timerChecksByItself();
    void mainWindowShowsPersonAddedElsewhere();
    void workspaceReadsAgainButKeepsUnsavedEdits();
    void mainWindowSeesOtherConnection();
    void anotherProcessIsSeenAndNotOverwritten();

private:
    std::unique_ptr<Database> open(bool readOnly = false);

    QTemporaryDir m_dir;
    QString m_path;
    TestDatabases m_databases;
};

std::unique_ptr<Database> TestChangeWatcher::open(bool readOnly)
{
    Database::OpenOptions options;
    options.readOnly = readOnly;
    auto opened = Database::open(m_path, options);
    if (!opened.database)
        qWarning("%s", qPrintable(opened.message));
    return std::move(opened.database);
}

void TestChangeWatcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PodiumTest"));
    QApplication::setApplicationName(QStringLiteral("PodiumChangeWatcherTest"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("shared.podium"));
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(m_path, options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    QString error;
    QVERIFY2(DemoData::populate(*opened.database, QDate(2026, 11, 29), &error), qPrintable(error));
    QCOMPARE(opened.database->journalMode(), QStringLiteral("wal"));
}

void TestChangeWatcher::noticesOtherConnectionOnce()
{
    auto window = open();
    auto other = open();
    QVERIFY(window && other);
    ChangeWatcher watcher(*window);
    watcher.stop(); // looked at by hand below
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);

    QVERIFY(!watcher.check());
    QCOMPARE(spy.count(), 0);

    QVERIFY(addPerson(*other, QStringLiteral("Elsewhere")) > 0);
    QVERIFY(watcher.check());
    QCOMPARE(spy.count(), 1);
    // Once per change, not on every look after it.
    QVERIFY(!watcher.check());
    QVERIFY(!watcher.check());
    QCOMPARE(spy.count(), 1);

    // Two commits between two looks: one signal.
    QVERIFY(addPerson(*other, QStringLiteral("Elsewhere 2")) > 0);
    QVERIFY(addPerson(*other, QStringLiteral("Elsewhere 3")) > 0);
    QVERIFY(watcher.check());
    QCOMPARE(spy.count(), 2);

    // A transaction rolled back on the other side changes nothing.
    {
        Transaction transaction(*other);
        QVERIFY(transaction.isActive());
        Person person;
        person.familyName = QStringLiteral("Rolled back");
        QVERIFY(PersonRepository(*other).insert(person));
        transaction.rollback();
    }
    QVERIFY(!watcher.check());
    QCOMPARE(spy.count(), 2);
}

void TestChangeWatcher::ownWritesAreNotReported()
{
    // SQLite's data_version moves only for commits of other connections:
    // the window's own edits (shown through the undo stack) never fire.
    auto window = open();
    QVERIFY(window);
    ChangeWatcher watcher(*window);
    watcher.stop();
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);
    QVERIFY(!watcher.check());
    for (int i = 0; i < 5; ++i)
        QVERIFY(addPerson(*window, QStringLiteral("Own %1").arg(i)) > 0);
    QVERIFY(window->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QVERIFY(!watcher.check());
    QCOMPARE(spy.count(), 0);

    // The other connection still sees the window's writes as a change.
    auto other = open();
    QVERIFY(other);
    ChangeWatcher otherWatcher(*other);
    otherWatcher.stop();
    QVERIFY(!otherWatcher.check());
    QVERIFY(addPerson(*window, QStringLiteral("Own 6")) > 0);
    QVERIFY(otherWatcher.check());
    QVERIFY(!watcher.check());
}

void TestChangeWatcher::readOnlyConnectionNoticesToo()
{
    auto reader = open(true);
    auto writer = open();
    QVERIFY(reader && writer);
    QVERIFY(reader->isReadOnly());
    ChangeWatcher watcher(*reader);
    watcher.stop();
    QVERIFY(!watcher.check());
    QVERIFY(addPerson(*writer, QStringLiteral("Seen by a reader")) > 0);
    QVERIFY(watcher.check());
}

void TestChangeWatcher::timerChecksByItself()
{
    auto window = open();
    auto other = open();
    QVERIFY(window && other);
    ChangeWatcher watcher(*window);
    QVERIFY(watcher.isActive());
    QCOMPARE(watcher.interval(), ChangeWatcher::defaultIntervalMs);
    watcher.setInterval(50);
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);
    QTest::qWait(200);
    QCOMPARE(spy.count(), 0); // nothing changed: no signal however often it looks
    QVERIFY(addPerson(*other, QStringLiteral("Timer")) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    QTest::qWait(200);
    QCOMPARE(spy.count(), 1);
}

void TestChangeWatcher::mainWindowShowsPersonAddedElsewhere()
{
    MainWindow window(open());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::PeopleView);
    auto *watcher = window.findChild<ChangeWatcher *>();
    QVERIFY(watcher);
    QVERIFY(watcher->isActive());
    watcher->setInterval(50);

    RecordView *people = window.recordView(MainWindow::PeopleView);
    const int before = people->model()->rowCount();
    QVERIFY(before > 0);
    // A selected row stays selected across the reload.
    QVERIFY(window.selectRecord(MainWindow::PeopleView, people->model()->idAt(0)));
    const qint64 selected = window.selectedId();
    QVERIFY(selected > 0);

    auto other = open();
    QVERIFY(other);
    const qint64 id = addPerson(*other, QStringLiteral("Aaberg Added Elsewhere"));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(people->model()->rowCount(), before + 1, 10000);
    QVERIFY(people->model()->rowOfLoadedId(id) >= 0);
    QCOMPARE(window.selectedId(), selected);

    // The window's own edit does not make the watcher reload again.
    QSignalSpy spy(watcher, &ChangeWatcher::changed);
    QVERIFY(addPerson(window.database(), QStringLiteral("Own Edit")) > 0);
    QTest::qWait(300);
    QCOMPARE(spy.count(), 0);
}

void TestChangeWatcher::workspaceReadsAgainButKeepsUnsavedEdits()
{
    MainWindow window(open());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *watcher = window.findChild<ChangeWatcher *>();
    QVERIFY(watcher);
    watcher->setInterval(50);

    auto other = open();
    QVERIFY(other);
    const qint64 id = other->scalar(QStringLiteral("SELECT min(id) FROM event")).toLongLong();
    QVERIFY(id > 0);
    const auto rename = [&](const QString &title) {
        Transaction transaction(*other);
        EventRepository events(*other);
        std::optional<Event> event = events.find(id);
        if (!event)
            return false;
        event->title.en = title;
        return events.update(*event) && transaction.commit();
    };

    EventWorkspace *workspace = window.openWorkspace(id);
    QVERIFY(workspace);
    auto *title = workspace->findChild<QLineEdit *>(QStringLiteral("titleEnEdit"));
    QVERIFY(title);
    QVERIFY(!workspace->isModified());

    // Nothing typed: the form shows what the other process saved.
    QVERIFY(rename(QStringLiteral("Renamed elsewhere")));
    QTRY_COMPARE_WITH_TIMEOUT(title->text(), QStringLiteral("Renamed elsewhere"), 10000);
    QVERIFY(!workspace->isModified());

    // Unsaved edits are never replaced by what another process saved.
    title->setText(QStringLiteral("Typed here, not saved yet"));
    QVERIFY(workspace->isModified());
    QSignalSpy spy(watcher, &ChangeWatcher::changed);
    QVERIFY(rename(QStringLiteral("Renamed elsewhere again")));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
    QCOMPARE(title->text(), QStringLiteral("Typed here, not saved yet"));
    QVERIFY(workspace->isModified());
}

// On either backend: a person added through another connection appears in
// the main window's list, and the window's own edit does not make it read
// again.
void TestChangeWatcher::mainWindowSeesOtherConnection()
{
    auto created = m_databases.create(QStringLiteral("both.podium"));
    QVERIFY2(created.database, qPrintable(created.message));
    QString error;
    QVERIFY2(DemoData::populate(*created.database, QDate(2026, 11, 29), &error), qPrintable(error));
    MainWindow window(std::move(created.database));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::PeopleView);
    auto *watcher = window.findChild<ChangeWatcher *>();
    QVERIFY(watcher);
    QVERIFY(watcher->isActive());
    QCOMPARE(watcher->isListening(), TestDatabases::onServer());
    watcher->setInterval(50);
    RecordView *people = window.recordView(MainWindow::PeopleView);
    const int before = people->model()->rowCount();
    QVERIFY(before > 0);

    auto other = Database::open(m_databases.lastLocation(), Database::OpenOptions{});
    QVERIFY2(other.database, qPrintable(other.message));
    const qint64 id = addPerson(*other.database, QStringLiteral("Aaberg From Elsewhere"));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(people->model()->rowCount(), before + 1, 10000);
    QVERIFY(people->model()->rowOfLoadedId(id) >= 0);

    QSignalSpy spy(watcher, &ChangeWatcher::changed);
    QVERIFY(addPerson(window.database(), QStringLiteral("Own Edit")) > 0);
    QTest::qWait(500);
    QCOMPARE(spy.count(), 0);
}

// Two Podium processes on one database: this test's connection, watching,
// and the command line importing a calendar. The watcher notices each of the
// other process's commits, and a save of a record the other process changed
// meanwhile is refused, leaving its change as it was.
void TestChangeWatcher::anotherProcessIsSeenAndNotOverwritten()
{
    auto created = m_databases.create(QStringLiteral("processes.podium"));
    QVERIFY2(created.database, qPrintable(created.message));
    Database &db = *created.database;
    const QString location = m_databases.lastLocation();
    ChangeWatcher watcher(db);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    watcher.setInterval(50);
    watcher.start();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto importTitle = [&](const QByteArray &summary) {
        const QString path = dir.filePath(QStringLiteral("event.ics"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write %1").arg(path);
        file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
                   "UID:two-processes@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
                   "DTSTART:20270301T170000Z\r\nDTEND:20270301T190000Z\r\nSUMMARY:" +
                   summary + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        file.close();
        const PodiumRun::Run run = PodiumRun::podium(
            {QStringLiteral("import"), QStringLiteral("ics"), QStringLiteral("--database"),
             location, QStringLiteral("--language"), QStringLiteral("en"), path});
        return run.exitCode == 0 ? QString() : run.err + run.out;
    };

    QString error = importTitle("Water in the city");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10000);
    EventRepository events(db);
    const std::optional<Event> loaded =
        events.findByUid(QStringLiteral("two-processes@example.org"));
    QVERIFY(loaded);
    QCOMPARE(loaded->title.en, QStringLiteral("Water in the city"));

    // The other process changes the event while this one has it open.
    const int seen = int(changed.count());
    error = importTitle("Water in the city, revised");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > seen, 10000);

    Event mine = *loaded;
    mine.title.en = QStringLiteral("My own title");
    QVERIFY(!events.update(mine, &error));
    QVERIFY2(error.contains(QStringLiteral("meanwhile")), qPrintable(error));
    QCOMPARE(events.find(loaded->id)->title.en, QStringLiteral("Water in the city, revised"));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestChangeWatcher test;
    QTEST_SET_MAIN_SOURCE_PATH
    return Podium::Testing::runTests(
        test, argc, argv,
        {QStringLiteral("noticesOtherConnectionOnce"), QStringLiteral("ownWritesAreNotReported"),
         QStringLiteral("readOnlyConnectionNoticesToo"), QStringLiteral("timerChecksByItself"),
         QStringLiteral("mainWindowShowsPersonAddedElsewhere"),
         QStringLiteral("workspaceReadsAgainButKeepsUnsavedEdits")});
}
#include "tst_changewatcher.moc"
