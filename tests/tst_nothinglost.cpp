// What a person sees when a write cannot happen: another process holds the
// database's write lock (a second window, the command line), or the disk is
// full while an export is written. The real podium executable runs as a
// second process; its message must say plainly what happened, with nothing
// changed and no partial file left.
#include "podiumrun.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/savefileerror.h"
#include "util/sqlerrors.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
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

const QLatin1StringView busyText("Another Podium window or program is saving to this database");

} // namespace

class TestNothingLost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void busyErrorsAreRecognised_data();
    void busyErrorsAreRecognised();
    void writeWhileAnotherProcessHoldsTheLock();
    void transactionBusyInTheSameProcess();
    void systemReasons();
    void importOfUnreadableFile();
    void smallExportOnFullDiskKeepsTheOldFile();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    qint64 m_event = 0;
};

void TestNothingLost::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.podium"));
    const Run init = podium(
        {QStringLiteral("init"), QStringLiteral("--database"), m_demo, QStringLiteral("--demo")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    auto opened = Database::open(m_demo, {});
    QVERIFY(opened.database);
    m_event = opened.database->scalar(QStringLiteral("SELECT min(id) FROM event")).toLongLong();
    QVERIFY(m_event > 0);
}

void TestNothingLost::busyErrorsAreRecognised_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("busy");
    QTest::newRow("SQLITE_BUSY") << QStringLiteral("5") << QStringLiteral("database is locked")
                                 << true;
    QTest::newRow("SQLITE_LOCKED")
        << QStringLiteral("6") << QStringLiteral("database table is locked") << true;
    QTest::newRow("SQLITE_BUSY_SNAPSHOT") << QStringLiteral("517") << QString() << true;
    QTest::newRow("SQLITE_BUSY_TIMEOUT") << QStringLiteral("773") << QString() << true;
    QTest::newRow("text only") << QString() << QStringLiteral("database is locked") << true;
    QTest::newRow("constraint") << QStringLiteral("19")
                                << QStringLiteral("UNIQUE constraint failed: person.uid") << false;
    QTest::newRow("readonly") << QStringLiteral("8")
                              << QStringLiteral("attempt to write a readonly database") << false;
    QTest::newRow("SQLITE_IOERR") << QStringLiteral("10") << QStringLiteral("disk I/O error")
                                  << false;
    // PostgreSQL's SQLSTATEs are not SQLite codes, even when all digits.
    QTest::newRow("PostgreSQL insufficient_privilege")
        << QStringLiteral("42501") << QStringLiteral("permission denied for table person") << false;
    QTest::newRow("PostgreSQL unique_violation")
        << QStringLiteral("23505") << QStringLiteral("duplicate key value") << false;
    QTest::newRow("PostgreSQL lock_not_available")
        << QStringLiteral("55P03") << QStringLiteral("could not obtain lock on row") << true;
}

void TestNothingLost::busyErrorsAreRecognised()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(bool, busy);
    const QSqlError error(QStringLiteral("Unable to fetch row"), text, QSqlError::StatementError,
                          code);
    QCOMPARE(SqlErrors::isBusy(error), busy);
    QVERIFY(!SqlErrors::isBusy(QSqlError()));
}

// Two real processes: this test holds the write lock (BEGIN IMMEDIATE) and
// the podium command line tries to import a calendar meanwhile.
void TestNothingLost::writeWhileAnotherProcessHoldsTheLock()
{
    const QString db = m_dir.filePath(QStringLiteral("locked.podium"));
    QVERIFY(QFile::copy(m_demo, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    const QString ics = QStringLiteral(PODIUM_TEST_DATA "/ical/all-day.ics");
    const QStringList import{QStringLiteral("import"), QStringLiteral("ics"),
                             QStringLiteral("--database"), db, ics};
    const QByteArray before = contentHash(db);
    QVERIFY(!before.isEmpty());
    const int eventsBefore = [&] {
        auto opened = Database::open(db, {});
        return opened.database->scalar(QStringLiteral("SELECT count(*) FROM event")).toInt();
    }();

    {
        auto opened = Database::open(db, {});
        QVERIFY2(opened.database, qPrintable(opened.message));
        Transaction holder(*opened.database);
        QVERIFY2(holder.isActive(), qPrintable(holder.error()));

        QElapsedTimer timer;
        timer.start();
        const Run run = podium(import);
        const qint64 waited = timer.elapsed();
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(busyText), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1StringView("locked"), Qt::CaseInsensitive),
                 qPrintable(run.err));
        // It waited for the lock (the busy timeout) before giving up.
        QVERIFY2(waited >= Database::busyTimeoutMs - 500, qPrintable(QString::number(waited)));
        holder.rollback();
    }
    QCOMPARE(contentHash(db), before);

    // Once the lock is free the same command writes: the failure above was
    // the lock and nothing else.
    const Run free = podium(import);
    QVERIFY2(free.exitCode == 0, qPrintable(free.err));
    auto opened = Database::open(db, {});
    QVERIFY(opened.database->scalar(QStringLiteral("SELECT count(*) FROM event")).toInt() >
            eventsBefore);
}

