// The iCalendar export: RFC 5545 text, time zones, selection and content,
// checked against golden files and by two independent parsers (libical and
// ical.js).
#include "backendwidgettest.h"
#include "ical/icalchecks.h"
#include "io/icalevents.h"
#include "io/icalexport.h"
#include "io/icalreader.h"
#include "io/icalwriter.h"
#include "io/vtimezone.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "util/clock.h"
#include "util/textfold.h"

#include <QFile>
#include <QStringDecoder>
#include <QTest>

using namespace Podium;

namespace {

const QString goldenDir = QStringLiteral(PODIUM_TEST_DATA "/ical");

QDateTime utc(const QString &text)
{
    return Clock::fromStorage(text);
}

/**
 * A fresh database (a file, or one on the test server), filled through
 * RecordStore as the application does.
 */
class Fixture
{
public:
    bool open()
    {
        auto result = m_databases.create(QStringLiteral("t.podium"));
        if (!result.database)
            qWarning("cannot create the database: %s", qPrintable(result.message));
        m_db = std::move(result.database);
        if (m_db)
            m_store = std::make_unique<RecordStore>(*m_db);
        return m_db != nullptr;
    }

    Database &db() { return *m_db; }

    qint64 insert(const QString &table, const RecordStore::Values &values)
    {
        QString error;
        const qint64 id = m_store->insert(table, values, table, &error);
        if (id == 0)
            qWarning("insert into %s failed: %s", qPrintable(table), qPrintable(error));
        return id;
    }

    void setting(const char *key, const QString &value)
    {
        m_store->setSetting(QString::fromLatin1(key), value);
    }

    void organiser()
    {
        setting("foundation_name", QStringLiteral("Development and Peace Foundation (sef:)"));
        setting("organiser_email", QStringLiteral("events@example.org"));
    }

    qint64 series(const QString &en, const QString &de = {})
    {
        return insert(QStringLiteral("series"),
                      {{QStringLiteral("name_en"), en},
                       {QStringLiteral("name_de"), de.isEmpty() ? QVariant() : de},
                       {QStringLiteral("name_key"), foldText(en)}});
    }

    qint64 event(const QString &uid, const QString &title, const QString &start, const QString &end,
                 const QString &zone, const RecordStore::Values &extra = {})
    {
        RecordStore::Values v{{QStringLiteral("uid"), uid},
                              {QStringLiteral("title_en"), title},
                              {QStringLiteral("title_key"), foldText(title)},
                              {QStringLiteral("start_utc"), start},
                              {QStringLiteral("end_utc"), end},
                              {QStringLiteral("time_zone"), zone}};
        return insert(QStringLiteral("event"), v + extra);
    }

