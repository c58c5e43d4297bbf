// The four main views' models on the demo database: what each shows, and
// that search and filters find what a planner looks for.
#include "domain/demodata.h"
#include "models/eventtablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/persontablemodel.h"
#include "models/registrationtablemodel.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;

class TestTableModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eventsNewestFirstWithLocalTimes();
    void eventFilters();
    void peopleSearchIgnoresAccentsAndCase_data();
    void peopleSearchIgnoresAccentsAndCase();
    void peopleSpeakersAndRoles();
    void organisations();
    void registrationsFilters();
    void modelTesters();
    void attendeeSortsReadAnIndex_data();
    void attendeeSortsReadAnIndex();

private:
    int count(const QString &sql) const { return m_db->scalar(sql).toInt(); }
    QStringList column(const QAbstractItemModel &model, int column) const
    {
        QStringList values;
        for (int r = 0; r < model.rowCount(); ++r)
            values << model.data(model.index(r, column)).toString();
        return values;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTableModels::initTestCase()
{
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(m_dir.filePath(QStringLiteral("demo.podium")), options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    QString error;
    QVERIFY2(DemoData::populate(*m_db, QDate(2026, 11, 29), &error), qPrintable(error));
}

void TestTableModels::eventsNewestFirstWithLocalTimes()
{
    EventTableModel model(*m_db, Language::English);
    QCOMPARE(model.rowCount(), count(QStringLiteral("SELECT count(*) FROM event")));
    // Newest first; the Berlin Summer Dialogue of 2023 is the oldest.
    const int last = model.rowCount() - 1;
    QCOMPARE(model.data(model.index(last, EventTableModel::TitleColumn)).toString(),
             QStringLiteral("Can cities save the world?"));
    // 17:00 UTC is shown as 19:00 in Berlin.
    QCOMPARE(model.data(model.index(last, EventTableModel::DateColumn)).toString(),
             QStringLiteral("19/09/2023  19:00"));
    QCOMPARE(model.data(model.index(last, EventTableModel::SeriesColumn)).toString(),
             QStringLiteral("Berlin Summer Dialogue"));
    QCOMPARE(model.data(model.index(last, EventTableModel::StatusColumn)).toString(),
             QStringLiteral("Confirmed"));
    QCOMPARE(model.data(model.index(last, EventTableModel::RegisteredColumn)).toInt(),
             count(QStringLiteral(
                 "SELECT count(*) FROM registration r JOIN event e ON e.id = r.event_id WHERE "
                 "e.title_en = 'Can cities save the world?' AND r.status IN ('registered', "
                 "'confirmed', 'attended')")));

    EventTableModel german(*m_db, Language::German);
    QCOMPARE(german.data(german.index(last, EventTableModel::SeriesColumn)).toString(),
             QStringLiteral("Berliner Sommerdialog"));
    QCOMPARE(german.data(german.index(last, EventTableModel::DateColumn)).toString(),
             QStringLiteral("19.09.23  19:00"));
}

void TestTableModels::eventFilters()
{
    EventTableModel model(*m_db, Language::English);
    model.setSearchText(QStringLiteral("CITIES save"));
    QCOMPARE(column(model, EventTableModel::TitleColumn),
             QStringList{QStringLiteral("Can cities save the world?")});
    model.setSearchText({});
    model.setStatusFilter(QStringLiteral("cancelled"));
    QCOMPARE(model.rowCount(),
             count(QStringLiteral("SELECT count(*) FROM event WHERE status = 'cancelled'")));
    QVERIFY(model.rowCount() >= 1);
    model.setStatusFilter({});
    model.setDateRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
    QCOMPARE(model.rowCount(), 1);
    model.setDateRange({}, {});
    const qint64 series =
        m_db->scalar(
                QStringLiteral("SELECT id FROM series WHERE name_en = 'Berlin Summer Dialogue'"))
            .toLongLong();
    model.setSeriesFilter(series);
    QCOMPARE(model.rowCount(),
             count(QStringLiteral("SELECT count(*) FROM event WHERE series_id = %1").arg(series)));
}

void TestTableModels::peopleSearchIgnoresAccentsAndCase_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("family");
    QTest::newRow("without accent") << QStringLiteral("valdes") << QStringLiteral("Valdés Cano");
    QTest::newRow("upper case") << QStringLiteral("VALDÉS") << QStringLiteral("Valdés Cano");
    QTest::newRow("given and family")
        << QStringLiteral("laura cano") << QStringLiteral("Valdés Cano");
    QTest::newRow("by organisation")
        << QStringLiteral("metropolis") << QStringLiteral("Valdés Cano");
    QTest::newRow("by email") << QStringLiteral("amelie.dubois@") << QStringLiteral("Dubois");
}

void TestTableModels::peopleSearchIgnoresAccentsAndCase()
{
    QFETCH(QString, search);
    QFETCH(QString, family);
    PersonTableModel model(*m_db, Language::English);
    model.setSearchText(search);
    QVERIFY2(column(model, PersonTableModel::FamilyNameColumn).contains(family),
             qPrintable(column(model, PersonTableModel::FamilyNameColumn).join(QLatin1Char(','))));
    QVERIFY(model.rowCount() < count(QStringLiteral("SELECT count(*) FROM person")));
}

void TestTableModels::peopleSpeakersAndRoles()
{
    PersonTableModel model(*m_db, Language::English);
    QCOMPARE(model.rowCount(), count(QStringLiteral("SELECT count(*) FROM person")));
    model.setSpeakersOnly(true);
    QCOMPARE(model.rowCount(), count(QStringLiteral("SELECT count(DISTINCT person_id) FROM role")));
    QVERIFY(column(model, PersonTableModel::FamilyNameColumn).contains(QStringLiteral("Witt")));
    model.setSpeakersOnly(false);
    model.setRoleFilter(QStringLiteral("chair"));
    QVERIFY(column(model, PersonTableModel::FamilyNameColumn).contains(QStringLiteral("Witt")));
    QVERIFY(
        !column(model, PersonTableModel::FamilyNameColumn).contains(QStringLiteral("Valdés Cano")));
    model.setRoleFilter({});
    const qint64 metropolis =
        m_db->scalar(QStringLiteral("SELECT id FROM organisation WHERE name = 'Metropolis'"))
            .toLongLong();
    model.setOrganisationFilter(metropolis);
    QCOMPARE(column(model, PersonTableModel::FamilyNameColumn),
             QStringList{QStringLiteral("Valdés Cano")});
}

void TestTableModels::organisations()
{
    OrganisationTableModel model(*m_db, Language::English);
    QCOMPARE(model.rowCount(), count(QStringLiteral("SELECT count(*) FROM organisation")));
    model.setSearchText(QStringLiteral("sef:"));
    QCOMPARE(column(model, OrganisationTableModel::NameColumn),
             QStringList{QStringLiteral("Development and Peace Foundation")});
    model.setSearchText(QStringLiteral("kroc"));
    QCOMPARE(model.data(model.index(0, OrganisationTableModel::ParentColumn)).toString(),
             QStringLiteral("University of San Diego"));
    model.setSearchText({});
    model.setKindFilter(QStringLiteral("city_network"));
    QCOMPARE(
        column(model, OrganisationTableModel::NameColumn).contains(QStringLiteral("Metropolis")),
        true);
    QCOMPARE(model.data(model.index(0, OrganisationTableModel::KindColumn)).toString().isEmpty(),
             false);
}

void TestTableModels::registrationsFilters()
{
    RegistrationTableModel model(*m_db, Language::English);
    QCOMPARE(model.rowCount(), count(QStringLiteral("SELECT count(*) FROM registration")));
    // Sorted by family name: folded, so Ä and A sort together.
    QStringList folded;
    for (int r = 0; r < model.rowCount(); ++r)
        folded << m_db->scalar(QStringLiteral("SELECT p.sort_key FROM registration r JOIN person p "
                                              "ON p.id = r.person_id WHERE r.id = ?"),
                               {model.idAt(r)})
                      .toString();
    QStringList sorted = folded;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(folded, sorted);

    const qint64 dialogue =
        m_db->scalar(QStringLiteral(
                         "SELECT id FROM event WHERE title_en = 'Can cities save the world?'"))
            .toLongLong();
    model.setEventFilter(dialogue);
    QCOMPARE(
        model.rowCount(),
        count(
            QStringLiteral("SELECT count(*) FROM registration WHERE event_id = %1").arg(dialogue)));
    model.setStatusFilter(QStringLiteral("attended"));
    QCOMPARE(
        model.rowCount(),
        count(QStringLiteral(
                  "SELECT count(*) FROM registration WHERE event_id = %1 AND status = 'attended'")
                  .arg(dialogue)));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.data(model.index(0, RegistrationTableModel::StatusColumn)).toString(),
             QStringLiteral("Attended"));
    model.setSearchText(QStringLiteral("zzzz-nobody"));
    QCOMPARE(model.rowCount(), 0);
}

