// The four main views' models on the demo database: what each shows, and
// that search and filters find what a planner looks for.
#include "domain/demodata.h"
#include "models/eventtablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/persontablemodel.h"
#include "models/registrationtablemodel.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testdatabase.h"
#include "util/textfold.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
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
    void attendeeDatesShowTheWholeYear();
    void modelTesters();
    void attendeeSortsReadAnIndex_data();
    void attendeeSortsReadAnIndex();
    void attendeeSearchFollowsTheOrder_data();
    void attendeeSearchFollowsTheOrder();
    void attendeeSearchShowsRowsBeforeTheCount();
    void attendeeSearchForFewReadsThemFirst();
    void attendeeSearchForFewFindsThemAgain();

private:
    int count(const QString &sql) const { return m_db->scalar(sql).toInt(); }
    QStringList column(const QAbstractItemModel &model, int column) const
    {
        QStringList values;
        for (int r = 0; r < model.rowCount(); ++r)
            values << model.data(model.index(r, column)).toString();
        return values;
    }

    /** A copy of the demo with the planner statistics of the large database. */
    QString plannedCopy();
    /**
     * Opens that copy read-only: opening for writing would analyse its
     * tables again (their figures are far from the demo's rows).
     */
    static Database::OpenOptions plannedOptions()
    {
        Database::OpenOptions options;
        options.readOnly = true;
        return options;
    }
    static bool settle(PagedSqlModel &model)
    {
        return QTest::qWaitFor([&] { return model.countKnown(); }, 10000);
    }

    // A file, or a database on the server named by PODIUM_TEST_SERVER.
    Testing::TestDatabases m_databases;
    // For the copies with SQLite's planner statistics (file backend only).
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTableModels::initTestCase()
{
    auto opened = m_databases.createDemo(QDate(2026, 11, 29));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
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
             QStringLiteral("19.09.2023  19:00"));
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
    // Opening reads one page, in the order shown: no page in another order
    // first (on a million rows that could cost a sort of all of them).
    QCOMPARE(model.pageQueries(), 1);
    model.data(model.index(0, RegistrationTableModel::FamilyNameColumn));
    QCOMPARE(model.pageQueries(), 1);
    QCOMPARE(model.sortColumn(), int(RegistrationTableModel::FamilyNameColumn));
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

