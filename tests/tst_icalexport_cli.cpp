// podium export ics as a user meets it: the real executable on the demo
// database, its output read back by libical and ical.js. On both backends:
// the demo database is a file, or a database on the server named in
// PODIUM_TEST_SERVER (testdatabase.h).
#include "ical/icalchecks.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run podium(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(PODIUM_EXECUTABLE), arguments);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A calendar without its DTSTAMP lines, which say when it was written.
QByteArray withoutStamps(const QByteArray &ics)
{
    QList<QByteArray> lines = ics.split('\n');
    lines.removeIf([](const QByteArray &l) { return l.startsWith("DTSTAMP:"); });
    return lines.join('\n');
}

QString unfold(const QByteArray &ics)
{
    QByteArray b = ics;
    b.replace("\r\n ", "");
    return QString::fromUtf8(b);
}

} // namespace

class TestICalExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void publicFeedOfTheDemo();
    void seriesNamesTheCalendar();
    void eventsByIdAndUid();
    void dateRangeAndLanguage();
    void fileIsWhatStandardOutputGets_data();
    void fileIsWhatStandardOutputGets();
    void fileWrittenAgainWhenTheZonesDiffer();
    void invitationNamesExactlyTheRecipients();
    void invitationFailures_data();
    void invitationFailures();
    void usageErrors_data();
    void usageErrors();
    void failures_data();
    void failures();

private:
    QStringList base() const
    {
        return {QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--database"),
                m_demo};
    }
    QTemporaryDir m_dir;
    Testing::TestDatabases m_databases;
    QString m_demo;
};

void TestICalExportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_databases.newLocation(QStringLiteral("demo.podium"));
    QVERIFY2(!m_demo.isEmpty(), qPrintable(m_databases.error()));
    const Run r = podium(
        {QStringLiteral("init"), QStringLiteral("--database"), m_demo, QStringLiteral("--demo")});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
}

