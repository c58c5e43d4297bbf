// Splitting SQL scripts into statements: QSqlQuery runs one statement at a
// time, so every migration passes through splitSqlScript().
#include "storage/sqlscript.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Podium;

namespace {

// A private in-memory database for one test, closed and removed at the end.
class MemoryDatabase
{
public:
    MemoryDatabase()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.open();
    }
    ~MemoryDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name());
    }
    MemoryDatabase(const MemoryDatabase &) = delete;
    MemoryDatabase &operator=(const MemoryDatabase &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(name(), false); }

    // Runs every statement; the first failure's message, or empty.
    QString run(const QStringList &statements) const
    {
        for (const QString &statement : statements) {
            QSqlQuery q(db());
            if (!q.exec(statement))
                return statement + QStringLiteral(": ") + q.lastError().text();
        }
        return {};
    }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    static QString name() { return QStringLiteral("sqlscript"); }
};

} // namespace

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void piecesRunInSqlite();
    void migrationsSplitIntoTheirStatements_data();
    void migrationsSplitIntoTheirStatements();
};

void TestSqlScript::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two statements")
        << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n")
        << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
    QTest::newRow("last statement without semicolon")
        << QStringLiteral("SELECT 1;\nSELECT 2")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("empty statements dropped")
        << QStringLiteral(";;\n ; SELECT 1;;") << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("empty script") << QString() << QStringList{};
    QTest::newRow("semicolon in a string")
        << QStringLiteral("INSERT INTO t VALUES ('a;b');SELECT 1;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b')"), QStringLiteral("SELECT 1")};
    QTest::newRow("doubled quote in a string")
        << QStringLiteral("INSERT INTO t VALUES ('it''s; fine');SELECT 2;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('it''s; fine')"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("string over several lines")
        << QStringLiteral("INSERT INTO t VALUES ('one;\ntwo;\n');SELECT 3;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('one;\ntwo;\n')"),
                       QStringLiteral("SELECT 3")};
    QTest::newRow("semicolon in a double-quoted name")
        << QStringLiteral("CREATE TABLE \"odd;name\" (\"x;\"\"y\");SELECT 4;")
        << QStringList{QStringLiteral("CREATE TABLE \"odd;name\" (\"x;\"\"y\")"),
                       QStringLiteral("SELECT 4")};
    QTest::newRow("semicolon in a backtick name")
        << QStringLiteral("CREATE TABLE `odd;name` (x);SELECT 5;")
        << QStringList{QStringLiteral("CREATE TABLE `odd;name` (x)"), QStringLiteral("SELECT 5")};
    QTest::newRow("semicolon in a bracketed name")
        << QStringLiteral("CREATE TABLE [odd;name] (x);SELECT 6;")
        << QStringList{QStringLiteral("CREATE TABLE [odd;name] (x)"), QStringLiteral("SELECT 6")};
    QTest::newRow("line comments")
        << QStringLiteral("-- first; not a statement\nSELECT 1; -- trailing; comment\nSELECT 2;")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("block comment")
        << QStringLiteral("SELECT/* a; b */1;/* c;\n d; */SELECT 2;")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("comment markers inside strings")
        << QStringLiteral("INSERT INTO t VALUES ('-- no; comment', '/* nor; this */');")
        << QStringList{
               QStringLiteral("INSERT INTO t VALUES ('-- no; comment', '/* nor; this */')")};
    QTest::newRow("only comments")
        << QStringLiteral("-- nothing here;\n/* nor; here */\n") << QStringList{};
    QTest::newRow("unterminated block comment")
        << QStringLiteral("SELECT 1; /* never; closed") << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("unterminated string kept whole")
        << QStringLiteral("SELECT 1; SELECT 'abc; def")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 'abc; def")};
    QTest::newRow("Unicode in strings")
        << QStringLiteral("INSERT INTO t VALUES ('Grüße; Łódź 🎉');SELECT 7;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('Grüße; Łódź 🎉')"),
                       QStringLiteral("SELECT 7")};
    QTest::newRow("trigger body") << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                                    "  INSERT INTO log VALUES (1);\n"
                                                    "  UPDATE b SET n = n + 1;\n"
                                                    "END;\nSELECT 1;")
                                  << QStringList{
                                         QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                                        "  INSERT INTO log VALUES (1);\n"
                                                        "  UPDATE b SET n = n + 1;\n"
                                                        "END"),
                                         QStringLiteral("SELECT 1")};
    QTest::newRow("trigger with CASE … END")
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                          "  UPDATE b SET n = CASE WHEN new.x > 0 THEN 1 ELSE 0 END;\n"
                          "  UPDATE b SET m = CASE new.x WHEN 1 THEN 'one;' END;\n"
                          "END;\nSELECT 1;")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                      "  UPDATE b SET n = CASE WHEN new.x > 0 THEN 1 ELSE 0 END;\n"
                                      "  UPDATE b SET m = CASE new.x WHEN 1 THEN 'one;' END;\n"
                                      "END"),
                       QStringLiteral("SELECT 1")};
    QTest::newRow("temporary trigger in lower case")
        << QStringLiteral("create temp trigger if not exists t after delete on a begin "
                          "delete from b; end;select 2;")
        << QStringList{QStringLiteral("create temp trigger if not exists t after delete on a "
                                      "begin delete from b; end"),
                       QStringLiteral("select 2")};
    QTest::newRow("comment between the last semicolon and END")
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM b; -- done;\n"
                          "END; SELECT 3;")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM b; \n"
                                      "END"),
                       QStringLiteral("SELECT 3")};
    QTest::newRow("names that contain keywords")
        << QStringLiteral("CREATE TABLE trigger_log (begin_at TEXT, end_at TEXT);"
                          "CREATE TABLE b (x);")
        << QStringList{QStringLiteral("CREATE TABLE trigger_log (begin_at TEXT, end_at TEXT)"),
                       QStringLiteral("CREATE TABLE b (x)")};
    QTest::newRow("transaction statements")
        << QStringLiteral("BEGIN; CREATE TABLE a (x); END;")
        << QStringList{QStringLiteral("BEGIN"), QStringLiteral("CREATE TABLE a (x)"),
                       QStringLiteral("END")};
}