// The Attendees list writes its dates as the date fields do, with all four
// digits of the year in every language (QLocale's short format has two in
// German: "19.09.23").
void TestTableModels::attendeeDatesShowTheWholeYear()
{
    const qint64 dialogue =
        m_db->scalar(QStringLiteral(
                         "SELECT id FROM event WHERE title_en = 'Can cities save the world?'"))
            .toLongLong();
    for (const Language language : {Language::German, Language::English}) {
        RegistrationTableModel model(*m_db, language);
        model.setEventFilter(dialogue);
        model.setStatusFilter(QStringLiteral("attended"));
        QVERIFY(model.rowCount() > 0);
        const bool german = language == Language::German;
        QCOMPARE(model.data(model.index(0, RegistrationTableModel::EventDateColumn)).toString(),
                 german ? QStringLiteral("19.09.2023") : QStringLiteral("19/09/2023"));
        for (const auto &[column, field] :
             {std::pair{int(RegistrationTableModel::RegisteredAtColumn), "registered_at"},
              std::pair{int(RegistrationTableModel::CheckedInColumn), "checked_in_at"}}) {
            const QDateTime at = QDateTime::fromString(
                m_db->scalar(QStringLiteral("SELECT %1 FROM registration WHERE id = ?")
                                 .arg(QLatin1StringView(field)),
                             {model.idAt(0)})
                    .toString(),
                Qt::ISODate);
            QVERIFY2(at.isValid(), field);
            QCOMPARE(model.data(model.index(0, column)).toString(),
                     at.toLocalTime().toString(german ? QStringLiteral("dd.MM.yyyy, HH:mm")
                                                      : QStringLiteral("dd/MM/yyyy, HH:mm")));
        }
    }
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

QString TestTableModels::plannedCopy()
{
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
        if (!m_db->saveCopy(path, nullptr))
            return {};
        auto copy = Database::open(path, {});
        if (!copy.database)
            return {};
        QSqlQuery q(copy.database->connection());
        if (!q.exec(QStringLiteral("ANALYZE sqlite_schema")) ||
            !q.exec(QStringLiteral("DELETE FROM sqlite_stat1")))
            return {};
        for (const auto &row : stats) {
            q.prepare(QStringLiteral("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)"));
            for (const char *value : row)
                q.addBindValue(QString::fromLatin1(value));
            if (!q.exec()) {
                qWarning() << q.lastError().text();
                return {};
            }
        }
    }
    return path;
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
    const QString path = plannedCopy();
    QVERIFY(!path.isEmpty());
    auto opened = Database::open(path, plannedOptions());
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

void TestTableModels::attendeeSearchFollowsTheOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("walk");
    using M = RegistrationTableModel;
    const auto row = [](const char *name, int column, Qt::SortOrder order, const char *status,
                        const char *walk, const char *search = "vald") {
        QTest::newRow(name) << column << int(order) << QString::fromLatin1(status)
                            << QString::fromLatin1(search) << QString::fromLatin1(walk);
    };
    row("family name", M::FamilyNameColumn, Qt::AscendingOrder, "",
        "SCAN p USING INDEX person_sort_idx");
    row("family name descending", M::FamilyNameColumn, Qt::DescendingOrder, "",
        "SCAN p USING INDEX person_sort_idx");
    row("given name", M::GivenNameColumn, Qt::AscendingOrder, "",
        "SCAN p USING INDEX person_given_name_idx");
    row("email", M::EmailColumn, Qt::DescendingOrder, "",
        "SCAN p USING INDEX person_email_sort_idx");
    row("organisation", M::OrganisationColumn, Qt::AscendingOrder, "",
        "SCAN p USING INDEX person_organisation_key_idx");
    row("event", M::EventColumn, Qt::AscendingOrder, "", "SCAN e USING INDEX event_title_idx");
    row("event date", M::EventDateColumn, Qt::AscendingOrder, "",
        "SCAN e USING INDEX event_start_idx");
    row("event date descending", M::EventDateColumn, Qt::DescendingOrder, "",
        "SCAN e USING INDEX event_start_idx");
    row("status", M::StatusColumn, Qt::AscendingOrder, "",
        "SCAN r USING INDEX registration_status_idx");
    row("registered", M::RegisteredAtColumn, Qt::DescendingOrder, "",
        "SCAN r USING INDEX registration_registered_idx");
    row("checked in", M::CheckedInColumn, Qt::AscendingOrder, "",
        "SCAN r USING INDEX registration_checked_in_idx");
    // With a status chosen as well: each order still walks its index
    // (the planner would otherwise read every registration of that status
    // and sort them).
    row("family name, cancelled", M::FamilyNameColumn, Qt::AscendingOrder, "cancelled",
        "SCAN p USING INDEX person_sort_idx");
    row("organisation, cancelled", M::OrganisationColumn, Qt::AscendingOrder, "cancelled",
        "SCAN p USING INDEX person_organisation_key_idx");
    row("registered, cancelled", M::RegisteredAtColumn, Qt::DescendingOrder, "cancelled",
        "SCAN r USING INDEX registration_registered_idx");
    row("checked in, cancelled", M::CheckedInColumn, Qt::AscendingOrder, "cancelled",
        "SCAN r USING INDEX registration_checked_in_idx");
    row("event date, cancelled", M::EventDateColumn, Qt::AscendingOrder, "cancelled",
        "SCAN e USING INDEX event_start_idx");
    // A status chosen and nothing typed: the same.
    row("family name, cancelled, no search", M::FamilyNameColumn, Qt::AscendingOrder, "cancelled",
        "SCAN p USING INDEX person_sort_idx", "");
    row("checked in, waiting list, no search", M::CheckedInColumn, Qt::DescendingOrder,
        "waitlisted", "SCAN r USING INDEX registration_checked_in_idx", "");
}

// Every keystroke in the search field must show its first rows at once on a
// million registrations: in every order the first page walks the order's
// index, tests each row's person and stops after a page, instead of
// collecting every match (a third of all people for "v") and sorting them.
void TestTableModels::attendeeSearchFollowsTheOrder()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, status);
    QFETCH(QString, search);
    QFETCH(QString, walk);
    const QString path = plannedCopy();
    QVERIFY(!path.isEmpty());
    auto opened = Database::open(path, plannedOptions());
    QVERIFY(opened.database);
    RegistrationTableModel model(*opened.database, Language::English);
    model.sort(column, Qt::SortOrder(order));
    // As on the large file, where "vald" matches thousands of people (the
    // demo's few would take the form of attendeeSearchForFewReadsThemFirst).
    model.setFewPeople(-1);
    model.setStatusFilter(status);
    model.setSearchText(search);
    QSqlQuery plan(opened.database->connection());
    QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + model.firstPageSql()));
    for (const QVariant &v : model.filterBindings())
        plan.addBindValue(v);
    QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    const QString shown = steps.join(QStringLiteral("; "));
    if (walk.isEmpty()) {
        QVERIFY2(steps.contains(QStringLiteral("LIST SUBQUERY 1")), qPrintable(shown));
    } else {
        QVERIFY2(!steps.contains(QStringLiteral("USE TEMP B-TREE FOR ORDER BY")),
                 qPrintable(shown));
        QVERIFY2(steps.value(0) == walk, qPrintable(shown));
    }
}

