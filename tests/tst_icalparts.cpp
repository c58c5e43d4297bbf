// The pieces a large calendar is written with give what the whole would:
// the calendar in parts joins to finish(), writeFileAtomically() writes the
// parts as one file (or nothing), a TEXT value given in pieces is the value
// given whole, the lines written from a prefix are those written by name,
// and the dates formatted by hand are QDateTime's.
#include "domain/demodata.h"
#include "io/icalevents.h"
#include "io/icalexport.h"
#include "io/icalwriter.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "util/atomicfile.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Podium;

class TestICalParts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void partsJoinToTheCalendar_data();
    void partsJoinToTheCalendar();
    void partsAreWrittenAsOneFile();
    void failedWriteLeavesTheOldFile();
    void textInPiecesIsTextWhole_data();
    void textInPiecesIsTextWhole();
    void prefixedLinesAreNamedLines_data();
    void prefixedLinesAreNamedLines();
    void datesFormattedByHand();
    void itemsInTheOrderSqlGives_data();
    void itemsInTheOrderSqlGives();

private:
    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
};

void TestICalParts::initTestCase()
{
    Clock::setSource([] { return QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()); });
    auto created = m_databases.createDemo(QDate(2026, 3, 1));
    QVERIFY2(created.database, qPrintable(created.message));
    m_db = std::move(created.database);
}

void TestICalParts::cleanupTestCase()
{
    m_db.reset();
    Clock::setSource({});
}

void TestICalParts::partsJoinToTheCalendar_data()
{
    QTest::addColumn<bool>("items");
    QTest::addColumn<QString>("language");
    QTest::newRow("with items") << true << QString();
    QTest::newRow("German, without items") << false << QStringLiteral("de");
}

void TestICalParts::partsJoinToTheCalendar()
{
    QFETCH(bool, items);
    QFETCH(QString, language);
    ICalEvents::Selection selection;
    selection.from = QDate(2000, 1, 1);
    ICalExport::Options options;
    options.programmeItems = items;
    options.language = language;
    options.calendarName = QStringLiteral("Dialoge");

    const auto streamed = [&](ICalExport::Stream &stream) {
        QString error;
        QVERIFY2(
            ICalEvents::forEach(
                *m_db, selection, [&stream](const ICalEvents::Event &e) { stream.add(e); }, &error),
            qPrintable(error));
    };
    ICalExport::Stream whole(*m_db, options);
    streamed(whole);
    const QByteArray calendar = whole.finish();

    ICalExport::Stream inParts(*m_db, options);
    streamed(inParts);
    const QList<QByteArray> parts = inParts.finishInParts();
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts.at(0).startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(parts.at(0).contains("BEGIN:VTIMEZONE\r\n"));
    QVERIFY(parts.at(1).startsWith("BEGIN:VEVENT\r\n"));
    QVERIFY(parts.at(1).endsWith("END:VEVENT\r\n"));
    QCOMPARE(parts.at(2), QByteArray("END:VCALENDAR\r\n"));
    QCOMPARE(parts.at(0) + parts.at(1) + parts.at(2), calendar);
}

void TestICalParts::partsAreWrittenAsOneFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("calendar.ics"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older, longer calendar that must be replaced whole\n");
    }
    const QList<QByteArray> parts{QByteArray("BEGIN:VCALENDAR\r\n"),
                                  QByteArray(100000, 'x') + "\r\n", QByteArray(),
                                  QByteArray("END:VCALENDAR\r\n")};
    QString reason;
    QVERIFY2(writeFileAtomically(path, parts, &reason), qPrintable(reason));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), parts.at(0) + parts.at(1) + parts.at(2) + parts.at(3));
    // Only the file itself is left: no temporary beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("calendar.ics")});
}

void TestICalParts::failedWriteLeavesTheOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("no such folder/calendar.ics"));
    QString reason;
    QVERIFY(!writeFileAtomically(missing, QList<QByteArray>{QByteArray("BEGIN:VCALENDAR\r\n")},
                                 &reason));
    QVERIFY(!reason.isEmpty());
    QVERIFY(!QFile::exists(missing));
}

