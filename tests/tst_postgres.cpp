// Podium on a PostgreSQL server: reading server addresses, connection
// failures, and what only a server database does (initialising an empty
// one, refusing foreign and newer ones, two connections at once, noticing
// each other's changes through LISTEN/NOTIFY).
//
// Two test objects: TestServerAddress needs no server and always runs.
// TestPostgres needs one: it runs only when PODIUM_TEST_SERVER names a server
// (scripts/server-test.sh starts a throwaway one and runs `ctest -L server`);
// without it, this program says so and registers none of its functions, so
// nothing passes as if a server had been checked.
#include "models/changewatcher.h"
#include "server/databaselocation.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/serveraddress.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QDeadlineTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Podium;
using Podium::Testing::TestDatabases;

namespace {

// A plain connection to a server database, as another program would make it.
class RawServerConnection
{
public:
    explicit RawServerConnection(const QString &location)
        : m_name(QStringLiteral("raw-server-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        const auto address = ServerAddress::parse(location);
        if (!address)
            return;
        db.setDatabaseName(address->databaseName());
        db.setHostName(address->host());
        if (address->port() > 0)
            db.setPort(address->port());
        db.setUserName(address->user());
        m_open = db.open();
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    }
    ~RawServerConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawServerConnection(const RawServerConnection &) = delete;
    RawServerConnection &operator=(const RawServerConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) ? QString() : sql + QStringLiteral(": ") + q.lastError().text();
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QStringList column(const QString &sql) const
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return {QStringLiteral("error: ") + q.lastError().text()};
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private:
    static std::atomic<int> &counter()
    {
        static std::atomic<int> c{0};
        return c;
    }
    QString m_name;
    bool m_open = false;
};

RecordStore::Values organisationValues(const QString &name)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("name_key"), name.toLower()}};
}

// Looks until @p watcher reports a change, letting the event loop deliver
// the server's notifications in between; false if none came in time.
bool waitForChange(ChangeWatcher &watcher, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (watcher.check())
            return true;
        QTest::qWait(20);
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Database::ErrorKind)

// ---------------------------------------------------------------------------

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void passwordIsNeverQuoted_data();
    void passwordIsNeverQuoted();
    void withoutPasswordKeepsOtherAddresses();
    void backendFollowsTheAddress();
    void badAddressIsRefusedWithoutConnecting();
    void noServerListening();
};

void TestServerAddress::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("written");

    QTest::newRow("everything") << "postgresql://anna@db.example.org:5433/podium?sslmode=require"
                                << "anna"
                                << "db.example.org" << 5433 << "podium"
                                << "require"
                                << "postgresql://anna@db.example.org:5433/podium?sslmode=require";
    QTest::newRow("postgres scheme, no user, no port") << "postgres://db.example.org/podium"
                                                       << ""
                                                       << "db.example.org" << -1 << "podium"
                                                       << "prefer"
                                                       << "postgresql://db.example.org/podium";
    QTest::newRow("default sslmode written out is dropped")
        << "postgresql://anna@localhost/podium?sslmode=prefer"
        << "anna"
        << "localhost" << -1 << "podium"
        << "prefer"
        << "postgresql://anna@localhost/podium";
    QTest::newRow("upper-case scheme, spaces around")
        << "  POSTGRESQL://anna@10.0.0.5:5432/team_db  "
        << "anna"
        << "10.0.0.5" << 5432 << "team_db"
        << "prefer"
        << "postgresql://anna@10.0.0.5:5432/team_db";
    QTest::newRow("IPv6 host") << "postgresql://anna@[::1]:5432/podium?sslmode=verify-full"
                               << "anna"
                               << "::1" << 5432 << "podium"
                               << "verify-full"
                               << "postgresql://anna@[::1]:5432/podium?sslmode=verify-full";
    QTest::newRow("IPv6 host without user or port") << "postgresql://[2001:db8::5]/podium"
                                                    << ""
                                                    << "2001:db8::5" << -1 << "podium"
                                                    << "prefer"
                                                    << "postgresql://[2001:db8::5]/podium";
    QTest::newRow("local socket") << "postgresql:///podium?sslmode=disable"
                                  << ""
                                  << "" << -1 << "podium"
                                  << "disable"
                                  << "postgresql:///podium?sslmode=disable";
    QTest::newRow("percent-encoded user and database")
        << "postgresql://anna%40stiftung@db/podium%20team"
        << "anna@stiftung"
        << "db" << -1 << "podium team"
        << "prefer"
        << "postgresql://anna%40stiftung@db/podium%20team";
}

void TestServerAddress::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, sslMode);
    QFETCH(QString, written);
    QVERIFY(ServerAddress::isServerAddress(text));
    QString error;
    const auto address = ServerAddress::parse(text, &error);
    QVERIFY2(address, qPrintable(error));
    QCOMPARE(address->user(), user);
    QCOMPARE(address->host(), host);
    QCOMPARE(address->port(), port);
    QCOMPARE(address->databaseName(), database);
    QCOMPARE(address->sslMode(), sslMode);
    QCOMPARE(address->toString(), written);
    // What is written reads back as the same address.
    const auto again = ServerAddress::parse(address->toString());
    QVERIFY(again);
    QVERIFY(*again == *address);
}

