// Podium as a desktop program: files dropped on the window or named on the
// command line go to the calendar import, the registration import or File ▸
// Open, decided by their name and their first bytes.
#include "calendarexportdialog.h"
#include "cli.h"
#include "domain/demodata.h"
#include "gui.h"
#include "mainwindow.h"
#include "registrationimportdialog.h"
#include "storage/database.h"
#include "util/droppedfile.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Podium;
using namespace Qt::StringLiterals;
using Kind = DroppedFile::Kind;

Q_DECLARE_METATYPE(DroppedFile::Kind)

namespace {

// Every modal dialog that opens while it lives, by class name, each
// answered with Cancel (reject) as soon as it appears.
class DialogWatcher
{
public:
    DialogWatcher()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            auto *dialog = qobject_cast<QDialog *>(modal);
            if (!dialog || !dialog->isVisible())
                return;
            seen.append(QString::fromLatin1(dialog->metaObject()->className()));
            if (auto *import = qobject_cast<RegistrationImportDialog *>(dialog))
                registrationRows.append(int(import->plan().rows.size()));
            dialog->reject();
        });
        m_timer.start();
    }

    QStringList seen;
    QList<int> registrationRows;

private:
    QTimer m_timer;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

const QByteArray calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                            "BEGIN:VEVENT\r\nUID:dropped@podium.test\r\n"
                            "DTSTAMP:20260101T090000Z\r\nDTSTART:20270315T170000Z\r\n"
                            "DTEND:20270315T190000Z\r\nSUMMARY:Dropped dialogue\r\n"
                            "END:VEVENT\r\nEND:VCALENDAR\r\n";
const QByteArray registrations = "Given name,Family name,Email\r\n"
                                 "Jana,Nowak,jana.nowak@example.org\r\n"
                                 "Ömer,Yıldız,oemer@example.org\r\n";

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void classifyContent_data();
    void classifyContent();
    void classifyFiles();
    void localFilesOnly();

    void commandLineFilesAreSorted();
    void importFileOnCommandLineOpensTheWindow();

    void droppedCalendarStartsCalendarImport();
    void droppedCsvStartsRegistrationImport();
    void droppedDatabaseIsOpened();
    void droppedOtherFileOnlySaysSo();
    void severalFilesInTheirOrder();
    void openFilesAsTheCommandLineDoes();

private:
    void drop(const QStringList &paths);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"PodiumTest"_s);
    QApplication::setApplicationName(u"PodiumDesktopTest"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"demo.podium"_s);
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(m_path, options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    QString error;
    QVERIFY2(DemoData::populate(*opened.database, QDate(2026, 11, 29), &error), qPrintable(error));
    opened.database.reset();

    writeFile(m_dir.filePath(u"invitation.ics"_s), calendar);
    writeFile(m_dir.filePath(u"registrations.csv"_s), registrations);
    writeFile(m_dir.filePath(u"notes.txt"_s), "Nothing to import.\n");
    writeFile(m_dir.filePath(u"fake.ics"_s), "<html>Not a calendar</html>\n");
}

void TestDesktop::cleanup()
{
    m_window.reset();
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void TestDesktop::classifyContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("calendar") << u"a.ics"_s << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0")
                              << Kind::Calendar;
    QTest::newRow("calendar, capital extension")
        << u"INVITE.ICS"_s << QByteArray("BEGIN:VCALENDAR\r\n") << Kind::Calendar;
    QTest::newRow("calendar with BOM and blank line")
        << u"a.ics"_s << QByteArray("\xEF\xBB\xBF\r\nBEGIN:VCALENDAR\r\n") << Kind::Calendar;
    QTest::newRow("calendar in lower case")
        << u"a.ical"_s << QByteArray("begin:vcalendar\n") << Kind::Calendar;
    QTest::newRow(".ics that is a web page")
        << u"a.ics"_s << QByteArray("<!DOCTYPE html>") << Kind::Unsupported;
    QTest::newRow("vCard named .ics")
        << u"a.ics"_s << QByteArray("BEGIN:VCARD\r\n") << Kind::Unsupported;
    QTest::newRow("empty .ics") << u"a.ics"_s << QByteArray() << Kind::Unsupported;
    QTest::newRow("csv") << u"list.csv"_s << QByteArray("Vorname;Nachname\r\n")
                         << Kind::Registrations;
    QTest::newRow("tsv") << u"list.tsv"_s << QByteArray("Name\tEmail\n") << Kind::Registrations;
    QTest::newRow("binary named .csv")
        << u"list.csv"_s << QByteArray("PK\x03\x04\x00\x00", 6) << Kind::Unsupported;
    QTest::newRow("database") << u"d.podium"_s << QByteArray("SQLite format 3\0abc", 19)
                              << Kind::Database;
    QTest::newRow("database named .sqlite")
        << u"d.sqlite"_s << QByteArray("SQLite format 3\0", 16) << Kind::Database;
    QTest::newRow(".podium that is text")
        << u"d.podium"_s << QByteArray("SQLite format 3 is a header") << Kind::Unsupported;
    QTest::newRow("SQLite file of another name")
        << u"d.txt"_s << QByteArray("SQLite format 3\0", 16) << Kind::Unsupported;
    QTest::newRow("calendar content named .txt")
        << u"d.txt"_s << QByteArray("BEGIN:VCALENDAR\r\n") << Kind::Unsupported;
    QTest::newRow("spreadsheet") << u"d.xlsx"_s << QByteArray("PK\x03\x04", 4) << Kind::Unsupported;
    QTest::newRow("no extension") << u"README"_s << QByteArray("Hello") << Kind::Unsupported;
}