void TestICalParts::textInPiecesIsTextWhole_data()
{
    QTest::addColumn<QStringList>("pieces");
    const QString umlauts = QStringLiteral("Städtepartnerschaften über Grenzen: Köln, Düsseldorf "
                                           "und Görlitz im Gespräch über Öffentlichkeit");
    QTest::newRow("one piece") << QStringList{QStringLiteral("Cities and peace")};
    QTest::newRow("CRLF split between pieces")
        << QStringList{QStringLiteral("first line\r"), QStringLiteral("\nsecond")};
    QTest::newRow("CR at the end, then text")
        << QStringList{QStringLiteral("end\r"), QStringLiteral("next")};
    QTest::newRow("CRLF inside a piece, CR then LF pieces")
        << QStringList{QStringLiteral("a\r\nb\r"), QStringLiteral("\n"), QStringLiteral("\r\n")};
    QTest::newRow("blank pieces only")
        << QStringList{QStringLiteral("  "), QStringLiteral("\t"), QStringLiteral("\u00a0"),
                       QStringLiteral("\x01")};
    QTest::newRow("blank, then content") << QStringList{QStringLiteral("   "), QStringLiteral("x")};
    QTest::newRow("empty pieces") << QStringList{QString(), QString(), QString()};
    QTest::newRow("specials in long ASCII runs")
        << QStringList{QStringLiteral("abcdefghijklmnop,qrstuvwx;yzABCDEFGH\\IJKLMNOPQRSTUVWXYZ"),
                       QStringLiteral("0123456789 0123456\x7f"
                                      "789 0123\t456789 01234567\x1f"
                                      "89"),
                       QStringLiteral("~~~~~~~~~~~~~~~~ !!!!!!!!!!!!!!!! ||||||||||||||||||||")};
    QTest::newRow("non-ASCII after eight plain units")
        << QStringList{QStringLiteral("abcdefgh\u00e4ijklmnop\u2028qrstuvwx\u2029yz"),
                       QStringLiteral("12345678🕊️12345678和平")};
    QTest::newRow("programme lines with umlauts, folded")
        << QStringList{QStringLiteral("Programme"),
                       QStringLiteral("\n"),
                       QStringLiteral("18:00"),
                       QStringLiteral("\u2013"),
                       QStringLiteral("19:30"),
                       QStringLiteral(" "),
                       umlauts,
                       QStringLiteral("\n  "),
                       QStringLiteral("Begrüßung: "),
                       umlauts};
}

void TestICalParts::textInPiecesIsTextWhole()
{
    QFETCH(QStringList, pieces);
    ICalWriter whole;
    whole.text(QStringLiteral("DESCRIPTION"), pieces.join(QString()));
    ICalWriter inPieces;
    inPieces.startText(ICalWriter::prefix(QStringLiteral("DESCRIPTION")));
    qsizetype units = 0;
    for (const QString &piece : std::as_const(pieces)) {
        inPieces.addText(piece);
        units += piece.size();
        QCOMPARE(inPieces.textSize(), units);
    }
    inPieces.endText();
    QCOMPARE(inPieces.data(), whole.data());
    // And what escapeText() and fold() describe.
    const QString escaped = ICalWriter::escapeText(pieces.join(QString()));
    QCOMPARE(inPieces.data(), escaped.trimmed().isEmpty()
                                  ? QByteArray()
                                  : ICalWriter::fold("DESCRIPTION:" + escaped.toUtf8()));
}

void TestICalParts::prefixedLinesAreNamedLines_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDateTime>("instant");
    const QDateTime summer(QDate(2026, 7, 1), QTime(18, 30, 15), QTimeZone::utc());
    QTest::newRow("short") << QStringLiteral("uid-1@podium.test") << summer;
    QTest::newRow("long, folded") << QStringLiteral("a-very-long-identifier-") +
                                         QString(90, QLatin1Char('x')) +
                                         QStringLiteral("@podium.test")
                                  << summer.addYears(-26);
    QTest::newRow("year 999") << QStringLiteral("x")
                              << QDateTime(QDate(999, 12, 31), QTime(23, 0), QTimeZone::utc());
    QTest::newRow("year 10000") << QStringLiteral("x")
                                << QDateTime(QDate(10000, 1, 1), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("no time") << QString() << QDateTime();
}

void TestICalParts::prefixedLinesAreNamedLines()
{
    QFETCH(QString, value);
    QFETCH(QDateTime, instant);
    const ICalWriter::Parameters tzid{{QStringLiteral("TZID"), QStringLiteral("Europe/Berlin")}};

    ICalWriter byName;
    byName.raw(QStringLiteral("UID"), value);
    byName.raw(QStringLiteral("DTSTART"),
               instant.isValid() ? ICalWriter::localDateTime(instant.date(), instant.time())
                                 : QString(),
               tzid);
    byName.utc(QStringLiteral("CREATED"), instant);

    ICalWriter byPrefix;
    byPrefix.writeRaw(ICalWriter::prefix(QStringLiteral("UID")), value.toUtf8());
    if (instant.isValid())
        byPrefix.writeLocalDateTime(ICalWriter::prefix(QStringLiteral("DTSTART"), tzid),
                                    instant.date(), instant.time());
    byPrefix.writeUtc(ICalWriter::prefix(QStringLiteral("CREATED")), instant);
    QCOMPARE(byPrefix.data(), byName.data());
    QCOMPARE(ICalWriter::prefix(QStringLiteral("DTSTART"), tzid),
             QByteArray("DTSTART;TZID=Europe/Berlin:"));
}

