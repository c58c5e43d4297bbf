// The windowed SQL model: every row it shows must be the row SQL puts there,
// however the view reaches it (in order, backwards, by jumps), with sorting
// and filtering done by SQL.
#include "models/pagedsqlmodel.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/textfold.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;

class TestPagedSqlModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowCountFromSql();
    void matchesSqlInEveryAccessPattern_data();
    void matchesSqlInEveryAccessPattern();
    void sortsInSql_data();
    void sortsInSql();
    void filtersWithBoundParameters();
    void boundedMemory();
    void modelTester();

private:
    QList<qint64> expectedIds(const QString &orderBy, const QString &where = {},
                              const QVariantList &binds = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PagedSqlModel> m_model;
    // More rows than the page cache holds, so that eviction happens.
    static constexpr int peopleCount = 4000;
};

void TestPagedSqlModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(m_dir.filePath(QStringLiteral("people.podium")), options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);

    // Many people share a family name, so the id must break ties.
    const QStringList families{QStringLiteral("Valdés"),    QStringLiteral("Müller"),
                               QStringLiteral("Øvergaard"), QStringLiteral("Åberg"),
                               QStringLiteral("Zieliński"), QStringLiteral("Ábrahám"),
                               QStringLiteral("Nowak")};
    QRandomGenerator rng(7);
    Transaction tx(*m_db);
    QSqlQuery q = m_db->prepare(
        QStringLiteral("INSERT INTO person (given_name, family_name, email, sort_key, search_key, "
                       "created_at, modified_at) "
                       "VALUES (?, ?, ?, ?, ?, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')"));
    for (int i = 0; i < peopleCount; ++i) {
        const QString given =
            QStringLiteral("Given%1").arg(rng.bounded(500), 3, 10, QLatin1Char('0'));
        const QString family = families.at(rng.bounded(int(families.size())));
        const QString email = QStringLiteral("p%1@example.org").arg(i);
        q.addBindValue(given);
        q.addBindValue(family);
        q.addBindValue(email);
        q.addBindValue(foldText(family + QLatin1Char(' ') + given));
        q.addBindValue(foldText(given + QLatin1Char(' ') + family + QLatin1Char(' ') + email));
        QVERIFY(Database::exec(q));
    }
    QVERIFY(tx.commit());
}

void TestPagedSqlModel::init()
{
    m_model = std::make_unique<PagedSqlModel>(*m_db);
    m_model->setQuery(QStringLiteral("person p"), QStringLiteral("p.id"),
                      {{QStringLiteral("Family"),
                        QStringLiteral("p.family_name"),
                        {QStringLiteral("p.sort_key")}},
                       {QStringLiteral("Given"),
                        QStringLiteral("p.given_name"),
                        {QStringLiteral("p.given_name")}},
                       {QStringLiteral("Email"), QStringLiteral("p.email"), {}}});
}

void TestPagedSqlModel::cleanup()
{
    m_model.reset();
}

QList<qint64> TestPagedSqlModel::expectedIds(const QString &orderBy, const QString &where,
                                             const QVariantList &binds)
{
    QList<qint64> ids;
    QSqlQuery q = m_db->prepare(QStringLiteral("SELECT p.id FROM person p") +
                                (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
                                QStringLiteral(" ORDER BY ") + orderBy);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!Database::exec(q))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

void TestPagedSqlModel::rowCountFromSql()
{
    QCOMPARE(m_model->rowCount(), peopleCount);
    QCOMPARE(m_model->columnCount(), 3);
    // Counting reads no page.
    QCOMPARE(m_model->pageQueries(), 0);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Family"));
}

void TestPagedSqlModel::matchesSqlInEveryAccessPattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("forwards") << QStringLiteral("forwards");
    QTest::newRow("backwards") << QStringLiteral("backwards");
    QTest::newRow("last row first") << QStringLiteral("last");
    QTest::newRow("random jumps") << QStringLiteral("random");
}

void TestPagedSqlModel::matchesSqlInEveryAccessPattern()
{
    QFETCH(QString, pattern);
    m_model->sort(0, Qt::AscendingOrder);
    const QList<qint64> expected = expectedIds(QStringLiteral("p.sort_key, p.id"));
    QCOMPARE(expected.size(), peopleCount);
    QList<int> rows;
    if (pattern == QLatin1StringView("forwards")) {
        for (int r = 0; r < peopleCount; ++r)
            rows << r;
    } else if (pattern == QLatin1StringView("backwards")) {
        for (int r = peopleCount - 1; r >= 0; --r)
            rows << r;
    } else if (pattern == QLatin1StringView("last")) {
        rows << peopleCount - 1 << peopleCount - 2 << 0 << peopleCount / 2;
    } else {
        QRandomGenerator rng(11);
        for (int i = 0; i < 300; ++i)
            rows << rng.bounded(peopleCount);
    }
    for (const int r : std::as_const(rows)) {
        QCOMPARE(m_model->idAt(r), expected.at(r));
        // The last row is reached with one query, reading backwards from
        // the end, without reading the rows before it.
        if (pattern == QLatin1StringView("last") && r == rows.first())
            QCOMPARE(m_model->pageQueries(), 1);
    }
    QCOMPARE(m_model->data(m_model->index(5, 2)).toString(),
             QStringLiteral("p%1@example.org").arg(expected.at(5) - 1));
}

