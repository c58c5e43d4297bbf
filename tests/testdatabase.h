// The database a test runs on, chosen by the environment: a file in a
// temporary folder by default, or, when PODIUM_TEST_SERVER holds a server
// address (postgresql://user@host:port/maintenance-db, as
// scripts/server-test.sh sets it), a fresh database on that PostgreSQL server
// (CREATE DATABASE podium_test_<random>, dropped again afterwards).
//
// Tests that run on both backends open their databases through
// TestDatabases and start with PODIUM_BACKEND_TEST_MAIN, which on a server
// runs every test function except those named as file-only: functions about
// SQLite files themselves (pragmas, journal modes, copies beside the file)
// are compiled in but registered only for the file backend.
#pragma once

#include "domain/demodata.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QFile>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

namespace Podium::Testing {

class TestDatabases
{
public:
    /** True if the tests run against the server named in PODIUM_TEST_SERVER. */
    static bool onServer() { return !serverAddress().isEmpty(); }
    static QString serverAddress() { return qEnvironmentVariable("PODIUM_TEST_SERVER").trimmed(); }

    TestDatabases() = default;
    ~TestDatabases() { dropAll(); }
    TestDatabases(const TestDatabases &) = delete;
    TestDatabases &operator=(const TestDatabases &) = delete;

    /**
     * Where a new, empty database can be made: a path in a temporary folder
     * (the file does not exist yet), or the address of a new, empty database
     * on the server. Empty, with error(), on failure.
     */
    QString newLocation(const QString &fileName = QStringLiteral("test.podium"))
    {
        if (!onServer()) {
            if (!m_dir) {
                m_dir = std::make_unique<QTemporaryDir>();
                if (!m_dir->isValid()) {
                    m_error = QStringLiteral("cannot make a temporary folder");
                    return {};
                }
            }
            return m_dir->filePath(fileName);
        }
        return createServerDatabase({});
    }

    /**
     * A new database with Podium's schema, opened with @p options (create is
     * set). On a server it is copied from a template made once per test
     * program, which is much faster than migrating every time.
     */
    /**
     * create(), then the demo events as if @p today were today
     * (DemoData::populate). No database, and the reason in the message, if
     * either fails.
     */
    Database::OpenResult createDemo(const QDate &today,
                                    const QString &fileName = QStringLiteral("demo.podium"))
    {
        Database::OpenResult opened = create(fileName);
        QString error;
        if (opened.database && !DemoData::populate(*opened.database, today, &error)) {
            opened.database.reset();
            opened.error = Database::ErrorKind::Failed;
            opened.message = QStringLiteral("The demo events were not written: %1").arg(error);
        }
        return opened;
    }

    Database::OpenResult create(const QString &fileName = QStringLiteral("test.podium"),
                                Database::OpenOptions options = {})
    {
        options.create = true;
        QString location;
        if (onServer()) {
            if (templateName().isEmpty() && !makeTemplate())
                return failed(m_error);
            location = createServerDatabase(templateName());
        } else {
            location = newLocation(fileName);
        }
        if (location.isEmpty())
            return failed(m_error);
        m_lastLocation = location;
        return Database::open(location, options);
    }

    /**
     * A new database with the content of the closed database at @p location
     * (a copy of the file, or CREATE DATABASE … TEMPLATE on the server).
     * Its location, or empty with error().
     */
    QString copyOf(const QString &location, const QString &fileName = QStringLiteral("copy.podium"))
    {
        if (!onServer()) {
            const QString target = newLocation(fileName);
            if (target.isEmpty() || !QFile::copy(location, target)) {
                m_error = QStringLiteral("cannot copy %1").arg(location);
                return {};
            }
            return target;
        }
        const auto source = ServerAddress::parse(location, &m_error);
        if (!source)
            return {};
        return createServerDatabase(source->databaseName());
    }

    /** The location of the database create() made last. */
    QString lastLocation() const { return m_lastLocation; }
    QString error() const { return m_error; }

    /** Drops every server database made here (connections to them are ended). */
    void dropAll()
    {
        for (const QString &name : std::as_const(m_created))
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        m_created.clear();
        m_dir.reset();
    }

    /** Runs @p sql on the server's maintenance database; empty on success, else the error. */
    static QString adminExec(const QString &sql)
    {
        QSqlQuery q(admin());
        return q.exec(sql) ? QString() : q.lastError().text();
    }

private:
    static Database::OpenResult failed(const QString &message)
    {
        Database::OpenResult r;
        r.error = Database::ErrorKind::Failed;
        r.message = message;
        return r;
    }

    static QString randomName(const char *prefix)
    {
        return QLatin1StringView(prefix) +
               QString::number(QRandomGenerator::global()->generate64(), 36);
    }

    // The maintenance connection, made once per test program.
    static QSqlDatabase admin()
    {
        static const QString name = QStringLiteral("podium-test-admin");
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const auto address = ServerAddress::parse(serverAddress());
        if (!address)
            return db;
        db.setDatabaseName(address->databaseName());
        if (!address->host().isEmpty())
            db.setHostName(address->host());
        if (address->port() > 0)
            db.setPort(address->port());
        if (!address->user().isEmpty())
            db.setUserName(address->user());
        db.setConnectOptions(QStringLiteral("sslmode=") + address->sslMode());
        if (!db.open())
            qWarning("cannot connect to %s: %s", qPrintable(serverAddress()),
                     qPrintable(db.lastError().text()));
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
        return db;
    }

    static QString &templateName()
    {
        static QString name;
        return name;
    }