// A search that few people match (one person, or nobody) never fills a page
// on the walk along the order's index, which would then read every person:
// those people are read first and their registrations sorted. The rows are
// the same either way.
void TestTableModels::attendeeSearchForFewReadsThemFirst()
{
    const QString path = plannedCopy();
    QVERIFY(!path.isEmpty());
    auto opened = Database::open(path, plannedOptions());
    QVERIFY(opened.database);
    Database &db = *opened.database;
    const auto planOf = [&db](const RegistrationTableModel &model) {
        QSqlQuery plan(db.connection());
        QStringList steps;
        if (!plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + model.firstPageSql()))
            return steps;
        for (const QVariant &v : model.filterBindings())
            plan.addBindValue(v);
        if (plan.exec()) {
            while (plan.next())
                steps << plan.value(3).toString();
        }
        return steps;
    };
    const auto shown = [](RegistrationTableModel &model) {
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows << QString::number(model.idAt(row));
        return rows;
    };
    const qint64 fewPeople =
        db.scalar(QStringLiteral("SELECT count(*) FROM person WHERE search_key LIKE '%an%' OR "
                                 "organisation_key LIKE '%an%'"))
            .toLongLong();
    QVERIFY(fewPeople >= 2);

    for (const QString &search : {QStringLiteral("an"), QStringLiteral("qxqx")}) {
        RegistrationTableModel walking(db, Language::English);
        walking.setFewPeople(-1);
        walking.setSearchText(search);
        QVERIFY(settle(walking));
        QCOMPARE(planOf(walking).value(0), QStringLiteral("SCAN p USING INDEX person_sort_idx"));

        RegistrationTableModel model(db, Language::English);
        model.setSearchText(search);
        QVERIFY(settle(model));
        // Their ids, found before: no table is scanned, the person table
        // not even in a subquery. Nobody found is a condition that is false
        // before any row is read.
        const QStringList steps = planOf(model);
        if (search == QStringLiteral("qxqx"))
            QVERIFY2(model.firstPageSql().contains(QStringLiteral("WHERE ((0 = 1))")),
                     qPrintable(model.firstPageSql()));
        else
            QVERIFY2(steps.filter(QStringLiteral("SCAN ")).isEmpty() &&
                         steps.filter(QStringLiteral("SUBQUERY")).isEmpty(),
                     qPrintable(steps.join(QStringLiteral("; "))));
        QCOMPARE(shown(model), shown(walking));
        QCOMPARE(model.rowCount() == 0, search == QStringLiteral("qxqx"));
    }

    // More people than "few": the walk again.
    RegistrationTableModel many(db, Language::English);
    many.setFewPeople(int(fewPeople) - 1);
    many.setSearchText(QStringLiteral("an"));
    QCOMPARE(planOf(many).value(0), QStringLiteral("SCAN p USING INDEX person_sort_idx"));
}

// A search few people match keeps their ids; another window's change, which
// reaches the model as a refresh, must find the people again.
void TestTableModels::attendeeSearchForFewFindsThemAgain()
{
    auto opened = m_databases.createDemo(QDate(2026, 11, 29), QStringLiteral("refreshed.podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    const qint64 event = db.scalar(QStringLiteral("SELECT min(id) FROM event")).toLongLong();
    RegistrationTableModel model(db, Language::English);
    model.setSearchText(QStringLiteral("qxqx"));
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 0);

    // Someone who matches comes in.
    const QString inserted = QStringLiteral(
        "INSERT INTO person (given_name, family_name, sort_key, search_key, created_at, "
        "modified_at) VALUES ('Ada', 'Qxqx', 'qxqx ada', 'ada qxqx', '2023-01-01T00:00:00Z', "
        "'2023-01-01T00:00:00Z')");
    QVERIFY(db.execute(inserted));
    const qint64 ada = db.scalar(QStringLiteral("SELECT max(id) FROM person")).toLongLong();
    QVERIFY(db.execute(QStringLiteral("INSERT INTO registration (person_id, event_id, "
                                      "created_at, modified_at) VALUES (%1, %2, "
                                      "'2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')")
                           .arg(ada)
                           .arg(event)));
    model.refresh();
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0),
             db.scalar(QStringLiteral("SELECT id FROM registration WHERE person_id = ?"), {ada})
                 .toLongLong());

    // And goes again, by a new name.
    QVERIFY(db.execute(QStringLiteral("UPDATE person SET family_name = 'Lovelace', sort_key = "
                                      "'lovelace ada', search_key = 'ada lovelace' WHERE id = %1")
                           .arg(ada)));
    model.refresh();
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 0);
}