void TestServerAddress::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("password in the user part") << "postgresql://anna:secret@db/podium"
                                               << "~/.pgpass";
    QTest::newRow("password as a parameter") << "postgresql://anna@db/podium?password=secret"
                                             << "~/.pgpass";
    QTest::newRow("another scheme") << "mysql://anna@db/podium"
                                    << "postgresql://";
    QTest::newRow("no database") << "postgresql://anna@db:5432"
                                 << "names no database";
    QTest::newRow("no database after slash") << "postgresql://anna@db/"
                                             << "names no database";
    QTest::newRow("port not a number") << "postgresql://db:54x/podium"
                                       << "port";
    QTest::newRow("port out of range") << "postgresql://db:70000/podium"
                                       << "65535";
    QTest::newRow("empty port") << "postgresql://db:/podium"
                                << "port";
    QTest::newRow("unknown setting") << "postgresql://db/podium?connect_timeout=3"
                                     << "connect_timeout";
    QTest::newRow("unknown ssl mode") << "postgresql://db/podium?sslmode=always"
                                      << "always";
    QTest::newRow("empty user") << "postgresql://@db/podium"
                                << "user name";
    QTest::newRow("unclosed IPv6") << "postgresql://[::1/podium"
                                   << "]";
    QTest::newRow("several hosts") << "postgresql://a,b/podium"
                                   << "host";
    // What stands where the port should be may be a password whose "@host" is missing.
    QTest::newRow("port never quoted") << "postgresql://anna:secret/podium"
                                       << "port";
    QTest::newRow("setting without value never quoted") << "postgresql://db/podium?secret"
                                                        << "no value";
}

namespace {

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace

void TestServerAddress::passwordIsNeverQuoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("shown");

    QTest::newRow("/ ? and @ in the password")
        << "postgresql://anna:Xq7/Zv?K@w9@db.example.org/podium" << strings({"Xq7", "Zv", "K@w9"})
        << "postgresql://anna@db.example.org/podium";
    QTest::newRow("/ in the password, IPv6 host")
        << "postgresql://anna:s3cr/et@[::1]:5432/podium?sslmode=require" << strings({"s3cr", "et@"})
        << "postgresql://anna@[::1]:5432/podium?sslmode=require";
    QTest::newRow("# in the password") << "postgresql://anna:se#cret@db/podium"
                                       << strings({"se#", "cret"}) << "postgresql://anna@db/podium";
    QTest::newRow(": in the password")
        << "postgresql://anna:pa:ss:wd@db:5433/podium" << strings({"pa:ss", "wd"})
        << "postgresql://anna@db:5433/podium";
    QTest::newRow("@ and : in the password, IPv6 host")
        << "postgresql://anna:pa@ss:wd@[::1]:5432/podium" << strings({"pa@ss", "ss:wd"})
        << "postgresql://anna@[::1]:5432/podium";
    QTest::newRow("percent-encoded password")
        << "postgresql://anna:Xq7%2FZv%3F%40K@db/podium" << strings({"Xq7", "Zv", "%3F", "%40K"})
        << "postgresql://anna@db/podium";
    QTest::newRow("percent-encoded colon") << "postgresql://anna%3Asecret@db/podium"
                                           << strings({"secret"}) << "postgresql://db/podium";
    QTest::newRow("no user, only a password")
        << "postgresql://:secret@db/podium" << strings({"secret"}) << "postgresql://db/podium";
    QTest::newRow("empty password")
        << "postgresql://anna:@db/podium" << QStringList() << "postgresql://anna@db/podium";
    QTest::newRow("password before sslmode")
        << "postgresql://anna@db/podium?password=secret&sslmode=require" << strings({"secret"})
        << "postgresql://anna@db/podium?sslmode=require";
    QTest::newRow("password after a second ?")
        << "postgresql://anna@db/podium?sslmode=require?password=secret" << strings({"secret"})
        << "postgresql://anna@db/podium?sslmode=require";
    QTest::newRow("password after #")
        << "postgresql://anna@db/podium?sslmode=require#password=secret" << strings({"secret"})
        << "postgresql://anna@db/podium?sslmode=require";
    QTest::newRow("password in capitals")
        << "postgresql://anna@db/podium?sslmode=disable&PASSWORD=secret" << strings({"secret"})
        << "postgresql://anna@db/podium?sslmode=disable";
    QTest::newRow("password setting with spaces")
        << "postgresql://anna@db/podium?sslmode=disable& Password =secret" << strings({"secret"})
        << "postgresql://anna@db/podium?sslmode=disable";
    QTest::newRow("percent-encoded password setting")
        << "postgresql://anna@[::1]:5432/podium?%70assword=secret" << strings({"secret"})
        << "postgresql://anna@[::1]:5432/podium";
    QTest::newRow("both at once") << "postgresql://anna:one/secret@db/podium?password=other"
                                  << strings({"one", "secret", "other"})
                                  << "postgresql://anna@db/podium";
}