void TestICalParts::datesFormattedByHand()
{
    // Every few hours over the years a calendar can hold, and at random
    // through the whole range: the date and time formatDateTime() and
    // civilDate() work out are QDateTime's.
    QList<qint64> instants;
    const qint64 first =
        QDateTime(QDate(1000, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 last =
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), QTimeZone::utc()).toMSecsSinceEpoch();
    for (qint64 ms =
             QDateTime(QDate(1890, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
         ms < QDateTime(QDate(2110, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
         ms += 7 * 3600 * 1000LL + 1234)
        instants.append(ms);
    QRandomGenerator random(20261129);
    for (int k = 0; k < 100000; ++k)
        instants.append(first + qint64(random.generateDouble() * double(last - first)));
    instants << first << last << 0 << -1 << 951782400000LL /* 2000-02-29 */;
    for (const qint64 ms : std::as_const(instants)) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        char text[15];
        QVERIFY(ICalWriter::formatDateTime(text, ms));
        QCOMPARE(QByteArray(text, 15), t.toString(QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1());
        int year = 0;
        int month = 0;
        int day = 0;
        ICalWriter::civilDate(ms, &year, &month, &day);
        QCOMPARE(QDate(year, month, day), t.date());
    }
    char text[15];
    QVERIFY(!ICalWriter::formatDateTime(text, first - 1));
    QVERIFY(!ICalWriter::formatDateTime(text, last + 1000));
}

void TestICalParts::itemsInTheOrderSqlGives_data()
{
    QTest::addColumn<QString>("oddPosition");
    QTest::newRow("integer positions") << QString();
    // What SQLite's loose typing lets a position be: the export then leaves
    // the order to SQLite.
    if (!Testing::TestDatabases::onServer()) {
        QTest::newRow("a real position") << QStringLiteral("1.5");
        QTest::newRow("a text position") << QStringLiteral("'x'");
    }
}

void TestICalParts::itemsInTheOrderSqlGives()
{
    // On a file forEach() puts each event's items in order itself: start,
    // then position, then id, as ORDER BY compares them. Items that start
    // together, positions against the ids, a later start read first.
    QFETCH(QString, oddPosition);
    QString error;
    const qint64 eventId =
        m_db->scalar(QStringLiteral("SELECT min(id) FROM event WHERE start_utc >= '2000'"))
            .toLongLong();
    QVERIFY(eventId > 0);
    const QString start =
        m_db->scalar(QStringLiteral("SELECT start_utc FROM event WHERE id = ?"), {eventId})
            .toString();
    const QString later =
        m_db->scalar(QStringLiteral("SELECT end_utc FROM event WHERE id = ?"), {eventId})
            .toString();
    QVERIFY(m_db->execute(QStringLiteral("DELETE FROM role WHERE programme_item_id IN (SELECT id "
                                         "FROM programme_item WHERE event_id = %1)")
                              .arg(eventId)));
    QVERIFY(m_db->execute(
        QStringLiteral("DELETE FROM programme_item WHERE event_id = %1").arg(eventId)));
    const QList<QPair<QString, int>> rows{{later, 0}, {start, 5}, {start, 2},
                                          {start, 2}, {start, 9}, {later, 1}};
    for (const auto &[at, position] : rows) {
        QSqlQuery q = m_db->prepare(
            QStringLiteral("INSERT INTO programme_item (event_id, position, start_utc, end_utc, "
                           "title_en, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             QVariantList{eventId, position, at, later, QStringLiteral("Item at %1").arg(position),
                          start, start})
            q.addBindValue(v);
        QVERIFY2(Database::exec(q, &error), qPrintable(error));
    }
    if (!oddPosition.isEmpty())
        QVERIFY(m_db->execute(QStringLiteral("UPDATE programme_item SET position = %1 WHERE id = "
                                             "(SELECT max(id) FROM programme_item WHERE "
                                             "event_id = %2 AND position = 2)")
                                  .arg(oddPosition)
                                  .arg(eventId)));

    QList<qint64> expected;
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "SELECT id FROM programme_item WHERE event_id = ? ORDER BY start_utc, position, id"));
    q.addBindValue(eventId);
    QVERIFY2(Database::exec(q, &error), qPrintable(error));
    while (q.next())
        expected.append(q.value(0).toLongLong());
    QCOMPARE(expected.size(), 6);

    ICalEvents::Selection selection;
    selection.eventIds = {eventId};
    QList<qint64> got;
    QVERIFY2(ICalEvents::forEach(
                 *m_db, selection,
                 [&got](const ICalEvents::Event &e) {
                     for (const ICalEvents::Item &i : e.items)
                         got.append(i.id);
                 },
                 &error),
             qPrintable(error));
    QCOMPARE(got, expected);
}

PODIUM_BACKEND_TEST_MAIN(TestICalParts, QStringList{})
#include "tst_icalparts.moc"
