// podium transfer as a user meets it: the real executable on temporary files
// (and on a server database when PODIUM_TEST_SERVER names one).
#include "cli.h"
#include "podiumrun.h"
#include "storage/database.h"
#include "transferservertest.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;

using namespace PodiumRun;

namespace {

QString listAll(const QString &database)
{
    QString all;
    for (const char *kind : {"events", "people", "organisations", "registrations"}) {
        const Run r =
            podium({QStringLiteral("list"), QString::fromLatin1(kind), QStringLiteral("--database"),
                    database, QStringLiteral("--format"), QStringLiteral("json")});
        if (r.exitCode != 0)
            return QStringLiteral("list failed: ") + r.err;
        all += r.out;
    }
    return all;
}

} // namespace

class TestTransferCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void usageErrors_data();
    void usageErrors();
    void copiesToNewFile();
    void refusesNonEmptyTargetWithoutForce();
    void replacesWithForce();
    void failures_data();
    void failures();
    void serverAddressOpensTheWindow();
    void databaseOptionAcceptsServerAddresses();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestTransferCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.podium"));
    const Run r = podium(
        {QStringLiteral("init"), QStringLiteral("--database"), m_demo, QStringLiteral("--demo")});
    QCOMPARE(r.exitCode, 0);
}

void TestTransferCli::help()
{
    const Run r = podium({QStringLiteral("transfer"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1StringView("Usage: podium transfer")));
    QVERIFY(r.out.contains(QLatin1StringView("--from <FILE|URL>")));
    QVERIFY(r.out.contains(QLatin1StringView("--to <FILE|URL>")));
    QVERIFY(r.out.contains(QLatin1StringView("--force")));
    const Run overview = podium({QStringLiteral("--help")});
    QVERIFY(overview.out.contains(QLatin1StringView("transfer")));
}

void TestTransferCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --from") << QStringList{QStringLiteral("--to"), QStringLiteral("x.podium")}
                               << QStringLiteral("--from FILE|URL is required.");
    QTest::newRow("no --to") << QStringList{QStringLiteral("--from"), QStringLiteral("x.podium")}
                             << QStringLiteral("--to FILE|URL is required.");
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("--from"), QStringLiteral("a.podium"), QStringLiteral("--to"),
                       QStringLiteral("b.podium"), QStringLiteral("c.podium")}
        << QStringLiteral("Unexpected argument \"c.podium\"");
    QTest::newRow("password in address")
        << QStringList{QStringLiteral("--from"), QStringLiteral("a.podium"), QStringLiteral("--to"),
                       QStringLiteral("postgresql://ann:secret@db.example.org/podium")}
        << QStringLiteral("contains a password");
    QTest::newRow("bad sslmode")
        << QStringList{QStringLiteral("--from"),
                       QStringLiteral("postgresql://db.example.org/podium?sslmode=sometimes"),
                       QStringLiteral("--to"), QStringLiteral("b.podium")}
        << QStringLiteral("sometimes");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--from"), QStringLiteral("a.podium"), QStringLiteral("--to"),
                       QStringLiteral("b.podium"), QStringLiteral("--overwrite")}
        << QStringLiteral("overwrite");
}

void TestTransferCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = podium(QStringList{QStringLiteral("transfer")} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.startsWith(QLatin1StringView("podium transfer: ")));
    QVERIFY(r.out.isEmpty());
}

void TestTransferCli::copiesToNewFile()
{
    const QString target = path(QStringLiteral("copy.podium"));
    const Run r = podium({QStringLiteral("transfer"), QStringLiteral("--from"), m_demo,
                          QStringLiteral("--to"), target});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // A progress line per table, then the counts of both sides.
    const QStringList progress =
        r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(QStringLiteral("rows"));
    QCOMPARE(progress.size(), 12);
    QVERIFY2(r.err.contains(QLatin1StringView("[1/12] ")), qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1StringView("Copied 12 tables")));
    QVERIFY(r.out.contains(QLatin1StringView("The row counts of every table match.")));
    static const QRegularExpression row(QStringLiteral("^(\\w+) +(\\d+) +(\\d+)$"),
                                        QRegularExpression::MultilineOption);
    int tables = 0;
    auto it = row.globalMatch(r.out);
    bool sawPeople = false;
    while (it.hasNext()) {
        const auto m = it.next();
        QCOMPARE(m.captured(2), m.captured(3));
        if (m.captured(1) == QLatin1StringView("person")) {
            sawPeople = true;
            QVERIFY(m.captured(2).toInt() > 10);
        }
        ++tables;
    }
    QCOMPARE(tables, 12);
    QVERIFY(sawPeople);
    QCOMPARE(listAll(target), listAll(m_demo));
}

void TestTransferCli::refusesNonEmptyTargetWithoutForce()
{
    const QString target = path(QStringLiteral("occupied.podium"));
    QCOMPARE(podium({QStringLiteral("init"), QStringLiteral("--database"), target,
                     QStringLiteral("--demo")})
                 .exitCode,
             0);
    const QByteArray before = fileHash(target);
    const Run r = podium({QStringLiteral("transfer"), QStringLiteral("--from"), m_demo,
                          QStringLiteral("--to"), target});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1StringView("already holds data (")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1StringView("event: ")));
    QVERIFY(r.err.contains(QLatin1StringView("--force")));
    QCOMPARE(fileHash(target), before);
}