    qint64 person(const QString &given, const QString &family,
                  const RecordStore::Values &extra = {})
    {
        RecordStore::Values v{
            {QStringLiteral("given_name"), given},
            {QStringLiteral("family_name"), family},
            {QStringLiteral("sort_key"), foldText(family + QLatin1Char(' ') + given)},
            {QStringLiteral("search_key"), foldText(given + QLatin1Char(' ') + family)}};
        return insert(QStringLiteral("person"), v + extra);
    }

private:
    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
};

QByteArray exportAll(const Database &db, const ICalEvents::Selection &selection,
                     const ICalExport::Options &options = {},
                     QList<ICalEvents::Event> *read = nullptr)
{
    QList<ICalEvents::Event> events;
    QString error;
    if (!ICalEvents::read(db, selection, &events, &error))
        qWarning("read failed: %s", qPrintable(error));
    if (read)
        *read = events;
    return ICalExport::write(db, events, options);
}

QList<QByteArray> physicalLines(const QByteArray &ics)
{
    QList<QByteArray> lines = ics.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QString unfold(const QByteArray &ics)
{
    QByteArray b = ics;
    b.replace("\r\n ", "");
    return QString::fromUtf8(b);
}

/** Lines ending in CRLF, at most 75 octets, never splitting UTF-8; the first failure, or empty. */
QString checkText(const QByteArray &ics)
{
    if (ics.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("starts with a byte-order mark");
    if (!ics.endsWith("\r\n"))
        return QStringLiteral("does not end in CRLF");
    int n = 0;
    for (const QByteArray &raw : physicalLines(ics)) {
        ++n;
        if (!raw.endsWith('\r'))
            return QStringLiteral("line %1 does not end in CRLF").arg(n);
        const QByteArray line = raw.chopped(1);
        if (line.contains('\r'))
            return QStringLiteral("line %1 holds a bare CR").arg(n);
        if (line.size() > 75)
            return QStringLiteral("line %1 has %2 octets").arg(n).arg(line.size());
        // Each physical line on its own must be valid UTF-8: a fold inside a
        // sequence leaves half of it on either side.
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(line);
        if (decoder.hasError())
            return QStringLiteral("line %1 splits a UTF-8 sequence").arg(n);
        Q_UNUSED(decoded);
        if (line.isEmpty())
            return QStringLiteral("line %1 is empty").arg(n);
        const qsizetype colon = line.indexOf(':');
        if (!line.startsWith(' ') && (colon < 0 || colon == line.size() - 1))
            return QStringLiteral("line %1 is an empty property: %2")
                .arg(n)
                .arg(QString::fromUtf8(line));
    }
    return {};
}

/** The expected start and end of every VEVENT, from the database. */
struct Expected
{
    QMap<QString, IcalChecks::Instant> starts;
    QMap<QString, IcalChecks::Instant> ends;
};

Expected expectedFrom(const QList<ICalEvents::Event> &events, bool items)
{
    Expected x;
    for (const ICalEvents::Event &e : events) {
        IcalChecks::Instant s, f;
        if (e.allDay) {
            const QTimeZone zone(e.timeZone);
            s.date = e.start.toTimeZone(zone).date();
            f.date = e.end.toTimeZone(zone).date();
        } else {
            s.utc = e.start;
            f.utc = e.end;
        }
        x.starts.insert(e.uid, s);
        x.ends.insert(e.uid, f);
        if (!items)
            continue;
        for (const ICalEvents::Item &i : e.items) {
            IcalChecks::Instant is, ie;
            is.utc = i.start;
            ie.utc = i.end;
            x.starts.insert(ICalExport::itemUid(e.uid, i.id), is);
            x.ends.insert(ICalExport::itemUid(e.uid, i.id), ie);
        }
    }
    return x;
}

QString compareInstants(const char *parser, const QMap<QString, IcalChecks::Instant> &got,
                        const QMap<QString, IcalChecks::Instant> &want, const char *what)
{
    if (QStringList(got.keys()) != QStringList(want.keys()))
        return QStringLiteral("%1 found the events %2, not %3")
            .arg(QLatin1StringView(parser), got.keys().join(QLatin1Char(' ')),
                 want.keys().join(QLatin1Char(' ')));
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        const IcalChecks::Instant &g = got.value(it.key());
        if (g.utc != it->utc || g.date != it->date)
            return QStringLiteral("%1: %2 of %3 is %4%5, expected %6%7")
                .arg(QLatin1StringView(parser), QLatin1StringView(what), it.key(),
                     g.utc.toString(Qt::ISODate), g.date.toString(Qt::ISODate),
                     it->utc.toString(Qt::ISODate), it->date.toString(Qt::ISODate));
    }
    return {};
}

/** Runs both parsers over @p ics and compares every start and end with the database. */
QString checkParsers(const QByteArray &ics, const QList<ICalEvents::Event> &events, bool items)
{
    const Expected want = expectedFrom(events, items);
    const IcalChecks::Result lib = IcalChecks::libical(ics);
    if (!lib.errors.isEmpty())
        return QStringLiteral("libical: ") + lib.errors.join(QStringLiteral("; "));
    const IcalChecks::Result js = IcalChecks::icalJs(ics);
    if (!js.errors.isEmpty())
        return js.errors.join(QStringLiteral("; "));
    for (const QString &problem : {compareInstants("libical", lib.starts, want.starts, "DTSTART"),
                                   compareInstants("libical", lib.ends, want.ends, "DTEND"),
                                   compareInstants("ical.js", js.starts, want.starts, "DTSTART"),
                                   compareInstants("ical.js", js.ends, want.ends, "DTEND")}) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

/** Compares with tests/data/ical/@p name; PODIUM_UPDATE_GOLDEN=1 rewrites the file instead. */
QString compareGolden(const QByteArray &exported, const QString &name)
{
    // The version in PRODID changes with every release; the golden files
    // hold a stand-in.
    QByteArray ics = exported;
    ics.replace("PRODID:-//Podium//Podium " PODIUM_VERSION "//EN",
                "PRODID:-//Podium//Podium VERSION//EN");
    const QString path = goldenDir + QLatin1Char('/') + name;
    QFile f(path);
    if (qEnvironmentVariableIntValue("PODIUM_UPDATE_GOLDEN") == 1) {
        if (!f.open(QIODevice::WriteOnly) || f.write(ics) != ics.size())
            return QStringLiteral("cannot write ") + path;
        return {};
    }
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + path;
    const QByteArray golden = f.readAll();
    if (golden == ics)
        return {};
    const QList<QByteArray> a = physicalLines(golden);
    const QList<QByteArray> b = physicalLines(ics);
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return QStringLiteral("%1 differs at line %2: expected \"%3\", got \"%4\"")
                .arg(name)
                .arg(i + 1)
                .arg(QString::fromUtf8(a.value(i).trimmed()),
                     QString::fromUtf8(b.value(i).trimmed()));
    }
    return name + QStringLiteral(" differs");
}

enum class Scenario { Escaping, Folding, DstBerlin, NewYork, AllDay, Cancelled, ProgrammeItems };

} // namespace

Q_DECLARE_METATYPE(Scenario)

class TestICalWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void escapeText_data();
    void escapeText();
    void parameterValue_data();
    void parameterValue();
    void foldKeepsUtf8Whole_data();
    void foldKeepsUtf8Whole();
    void golden_data();
    void golden();
    void timeZones_data();
    void timeZones();
    void repeatedHour();
    void selection_data();
    void selection();
    void languageFallback();
    void privacy();
    void organiserFallback();
    void checkersCatchMistakes();
};

void TestICalWriter::init()
{
    Clock::setSource([] { return QDateTime(QDate(2024, 1, 15), QTime(9, 30), QTimeZone::utc()); });
}

void TestICalWriter::cleanup()
{
    Clock::setSource({});
}

void TestICalWriter::escapeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("Can cities save the world?")
                           << QStringLiteral("Can cities save the world?");
    QTest::newRow("comma and semicolon") << QStringLiteral("Peace, development; cities")
                                         << QStringLiteral("Peace\\, development\\; cities");
    QTest::newRow("backslash first") << QStringLiteral("a\\,b") << QStringLiteral("a\\\\\\,b");
    QTest::newRow("line ends") << QStringLiteral("one\ntwo\r\nthree\rfour")
                               << QStringLiteral("one\\ntwo\\nthree\\nfour");
    QTest::newRow("quotes and colon stay") << QStringLiteral("\"States talk\": cities act")
                                           << QStringLiteral("\"States talk\": cities act");
    QTest::newRow("control characters dropped") << QStringLiteral("a\x01"
                                                                  "b\x7f"
                                                                  "c\td")
                                                << QStringLiteral("abc\td");
}

void TestICalWriter::escapeText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(ICalWriter::escapeText(text), escaped);
}

