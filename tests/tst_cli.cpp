// The command line as a user meets it: the real podium executable, run as a
// process on a temporary file, or (PODIUM_TEST_SERVER set) on databases of a
// PostgreSQL server given to it by address.
#include "podiumrun.h"
#include "server/databaselocation.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;

using namespace PodiumRun;

namespace {

QString arg(const char *text)
{
    return QString::fromUtf8(text);
}

/**
 * What tells whether a database changed: a file's bytes, or every row of
 * every table of a server database (empty if it cannot be read).
 */
QByteArray snapshot(const QString &location)
{
    if (!DatabaseLocation::isServer(location))
        return fileHash(location);
    const auto address = ServerAddress::parse(location);
    if (!address)
        return {};
    QByteArray result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("snapshot"));
        db.setHostName(address->host());
        db.setPort(address->port());
        db.setUserName(address->user());
        db.setDatabaseName(address->databaseName());
        db.setConnectOptions(QStringLiteral("sslmode=") + address->sslMode());
        if (db.open()) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            QSqlQuery tables(db);
            tables.exec(QStringLiteral(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                "current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"));
            QStringList names;
            while (tables.next())
                names.append(tables.value(0).toString());
            for (const QString &table : std::as_const(names)) {
                hash.addData(table.toUtf8() + '\x1d');
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT t::text FROM \"%1\" AS t ORDER BY 1").arg(table));
                while (rows.next())
                    hash.addData(rows.value(0).toString().toUtf8() + '\x1e');
            }
            hash.addData(QByteArray::number(names.size()));
            result = hash.result();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("snapshot"));
    return result;
}

/** Runs @p sql in the server database at @p location; empty, or the error. */
QString execOnServer(const QString &location, const QString &sql)
{
    QString error;
    const auto address = ServerAddress::parse(location, &error);
    if (!address)
        return error;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("exec"));
        db.setHostName(address->host());
        db.setPort(address->port());
        db.setUserName(address->user());
        db.setDatabaseName(address->databaseName());
        db.setConnectOptions(QStringLiteral("sslmode=") + address->sslMode());
        QSqlQuery q(db);
        if (!db.open())
            error = db.lastError().text();
        else if (!q.exec(sql))
            error = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("exec"));
    return error;
}

/** The JSON array `podium list KIND --format json` prints for @p database. */
QJsonArray listed(const QString &kind, const QString &database, const QStringList &extra = {})
{
    const Run r = podium(
        QStringList{arg("list"), kind, arg("--database"), database, arg("--format"), arg("json")} +
        extra);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void initCreatesDemoDatabase();
    void initMakesAPrivateSoundFile();
    void initRefusesExistingDatabase();
    void listEventsAsJson();
    void listPeopleAsTsv();
    void listRegistrationsOfOneEvent();
    void listInGerman();
    void listToFile();
    void readingCommandUpgradesAnOlderFile();
    void usageErrors_data();
    void usageErrors();
    void failures_data();
    void failures();
    void unknownEventChangesNothing();
    void badServerAddresses_data();
    void badServerAddresses();
    void transferNamesBadAddressesWithoutPassword();
    void exportsOfOneEvent();
    void exportCalendar();
    void importCalendarAndRegistrations();
    void privacyCommands();
    void duplicatesCommands();
    void backupAndRestoreOfAFile();
    void backupAndRestoreRefuseServerAddresses();

private:
    // A new database with the demo data, as init makes it (a file, or a
    // database on the server).
    QString copyOfDemo();

    Testing::TestDatabases m_databases;
    QTemporaryDir m_dir;
    QString m_demo;
};

QString TestCli::copyOfDemo()
{
    return m_databases.copyOf(
        m_demo, QStringLiteral("copy-%1.podium").arg(QRandomGenerator::global()->generate()));
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_databases.newLocation(QStringLiteral("demo.podium"));
    QVERIFY2(!m_demo.isEmpty(), qPrintable(m_databases.error()));
    const Run r = podium(
        {QStringLiteral("init"), QStringLiteral("--database"), m_demo, QStringLiteral("--demo")});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
}

