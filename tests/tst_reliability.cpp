// What happens when the disk fills or the input is hostile: the real podium
// executable under a file-size limit (SIGXFSZ ignored, so writes fail with
// EFBIG as on a full disk), search fields fed SQL and very long text, and a
// calendar file with a 10 MB line. Each must end in a clear message, with
// no partial output file and no change to the database.
#include "domain/demodata.h"
#include "models/eventtablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/persontablemodel.h"
#include "models/registrationtablemodel.h"
#include "podiumrun.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

using namespace Podium;

using PodiumRun::contentHash;
using PodiumRun::Run;

namespace {

// Runs podium under a file-size limit in KiB (0: none), as on a full disk.
Run podium(const QStringList &arguments, int limitKib = 0)
{
    return PodiumRun::podiumWithFileLimit(arguments, limitKib);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportOnFullDiskLeavesNoFile_data();
    void exportOnFullDiskLeavesNoFile();
    void importOnFullDiskChangesNothing();
    void hostileSearchText_data();
    void hostileSearchText();
    void calendarWithHugeLine();
    void calendarWithOverlongTitle();
    void oversizedImportFilesAreRefused_data();
    void oversizedImportFilesAreRefused();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    qint64 m_event = 0;
};

void TestReliability::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.podium"));
    const Run init = podium(
        {QStringLiteral("init"), QStringLiteral("--database"), m_demo, QStringLiteral("--demo")});
    QCOMPARE(init.exitCode, 0);
    auto opened = Database::open(m_demo, {});
    QVERIFY(opened.database);
    m_event = opened.database->scalar(QStringLiteral("SELECT min(id) FROM event")).toLongLong();
    QVERIFY(m_event > 0);
}

void TestReliability::exportOnFullDiskLeavesNoFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("perEvent");
    QTest::newRow("ics") << QStringLiteral("ics") << false;
    QTest::newRow("pdf") << QStringLiteral("pdf") << true;
    QTest::newRow("signin") << QStringLiteral("signin") << true;
    QTest::newRow("participants") << QStringLiteral("participants") << true;
    QTest::newRow("badges") << QStringLiteral("badges") << true;
}

void TestReliability::exportOnFullDiskLeavesNoFile()
{
    QFETCH(QString, format);
    QFETCH(bool, perEvent);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    // Exports open the file for reading only; in rollback-journal mode that
    // needs no shared-memory file, so the limit below hits only the output.
    const QString db = out.filePath(QStringLiteral("export.podium"));
    const QString copied = PodiumRun::copyInRollbackMode(m_demo, db);
    QVERIFY2(copied.isEmpty(), qPrintable(copied));
    const QString target = out.filePath(QStringLiteral("out.") + format);
    QStringList args{QStringLiteral("export"),   format, QStringLiteral("--database"), db,
                     QStringLiteral("--output"), target};
    if (perEvent)
        args << QStringLiteral("--event") << QString::number(m_event);
    else
        args << QStringLiteral("--published") << QStringLiteral("--programme-items");
    const QByteArray before = contentHash(db);

    // Without a limit the export works and is bigger than the limit below.
    const Run ok = podium(args);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY2(QFileInfo(target).size() > 8 * 1024,
             qPrintable(QString::number(QFileInfo(target).size())));
    QFile::remove(target);

    // An 8 KiB limit: every write past it fails as on a full disk.
    const Run full = podium(args, 8);
    QVERIFY2(!full.crashed, qPrintable(full.err));
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(target) || full.err.contains(QDir::toNativeSeparators(target)),
             qPrintable(full.err));
    QVERIFY2(!full.err.contains(QLatin1StringView("database is locked")), qPrintable(full.err));
    // The reason is the system's, in words, not Qt's "Unknown error".
    QVERIFY2(!full.err.contains(QLatin1StringView("Unknown error")), qPrintable(full.err));
    QVERIFY2(full.err.contains(QString::fromLocal8Bit(strerror(EFBIG))), qPrintable(full.err));
    QVERIFY2(full.err.contains(QLatin1StringView("largest size allowed")), qPrintable(full.err));
    // No output and no temporary file left behind.
    QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("export.podium")});
    QCOMPARE(contentHash(db), before);
}