    // The template every server database of this program is copied from,
    // migrated once by Podium itself; dropped when the program ends.
    bool makeTemplate()
    {
        const QString name = randomName("podium_test_template_");
        const QString failure = adminExec(QStringLiteral("CREATE DATABASE %1").arg(name));
        if (!failure.isEmpty()) {
            m_error = failure;
            return false;
        }
        {
            Database::OpenOptions options;
            options.create = true;
            auto opened = Database::open(
                ServerAddress::parse(serverAddress())->withDatabaseName(name).toString(), options);
            if (!opened.database) {
                m_error = opened.message;
                adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
                return false;
            }
        }
        templateName() = name;
        qAddPostRoutine([] {
            adminExec(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(templateName()));
        });
        return true;
    }

    QString createServerDatabase(const QString &fromTemplate)
    {
        const auto address = ServerAddress::parse(serverAddress(), &m_error);
        if (!address)
            return {};
        const QString name = randomName("podium_test_");
        QString sql = QStringLiteral("CREATE DATABASE %1").arg(name);
        if (!fromTemplate.isEmpty())
            sql += QStringLiteral(" TEMPLATE %1").arg(fromTemplate);
        const QString failure = adminExec(sql);
        if (!failure.isEmpty()) {
            m_error = failure;
            return {};
        }
        m_created.append(name);
        return address->withDatabaseName(name).toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_created;
    QString m_lastLocation;
    QString m_error;
};

/**
 * A login as after typing the password into the prompt: on a server with
 * password login (PGPASSFILE set, as scripts/server-test.sh does), @p
 * database's location opened again with the password given in
 * OpenOptions::password, and PGPASSFILE unset for as long as this lives, so
 * that no other connection can find the password through libpq. Elsewhere
 * (a file, a server without passwords) database() is @p database itself.
 */
class TypedPasswordLogin
{
public:
    explicit TypedPasswordLogin(Database &database)
        : m_passFile(qgetenv("PGPASSFILE"))
        , m_database(&database)
    {
        if (database.isServer() && !m_passFile.isEmpty()) {
            QFile file(QString::fromLocal8Bit(m_passFile));
            if (!file.open(QIODevice::ReadOnly)) {
                m_error = QStringLiteral("cannot read PGPASSFILE");
                return;
            }
            Database::OpenOptions options;
            options.password =
                QString::fromUtf8(file.readLine()).trimmed().section(QLatin1Char(':'), -1);
            qunsetenv("PGPASSFILE");
            auto opened = Database::open(database.path(), options);
            if (!opened.database) {
                m_error = opened.message;
                return;
            }
            m_typed = std::move(opened.database);
            m_database = m_typed.get();
        }
        qunsetenv("PGPASSFILE");
    }
    ~TypedPasswordLogin()
    {
        m_typed.reset();
        if (!m_passFile.isEmpty())
            qputenv("PGPASSFILE", m_passFile);
    }
    TypedPasswordLogin(const TypedPasswordLogin &) = delete;
    TypedPasswordLogin &operator=(const TypedPasswordLogin &) = delete;

    /** The connection to use; null, with error(), if the login failed. */
    Database *database() const { return m_error.isEmpty() ? m_database : nullptr; }
    QString error() const { return m_error; }

private:
    QByteArray m_passFile;
    Database *m_database;
    std::unique_ptr<Database> m_typed;
    QString m_error;
};

/**
 * Runs the test object @p test. On a server, the functions in @p fileOnly
 * (about SQLite files themselves) are left out: every other test function is
 * named on the command line, unless the command line names some already.
 * A name in @p fileOnly that is no test function fails the run.
 */
inline int runTests(QObject &test, int argc, char **argv, const QStringList &fileOnly)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const QMetaObject *meta = test.metaObject();
    QStringList functions;
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        const QMetaMethod m = meta->method(i);
        if (m.methodType() != QMetaMethod::Slot || m.access() != QMetaMethod::Private ||
            m.parameterCount() != 0)
            continue;
        const QString name = QString::fromLatin1(m.name());
        static const QStringList fixtures{
            QStringLiteral("initTestCase"), QStringLiteral("initTestCase_data"),
            QStringLiteral("cleanupTestCase"), QStringLiteral("init"), QStringLiteral("cleanup")};
        if (fixtures.contains(name) || name.endsWith(QLatin1StringView("_data")))
            continue;
        functions << name;
    }
    for (const QString &name : fileOnly) {
        if (!functions.contains(name)) {
            qCritical("file-only test function %s does not exist", qPrintable(name));
            return 1;
        }
    }
    if (TestDatabases::onServer()) {
        qInfo("Backend: PostgreSQL server %s; file-only functions not run here: %s",
              qPrintable(TestDatabases::serverAddress()),
              qPrintable(fileOnly.join(QLatin1StringView(", "))));
        const bool named = std::any_of(args.cbegin() + 1, args.cend(), [](const QString &a) {
            return !a.startsWith(QLatin1Char('-'));
        });
        if (!named) {
            for (const QString &name : std::as_const(functions)) {
                if (!fileOnly.contains(name))
                    args << name;
            }
        }
    }
    return QTest::qExec(&test, args);
}

} // namespace Podium::Testing

// main() for a test that runs on both backends; FILE_ONLY is a QStringList of
// the functions that run only on the file backend.
#define PODIUM_BACKEND_TEST_MAIN(TestObject, FILE_ONLY)                                            \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return Podium::Testing::runTests(tc, argc, argv, FILE_ONLY);                               \
    }
