// Statistics for funders: registrations, attendance and no-shows per event,
// series and year, counted on a small database built by hand, the model
// over them, the CSV export and the view that shows them.
#include "barchart.h"
#include "io/statisticsexport.h"
#include "models/statisticsmodel.h"
#include "statisticsview.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "util/clock.h"
#include "util/datetext.h"

#include "backendwidgettest.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;

namespace {

// "Now" in every test: events that ended before it may have been held.
const QDateTime now(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

struct Expected
{
    QString label;
    int events, held, registrations, waitlisted, cancelled, attended, noShows;
};

// Waits for the figures of the model's latest refresh, counted in the background.
#define WAIT_FOR_FIGURES(model)                                                                    \
    QTRY_COMPARE_WITH_TIMEOUT((model).state(), StatisticsModel::State::Ready, 60000)

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void perEvent();
    void perSeries();
    void perYear();
    void dateRange();
    void ratesAreDefinedOnlyWithHeldEvents();
    void eventEndingNowIsHeld();
    void model();
    void csvExport();
    void csvFileIsWrittenAtomically();
    void viewFiltersChartsAndExports();
    void modelCountsInTheBackground();
    void backgroundConnectionUsesTheTypedPassword();
    void newerCountSupersedesOlder();
    void viewCountsOnlyWhenShown();

private:
    qint64 insert(const QString &table, const RecordStore::Values &values);
    qint64 addEvent(const QString &title, qint64 seriesId, const QString &start, const QString &end,
                    const QString &status);
    void addRegistrations(qint64 eventId, const QString &status, int count, bool checkedIn = false);
    QList<StatisticsRow> compute(StatisticsGrouping grouping, const QDate &from = {},
                                 const QDate &to = {}, StatisticsRow *total = nullptr);
    static void compareRows(const QList<StatisticsRow> &rows, const QList<Expected> &expected);

    // CSV files are written here.
    QTemporaryDir m_dir;
    // Files, or databases on the server named by PODIUM_TEST_SERVER.
    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    int m_people = 0;
};

qint64 TestStatistics::insert(const QString &table, const RecordStore::Values &values)
{
    RecordStore store(*m_db);
    QString error;
    const qint64 id = store.insert(table, values, table + QStringLiteral(" added"), &error);
    if (id == 0)
        qWarning("%s", qPrintable(error));
    return id;
}

qint64 TestStatistics::addEvent(const QString &title, qint64 seriesId, const QString &start,
                                const QString &end, const QString &status)
{
    return insert(
        QStringLiteral("event"),
        {{QStringLiteral("uid"),
          QString(title).replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral("@test")},
         {QStringLiteral("title_en"), title},
         {QStringLiteral("title_key"), title.toLower()},
         {QStringLiteral("series_id"), seriesId ? QVariant(seriesId) : QVariant()},
         {QStringLiteral("start_utc"), start},
         {QStringLiteral("end_utc"), end},
         {QStringLiteral("status"), status}});
}

void TestStatistics::addRegistrations(qint64 eventId, const QString &status, int count,
                                      bool checkedIn)
{
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("Guest %1").arg(++m_people);
        const qint64 person =
            insert(QStringLiteral("person"), {{QStringLiteral("given_name"), name},
                                              {QStringLiteral("sort_key"), name.toLower()},
                                              {QStringLiteral("search_key"), name.toLower()}});
        QVERIFY(person);
        QVERIFY(
            insert(QStringLiteral("registration"),
                   {{QStringLiteral("person_id"), person},
                    {QStringLiteral("event_id"), eventId},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("checked_in_at"),
                     checkedIn ? QVariant(QStringLiteral("2025-03-10T17:55:00Z")) : QVariant()}}));
    }
}