void TestDesktop::classifyContent()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, head);
    QFETCH(Kind, kind);
    QCOMPARE(DroppedFile::classifyContent(name, head), kind);
}

void TestDesktop::classifyFiles()
{
    const auto classify = [this](const QString &name) {
        return DroppedFile::classify(m_dir.filePath(name));
    };
    QCOMPARE(classify(u"invitation.ics"_s).kind, Kind::Calendar);
    QVERIFY(classify(u"invitation.ics"_s).reason.isEmpty());
    QCOMPARE(classify(u"registrations.csv"_s).kind, Kind::Registrations);
    QCOMPARE(classify(u"demo.podium"_s).kind, Kind::Database);

    // Each refusal names the file and says why.
    const DroppedFile::Classification fake = classify(u"fake.ics"_s);
    QCOMPARE(fake.kind, Kind::Unsupported);
    QVERIFY2(fake.reason.contains(u"fake.ics"_s) && fake.reason.contains(u"BEGIN:VCALENDAR"_s),
             qPrintable(fake.reason));
    const DroppedFile::Classification notes = classify(u"notes.txt"_s);
    QCOMPARE(notes.kind, Kind::Unsupported);
    QVERIFY2(notes.reason.contains(u"notes.txt"_s) && notes.reason.contains(u".ics"_s),
             qPrintable(notes.reason));
    const DroppedFile::Classification missing = classify(u"missing.ics"_s);
    QCOMPARE(missing.kind, Kind::Unsupported);
    QVERIFY2(missing.reason.contains(u"does not exist"_s), qPrintable(missing.reason));
    QDir(m_dir.path()).mkpath(u"folder.ics"_s);
    const DroppedFile::Classification folder = classify(u"folder.ics"_s);
    QCOMPARE(folder.kind, Kind::Unsupported);
    QVERIFY2(folder.reason.contains(u"folder"_s), qPrintable(folder.reason));
}

void TestDesktop::localFilesOnly()
{
    const QList<QUrl> urls{QUrl::fromLocalFile(u"/tmp/a.ics"_s),
                           QUrl(u"https://example.org/feed.ics"_s),
                           QUrl::fromLocalFile(u"/tmp/b.csv"_s)};
    QCOMPARE(DroppedFile::localFiles(urls), (QStringList{u"/tmp/a.ics"_s, u"/tmp/b.csv"_s}));
}

void TestDesktop::commandLineFilesAreSorted()
{
    const Gui::StartFiles files = Gui::splitStartFiles(
        {u"invitation.ics"_s, u"dialogues.podium"_s, u"Anmeldungen.CSV"_s, u"feed.ical"_s});
    QCOMPARE(files.databases, QStringList{u"dialogues.podium"_s});
    QCOMPARE(files.imports,
             (QStringList{u"invitation.ics"_s, u"Anmeldungen.CSV"_s, u"feed.ical"_s}));
    // Anything else is a database to open; Database::open() judges it.
    QCOMPARE(Gui::splitStartFiles({u"old.db"_s, u"copy"_s}).databases,
             (QStringList{u"old.db"_s, u"copy"_s}));
    QVERIFY(Gui::splitStartFiles({}).imports.isEmpty());
}