void TestServerAddress::passwordIsNeverQuoted()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    QFETCH(QString, shown);
    QString error;
    QVERIFY(ServerAddress::containsPassword(text));
    QVERIFY(!ServerAddress::parse(text, &error));
    QVERIFY2(error.contains(QLatin1StringView("The address contains a password")),
             qPrintable(error));
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!error.contains(secret), qPrintable(error));
    // Shown, and kept in the list of recent databases, without it.
    QCOMPARE(ServerAddress::withoutPassword(text), shown);
    QCOMPARE(ServerAddress::withoutPassword(QLatin1Char(' ') + text + QLatin1Char('\n')), shown);
    QCOMPARE(DatabaseLocation::displayName(text), shown);
    QCOMPARE(DatabaseLocation::recentEntry(text), shown);
    QCOMPARE(DatabaseLocation::identity(text), shown);
    // Opening it fails before connecting, with a message without the password.
    const auto opened = Database::open(text, Database::OpenOptions{});
    QVERIFY(!opened.database);
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!opened.message.contains(secret), qPrintable(opened.message));
}

void TestServerAddress::withoutPasswordKeepsOtherAddresses()
{
    // Nothing to leave out: unchanged, whether it can be read or not.
    for (const QString &text :
         {QStringLiteral("postgresql://anna@[::1]:5432/podium?sslmode=verify-full"),
          QStringLiteral("POSTGRES://anna%40stiftung@db/podium"),
          QStringLiteral("postgresql://db:5432/podium#top"),
          QStringLiteral("postgresql://[::1]:70000/podium"),
          QStringLiteral("postgresql://db/podium?sslmode=always"), QStringLiteral("postgresql://"),
          QStringLiteral("/home/anna/user:secret@podium.podium")}) {
        QVERIFY(!ServerAddress::containsPassword(text));
        QCOMPARE(ServerAddress::withoutPassword(text), text);
    }
    // What stands where the port should be may be a password whose "@host" is missing.
    QCOMPARE(ServerAddress::withoutPassword(QStringLiteral("postgresql://anna:secret/podium")),
             QStringLiteral("postgresql://anna:/podium"));
    QCOMPARE(DatabaseLocation::displayName(QStringLiteral("postgresql://[::1]:secret?x")),
             QStringLiteral("postgresql://[::1]:?x"));
    // A file is never taken for an address with a password.
    QCOMPARE(DatabaseLocation::displayName(QStringLiteral("/home/anna/user:x@y.podium")),
             QStringLiteral("/home/anna/user:x@y.podium"));
}

void TestServerAddress::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ServerAddress::parse(text, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    // Never repeated back with the password in it.
    QVERIFY2(!error.contains(QLatin1StringView("secret")), qPrintable(error));
}

void TestServerAddress::backendFollowsTheAddress()
{
    QCOMPARE(Database::backendFor(QStringLiteral("postgresql://db/podium")),
             Database::Backend::PostgreSQL);
    QCOMPARE(Database::backendFor(QStringLiteral("postgres://db/podium")),
             Database::Backend::PostgreSQL);
    QCOMPARE(Database::backendFor(QStringLiteral("/home/anna/podium.podium")),
             Database::Backend::SQLite);
    QCOMPARE(Database::backendFor(QStringLiteral("postgresql.podium")), Database::Backend::SQLite);
}

void TestServerAddress::badAddressIsRefusedWithoutConnecting()
{
    Database::OpenOptions options;
    options.create = true;
    const auto opened =
        Database::open(QStringLiteral("postgresql://anna:secret@127.0.0.1:1/podium"), options);
    QVERIFY(!opened.database);
    QCOMPARE(opened.error, Database::ErrorKind::Failed);
    QVERIFY2(opened.message.contains(QLatin1StringView("~/.pgpass")), qPrintable(opened.message));
    QVERIFY2(!opened.message.contains(QLatin1StringView("secret")), qPrintable(opened.message));
}

void TestServerAddress::noServerListening()
{
    // Port 1 on the loopback: nothing listens there, the connection is refused.
    const auto opened =
        Database::open(QStringLiteral("postgresql://anna@127.0.0.1:1/podium?sslmode=disable"),
                       Database::OpenOptions{});
    QVERIFY(!opened.database);
    QCOMPARE(opened.error, Database::ErrorKind::Failed);
    QVERIFY2(opened.message.startsWith(QLatin1StringView("Cannot reach the database server "
                                                         "127.0.0.1:1")),
             qPrintable(opened.message));
    // The server's own words follow, for whoever has to fix it.
    QVERIFY2(opened.message.contains(QLatin1StringView("The server said:")),
             qPrintable(opened.message));
}

// ---------------------------------------------------------------------------

class TestPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void emptyDatabaseIsInitialised();
    void schemaMatchesTheFileSchema();
    void emptyDatabaseWithoutCreateIsRefused();
    void foreignDatabaseIsRefusedUntouched();
    void newerDatabaseIsRefusedUntouched();
    void reopeningNeedsNoMigration();
    void missingDatabase();
    void wrongPassword();
    void unknownUser();
    void readOnlyRefusesWrites();
    void saveCopyPointsToPgDump();
    void staleVersionRefusedAcrossConnections();
    void concurrentUpdateWaitsAndIsRefused();
    void boolsAreStoredAsIntegers();
    void explicitIdsMoveTheSequence();
    void organisationKeyTriggers();
    void watcherNoticesOtherConnections();
    void watcherIgnoresItsOwnConnection();
    void watcherTimerReportsOnce();
    void watcherNoticesWritesOfOtherPrograms();
    void watcherOnReadOnlyConnection();

private:
    QString fresh();

    TestDatabases m_databases;
};

void TestPostgres::initTestCase()
{
    QVERIFY2(TestDatabases::onServer(), "PODIUM_TEST_SERVER is not set");
}

void TestPostgres::cleanup()
{
    m_databases.dropAll();
}

QString TestPostgres::fresh()
{
    const QString location = m_databases.newLocation();
    if (location.isEmpty())
        qWarning("%s", qPrintable(m_databases.error()));
    return location;
}

void TestPostgres::emptyDatabaseIsInitialised()
{
    const QString location = fresh();
    QVERIFY(!location.isEmpty());
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(location, options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    QCOMPARE(db.backend(), Database::Backend::PostgreSQL);
    QVERIFY(db.isServer());
    QCOMPARE(db.path(), location);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db.migrationBackupPath().isEmpty());
    QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM podium_meta WHERE key = "
                                      "'application_id'"))
                 .toLongLong(),
             qint64(Database::applicationId));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM organisation")).toInt(), 0);
}

// The same tables and columns, indexes and triggers as in a new file.
void TestPostgres::schemaMatchesTheFileSchema()
{
    TestDatabases files;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database::OpenOptions options;
    options.create = true;
    auto file = Database::open(dir.filePath(QStringLiteral("schema.podium")), options);
    QVERIFY2(file.database, qPrintable(file.message));
    auto server = Database::open(fresh(), options);
    QVERIFY2(server.database, qPrintable(server.message));

    auto list = [](Database &db, const QString &sql) {
        QStringList out;
        QSqlQuery q = db.prepare(sql);
        if (!Database::exec(q))
            return QStringList{QStringLiteral("error")};
        while (q.next())
            out << q.value(0).toString();
        out.sort();
        return out;
    };
    const QStringList fileTables =
        list(*file.database, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList serverTables =
        list(*server.database, QStringLiteral("SELECT table_name FROM information_schema.tables "
                                              "WHERE table_schema = current_schema()"));
    QVERIFY(serverTables.removeOne(QStringLiteral("podium_meta")));
    QCOMPARE(serverTables, fileTables);
    for (const QString &table : fileTables) {
        const QStringList fileColumns = list(
            *file.database, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        const QStringList serverColumns =
            list(*server.database,
                 QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                "table_schema = current_schema() AND table_name = '%1'")
                     .arg(table));
        QCOMPARE(serverColumns, fileColumns);
    }
    // Every index the file has by name (the file's automatic ones aside).
    const QStringList fileIndexes =
        list(*file.database, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                            "AND name NOT LIKE 'sqlite_autoindex%'"));
    const QStringList serverIndexes = list(
        *server.database,
        QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"));
    for (const QString &index : fileIndexes)
        QVERIFY2(serverIndexes.contains(index), qPrintable(index));
    const QStringList fileTriggers = list(
        *file.database, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    const QStringList serverTriggers =
        list(*server.database, QStringLiteral("SELECT DISTINCT trigger_name FROM "
                                              "information_schema.triggers WHERE trigger_schema "
                                              "= current_schema()"));
    // Besides the file's triggers, the server has one per table that
    // announces changes (NOTIFY, schema 4); a file needs none.
    QStringList expectedTriggers = fileTriggers;
    for (const QString &table : fileTables)
        expectedTriggers << table + QStringLiteral("_notify");
    expectedTriggers.sort();
    QCOMPARE(serverTriggers, expectedTriggers);
}

void TestPostgres::emptyDatabaseWithoutCreateIsRefused()
{
    const QString location = fresh();
    const auto opened = Database::open(location, Database::OpenOptions{});
    QVERIFY(!opened.database);
    QCOMPARE(opened.error, Database::ErrorKind::NotPodium);
    QVERIFY2(opened.message.contains(QLatin1StringView("is empty")), qPrintable(opened.message));
    RawServerConnection raw(location);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                       "current_schema()"))
                 .toInt(),
             0);
}