void TestStatistics::init()
{
    auto opened = m_databases.create(QString::fromLatin1(QTest::currentTestFunction()) +
                                     QStringLiteral(".podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    Clock::setSource([] { return now; });

    const qint64 alpha = insert(QStringLiteral("series"),
                                {{QStringLiteral("name_en"), QStringLiteral("Alpha Talks")},
                                 {QStringLiteral("name_key"), QStringLiteral("alpha talks")}});
    const qint64 beta = insert(QStringLiteral("series"),
                               {{QStringLiteral("name_en"), QStringLiteral("Beta Forum")},
                                {QStringLiteral("name_key"), QStringLiteral("beta forum")}});
    QVERIFY(alpha && beta);

    // Held (ended, confirmed): 3 attended, 1 no-show, 1 registered and never
    // checked in (a no-show), 1 confirmed and checked in (attended), 1 on the
    // waiting list, 1 cancelled, 1 invitation without answer.
    const qint64 spring =
        addEvent(QStringLiteral("Spring Talk"), alpha, QStringLiteral("2025-03-10T18:00:00Z"),
                 QStringLiteral("2025-03-10T20:00:00Z"), QStringLiteral("confirmed"));
    addRegistrations(spring, QStringLiteral("attended"), 3);
    addRegistrations(spring, QStringLiteral("no_show"), 1);
    addRegistrations(spring, QStringLiteral("registered"), 1);
    addRegistrations(spring, QStringLiteral("confirmed"), 1, true);
    addRegistrations(spring, QStringLiteral("waitlisted"), 1);
    addRegistrations(spring, QStringLiteral("cancelled"), 1);
    addRegistrations(spring, QStringLiteral("invited"), 1);
    // Held (planned): 2 attended, 2 no-shows.
    const qint64 autumn =
        addEvent(QStringLiteral("Autumn Forum"), beta, QStringLiteral("2025-10-01T16:00:00Z"),
                 QStringLiteral("2025-10-01T19:00:00Z"), QStringLiteral("planned"));
    addRegistrations(autumn, QStringLiteral("attended"), 2);
    addRegistrations(autumn, QStringLiteral("no_show"), 2);
    // Still to come: nobody has attended or failed to come yet.
    const qint64 summer =
        addEvent(QStringLiteral("Summer Evening"), alpha, QStringLiteral("2026-07-01T17:00:00Z"),
                 QStringLiteral("2026-07-01T19:00:00Z"), QStringLiteral("confirmed"));
    addRegistrations(summer, QStringLiteral("registered"), 2);
    addRegistrations(summer, QStringLiteral("confirmed"), 1);
    addRegistrations(summer, QStringLiteral("waitlisted"), 2);
    // Cancelled: left out altogether.
    const qint64 cancelled =
        addEvent(QStringLiteral("Cancelled Night"), alpha, QStringLiteral("2026-02-01T18:00:00Z"),
                 QStringLiteral("2026-02-01T20:00:00Z"), QStringLiteral("cancelled"));
    addRegistrations(cancelled, QStringLiteral("registered"), 1);
    addRegistrations(cancelled, QStringLiteral("cancelled"), 2);
    // In the past but a draft: not held, so its registration is no no-show.
    const qint64 draft =
        addEvent(QStringLiteral("Draft Idea"), 0, QStringLiteral("2026-01-20T18:00:00Z"),
                 QStringLiteral("2026-01-20T20:00:00Z"), QStringLiteral("draft"));
    addRegistrations(draft, QStringLiteral("registered"), 1);
    // Postponed, without registrations.
    QVERIFY(addEvent(QStringLiteral("Postponed Debate"), beta,
                     QStringLiteral("2026-03-05T18:00:00Z"), QStringLiteral("2026-03-05T20:00:00Z"),
                     QStringLiteral("postponed")));
}

void TestStatistics::cleanup()
{
    Clock::setSource({});
    m_db.reset();
    m_databases.dropAll();
    m_people = 0;
}

QList<StatisticsRow> TestStatistics::compute(StatisticsGrouping grouping, const QDate &from,
                                             const QDate &to, StatisticsRow *total)
{
    StatisticsQuery query;
    query.grouping = grouping;
    query.from = from;
    query.to = to;
    query.now = now;
    QList<StatisticsRow> rows;
    QString error;
    if (!Statistics::compute(*m_db, query, &rows, total, &error))
        qWarning("%s", qPrintable(error));
    return rows;
}

void TestStatistics::compareRows(const QList<StatisticsRow> &rows, const QList<Expected> &expected)
{
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const StatisticsRow &r = rows.at(i);
        const Expected &e = expected.at(i);
        QCOMPARE(r.label, e.label);
        QCOMPARE(r.events, e.events);
        QCOMPARE(r.heldEvents, e.held);
        QCOMPARE(r.registrations, e.registrations);
        QCOMPARE(r.waitlisted, e.waitlisted);
        QCOMPARE(r.cancelled, e.cancelled);
        QCOMPARE(r.attended, e.attended);
        QCOMPARE(r.noShows, e.noShows);
    }
}

void TestStatistics::perEvent()
{
    StatisticsRow total;
    const QList<StatisticsRow> rows = compute(StatisticsGrouping::Event, {}, {}, &total);
    compareRows(rows, {
                          {QStringLiteral("Spring Talk"), 1, 1, 7, 1, 1, 4, 2},
                          {QStringLiteral("Autumn Forum"), 1, 1, 4, 0, 0, 2, 2},
                          {QStringLiteral("Draft Idea"), 1, 0, 1, 0, 0, 0, 0},
                          {QStringLiteral("Postponed Debate"), 1, 0, 0, 0, 0, 0, 0},
                          {QStringLiteral("Summer Evening"), 1, 0, 5, 2, 0, 0, 0},
                      });
    QCOMPARE(rows.at(0).attendanceRate().value(), 4.0 / 6.0);
    QCOMPARE(rows.at(0).noShowRate().value(), 2.0 / 6.0);
    QCOMPARE(rows.at(0).open(), 1); // the waiting list of a held event
    QCOMPARE(rows.at(1).attendanceRate().value(), 0.5);
    QCOMPARE(rows.at(4).open(), 5);
    // The date of an event is its local date (Europe/Berlin).
    QCOMPARE(rows.at(0).firstDate, QDate(2025, 3, 10));
    compareRows({total}, {{QStringLiteral("Total"), 5, 2, 17, 3, 1, 6, 4}});
    QCOMPARE(total.attendanceRate().value(), 0.6);
    QCOMPARE(total.noShowRate().value(), 0.4);
    QCOMPARE(total.firstDate, QDate(2025, 3, 10));
    QCOMPARE(total.lastDate, QDate(2026, 7, 1));
}

void TestStatistics::perSeries()
{
    StatisticsRow total;
    const QList<StatisticsRow> rows = compute(StatisticsGrouping::Series, {}, {}, &total);
    compareRows(rows, {
                          {QStringLiteral("Alpha Talks"), 2, 1, 12, 3, 1, 4, 2},
                          {QStringLiteral("Beta Forum"), 2, 1, 4, 0, 0, 2, 2},
                          {QStringLiteral("Without a series"), 1, 0, 1, 0, 0, 0, 0},
                      });
    QVERIFY(rows.at(2).key.isNull());
    QCOMPARE(rows.at(0).firstDate, QDate(2025, 3, 10));
    QCOMPARE(rows.at(0).lastDate, QDate(2026, 7, 1));
    compareRows({total}, {{QStringLiteral("Total"), 5, 2, 17, 3, 1, 6, 4}});
}

void TestStatistics::perYear()
{
    const QList<StatisticsRow> rows = compute(StatisticsGrouping::Year);
    compareRows(rows, {
                          {QStringLiteral("2025"), 2, 2, 11, 1, 1, 6, 4},
                          {QStringLiteral("2026"), 3, 0, 6, 2, 0, 0, 0},
                      });
    QCOMPARE(rows.at(0).attendanceRate().value(), 0.6);
    QVERIFY(!rows.at(1).attendanceRate());
    QVERIFY(!rows.at(1).noShowRate());
}

void TestStatistics::dateRange()
{
    StatisticsRow total;
    // Both ends are inclusive: an event on the last day counts.
    QList<StatisticsRow> rows =
        compute(StatisticsGrouping::Event, QDate(2025, 10, 1), QDate(2026, 1, 20), &total);
    compareRows(rows, {
                          {QStringLiteral("Autumn Forum"), 1, 1, 4, 0, 0, 2, 2},
                          {QStringLiteral("Draft Idea"), 1, 0, 1, 0, 0, 0, 0},
                      });
    compareRows({total}, {{QStringLiteral("Total"), 2, 1, 5, 0, 0, 2, 2}});
    rows = compute(StatisticsGrouping::Year, QDate(2026, 1, 1), {});
    compareRows(rows, {{QStringLiteral("2026"), 3, 0, 6, 2, 0, 0, 0}});
    rows = compute(StatisticsGrouping::Series, {}, QDate(2025, 3, 9), &total);
    QVERIFY(rows.isEmpty());
    compareRows({total}, {{QStringLiteral("Total"), 0, 0, 0, 0, 0, 0, 0}});
    QVERIFY(!total.attendanceRate());
}

void TestStatistics::ratesAreDefinedOnlyWithHeldEvents()
{
    StatisticsRow row;
    QVERIFY(!row.attendanceRate());
    row.attended = 3;
    row.noShows = 1;
    row.registrations = 6;
    QCOMPARE(row.attendanceRate().value(), 0.75);
    QCOMPARE(row.noShowRate().value(), 0.25);
    QCOMPARE(row.open(), 2);
    QCOMPARE(StatisticsModel::formatRate(std::nullopt), QStringLiteral("–"));
    QCOMPARE(StatisticsModel::formatRate(0.75),
             QStringLiteral("%1 %").arg(QLocale().toString(75.0, 'f', 1)));
}

void TestStatistics::eventEndingNowIsHeld()
{
    // The summer evening, seen from the minute it ends: its registered and
    // confirmed guests, never checked in, become no-shows.
    StatisticsQuery query;
    query.grouping = StatisticsGrouping::Event;
    query.from = QDate(2026, 7, 1);
    query.now = QDateTime(QDate(2026, 7, 1), QTime(19, 0), Qt::UTC);
    QList<StatisticsRow> rows;
    QString error;
    QVERIFY2(Statistics::compute(*m_db, query, &rows, nullptr, &error), qPrintable(error));
    compareRows(rows, {{QStringLiteral("Summer Evening"), 1, 1, 5, 2, 0, 0, 3}});
    query.now = query.now.addSecs(-1);
    QVERIFY(Statistics::compute(*m_db, query, &rows, nullptr, &error));
    compareRows(rows, {{QStringLiteral("Summer Evening"), 1, 0, 5, 2, 0, 0, 0}});
}

void TestStatistics::model()
{
    StatisticsModel model(*m_db, Language::English);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    WAIT_FOR_FIGURES(model);
    QCOMPARE(model.query().now, now);
    QCOMPARE(model.rowCount(), 6); // five events and the totals
    QCOMPARE(model.columnCount(), int(StatisticsModel::ColumnCount));
    QCOMPARE(model.headerData(StatisticsModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Event"));
    QCOMPARE(model.index(0, StatisticsModel::NameColumn).data().toString(),
             QStringLiteral("Spring Talk"));
    // The day as the interface's language writes it (the tests run in C).
    const QString march10 = QLocale().toString(QDate(2025, 3, 10), numericDateFormat());
    QVERIFY(march10.contains(QLatin1StringView("2025")));
    QCOMPARE(model.index(0, StatisticsModel::DatesColumn).data().toString(), march10);
    {
        // German, as the chart beside the table writes it.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = model.index(0, StatisticsModel::DatesColumn).data().toString();
        QLocale::setDefault(before);
        QCOMPARE(german, QStringLiteral("10.03.2025"));
    }
    QCOMPARE(
        model.index(0, StatisticsModel::NoShowsColumn).data(StatisticsModel::ValueRole).toInt(), 2);
    QCOMPARE(model.index(0, StatisticsModel::AttendanceRateColumn).data().toString(),
             StatisticsModel::formatRate(4.0 / 6.0));
    QVERIFY(!model.index(4, StatisticsModel::AttendanceRateColumn)
                 .data(StatisticsModel::ValueRole)
                 .isValid());
    QVERIFY(!model.index(4, 0).data(StatisticsModel::TotalRole).toBool());
    QVERIFY(model.index(5, 0).data(StatisticsModel::TotalRole).toBool());
    QVERIFY(model.index(5, 0).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.index(5, StatisticsModel::RegistrationsColumn).data().toString(),
             QLocale().toString(17));
    QVERIFY(
        !model.headerData(StatisticsModel::AttendanceRateColumn, Qt::Horizontal, Qt::ToolTipRole)
             .toString()
             .isEmpty());

    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setGrouping(StatisticsGrouping::Year);
    QCOMPARE(header.count(), 1);
    QCOMPARE(model.headerData(StatisticsModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Year"));
    WAIT_FOR_FIGURES(model);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, StatisticsModel::DatesColumn).data().toString(),
             march10 + QStringLiteral(" – ") +
                 QLocale().toString(QDate(2025, 10, 1), numericDateFormat()));
    model.setDateRange(QDate(2030, 1, 1), {});
    WAIT_FOR_FIGURES(model);
    QCOMPARE(model.rowCount(), 0);
    model.setDateRange({}, {});
    model.setGrouping(StatisticsGrouping::Series);
    WAIT_FOR_FIGURES(model);
    QCOMPARE(model.rowCount(), 4);

    // A refresh counts what changed meanwhile.
    addRegistrations(
        m_db->scalar(QStringLiteral("SELECT id FROM event WHERE title_en = 'Autumn Forum'"))
            .toLongLong(),
        QStringLiteral("attended"), 1);
    model.refresh();
    WAIT_FOR_FIGURES(model);
    QCOMPARE(
        model.index(1, StatisticsModel::AttendedColumn).data(StatisticsModel::ValueRole).toInt(),
        3);
    QVERIFY(model.lastError().isEmpty());
}

void TestStatistics::csvExport()
{
    StatisticsRow total;
    const QList<StatisticsRow> rows = compute(StatisticsGrouping::Year, {}, {}, &total);
    const QByteArray csv = StatisticsExport::toCsv(rows, total, StatisticsGrouping::Year);
    QCOMPARE(csv, QByteArray("Year,First date,Last date,Events,Events held,Registrations,"
                             "Waiting list,Cancelled,Attended,No-shows,Attendance rate (%),"
                             "No-show rate (%)\r\n"
                             "2025,2025-03-10,2025-10-01,2,2,11,1,1,6,4,60.0,40.0\r\n"
                             "2026,2026-01-20,2026-07-01,3,0,6,2,0,0,0,,\r\n"
                             "Total,2025-03-10,2026-07-01,5,2,17,3,1,6,4,60.0,40.0\r\n"));

    const QList<StatisticsRow> events = compute(StatisticsGrouping::Event, {}, {}, &total);
    CsvWriter::Options options;
    options.delimiter = QLatin1Char(';');
    options.byteOrderMark = true;
    const QList<QByteArray> lines =
        StatisticsExport::toCsv(events, total, StatisticsGrouping::Event, options).split('\n');
    QCOMPARE(lines.size(), 8); // header, five events, totals and the empty rest
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBF"
                                   "Event;First date;"));
    QCOMPARE(lines.at(1),
             QByteArray("Spring Talk;2025-03-10;2025-03-10;1;1;7;1;1;4;2;66.7;33.3\r"));
    QCOMPARE(lines.at(5), QByteArray("Summer Evening;2026-07-01;2026-07-01;1;0;5;2;0;0;0;;\r"));
    // Counts only: no guest's name appears.
    QVERIFY(!lines.join().contains("Guest"));
}

void TestStatistics::csvFileIsWrittenAtomically()
{
    const QString path = m_dir.filePath(QStringLiteral("stats.csv"));
    QString error;
    QVERIFY2(StatisticsExport::writeFile(path, "a,b\r\n", &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("a,b\r\n"));
    const QString bad = m_dir.filePath(QStringLiteral("missing/folder/stats.csv"));
    QVERIFY(!StatisticsExport::writeFile(bad, "x", &error));
    QVERIFY2(error.contains(QStringLiteral("missing/folder/stats.csv")), qPrintable(error));
    QVERIFY(!QFile::exists(bad));
}

void TestStatistics::viewFiltersChartsAndExports()
{
    StatisticsView view(*m_db);
    view.resize(1000, 700);
    view.show();
    QCOMPARE(view.tableView()->model(), view.model());
    WAIT_FOR_FIGURES(*view.model());
    QCOMPARE(view.model()->rowCount(), 6);
    // The chart has a bar per event, made of attended, no-shows and the rest.
    QCOMPARE(view.chart()->bars().size(), 5);
    QCOMPARE(view.chart()->bars().at(0).values, (QList<int>{4, 2, 1}));
    QCOMPARE(view.chart()->bars().at(0).total(), 7);
    QVERIFY(view.chart()->bars().at(0).label.endsWith(QStringLiteral("Spring Talk")));

    view.groupingCombo()->setCurrentIndex(2);
    QCOMPARE(view.model()->grouping(), StatisticsGrouping::Year);
    WAIT_FOR_FIGURES(*view.model());
    QCOMPARE(view.chart()->bars().size(), 2);
    QCOMPARE(view.chart()->bars().at(0).values, (QList<int>{6, 4, 1}));
    view.fromEdit()->setDate(QDate(2026, 1, 1));
    QCOMPARE(view.model()->query().from, QDate(2026, 1, 1));
    WAIT_FOR_FIGURES(*view.model());
    QCOMPARE(view.chart()->bars().size(), 1);
    QCOMPARE(view.chart()->bars().at(0).label, QStringLiteral("2026"));
    view.fromEdit()->setDate(view.fromEdit()->minimumDate()); // "any" again
    QVERIFY(!view.model()->query().from.isValid());
    WAIT_FOR_FIGURES(*view.model());
    QCOMPARE(view.chart()->bars().size(), 2);

    // The chart's text and axis follow the palette; only the status colours are fixed.
    QCOMPARE(view.chart()->segmentColor(2), view.chart()->palette().color(QPalette::Highlight));
    QPalette dark = view.chart()->palette();
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    view.chart()->setPalette(dark);
    QCOMPARE(view.chart()->segmentColor(2), QColor(0x2a, 0x82, 0xda));
    QVERIFY(!view.chart()->grab().isNull());

    const QString path = m_dir.filePath(QStringLiteral("years.csv"));
    QString error;
    QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    StatisticsRow total;
    const QList<StatisticsRow> rows = compute(StatisticsGrouping::Year, {}, {}, &total);
    CsvWriter::Options options;
    options.byteOrderMark = true;
    QCOMPARE(file.readAll(),
             StatisticsExport::toCsv(rows, total, StatisticsGrouping::Year, options));
}

void TestStatistics::modelCountsInTheBackground()
{
    StatisticsModel model(*m_db, Language::English);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Nothing is counted before it is asked for.
    QCoreApplication::processEvents();
    QCOMPARE(model.state(), StatisticsModel::State::NotCounted);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.backgroundCounts(), 0);

    // Asked, it returns at once: the totals stand alone, every figure "…".
    QSignalSpy states(&model, &StatisticsModel::stateChanged);
    model.refresh();
    QCOMPARE(model.state(), StatisticsModel::State::Counting);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, 0).data(StatisticsModel::TotalRole).toBool());
    QCOMPARE(model.index(0, StatisticsModel::NameColumn).data().toString(),
             QStringLiteral("Total"));
    for (int column = StatisticsModel::DatesColumn; column < StatisticsModel::ColumnCount;
         ++column) {
        QCOMPARE(model.index(0, column).data().toString(), QStringLiteral("…"));
        QVERIFY(!model.index(0, column).data(StatisticsModel::ValueRole).isValid());
    }

    // The figures arrive from the model's own connection, as counted here.
    WAIT_FOR_FIGURES(model);
    QCOMPARE(model.backgroundCounts(), 1);
    StatisticsRow total;
    const QList<StatisticsRow> rows = compute(StatisticsGrouping::Event, {}, {}, &total);
    QCOMPARE(model.rows(), rows);
    QCOMPARE(model.total(), total);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(5, StatisticsModel::RegistrationsColumn).data().toString(),
             QLocale().toString(17));
    QCOMPARE(states.count(), 2); // counting, ready
    QCOMPARE(states.at(1).at(0).value<StatisticsModel::State>(), StatisticsModel::State::Ready);

    // A refresh keeps the rows and their names, with "…" for every figure
    // until the new count arrives: never the figures from before the change.
    const qint64 autumn =
        m_db->scalar(QStringLiteral("SELECT id FROM event WHERE title_en = 'Autumn Forum'"))
            .toLongLong();
    addRegistrations(autumn, QStringLiteral("no_show"), 2);
    model.refresh();
    QCOMPARE(model.state(), StatisticsModel::State::Counting);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(1, StatisticsModel::NameColumn).data().toString(),
             QStringLiteral("Autumn Forum"));
    QCOMPARE(model.index(1, StatisticsModel::NoShowsColumn).data().toString(), QStringLiteral("…"));
    QVERIFY(
        !model.index(1, StatisticsModel::NoShowsColumn).data(StatisticsModel::ValueRole).isValid());
    WAIT_FOR_FIGURES(model);
    QCOMPARE(
        model.index(1, StatisticsModel::NoShowsColumn).data(StatisticsModel::ValueRole).toInt(), 4);
    QCOMPARE(model.total().noShows, 6);
    QCOMPARE(model.backgroundCounts(), 2);
}