void TestTransferCli::replacesWithForce()
{
    const QString source = path(QStringLiteral("small.podium"));
    const QString target = path(QStringLiteral("replaced.podium"));
    QCOMPARE(podium({QStringLiteral("init"), QStringLiteral("--database"), source}).exitCode, 0);
    QCOMPARE(podium({QStringLiteral("init"), QStringLiteral("--database"), target,
                     QStringLiteral("--demo")})
                 .exitCode,
             0);
    const Run r = podium({QStringLiteral("transfer"), QStringLiteral("--from"), source,
                          QStringLiteral("--to"), target, QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1StringView("Replaced what")));
    QVERIFY(r.out.contains(QLatin1StringView("event: ")));
    QVERIFY(r.out.contains(QLatin1StringView("Copied 12 tables, 0 rows")));
    const Run list = podium(
        {QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--database"), target});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.count(QLatin1Char('\n')), 1); // the header line only
}

void TestTransferCli::failures_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing source")
        << QStringLiteral("nothing.podium") << QStringLiteral("new1.podium")
        << QStringLiteral("does not exist");
    QTest::newRow("same file") << QStringLiteral("demo.podium") << QStringLiteral("./demo.podium")
                               << QStringLiteral("both the source and the target");
    QTest::newRow("not a database") << QStringLiteral("text.txt") << QStringLiteral("new2.podium")
                                    << QStringLiteral("not a Podium database");
    QTest::newRow("older source") << QStringLiteral("old.podium") << QStringLiteral("new3.podium")
                                  << QStringLiteral("Open it once in Podium");
    QTest::newRow("target folder missing")
        << QStringLiteral("demo.podium") << QStringLiteral("no/such/folder/x.podium")
        << QStringLiteral("does not exist");
}

void TestTransferCli::failures()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    {
        QFile text(path(QStringLiteral("text.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just some text\n");
    }
    const QString old = path(QStringLiteral("old.podium"));
    if (!QFile::exists(old)) {
        QVERIFY(QFile::copy(m_demo, old));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1")
                               .arg(Database::latestSchemaVersion() - 1)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
    }
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(
        QStringLiteral(PODIUM_EXECUTABLE),
        {QStringLiteral("transfer"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!QFile::exists(m_dir.filePath(to)) || to.contains(QLatin1StringView("demo")));
}

void TestTransferCli::serverAddressOpensTheWindow()
{
    // "podium postgresql://…" opens the window on the server; it is no
    // mistyped command, although it names no file.
    QByteArray program("podium");
    QByteArray address("postgresql://ann@db.example.org:5432/podium?sslmode=require");
    char *argv[] = {program.data(), address.data(), nullptr};
    QVERIFY(!Cli::isCommandLine(2, argv));
    QByteArray command("transfer");
    char *argv2[] = {program.data(), command.data(), nullptr};
    QVERIFY(Cli::isCommandLine(2, argv2));
}

void TestTransferCli::databaseOptionAcceptsServerAddresses()
{
    const Run r = podium({QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1StringView("--database <FILE|URL>")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1StringView("postgresql://")));
}

// Against the real server of scripts/server-test.sh only (PODIUM_TEST_SERVER).
class TestTransferCliOnServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripThroughServer();
    void initSetsUpOnlyEmptyServerDatabases();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestTransferCliOnServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.podium"));
    const Run r = podium(
        {QStringLiteral("init"), QStringLiteral("--database"), m_demo, QStringLiteral("--demo")});
    QCOMPARE(r.exitCode, 0);
}

void TestTransferCliOnServer::roundTripThroughServer()
{
    TestSupport::ServerDatabase database(QStringLiteral("transfer_cli"));
    const QString address = database.location();
    QVERIFY2(!address.isEmpty(), qPrintable(database.error()));
    const Run there = podium({QStringLiteral("transfer"), QStringLiteral("--from"), m_demo,
                              QStringLiteral("--to"), address});
    QVERIFY2(there.exitCode == 0, qPrintable(there.err));
    QVERIFY(there.out.contains(QLatin1StringView("The row counts of every table match.")));
    QCOMPARE(listAll(address), listAll(m_demo));
    const QString back = path(QStringLiteral("from-server.podium"));
    QFile::remove(back);
    const Run again = podium({QStringLiteral("transfer"), QStringLiteral("--from"), address,
                              QStringLiteral("--to"), back});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(listAll(back), listAll(m_demo));
    // Without --force a server database that holds data is refused.
    const Run refused = podium({QStringLiteral("transfer"), QStringLiteral("--from"), m_demo,
                                QStringLiteral("--to"), address});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(QLatin1StringView("already holds data")));
}

void TestTransferCliOnServer::initSetsUpOnlyEmptyServerDatabases()
{
    TestSupport::ServerDatabase database(QStringLiteral("transfer_init"));
    const QString address = database.location();
    QVERIFY2(!address.isEmpty(), qPrintable(database.error()));
    const Run first = podium(
        {QStringLiteral("init"), QStringLiteral("--database"), address, QStringLiteral("--demo")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(first.out.startsWith(QStringLiteral("Created ") + address));
    const Run second = podium({QStringLiteral("init"), QStringLiteral("--database"), address});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QLatin1StringView("already holds a Podium database (")),
             qPrintable(second.err));
    QVERIFY(second.out.isEmpty());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestTransferCli tests;
    int status = QTest::qExec(&tests, argc, argv);
    // The server's tests exist only where there is a server to run them on.
    if (TestSupport::ServerDatabase::isAvailable()) {
        TestTransferCliOnServer onServer;
        status |= QTest::qExec(&onServer, argc, argv);
    }
    return status;
}
#include "tst_transfer_cli.moc"
