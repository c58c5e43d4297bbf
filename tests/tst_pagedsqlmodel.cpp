// The windowed SQL model: every row it shows must be the row SQL puts there,
// however the view reaches it (in order, backwards, by jumps), with sorting
// and filtering done by SQL.
#include "models/pagedsqlmodel.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testdatabase.h"
#include "util/textfold.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Podium;

class TestPagedSqlModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstPageAtOnceCountInBackground();
    void shortResultKnownAtOnce();
    void fetchMoreGrowsByPages();
    void staleCountIsDropped();
    void supersededFilterIsNotCounted();
    void refreshCountsAgain();
    void destroyedWhileCounting_data();
    void destroyedWhileCounting();
    void matchesSqlInEveryAccessPattern_data();
    void matchesSqlInEveryAccessPattern();
    void sortsInSql_data();
    void sortsInSql();
    void filtersWithBoundParameters();
    void jumpsStartFromRememberedRows_data();
    void jumpsStartFromRememberedRows();
    void rememberedRowsFollowChanges();
    void boundedMemory();
    void modelTester();
    void countBelowRowsReadRemovesThem();
    void countConnectionLogsInAsTheModels();

private:
    QList<qint64> expectedIds(const QString &orderBy, const QString &where = {},
                              const QVariantList &binds = {});
    /** Waits (running the event loop) until the model knows its row count. */
    static bool settle(PagedSqlModel &model);
    /** Waits until the model's remembered rows arrive. */
    static bool anchored(PagedSqlModel &model);

    // A file, or a database on the server named by PODIUM_TEST_SERVER.
    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PagedSqlModel> m_model;
    // More rows than the page cache holds, so that eviction happens.
    static constexpr int peopleCount = 4000;
};

void TestPagedSqlModel::initTestCase()
{
    auto opened = m_databases.create(QStringLiteral("people.podium"));
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

bool TestPagedSqlModel::settle(PagedSqlModel &model)
{
    return QTest::qWaitFor([&] { return model.countKnown(); }, 10000);
}

bool TestPagedSqlModel::anchored(PagedSqlModel &model)
{
    return QTest::qWaitFor([&] { return model.anchorsKnown(); }, 10000);
}

void TestPagedSqlModel::firstPageAtOnceCountInBackground()
{
    // A fresh model: the first page is read at once, the count is not.
    PagedSqlModel model(*m_db);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy known(&model, &PagedSqlModel::countKnownChanged);
    model.setQuery(QStringLiteral("person p"), QStringLiteral("p.id"),
                   {{QStringLiteral("Family"),
                     QStringLiteral("p.family_name"),
                     {QStringLiteral("p.sort_key")}}});
    QCOMPARE(model.rowCount(), PagedSqlModel::pageSize);
    QCOMPARE(model.countKnown(), false);
    QCOMPARE(model.canFetchMore({}), true);
    QCOMPARE(model.pageQueries(), 1);
    QCOMPARE(known.size(), 1);
    QCOMPARE(known.at(0).at(0).toBool(), false);
    // The rows shown are there without waiting for the count.
    const QList<qint64> expected = expectedIds(QStringLiteral("p.id"));
    for (int r = 0; r < PagedSqlModel::pageSize; ++r)
        QCOMPARE(model.idAt(r), expected.at(r));
    QCOMPARE(model.pageQueries(), 1);
    QCOMPARE(inserted.size(), 0);

    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), peopleCount);
    QCOMPARE(model.backgroundCounts(), 1);
    QCOMPARE(model.canFetchMore({}), false);
    // One insertion of everything past the first page.
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), PagedSqlModel::pageSize);
    QCOMPARE(inserted.at(0).at(2).toInt(), peopleCount - 1);
    QCOMPARE(known.constLast().at(0).toBool(), true);
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Family"));
    QCOMPARE(model.idAt(peopleCount - 1), expected.constLast());
}