void TestPostgres::foreignDatabaseIsRefusedUntouched()
{
    const QString location = fresh();
    {
        RawServerConnection raw(location);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE invoice (id SERIAL PRIMARY KEY, total "
                                         "NUMERIC)")),
                 QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO invoice (total) VALUES (12.5)")), QString());
    }
    Database::OpenOptions options;
    options.create = true;
    const auto opened = Database::open(location, options);
    QVERIFY(!opened.database);
    QCOMPARE(opened.error, Database::ErrorKind::NotPodium);
    QVERIFY2(opened.message.contains(QLatin1StringView("another program")),
             qPrintable(opened.message));
    RawServerConnection raw(location);
    QCOMPARE(raw.column(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                       "table_schema = current_schema()")),
             QStringList{QStringLiteral("invoice")});
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM invoice")).toInt(), 1);
}

void TestPostgres::newerDatabaseIsRefusedUntouched()
{
    const QString location = fresh();
    Database::OpenOptions options;
    options.create = true;
    {
        auto opened = Database::open(location, options);
        QVERIFY2(opened.database, qPrintable(opened.message));
        QVERIFY(opened.database->execute(
            QStringLiteral("UPDATE podium_meta SET value = '%1' WHERE key = 'schema_version'")
                .arg(Database::latestSchemaVersion() + 1)));
    }
    const auto opened = Database::open(location, options);
    QVERIFY(!opened.database);
    QCOMPARE(opened.error, Database::ErrorKind::TooNew);
    QVERIFY2(opened.message.contains(QLatin1StringView("newer version of Podium")),
             qPrintable(opened.message));
    RawServerConnection raw(location);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM podium_meta WHERE key = "
                                       "'schema_version'"))
                 .toInt(),
             Database::latestSchemaVersion() + 1);
}

void TestPostgres::reopeningNeedsNoMigration()
{
    auto first = m_databases.create();
    QVERIFY2(first.database, qPrintable(first.message));
    RecordStore store(*first.database);
    QString error;
    QVERIFY2(store.insert(QStringLiteral("organisation"),
                          organisationValues(QStringLiteral("Stiftung")), QStringLiteral("x"),
                          &error),
             qPrintable(error));
    first.database.reset();
    auto again = Database::open(m_databases.lastLocation(), Database::OpenOptions{});
    QVERIFY2(again.database, qPrintable(again.message));
    QCOMPARE(again.database->scalar(QStringLiteral("SELECT name FROM organisation")).toString(),
             QStringLiteral("Stiftung"));
    QCOMPARE(again.database->schemaVersion(), Database::latestSchemaVersion());
}

void TestPostgres::missingDatabase()
{
    const auto address = ServerAddress::parse(TestDatabases::serverAddress());
    QVERIFY(address);
    const auto opened = Database::open(
        address->withDatabaseName(QStringLiteral("podium_no_such_database")).toString(),
        Database::OpenOptions{.create = true});
    QVERIFY(!opened.database);
    QCOMPARE(opened.error, Database::ErrorKind::Missing);
    QVERIFY2(opened.message.startsWith(
                 QStringLiteral("There is no database “podium_no_such_database” on ")),
             qPrintable(opened.message));
}

void TestPostgres::wrongPassword()
{
    const QString location = fresh();
    Database::OpenOptions options;
    options.password = QStringLiteral("not the password");
    const auto opened = Database::open(location, options);
    QVERIFY(!opened.database);
    QCOMPARE(opened.error, Database::ErrorKind::Failed);
    QVERIFY2(opened.message.contains(QLatin1StringView("password is missing or wrong")),
             qPrintable(opened.message));
    QVERIFY2(!opened.message.contains(options.password), qPrintable(opened.message));
}

void TestPostgres::unknownUser()
{
    const auto address = ServerAddress::parse(TestDatabases::serverAddress());
    QVERIFY(address);
    const QString text = address->toString().replace(address->user() + QLatin1Char('@'),
                                                     QStringLiteral("nobody_here@"));
    const auto opened = Database::open(text, Database::OpenOptions{});
    QVERIFY(!opened.database);
    QCOMPARE(opened.error, Database::ErrorKind::Failed);
    // With password login the server does not say whether the user exists.
    QVERIFY2(opened.message.contains(QLatin1StringView("nobody_here")), qPrintable(opened.message));
}

void TestPostgres::readOnlyRefusesWrites()
{
    auto created = m_databases.create();
    QVERIFY2(created.database, qPrintable(created.message));
    created.database.reset();
    Database::OpenOptions options;
    options.readOnly = true;
    auto opened = Database::open(m_databases.lastLocation(), options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    QVERIFY(opened.database->isReadOnly());
    RecordStore store(*opened.database);
    QString error;
    QCOMPARE(store.insert(QStringLiteral("organisation"),
                          organisationValues(QStringLiteral("Stiftung")), QStringLiteral("x"),
                          &error),
             0);
    QCOMPARE(error, QStringLiteral("The database is read-only; nothing was saved."));
}

void TestPostgres::saveCopyPointsToPgDump()
{
    auto opened = m_databases.create();
    QVERIFY2(opened.database, qPrintable(opened.message));
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("copy.podium"));
    QString error;
    QVERIFY(!opened.database->saveCopy(target, &error));
    QVERIFY2(error.contains(QLatin1StringView("pg_dump")), qPrintable(error));
    QVERIFY(!QFile::exists(target));
}