void TestCli::helpAndVersion()
{
    Run r = podium({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1StringView("Usage: podium")), qPrintable(r.out));
    // A calendar or a CSV file given to podium opens its import in the window.
    QVERIFY2(r.out.contains(QLatin1StringView("CALENDAR.ics | REGISTRATIONS.csv")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1StringView("init")));
    QVERIFY(r.out.contains(QLatin1StringView("list")));

    r = podium({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("podium " PODIUM_VERSION));

    r = podium({QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1StringView("Usage: podium list")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1StringView("--format")));
}

void TestCli::initCreatesDemoDatabase()
{
    const QString location = m_databases.newLocation(QStringLiteral("init.podium"));
    QVERIFY2(!location.isEmpty(), qPrintable(m_databases.error()));
    const Run r = podium(
        {QStringLiteral("init"), QStringLiteral("--database"), location, QStringLiteral("--demo")});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1StringView("4 events")), qPrintable(r.out));
    QVERIFY2(
        r.out.startsWith(QLatin1StringView("Created ") + DatabaseLocation::displayName(location)),
        qPrintable(r.out));

    {
        auto opened = Database::open(location, {});
        QVERIFY2(opened.database, qPrintable(opened.message));
        QCOMPARE(opened.database->scalar(QStringLiteral("SELECT count(*) FROM event")).toInt(), 4);
        QCOMPARE(
            opened.database->scalar(QStringLiteral("SELECT count(*) FROM registration")).toInt(),
            64);
    }

    // Without --demo the database is empty but complete.
    const QString empty = m_databases.newLocation(QStringLiteral("empty.podium"));
    QVERIFY2(!empty.isEmpty(), qPrintable(m_databases.error()));
    const Run e = podium({QStringLiteral("init"), QStringLiteral("--database"), empty});
    QCOMPARE(e.err, QString());
    QCOMPARE(e.exitCode, 0);
    auto openedEmpty = Database::open(empty, {});
    QVERIFY2(openedEmpty.database, qPrintable(openedEmpty.message));
    QCOMPARE(openedEmpty.database->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(openedEmpty.database->scalar(QStringLiteral("SELECT count(*) FROM event")).toInt(), 0);
}