void TestPagedSqlModel::sortsInSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("sql");
    QTest::newRow("family ascending")
        << 0 << int(Qt::AscendingOrder) << QStringLiteral("p.sort_key, p.id");
    QTest::newRow("family descending")
        << 0 << int(Qt::DescendingOrder) << QStringLiteral("p.sort_key DESC, p.id DESC");
    QTest::newRow("given ascending")
        << 1 << int(Qt::AscendingOrder) << QStringLiteral("p.given_name, p.id");
    QTest::newRow("given descending")
        << 1 << int(Qt::DescendingOrder) << QStringLiteral("p.given_name DESC, p.id DESC");
}

void TestPagedSqlModel::sortsInSql()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, sql);
    m_model->sort(column, Qt::SortOrder(order));
    const QList<qint64> expected = expectedIds(sql);
    // Walk a stretch in the middle from a cold start, then forwards.
    for (int r = 700; r < 1200; ++r)
        QCOMPARE(m_model->idAt(r), expected.at(r));
    QCOMPARE(m_model->idAt(peopleCount - 1), expected.constLast());

    // German order: Åberg and Ábrahám sort with A, Øvergaard with O.
    if (column == 0 && order == Qt::AscendingOrder) {
        QCOMPARE(m_model->data(m_model->index(0, 0)).toString().at(0).toLower().unicode() < 0x80,
                 false);
        const QString firstFamily = m_model->data(m_model->index(0, 0)).toString();
        QVERIFY2(firstFamily == QStringLiteral("Åberg") || firstFamily == QStringLiteral("Ábrahám"),
                 qPrintable(firstFamily));
    }

    // A column without sort keys is not sortable: the order stays.
    const qint64 before = m_model->idAt(3);
    m_model->sort(2, Qt::AscendingOrder);
    QCOMPARE(m_model->idAt(3), before);
}

void TestPagedSqlModel::filtersWithBoundParameters()
{
    m_model->sort(0, Qt::AscendingOrder);
    const QString where = QStringLiteral("p.search_key LIKE ? ESCAPE '\\'");
    const QVariantList binds{QStringLiteral("%") + escapeLike(foldText(QStringLiteral("VALDES"))) +
                             QStringLiteral("%")};
    m_model->setFilter(where, binds);
    const QList<qint64> expected = expectedIds(QStringLiteral("p.sort_key, p.id"), where, binds);
    QVERIFY(expected.size() > 200);
    QVERIFY(expected.size() < peopleCount);
    QCOMPARE(m_model->rowCount(), expected.size());
    for (int r = 0; r < expected.size(); ++r) {
        QCOMPARE(m_model->idAt(r), expected.at(r));
        QCOMPARE(m_model->data(m_model->index(r, 0)).toString(), QStringLiteral("Valdés"));
    }

    // SQL metacharacters are data, never SQL.
    m_model->setFilter(where, {QStringLiteral("%'; DROP TABLE person; --%")});
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setFilter({}, {});
    QCOMPARE(m_model->rowCount(), peopleCount);
}

void TestPagedSqlModel::boundedMemory()
{
    m_model->sort(1, Qt::AscendingOrder);
    const int before = m_model->pageQueries();
    for (int r = 0; r < peopleCount; ++r)
        m_model->idAt(r);
    // Walking the table in order reads each page once…
    QCOMPARE(m_model->pageQueries() - before,
             (peopleCount + PagedSqlModel::pageSize - 1) / PagedSqlModel::pageSize);
    // …and holds no more than the cache allows: the first pages were dropped
    // and must be read again.
    const int afterWalk = m_model->pageQueries();
    m_model->idAt(0);
    QCOMPARE(m_model->pageQueries(), afterWalk + 1);
}

void TestPagedSqlModel::modelTester()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->sort(0, Qt::DescendingOrder);
    m_model->setFilter(QStringLiteral("p.family_name = ?"), {QStringLiteral("Nowak")});
    m_model->refresh();
    m_model->sort(1, Qt::AscendingOrder);
    m_model->setFilter({}, {});
    QVERIFY(m_model->rowCount() == peopleCount);
}

QTEST_GUILESS_MAIN(TestPagedSqlModel)
#include "tst_pagedsqlmodel.moc"