void TestReliability::importOnFullDiskChangesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("import.podium"));
    QVERIFY(QFile::copy(m_demo, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    const QString csv = m_dir.filePath(QStringLiteral("many.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Vorname;Nachname;E-Mail;Organisation\n");
        for (int i = 0; i < 5000; ++i)
            f.write(QStringLiteral("Jörg%1;Weiß %1;jorg.%1@example.org;Stadtwerke %2\n")
                        .arg(i)
                        .arg(i % 40)
                        .toUtf8());
    }
    const QByteArray before = contentHash(db);
    const qint64 size = QFileInfo(db).size();
    // Room for the file as it is and a little more, not for 5,000 rows.
    const int limitKib = int(size / 1024) + 16;
    const Run full = podium({QStringLiteral("import"), QStringLiteral("registrations"),
                             QStringLiteral("--database"), db, QStringLiteral("--event"),
                             QString::number(m_event), csv},
                            limitKib);
    QVERIFY2(!full.crashed, qPrintable(full.err));
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(!full.err.trimmed().isEmpty(), "a failed import must say why");
    QVERIFY2(!full.err.contains(QLatin1StringView("database is locked")), qPrintable(full.err));
    QCOMPARE(contentHash(db), before);

    auto opened = Database::open(db, {});
    QVERIFY(opened.database);
    QCOMPARE(opened.database->scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
}

void TestReliability::hostileSearchText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << QStringLiteral("'; DROP TABLE person; --");
    QTest::newRow("double quote") << QStringLiteral("\") OR 1=1 --");
    QTest::newRow("like wildcards") << QStringLiteral("%_%");
    QTest::newRow("escape char") << QStringLiteral("\\%\\");
    QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("zzqqx");
    QTest::newRow("nul inside") << QStringLiteral("zzq") + QChar(0) + QStringLiteral("qx");
    QTest::newRow("100k chars") << QString(100000, QChar(0x00e9));
    QTest::newRow("glob") << QStringLiteral("*[a-z]?");
}

void TestReliability::hostileSearchText()
{
    QFETCH(QString, text);
    auto opened = Database::open(m_demo, {});
    QVERIFY(opened.database);
    Database &db = *opened.database;
    const int people = db.scalar(QStringLiteral("SELECT count(*) FROM person")).toInt();

    EventTableModel events(db, Language::English);
    PersonTableModel persons(db, Language::English);
    OrganisationTableModel orgs(db, Language::English);
    RegistrationTableModel regs(db, Language::English);
    QString failure;
    for (PagedSqlModel *m : std::initializer_list<PagedSqlModel *>{&events, &persons, &orgs, &regs})
        connect(m, &PagedSqlModel::queryFailed, this,
                [&failure](const QString &f) { failure = f; });
    events.setSearchText(text);
    persons.setSearchText(text);
    orgs.setSearchText(text);
    regs.setSearchText(text);
    QCOMPARE(failure, QString());
    // Nothing in the demo matches these, and the text is data, never SQL.
    QCOMPARE(events.rowCount(), 0);
    QCOMPARE(persons.rowCount(), 0);
    QCOMPARE(orgs.rowCount(), 0);
    QCOMPARE(regs.rowCount(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), people);

    // And the models recover when the search is cleared.
    persons.setSearchText(QString());
    QCOMPARE(persons.rowCount(), people);
}

void TestReliability::calendarWithHugeLine()
{
    const QString db = m_dir.filePath(QStringLiteral("ics.podium"));
    QVERIFY(QFile::copy(m_demo, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    const QString ics = m_dir.filePath(QStringLiteral("huge.ics"));
    {
        QFile f(ics);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\n"
                "UID:huge@example.org\r\nDTSTAMP:20230101T000000Z\r\n"
                "DTSTART:20240101T100000Z\r\nDTEND:20240101T110000Z\r\nSUMMARY:");
        f.write(QByteArray(10 * 1024 * 1024, 'a'));
        f.write("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    }
    const QByteArray before = contentHash(db);
    const Run run = podium(
        {QStringLiteral("import"), QStringLiteral("ics"), QStringLiteral("--database"), db, ics});
    QVERIFY2(!run.crashed, qPrintable(run.err));
    // Refused before libical parses it, naming the file and the line; no
    // title of ten million characters reaches the database or the terminal.
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(ics) && run.err.contains(QLatin1StringView("Line 9 is")),
             qPrintable(run.err.left(400)));
    QVERIFY2(run.out.size() + run.err.size() < 4000,
             qPrintable(QString::number(run.out.size() + run.err.size())));
    QCOMPARE(contentHash(db), before);
}

// A title just past the limit for titles (but a line well within the limit
// for lines) skips that event with the reason and imports the others.
void TestReliability::calendarWithOverlongTitle()
{
    const QString db = m_dir.filePath(QStringLiteral("title.podium"));
    QVERIFY(QFile::copy(m_demo, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    const QString ics = m_dir.filePath(QStringLiteral("title.ics"));
    {
        QFile f(ics);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n");
        f.write("BEGIN:VEVENT\r\nUID:long@example.org\r\nDTSTAMP:20230101T000000Z\r\n"
                "DTSTART:20240101T100000Z\r\nDTEND:20240101T110000Z\r\nSUMMARY:");
        f.write(QByteArray(3000, 'a'));
        f.write("\r\nEND:VEVENT\r\n");
        f.write("BEGIN:VEVENT\r\nUID:short@example.org\r\nDTSTAMP:20230101T000000Z\r\n"
                "DTSTART:20240102T100000Z\r\nDTEND:20240102T110000Z\r\nSUMMARY:Short\r\n"
                "END:VEVENT\r\nEND:VCALENDAR\r\n");
    }
    const Run run = podium(
        {QStringLiteral("import"), QStringLiteral("ics"), QStringLiteral("--database"), db, ics});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1StringView("characters long")), qPrintable(run.out.left(600)));
    QVERIFY2(run.out.size() < 2000, qPrintable(QString::number(run.out.size())));
    auto opened = Database::open(db, {});
    QVERIFY(opened.database);
    QCOMPARE(
        opened.database
            ->scalar(QStringLiteral("SELECT count(*) FROM event WHERE uid = 'long@example.org'"))
            .toInt(),
        0);
    QCOMPARE(
        opened.database
            ->scalar(QStringLiteral("SELECT count(*) FROM event WHERE uid = 'short@example.org'"))
            .toInt(),
        1);
}

void TestReliability::oversizedImportFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("ics") << QStringLiteral("ics");
}

// A file far larger than any real import (here 100 MB, sparse, so that the
// test costs no disk) is refused before it is read: memory stays bounded.
void TestReliability::oversizedImportFilesAreRefused()
{
    QFETCH(QString, kind);
    const QString db = m_dir.filePath(QStringLiteral("big-%1.podium").arg(kind));
    QVERIFY(QFile::copy(m_demo, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    const QString input = m_dir.filePath(QStringLiteral("big.") + kind);
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kind == QLatin1StringView("csv") ? "Vorname;Nachname;E-Mail\n\""
                                                 : "BEGIN:VCALENDAR\r\nSUMMARY:");
        QVERIFY(f.resize(100 * 1024 * 1024));
    }
    const QByteArray before = contentHash(db);
    QStringList args{QStringLiteral("import"),
                     kind == QLatin1StringView("csv") ? QStringLiteral("registrations")
                                                      : QStringLiteral("ics"),
                     QStringLiteral("--database"), db};
    if (kind == QLatin1StringView("csv"))
        args << QStringLiteral("--event") << QString::number(m_event);
    args << input;
    const Run run = podium(args);
    QVERIFY2(!run.crashed, qPrintable(run.err));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(input) && run.err.contains(QLatin1StringView("up to")),
             qPrintable(run.err));
    QCOMPARE(contentHash(db), before);
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