void TestPostgres::staleVersionRefusedAcrossConnections()
{
    auto first = m_databases.create();
    QVERIFY2(first.database, qPrintable(first.message));
    auto second = Database::open(m_databases.lastLocation(), Database::OpenOptions{});
    QVERIFY2(second.database, qPrintable(second.message));
    RecordStore anna(*first.database);
    RecordStore ben(*second.database);
    QString error;
    const qint64 id =
        anna.insert(QStringLiteral("organisation"), organisationValues(QStringLiteral("Stiftung")),
                    QStringLiteral("created"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    // Both read version 1.
    QCOMPARE(
        ben.fetch(QStringLiteral("organisation"), id).value(QStringLiteral("row_version")).toInt(),
        1);
    QVERIFY2(anna.update(QStringLiteral("organisation"), id,
                         {{QStringLiteral("city"), QStringLiteral("Bonn")}},
                         QStringLiteral("Anna's change"), 1, &error),
             qPrintable(error));
    QVERIFY(!ben.update(QStringLiteral("organisation"), id,
                        {{QStringLiteral("city"), QStringLiteral("Köln")}},
                        QStringLiteral("Ben's change"), 1, &error));
    QCOMPARE(error, QStringLiteral("Someone else changed this record meanwhile (version 2, you "
                                   "edited version 1)."));
    const QVariantMap row = ben.fetch(QStringLiteral("organisation"), id);
    QCOMPARE(row.value(QStringLiteral("city")).toString(), QStringLiteral("Bonn"));
    QCOMPARE(row.value(QStringLiteral("row_version")).toInt(), 2);
    QCOMPARE(first.database
                 ->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE action = "
                                         "'update'"))
                 .toInt(),
             1);
}

// Ben's save starts while Anna's is still open: it waits for Anna's commit
// and is then refused, instead of overwriting her change.
void TestPostgres::concurrentUpdateWaitsAndIsRefused()
{
    auto first = m_databases.create();
    QVERIFY2(first.database, qPrintable(first.message));
    const QString location = m_databases.lastLocation();
    RecordStore anna(*first.database);
    QString error;
    const qint64 id =
        anna.insert(QStringLiteral("organisation"), organisationValues(QStringLiteral("Stiftung")),
                    QStringLiteral("created"), &error);
    QVERIFY2(id > 0, qPrintable(error));

    Transaction annasSave(*first.database);
    QVERIFY(annasSave.isActive());
    QVERIFY2(anna.update(QStringLiteral("organisation"), id,
                         {{QStringLiteral("city"), QStringLiteral("Bonn")}},
                         QStringLiteral("Anna's change"), 1, &error),
             qPrintable(error));

    QSemaphore started;
    std::atomic<bool> finished{false};
    bool bensResult = true;
    QString bensError;
    std::thread ben([&] {
        // A Database belongs to the thread that opens it.
        auto second = Database::open(location, Database::OpenOptions{});
        started.release();
        if (!second.database) {
            bensError = second.message;
            finished = true;
            return;
        }
        RecordStore store(*second.database);
        bensResult = store.update(QStringLiteral("organisation"), id,
                                  {{QStringLiteral("city"), QStringLiteral("Köln")}},
                                  QStringLiteral("Ben's change"), 1, &bensError);
        finished = true;
    });
    started.acquire();
    // Ben's save waits for Anna's transaction.
    QTest::qWait(1500);
    const bool finishedEarly = finished;
    const bool committed = annasSave.commit();
    ben.join();
    QVERIFY2(committed, qPrintable(annasSave.error()));
    QVERIFY2(!finishedEarly, qPrintable(bensError));
    QVERIFY(!bensResult);
    QCOMPARE(bensError, QStringLiteral("Someone else changed this record meanwhile (version 2, "
                                       "you edited version 1)."));
    const QVariantMap row = anna.fetch(QStringLiteral("organisation"), id);
    QCOMPARE(row.value(QStringLiteral("city")).toString(), QStringLiteral("Bonn"));
    QCOMPARE(row.value(QStringLiteral("row_version")).toInt(), 2);
}