// The same within one process, two connections (two windows' threads would
// meet it so): Transaction reports the plain message too.
void TestNothingLost::transactionBusyInTheSameProcess()
{
    const QString db = m_dir.filePath(QStringLiteral("twice.podium"));
    QVERIFY(QFile::copy(m_demo, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    auto first = Database::open(db, {});
    auto second = Database::open(db, {});
    QVERIFY(first.database && second.database);
    Transaction holder(*first.database);
    QVERIFY(holder.isActive());
    Transaction waiting(*second.database);
    QVERIFY(!waiting.isActive());
    QCOMPARE(waiting.error(), SqlErrors::busyMessage());
    QString error;
    QVERIFY(!second.database->execute(QStringLiteral("DELETE FROM person"), &error));
    QCOMPARE(error, SqlErrors::busyMessage());
}

void TestNothingLost::systemReasons()
{
    QVERIFY(systemWriteErrorReason(ENOSPC).startsWith(QLatin1StringView("the disk is full")));
    QVERIFY(systemWriteErrorReason(ENOSPC).contains(QString::fromLocal8Bit(strerror(ENOSPC))));
    QVERIFY(systemWriteErrorReason(EFBIG).contains(QString::fromLocal8Bit(strerror(EFBIG))));
    QCOMPARE(systemWriteErrorReason(EACCES), QString::fromLocal8Bit(strerror(EACCES)));

    // A file that cannot be opened keeps Qt's own reason.
    QSaveFile file(m_dir.filePath(QStringLiteral("no/such/folder/out.pdf")));
    QVERIFY(!file.open(QIODevice::WriteOnly));
    const QString reason = saveFileErrorReason(file);
    QCOMPARE(reason, file.errorString());
    QVERIFY(reason != QLatin1StringView("Unknown error"));
    // Nothing known: neither Qt nor the system has a reason.
    QFile untouched(m_dir.filePath(QStringLiteral("untouched")));
    QVERIFY(!saveFileErrorReason(untouched, 0).isEmpty());
    QVERIFY(saveFileErrorReason(untouched, 0) != QLatin1StringView("Unknown error"));
}

void TestNothingLost::importOfUnreadableFile()
{
    const QString db = m_dir.filePath(QStringLiteral("unreadable.podium"));
    QVERIFY(QFile::copy(m_demo, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    const QString folder = m_dir.filePath(QStringLiteral("calendar.ics"));
    QVERIFY(QDir().mkpath(folder));
    const QByteArray before = contentHash(db);
    const Run run = podium({QStringLiteral("import"), QStringLiteral("ics"),
                            QStringLiteral("--database"), db, folder});
    QVERIFY2(!run.crashed, qPrintable(run.err));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(folder)), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1StringView("directory")), qPrintable(run.err));
    QCOMPARE(contentHash(db), before);
}

// Qt's write buffer holds a small file until the file is closed; a write that
// fails then used to count as success: the export said nothing, exited 0 and
// left a cut-off file in place of the old one.
void TestNothingLost::smallExportOnFullDiskKeepsTheOldFile()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString db = out.filePath(QStringLiteral("export.podium"));
    const QString copied = PodiumRun::copyInRollbackMode(m_demo, db);
    QVERIFY2(copied.isEmpty(), qPrintable(copied));
    const QString target = out.filePath(QStringLiteral("feed.ics"));
    const QByteArray old("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(old);
    }
    const QStringList args{QStringLiteral("export"),     QStringLiteral("ics"),
                           QStringLiteral("--database"), db,
                           QStringLiteral("--output"),   target,
                           QStringLiteral("--event"),    QString::number(m_event)};
    const Run ok = podium(args);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    const qint64 size = QFileInfo(target).size();
    // Smaller than Qt's write buffer and larger than the limit below.
    QVERIFY2(size > 1024 && size < 16 * 1024, qPrintable(QString::number(size)));
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(old);
    }

    const Run full = podium(args, 1);
    QVERIFY2(!full.crashed, qPrintable(full.err));
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(QDir::toNativeSeparators(target)), qPrintable(full.err));
    QVERIFY2(full.err.contains(QLatin1StringView("largest size allowed")), qPrintable(full.err));
    QFile kept(target);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), old);
    QCOMPARE(filesIn(out.path()),
             (QStringList{QStringLiteral("export.podium"), QStringLiteral("feed.ics")}));
}

QTEST_MAIN(TestNothingLost)
#include "tst_nothinglost.moc"