void TestICalWriter::parameterValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("Podium") << QStringLiteral("Podium");
    QTest::newRow("colon") << QStringLiteral("Foundation (sef:)")
                           << QStringLiteral("\"Foundation (sef:)\"");
    QTest::newRow("semicolon") << QStringLiteral("A;B") << QStringLiteral("\"A;B\"");
    QTest::newRow("comma") << QStringLiteral("Witt, Nora") << QStringLiteral("\"Witt, Nora\"");
    QTest::newRow("double quote") << QStringLiteral("The \"sef\"") << QStringLiteral("The 'sef'");
    QTest::newRow("umlaut unquoted") << QStringLiteral("Stiftung Frieden & Entwicklung Ü")
                                     << QStringLiteral("Stiftung Frieden & Entwicklung Ü");
}

void TestICalWriter::parameterValue()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(ICalWriter::parameterValue(value), written);
}

void TestICalWriter::foldKeepsUtf8Whole_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("ascii") << QString(300, QLatin1Char('x'));
    QTest::newRow("umlauts") << QString(200, QChar(0x00FC));
    QTest::newRow("three-octet") << QString(120, QChar(0x20AC));
    QString emoji;
    for (int i = 0; i < 90; ++i)
        emoji += QString::fromUcs4(U"\U0001F30D");
    QTest::newRow("emoji") << emoji;
    QTest::newRow("mixed, shifted")
        << QStringLiteral("ab") + QString::fromUtf8("äö€🌍").repeated(40);
}

void TestICalWriter::foldKeepsUtf8Whole()
{
    QFETCH(QString, value);
    const QByteArray line = QByteArrayLiteral("SUMMARY:") + value.toUtf8();
    const QByteArray folded = ICalWriter::fold(line);
    QCOMPARE(checkText(folded), QString());
    QVERIFY(physicalLines(folded).size() > 1);
    QCOMPARE(unfold(folded), QString::fromUtf8(line) + QStringLiteral("\r\n"));
    // Every line but the last is filled as far as whole characters allow.
    for (const QByteArray &l : physicalLines(folded).mid(0, physicalLines(folded).size() - 1))
        QVERIFY2(l.size() - 1 > 75 - 4, l.constData());
}

void TestICalWriter::golden_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("file");
    QTest::newRow("escaping and quoting") << Scenario::Escaping << QStringLiteral("escaping.ics");
    QTest::newRow("folding, umlauts and emoji")
        << Scenario::Folding << QStringLiteral("folding.ics");
    QTest::newRow("dst change, Berlin") << Scenario::DstBerlin << QStringLiteral("dst-berlin.ics");
    QTest::newRow("America/New_York") << Scenario::NewYork << QStringLiteral("new-york.ics");
    QTest::newRow("all day, three days") << Scenario::AllDay << QStringLiteral("all-day.ics");
    QTest::newRow("cancelled after publication")
        << Scenario::Cancelled << QStringLiteral("cancelled.ics");
    QTest::newRow("programme items")
        << Scenario::ProgrammeItems << QStringLiteral("programme-items.ics");
}

