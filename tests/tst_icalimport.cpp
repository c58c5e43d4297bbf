// podium import ics: calendar files as Outlook, Google, Thunderbird and Apple
// write them, read with libical and saved through the repositories.
#include "backendwidgettest.h"
#include "commands.h"
#include "domain/event.h"
#include "domain/eventrepository.h"
#include "domain/series.h"
#include "domain/seriesrepository.h"
#include "domain/venue.h"
#include "domain/venuerepository.h"
#include "importics.h"
#include "io/icalevents.h"
#include "io/icalexport.h"
#include "io/icalimport.h"
#include "io/icalimportcommand.h"
#include "podiumrun.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

using namespace Podium;

using PodiumRun::Run;

namespace {

Run import(const QStringList &arguments)
{
    return PodiumRun::command(&Cli::runImport, arguments);
}

QString dataFile(const char *name)
{
    return QStringLiteral(PODIUM_TEST_DATA "/icalimport/") + QString::fromUtf8(name);
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

/** Every row of every table, in a stable order: what "unchanged" means. */
QString dump(const Database &db)
{
    QString text;
    QSqlQuery tables = db.prepare(
        db.isServer()
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema "
                             "= current_schema() AND table_type = 'BASE TABLE' ORDER BY 1")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                             "NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!Database::exec(tables))
        return QStringLiteral("cannot list tables");
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &name : std::as_const(names)) {
        QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
        if (!Database::exec(q))
            return QStringLiteral("cannot read ") + name;
        // Sorted here: a table without an id has no order both backends share.
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
        rows.sort();
        text += QStringLiteral("== ") + name + QLatin1Char('\n') + rows.join(QLatin1Char('\n')) +
                QLatin1Char('\n');
    }
    return text;
}

QByteArray withoutStamps(const QByteArray &ics)
{
    QList<QByteArray> lines = ics.split('\n');
    lines.removeIf([](const QByteArray &l) { return l.startsWith("DTSTAMP:"); });
    return lines.join('\n');
}

} // namespace

class TestICalImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void instants_data();
    void instants();
    void outlookText();
    void customZones();
    void googleOnlineAndAllDay();
    void thunderbirdCategories();
    void recurringFirstOnly();
    void recurringExpanded();
    void secondImportUpdates();
    void undoAndRedoOfAnImport();
    void olderSequenceIsSkipped();
    void dryRunWritesNothing();
    void refused_data();
    void refused();
    void usage_data();
    void usage();
    void markdownOfPlainText();
    void roundTrip();

private:
    std::unique_ptr<Database> openDatabase(const QString &name);
    QStringList base() const
    {
        return {QStringLiteral("ics"), QStringLiteral("--database"), m_path};
    }

    // Calendar files are written here.
    QTemporaryDir m_dir;
    // The databases: files, or databases on the server named by
    // PODIUM_TEST_SERVER; each name made once, then opened again.
    Testing::TestDatabases m_databases;
    QHash<QString, QString> m_locations;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

std::unique_ptr<Database> TestICalImport::openDatabase(const QString &name)
{
    if (const auto known = m_locations.constFind(name); known != m_locations.constEnd())
        return std::move(Database::open(*known, {}).database);
    auto result = m_databases.create(name);
    if (!result.database)
        qWarning("%s", qPrintable(result.message));
    else
        m_locations.insert(name, m_databases.lastLocation());
    return std::move(result.database);
}

void TestICalImport::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    const QString name = QStringLiteral("t%1.podium").arg(++n);
    m_db = openDatabase(name);
    QVERIFY(m_db);
    m_path = m_locations.value(name);
}

void TestICalImport::cleanup()
{
    m_db.reset();
    m_databases.dropAll();
    m_locations.clear();
    Clock::setSource({});
}