void TestSqlScript::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(splitSqlScript(script), statements);
}

void TestSqlScript::piecesRunInSqlite()
{
    // The pieces are real SQL: a trigger with CASE … END in its body works
    // once split, and the semicolons in its strings survive.
    const QString script = QStringLiteral(
        "CREATE TABLE a (x INTEGER);\n"
        "CREATE TABLE log (note TEXT);\n"
        "-- Logs every insert; the CASE has its own END.\n"
        "CREATE TRIGGER a_logged AFTER INSERT ON a BEGIN\n"
        "  INSERT INTO log VALUES (CASE WHEN new.x > 0 THEN 'positive; kept' ELSE 'other' END);\n"
        "  INSERT INTO log VALUES ('second; line');\n"
        "END;\n"
        "INSERT INTO a VALUES (1);\n"
        "INSERT INTO a VALUES (-1);\n");
    const QStringList statements = splitSqlScript(script);
    QCOMPARE(statements.size(), 5);
    MemoryDatabase memory;
    QVERIFY(memory.db().isOpen());
    const QString failure = memory.run(statements);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(memory.scalar(QStringLiteral("SELECT group_concat(note, '|') FROM log")).toString(),
             QStringLiteral("positive; kept|second; line|other|second; line"));
}

void TestSqlScript::migrationsSplitIntoTheirStatements_data()
{
    QTest::addColumn<QString>("resource");
    const QStringList names = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << QStringLiteral(":/sql/") + name;
}

void TestSqlScript::migrationsSplitIntoTheirStatements()
{
    // Every migration (applied on top of the ones before it) splits into
    // statements that each run, and into as many as it has statement
    // keywords at the start of a line.
    QFETCH(QString, resource);
    MemoryDatabase memory;
    const QStringList all = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
    for (const QString &name : all) {
        const QString path = QStringLiteral(":/sql/") + name;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString script = QString::fromUtf8(file.readAll());
        const QStringList statements = splitSqlScript(script);
        if (path == resource) {
            static const QRegularExpression starts(
                QStringLiteral("^(CREATE|INSERT|UPDATE|DELETE|ALTER|DROP)\\b"),
                QRegularExpression::MultilineOption);
            QCOMPARE(statements.size(), qsizetype(script.count(starts)));
            for (const QString &statement : statements)
                QVERIFY2(!statement.endsWith(QLatin1Char(';')), qPrintable(statement));
        }
        const QString failure = memory.run(statements);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        if (path == resource)
            break;
    }
}

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