void TestICalWriter::golden()
{
    QFETCH(Scenario, scenario);
    QFETCH(QString, file);
    Fixture fx;
    QVERIFY(fx.open());
    fx.organiser();
    ICalEvents::Selection selection;
    ICalExport::Options options;
    QString title;

    switch (scenario) {
    case Scenario::Escaping: {
        fx.setting("foundation_name",
                   QStringLiteral("Stiftung \"Entwicklung, Frieden\"; Bonn: sef"));
        const qint64 series = fx.series(QStringLiteral("Dialogues, Debates; Talks"));
        const qint64 venue =
            fx.insert(QStringLiteral("venue"),
                      {{QStringLiteral("name"), QStringLiteral("Haus \"Am See\"; Saal 2")},
                       {QStringLiteral("address"), QStringLiteral("Weg 1, Hof\\Hinterhaus")},
                       {QStringLiteral("city"), QStringLiteral("Bonn")},
                       {QStringLiteral("name_key"), QStringLiteral("haus am see")}});
        title = QStringLiteral("Peace, cities; \"the \\ question\"");
        fx.event(
            QStringLiteral("escaping@podium.test"), title, QStringLiteral("2023-09-19T17:00:00Z"),
            QStringLiteral("2023-09-19T19:00:00Z"), QStringLiteral("Europe/Berlin"),
            {{QStringLiteral("series_id"), series},
             {QStringLiteral("venue_id"), venue},
             {QStringLiteral("subtitle_en"), QStringLiteral("Line one\nline two, with comma")},
             {QStringLiteral("description_en"),
              QStringLiteral("# Heading\n\nSome **bold** text; a [link](https://example.org).\n\n"
                             "- first, item\n- second item\n")},
             {QStringLiteral("topic_en"), QStringLiteral("Peace; Cities")},
             {QStringLiteral("public_url"), QStringLiteral("https://example.org/events/1?a=b,c;d")},
             {QStringLiteral("status"), QStringLiteral("confirmed")}});
        break;
    }
    case Scenario::Folding: {
        // 200 characters: umlauts, and emoji of four octets each.
        const QString unit = QString::fromUtf8("Über Grüße für Bäume 🌍🌱 ");
        title = unit.repeated(200 / unit.size() + 1).left(200);
        if (title.at(199).isHighSurrogate())
            title.chop(1);
        fx.event(QStringLiteral("folding@podium.test"), title,
                 QStringLiteral("2023-09-19T17:00:00Z"), QStringLiteral("2023-09-19T19:00:00Z"),
                 QStringLiteral("Europe/Berlin"),
                 {{QStringLiteral("description_en"), title + QStringLiteral("\n\n") + title}});
        break;
    }
    case Scenario::DstBerlin:
        // 29 October 2023: Berlin's clocks go back from 03:00 CEST to 02:00
        // CET, so 01:30 CEST to 03:30 CET (23:30Z to 02:30Z) lasts three hours.
        fx.event(QStringLiteral("dst-berlin@podium.test"), QStringLiteral("Night of the long hour"),
                 QStringLiteral("2023-10-28T23:30:00Z"), QStringLiteral("2023-10-29T02:30:00Z"),
                 QStringLiteral("Europe/Berlin"));
        break;
    case Scenario::NewYork:
        fx.event(QStringLiteral("new-york@podium.test"), QStringLiteral("Cities at the UN"),
                 QStringLiteral("2024-03-12T14:00:00Z"), QStringLiteral("2024-03-12T16:30:00Z"),
                 QStringLiteral("America/New_York"),
                 {{QStringLiteral("status"), QStringLiteral("planned")}});
        break;
    case Scenario::AllDay:
        // Stored as the local midnights that begin the first day and end the last.
        fx.event(QStringLiteral("all-day@podium.test"), QStringLiteral("Summer school"),
                 QStringLiteral("2023-09-17T22:00:00Z"), QStringLiteral("2023-09-20T22:00:00Z"),
                 QStringLiteral("Europe/Berlin"), {{QStringLiteral("all_day"), 1}});
        break;
    case Scenario::Cancelled:
        fx.event(QStringLiteral("cancelled@podium.test"), QStringLiteral("Cancelled evening"),
                 QStringLiteral("2023-11-07T17:00:00Z"), QStringLiteral("2023-11-07T19:00:00Z"),
                 QStringLiteral("Europe/Berlin"),
                 {{QStringLiteral("status"), QStringLiteral("cancelled")},
                  {QStringLiteral("published"), 1},
                  {QStringLiteral("published_at"), QStringLiteral("2023-10-01T08:00:00Z")},
                  {QStringLiteral("ical_sequence"), 3}});
        fx.event(QStringLiteral("unpublished@podium.test"), QStringLiteral("Internal meeting"),
                 QStringLiteral("2023-11-08T17:00:00Z"), QStringLiteral("2023-11-08T19:00:00Z"),
                 QStringLiteral("Europe/Berlin"));
        selection.publishedOnly = true;
        break;
    case Scenario::ProgrammeItems: {
        const qint64 event = fx.event(
            QStringLiteral("programme@podium.test"), QStringLiteral("Can cities save the world?"),
            QStringLiteral("2023-09-19T17:00:00Z"), QStringLiteral("2023-09-19T19:00:00Z"),
            QStringLiteral("Europe/Berlin"),
            {{QStringLiteral("status"), QStringLiteral("confirmed")}});
        const qint64 round =
            fx.insert(QStringLiteral("programme_item"),
                      {{QStringLiteral("event_id"), event},
                       {QStringLiteral("position"), 1},
                       {QStringLiteral("start_utc"), QStringLiteral("2023-09-19T17:15:00Z")},
                       {QStringLiteral("end_utc"), QStringLiteral("2023-09-19T18:00:00Z")},
                       {QStringLiteral("kind"), QStringLiteral("panel")},
                       {QStringLiteral("title_en"), QStringLiteral("Discussion round")}});
        fx.insert(QStringLiteral("programme_item"),
                  {{QStringLiteral("event_id"), event},
                   {QStringLiteral("position"), 0},
                   {QStringLiteral("start_utc"), QStringLiteral("2023-09-19T17:00:00Z")},
                   {QStringLiteral("end_utc"), QStringLiteral("2023-09-19T17:15:00Z")},
                   {QStringLiteral("kind"), QStringLiteral("welcome")},
                   {QStringLiteral("title_en"), QStringLiteral("Welcome")}});
        const qint64 witt = fx.person(QStringLiteral("Nora"), QStringLiteral("Witt"));
        const qint64 valdes = fx.person(QStringLiteral("Laura"), QStringLiteral("Valdés Cano"));
        fx.insert(
            QStringLiteral("role"),
            {{QStringLiteral("person_id"), witt},
             {QStringLiteral("event_id"), event},
             {QStringLiteral("role"), QStringLiteral("chair")},
             {QStringLiteral("status"), QStringLiteral("confirmed")},
             {QStringLiteral("affiliation_en"),
              QStringLiteral("Research Coordinator, Development and Peace Foundation (sef:)")}});
        fx.insert(QStringLiteral("role"), {{QStringLiteral("person_id"), valdes},
                                           {QStringLiteral("event_id"), event},
                                           {QStringLiteral("programme_item_id"), round},
                                           {QStringLiteral("role"), QStringLiteral("panellist")},
                                           {QStringLiteral("status"), QStringLiteral("confirmed")},
                                           {QStringLiteral("affiliation_en"),
                                            QStringLiteral("Head of Policy, Metropolis")}});
        options.programmeItems = true;
        break;
    }
    }

    QList<ICalEvents::Event> events;
    const QByteArray ics = exportAll(fx.db(), selection, options, &events);
    QVERIFY(!events.isEmpty());
    QCOMPARE(checkText(ics), QString());
    const QString problem = checkParsers(ics, events, options.programmeItems);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString golden = compareGolden(ics, file);
    QVERIFY2(golden.isEmpty(), qPrintable(golden));

    const QString text = unfold(ics);
    QVERIFY(text.contains(QLatin1StringView("\r\nDTSTAMP:20240115T093000Z\r\n")));
    QVERIFY(text.contains(
        QLatin1StringView("\r\nPRODID:-//Podium//Podium " PODIUM_VERSION "//EN\r\n")));
    QVERIFY(text.contains(QLatin1StringView("\r\nMETHOD:PUBLISH\r\n")));
    switch (scenario) {
    case Scenario::Escaping:
        QVERIFY2(text.contains(
                     QStringLiteral("\r\nSUMMARY:Peace\\, cities\\; \"the \\\\ question\"\r\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("ORGANIZER;CN=\"Stiftung 'Entwicklung, Frieden'; "
                                             "Bonn: sef\":mailto:events@example.org\r\n")));
        QVERIFY(text.contains(
            QStringLiteral("\r\nCATEGORIES:Dialogues\\, Debates\\; Talks,Peace\\; Cities\r\n")));
        QVERIFY(text.contains(QStringLiteral(
            "DESCRIPTION:Line one\\nline two\\, with comma\\n\\nHeading\\n\\nSome bold text\\; a "
            "link.\\n\\n\u2022 first\\, item\\n\u2022 second item\r\n")));
        QVERIFY(!text.contains(QLatin1StringView("**")));
        break;
    case Scenario::Folding:
        QCOMPARE(title.size(), 200);
        QVERIFY(text.contains(QStringLiteral("\r\nSUMMARY:") + ICalWriter::escapeText(title) +
                              QStringLiteral("\r\n")));
        break;
    case Scenario::DstBerlin:
        QVERIFY(
            text.contains(QLatin1StringView("\r\nDTSTART;TZID=Europe/Berlin:20231029T013000\r\n")));
        QVERIFY(
            text.contains(QLatin1StringView("\r\nDTEND;TZID=Europe/Berlin:20231029T033000\r\n")));
        QVERIFY(text.contains(QLatin1StringView("BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
                                                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                                                "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n")));
        QVERIFY(text.contains(QLatin1StringView("BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\n"
                                                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                                                "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n")));
        QCOMPARE(text.count(QLatin1StringView("BEGIN:VTIMEZONE")), 1);
        break;
    case Scenario::NewYork:
        QVERIFY(text.contains(
            QLatin1StringView("\r\nDTSTART;TZID=America/New_York:20240312T100000\r\n")));
        QVERIFY(text.contains(QLatin1StringView("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n")));
        QVERIFY(text.contains(QLatin1StringView("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n")));
        QVERIFY(text.contains(QLatin1StringView("\r\nSTATUS:TENTATIVE\r\n")));
        break;
    case Scenario::AllDay:
        QVERIFY(text.contains(QLatin1StringView("\r\nDTSTART;VALUE=DATE:20230918\r\n")));
        QVERIFY(text.contains(QLatin1StringView("\r\nDTEND;VALUE=DATE:20230921\r\n")));
        QVERIFY(!text.contains(QLatin1StringView("VTIMEZONE")));
        break;
    case Scenario::Cancelled:
        QVERIFY(text.contains(QLatin1StringView("\r\nSTATUS:CANCELLED\r\nSEQUENCE:3\r\n")));
        QVERIFY(!text.contains(QLatin1StringView("Internal meeting")));
        break;
    case Scenario::ProgrammeItems:
        QCOMPARE(text.count(QLatin1StringView("BEGIN:VEVENT")), 3);
        QCOMPARE(text.count(QLatin1StringView("RELATED-TO:programme@podium.test\r\n")), 2);
        QVERIFY(
            text.contains(QStringLiteral(
                "\\n\\nProgramme\\n19:00\u201319:15 Welcome\\n19:15\u201320:00 Discussion round\\n"
                "  Panellist: Laura Valdés Cano\\, Head of Policy\\, Metropolis\\n\\n"
                "Chair: Nora Witt\\, Research Coordinator\\, Development and Peace Foundation "
                "(sef:)")) ||
            text.contains(QStringLiteral(
                "DESCRIPTION:Programme\\n19:00\u201319:15 Welcome\\n19:15\u201320:00 Discussion "
                "round\\n"
                "  Panellist: Laura Valdés Cano\\, Head of Policy\\, Metropolis\\n\\n"
                "Chair: Nora Witt\\, Research Coordinator\\, Development and Peace Foundation "
                "(sef:)")));
        QVERIFY(text.contains(
            QStringLiteral("\r\nSUMMARY:Discussion round \u2013 Can cities save the world?\r\n")));
        break;
    }
}