void TestICalImport::instants_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<bool>("allDay");

    QTest::newRow("Outlook, W. Europe Standard Time, 19:00 CEST")
        << dataFile("outlook.ics")
        << QStringLiteral(
               "040000008200E00074C5B7101A82E00800000000D0A7E1F3A1C4D90100000000000000001"
               "0000000B5C0F7D6E0B3A54A9B1C2D3E4F5A6B7C")
        << utc(2023, 9, 19, 17, 0) << utc(2023, 9, 19, 19, 0) << QByteArray("Europe/Berlin")
        << false;
    QTest::newRow("Outlook, all day 5-6 October")
        << dataFile("outlook.ics")
        << QStringLiteral(
               "040000008200E00074C5B7101A82E00800000000E1B8F2A4B2D5E90100000000000000001"
               "0000000C6D1A8E7F1C4B65BAC2D3E4F5A6B7C8D")
        << utc(2023, 10, 4, 22, 0) << utc(2023, 10, 6, 22, 0) << QByteArray("Europe/Berlin")
        << true;
    QTest::newRow("Google, UTC with X-WR-TIMEZONE")
        << dataFile("google.ics") << QStringLiteral("7kq3v1m0d9u2p5s8e4r6t1b3nc@google.com")
        << utc(2023, 10, 24, 16, 0) << utc(2023, 10, 24, 18, 0) << QByteArray("Europe/Berlin")
        << false;
    QTest::newRow("Google, all day 6-8 November after the DST change")
        << dataFile("google.ics") << QStringLiteral("2f9d8c7b6a5e4d3c2b1a0f9e8d@google.com")
        << utc(2023, 11, 5, 23, 0) << utc(2023, 11, 8, 23, 0) << QByteArray("Europe/Berlin")
        << true;
    QTest::newRow("Thunderbird, New York after its DST change")
        << dataFile("thunderbird.ics") << QStringLiteral("0f6c2a4e-8d1b-4c3e-9a7f-2b5d8e1c4a90")
        << utc(2023, 11, 6, 23, 30) << utc(2023, 11, 7, 1, 0) << QByteArray("America/New_York")
        << false;
    QTest::newRow("Thunderbird, Berlin across the DST change")
        << dataFile("thunderbird.ics") << QStringLiteral("9a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9")
        << utc(2023, 10, 28, 23, 30) << utc(2023, 10, 29, 2, 30) << QByteArray("Europe/Berlin")
        << false;
    QTest::newRow("Outlook, custom VTIMEZONE with EU rules")
        << dataFile("custom-zone.ics")
        << QStringLiteral(
               "040000008200E00074C5B7101A82E00800000000F2C9A3B5C3E6FA0100000000000000001"
               "0000000D7E2B9F8A2D5C76CBD3E4F5A6B7C8D9E")
        << utc(2023, 10, 5, 8, 0) << utc(2023, 10, 5, 9, 30) << QByteArray("Europe/Berlin")
        << false;
    QTest::newRow("Outlook, custom VTIMEZONE +0317 that no zone has")
        << dataFile("custom-zone.ics")
        << QStringLiteral(
               "040000008200E00074C5B7101A82E00800000000A3D0B4C6D4F70B0100000000000000001"
               "0000000E8F3CA09B3E6D87DCE4F5A6B7C8D9E0F")
        << utc(2023, 10, 6, 5, 43) << utc(2023, 10, 6, 6, 43) << QByteArray("UTC") << false;
    // RFC 5545 §3.3.5: a local time that occurs twice is its first
    // occurrence (02:30 CEST, not 02:30 CET); one in the gap of a DST change
    // is read with the offset before the gap (02:30 CET = 03:30 CEST).
    QTest::newRow("Europe/Berlin, 02:30 in the repeated hour is the first one")
        << dataFile("dst-ambiguity.ics") << QStringLiteral("repeated-hour-iana@example.org")
        << utc(2023, 10, 29, 0, 30) << utc(2023, 10, 29, 2, 30) << QByteArray("Europe/Berlin")
        << false;
    QTest::newRow("Europe/Berlin, 02:30 in the skipped hour is 03:30 CEST")
        << dataFile("dst-ambiguity.ics") << QStringLiteral("gap-iana@example.org")
        << utc(2023, 3, 26, 1, 30) << utc(2023, 3, 26, 2, 0) << QByteArray("Europe/Berlin")
        << false;
    QTest::newRow("W. Europe Standard Time, 02:30 in the repeated hour is the first one")
        << dataFile("dst-ambiguity.ics") << QStringLiteral("repeated-hour-windows@example.org")
        << utc(2023, 10, 29, 0, 30) << utc(2023, 10, 29, 2, 30) << QByteArray("Europe/Berlin")
        << false;
    QTest::newRow("W. Europe Standard Time, 02:30 in the skipped hour is 03:30 CEST")
        << dataFile("dst-ambiguity.ics") << QStringLiteral("gap-windows@example.org")
        << utc(2023, 3, 26, 1, 30) << utc(2023, 3, 26, 2, 0) << QByteArray("Europe/Berlin")
        << false;
}