void TestPagedSqlModel::shortResultKnownAtOnce()
{
    // A first page that is not full is everything: no count is made.
    m_model->setFilter(QStringLiteral("p.id <= ?"), {50});
    QCOMPARE(m_model->countKnown(), true);
    QCOMPARE(m_model->rowCount(), 50);
    QCOMPARE(m_model->canFetchMore({}), false);
    QTest::qWait(50);
    QCOMPARE(m_model->backgroundCounts(), 0);
    m_model->setFilter(QStringLiteral("p.id < 0"), {});
    QCOMPARE(m_model->countKnown(), true);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestPagedSqlModel::fetchMoreGrowsByPages()
{
    m_model->sort(0, Qt::AscendingOrder);
    const QList<qint64> expected = expectedIds(QStringLiteral("p.sort_key, p.id"));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    // Without returning to the event loop the count cannot arrive: the view
    // scrolls down a page at a time, each read by keyset from the last.
    int pages = 1;
    while (m_model->canFetchMore({})) {
        const int before = m_model->rowCount();
        m_model->fetchMore({});
        ++pages;
        if (m_model->rowCount() > before) {
            QCOMPARE(inserted.constLast().at(1).toInt(), before);
            QCOMPARE(inserted.constLast().at(2).toInt(), m_model->rowCount() - 1);
        }
        QCOMPARE(m_model->idAt(m_model->rowCount() - 1), expected.at(m_model->rowCount() - 1));
    }
    // Reading reached the end: the count is known, and the one made in the
    // background is dropped when it arrives.
    QCOMPARE(m_model->countKnown(), true);
    QCOMPARE(m_model->rowCount(), peopleCount);
    QCOMPARE(pages, peopleCount / PagedSqlModel::pageSize + 1);
    const qsizetype insertions = inserted.size();
    QTest::qWait(200);
    QCOMPARE(inserted.size(), insertions);
    QCOMPARE(m_model->rowCount(), peopleCount);
    for (int r = 0; r < peopleCount; r += 97)
        QCOMPARE(m_model->idAt(r), expected.at(r));
}

void TestPagedSqlModel::staleCountIsDropped()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settle(*m_model));
    const int countsBefore = m_model->backgroundCounts();
    // Filter A: many rows, so its count goes to the worker…
    m_model->setFilter(QStringLiteral("p.family_name <> ?"), {QStringLiteral("Nowak")});
    QCOMPARE(m_model->countKnown(), false);
    // …which gets the request as the event loop runs, and counts. Wait for
    // the count without running the event loop, so its result stays queued.
    // (QTest::qWaitFor would process events, and with them the result.)
    QCoreApplication::sendPostedEvents(m_model.get(), QEvent::MetaCall);
    const QDeadlineTimer deadline(10000);
    while (m_model->backgroundCounts() <= countsBefore && !deadline.hasExpired())
        QThread::msleep(1);
    QVERIFY(m_model->backgroundCounts() > countsBefore);
    QCOMPARE(m_model->countKnown(), false);
    // Filter B replaces A before A's result is delivered.
    const QString where = QStringLiteral("p.family_name IN (?, ?)");
    const QVariantList binds{QStringLiteral("Nowak"), QStringLiteral("Müller")};
    m_model->setFilter(where, binds);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(settle(*m_model));
    const QList<qint64> expected = expectedIds(QStringLiteral("p.id"), where, binds);
    QVERIFY(expected.size() > PagedSqlModel::pageSize);
    QCOMPARE(m_model->rowCount(), expected.size());
    // Only B's count was applied (the tester itself fetches pages as it
    // checks, so there may be insertions of a page too, none past B's end).
    QVERIFY(!inserted.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(inserted))
        QVERIFY(signal.at(2).toInt() < expected.size());
    QCOMPARE(inserted.constLast().at(2).toInt(), int(expected.size()) - 1);
    QCOMPARE(m_model->backgroundCounts(), countsBefore + 2);
    QTest::qWait(50);
    QCOMPARE(m_model->rowCount(), expected.size());
    QCOMPARE(m_model->idAt(int(expected.size()) - 1), expected.constLast());
}

void TestPagedSqlModel::supersededFilterIsNotCounted()
{
    QVERIFY(settle(*m_model));
    const int countsBefore = m_model->backgroundCounts();
    // Keystrokes faster than the event loop: only the last filter is counted.
    for (const char *family : {"Valdés", "Müller", "Nowak"})
        m_model->setFilter(QStringLiteral("p.family_name <> ?"), {QString::fromUtf8(family)});
    QVERIFY(settle(*m_model));
    QCOMPARE(m_model->backgroundCounts(), countsBefore + 1);
    QCOMPARE(
        m_model->rowCount(),
        expectedIds(QStringLiteral("p.id"), QStringLiteral("p.family_name <> 'Nowak'")).size());
}