void TestICalWriter::timeZones_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("starts");
    QTest::addColumn<bool>("compact");
    QTest::addColumn<bool>("daylight");
    // Starts in UTC, each event two hours long.
    QTest::newRow("Berlin, spring forward") << QStringLiteral("Europe/Berlin")
                                            << QStringList{QStringLiteral("2024-03-31T00:30:00Z"),
                                                           QStringLiteral("2024-03-31T01:30:00Z")}
                                            << true << true;
    QTest::newRow("Tokyo, no daylight saving")
        << QStringLiteral("Asia/Tokyo") << QStringList{QStringLiteral("2023-07-01T01:00:00Z")}
        << true << false;
    QTest::newRow("Kolkata, half hours")
        << QStringLiteral("Asia/Kolkata") << QStringList{QStringLiteral("2023-01-10T04:30:00Z")}
        << true << false;
    QTest::newRow("Sydney, southern summer") << QStringLiteral("Australia/Sydney")
                                             << QStringList{QStringLiteral("2023-12-31T23:00:00Z"),
                                                            QStringLiteral("2023-06-01T08:00:00Z"),
                                                            QStringLiteral("2024-04-06T12:00:00Z")}
                                             << true << true;
    QTest::newRow("Lord Howe, half an hour of daylight")
        << QStringLiteral("Australia/Lord_Howe")
        << QStringList{QStringLiteral("2023-10-01T03:00:00Z"),
                       QStringLiteral("2023-05-01T03:00:00Z")}
        << true << true;
    QTest::newRow("New York across the 2007 change")
        << QStringLiteral("America/New_York")
        << QStringList{QStringLiteral("2006-03-20T15:00:00Z"),
                       QStringLiteral("2008-03-20T15:00:00Z"),
                       QStringLiteral("2006-10-30T15:00:00Z"),
                       QStringLiteral("2008-10-30T15:00:00Z")}
        << false << true;
    QTest::newRow("Moscow, daylight saving abolished")
        << QStringLiteral("Europe/Moscow")
        << QStringList{QStringLiteral("2010-07-01T10:00:00Z"),
                       QStringLiteral("2015-01-10T10:00:00Z")}
        << false << true;
}

