// CaselessMatch: the SQL sieve for text found regardless of case lets
// through every value QString finds, on a file and on a server alike, and
// takes the characters LIKE and regular expressions treat as patterns as
// they are.
#include "storage/caselessmatch.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Podium;
using Podium::Testing::TestDatabases;

namespace {

const QStringList &values()
{
    static const QStringList list{
        QString::fromUtf8("LAURA VALDÉS CANO"),
        QString::fromUtf8("laura valdés cano"),
        QStringLiteral("Laura Valdes Cano"),
        QString::fromUtf8("\u212Aelvin"), // Kelvin sign
        QStringLiteral("KELVIN"),
        QString::fromUtf8("\u017Ftra\u00DFe"), // long s
        QString::fromUtf8("STRASSE"),
        QString::fromUtf8("\u0130stanbul"),
        QString::fromUtf8("\u0131ndex"),
        QStringLiteral("INDEX"),
        QStringLiteral("50% off"),
        QStringLiteral("a_b"),
        QStringLiteral("axb"),
        QStringLiteral("back\\slash"),
        QStringLiteral("dot."),
        QStringLiteral("dotx"),
        QStringLiteral("x[y]"),
        QStringLiteral("(paren)^$"),
        QString::fromUtf8("smile \U0001F600 X"),
        QString::fromUtf8("jörg@example.org"),
        QString::fromUtf8("JÖRG@EXAMPLE.ORG"),
    };
    return list;
}

} // namespace

class TestCaselessMatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sieveHoldsEveryMatch_data();
    void sieveHoldsEveryMatch();

private:
    QStringList through(const CaselessMatch &match);

    TestDatabases m_dbs;
    std::unique_ptr<Database> m_db;
};

void TestCaselessMatch::initTestCase()
{
    auto opened = m_dbs.create();
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    QVERIFY(m_db->execute(QStringLiteral("CREATE TEMPORARY TABLE sample (v TEXT)")));
    Transaction tx(*m_db);
    QVERIFY(tx.isActive());
    for (const QString &v : values()) {
        QSqlQuery q = m_db->prepare(QStringLiteral("INSERT INTO sample (v) VALUES (?)"));
        q.addBindValue(v);
        QVERIFY(Database::exec(q));
    }
    QVERIFY(tx.commit());
}

QStringList TestCaselessMatch::through(const CaselessMatch &match)
{
    QStringList out;
    QSqlQuery q = m_db->prepare(QStringLiteral("SELECT v FROM sample WHERE %1").arg(match.sql));
    q.addBindValue(match.value);
    QString error;
    if (!Database::exec(q, &error))
        qFatal("cannot sieve: %s", qPrintable(error));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void TestCaselessMatch::sieveHoldsEveryMatch_data()
{
    QTest::addColumn<QString>("text");
    // What the sieve must keep out, as a check that it sieves at all.
    QTest::addColumn<QString>("keptOut");
    QTest::newRow("accent in capitals")
        << QString::fromUtf8("Valdés Cano") << QStringLiteral("KELVIN");
    QTest::newRow("Kelvin sign") << QStringLiteral("kelvin") << QStringLiteral("INDEX");
    QTest::newRow("long s") << QStringLiteral("stra") << QStringLiteral("KELVIN");
    QTest::newRow("dotless i") << QStringLiteral("index") << QStringLiteral("KELVIN");
    QTest::newRow("percent") << QStringLiteral("0%") << QStringLiteral("axb");
    QTest::newRow("underscore") << QStringLiteral("a_b") << QStringLiteral("axb");
    QTest::newRow("backslash") << QStringLiteral("k\\s") << QStringLiteral("axb");
    QTest::newRow("dot") << QStringLiteral("dot.") << QStringLiteral("dotx");
    QTest::newRow("brackets") << QStringLiteral("[Y]") << QStringLiteral("axb");
    QTest::newRow("regex anchors") << QStringLiteral(")^$") << QStringLiteral("axb");
    QTest::newRow("beyond the BMP") << QString::fromUtf8("\U0001F600 x") << QStringLiteral("a_b");
    QTest::newRow("address") << QString::fromUtf8("JöRG@example.org") << QStringLiteral("axb");
}

void TestCaselessMatch::sieveHoldsEveryMatch()
{
    QFETCH(QString, text);
    QFETCH(QString, keptOut);
    for (const bool whole : {false, true}) {
        const CaselessMatch match = whole
                                        ? CaselessMatch::equals(*m_db, QStringLiteral("v"), text)
                                        : CaselessMatch::contains(*m_db, QStringLiteral("v"), text);
        const QStringList sieved = through(match);
        QStringList expected;
        for (const QString &v : values()) {
            if (whole ? v.compare(text, Qt::CaseInsensitive) == 0
                      : v.contains(text, Qt::CaseInsensitive))
                expected << v;
        }
        for (const QString &v : std::as_const(expected))
            QVERIFY2(sieved.contains(v), qPrintable(v + QStringLiteral(" missing; sieved: ") +
                                                    sieved.join(QStringLiteral(" | "))));
        QVERIFY2(!sieved.contains(keptOut), qPrintable(sieved.join(QStringLiteral(" | "))));
        if (!whole)
            QVERIFY2(!expected.isEmpty(), "the sample holds no match");
    }
}

PODIUM_BACKEND_TEST_MAIN(TestCaselessMatch, QStringList{})
#include "tst_caselessmatch.moc"