void TestICalExportCli::help()
{
    Run r = podium({QStringLiteral("--help")});
    QVERIFY2(r.out.contains("export"), r.out.constData());
    r = podium({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("ics"), r.out.constData());
    r = podium({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Usage: podium export ics"), r.out.constData());
    for (const char *option : {"--event", "--series", "--from", "--to", "--published",
                               "--programme-items", "--language", "--output", "--invite"})
        QVERIFY2(r.out.contains(option), option);
}

void TestICalExportCli::publicFeedOfTheDemo()
{
    const QString target = m_dir.filePath(QStringLiteral("feed.ics"));
    const Run r = podium(base() + QStringList{QStringLiteral("--published"),
                                              QStringLiteral("--programme-items"),
                                              QStringLiteral("--output"), target});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray());
    const QByteArray ics = readFile(target);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));

    auto opened = Database::open(m_demo, {.create = false, .readOnly = true});
    QVERIFY2(opened.database, qPrintable(opened.message));
    const Database &db = *opened.database;

    // Every published event, and each of its programme items, at the instant
    // the database holds, as both parsers read it.
    QMap<QString, QDateTime> starts;
    QMap<QString, int> sequences;
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id, uid, start_utc, all_day, status, "
                                            "ical_sequence FROM event WHERE published = 1"));
    QVERIFY(Database::exec(q));
    int cancelled = 0;
    // Read whole before the items are asked for: a server connection reads
    // one result at a time.
    QList<QPair<QVariant, QString>> published;
    while (q.next()) {
        QCOMPARE(q.value(3).toInt(), 0);
        const QString uid = q.value(1).toString();
        starts.insert(uid, Clock::fromStorage(q.value(2).toString()));
        sequences.insert(uid, q.value(5).toInt());
        if (q.value(4).toString() == QLatin1StringView("cancelled"))
            ++cancelled;
        published.append({q.value(0), uid});
    }
    for (const auto &[id, uid] : std::as_const(published)) {
        QSqlQuery items = db.prepare(
            QStringLiteral("SELECT id, start_utc FROM programme_item WHERE event_id = ?"));
        items.addBindValue(id);
        QVERIFY(Database::exec(items));
        while (items.next()) {
            const QString itemUid = uid.section(QLatin1Char('@'), 0, 0) + QStringLiteral("-item-") +
                                    items.value(0).toString() + QLatin1Char('@') +
                                    uid.section(QLatin1Char('@'), 1);
            starts.insert(itemUid, Clock::fromStorage(items.value(1).toString()));
        }
    }
    QVERIFY(starts.size() > 3);
    QVERIFY2(cancelled >= 1, "the demo data should hold a cancelled published event");

    for (const IcalChecks::Result &parsed : {IcalChecks::libical(ics), IcalChecks::icalJs(ics)}) {
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
        QCOMPARE(QStringList(parsed.starts.keys()), QStringList(starts.keys()));
        for (auto it = starts.cbegin(); it != starts.cend(); ++it)
            QCOMPARE(parsed.starts.value(it.key()).utc, it.value());
    }

    const QString text = unfold(ics);
    QCOMPARE(text.count(QLatin1StringView("STATUS:CANCELLED")) > 0, true);
    for (auto it = sequences.cbegin(); it != sequences.cend(); ++it) {
        const qsizetype at =
            text.indexOf(QStringLiteral("UID:") + it.key() + QStringLiteral("\r\n"));
        QVERIFY(at >= 0);
        const qsizetype seq = text.indexOf(QLatin1StringView("SEQUENCE:"), at);
        QCOMPARE(text.mid(seq, text.indexOf(QLatin1Char('\r'), seq) - seq),
                 QStringLiteral("SEQUENCE:%1").arg(it.value()));
    }
    QVERIFY(text.contains(QLatin1StringView(
        "ORGANIZER;CN=\"Development and Peace Foundation (sef:)\":mailto:events@example.org\r\n")));
    QVERIFY(!text.contains(QLatin1StringView("X-WR-CALNAME")));

    // Privacy: nobody's e-mail or phone, and no attendee who has no role.
    QSqlQuery people = db.prepare(
        QStringLiteral("SELECT p.given_name || ' ' || p.family_name, p.email, p.phone FROM person p"
                       " WHERE NOT EXISTS (SELECT 1 FROM role r WHERE r.person_id = p.id)"
                       "   AND EXISTS (SELECT 1 FROM registration g WHERE g.person_id = p.id)"));
    QVERIFY(Database::exec(people));
    int attendees = 0;
    while (people.next()) {
        ++attendees;
        QVERIFY2(!text.contains(people.value(0).toString()),
                 qPrintable(people.value(0).toString()));
    }
    QVERIFY(attendees > 10);
    // RFC 5546 §3.2.1: a publication has no ATTENDEE at all.
    QVERIFY(!text.contains(QLatin1StringView("ATTENDEE")));
    QVERIFY(text.contains(QLatin1StringView("\r\nMETHOD:PUBLISH\r\n")));
    QSqlQuery contacts = db.prepare(QStringLiteral("SELECT email, phone FROM person"));
    QVERIFY(Database::exec(contacts));
    while (contacts.next()) {
        for (int c = 0; c < 2; ++c) {
            const QString value = contacts.value(c).toString();
            if (!value.isEmpty() && value != QLatin1StringView("events@example.org"))
                QVERIFY2(!text.contains(value), qPrintable(value));
        }
    }

    // The same to standard output.
    const Run toStdout = podium(
        base() + QStringList{QStringLiteral("--published"), QStringLiteral("--programme-items"),
                             QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(toStdout.exitCode, 0);
    auto strip = [](QByteArray b) {
        for (qsizetype s = b.indexOf("DTSTAMP:"); s >= 0; s = b.indexOf("DTSTAMP:"))
            b.remove(s, b.indexOf('\n', s) - s + 1);
        return b;
    };
    QCOMPARE(strip(toStdout.out), strip(ics));
}

void TestICalExportCli::seriesNamesTheCalendar()
{
    const Run r = podium(base() + QStringList{QStringLiteral("--series"),
                                              QStringLiteral("Berlin Summer Dialogue"),
                                              QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    const QString text = unfold(r.out);
    QVERIFY2(text.contains(QLatin1StringView("\r\nX-WR-CALNAME:Berlin Summer Dialogue\r\n")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1StringView("SUMMARY:Can cities save the world?\r\n")));
    QVERIFY(IcalChecks::libical(r.out).errors.isEmpty());
}

void TestICalExportCli::eventsByIdAndUid()
{
    auto opened = Database::open(m_demo, {.create = false, .readOnly = true});
    QVERIFY(opened.database);
    QSqlQuery q =
        opened.database->prepare(QStringLiteral("SELECT id, uid FROM event ORDER BY id LIMIT 2"));
    QVERIFY(Database::exec(q));
    QVERIFY(q.next());
    const QString firstId = q.value(0).toString();
    const QString firstUid = q.value(1).toString();
    QVERIFY(q.next());
    const QString secondUid = q.value(1).toString();
    const Run r =
        podium(base() + QStringList{QStringLiteral("--event"), firstId, QStringLiteral("--event"),
                                    secondUid, QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    const QString text = unfold(r.out);
    QCOMPARE(text.count(QLatin1StringView("BEGIN:VEVENT")), 2);
    QVERIFY(text.contains(QStringLiteral("UID:") + firstUid + QStringLiteral("\r\n")));
    QVERIFY(text.contains(QStringLiteral("UID:") + secondUid + QStringLiteral("\r\n")));
    QVERIFY(IcalChecks::libical(r.out).errors.isEmpty());
}

void TestICalExportCli::dateRangeAndLanguage()
{
    const Run r =
        podium(base() + QStringList{QStringLiteral("--from"), QStringLiteral("2023-09-19"),
                                    QStringLiteral("--to"), QStringLiteral("2023-09-19"),
                                    QStringLiteral("--language"), QStringLiteral("de"),
                                    QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    const QString text = unfold(r.out);
    QCOMPARE(text.count(QLatin1StringView("BEGIN:VEVENT")), 1);
    QVERIFY2(text.contains(QLatin1StringView("Berliner Sommerdialog")), qPrintable(text));
    QVERIFY(text.contains(QLatin1StringView("Programm\\n19:00")));
    QVERIFY(text.contains(QLatin1StringView("DTSTART;TZID=Europe/Berlin:20230919T190000\r\n")));
}

void TestICalExportCli::fileIsWhatStandardOutputGets_data()
{
    QTest::addColumn<QStringList>("selection");
    QTest::newRow("everything, with items")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                       QStringLiteral("--programme-items")};
    QTest::newRow("the public feed, German") << QStringList{
        QStringLiteral("--published"), QStringLiteral("--language"), QStringLiteral("de")};
    QTest::newRow("a series") << QStringList{QStringLiteral("--series"),
                                             QStringLiteral("Evening Talk")};
    // The query's margin around the range takes in the talk of 29 December
    // 2026, which the range leaves out: the zone's years found beforehand
    // are not the ones used.
    QTest::newRow("a year, the one before at its edge") << QStringList{
        QStringLiteral("--from"), QStringLiteral("2026-12-31"), QStringLiteral("--to"),
        QStringLiteral("2027-12-31"), QStringLiteral("--programme-items")};
}

// A file is written while the events are read, standard output all at
// once; both are the same calendar.
void TestICalExportCli::fileIsWhatStandardOutputGets()
{
    QFETCH(QStringList, selection);
    const QString target = m_dir.filePath(QStringLiteral("streamed.ics"));
    const Run file = podium(base() + selection + QStringList{QStringLiteral("--output"), target});
    QCOMPARE(file.err, QString());
    QCOMPARE(file.exitCode, 0);
    const Run out =
        podium(base() + selection + QStringList{QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(out.exitCode, 0);
    const QByteArray written = readFile(target);
    QVERIFY(written.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(written.contains("BEGIN:VTIMEZONE\r\n"));
    QVERIFY(written.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(withoutStamps(written), withoutStamps(out.out));
}

// The zone's years are found before the events are read, over a range a
// little wider than asked for; when that gives another VTIMEZONE than the
// events need, the file is written again and is still what standard output
// gets.
void TestICalExportCli::fileWrittenAgainWhenTheZonesDiffer()
{
    auto opened = m_databases.create(QStringLiteral("zones.podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    const QString location = m_databases.lastLocation();
    // Berlin kept no summer time until 1980: its VTIMEZONE for 1979 and 1980
    // is not the one for 1980 alone.
    QVERIFY(opened.database->execute(QStringLiteral(
        "INSERT INTO event (uid, title_en, start_utc, end_utc, time_zone, title_key, created_at, "
        "modified_at) VALUES ('eve@podium', 'New Year''s Eve talk', '1979-12-31T17:00:00Z', "
        "'1979-12-31T19:00:00Z', 'Europe/Berlin', 'new year''s eve talk', "
        "'1979-01-01T00:00:00Z', '1979-01-01T00:00:00Z'), ('june@podium', 'June talk', "
        "'1980-06-10T17:00:00Z', '1980-06-10T19:00:00Z', 'Europe/Berlin', 'june talk', "
        "'1979-01-01T00:00:00Z', '1979-01-01T00:00:00Z')")));
    opened.database.reset();
    const QStringList selection{QStringLiteral("export"),     QStringLiteral("ics"),
                                QStringLiteral("--database"), location,
                                QStringLiteral("--from"),     QStringLiteral("1980-01-01"),
                                QStringLiteral("--to"),       QStringLiteral("1980-12-31"),
                                QStringLiteral("--output")};
    const QString target = m_dir.filePath(QStringLiteral("zones.ics"));
    const Run file = podium(selection + QStringList{target});
    QCOMPARE(file.err, QString());
    QCOMPARE(file.exitCode, 0);
    const Run out = podium(selection + QStringList{QStringLiteral("-")});
    QCOMPARE(out.exitCode, 0);
    const QByteArray written = readFile(target);
    QCOMPARE(written.count("BEGIN:VEVENT"), 1);
    QVERIFY(written.contains("UID:june@podium"));
    QCOMPARE(withoutStamps(written), withoutStamps(out.out));
}

void TestICalExportCli::invitationNamesExactlyTheRecipients()
{
    auto opened = Database::open(m_demo, {.create = false, .readOnly = true});
    QVERIFY(opened.database);
    const Database &db = *opened.database;
    // The event with the most registered people who have an address.
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT e.id, e.uid FROM event e JOIN registration g ON g.event_id = e.id"
                       "  JOIN person p ON p.id = g.person_id WHERE p.email IS NOT NULL"
                       " GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1"));
    QVERIFY(Database::exec(q));
    QVERIFY(q.next());
    const QString eventId = q.value(0).toString();
    const QString uid = q.value(1).toString();
    struct Person
    {
        QString id;
        QString name;
        QString email;
    };
    QList<Person> registered;
    QSqlQuery people = db.prepare(
        QStringLiteral("SELECT p.id, p.given_name || ' ' || p.family_name, p.email, p.honorific"
                       "  FROM registration g JOIN person p ON p.id = g.person_id"
                       " WHERE g.event_id = ? AND p.email IS NOT NULL ORDER BY p.id"));
    people.addBindValue(eventId);
    QVERIFY(Database::exec(people));
    while (people.next()) {
        const QString honorific = people.value(3).toString();
        registered.append({people.value(0).toString(),
                           (honorific.isEmpty() ? QString() : honorific + QLatin1Char(' ')) +
                               people.value(1).toString(),
                           people.value(2).toString()});
    }
    QVERIFY2(registered.size() >= 4, "the demo event should have several registrations");

    // One by id, one by address (in other case), the first again by address.
    const Person &first = registered.at(0);
    const Person &second = registered.at(2);
    const QString target = m_dir.filePath(QStringLiteral("invitation.ics"));
    const Run r =
        podium(base() + QStringList{QStringLiteral("--event"), eventId, QStringLiteral("--invite"),
                                    first.id, QStringLiteral("--invite"), second.email.toUpper(),
                                    QStringLiteral("--invite"), first.email,
                                    QStringLiteral("--output"), target});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    const QByteArray ics = readFile(target);
    const QString text = unfold(ics);
    QVERIFY(text.contains(QLatin1StringView("\r\nMETHOD:REQUEST\r\n")));
    QCOMPARE(text.count(QLatin1StringView("BEGIN:VEVENT")), 1);
    QVERIFY(text.contains(QStringLiteral("UID:") + uid + QStringLiteral("\r\n")));
    QVERIFY(text.contains(QLatin1StringView(
        "ORGANIZER;CN=\"Development and Peace Foundation (sef:)\":mailto:events@example.org\r\n")));
    QCOMPARE(text.count(QLatin1StringView("\r\nATTENDEE")), 2);
    QVERIFY2(text.contains(QStringLiteral("\r\nATTENDEE;CN=%1;CUTYPE=INDIVIDUAL;ROLE=REQ-"
                                          "PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%2"
                                          "\r\n")
                               .arg(first.name, first.email)),
             qPrintable(text));
    // An address given in other case is the person's all the same.
    QVERIFY2(
        text.contains(QStringLiteral("\r\nATTENDEE;CN=%1;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;"
                                     "PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%2\r\n")
                          .arg(second.name, second.email.toUpper())),
        qPrintable(text));
    // Nobody else who registered.
    for (const Person &p : std::as_const(registered)) {
        if (p.id == first.id || p.id == second.id)
            continue;
        QVERIFY2(!text.contains(p.email, Qt::CaseInsensitive), qPrintable(p.email));
        QVERIFY2(!text.contains(p.name), qPrintable(p.name));
    }
    for (const IcalChecks::Result &parsed : {IcalChecks::libical(ics), IcalChecks::icalJs(ics)}) {
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
        QCOMPARE(QStringList(parsed.starts.keys()), QStringList{uid});
    }
}

void TestICalExportCli::invitationFailures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString invite = QStringLiteral("--invite");
    QTest::newRow("several events")
        << QStringList{QStringLiteral("--published"), invite, QStringLiteral("guest@example.org")}
        << 1 << QStringLiteral("An invitation is for exactly one event");
    QTest::newRow("unknown person")
        << QStringList{QStringLiteral("--event"), QStringLiteral("1"), invite,
                       QStringLiteral("999999")}
        << 1 << QStringLiteral("--invite: There is no person with id 999999.");
    QTest::newRow("neither id nor address")
        << QStringList{QStringLiteral("--event"), QStringLiteral("1"), invite,
                       QStringLiteral("Jane Doe")}
        << 1 << QStringLiteral("\"Jane Doe\" is neither a person's id nor an e-mail address");
    QTest::newRow("with programme items")
        << QStringList{QStringLiteral("--event"), QStringLiteral("1"),
                       QStringLiteral("--programme-items"), invite, QStringLiteral("1")}
        << 2 << QStringLiteral("leave out --programme-items");
}

void TestICalExportCli::invitationFailures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString target = m_dir.filePath(QStringLiteral("kept-invitation.ics"));
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous export\r\n");
    }
    const Run r = podium(base() + arguments + QStringList{QStringLiteral("--output"), target});
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(readFile(target), QByteArray("previous export\r\n"));
}

void TestICalExportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList out{QStringLiteral("--output"), QStringLiteral("-")};
    const QStringList db{QStringLiteral("--database"), QStringLiteral("x.podium")};
    const QString ex = QStringLiteral("export");
    const QString ics = QStringLiteral("ics");
    QTest::newRow("no format") << QStringList{ex} << QStringLiteral("Say which format: ics, pdf");
    QTest::newRow("unknown format")
        << QStringList{ex, QStringLiteral("vcs")} << QStringLiteral("Unknown format \"vcs\"");
    QTest::newRow("no database") << QStringList{ex, ics, QStringLiteral("--published")} + out
                                 << QStringLiteral("--database");
    QTest::newRow("no output") << QStringList{ex, ics, QStringLiteral("--published")} + db
                               << QStringLiteral("--output");
    QTest::newRow("no selection") << QStringList{ex, ics} + db + out
                                  << QStringLiteral("Say what to export");
    QTest::newRow("bad from") << QStringList{ex, ics, QStringLiteral("--from"),
                                             QStringLiteral("2023-13-01")} +
                                     db + out
                              << QStringLiteral("--from \"2023-13-01\" is not a date");
    QTest::newRow("bad to") << QStringList{ex, ics, QStringLiteral("--to"),
                                           QStringLiteral("19.09.2023")} +
                                   db + out
                            << QStringLiteral("--to \"19.09.2023\"");
    QTest::newRow("from after to") << QStringList{ex,
                                                  ics,
                                                  QStringLiteral("--from"),
                                                  QStringLiteral("2023-10-01"),
                                                  QStringLiteral("--to"),
                                                  QStringLiteral("2023-09-01")} +
                                          db + out
                                   << QStringLiteral("is after --to");
    QTest::newRow("bad language") << QStringList{ex, ics, QStringLiteral("--published"),
                                                 QStringLiteral("--language"),
                                                 QStringLiteral("fr")} +
                                         db + out
                                  << QStringLiteral("Unknown language");
    QTest::newRow("stray argument")
        << QStringList{ex, ics, QStringLiteral("--published"), QStringLiteral("extra")} + db + out
        << QStringLiteral("Unexpected argument");
}

void TestICalExportCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = podium(arguments);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

void TestICalExportCli::failures_data()
{
    QTest::addColumn<QStringList>("selection");
    QTest::addColumn<QString>("message");
    QTest::newRow("no event in range")
        << QStringList{QStringLiteral("--from"), QStringLiteral("1990-01-01"),
                       QStringLiteral("--to"), QStringLiteral("1990-12-31")}
        << QStringLiteral("No event matches");
    QTest::newRow("unknown series")
        << QStringList{QStringLiteral("--series"), QStringLiteral("Winter Talks")}
        << QStringLiteral("no series named \"Winter Talks\"");
    QTest::newRow("unknown event")
        << QStringList{QStringLiteral("--event"), QStringLiteral("no-such-uid")}
        << QStringLiteral("no event with the UID no-such-uid");
}

void TestICalExportCli::failures()
{
    QFETCH(QStringList, selection);
    QFETCH(QString, message);
    // A failed export leaves an existing file as it was.
    const QString target = m_dir.filePath(QStringLiteral("kept.ics"));
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous export\r\n");
    }
    const Run r = podium(base() + selection + QStringList{QStringLiteral("--output"), target});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(readFile(target), QByteArray("previous export\r\n"));
}

PODIUM_BACKEND_TEST_MAIN(TestICalExportCli, QStringList{})
#include "tst_icalexport_cli.moc"
