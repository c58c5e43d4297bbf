// The calendar written as it is read (ICalEvents::forEach, ICalExport::Stream)
// is the calendar read whole and written at once (read, write), byte for byte,
// on both backends; and ICalWriter::text, which escapes and encodes in one
// pass, writes what escapeText() and fold() describe.
#include "domain/demodata.h"
#include "io/icalevents.h"
#include "io/icalexport.h"
#include "io/icalwriter.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Podium;

class TestICalStream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void streamWritesWhatWriteWrites_data();
    void streamWritesWhatWriteWrites();
    void headerFirstWritesWhatWriteWrites_data();
    void headerFirstWritesWhatWriteWrites();
    void headerFirstNoticesWrongZones();
    void forEachHandsOverWhatReadReads();
    void forEachRestoresTheMemoryMap();
    void textIsEscapedAndFolded_data();
    void textIsEscapedAndFolded();

private:
    struct RowCalendar
    {
        ICalEvents::Selection selection;
        ICalExport::Options options;
        QList<ICalEvents::Event> events;
        /** What ICalExport::write() makes of the events. */
        QByteArray whole;
    };
    /**
     * The selection and options of a row of streamWritesWhatWriteWrites_data(),
     * the events it selects and their calendar written at once.
     */
    void rowCalendar(RowCalendar *c);

    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
};

void TestICalStream::initTestCase()
{
    Clock::setSource([] { return QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()); });
    auto created = m_databases.createDemo(QDate(2026, 3, 1));
    QVERIFY2(created.database, qPrintable(created.message));
    m_db = std::move(created.database);
}

void TestICalStream::cleanupTestCase()
{
    m_db.reset();
    Clock::setSource({});
}

void TestICalStream::rowCalendar(RowCalendar *c)
{
    QFETCH(bool, published);
    QFETCH(bool, items);
    QFETCH(QString, language);
    c->selection.publishedOnly = published;
    c->selection.from = QDate(2000, 1, 1);
    c->options.programmeItems = items;
    c->options.language = language;
    c->options.calendarName = QStringLiteral("Dialogues; Berlin, Bonn");
    QString error;
    QVERIFY2(ICalEvents::read(*m_db, c->selection, &c->events, &error), qPrintable(error));
    c->whole = ICalExport::write(*m_db, c->events, c->options);
}

void TestICalStream::streamWritesWhatWriteWrites_data()
{
    QTest::addColumn<bool>("published");
    QTest::addColumn<bool>("items");
    QTest::addColumn<QString>("language");
    QTest::newRow("everything, with items") << false << true << QString();
    QTest::newRow("everything, German") << false << true << QStringLiteral("de");
    QTest::newRow("the public feed") << true << false << QStringLiteral("en");
}

void TestICalStream::streamWritesWhatWriteWrites()
{
    RowCalendar row;
    rowCalendar(&row);
    if (QTest::currentTestFailed())
        return;
    const auto &[selection, options, events, whole] = row;
    QString error;
    QVERIFY(events.size() >= 2);

    ICalExport::Options unnamed = options;
    unnamed.calendarName.clear();
    ICalExport::Stream stream(*m_db, unnamed);
    stream.setCalendarName(options.calendarName);
    QVERIFY2(
        ICalEvents::forEach(
            *m_db, selection, [&stream](const ICalEvents::Event &e) { stream.add(e); }, &error),
        qPrintable(error));
    QCOMPARE(stream.count(), int(events.size()));
    const QByteArray streamed = stream.finish();
    QVERIFY(whole.contains("BEGIN:VTIMEZONE\r\n"));
    QVERIFY(whole.contains("X-WR-CALNAME:Dialogues\\; Berlin\\, Bonn\r\n"));
    QCOMPARE(streamed, whole);
}

void TestICalStream::headerFirstWritesWhatWriteWrites_data()
{
    streamWritesWhatWriteWrites_data();
}