void TestTableModels::modelTesters()
{
    EventTableModel events(*m_db, Language::English);
    PersonTableModel people(*m_db, Language::English);
    OrganisationTableModel organisations(*m_db, Language::English);
    RegistrationTableModel registrations(*m_db, Language::English);
    QAbstractItemModelTester t1(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&people, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&organisations,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(&registrations,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int c = 0; c < registrations.columnCount(); ++c)
        registrations.sort(c, c % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    registrations.setSearchText(QStringLiteral("a"));
    people.setSpeakersOnly(true);
    events.setStatusFilter(QStringLiteral("confirmed"));
    organisations.setKindFilter(QStringLiteral("foundation"));
}

void TestTableModels::attendeeSortsReadAnIndex_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    RegistrationTableModel model(*m_db, Language::English);
    for (int c = 0; c < model.columnCount(); ++c) {
        const QByteArray name =
            model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().toUtf8();
        QTest::newRow(name + " ascending") << c << int(Qt::AscendingOrder);
        QTest::newRow(name + " descending") << c << int(Qt::DescendingOrder);
    }
}

// On a million registrations a sort that SQLite has to do in a temporary
// B-tree takes seconds; every column of the Attendees view must be read in
// order from an index instead (sorting only the rows of one person, or of
// one event, is cheap: "RIGHT PART OF ORDER BY").
void TestTableModels::attendeeSortsReadAnIndex()
{
    QFETCH(int, column);
    QFETCH(int, order);
    // The planner statistics of the large benchmark database (10,000 events,
    // 50,000 people, 1,000,000 registrations; ANALYZE), laid over a copy of
    // the demo: SQLite then plans as it does on that file.
    static const char *const stats[][3] = {
        {"event", "event_published_idx", "10000 5000 2"},
        {"event", "event_room_idx", "10000 250"},
        {"event", "event_series_idx", "10000 2000 1"},
        {"event", "event_start_idx", "10000 2 1"},
        {"event", "event_status_idx", "10000 2000 1"},
        {"event", "event_title_idx", "10000 1 1"},
        {"event", "event_venue_idx", "10000 250"},
        {"event", "sqlite_autoindex_event_1", "10000 1"},
        {"organisation", "organisation_name_key_idx", "5000 1"},
        {"organisation", "organisation_parent_idx", "5000 5000"},
        {"person", "person_email_idx", "50000 1"},
        {"person", "person_email_lower_idx", "50000 1"},
        {"person", "person_email_sort_idx", "50000 1 1"},
        {"person", "person_given_name_idx", "50000 1250 1"},
        {"person", "person_organisation_idx", "50000 11"},
        {"person", "person_organisation_key_idx", "50000 11 2 1"},
        {"person", "person_sort_idx", "50000 4 1"},
        {"programme_item", "programme_item_event_idx", "50000 5 1 1"},
        {"programme_item", "programme_item_room_idx", "50000 50000 2"},
        {"programme_item", "sqlite_autoindex_programme_item_1", "50000 1 1"},
        {"registration", "registration_checked_in_idx", "1000000 1000000"},
        {"registration", "registration_event_idx", "1000000 100 15"},
        {"registration", "registration_registered_idx", "1000000 985"},
        {"registration", "registration_status_idx", "1000000 142858"},
        {"registration", "sqlite_autoindex_registration_1", "1000000 20 1"},
        {"role", "role_event_idx", "40000 4 4 1"},
        {"role", "role_item_idx", "40000 4"},
        {"role", "role_unique_idx", "40000 2 1 1 1"},
        {"room", "sqlite_autoindex_room_1", "40 1 1"},
        {"room", "sqlite_autoindex_room_2", "40 1 1"},
        {"series", "series_name_key_idx", "5 1"},
        {"venue", "venue_name_city_idx", "40 1 1"},
    };
    const QString path = m_dir.filePath(QStringLiteral("planned.podium"));
    if (!QFile::exists(path)) {
        QVERIFY(m_db->saveCopy(path, nullptr));
        auto copy = Database::open(path, {});
        QVERIFY(copy.database);
        QSqlQuery q(copy.database->connection());
        QVERIFY(q.exec(QStringLiteral("ANALYZE sqlite_schema")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM sqlite_stat1")));
        for (const auto &row : stats) {
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)")));
            for (const char *value : row)
                q.addBindValue(QString::fromLatin1(value));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    auto opened = Database::open(path, {});
    QVERIFY(opened.database);
    RegistrationTableModel model(*opened.database, Language::English);
    model.sort(column, Qt::SortOrder(order));
    QSqlQuery plan(opened.database->connection());
    QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + model.firstPageSql()));
    for (const QVariant &v : model.filterBindings())
        plan.addBindValue(v);
    QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    QVERIFY(!steps.isEmpty());
    QVERIFY2(!steps.contains(QStringLiteral("USE TEMP B-TREE FOR ORDER BY")),
             qPrintable(steps.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