void TestPostgres::boolsAreStoredAsIntegers()
{
    auto opened = m_databases.create();
    QVERIFY2(opened.database, qPrintable(opened.message));
    RecordStore store(*opened.database);
    QString error;
    const qint64 id =
        store.insert(QStringLiteral("person"),
                     {{QStringLiteral("given_name"), QStringLiteral("Anna")},
                      {QStringLiteral("consent_list"), true},
                      {QStringLiteral("consent_list_at"), QStringLiteral("2024-01-01T00:00:00Z")},
                      {QStringLiteral("consent_photo"), false},
                      {QStringLiteral("sort_key"), QStringLiteral("anna")},
                      {QStringLiteral("search_key"), QStringLiteral("anna")}},
                     QStringLiteral("created"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    const QVariantMap row = store.fetch(QStringLiteral("person"), id);
    QCOMPARE(row.value(QStringLiteral("consent_list")).toInt(), 1);
    QCOMPARE(row.value(QStringLiteral("consent_photo")).toInt(), 0);
    QVERIFY2(store.update(QStringLiteral("person"), id,
                          {{QStringLiteral("consent_list"), false},
                           {QStringLiteral("consent_list_at"), QVariant()}},
                          QStringLiteral("withdrawn"), 1, &error),
             qPrintable(error));
    QCOMPARE(
        store.fetch(QStringLiteral("person"), id).value(QStringLiteral("consent_list")).toInt(), 0);
}

void TestPostgres::explicitIdsMoveTheSequence()
{
    auto opened = m_databases.create();
    QVERIFY2(opened.database, qPrintable(opened.message));
    RecordStore store(*opened.database);
    QString error;
    RecordStore::Values values = organisationValues(QStringLiteral("Brought over"));
    values.prepend({QStringLiteral("id"), 500});
    QCOMPARE(store.insert(QStringLiteral("organisation"), values, QStringLiteral("x"), &error),
             qint64(500));
    const qint64 next =
        store.insert(QStringLiteral("organisation"), organisationValues(QStringLiteral("New")),
                     QStringLiteral("x"), &error);
    QVERIFY2(next > 500, qPrintable(error));
    // A record put back below the sequence leaves it where it is.
    QVariantMap row = store.fetch(QStringLiteral("organisation"), 500);
    QVERIFY(store.remove(QStringLiteral("organisation"), 500, QStringLiteral("x"), &error));
    QCOMPARE(store.restore(QStringLiteral("organisation"), row, QStringLiteral("x"), &error),
             qint64(500));
    QCOMPARE(store.insert(QStringLiteral("organisation"),
                          organisationValues(QStringLiteral("Newer")), QStringLiteral("x"), &error),
             next + 1);
}

void TestPostgres::organisationKeyTriggers()
{
    auto opened = m_databases.create();
    QVERIFY2(opened.database, qPrintable(opened.message));
    RecordStore store(*opened.database);
    QString error;
    const qint64 org =
        store.insert(QStringLiteral("organisation"),
                     organisationValues(QStringLiteral("Metropolis")), QStringLiteral("x"), &error);
    QVERIFY2(org > 0, qPrintable(error));
    const qint64 person = store.insert(QStringLiteral("person"),
                                       {{QStringLiteral("given_name"), QStringLiteral("Laura")},
                                        {QStringLiteral("organisation_id"), org},
                                        {QStringLiteral("sort_key"), QStringLiteral("laura")},
                                        {QStringLiteral("search_key"), QStringLiteral("laura")}},
                                       QStringLiteral("x"), &error);
    QVERIFY2(person > 0, qPrintable(error));
    auto key = [&] {
        return store.fetch(QStringLiteral("person"), person)
            .value(QStringLiteral("organisation_key"))
            .toString();
    };
    QCOMPARE(key(), QStringLiteral("metropolis"));
    QVERIFY(store.update(QStringLiteral("organisation"), org,
                         {{QStringLiteral("name_key"), QStringLiteral("metropolis network")}},
                         QStringLiteral("x"), 0, &error));
    QCOMPARE(key(), QStringLiteral("metropolis network"));
    QVERIFY(store.update(QStringLiteral("person"), person,
                         {{QStringLiteral("organisation_id"), QVariant()}}, QStringLiteral("x"), 0,
                         &error));
    QCOMPARE(key(), QString());
}

// Two Podiums on one server: a change committed on one connection makes the
// ChangeWatcher of the other report it once, whatever table it touched
// (records through RecordStore, settings, the change log), and nothing for a
// transaction rolled back.
void TestPostgres::watcherNoticesOtherConnections()
{
    auto first = m_databases.create();
    QVERIFY2(first.database, qPrintable(first.message));
    auto second = Database::open(m_databases.lastLocation(), Database::OpenOptions{});
    QVERIFY2(second.database, qPrintable(second.message));
    ChangeWatcher watcher(*first.database);
    QVERIFY(watcher.isListening());
    watcher.stop(); // looked at by hand below
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);
    QVERIFY(!watcher.check());

    RecordStore ben(*second.database);
    QString error;
    const qint64 id =
        ben.insert(QStringLiteral("organisation"), organisationValues(QStringLiteral("Stiftung")),
                   QStringLiteral("created"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY(waitForChange(watcher));
    QCOMPARE(spy.count(), 1);
    // Once per change, not on every look after it.
    QTest::qWait(300);
    QVERIFY(!watcher.check());
    QCOMPARE(spy.count(), 1);

    // A transaction rolled back on the other side announces nothing.
    {
        Transaction transaction(*second.database);
        QVERIFY(transaction.isActive());
        QVERIFY(ben.update(QStringLiteral("organisation"), id,
                           {{QStringLiteral("city"), QStringLiteral("Bonn")}},
                           QStringLiteral("not kept"), 0, &error));
        transaction.rollback();
    }
    QTest::qWait(500);
    QVERIFY(!watcher.check());

    // A setting (no record of a table with an id) counts as well.
    QVERIFY(second.database->execute(
        QStringLiteral("INSERT INTO setting (key, value, created_at, modified_at) VALUES "
                       "('organisation.name', 'Stiftung', '2026-01-01T00:00:00Z', "
                       "'2026-01-01T00:00:00Z')")));
    QVERIFY(waitForChange(watcher));

    // A notification that arrives while the watching connection is busy with
    // a statement of its own is not lost.
    QVERIFY(ben.update(QStringLiteral("organisation"), id,
                       {{QStringLiteral("city"), QStringLiteral("Köln")}}, QStringLiteral("moved"),
                       0, &error));
    QCOMPARE(first.database->scalar(QStringLiteral("SELECT pg_sleep(0.3)::text")).isValid(), true);
    QCOMPARE(first.database->scalar(QStringLiteral("SELECT count(*) FROM organisation")).toInt(),
             1);
    QVERIFY(waitForChange(watcher));
    QCOMPARE(spy.count(), 3);
}

// The window's own writes were shown by the window already: its watcher does
// not report them, but the other connection's watcher does.
void TestPostgres::watcherIgnoresItsOwnConnection()
{
    auto first = m_databases.create();
    QVERIFY2(first.database, qPrintable(first.message));
    auto second = Database::open(m_databases.lastLocation(), Database::OpenOptions{});
    QVERIFY2(second.database, qPrintable(second.message));
    ChangeWatcher watcher(*first.database);
    ChangeWatcher otherWatcher(*second.database);
    watcher.stop();
    otherWatcher.stop();
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);

    RecordStore anna(*first.database);
    QString error;
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(anna.insert(QStringLiteral("organisation"),
                             organisationValues(QStringLiteral("Own %1").arg(i)),
                             QStringLiteral("created"), &error) > 0,
                 qPrintable(error));
    }
    QVERIFY(waitForChange(otherWatcher));
    QTest::qWait(500);
    QVERIFY(!watcher.check());
    QCOMPARE(spy.count(), 0);
}

void TestPostgres::watcherTimerReportsOnce()
{
    auto first = m_databases.create();
    QVERIFY2(first.database, qPrintable(first.message));
    auto second = Database::open(m_databases.lastLocation(), Database::OpenOptions{});
    QVERIFY2(second.database, qPrintable(second.message));
    ChangeWatcher watcher(*first.database);
    QVERIFY(watcher.isActive());
    QCOMPARE(watcher.interval(), ChangeWatcher::defaultIntervalMs);
    watcher.setInterval(50);
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);
    QTest::qWait(200);
    QCOMPARE(spy.count(), 0);
    // Several commits between two looks give one signal.
    RecordStore ben(*second.database);
    QString error;
    {
        Transaction burst(*second.database);
        QVERIFY(burst.isActive());
        for (int i = 0; i < 5; ++i)
            QVERIFY(ben.insert(QStringLiteral("organisation"),
                               organisationValues(QStringLiteral("Burst %1").arg(i)),
                               QStringLiteral("created"), &error) > 0);
        QVERIFY(burst.commit());
    }
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
    QTest::qWait(300);
    QCOMPARE(spy.count(), 1);
}

