// RowReader reads a SQLite file through SQLite's C API and a server through
// QSqlQuery; either way every column must come out as QSqlQuery::value()
// converted with toString(), toLongLong() and toInt() gives it: NULLs,
// non-ASCII text, white space, integers, and on a file also what SQLite's
// loose typing lets a column hold (a real number, a blob, an integer in a
// text column).
#include "storage/database.h"
#include "storage/rowreader.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

using namespace Podium;

class TestRowReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readsWhatQSqlQueryReads_data();
    void readsWhatQSqlQueryReads();
    void fileIsReadNatively();
    void looseTypesOnAFile();
    void bindsLikeQSqlQuery();
    void readersSideBySide();
    void badStatementIsAnError();
    void keptInsertReturnsItsRows();
    void keptStatementIsReused();
    void boundTextIsKeptUntilTheStatementRuns();
    void keptInsertReportsAConstraint();

private:
    /** Compares every column of every row of @p sql, read both ways. */
    void compareBothWays(const QString &sql, const QVariantList &bindings, int expectedRows);

    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
};

void TestRowReader::initTestCase()
{
    auto created = m_databases.create();
    QVERIFY2(created.database, qPrintable(created.message));
    m_db = std::move(created.database);
    QString error;
    QVERIFY2(m_db->execute(QStringLiteral("CREATE TABLE reader_sample (id INTEGER PRIMARY KEY, "
                                          "name TEXT, amount BIGINT, note TEXT)"),
                           &error),
             qPrintable(error));
    const QList<QVariantList> rows{
        {1, QStringLiteral("plain"), 42, QStringLiteral("ascii")},
        {2, QStringLiteral("Görlitz – Łódź, 和平 🕊️"), -7, QString()},
        {3, QStringLiteral("  padded\t"), QVariant(QMetaType::fromType<int>()),
         QStringLiteral("\u00a0no-break\u00a0")},
        {4, QString(), 2147483647, QStringLiteral("")},
        {5, QStringLiteral("big"), Q_INT64_C(9007199254740993), QStringLiteral("123")},
        {6, QStringLiteral("zero"), 0, QStringLiteral("line\r\nbreak")},
    };
    for (const QVariantList &row : rows) {
        QSqlQuery q = m_db->prepare(QStringLiteral(
            "INSERT INTO reader_sample (id, name, amount, note) VALUES (?, ?, ?, ?)"));
        for (const QVariant &v : row)
            q.addBindValue(v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull())
                               ? QVariant(v.metaType())
                               : v);
        QVERIFY2(Database::exec(q, &error), qPrintable(error));
    }
}

void TestRowReader::cleanupTestCase()
{
    m_db.reset();
}

void TestRowReader::compareBothWays(const QString &sql, const QVariantList &bindings,
                                    int expectedRows)
{
    // Fetched whole: a server loses a streamed result when the reader's
    // query starts.
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(false);
    QVERIFY(q.prepare(sql));
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    QString error;
    QVERIFY2(Database::exec(q, &error), qPrintable(error));
    RowReader reader(*m_db);
    QVERIFY2(reader.exec(sql, bindings, &error), qPrintable(error));
    int rows = 0;
    while (q.next()) {
        QVERIFY2(reader.next(), qPrintable(reader.error()));
        ++rows;
        for (int c = 0; c < q.record().count(); ++c) {
            const QVariant v = q.value(c);
            const QByteArray where =
                "row " + QByteArray::number(rows) + ", column " + QByteArray::number(c);
            QVERIFY2(reader.isNull(c) == v.isNull(), where.constData());
            QVERIFY2(reader.text(c) == v.toString(), where.constData());
            QVERIFY2(reader.utf8(c) == v.toString().toUtf8(), where.constData());
            QVERIFY2(reader.toInt64(c) == v.toLongLong(), where.constData());
            QVERIFY2(reader.toInt(c) == v.toInt(), where.constData());
            const QVariant mine = reader.value(c);
            QVERIFY2(mine.isNull() == v.isNull() && mine.typeId() == v.typeId() && mine == v,
                     where.constData());
        }
        if (rows == 1) {
            QCOMPARE(reader.columnCount(), q.record().count());
            for (int c = 0; c < q.record().count(); ++c)
                QCOMPARE(reader.columnName(c), q.record().fieldName(c));
        }
    }
    QVERIFY(!reader.next());
    QCOMPARE(reader.error(), QString());
    QCOMPARE(rows, expectedRows);
}