void TestICalImport::instants()
{
    QFETCH(QString, file);
    QFETCH(QString, uid);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(QByteArray, zone);
    QFETCH(bool, allDay);

    const Run r = import(base() << file);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    const std::optional<Event> e = EventRepository(*m_db).findByUid(uid);
    QVERIFY2(e, qPrintable(r.out));
    QCOMPARE(e->start, start);
    QCOMPARE(e->end, end);
    QCOMPARE(e->timeZone, zone);
    QCOMPARE(e->allDay, allDay);
}

void TestICalImport::outlookText()
{
    const Run r = import(base() << dataFile("outlook.ics"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("2 created, 0 updated, 0 skipped.")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Windows zone “W. Europe Standard Time” read as "
                                           "Europe/Berlin")),
             qPrintable(r.out));
    const QList<Event> all = EventRepository(*m_db).all();
    QCOMPARE(all.size(), 2);
    const Event &e = all.constFirst();
    // German text goes to the German fields; the folded description is
    // whole, its escaped commas and line breaks restored.
    QCOMPARE(e.language, Language::German);
    QCOMPARE(e.title.de, QStringLiteral("Werkstattgespräch: Die Stadt im Klimawandel"));
    QCOMPARE(e.title.en, QString());
    QCOMPARE(ICalExport::plainText(e.description.de),
             QStringLiteral("Liebe Kolleginnen und Kollegen,\n\nwir laden Sie herzlich zum "
                            "Werkstattgespräch über Klimaanpassung in der Stadt ein. Es "
                            "diskutieren Vertreterinnen und Vertreter aus Verwaltung, "
                            "Wissenschaft und Zivilgesellschaft.\n\nMit freundlichen "
                            "Grüßen\nIhr Team der Stiftung"));
    QCOMPARE(e.venueId, 0);
    QCOMPARE(e.notes,
             QStringLiteral("Location: Literaturhaus Berlin, Fasanenstraße 23, 10719 Berlin"));
    QCOMPARE(e.status, EventStatus::Planned);
    QVERIFY(!e.published);
}

void TestICalImport::customZones()
{
    const Run r = import(base() << dataFile("custom-zone.ics"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("the file's own zone “Customized Time Zone” has no "
                                           "IANA name; shown as Europe/Berlin")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("the file's own zone “Customized Time Zone 1” matches "
                                           "no IANA zone")),
             qPrintable(r.out));
}

void TestICalImport::googleOnlineAndAllDay()
{
    const Run r = import(base() << dataFile("google.ics"));
    QCOMPARE(r.exitCode, 0);
    const std::optional<Event> panel =
        EventRepository(*m_db).findByUid(QStringLiteral("7kq3v1m0d9u2p5s8e4r6t1b3nc@google.com"));
    QVERIFY(panel);
    QCOMPARE(panel->language, Language::English);
    QCOMPARE(panel->title.en, QStringLiteral("Open data for cities: a panel"));
    QCOMPARE(panel->onlineUrl, QStringLiteral("https://meet.google.com/abc-defg-hij"));
    QCOMPARE(panel->status, EventStatus::Confirmed);
    QCOMPARE(panel->notes, QString());
    // Google's separator line of dashes and colons must stay text, not
    // become a Markdown heading or rule.
    QVERIFY(
        ICalExport::plainText(panel->description.en).contains(QStringLiteral("-::~:~::~:~:~:~")));
    const std::optional<Event> retreat =
        EventRepository(*m_db).findByUid(QStringLiteral("2f9d8c7b6a5e4d3c2b1a0f9e8d@google.com"));
    QVERIFY(retreat);
    QCOMPARE(retreat->firstDay(), QDate(2023, 11, 6));
    QCOMPARE(retreat->lastDay(), QDate(2023, 11, 8));
    QCOMPARE(retreat->description, LocalizedText());
}