void TestICalWriter::timeZones()
{
    QFETCH(QString, zone);
    QFETCH(QStringList, starts);
    QFETCH(bool, compact);
    QFETCH(bool, daylight);
    Fixture fx;
    QVERIFY(fx.open());
    for (const QString &start : starts) {
        fx.event(zone + start + QStringLiteral("@podium.test"), QStringLiteral("Event"), start,
                 Clock::toStorage(utc(start).addSecs(7200)), zone);
    }
    QList<ICalEvents::Event> events;
    const QByteArray ics = exportAll(fx.db(), {}, {}, &events);
    QCOMPARE(events.size(), starts.size());
    QCOMPARE(checkText(ics), QString());
    const QString problem = checkParsers(ics, events, false);
    QVERIFY2(problem.isEmpty(),
             qPrintable(problem + QStringLiteral("\n") + QString::fromUtf8(ics)));
    const QString text = unfold(ics);
    QCOMPARE(text.count(QStringLiteral("TZID:") + zone + QStringLiteral("\r\n")), 1);
    QCOMPARE(text.contains(QLatin1StringView("RRULE:FREQ=YEARLY")), compact && daylight);
    QCOMPARE(text.contains(QLatin1StringView("BEGIN:DAYLIGHT")), daylight);
    if (compact)
        QCOMPARE(text.count(QLatin1StringView("BEGIN:STANDARD")), 1);
    // Every local time written is the zone's own wall-clock time.
    const QTimeZone tz(zone.toUtf8());
    for (const ICalEvents::Event &e : std::as_const(events)) {
        const QString local = ICalWriter::localDateTime(e.start.toTimeZone(tz));
        QVERIFY2(text.contains(QStringLiteral("DTSTART;TZID=") + zone + QLatin1Char(':') + local),
                 qPrintable(local));
    }
}

void TestICalWriter::repeatedHour()
{
    // 2023-10-29, Europe/Berlin: 02:00-03:00 happens twice (CEST, then CET);
    // 2023-03-26: 02:00-03:00 does not happen at all.
    Fixture fx;
    QVERIFY(fx.open());
    const QString zone = QStringLiteral("Europe/Berlin");
    struct Case
    {
        const char *uid;
        const char *start;
        const char *written;
    };
    const Case cases[] = {
        // RFC 5545 §3.3.5 says 02:30 means the first occurrence, libical
        // reads the second: both are written in UTC, which nobody misreads.
        {"first@podium.test", "2023-10-29T00:30:00Z", "DTSTART:20231029T003000Z"},
        {"second@podium.test", "2023-10-29T01:30:00Z", "DTSTART:20231029T013000Z"},
        {"after-gap@podium.test", "2023-03-26T01:30:00Z",
         "DTSTART;TZID=Europe/Berlin:20230326T033000"},
    };
    for (const Case &c : cases)
        fx.event(QString::fromLatin1(c.uid), QStringLiteral("Night"), QString::fromLatin1(c.start),
                 Clock::toStorage(utc(QString::fromLatin1(c.start)).addSecs(7200)), zone);
    QList<ICalEvents::Event> events;
    const QByteArray ics = exportAll(fx.db(), {}, {}, &events);
    QCOMPARE(events.size(), 3);
    const QString text = unfold(ics);
    for (const Case &c : cases)
        QVERIFY2(text.contains(QString::fromLatin1(c.written) + QStringLiteral("\r\n")),
                 qPrintable(QString::fromLatin1(c.written) + QLatin1Char('\n') + text));
    const QString problem = checkParsers(ics, events, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char('\n') + text));

    // Podium's own reader gets the same instants back.
    const ICalReader::Result read = ICalReader::read(ics, {});
    QCOMPARE(read.error, QString());
    QCOMPARE(read.entries.size(), 3);
    for (const ICalReader::Entry &e : read.entries) {
        const auto match = std::find_if(events.cbegin(), events.cend(),
                                        [&](const auto &x) { return x.uid == e.uid; });
        QVERIFY(match != events.cend());
        QCOMPARE(e.start, match->start);
        QCOMPARE(e.end, match->end);
        QCOMPARE(e.timeZone, QByteArray("Europe/Berlin"));
    }
}