void TestRowReader::readsWhatQSqlQueryReads_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("bindings");
    QTest::addColumn<int>("rows");
    QTest::newRow("every row")
        << QStringLiteral("SELECT id, name, amount, note FROM reader_sample ORDER BY id")
        << QVariantList() << 6;
    QTest::newRow("bound text and integer")
        << QStringLiteral("SELECT id, name, amount FROM reader_sample WHERE name <> ? AND id > ? "
                          "ORDER BY id")
        << QVariantList{QStringLiteral("plain"), 1} << 4;
    QTest::newRow("bound non-ASCII text")
        << QStringLiteral("SELECT id, note FROM reader_sample WHERE name = ? ORDER BY id")
        << QVariantList{QStringLiteral("Görlitz – Łódź, 和平 🕊️")} << 1;
    QTest::newRow("expressions: trimmed, joined, counted")
        << QStringLiteral("SELECT trim(name), name || '/' || note, count(*) FROM reader_sample "
                          "GROUP BY id ORDER BY id")
        << QVariantList() << 6;
    QTest::newRow("no rows") << QStringLiteral("SELECT id FROM reader_sample WHERE id < 0")
                             << QVariantList() << 0;
}

void TestRowReader::readsWhatQSqlQueryReads()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, bindings);
    QFETCH(int, rows);
    compareBothWays(sql, bindings, rows);
}

void TestRowReader::fileIsReadNatively()
{
    // A file is read through SQLite's own interface, a server never; asked
    // for, a file is read through QSqlQuery too.
    RowReader reader(*m_db);
    QCOMPARE(reader.isNative(), !Testing::TestDatabases::onServer());
    RowReader qtSql(*m_db, RowReader::Access::QtSql);
    QVERIFY(!qtSql.isNative());
    QString error;
    QVERIFY2(qtSql.exec(QStringLiteral("SELECT name FROM reader_sample WHERE id = 2"), {}, &error),
             qPrintable(error));
    QVERIFY(qtSql.next());
    QCOMPARE(qtSql.text(0), QStringLiteral("Görlitz – Łódź, 和平 🕊️"));
}

void TestRowReader::looseTypesOnAFile()
{
    // SQLite keeps what it is given: a real number, a blob, an integer or
    // text in any column. Each must read as QtSql's driver reads it.
    QString error;
    QVERIFY2(m_db->execute(QStringLiteral("CREATE TABLE reader_loose (id INTEGER PRIMARY KEY, "
                                          "v TEXT, w)"),
                           &error),
             qPrintable(error));
    QVERIFY2(
        m_db->execute(QStringLiteral("INSERT INTO reader_loose (id, v, w) VALUES "
                                     "(1, 0.1, 1e20), (2, 1.5, -2.5e-7), (3, x'47c3b6726c69747a', "
                                     "x'ff00fe'), (4, 12, 3000000000), (5, ' 17 ', 'abc'), "
                                     "(6, NULL, 2.0), (7, '9223372036854775807', 123456789012.0)"),
                      &error),
        qPrintable(error));
    compareBothWays(QStringLiteral("SELECT v, w, typeof(v), typeof(w) FROM reader_loose "
                                   "ORDER BY id"),
                    {}, 7);
    QVERIFY(m_db->execute(QStringLiteral("DROP TABLE reader_loose")));
}

void TestRowReader::bindsLikeQSqlQuery()
{
    // NULL, a bool, an integer, a 64-bit integer and text bound as QtSql's
    // SQLite driver binds them (a server reads through QtSql itself).
    compareBothWays(QStringLiteral("SELECT id, name FROM reader_sample WHERE (? IS NULL) = 1 "
                                   "AND ? = 1 AND amount <> ? AND amount <> ? AND name <> ? "
                                   "ORDER BY id"),
                    {QVariant(QMetaType::fromType<QString>()), true, 7, Q_INT64_C(9007199254740993),
                     QStringLiteral("Köln")},
                    3);
    // Values echoed back: a null string and a null byte array are NULL as
    // QtSql binds them, an empty string is not; times as QtSql writes them.
    compareBothWays(
        QStringLiteral("SELECT ? AS a, ? AS b, ? AS c, ? AS d, ? AS e, ? AS f, ? AS g, ? AS h"),
        {QVariant(QString()), QVariant(QStringLiteral("")), QVariant(QByteArray()),
         QVariant(QDateTime(QDate(2023, 9, 18), QTime(18, 0, 0, 250), QTimeZone::utc())),
         QVariant(QTime(20, 30, 5, 7)), QVariant(QDate(2023, 9, 19)), QVariant(QDateTime()),
         QVariant(QTime())},
        1);
}