void TestPagedSqlModel::refreshCountsAgain()
{
    QVERIFY(settle(*m_model));
    QCOMPARE(m_model->rowCount(), peopleCount);
    // A row added on the model's connection is counted by the worker's once
    // committed.
    QVERIFY(m_db->execute(QStringLiteral(
        "INSERT INTO person (given_name, family_name, sort_key, search_key, created_at, "
        "modified_at) VALUES ('Extra', 'Extra', 'extra', 'extra', '2023-01-01T00:00:00Z', "
        "'2023-01-01T00:00:00Z')")));
    m_model->refresh();
    QCOMPARE(m_model->countKnown(), false);
    QVERIFY(settle(*m_model));
    QCOMPARE(m_model->rowCount(), peopleCount + 1);
    QVERIFY(m_db->execute(QStringLiteral("DELETE FROM person WHERE family_name = 'Extra'")));
    m_model->refresh();
    QVERIFY(settle(*m_model));
    QCOMPARE(m_model->rowCount(), peopleCount);
}

void TestPagedSqlModel::destroyedWhileCounting_data()
{
    QTest::addColumn<bool>("requested");
    QTest::newRow("count asked for, not yet sent") << false;
    QTest::newRow("count running") << true;
}

void TestPagedSqlModel::destroyedWhileCounting()
{
    QFETCH(bool, requested);
    for (int i = 0; i < 2; ++i) {
        auto model = std::make_unique<PagedSqlModel>(*m_db);
        model->setQuery(QStringLiteral("person p, person q"), QStringLiteral("p.id, q.id"),
                        {{QStringLiteral("Family"), QStringLiteral("p.family_name"), {}}});
        QCOMPARE(model->countKnown(), false);
        if (requested)
            QCoreApplication::sendPostedEvents(model.get(), QEvent::MetaCall);
        // The count of 16 million pairs is still running: the model waits
        // for it, drops it, and closes the worker's connection.
        model.reset();
    }
    QCoreApplication::processEvents();
    // The model's own connection is untouched.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), peopleCount);
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
    QVERIFY(settle(*m_model));
    m_model->sort(0, Qt::AscendingOrder);
    const int queriesBefore = m_model->pageQueries();
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
            QCOMPARE(m_model->pageQueries(), queriesBefore + 1);
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
    QVERIFY(settle(*m_model));
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
    QCOMPARE(m_model->rowCount(), PagedSqlModel::pageSize);
    QVERIFY(settle(*m_model));
    QCOMPARE(m_model->rowCount(), expected.size());
    for (int r = 0; r < expected.size(); ++r) {
        QCOMPARE(m_model->idAt(r), expected.at(r));
        QCOMPARE(m_model->data(m_model->index(r, 0)).toString(), QStringLiteral("Valdés"));
    }

    // SQL metacharacters are data, never SQL.
    m_model->setFilter(where, {QStringLiteral("%'; DROP TABLE person; --%")});
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setFilter({}, {});
    QVERIFY(settle(*m_model));
    QCOMPARE(m_model->rowCount(), peopleCount);

    // The two forms of a condition: pages use the first, the count and
    // jumps into the middle over a smaller FROM clause the second.
    m_model->setQuery(QStringLiteral("person p JOIN person twin ON twin.id = p.id"),
                      QStringLiteral("p.id"),
                      {{QStringLiteral("Family"),
                        QStringLiteral("p.family_name"),
                        {QStringLiteral("p.sort_key")},
                        Qt::AlignLeft | Qt::AlignVCenter,
                        QStringLiteral("person p")}});
    m_model->sort(0, Qt::AscendingOrder);
    m_model->setFilter(QStringLiteral("twin.search_key LIKE ? ESCAPE '\\'"), binds,
                       QStringLiteral("person p"),
                       QStringLiteral("p.search_key LIKE ? ESCAPE '\\'"), binds);
    QVERIFY(settle(*m_model));
    QCOMPARE(m_model->rowCount(), expected.size());
    // Row 600 is reached by skipping over "person p" alone.
    QCOMPARE(m_model->idAt(600), expected.at(600));
    QCOMPARE(m_model->idAt(int(expected.size()) - 1), expected.constLast());
}