void TestStatistics::newerCountSupersedesOlder()
{
    StatisticsModel model(*m_db, Language::English);
    QSignalSpy states(&model, &StatisticsModel::stateChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    // Three counts asked for in a row: only the figures of the last arrive,
    // however far the worker got with the others.
    model.refresh();
    model.setGrouping(StatisticsGrouping::Series);
    model.setGrouping(StatisticsGrouping::Year);
    // The worker takes them in order, so a count that was not dropped would
    // arrive, and show, before the last one.
    WAIT_FOR_FIGURES(model);
    QCOMPARE(model.grouping(), StatisticsGrouping::Year);
    compareRows(model.rows(), {
                                  {QStringLiteral("2025"), 2, 2, 11, 1, 1, 6, 4},
                                  {QStringLiteral("2026"), 3, 0, 6, 2, 0, 0, 0},
                              });
    int ready = 0;
    for (const QList<QVariant> &args : std::as_const(states))
        ready += args.at(0).value<StatisticsModel::State>() == StatisticsModel::State::Ready;
    QCOMPARE(ready, 1);
    // One reset per count started without the rows of before, one for the result.
    QCOMPARE(resets.count(), 4);
}

void TestStatistics::backgroundConnectionUsesTheTypedPassword()
{
    // On a server with password login: the password typed into the prompt
    // (OpenOptions::password), unknown to libpq, must reach the reader's own
    // connection, or the figures would be counted on the window's.
    const Testing::TypedPasswordLogin login(*m_db);
    Database *db = login.database();
    QVERIFY2(db, qPrintable(login.error()));
    StatisticsModel model(*db, Language::English);
    model.refresh();
    WAIT_FOR_FIGURES(model);
    QCOMPARE(model.backgroundCounts(), 1);
    StatisticsRow total;
    QCOMPARE(model.rows(), compute(StatisticsGrouping::Event, {}, {}, &total));
    QCOMPARE(model.total(), total);
}

void TestStatistics::viewCountsOnlyWhenShown()
{
    StatisticsView view(*m_db);
    view.resize(1000, 700);
    auto *exportButton = view.findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(exportButton);
    // Hidden (a window that opens on another view): nothing is counted, not
    // even on a refresh after a change.
    QCoreApplication::processEvents();
    view.refresh();
    QCoreApplication::processEvents();
    QCOMPARE(view.model()->state(), StatisticsModel::State::NotCounted);
    QCOMPARE(view.model()->backgroundCounts(), 0);

    // Shown, it counts in the background: "…", no bars, no export until then.
    view.show();
    QCOMPARE(view.model()->state(), StatisticsModel::State::Counting);
    QVERIFY(view.chart()->bars().isEmpty());
    QVERIFY(!exportButton->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("early.csv"));
    QString error;
    QVERIFY(!view.exportCsv(path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
    WAIT_FOR_FIGURES(*view.model());
    QCOMPARE(view.chart()->bars().size(), 5);
    QVERIFY(exportButton->isEnabled());
    QCOMPARE(view.model()->backgroundCounts(), 1);

    // A change while shown is counted at once.
    const qint64 autumn =
        m_db->scalar(QStringLiteral("SELECT id FROM event WHERE title_en = 'Autumn Forum'"))
            .toLongLong();
    addRegistrations(autumn, QStringLiteral("attended"), 1);
    view.refresh();
    QCOMPARE(view.model()->state(), StatisticsModel::State::Counting);
    QVERIFY(view.chart()->bars().isEmpty());
    WAIT_FOR_FIGURES(*view.model());
    QCOMPARE(view.chart()->bars().at(1).values, (QList<int>{3, 2, 0}));

    // A change while hidden is counted when the view is shown again.
    view.hide();
    addRegistrations(autumn, QStringLiteral("attended"), 1);
    view.refresh();
    QCoreApplication::processEvents();
    QCOMPARE(view.model()->state(), StatisticsModel::State::Ready);
    QCOMPARE(view.model()->backgroundCounts(), 2);
    view.show();
    QCOMPARE(view.model()->state(), StatisticsModel::State::Counting);
    WAIT_FOR_FIGURES(*view.model());
    QCOMPARE(view.model()->backgroundCounts(), 3);
    QCOMPARE(view.chart()->bars().at(1).values, (QList<int>{4, 2, 0}));
    QCOMPARE(view.model()->rows(), compute(StatisticsGrouping::Event));
}

PODIUM_BACKEND_WIDGET_TEST_MAIN(TestStatistics, QStringList{})
#include "tst_statistics.moc"
#include "util/datetext.h"