void TestRowReader::readersSideBySide()
{
    // The export reads three queries side by side on one connection.
    RowReader ids(*m_db);
    RowReader names(*m_db);
    QString error;
    QVERIFY2(ids.exec(QStringLiteral("SELECT id FROM reader_sample ORDER BY id"), {}, &error),
             qPrintable(error));
    QVERIFY2(
        names.exec(QStringLiteral("SELECT id, name FROM reader_sample ORDER BY id"), {}, &error),
        qPrintable(error));
    int rows = 0;
    while (ids.next()) {
        QVERIFY(names.next());
        QCOMPARE(names.toInt64(0), ids.toInt64(0));
        ++rows;
    }
    QVERIFY(!names.next());
    QCOMPARE(rows, 6);
}

void TestRowReader::badStatementIsAnError()
{
    RowReader reader(*m_db);
    QString error;
    QVERIFY(!reader.exec(QStringLiteral("SELECT no_such_column FROM reader_sample"), {}, &error));
    QVERIFY(!error.isEmpty());
    // SQLite's own message, which names the column.
    if (!Testing::TestDatabases::onServer())
        QVERIFY2(error.contains(QLatin1StringView("no_such_column")), qPrintable(error));
    QVERIFY(!reader.next());
}

void TestRowReader::keptInsertReturnsItsRows()
{
    // A bulk insert's statement: it runs at the first next(), and its
    // RETURNING rows read like a query's, column names included.
    const QString sql = QStringLiteral("INSERT INTO reader_sample (id, name, amount, note) "
                                       "VALUES (?, ?, ?, NULL), (?, ?, ?, NULL) RETURNING *");
    RowReader reader(*m_db);
    QString error;
    QVERIFY2(reader.execKept(sql,
                             {101, QStringLiteral("Łódź"), Q_INT64_C(9007199254740993), 102,
                              QVariant(QMetaType::fromType<QString>()), 5},
                             &error),
             qPrintable(error));
    QCOMPARE(reader.columnCount(), 4);
    QCOMPARE(reader.columnName(0), QStringLiteral("id"));
    QCOMPARE(reader.columnName(3), QStringLiteral("note"));
    QMap<qint64, QVariantList> returned;
    while (reader.next())
        returned.insert(reader.toInt64(0), {reader.value(1), reader.value(2), reader.value(3)});
    QCOMPARE(reader.error(), QString());
    QCOMPARE(returned.keys(), (QList<qint64>{101, 102}));
    QCOMPARE(returned.value(101).at(0).toString(), QStringLiteral("Łódź"));
    QCOMPARE(returned.value(101).at(1).toLongLong(), Q_INT64_C(9007199254740993));
    QVERIFY(returned.value(101).at(2).isNull());
    QVERIFY(returned.value(102).at(0).isNull());
    QCOMPARE(returned.value(102).at(1).toLongLong(), 5);
    // Written, and read back as QSqlQuery reads them.
    compareBothWays(QStringLiteral("SELECT id, name, amount, note FROM reader_sample WHERE id > "
                                   "100 ORDER BY id"),
                    {}, 2);
    QVERIFY(m_db->execute(QStringLiteral("DELETE FROM reader_sample WHERE id > 100")));
}