// File-only: the file's permissions and SQLite's own checks.
void TestCli::initMakesAPrivateSoundFile()
{
    const QString path = m_dir.filePath(QStringLiteral("private.podium"));
    const Run r = podium(
        {QStringLiteral("init"), QStringLiteral("--database"), path, QStringLiteral("--demo")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    auto opened = Database::open(path, {});
    QVERIFY2(opened.database, qPrintable(opened.message));
    const Database &db = *opened.database;
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY(!db.scalar(QStringLiteral("PRAGMA foreign_key_check")).isValid());
}

void TestCli::initRefusesExistingDatabase()
{
    const QByteArray before = snapshot(m_demo);
    QVERIFY(!before.isEmpty());
    const Run r = podium(
        {QStringLiteral("init"), QStringLiteral("--database"), m_demo, QStringLiteral("--demo")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    const QString message = Testing::TestDatabases::onServer()
                                ? QStringLiteral("already holds a Podium database")
                                : QStringLiteral("already exists");
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(DatabaseLocation::displayName(m_demo)), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(snapshot(m_demo), before);
}

void TestCli::listEventsAsJson()
{
    const Run r =
        podium({QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--database"),
                m_demo, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray events = doc.array();
    QCOMPARE(events.size(), 4);
    QJsonObject dialogue;
    for (const QJsonValue &v : events) {
        if (v.toObject().value(QStringLiteral("title")).toString() ==
            QStringLiteral("Can cities save the world?"))
            dialogue = v.toObject();
    }
    QVERIFY2(!dialogue.isEmpty(), qPrintable(r.out));
    QCOMPARE(dialogue.value(QStringLiteral("series")).toString(),
             QStringLiteral("Berlin Summer Dialogue"));
    QCOMPARE(dialogue.value(QStringLiteral("time_zone")).toString(),
             QStringLiteral("Europe/Berlin"));
    QVERIFY2(dialogue.value(QStringLiteral("start"))
                 .toString()
                 .startsWith(QLatin1StringView("2023-09-19T")),
             qPrintable(dialogue.value(QStringLiteral("start")).toString()));
    QVERIFY(
        dialogue.value(QStringLiteral("start")).toString().endsWith(QLatin1StringView("+02:00")));
    QVERIFY(!dialogue.value(QStringLiteral("uid")).toString().isEmpty());
    QCOMPARE(dialogue.value(QStringLiteral("published")).toBool(), true);
}

void TestCli::listPeopleAsTsv()
{
    const Run r = podium(
        {QStringLiteral("list"), QStringLiteral("people"), QStringLiteral("--database"), m_demo});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 30);
    QCOMPARE(lines.first(),
             QStringLiteral(
                 "id\thonorific\tgiven_name\tfamily_name\tposition\torganisation\temail\tphone"));
    bool found = false;
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 8);
        if (cells.at(2) == QStringLiteral("Laura") &&
            cells.at(3) == QStringLiteral("Valdés Cano")) {
            QCOMPARE(cells.at(5), QStringLiteral("Metropolis"));
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(r.out));
}

void TestCli::listRegistrationsOfOneEvent()
{
    const Run events =
        podium({QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--database"),
                m_demo, QStringLiteral("--format"), QStringLiteral("json")});
    QString uid;
    qint64 id = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(events.out.toUtf8()).array()) {
        if (v.toObject().value(QStringLiteral("title")).toString() ==
            QStringLiteral("Can cities save the world?")) {
            uid = v.toObject().value(QStringLiteral("uid")).toString();
            id = v.toObject().value(QStringLiteral("id")).toInteger();
        }
    }
    QVERIFY(!uid.isEmpty());

    const Run byUid = podium({QStringLiteral("list"), QStringLiteral("registrations"),
                              QStringLiteral("--database"), m_demo, QStringLiteral("--event"), uid,
                              QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(byUid.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(byUid.out.toUtf8()).array();
    QVERIFY(rows.size() >= 20);
    for (const QJsonValue &v : rows)
        QCOMPARE(v.toObject().value(QStringLiteral("event_id")).toInteger(), id);

    const Run byId =
        podium({QStringLiteral("list"), QStringLiteral("registrations"),
                QStringLiteral("--database"), m_demo, QStringLiteral("--event"),
                QString::number(id), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(byId.out, byUid.out);

    const Run all = podium({QStringLiteral("list"), QStringLiteral("registrations"),
                            QStringLiteral("--database"), m_demo, QStringLiteral("--format"),
                            QStringLiteral("json")});
    const QJsonArray allRows = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QVERIFY(allRows.size() > rows.size());
    // The demo shows every status a registration can have.
    QSet<QString> statuses;
    for (const QJsonValue &v : allRows)
        statuses.insert(v.toObject().value(QStringLiteral("status")).toString());
    QCOMPARE(statuses.size(), 7);
}

void TestCli::listInGerman()
{
    const Run r =
        podium({QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--database"),
                m_demo, QStringLiteral("--language"), QStringLiteral("de")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1StringView("Berliner Sommerdialog")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QLatin1StringView("Can cities save the world?")));
}

void TestCli::listToFile()
{
    const QString target = m_dir.filePath(QStringLiteral("events.tsv"));
    const Run r =
        podium({QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--database"),
                m_demo, QStringLiteral("--output"), target});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Run toStdout =
        podium({QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--database"),
                m_demo, QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(QString::fromUtf8(f.readAll()), toStdout.out);
}

void TestCli::readingCommandUpgradesAnOlderFile()
{
    // A file of an earlier version, read by a command after an update: it
    // is upgraded as the window would upgrade it (a copy kept beside it),
    // and then read.
    const QString path = m_dir.filePath(QStringLiteral("older.podium"));
    QVERIFY(QFile::copy(QStringLiteral(PODIUM_TEST_DATA "/schema-1-demo.podium"), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Run r =
        podium({QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--database"),
                path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 4);
    QVERIFY2(r.err.startsWith(QStringLiteral("podium list: Upgraded %1 to schema %2")
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(Database::latestSchemaVersion())),
             qPrintable(r.err));
    const QStringList copies =
        QDir(m_dir.path()).entryList({QStringLiteral("older.podium.*.bak")}, QDir::Files);
    QCOMPARE(copies.size(), 1);
    QVERIFY2(r.err.contains(copies.first()), qPrintable(r.err));
    auto reopened = Database::open(path, {});
    QVERIFY(reopened.database);
    QCOMPARE(reopened.database->schemaVersion(), Database::latestSchemaVersion());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("--database");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("lsit")} << QStringLiteral("unknown command");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("unknown option");
    QTest::newRow("init without database")
        << QStringList{QStringLiteral("init")} << QStringLiteral("--database");
    QTest::newRow("list without kind")
        << QStringList{QStringLiteral("list"), db, QStringLiteral("x.podium")}
        << QStringLiteral("Say what to list");
    QTest::newRow("list unknown kind")
        << QStringList{QStringLiteral("list"), QStringLiteral("speakers"), db,
                       QStringLiteral("x.podium")}
        << QStringLiteral("Cannot list \"speakers\"");
    QTest::newRow("list bad format") << QStringList{QStringLiteral("list"),
                                                    QStringLiteral("events"),
                                                    db,
                                                    QStringLiteral("x.podium"),
                                                    QStringLiteral("--format"),
                                                    QStringLiteral("xml")}
                                     << QStringLiteral("Unknown format");
    QTest::newRow("list bad language") << QStringList{QStringLiteral("list"),
                                                      QStringLiteral("events"),
                                                      db,
                                                      QStringLiteral("x.podium"),
                                                      QStringLiteral("--language"),
                                                      QStringLiteral("fr")}
                                       << QStringLiteral("Unknown language");
    QTest::newRow("list option without value")
        << QStringList{QStringLiteral("list"), QStringLiteral("events"), db}
        << QStringLiteral("Missing value");
    // Every command refuses an argument it does not take, naming it, and
    // asks for --database where it needs one (CommandSupport::checkArguments).
    const QString stray = QStringLiteral("stray");
    const QString unexpected = QStringLiteral("Unexpected argument \"stray\".");
    const QString needsDatabase = QStringLiteral("--database FILE is required.");
    const QList<QStringList> withoutArguments{
        {QStringLiteral("init")},
        {QStringLiteral("backup")},
        {QStringLiteral("restore"), QStringLiteral("--from"), QStringLiteral("x.bak")},
        {QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--event"),
         QStringLiteral("1"), QStringLiteral("--output"), QStringLiteral("x.pdf")},
        {QStringLiteral("privacy"), QStringLiteral("export-person"), QStringLiteral("--person"),
         QStringLiteral("1")},
        {QStringLiteral("duplicates"), QStringLiteral("list"), QStringLiteral("--people")}};
    for (const QStringList &command : withoutArguments) {
        const QString name = command.mid(0, 2).join(QLatin1Char(' '));
        QTest::newRow(qPrintable(name + QStringLiteral(": stray argument")))
            << (command + QStringList{db, QStringLiteral("x.podium"), stray}) << unexpected;
        QTest::newRow(qPrintable(name + QStringLiteral(": no database")))
            << command << needsDatabase;
    }
    const QList<QStringList> withOneFile{
        {QStringLiteral("import"), QStringLiteral("registrations"), QStringLiteral("--event"),
         QStringLiteral("1"), QStringLiteral("a.csv")},
        {QStringLiteral("import"), QStringLiteral("ics"), QStringLiteral("a.ics")},
        {QStringLiteral("list"), QStringLiteral("events")}};
    for (const QStringList &command : withOneFile) {
        const QString name = command.mid(0, 2).join(QLatin1Char(' '));
        QTest::newRow(qPrintable(name + QStringLiteral(": no database")))
            << command << needsDatabase;
    }
    for (const QStringList &command : withOneFile.mid(0, 2)) {
        const QString name = command.mid(0, 2).join(QLatin1Char(' '));
        QTest::newRow(qPrintable(name + QStringLiteral(": stray argument")))
            << (command + QStringList{db, QStringLiteral("x.podium"), stray}) << unexpected;
    }
    QTest::newRow("transfer: stray argument")
        << QStringList{QStringLiteral("transfer"), QStringLiteral("--from"),
                       QStringLiteral("x.podium"), QStringLiteral("--to"),
                       QStringLiteral("y.podium"), stray}
        << unexpected;
    QTest::newRow("event filter on people")
        << QStringList{QStringLiteral("list"),     QStringLiteral("people"),  db,
                       QStringLiteral("x.podium"), QStringLiteral("--event"), QStringLiteral("1")}
        << QStringLiteral("--event only applies");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = podium(arguments);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

// File-only: a missing, foreign or empty file.
void TestCli::failures_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QStringLiteral("missing.podium") << QByteArray()
                                  << QStringList() << QStringLiteral("does not exist");
    QTest::newRow("text file") << QStringLiteral("notes.txt") << QByteArray("Dear colleagues,\n")
                               << QStringList() << QStringLiteral("not a Podium database");
    QTest::newRow("empty file") << QStringLiteral("empty.podium") << QByteArray("") << QStringList()
                                << QStringLiteral("empty");
}

void TestCli::failures()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    QString path = m_demo;
    if (!fileName.isEmpty()) {
        path = m_dir.filePath(fileName);
        if (fileName != QLatin1StringView("missing.podium")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
    }
    const QByteArray before = fileHash(path);
    const Run r = podium(QStringList{QStringLiteral("list"), QStringLiteral("registrations"),
                                     QStringLiteral("--database"), path} +
                         extra);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(fileHash(path), before);
    if (fileName == QLatin1StringView("missing.podium"))
        QVERIFY(!QFile::exists(path));
}

void TestCli::unknownEventChangesNothing()
{
    const QByteArray before = snapshot(m_demo);
    QVERIFY(!before.isEmpty());
    const Run r = podium({arg("list"), arg("registrations"), arg("--database"), m_demo,
                          arg("--event"), arg("no-such-uid")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1StringView("no event with the UID no-such-uid")),
             qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(snapshot(m_demo), before);
}

void TestCli::badServerAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("initToo");
    // These need no server: they fail before or at connecting.
    QTest::newRow("password in the address")
        << arg("postgresql://anna:secret@127.0.0.1:1/podium")
        << arg("postgresql://anna@127.0.0.1:1/podium") << arg("contains a password") << true;
    QTest::newRow("password with / ? and @ in it")
        << arg("postgresql://anna:Xq7/Zv?K@w9@127.0.0.1:1/podium")
        << arg("postgresql://anna@127.0.0.1:1/podium") << arg("contains a password") << true;
    QTest::newRow("password parameter")
        << arg("postgresql://anna@127.0.0.1:1/podium?sslmode=disable&password=secret")
        << arg("postgresql://anna@127.0.0.1:1/podium?sslmode=disable") << arg("contains a password")
        << true;
    QTest::newRow("unknown ssl mode")
        << arg("postgresql://anna@127.0.0.1:1/podium?sslmode=sometimes")
        << arg("postgresql://anna@127.0.0.1:1/podium?sslmode=sometimes")
        << arg("The SSL mode “sometimes” is not one of") << true;
    QTest::newRow("nothing listens") << arg("postgresql://anna@127.0.0.1:1/podium")
                                     << arg("postgresql://anna@127.0.0.1:1/podium")
                                     << arg("Cannot reach the database server") << true;
    if (!Testing::TestDatabases::onServer())
        return;
    // These need the server.
    const auto server = ServerAddress::parse(Testing::TestDatabases::serverAddress());
    QVERIFY(server);
    const QString missing =
        server->withDatabaseName(QStringLiteral("podium_test_no_such_database")).toString();
    QTest::newRow("no such database")
        << missing << missing << arg("There is no database “podium_test_no_such_database”") << true;
    const QString foreign = m_databases.newLocation();
    QVERIFY2(!foreign.isEmpty(), qPrintable(m_databases.error()));
    QCOMPARE(execOnServer(foreign, QStringLiteral("CREATE TABLE invoice (id integer PRIMARY KEY, "
                                                  "total numeric); INSERT INTO invoice "
                                                  "VALUES (1, 99.5)")),
             QString());
    QTest::newRow("database of another program")
        << foreign << foreign << arg("holds tables of another program") << true;
    const QString empty = m_databases.newLocation();
    QVERIFY2(!empty.isEmpty(), qPrintable(m_databases.error()));
    // init sets up an empty database: only the other commands refuse it.
    QTest::newRow("empty database")
        << empty << empty << arg("is empty, not a Podium database") << false;
}

void TestCli::badServerAddresses()
{
    QFETCH(QString, address);
    QFETCH(QString, shown);
    QFETCH(QString, message);
    QFETCH(bool, initToo);
    const QByteArray before = snapshot(address);
    const QString output = m_dir.filePath(QStringLiteral("never.pdf"));
    const QString calendar = m_dir.filePath(QStringLiteral("bad-server.ics"));
    {
        QFile f(calendar);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
                "UID:bad-server@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
                "DTSTART:20270301T170000Z\r\nDTEND:20270301T190000Z\r\nSUMMARY:Never\r\n"
                "END:VEVENT\r\nEND:VCALENDAR\r\n");
    }
    QList<QStringList> commands{
        {arg("list"), arg("events"), arg("--database"), address},
        {arg("export"), arg("pdf"), arg("--database"), address, arg("--event"), arg("1"),
         arg("--output"), output},
        {arg("import"), arg("ics"), arg("--database"), address, calendar},
        {arg("privacy"), arg("anonymise"), arg("--database"), address},
    };
    if (initToo)
        commands.append({arg("init"), arg("--database"), address, arg("--demo")});
    for (const QStringList &arguments : std::as_const(commands)) {
        const Run r = podium(arguments);
        const QString what = arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.startsWith(QStringLiteral("podium ")), qPrintable(what));
        QVERIFY2(r.err.contains(message), qPrintable(what));
        QVERIFY2(r.err.contains(shown), qPrintable(what));
        for (const char *secret : {"secret", "Xq7", "Zv", "K@w9"})
            QVERIFY2(!r.err.contains(QLatin1StringView(secret)), qPrintable(what));
        QVERIFY(!QFile::exists(output));
        QCOMPARE(snapshot(address), before);
    }
}

void TestCli::transferNamesBadAddressesWithoutPassword()
{
    const QString target = m_dir.filePath(QStringLiteral("never-copied.podium"));
    for (const QString &address : {arg("postgresql://anna:secret@127.0.0.1:1/podium"),
                                   arg("postgresql://anna:Xq7/Zv?K@w9@127.0.0.1:1/podium")}) {
        const Run r = podium({arg("transfer"), arg("--from"), address, arg("--to"), target});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(QLatin1StringView(
                     "Cannot use the server address postgresql://anna@127.0.0.1:1/podium: The "
                     "address contains a password.")),
                 qPrintable(r.err));
        for (const char *secret : {"secret", "Xq7", "Zv", "K@w9"})
            QVERIFY2(!r.err.contains(QLatin1StringView(secret)), qPrintable(r.err));
        QVERIFY(!QFile::exists(target));
    }
}

void TestCli::exportsOfOneEvent()
{
    const QByteArray before = snapshot(m_demo);
    QVERIFY(!before.isEmpty());
    qint64 id = 0;
    for (const QJsonValue &v : listed(arg("events"), m_demo)) {
        if (v.toObject().value(QStringLiteral("title")).toString() ==
            QStringLiteral("Can cities save the world?"))
            id = v.toObject().value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(id > 0);
    const QString event = QString::number(id);
    for (const char *format : {"pdf", "signin", "participants", "badges"}) {
        const QString target = m_dir.filePath(arg(format) + QStringLiteral(".pdf"));
        const Run r = podium({arg("export"), arg(format), arg("--database"), m_demo, arg("--event"),
                              event, arg("--output"), target});
        QVERIFY2(r.exitCode == 0, qPrintable(arg(format) + QLatin1Char(' ') + r.err));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.read(5) == "%PDF-", format);
    }

    const Run html = podium({arg("export"), arg("html"), arg("--database"), m_demo, arg("--event"),
                             event, arg("--output"), arg("-")});
    QCOMPARE(html.exitCode, 0);
    QVERIFY(html.out.contains(QLatin1StringView("Can cities save the world?")));

    const int registrations =
        int(listed(arg("registrations"), m_demo, {arg("--event"), event}).size());
    QVERIFY(registrations >= 20);
    const Run csv = podium({arg("export"), arg("registrations"), arg("--database"), m_demo,
                            arg("--event"), event, arg("--output"), arg("-")});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.out.count(QLatin1Char('\n')), registrations + 1);

    const QString mailing = m_dir.filePath(QStringLiteral("mailing.csv"));
    const Run m = podium(
        {arg("export"), arg("mailing"), arg("--database"), m_demo, arg("--output"), mailing});
    QCOMPARE(m.exitCode, 0);
    QVERIFY2(m.out.contains(QLatin1StringView("agreed to be contacted")), qPrintable(m.out));
    QVERIFY(QFile::exists(mailing));

    // Exports only read.
    QCOMPARE(snapshot(m_demo), before);
}

void TestCli::exportCalendar()
{
    const QByteArray before = snapshot(m_demo);
    QVERIFY(!before.isEmpty());
    const QJsonArray events = listed(arg("events"), m_demo);
    int published = 0;
    QString uid;
    for (const QJsonValue &v : events) {
        published += v.toObject().value(QStringLiteral("published")).toBool() ? 1 : 0;
        if (v.toObject().value(QStringLiteral("title")).toString() ==
            QStringLiteral("Can cities save the world?"))
            uid = v.toObject().value(QStringLiteral("uid")).toString();
    }
    QVERIFY(published > 0);
    const QString target = m_dir.filePath(QStringLiteral("feed.ics"));
    const Run r = podium({arg("export"), arg("ics"), arg("--database"), m_demo, arg("--published"),
                          arg("--output"), target});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray feed = f.readAll();
    QVERIFY(feed.startsWith("BEGIN:VCALENDAR"));
    QCOMPARE(int(feed.count("BEGIN:VEVENT")), published);
    // No attendee's address in a public feed.
    QVERIFY(!feed.contains("amelie.dubois@example.org"));

    const Run one = podium({arg("export"), arg("ics"), arg("--database"), m_demo, arg("--event"),
                            uid, arg("--output"), arg("-")});
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    QCOMPARE(int(one.out.count(QLatin1StringView("BEGIN:VEVENT"))), 1);
    QVERIFY(one.out.contains(QLatin1StringView("UID:") + uid));
    QCOMPARE(snapshot(m_demo), before);
}

void TestCli::importCalendarAndRegistrations()
{
    const QString database = copyOfDemo();
    QVERIFY2(!database.isEmpty(), qPrintable(m_databases.error()));
    const auto writeCalendar = [this](const QByteArray &summary) {
        const QString path = m_dir.filePath(QStringLiteral("import.ics"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
                "UID:cli-import-1@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
                "DTSTART:20270301T170000Z\r\nDTEND:20270301T190000Z\r\nSUMMARY:" +
                summary + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        return path;
    };
    const auto count = [&database](const QString &title) {
        int n = 0;
        for (const QJsonValue &v : listed(arg("events"), database))
            n += v.toObject().value(QStringLiteral("title")).toString() == title ? 1 : 0;
        return n;
    };
    const int eventsBefore = int(listed(arg("events"), database).size());
    QString calendar = writeCalendar("Water in the city");
    QVERIFY(!calendar.isEmpty());

    const QByteArray before = snapshot(database);
    QVERIFY(!before.isEmpty());
    const Run dry = podium(
        {arg("import"), arg("ics"), arg("--database"), database, arg("--dry-run"), calendar});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QCOMPARE(snapshot(database), before);

    const Run first = podium({arg("import"), arg("ics"), arg("--database"), database, calendar});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(count(QStringLiteral("Water in the city")), 1);
    QCOMPARE(int(listed(arg("events"), database).size()), eventsBefore + 1);

    // The same UID again: updated, not duplicated.
    calendar = writeCalendar("Water in the city, revised");
    const Run again = podium({arg("import"), arg("ics"), arg("--database"), database, calendar});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(count(QStringLiteral("Water in the city")), 0);
    QCOMPARE(count(QStringLiteral("Water in the city, revised")), 1);
    QCOMPARE(int(listed(arg("events"), database).size()), eventsBefore + 1);

    const QString csv = m_dir.filePath(QStringLiteral("registrations.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Vorname;Nachname;E-Mail\nJoanna;Kowalczyk;joanna.kowalczyk@example.net\n"
                "Amélie;Dubois;amelie.dubois@example.org\n");
    }
    const QString uid = QStringLiteral("cli-import-1@example.org");
    const QByteArray beforeRegistrations = snapshot(database);
    const Run dryCsv = podium({arg("import"), arg("registrations"), arg("--database"), database,
                               arg("--event"), uid, arg("--dry-run"), csv});
    QVERIFY2(dryCsv.exitCode == 0, qPrintable(dryCsv.err));
    QCOMPARE(snapshot(database), beforeRegistrations);
    const int people = int(listed(arg("people"), database).size());
    const Run imported = podium({arg("import"), arg("registrations"), arg("--database"), database,
                                 arg("--event"), uid, csv});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonArray rows = listed(arg("registrations"), database, {arg("--event"), uid});
    QCOMPARE(rows.size(), 2);
    // Amélie Dubois is known by her address: one new person only.
    QCOMPARE(int(listed(arg("people"), database).size()), people + 1);
}

void TestCli::privacyCommands()
{
    const QString database = copyOfDemo();
    QVERIFY2(!database.isEmpty(), qPrintable(m_databases.error()));
    const QString email = QStringLiteral("amelie.dubois@example.org");
    const QString report = m_dir.filePath(QStringLiteral("person.json"));
    const Run exported = podium({arg("privacy"), arg("export-person"), arg("--database"), database,
                                 arg("--person"), email, arg("--output"), report});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("Dubois"));
    QCOMPARE(QFile::permissions(report) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    const QByteArray before = snapshot(database);
    QVERIFY(!before.isEmpty());
    const Run dry =
        podium({arg("privacy"), arg("anonymise"), arg("--database"), database, arg("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains(QLatin1StringView("nothing was changed")), qPrintable(dry.out));
    QCOMPARE(snapshot(database), before);

    const Run erased = podium({arg("privacy"), arg("erase"), arg("--database"), database,
                               arg("--person"), email, arg("--yes")});
    QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));
    // A file gets a copy first; a server database none, and the output says so.
    QVERIFY2(erased.out.contains(Testing::TestDatabases::onServer()
                                     ? QLatin1StringView("No copy was made first")
                                     : QLatin1StringView("The copy made before")),
             qPrintable(erased.out));
    for (const QJsonValue &v : listed(arg("people"), database))
        QVERIFY(v.toObject().value(QStringLiteral("email")).toString() != email);
    const Run again = podium({arg("privacy"), arg("export-person"), arg("--database"), database,
                              arg("--person"), email, arg("--output"), arg("-")});
    QCOMPARE(again.exitCode, 1);

    const Run anonymised = podium({arg("privacy"), arg("anonymise"), arg("--database"), database});
    QVERIFY2(anonymised.exitCode == 0, qPrintable(anonymised.err));
    QVERIFY2(anonymised.out.contains(QLatin1StringView("anonymised")), qPrintable(anonymised.out));
    QVERIFY(snapshot(database) != before);
}

void TestCli::duplicatesCommands()
{
    const QString database = copyOfDemo();
    QVERIFY2(!database.isEmpty(), qPrintable(m_databases.error()));
    const Run list = podium({arg("duplicates"), arg("list"), arg("--database"), database});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.out.startsWith(QLatin1StringView("first\tsecond\treason")));

    const QJsonArray people = listed(arg("people"), database);
    QVERIFY(people.size() > 2);
    const qint64 keep = people.at(0).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 remove = people.at(1).toObject().value(QStringLiteral("id")).toInteger();
    const Run merged =
        podium({arg("duplicates"), arg("merge"), arg("--database"), database, arg("--keep"),
                QString::number(keep), arg("--remove"), QString::number(remove)});
    QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
    const QJsonArray after = listed(arg("people"), database);
    QCOMPARE(after.size(), people.size() - 1);
    for (const QJsonValue &v : after)
        QVERIFY(v.toObject().value(QStringLiteral("id")).toInteger() != remove);
}

// File-only: backups are files beside the database file.
void TestCli::backupAndRestoreOfAFile()
{
    const QString path = m_dir.filePath(QStringLiteral("backed-up.podium"));
    QVERIFY(QFile::copy(m_demo, path));
    const Run backup = podium({arg("backup"), arg("--database"), path});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    const Run list = podium({arg("backup"), arg("--list"), arg("--database"), path});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString taken = lines.at(1).split(QLatin1Char('\t')).value(3);
    QVERIFY2(QFile::exists(taken), qPrintable(list.out));

    const QString copy = m_dir.filePath(QStringLiteral("backup-copy.podium"));
    const Run toFile = podium({arg("backup"), arg("--database"), path, arg("--output"), copy});
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
    QCOMPARE(listed(arg("events"), copy), listed(arg("events"), path));

    const Run erased = podium({arg("privacy"), arg("erase"), arg("--database"), path,
                               arg("--person"), arg("amelie.dubois@example.org"), arg("--yes")});
    QCOMPARE(erased.exitCode, 0);
    const Run restored = podium({arg("restore"), arg("--database"), path, arg("--from"), taken});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(listed(arg("people"), path), listed(arg("people"), m_demo));
}

void TestCli::backupAndRestoreRefuseServerAddresses()
{
    // A server database on the server backend; on files, an address where
    // nothing listens: the commands refuse it before connecting.
    const QString server =
        Testing::TestDatabases::onServer() ? m_demo : arg("postgresql://anna@127.0.0.1:1/podium");
    const QByteArray before = snapshot(server);
    const QString output = m_dir.filePath(QStringLiteral("server-copy.podium"));
    const QString file = m_dir.filePath(QStringLiteral("refusing.podium"));
    QCOMPARE(podium({arg("init"), arg("--database"), file}).exitCode, 0);
    const QByteArray fileBefore = fileHash(file);
    const struct
    {
        QStringList arguments;
        const char *message;
    } cases[] = {
        {{arg("backup"), arg("--database"), server}, "keeps no backups of a database on a server"},
        {{arg("backup"), arg("--list"), arg("--database"), server},
         "keeps no backups of a database on a server"},
        {{arg("backup"), arg("--database"), server, arg("--output"), output},
         "keeps no backups of a database on a server"},
        {{arg("restore"), arg("--database"), server, arg("--from"), output},
         "restores only database files"},
        {{arg("restore"), arg("--database"), file, arg("--from"), server},
         "--from takes a backup file, not a server address"},
        {{arg("backup"), arg("--database"), file, arg("--output"), server},
         "--output takes a file"},
    };
    for (const auto &c : cases) {
        const Run r = podium(c.arguments);
        const QString what = c.arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(QLatin1StringView(c.message)), qPrintable(what));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(output));
        QCOMPARE(snapshot(server), before);
        QCOMPARE(fileHash(file), fileBefore);
    }
}

PODIUM_BACKEND_TEST_MAIN(TestCli, (QStringList{QStringLiteral("initMakesAPrivateSoundFile"),
                                               QStringLiteral("failures"),
                                               QStringLiteral("backupAndRestoreOfAFile")}))
#include "tst_cli.moc"
