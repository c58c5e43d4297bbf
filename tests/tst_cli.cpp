// The command line as a user meets it: the real podium executable, run as a
// process on temporary files.
#include "podiumrun.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;

using namespace PodiumRun;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void initCreatesDemoDatabase();
    void initRefusesExistingFile();
    void listEventsAsJson();
    void listPeopleAsTsv();
    void listRegistrationsOfOneEvent();
    void listInGerman();
    void listToFile();
    void usageErrors_data();
    void usageErrors();
    void failures_data();
    void failures();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.podium"));
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
    const QString path = m_dir.filePath(QStringLiteral("init.podium"));
    const Run r = podium(
        {QStringLiteral("init"), QStringLiteral("--database"), path, QStringLiteral("--demo")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1StringView("4 events")), qPrintable(r.out));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    auto opened = Database::open(path, {});
    QVERIFY2(opened.database, qPrintable(opened.message));
    const Database &db = *opened.database;
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY(!db.scalar(QStringLiteral("PRAGMA foreign_key_check")).isValid());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM event")).toInt(), 4);

    // Without --demo the database is empty but complete.
    const QString empty = m_dir.filePath(QStringLiteral("empty.podium"));
    const Run e = podium({QStringLiteral("init"), QStringLiteral("--database"), empty});
    QCOMPARE(e.exitCode, 0);
    auto openedEmpty = Database::open(empty, {});
    QVERIFY(openedEmpty.database);
    QCOMPARE(openedEmpty.database->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(openedEmpty.database->scalar(QStringLiteral("SELECT count(*) FROM event")).toInt(), 0);
}

void TestCli::initRefusesExistingFile()
{
    const QByteArray before = fileHash(m_demo);
    const Run r = podium(
        {QStringLiteral("init"), QStringLiteral("--database"), m_demo, QStringLiteral("--demo")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1StringView("already exists")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(fileHash(m_demo), before);
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
    QTest::newRow("unknown event")
        << QString() << QByteArray()
        << QStringList{QStringLiteral("--event"), QStringLiteral("no-such-uid")}
        << QStringLiteral("no event with the UID no-such-uid");
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