void TestICalImport::thunderbirdCategories()
{
    Series s;
    s.name.en = QStringLiteral("Transatlantic Dialogues");
    QVERIFY(SeriesRepository(*m_db).insert(s));
    const Run r = import(base() << QStringLiteral("--language") << QStringLiteral("en")
                                << dataFile("thunderbird.ics"));
    QCOMPARE(r.exitCode, 0);
    const std::optional<Event> e =
        EventRepository(*m_db).findByUid(QStringLiteral("0f6c2a4e-8d1b-4c3e-9a7f-2b5d8e1c4a90"));
    QVERIFY(e);
    QCOMPARE(e->seriesId, s.id);
    QCOMPARE(e->topic.en, QStringLiteral("Democracy"));
    QCOMPARE(e->status, EventStatus::Planned);
    // --language en puts even the German title into the English field.
    const std::optional<Event> night =
        EventRepository(*m_db).findByUid(QStringLiteral("9a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9"));
    QVERIFY(night);
    QCOMPARE(night->title.en, QStringLiteral("Nachtgespräch zur Zeitumstellung"));
    QCOMPARE(night->language, Language::English);
}

void TestICalImport::recurringFirstOnly()
{
    const Run r = import(base() << dataFile("apple.ics"));
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("1 created, 0 updated, 1 skipped.")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("only the first occurrence is imported")),
             qPrintable(r.out));
    const QList<Event> all = EventRepository(*m_db).all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().uid, QStringLiteral("5E3B1C2A-7D4F-4A8B-9C6E-1F2D3A4B5C6D"));
    QCOMPARE(all.constFirst().start, utc(2023, 10, 10, 16, 0));
    QCOMPARE(all.constFirst().end, utc(2023, 10, 10, 17, 30));
    QCOMPARE(all.constFirst().notes,
             QStringLiteral("Location: Haus der Stiftung, Musterstraße 1, 10117 Berlin"));
}

void TestICalImport::recurringExpanded()
{
    const QStringList args = base() << QStringLiteral("--expand-from")
                                    << QStringLiteral("2023-10-01") << QStringLiteral("--expand-to")
                                    << QStringLiteral("2023-11-10") << dataFile("apple.ics");
    Run r = import(args);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    const QString uid = QStringLiteral("5E3B1C2A-7D4F-4A8B-9C6E-1F2D3A4B5C6D/");
    // Weekly at 18:00 Berlin from 10 October: the 24th is excluded, the 31st
    // is after the DST change (17:00Z), 7 November was moved to 19:00 and
    // keeps its RECURRENCE-ID, 14 November is outside the range.
    const QList<QPair<QString, QDateTime>> expected{
        {uid + QStringLiteral("20231010T160000Z"), utc(2023, 10, 10, 16, 0)},
        {uid + QStringLiteral("20231017T160000Z"), utc(2023, 10, 17, 16, 0)},
        {uid + QStringLiteral("20231031T170000Z"), utc(2023, 10, 31, 17, 0)},
        {uid + QStringLiteral("20231107T170000Z"), utc(2023, 11, 7, 18, 0)},
    };
    const QList<Event> all = EventRepository(*m_db).all();
    QCOMPARE(all.size(), expected.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).uid, expected.at(i).first);
        QCOMPARE(all.at(i).start, expected.at(i).second);
        QCOMPARE(all.at(i).start.secsTo(all.at(i).end), 90 * 60);
    }
    QCOMPARE(all.at(3).title.de, QStringLiteral("Kolloquium Stadtentwicklung (später)"));
    QCOMPARE(all.at(3).icalSequence, 1);

    // The same file again: every occurrence is known by UID and
    // RECURRENCE-ID, so nothing is duplicated.
    r = import(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("0 created, 0 updated, 4 skipped.")), qPrintable(r.out));
    QCOMPARE(EventRepository(*m_db).all().size(), 4);
}

void TestICalImport::secondImportUpdates()
{
    Run r = import(base() << dataFile("google.ics"));
    QCOMPARE(r.exitCode, 0);
    const QString uid = QStringLiteral("7kq3v1m0d9u2p5s8e4r6t1b3nc@google.com");
    const std::optional<Event> before = EventRepository(*m_db).findByUid(uid);
    QVERIFY(before);
    QCOMPARE(before->icalSequence, 0);

    r = import(base() << dataFile("google-updated.ics"));
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("0 created, 1 updated, 1 skipped.")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("changed: title, start, end")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("unchanged")), qPrintable(r.out));
    QCOMPARE(EventRepository(*m_db).all().size(), 2);
    const std::optional<Event> after = EventRepository(*m_db).findByUid(uid);
    QVERIFY(after);
    QCOMPARE(after->id, before->id);
    QCOMPARE(after->title.en, QStringLiteral("Open data for cities: a panel (new time)"));
    QCOMPARE(after->start, utc(2023, 10, 24, 17, 0));
    QCOMPARE(after->end, utc(2023, 10, 24, 19, 0));
    QCOMPARE(after->icalSequence, 1);
}