void TestICalWriter::selection_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<QStringList>("uids");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("published");
    QTest::addColumn<QStringList>("expected");
    const QString late = QStringLiteral("late@t");
    const QString ny = QStringLiteral("ny@t");
    const QString draft = QStringLiteral("draft@t");
    const QString other = QStringLiteral("other@t");
    QTest::newRow("everything") << QString() << QStringList() << QString() << QString() << false
                                << QStringList{other, late, ny, draft};
    QTest::newRow("by ids") << QString() << QStringList{ny, other} << QString() << QString()
                            << false << QStringList{other, ny};
    QTest::newRow("series by English name")
        << QStringLiteral("Berlin Summer Dialogue") << QStringList() << QString() << QString()
        << false << QStringList{late, ny};
    QTest::newRow("series by German name, folded")
        << QStringLiteral("berliner sommerdialog") << QStringList() << QString() << QString()
        << false << QStringList{late, ny};
    // 01:30 on 29 October in Berlin is still 28 October in UTC: the range
    // is read in the event's zone.
    QTest::newRow("range in the event's zone")
        << QString() << QStringList() << QStringLiteral("2023-10-29")
        << QStringLiteral("2023-10-29") << false << QStringList{late};
    QTest::newRow("evening in New York is the next day in UTC")
        << QString() << QStringList() << QStringLiteral("2023-10-30")
        << QStringLiteral("2023-10-30") << false << QStringList{ny};
    QTest::newRow("open-ended range") << QString() << QStringList() << QStringLiteral("2023-10-30")
                                      << QString() << false << QStringList{ny, draft};
    QTest::newRow("published feed") << QString() << QStringList() << QString() << QString() << true
                                    << QStringList{other, late, ny};
    QTest::newRow("intersection") << QStringLiteral("Berlin Summer Dialogue")
                                  << QStringList{ny, draft} << QStringLiteral("2023-10-01")
                                  << QString() << true << QStringList{ny};
    QTest::newRow("nothing") << QStringLiteral("Berlin Summer Dialogue") << QStringList{draft}
                             << QString() << QString() << false << QStringList();
}

void TestICalWriter::selection()
{
    QFETCH(QString, series);
    QFETCH(QStringList, uids);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, published);
    QFETCH(QStringList, expected);
    Fixture fx;
    QVERIFY(fx.open());
    const qint64 s = fx.series(QStringLiteral("Berlin Summer Dialogue"),
                               QStringLiteral("Berliner Sommerdialog"));
    const RecordStore::Values pub{
        {QStringLiteral("published"), 1},
        {QStringLiteral("published_at"), QStringLiteral("2023-01-01T00:00:00Z")}};
    QHash<QString, qint64> ids;
    ids.insert(QStringLiteral("late@t"),
               fx.event(QStringLiteral("late@t"), QStringLiteral("Late"),
                        QStringLiteral("2023-10-28T23:30:00Z"),
                        QStringLiteral("2023-10-29T02:30:00Z"), QStringLiteral("Europe/Berlin"),
                        RecordStore::Values{{QStringLiteral("series_id"), s}} + pub));
    ids.insert(
        QStringLiteral("ny@t"),
        fx.event(QStringLiteral("ny@t"), QStringLiteral("NY"),
                 QStringLiteral("2023-10-30T22:00:00Z"), QStringLiteral("2023-10-31T01:00:00Z"),
                 QStringLiteral("America/New_York"),
                 RecordStore::Values{{QStringLiteral("series_id"), s},
                                     {QStringLiteral("status"), QStringLiteral("cancelled")}} +
                     pub));
    ids.insert(QStringLiteral("draft@t"),
               fx.event(QStringLiteral("draft@t"), QStringLiteral("Draft"),
                        QStringLiteral("2023-12-01T10:00:00Z"),
                        QStringLiteral("2023-12-01T11:00:00Z"), QStringLiteral("Europe/Berlin")));
    ids.insert(QStringLiteral("other@t"),
               fx.event(QStringLiteral("other@t"), QStringLiteral("Other"),
                        QStringLiteral("2023-03-01T10:00:00Z"),
                        QStringLiteral("2023-03-01T11:00:00Z"), QStringLiteral("Asia/Tokyo"), pub));
    ICalEvents::Selection sel;
    sel.series = series;
    for (const QString &uid : uids)
        sel.eventIds.append(ids.value(uid));
    sel.from = QDate::fromString(from, Qt::ISODate);
    sel.to = QDate::fromString(to, Qt::ISODate);
    sel.publishedOnly = published;
    QList<ICalEvents::Event> events;
    QString error;
    QVERIFY2(ICalEvents::read(fx.db(), sel, &events, &error), qPrintable(error));
    QStringList got;
    for (const ICalEvents::Event &e : std::as_const(events))
        got.append(e.uid);
    QCOMPARE(got, expected);

    sel = {};
    sel.series = QStringLiteral("No such series");
    QVERIFY(!ICalEvents::read(fx.db(), sel, &events, &error));
    QVERIFY2(error.contains(QLatin1StringView("No such series")), qPrintable(error));
}

void TestICalWriter::languageFallback()
{
    Fixture fx;
    QVERIFY(fx.open());
    fx.organiser();
    const qint64 s = fx.series(QStringLiteral("Berlin Summer Dialogue"),
                               QStringLiteral("Berliner Sommerdialog"));
    fx.insert(QStringLiteral("event"),
              {{QStringLiteral("uid"), QStringLiteral("de@t")},
               {QStringLiteral("title_de"), QStringLiteral("Wer bezahlt?")},
               {QStringLiteral("title_key"), QStringLiteral("wer bezahlt")},
               {QStringLiteral("subtitle_en"), QStringLiteral("Only in English")},
               {QStringLiteral("series_id"), s},
               {QStringLiteral("language"), QStringLiteral("de")},
               {QStringLiteral("start_utc"), QStringLiteral("2023-09-19T17:00:00Z")},
               {QStringLiteral("end_utc"), QStringLiteral("2023-09-19T19:00:00Z")}});
    // The event's own language by default, the other one where text is missing.
    QString text = unfold(exportAll(fx.db(), {}));
    QVERIFY2(text.contains(QLatin1StringView("\r\nSUMMARY:Wer bezahlt?\r\n")), qPrintable(text));
    QVERIFY(text.contains(QLatin1StringView("\r\nDESCRIPTION:Only in English\r\n")));
    QVERIFY(text.contains(QLatin1StringView("\r\nCATEGORIES:Berliner Sommerdialog\r\n")));
    ICalExport::Options en;
    en.language = QStringLiteral("en");
    text = unfold(exportAll(fx.db(), {}, en));
    QVERIFY(text.contains(QLatin1StringView("\r\nSUMMARY:Wer bezahlt?\r\n")));
    QVERIFY(text.contains(QLatin1StringView("\r\nCATEGORIES:Berlin Summer Dialogue\r\n")));
}