void TestRowReader::keptStatementIsReused()
{
    // On a file the Database keeps the prepared statement and hands the same
    // one out again, reset, with new values; on a server the kept QSqlQuery
    // does that work.
    const QString sql = QStringLiteral("SELECT id, name FROM reader_sample WHERE id = ?");
    QString error;
    for (const int id : {1, 2, 1}) {
        RowReader reader(*m_db);
        QVERIFY2(reader.execKept(sql, {id}, &error), qPrintable(error));
        QVERIFY(reader.next());
        QCOMPARE(reader.toInt64(0), id);
        QVERIFY(!reader.next());
        QCOMPARE(reader.error(), QString());
    }
    if (!Testing::TestDatabases::onServer()) {
        QVERIFY(m_db->keptStatement(sql));
        sqlite3_stmt *kept = m_db->keptStatement(sql);
        // A reader that goes before the last row leaves it reset, not in use.
        {
            RowReader reader(*m_db);
            QVERIFY2(reader.execKept(QStringLiteral("SELECT id FROM reader_sample"), {}, &error),
                     qPrintable(error));
            QVERIFY(reader.next());
        }
        RowReader again(*m_db);
        QVERIFY2(again.execKept(sql, {2}, &error), qPrintable(error));
        QCOMPARE(m_db->keptStatement(sql), kept);
        QVERIFY(again.next());
        QCOMPARE(again.text(1), QStringLiteral("Görlitz – Łódź, 和平 🕊️"));
    } else {
        QVERIFY(!m_db->keptStatement(sql));
    }
}

void TestRowReader::boundTextIsKeptUntilTheStatementRuns()
{
    // SQLite reads bound text in place, and a statement runs at the first
    // next(): the bytes must outlive the caller's values. Here the values
    // exist only in the list handed to execKept(), and the heap is written
    // over before the statement runs.
    const QString sql = QStringLiteral("INSERT INTO reader_sample (id, name, note) VALUES (?, ?, "
                                       "?), (?, ?, ?) RETURNING name, note");
    const auto names = [](int round) {
        return QStringList{QStringLiteral("Zoë Øvergaard %1").arg(round).repeated(round + 1),
                           QStringLiteral("Şahin-Lefèvre %1").arg(round)};
    };
    for (int round = 0; round < 3; ++round) {
        RowReader reader(*m_db);
        QString error;
        {
            const QStringList n = names(round);
            // The note as bytes (a blob) on a file; a server's driver
            // writes bytes into a text column as escaped hex.
            const QVariant note = Testing::TestDatabases::onServer()
                                      ? QVariant(QString(n.at(0)))
                                      : QVariant(QString(n.at(0)).toUtf8());
            QVERIFY2(reader.execKept(sql,
                                     {200 + 2 * round, QString(n.at(0)), note, 201 + 2 * round,
                                      QString(n.at(1)), QVariant(QMetaType::fromType<QString>())},
                                     &error),
                     qPrintable(error));
        }
        QList<QByteArray> overwrite;
        for (int i = 0; i < 2000; ++i)
            overwrite << QByteArray(16 + i % 64, 'x');
        QStringList returned;
        while (reader.next())
            returned << reader.text(0);
        QCOMPARE(reader.error(), QString());
        QCOMPARE(returned, names(round));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT note FROM reader_sample WHERE id = ?"),
                              {200 + 2 * round})
                     .toString(),
                 names(round).at(0));
    }
    QVERIFY(m_db->execute(QStringLiteral("DELETE FROM reader_sample WHERE id >= 200")));
}

void TestRowReader::keptInsertReportsAConstraint()
{
    // An id that is taken: the database's own message, and the statement
    // works again afterwards.
    const QString sql = QStringLiteral("INSERT INTO reader_sample (id, name) VALUES (?, ?)");
    const auto run = [this, &sql](qint64 id) {
        RowReader reader(*m_db);
        QString error;
        if (reader.execKept(sql, {id, QStringLiteral("again")}, &error)) {
            while (reader.next()) {
            }
            error = reader.error();
        }
        return error;
    };
    const QString error = run(1);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1StringView("UNIQUE")) ||
                 error.contains(QLatin1StringView("duplicate key")),
             qPrintable(error));
    QCOMPARE(run(103), QString());
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT name FROM reader_sample WHERE id = 103")).toString(),
        QStringLiteral("again"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT name FROM reader_sample WHERE id = 1")).toString(),
             QStringLiteral("plain"));
    QVERIFY(m_db->execute(QStringLiteral("DELETE FROM reader_sample WHERE id = 103")));
}

namespace {

/** The functions about what only a SQLite file can hold or bind. */
QStringList fileOnly()
{
    return {QStringLiteral("looseTypesOnAFile"), QStringLiteral("bindsLikeQSqlQuery")};
}

} // namespace

PODIUM_BACKEND_TEST_MAIN(TestRowReader, fileOnly())
#include "tst_rowreader.moc"