void TestPagedSqlModel::jumpsStartFromRememberedRows_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("sql");
    const QString all;
    const QString notNowak = QStringLiteral("p.family_name <> 'Nowak'");
    QTest::newRow("family ascending")
        << 0 << int(Qt::AscendingOrder) << all << QStringLiteral("p.sort_key, p.id");
    QTest::newRow("family descending")
        << 0 << int(Qt::DescendingOrder) << all << QStringLiteral("p.sort_key DESC, p.id DESC");
    QTest::newRow("given descending, filtered") << 1 << int(Qt::DescendingOrder) << notNowak
                                                << QStringLiteral("p.given_name DESC, p.id DESC");
    QTest::newRow("by id, filtered")
        << -1 << int(Qt::AscendingOrder) << notNowak << QStringLiteral("p.id");
}

void TestPagedSqlModel::jumpsStartFromRememberedRows()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, where);
    QFETCH(QString, sql);
    constexpr int spacing = 256;
    m_model->setAnchorSpacing(spacing);
    m_model->sort(column, Qt::SortOrder(order));
    if (!where.isEmpty())
        m_model->setFilter(where, {});
    QVERIFY(settle(*m_model));
    QVERIFY(anchored(*m_model));
    const QList<qint64> expected = expectedIds(sql, where);
    QCOMPARE(m_model->rowCount(), expected.size());
    QVERIFY(expected.size() > 4 * spacing);

    // Jumps anywhere, each to a page no loaded page borders: the row is the
    // one SQL puts there, and fewer rows than the spacing are skipped to
    // reach it (from an end, row 1,500 would take 1,500).
    QRandomGenerator rng(23);
    QList<int> rows{1500, int(expected.size()) / 2, spacing * 3, spacing * 3 + 7};
    for (int i = 0; i < 40; ++i)
        rows << rng.bounded(int(expected.size()));
    for (const int r : std::as_const(rows)) {
        const qint64 skippedBefore = m_model->skippedRows();
        QCOMPARE(m_model->idAt(r), expected.at(r));
        QVERIFY2(m_model->skippedRows() - skippedBefore < spacing,
                 qPrintable(QStringLiteral("row %1: %2 rows skipped")
                                .arg(r)
                                .arg(m_model->skippedRows() - skippedBefore)));
    }
    QCOMPARE(m_model->idAt(int(expected.size()) - 1), expected.constLast());
    QCOMPARE(m_model->idAt(0), expected.constFirst());
}

void TestPagedSqlModel::rememberedRowsFollowChanges()
{
    constexpr int spacing = 256;
    m_model->setAnchorSpacing(spacing);
    m_model->sort(0, Qt::AscendingOrder);
    QVERIFY(settle(*m_model));
    QVERIFY(anchored(*m_model));

    // Another order: the rows remembered for the old one are forgotten at
    // once, and the new ones arrive.
    m_model->sort(1, Qt::AscendingOrder);
    QVERIFY(!m_model->anchorsKnown());
    QVERIFY(anchored(*m_model));
    QList<qint64> expected = expectedIds(QStringLiteral("p.given_name, p.id"));
    QCOMPARE(m_model->idAt(2222), expected.at(2222));

    // A hundred people sorted first: after a refresh every row moves down
    // by a hundred, and a jump still lands where SQL puts the row.
    auto removeAgain = qScopeGuard([this] {
        QSqlQuery q = m_db->prepare(
            QStringLiteral("DELETE FROM person WHERE email LIKE 'anchor%@example.org'"));
        Database::exec(q);
    });
    {
        Transaction tx(*m_db);
        QSqlQuery q = m_db->prepare(QStringLiteral(
            "INSERT INTO person (given_name, family_name, email, sort_key, search_key, "
            "created_at, modified_at) VALUES ('Aaron', 'Anchor', ?, 'anchor aaron', "
            "'aaron anchor', '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')"));
        for (int i = 0; i < 100; ++i) {
            q.addBindValue(QStringLiteral("anchor%1@example.org").arg(i));
            QVERIFY(Database::exec(q));
        }
        QVERIFY(tx.commit());
    }
    m_model->refresh();
    QVERIFY(!m_model->anchorsKnown());
    QVERIFY(settle(*m_model));
    QVERIFY(anchored(*m_model));
    expected = expectedIds(QStringLiteral("p.given_name, p.id"));
    QCOMPARE(expected.size(), peopleCount + 100);
    for (const int r : {2222, 1000, 3333, 99, 100, 3900}) {
        const qint64 skippedBefore = m_model->skippedRows();
        QCOMPARE(m_model->idAt(r), expected.at(r));
        QVERIFY(m_model->skippedRows() - skippedBefore < spacing);
    }

    // Turned off, jumps skip from an end again.
    m_model->setAnchorSpacing(0);
    m_model->sort(0, Qt::AscendingOrder);
    expected = expectedIds(QStringLiteral("p.sort_key, p.id"));
    const qint64 skippedBefore = m_model->skippedRows();
    QCOMPARE(m_model->idAt(1500), expected.at(1500));
    QCOMPARE(m_model->skippedRows() - skippedBefore,
             1500 / PagedSqlModel::pageSize * PagedSqlModel::pageSize);
    QVERIFY(!m_model->anchorsKnown());
}

