// The calendar export reads each zone's offsets once for the whole file;
// every time it writes must still be the one QTimeZone gives for that
// instant: local with TZID where the wall-clock time occurs once, UTC where
// it occurs twice, and the programme's times in the description likewise.
#include "io/icalevents.h"
#include "io/icalexport.h"
#include "io/icalwriter.h"
#include "io/vtimezone.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Podium;

class TestICalExportZones : public QObject
{
    Q_OBJECT

private slots:
    void timesAcrossTransitions_data();
    void timesAcrossTransitions();
};

namespace {

QString unfold(const QByteArray &ics)
{
    return QString::fromUtf8(ics).replace(QStringLiteral("\r\n "), QString());
}

/** What the export wrote for @p name in the VEVENT of @p uid, as "NAME;PARAMS:VALUE". */
QString propertyLine(const QString &text, const QString &uid, const QString &name)
{
    const qsizetype at = text.indexOf(QStringLiteral("\r\nUID:") + uid + QStringLiteral("\r\n"));
    if (at < 0)
        return {};
    const qsizetype end = text.indexOf(QStringLiteral("END:VEVENT"), at);
    const QRegularExpression line(QStringLiteral("\r\n(") + name + QStringLiteral("[;:][^\r]*)"));
    const QRegularExpressionMatch m = line.match(text.mid(at, end - at));
    return m.hasMatch() ? m.captured(1) : QString();
}

/** The DTSTART or DTEND line the export must write for @p instant in @p zone. */
QString expectedTime(const QString &name, const QDateTime &instant, const QTimeZone &zone)
{
    if (!VTimeZone::localTimeIsUnambiguous(instant, zone))
        return name + QLatin1Char(':') + ICalWriter::utcDateTime(instant);
    return name + QStringLiteral(";TZID=") + QString::fromUtf8(zone.id()) + QLatin1Char(':') +
           ICalWriter::localDateTime(instant.toTimeZone(zone));
}

} // namespace

void TestICalExportZones::timesAcrossTransitions_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("around");
    const auto utc = [](int y, int m, int d, int h) {
        return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
    };
    QTest::newRow("Berlin, clocks forward") << QByteArray("Europe/Berlin") << utc(2026, 3, 29, 1);
    QTest::newRow("Berlin, clocks back") << QByteArray("Europe/Berlin") << utc(2026, 10, 25, 1);
    QTest::newRow("New York, back") << QByteArray("America/New_York") << utc(2025, 11, 2, 6);
    QTest::newRow("Lord Howe, half an hour")
        << QByteArray("Australia/Lord_Howe") << utc(2026, 4, 4, 15);
    QTest::newRow("Kolkata, no change") << QByteArray("Asia/Kolkata") << utc(2026, 6, 1, 0);
    QTest::newRow("Chatham, back") << QByteArray("Pacific/Chatham") << utc(2026, 4, 4, 14);
}

void TestICalExportZones::timesAcrossTransitions()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, around);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    Testing::TestDatabases databases;
    auto opened = databases.create(QStringLiteral("zones.podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));

    // Events starting every 20 minutes over two days around the change,
    // each with items every 10 minutes from its start, some past midnight.
    QList<ICalEvents::Event> events;
    qint64 itemId = 0;
    for (int k = 0; k < 144; ++k) {
        ICalEvents::Event e;
        e.id = k + 1;
        e.uid = QStringLiteral("zone-%1@podium.test").arg(k);
        e.title.en = QStringLiteral("Event %1").arg(k);
        e.language = QStringLiteral("en");
        e.status = QStringLiteral("confirmed");
        e.timeZone = zone;
        e.start = around.addSecs(-24 * 3600 + k * 1200);
        e.end = e.start.addSecs(3 * 3600);
        e.created = e.modified = around;
        for (int i = 0; i < 4; ++i) {
            ICalEvents::Item item;
            item.id = ++itemId;
            item.start = e.start.addSecs(i * 600);
            item.end = item.start.addSecs(k % 3 == 0 ? 26 * 3600 : 600);
            item.title.en = QStringLiteral("Item %1").arg(item.id);
            item.created = item.modified = around;
            e.items.append(item);
        }
        events.append(e);
    }
    ICalExport::Options exportOptions;
    exportOptions.programmeItems = true;
    const QString text = unfold(ICalExport::write(*opened.database, events, exportOptions));

    for (const ICalEvents::Event &e : std::as_const(events)) {
        QCOMPARE(propertyLine(text, e.uid, QStringLiteral("DTSTART")),
                 expectedTime(QStringLiteral("DTSTART"), e.start, tz));
        QCOMPARE(propertyLine(text, e.uid, QStringLiteral("DTEND")),
                 expectedTime(QStringLiteral("DTEND"), e.end, tz));
        bool severalDays = false;
        for (const ICalEvents::Item &i : e.items) {
            const QString uid = ICalExport::itemUid(e.uid, i.id);
            QCOMPARE(propertyLine(text, uid, QStringLiteral("DTSTART")),
                     expectedTime(QStringLiteral("DTSTART"), i.start, tz));
            QCOMPARE(propertyLine(text, uid, QStringLiteral("DTEND")),
                     expectedTime(QStringLiteral("DTEND"), i.end, tz));
            severalDays =
                severalDays ||
                i.start.toTimeZone(tz).date() != e.items.constFirst().start.toTimeZone(tz).date() ||
                i.end.addSecs(-1).toTimeZone(tz).date() != i.start.toTimeZone(tz).date();
        }
        // The programme in the description, in the zone's wall-clock time.
        const QString description = propertyLine(text, e.uid, QStringLiteral("DESCRIPTION"));
        for (const ICalEvents::Item &i : e.items) {
            const QDateTime s = i.start.toTimeZone(tz);
            const QDateTime t = i.end.toTimeZone(tz);
            QString range = (severalDays ? s.toString(QStringLiteral("yyyy-MM-dd ")) : QString()) +
                            s.toString(QStringLiteral("HH:mm")) + QChar(0x2013);
            if (severalDays && t.date() != s.date())
                range += t.toString(QStringLiteral("yyyy-MM-dd "));
            range += t.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + i.title.en;
            QVERIFY2(description.contains(range),
                     qPrintable(range + QStringLiteral(" in ") + description));
        }
    }
    QCOMPARE(text.count(QStringLiteral("BEGIN:VTIMEZONE")), 1);
}

PODIUM_BACKEND_TEST_MAIN(TestICalExportZones, QStringList{})
#include "tst_icalexportzones.moc"