// The import preview's step: what apply() wrote is taken back and written
// again, creations and updates, in the database the program has open.
void TestICalImport::undoAndRedoOfAnImport()
{
    QStringList errors;
    const auto onError = [&errors](const QString &message) { errors << message; };
    const auto importFile = [&](const char *name, ICalImport::Applied *applied) {
        QFile file(dataFile(name));
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read ") + file.fileName();
        const ICalImport::Plan plan = ICalImport::plan(*m_db, file.readAll(), {});
        if (!plan.error.isEmpty())
            return plan.error;
        QString error;
        if (!ICalImport::apply(*m_db, plan, &error, applied))
            return error.isEmpty() ? QStringLiteral("apply failed") : error;
        return QString();
    };
    const QString uid = QStringLiteral("7kq3v1m0d9u2p5s8e4r6t1b3nc@google.com");
    QUndoStack stack;

    ICalImport::Applied created;
    QString failure = importFile("google.ics", &created);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(created.created.size(), 2);
    stack.push(new ImportCalendarCommand(*m_db, created, QStringLiteral("Import"), onError));
    const QList<Event> imported = EventRepository(*m_db).all();
    QCOMPARE(imported.size(), 2);

    ICalImport::Applied updated;
    failure = importFile("google-updated.ics", &updated);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(updated.updated.size(), 1);
    stack.push(new ImportCalendarCommand(*m_db, updated, QStringLiteral("Update"), onError));
    QCOMPARE(EventRepository(*m_db).findByUid(uid)->title.en,
             QStringLiteral("Open data for cities: a panel (new time)"));

    stack.undo();
    QCOMPARE(errors, QStringList());
    std::optional<Event> event = EventRepository(*m_db).findByUid(uid);
    QVERIFY(event);
    QCOMPARE(event->title.en, imported.constFirst().uid == uid ? imported.constFirst().title.en
                                                               : imported.constLast().title.en);
    QCOMPARE(event->start, utc(2023, 10, 24, 16, 0));
    stack.undo();
    QCOMPARE(errors, QStringList());
    QCOMPARE(EventRepository(*m_db).all().size(), 0);

    stack.redo();
    QCOMPARE(errors, QStringList());
    const QList<Event> back = EventRepository(*m_db).all();
    QCOMPARE(back.size(), 2);
    for (qsizetype i = 0; i < back.size(); ++i) {
        // The same records, under their old ids.
        QCOMPARE(back.at(i).id, imported.at(i).id);
        QCOMPARE(back.at(i).uid, imported.at(i).uid);
        QCOMPARE(back.at(i).title.en, imported.at(i).title.en);
    }
    stack.redo();
    QCOMPARE(errors, QStringList());
    event = EventRepository(*m_db).findByUid(uid);
    QVERIFY(event);
    QCOMPARE(event->title.en, QStringLiteral("Open data for cities: a panel (new time)"));
    QCOMPARE(event->start, utc(2023, 10, 24, 17, 0));
}

void TestICalImport::olderSequenceIsSkipped()
{
    QCOMPARE(import(base() << dataFile("google-updated.ics")).exitCode, 0);
    const QString before = dump(*m_db);
    const Run r = import(base() << dataFile("google.ics"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("the database has a newer version (SEQUENCE 1, the "
                                           "file 0)")),
             qPrintable(r.out));
    QCOMPARE(dump(*m_db), before);
}

void TestICalImport::dryRunWritesNothing()
{
    const QString before = dump(*m_db);
    const Run r = import(base() << QStringLiteral("--dry-run") << dataFile("outlook.ics"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("create ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("2023-09-19 19:00 Europe/Berlin")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Dry run: 2 would be created, 0 updated, 0 skipped")),
             qPrintable(r.out));
    QCOMPARE(dump(*m_db), before);
}

