// The four main views' models on the demo database: what each shows, and
// that search and filters find what a planner looks for.
#include "domain/demodata.h"
#include "models/eventtablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/persontablemodel.h"
#include "models/registrationtablemodel.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
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

QTEST_GUILESS_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