// Not only Podium: psql, a script, anything that changes a table is noticed.
void TestPostgres::watcherNoticesWritesOfOtherPrograms()
{
    auto first = m_databases.create();
    QVERIFY2(first.database, qPrintable(first.message));
    ChangeWatcher watcher(*first.database);
    watcher.stop();
    QVERIFY(!watcher.check());
    RawServerConnection raw(m_databases.lastLocation());
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.exec(QStringLiteral("DELETE FROM change_log")), QString());
    QVERIFY(waitForChange(watcher));
}

// A window that may only read still hears of others' changes.
void TestPostgres::watcherOnReadOnlyConnection()
{
    auto writer = m_databases.create();
    QVERIFY2(writer.database, qPrintable(writer.message));
    Database::OpenOptions options;
    options.readOnly = true;
    auto reader = Database::open(m_databases.lastLocation(), options);
    QVERIFY2(reader.database, qPrintable(reader.message));
    QVERIFY(reader.database->isReadOnly());
    ChangeWatcher watcher(*reader.database);
    QVERIFY(watcher.isListening());
    watcher.stop();
    QString error;
    QVERIFY2(RecordStore(*writer.database)
                     .insert(QStringLiteral("organisation"),
                             organisationValues(QStringLiteral("Seen by a reader")),
                             QStringLiteral("created"), &error) > 0,
             qPrintable(error));
    QVERIFY(waitForChange(watcher));
}

// ---------------------------------------------------------------------------

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestServerAddress addresses;
        status |= QTest::qExec(&addresses, argc, argv);
    }
    if (!TestDatabases::onServer()) {
        qInfo("PODIUM_TEST_SERVER is not set: the tests that need a PostgreSQL server "
              "(TestPostgres) were not registered and did not run. scripts/server-test.sh "
              "runs them against a throwaway server.");
        return status;
    }
    {
        TestPostgres server;
        status |= QTest::qExec(&server, argc, argv);
    }
    return status;
}

#include "tst_postgres.moc"