void TestICalImport::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    QTest::newRow("END:VTODO closes a VEVENT")
        << dataFile("broken-nesting.ics")
        << QStringLiteral("Line 16: END:VTODO cannot close BEGIN:VEVENT of line 11.");
    QTest::newRow("DTSTART that is no DATE-TIME")
        << dataFile("bad-dtstart.ics")
        << QStringLiteral("Line 14 (in the VEVENT of line 11) cannot be read: “DTSTART:2023-09-20 "
                          "19:00”.");
    QTest::newRow("a CSV file")
        << dataFile("events.csv")
        << QStringLiteral("This is not an iCalendar file: line 1 reads “Subject,Start Date,Start "
                          "Time,End Date,End Time,Location”");
    QTest::newRow("a missing file")
        << dataFile("no-such-file.ics") << QStringLiteral("Cannot read");
}

void TestICalImport::refused()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    // Something to lose: an earlier import.
    QCOMPARE(import(base() << dataFile("google.ics")).exitCode, 0);
    const QString before = dump(*m_db);
    const Run r = import(base() << file);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(dump(*m_db), before);
}

void TestICalImport::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString ics = dataFile("google.ics");
    QTest::newRow("no format") << QStringList()
                               << QStringLiteral("Say which format: ics, registrations");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("csv")} << QStringLiteral("Unknown format \"csv\"");
    QTest::newRow("no file") << QStringList{QStringLiteral("ics"), QStringLiteral("--database"),
                                            QStringLiteral("x.podium")}
                             << QStringLiteral("Name the .ics file");
    QTest::newRow("no database") << QStringList{QStringLiteral("ics"), ics}
                                 << QStringLiteral("--database FILE is required");
    QTest::newRow("half a range") << QStringList{QStringLiteral("ics"),
                                                 QStringLiteral("--database"),
                                                 QStringLiteral("x.podium"),
                                                 QStringLiteral("--expand-from"),
                                                 QStringLiteral("2023-10-01"),
                                                 ics}
                                  << QStringLiteral("--expand-from and --expand-to go together");
    QTest::newRow("bad date")
        << QStringList{QStringLiteral("ics"),        QStringLiteral("--database"),
                       QStringLiteral("x.podium"),   QStringLiteral("--expand-from"),
                       QStringLiteral("1.10.2023"),  QStringLiteral("--expand-to"),
                       QStringLiteral("2023-10-31"), ics}
        << QStringLiteral("is not a date of the form YYYY-MM-DD");
    QTest::newRow("unknown language")
        << QStringList{QStringLiteral("ics"),      QStringLiteral("--database"),
                       QStringLiteral("x.podium"), QStringLiteral("--language"),
                       QStringLiteral("fr"),       ics}
        << QStringLiteral("Unknown language \"fr\"");
}