// The header written before the events, from the zones' first and last
// instants found beforehand, then the events as they come: the same bytes.
void TestICalStream::headerFirstWritesWhatWriteWrites()
{
    RowCalendar row;
    rowCalendar(&row);
    if (QTest::currentTestFailed())
        return;
    const auto &[selection, options, events, whole] = row;
    QString error;

    QHash<QByteArray, QPair<QDateTime, QDateTime>> spans;
    QVERIFY2(ICalEvents::zoneSpans(*m_db, selection, options.programmeItems, &spans, &error),
             qPrintable(error));
    QVERIFY(spans.contains("Europe/Berlin"));
    ICalExport::Stream stream(*m_db, options);
    stream.expectZones(spans);
    QByteArray written;
    QVERIFY2(ICalEvents::forEach(
                 *m_db, selection,
                 [&](const ICalEvents::Event &e) {
                     stream.add(e);
                     if (stream.count() == 1)
                         written += stream.header();
                     // A part at a time, as a file takes them.
                     written += stream.takeEvents();
                 },
                 &error),
             qPrintable(error));
    QCOMPARE(stream.pendingSize(), 0);
    written += ICalExport::Stream::end();
    QVERIFY(stream.headerHolds());
    QCOMPARE(written, whole);
}

// A header worked out for other zones or years than the events use is
// noticed, so that the calendar is written again.
void TestICalStream::headerFirstNoticesWrongZones()
{
    ICalEvents::Selection selection;
    selection.from = QDate(2000, 1, 1);
    QString error;
    QHash<QByteArray, QPair<QDateTime, QDateTime>> spans;
    QVERIFY2(ICalEvents::zoneSpans(*m_db, selection, false, &spans, &error), qPrintable(error));
    const QHash<QByteArray, QPair<QDateTime, QDateTime>> early{
        {"Europe/Berlin",
         {QDateTime(QDate(1975, 6, 1), QTime(12, 0), QTimeZone::utc()),
          spans.value("Europe/Berlin").second}}};
    const QList<QHash<QByteArray, QPair<QDateTime, QDateTime>>> tries{{}, early, spans};
    for (qsizetype i = 0; i < tries.size(); ++i) {
        const bool right = i == 2;
        const auto &expected = tries.at(i);
        ICalExport::Stream stream(*m_db, ICalExport::Options());
        stream.expectZones(expected);
        QVERIFY2(
            ICalEvents::forEach(
                *m_db, selection, [&stream](const ICalEvents::Event &e) { stream.add(e); }, &error),
            qPrintable(error));
        const QByteArray header = stream.header();
        // Berlin had no summer time in 1975: its VTIMEZONE says so.
        QCOMPARE(stream.headerHolds(), right);
        QCOMPARE(stream.finishInParts().constFirst() == header, right);
    }
    // The name is part of the header too.
    ICalExport::Stream named(*m_db, ICalExport::Options());
    named.expectZones(spans);
    QVERIFY2(ICalEvents::forEach(
                 *m_db, selection, [&named](const ICalEvents::Event &e) { named.add(e); }, &error),
             qPrintable(error));
    named.header();
    QVERIFY(named.headerHolds());
    named.setCalendarName(QStringLiteral("Evening Talk"));
    QVERIFY(!named.headerHolds());
}