void TestDesktop::importFileOnCommandLineOpensTheWindow()
{
    // `podium FILE.ics` and `podium FILE.csv` start the window, not the
    // command line, whether or not the file exists.
    const auto isCommandLine = [](QList<QByteArray> args) {
        args.prepend("podium");
        std::vector<char *> argv;
        for (QByteArray &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        return Cli::isCommandLine(int(args.size()), argv.data());
    };
    QVERIFY(!isCommandLine({"invitation.ics"}));
    QVERIFY(!isCommandLine({"Anmeldungen.csv"}));
    QVERIFY(!isCommandLine({QFile::encodeName(m_dir.filePath(u"invitation.ics"_s))}));
    QVERIFY(!isCommandLine({"--database", "x.podium", "invitation.ics"}));
    // The commands stay commands.
    QVERIFY(isCommandLine({"import", "ics", "invitation.ics"}));
    QVERIFY(isCommandLine({"--help"}));
}

void TestDesktop::drop(const QStringList &paths)
{
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    QMimeData data;
    data.setUrls(urls);
    const QPointF at(m_window->width() / 2.0, m_window->height() / 2.0);
    // A file manager offers a move as well (Shift); Podium always takes a
    // copy, so the original is never deleted.
    const Qt::DropActions offered = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(at.toPoint(), offered, &data, Qt::LeftButton, Qt::ShiftModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(enter.dropAction(), Qt::CopyAction);
    QDropEvent dropped(at, offered, &data, Qt::LeftButton, Qt::ShiftModifier);
    QApplication::sendEvent(m_window.get(), &dropped);
    QVERIFY(dropped.isAccepted());
    QCOMPARE(dropped.dropAction(), Qt::CopyAction);
}

void TestDesktop::droppedCalendarStartsCalendarImport()
{
    m_window = std::make_unique<MainWindow>(Database::open(m_path, {}).database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    DialogWatcher watcher;
    drop({m_dir.filePath(u"invitation.ics"_s)});
    QTRY_COMPARE(watcher.seen, QStringList{u"Podium::CalendarImportPreviewDialog"_s});
    // Cancelled in the preview: nothing was imported.
    QCOMPARE(m_window->database()
                 .scalar(u"SELECT count(*) FROM event WHERE uid = 'dropped@podium.test'"_s)
                 .toInt(),
             0);
}

void TestDesktop::droppedCsvStartsRegistrationImport()
{
    m_window = std::make_unique<MainWindow>(Database::open(m_path, {}).database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    DialogWatcher watcher;
    drop({m_dir.filePath(u"registrations.csv"_s)});
    QTRY_COMPARE(watcher.seen, QStringList{u"Podium::RegistrationImportDialog"_s});
    // The dialog had read the file: both rows in its preview.
    QCOMPARE(watcher.registrationRows, QList<int>{2});
}

void TestDesktop::droppedDatabaseIsOpened()
{
    const QString other = m_dir.filePath(u"other.podium"_s);
    {
        Database::OpenOptions options;
        options.create = true;
        QVERIFY(Database::open(other, options).database);
    }
    m_window = std::make_unique<MainWindow>(Database::open(m_path, {}).database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    DialogWatcher watcher;
    drop({other});
    QTRY_COMPARE(QFileInfo(m_window->database().path()).fileName(), u"other.podium"_s);
    QVERIFY(watcher.seen.isEmpty());
}

void TestDesktop::droppedOtherFileOnlySaysSo()
{
    m_window = std::make_unique<MainWindow>(Database::open(m_path, {}).database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QStringList messages;
    m_window->setMessageSink([&messages](const QString &m) { messages.append(m); });
    DialogWatcher watcher;
    drop({m_dir.filePath(u"notes.txt"_s)});
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"notes.txt"_s));
    QTest::qWait(100);
    QVERIFY(watcher.seen.isEmpty());
    QVERIFY(messages.isEmpty());
    QCOMPARE(QFileInfo(m_window->database().path()).fileName(), u"demo.podium"_s);

    // A calendar in name only is refused the same way.
    drop({m_dir.filePath(u"fake.ics"_s)});
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"fake.ics"_s));
    QTest::qWait(100);
    QVERIFY(watcher.seen.isEmpty());
}

void TestDesktop::severalFilesInTheirOrder()
{
    m_window = std::make_unique<MainWindow>(Database::open(m_path, {}).database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    DialogWatcher watcher;
    drop({m_dir.filePath(u"registrations.csv"_s), m_dir.filePath(u"notes.txt"_s),
          m_dir.filePath(u"invitation.ics"_s)});
    QTRY_COMPARE(watcher.seen, (QStringList{u"Podium::RegistrationImportDialog"_s,
                                            u"Podium::CalendarImportPreviewDialog"_s}));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"notes.txt"_s));
}

void TestDesktop::openFilesAsTheCommandLineDoes()
{
    // What `podium invitation.ics` does once the window is open.
    m_window = std::make_unique<MainWindow>(Database::open(m_path, {}).database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    DialogWatcher watcher;
    const QString relative = QDir::current().relativeFilePath(m_dir.filePath(u"invitation.ics"_s));
    QTimer::singleShot(0, m_window.get(), [this, relative] { m_window->openFiles({relative}); });
    QTRY_COMPARE(watcher.seen, QStringList{u"Podium::CalendarImportPreviewDialog"_s});
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