void TestICalImport::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = import(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));

    const Run help = import({QStringLiteral("ics"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option :
         {"--database", "--dry-run", "--expand-from", "--expand-to", "--language"})
        QVERIFY2(help.out.contains(QString::fromLatin1(option)), option);
}

void TestICalImport::markdownOfPlainText()
{
    const QString plain = QStringLiteral(
        "# not a heading\n1. not a list\n- nor this\n*not emphasis* and a_b_c, <b>no html</b>\n"
        "[no link](x) &amp; `no code`\n  indented line\n\nsecond paragraph");
    QCOMPARE(ICalExport::plainText(ICalImport::markdownFromPlainText(plain)), plain);
}

void TestICalImport::roundTrip()
{
    // One fixed instant for everything: CREATED and LAST-MODIFIED of both
    // databases come from it, and only DTSTAMP may differ.
    Clock::setSource([] { return utc(2023, 8, 1, 9, 0); });
    auto prepare = [](Database &db, qint64 *venueId, qint64 *roomId, qint64 *seriesId) {
        Venue v;
        v.name = QStringLiteral("Haus der Stiftung");
        v.address = QStringLiteral("Musterstraße 1");
        v.postalCode = QStringLiteral("10117");
        v.city = QStringLiteral("Berlin");
        VenueRepository venues(db);
        QVERIFY(venues.insert(v));
        Room room;
        room.venueId = v.id;
        room.name = QStringLiteral("Saal 2");
        QVERIFY(venues.insertRoom(room));
        Series s;
        s.name.en = QStringLiteral("Berlin Summer Dialogue");
        s.name.de = QStringLiteral("Berliner Sommerdialog");
        QVERIFY(SeriesRepository(db).insert(s));
        *venueId = v.id;
        *roomId = room.id;
        *seriesId = s.id;
    };
    qint64 venueId = 0, roomId = 0, seriesId = 0;
    prepare(*m_db, &venueId, &roomId, &seriesId);
    if (QTest::currentTestFailed())
        return;

    EventRepository events(*m_db);
    Event dialogue;
    dialogue.title.en = QStringLiteral("Cities, Climate; and \"Us\"");
    dialogue.description.en = QStringLiteral(
        "An evening on the *city* in a warming climate.\n\n- Welcome\n- Panel\n- Reception");
    dialogue.topic.en = QStringLiteral("Climate");
    dialogue.seriesId = seriesId;
    dialogue.venueId = venueId;
    dialogue.roomId = roomId;
    dialogue.timeZone = QByteArrayLiteral("Europe/Berlin");
    dialogue.start = utc(2023, 9, 19, 17, 0);
    dialogue.end = utc(2023, 9, 19, 19, 30);
    dialogue.status = EventStatus::Confirmed;
    dialogue.publicUrl = QStringLiteral("https://podium.example.org/events/2023-09-19");
    dialogue.icalSequence = 3;
    QVERIFY(events.insert(dialogue));

    Event newYork;
    newYork.title.en = QStringLiteral("Transatlantic Dialogue");
    newYork.timeZone = QByteArrayLiteral("America/New_York");
    newYork.start = utc(2023, 11, 6, 23, 30);
    newYork.end = utc(2023, 11, 7, 1, 0);
    newYork.status = EventStatus::Planned;
    QVERIFY(events.insert(newYork));

    Event retreat;
    retreat.title.de = QStringLiteral("Klausur über drei Tage");
    retreat.language = Language::German;
    retreat.allDay = true;
    retreat.start = utc(2023, 10, 4, 22, 0);
    retreat.end = utc(2023, 10, 7, 22, 0);
    retreat.status = EventStatus::Cancelled;
    retreat.icalSequence = 2;
    QVERIFY(events.insert(retreat));

    ICalEvents::Selection all;
    all.from = QDate(2023, 1, 1);
    all.to = QDate(2023, 12, 31);
    QList<ICalEvents::Event> read;
    QString error;
    QVERIFY2(ICalEvents::read(*m_db, all, &read, &error), qPrintable(error));
    QCOMPARE(read.size(), 3);
    const QByteArray first = ICalExport::write(*m_db, read, {});
    const QString exported = m_dir.filePath(QStringLiteral("roundtrip.ics"));
    {
        QFile f(exported);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(first);
    }

    // A second database with the same venue and series, as a partner has.
    auto other = openDatabase(QStringLiteral("roundtrip.podium"));
    QVERIFY(other);
    qint64 v2 = 0, r2 = 0, s2 = 0;
    prepare(*other, &v2, &r2, &s2);
    other.reset();
    const Run r = import({QStringLiteral("ics"), QStringLiteral("--database"),
                          m_locations.value(QStringLiteral("roundtrip.podium")), exported});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("3 created, 0 updated, 0 skipped.")), qPrintable(r.out));

    other = openDatabase(QStringLiteral("roundtrip.podium"));
    QVERIFY(other);
    QList<ICalEvents::Event> readBack;
    QVERIFY2(ICalEvents::read(*other, all, &readBack, &error), qPrintable(error));
    QCOMPARE(readBack.size(), 3);
    Clock::setSource([] { return utc(2024, 2, 2, 12, 0); });
    const QByteArray second = ICalExport::write(*other, readBack, {});
    QVERIFY(first.contains("DTSTAMP:20230801T090000Z"));
    QVERIFY(second.contains("DTSTAMP:20240202T120000Z"));
    const QList<QByteArray> a = withoutStamps(first).split('\n');
    const QList<QByteArray> b = withoutStamps(second).split('\n');
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
        QCOMPARE(QString::fromUtf8(b.at(i)), QString::fromUtf8(a.at(i)));
    QCOMPARE(b.size(), a.size());

    // And importing it again changes nothing.
    other.reset();
    const Run again = import({QStringLiteral("ics"), QStringLiteral("--database"),
                              m_locations.value(QStringLiteral("roundtrip.podium")), exported});
    QVERIFY2(again.out.contains(QStringLiteral("0 created, 0 updated, 3 skipped.")),
             qPrintable(again.out));
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestICalImport, QStringList{})
#include "tst_icalimport.moc"