void TestICalWriter::privacy()
{
    Fixture fx;
    QVERIFY(fx.open());
    const qint64 event =
        fx.event(QStringLiteral("privacy@t"), QStringLiteral("Evening"),
                 QStringLiteral("2023-09-19T17:00:00Z"), QStringLiteral("2023-09-19T19:00:00Z"),
                 QStringLiteral("Europe/Berlin"));
    const qint64 org = fx.insert(QStringLiteral("organisation"),
                                 {{QStringLiteral("name"), QStringLiteral("Metropolis")},
                                  {QStringLiteral("name_key"), QStringLiteral("metropolis")}});
    const qint64 speaker =
        fx.person(QStringLiteral("Laura"), QStringLiteral("Valdés Cano"),
                  {{QStringLiteral("email"), QStringLiteral("laura@metropolis.example")},
                   {QStringLiteral("phone"), QStringLiteral("+34 600 000 000")},
                   {QStringLiteral("position"), QStringLiteral("Head of Policy")},
                   {QStringLiteral("organisation_id"), org},
                   {QStringLiteral("notes"), QStringLiteral("private note")}});
    const qint64 asked = fx.person(QStringLiteral("Asked"), QStringLiteral("Notyet"));
    const qint64 guest =
        fx.person(QStringLiteral("Gerda"), QStringLiteral("Gast"),
                  {{QStringLiteral("email"), QStringLiteral("gerda@example.org")}});
    fx.insert(QStringLiteral("role"), {{QStringLiteral("person_id"), speaker},
                                       {QStringLiteral("event_id"), event},
                                       {QStringLiteral("role"), QStringLiteral("speaker")},
                                       {QStringLiteral("status"), QStringLiteral("confirmed")}});
    fx.insert(QStringLiteral("role"), {{QStringLiteral("person_id"), asked},
                                       {QStringLiteral("event_id"), event},
                                       {QStringLiteral("role"), QStringLiteral("speaker")},
                                       {QStringLiteral("status"), QStringLiteral("asked")}});
    fx.insert(QStringLiteral("registration"),
              {{QStringLiteral("person_id"), guest},
               {QStringLiteral("event_id"), event},
               {QStringLiteral("needs"), QStringLiteral("wheelchair")}});
    ICalExport::Options options;
    options.programmeItems = true;
    const QString text = unfold(exportAll(fx.db(), {}, options));
    // Without an affiliation line on the role, the person's position and organisation stand in.
    QVERIFY2(
        text.contains(QStringLiteral("Speaker: Laura Valdés Cano\\, Head of Policy\\, Metropolis")),
        qPrintable(text));
    for (const char *secret : {"laura@metropolis", "+34", "private note", "Notyet", "Gerda",
                               "gerda@", "wheelchair", "ATTENDEE"})
        QVERIFY2(!text.contains(QLatin1StringView(secret)), secret);
}

void TestICalWriter::organiserFallback()
{
    Fixture fx;
    QVERIFY(fx.open());
    QList<ICalEvents::Event> events;
    fx.event(QStringLiteral("o@t"), QStringLiteral("Evening"),
             QStringLiteral("2023-09-19T17:00:00Z"), QStringLiteral("2023-09-19T19:00:00Z"),
             QStringLiteral("Europe/Berlin"));
    const QByteArray ics = exportAll(fx.db(), {}, {}, &events);
    QVERIFY(unfold(ics).contains(
        QLatin1StringView("\r\nORGANIZER;CN=Podium:mailto:calendar@podium.invalid\r\n")));
    const QString problem = checkParsers(ics, events, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestICalWriter::checkersCatchMistakes()
{
    // The parsers are the judges of every test above; they must see the
    // mistakes real calendars punish.
    const QByteArray floating =
        "BEGIN:VCALENDAR\r\nPRODID:-//t//t//EN\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\n"
        "BEGIN:VEVENT\r\nUID:f@t\r\nDTSTAMP:20240101T000000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20231029T013000\r\nSUMMARY:x\r\n"
        "ORGANIZER:mailto:a@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const IcalChecks::Result js = IcalChecks::icalJs(floating);
    QVERIFY2(js.errors.join(QLatin1Char(' ')).contains(QLatin1StringView("floating")),
             qPrintable(js.errors.join(QLatin1Char(' '))));

    const QByteArray noOrganizer =
        "BEGIN:VCALENDAR\r\nPRODID:-//t//t//EN\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\n"
        "BEGIN:VEVENT\r\nUID:o@t\r\nDTSTART:20231029T013000Z\r\nSUMMARY:x\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n";
    QVERIFY(!IcalChecks::libical(noOrganizer).errors.isEmpty());
    const QByteArray twoSummaries =
        "BEGIN:VCALENDAR\r\nPRODID:-//t//t//EN\r\nVERSION:2.0\r\n"
        "METHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:b@t\r\nDTSTAMP:20240101T000000Z\r\n"
        "DTSTART:20231029T013000Z\r\nORGANIZER:mailto:a@example.org\r\n"
        "SUMMARY:one\r\nSUMMARY:two\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n";
    QVERIFY(!IcalChecks::libical(twoSummaries).errors.isEmpty());
    QVERIFY(!checkText("SUMMARY:" + QByteArray(80, 'x') + "\r\n").isEmpty());
    QVERIFY(
        !checkText(QByteArray("SUMMARY:") + QByteArray(66, 'x') + "\xC3\r\n \xBC\r\n").isEmpty());
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestICalWriter, QStringList{})
#include "tst_icalwriter.moc"