void TestPagedSqlModel::boundedMemory()
{
    QVERIFY(settle(*m_model));
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
    m_model->fetchMore({});
    QVERIFY(settle(*m_model));
    m_model->setFilter(QStringLiteral("p.family_name = ?"), {QStringLiteral("Nowak")});
    m_model->fetchMore({});
    m_model->fetchMore({});
    QVERIFY(settle(*m_model));
    m_model->refresh();
    m_model->sort(1, Qt::AscendingOrder);
    QVERIFY(settle(*m_model));
    m_model->setFilter({}, {});
    QCOMPARE(m_model->countKnown(), false);
    // A count that arrives after a new order.
    m_model->sort(0, Qt::AscendingOrder);
    QVERIFY(settle(*m_model));
    QVERIFY(m_model->rowCount() == peopleCount);
}

void TestPagedSqlModel::countBelowRowsReadRemovesThem()
{
    // A count that finds fewer rows than were read (rows deleted by another
    // program between the pages and the count) removes the surplus.
    {
        Transaction tx(*m_db);
        for (int i = 0; i < 600; ++i)
            QVERIFY(m_db->execute(QStringLiteral(
                "INSERT INTO person (given_name, family_name, sort_key, search_key, created_at, "
                "modified_at) VALUES ('Brief', 'Brief', 'brief', 'brief', "
                "'2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')")));
        QVERIFY(tx.commit());
    }
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setFilter(QStringLiteral("p.family_name = ?"), {QStringLiteral("Brief")});
    QCOMPARE(m_model->countKnown(), false);
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 2 * PagedSqlModel::pageSize);
    QVERIFY(m_db->execute(QStringLiteral(
        "DELETE FROM person WHERE family_name = 'Brief' AND id NOT IN (SELECT id FROM person "
        "WHERE family_name = 'Brief' ORDER BY id LIMIT 50)")));
    QVERIFY(settle(*m_model));
    QCOMPARE(m_model->rowCount(), 50);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 50);
    QCOMPARE(removed.at(0).at(2).toInt(), 2 * PagedSqlModel::pageSize - 1);
    QVERIFY(m_model->idAt(49) > 0);
    QCOMPARE(m_model->idAt(50), 0);
    QVERIFY(m_db->execute(QStringLiteral("DELETE FROM person WHERE family_name = 'Brief'")));
}

// The worker opens the same file, or connects to the same server database
// as the same user with the same password: one typed into a prompt is not in
// ~/.pgpass, so the worker must take it from the model's connection.
void TestPagedSqlModel::countConnectionLogsInAsTheModels()
{
    // On a server with password login: the password is typed into the
    // prompt (Database::OpenOptions::password), not known to libpq through
    // PGPASSFILE, and the background count's own connection must still log in.
    const Testing::TypedPasswordLogin login(*m_db);
    Database *db = login.database();
    QVERIFY2(db, qPrintable(login.error()));
    PagedSqlModel model(*db);
    model.setQuery(QStringLiteral("person p"), QStringLiteral("p.id"),
                   {{QStringLiteral("Family"), QStringLiteral("p.family_name"), {}}});
    QCOMPARE(model.countKnown(), false);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), peopleCount);
    // Counted by the worker, not by the fallback on the model's connection.
    QCOMPARE(model.backgroundCounts(), 1);
}

PODIUM_BACKEND_TEST_MAIN(TestPagedSqlModel, QStringList{})
#include "tst_pagedsqlmodel.moc"