// The search on more registrations than a page: the first rows at once,
// the count in the background, and both forms of the search agreeing on
// which registrations match.
void TestTableModels::attendeeSearchShowsRowsBeforeTheCount()
{
    // A second demo database of the same day, to add people to.
    auto opened = m_databases.createDemo(QDate(2026, 11, 29), QStringLiteral("searched.podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    const qint64 metropolis =
        db.scalar(QStringLiteral("SELECT id FROM organisation WHERE name = 'Metropolis'"))
            .toLongLong();
    {
        Transaction tx(db);
        QSqlQuery person = db.prepare(QStringLiteral(
            "INSERT INTO person (given_name, family_name, email, organisation_id, sort_key, "
            "search_key, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, "
            "'2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')"));
        for (int i = 0; i < 150; ++i) {
            const QString given = QStringLiteral("Zoë");
            const QString family = QStringLiteral("Valdés Prieto %1").arg(i);
            const QString email = QStringLiteral("zoe.%1@example.org").arg(i);
            person.addBindValue(given);
            person.addBindValue(family);
            person.addBindValue(email);
            person.addBindValue(i % 3 == 0 ? QVariant(metropolis) : QVariant());
            person.addBindValue(foldText(family + QLatin1Char(' ') + given));
            person.addBindValue(
                foldText(given + QLatin1Char(' ') + family + QLatin1Char(' ') + email));
            QVERIFY(Database::exec(person));
        }
        QVERIFY(db.execute(QStringLiteral(
            "INSERT INTO registration (person_id, event_id, created_at, modified_at) "
            "SELECT p.id, e.id, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z' FROM person p, "
            "event e WHERE p.family_name LIKE 'Valdés Prieto %'")));
        QVERIFY(tx.commit());
    }
    const auto ids = [&](const QString &where, const QString &orderBy) {
        QList<qint64> out;
        QSqlQuery q = db.prepare(
            QStringLiteral("SELECT r.id FROM registration r JOIN person p ON p.id = r.person_id "
                           "JOIN event e ON e.id = r.event_id WHERE ") +
            where + QStringLiteral(" ORDER BY ") + orderBy);
        if (Database::exec(q)) {
            while (q.next())
                out << q.value(0).toLongLong();
        }
        return out;
    };

    RegistrationTableModel model(db, Language::English);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(model));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // Without the accent, in capitals, two words: Valdés Prieto.
    model.setSearchText(QStringLiteral("VALDES prieto"));
    QCOMPARE(model.countKnown(), false);
    // The first page, and what the tester fetched as it checked.
    QVERIFY(model.rowCount() >= PagedSqlModel::pageSize);
    QCOMPARE(model.rowCount() % PagedSqlModel::pageSize, 0);
    QCOMPARE(model.data(model.index(0, RegistrationTableModel::GivenNameColumn)).toString(),
             QStringLiteral("Zoë"));
    QVERIFY(settle(model));
    const QList<qint64> expected = ids(QStringLiteral("p.family_name LIKE 'Valdés Prieto %'"),
                                       QStringLiteral("p.sort_key, p.id, r.id"));
    QCOMPARE(expected.size(), 150 * count(QStringLiteral("SELECT count(*) FROM event")));
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(inserted.constLast().at(2).toInt(), int(expected.size()) - 1);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.idAt(r), expected.at(r));

    // By e-mail: a short result is known at once.
    model.setSearchText(QStringLiteral("zoe.17@"));
    QCOMPARE(model.countKnown(), true);
    QCOMPARE(model.rowCount(), count(QStringLiteral("SELECT count(*) FROM event")));

    // By organisation, in the order of the event date (the counting form of
    // the search).
    model.sort(RegistrationTableModel::EventDateColumn, Qt::AscendingOrder);
    model.setSearchText(QStringLiteral("metropolis"));
    QVERIFY(settle(model));
    const QList<qint64> byOrganisation =
        ids(QStringLiteral("p.organisation_id = %1").arg(metropolis),
            QStringLiteral("e.start_utc, e.id, r.id"));
    QVERIFY(byOrganisation.size() > PagedSqlModel::pageSize);
    QCOMPARE(model.rowCount(), byOrganisation.size());
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.idAt(r), byOrganisation.at(r));
}

// EXPLAIN QUERY PLAN over a copy of the file with SQLite's planner
// statistics (sqlite_stat1): about SQLite's query planner only.
PODIUM_BACKEND_TEST_MAIN(TestTableModels,
                         (QStringList{QStringLiteral("attendeeSortsReadAnIndex"),
                                      QStringLiteral("attendeeSearchFollowsTheOrder"),
                                      QStringLiteral("attendeeSearchForFewReadsThemFirst")}))
#include "tst_tablemodels.moc"