void TestICalStream::forEachHandsOverWhatReadReads()
{
    // Every event with its items and people in the order read() gives them,
    // although forEach() reads the three queries side by side.
    ICalEvents::Selection selection;
    selection.from = QDate(2000, 1, 1);
    QList<ICalEvents::Event> events;
    QString error;
    QVERIFY2(ICalEvents::read(*m_db, selection, &events, &error), qPrintable(error));
    QStringList expected;
    int people = 0;
    for (const ICalEvents::Event &e : std::as_const(events)) {
        expected << e.uid + QLatin1Char('/') + QString::number(e.people.size());
        for (const ICalEvents::Item &i : e.items) {
            expected << QString::number(i.id) + QLatin1Char('/') + QString::number(i.people.size());
            people += int(i.people.size());
        }
    }
    QVERIFY2(people > 0, "the demo programme names people");

    // What the database holds, asked item by item.
    QStringList direct;
    QSqlQuery q = m_db->prepare(QStringLiteral("SELECT e.id, e.uid FROM event e "
                                               "ORDER BY e.start_utc, e.id"));
    QVERIFY(Database::exec(q));
    QList<QPair<qint64, QString>> all;
    while (q.next())
        all.append({q.value(0).toLongLong(), q.value(1).toString()});
    for (const auto &[id, uid] : std::as_const(all)) {
        const auto count = [this](const QString &sql, qint64 key) {
            return m_db->scalar(sql, {key}).toInt();
        };
        direct << uid + QLatin1Char('/') +
                      QString::number(count(
                          QStringLiteral("SELECT count(*) FROM role WHERE event_id = ? AND "
                                         "programme_item_id IS NULL AND status = 'confirmed'"),
                          id));
        QSqlQuery items = m_db->prepare(QStringLiteral(
            "SELECT id FROM programme_item WHERE event_id = ? ORDER BY start_utc, position, id"));
        items.addBindValue(id);
        QVERIFY(Database::exec(items));
        QList<qint64> ids;
        while (items.next())
            ids.append(items.value(0).toLongLong());
        for (const qint64 item : std::as_const(ids))
            direct << QString::number(item) + QLatin1Char('/') +
                          QString::number(count(
                              QStringLiteral("SELECT count(*) FROM role WHERE programme_item_id "
                                             "= ? AND status = 'confirmed'"),
                              item));
    }
    QCOMPARE(expected, direct);
}

void TestICalStream::forEachRestoresTheMemoryMap()
{
    // The export reads a file through a memory map and leaves the
    // connection's own setting as it was.
    QVERIFY(m_db->execute(QStringLiteral("PRAGMA mmap_size = 4096")));
    ICalEvents::Selection selection;
    selection.from = QDate(2000, 1, 1);
    QString error;
    int count = 0;
    QVERIFY2(ICalEvents::forEach(
                 *m_db, selection, [&count](const ICalEvents::Event &) { ++count; }, &error),
             qPrintable(error));
    QVERIFY(count > 0);
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA mmap_size")).toLongLong(), 4096);
}

void TestICalStream::textIsEscapedAndFolded_data()
{
    QTest::addColumn<QString>("value");
    const QString umlauts =
        QStringLiteral("Städtepartnerschaften über Grenzen: Köln, Düsseldorf "
                       "und Görlitz im Gespräch über Frieden und Öffentlichkeit");
    QTest::newRow("plain") << QStringLiteral("Cities and peace");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces only") << QStringLiteral("   ");
    QTest::newRow("no-break spaces only") << QStringLiteral("\u00a0\u2003 ");
    QTest::newRow("tab only") << QStringLiteral("\t");
    QTest::newRow("controls only") << QStringLiteral("\x01\x02\x7f");
    QTest::newRow("line break only") << QStringLiteral("\n");
    QTest::newRow("specials") << QStringLiteral("a\\b;c,d\r\ne\rf\ng\u2028h\u2029i\tj\x07k");
    QTest::newRow("long, with umlauts") << umlauts + umlauts + umlauts;
    QTest::newRow("emoji and CJK") << QStringLiteral("Dialog 🕊️ 和平 ") + umlauts + umlauts;
    QTest::newRow("lone surrogates")
        << QString(QChar(0xd800)) + QStringLiteral("x") + QString(QChar(0xdc00)) + umlauts;
    QTest::newRow("escape at the fold") << QString(73, QLatin1Char('x')) + QStringLiteral(";,\\");
}

void TestICalStream::textIsEscapedAndFolded()
{
    QFETCH(QString, value);
    ICalWriter w;
    w.text(QStringLiteral("DESCRIPTION"), value,
           {{QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
    const QString escaped = ICalWriter::escapeText(value);
    const QByteArray expected =
        escaped.trimmed().isEmpty()
            ? QByteArray()
            : ICalWriter::fold("DESCRIPTION;LANGUAGE=de:" + escaped.toUtf8());
    QCOMPARE(w.data(), expected);
}

PODIUM_BACKEND_TEST_MAIN(TestICalStream, QStringList{QStringLiteral("forEachRestoresTheMemoryMap")})
#include "tst_icalstream.moc"
