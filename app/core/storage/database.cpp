#include "database.h"

#include "recordstore.h"
#include "serveraddress.h"
#include "sqlscript.h"
#include "transaction.h"
#include "util/clock.h"
#include "util/platform.h"
#include "util/sqlerrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>

namespace Podium {

namespace {

struct Migration
{
    int version;
    QString resource;
};

QList<Migration> findMigrations(const QString &folder)
{
    QList<Migration> result;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            result.append({match.captured(1).toInt(), folder + QLatin1Char('/') + name});
    }
    return result;
}

// The schema's steps in SQLite's dialect (:/sql) or PostgreSQL's
// (:/sql/postgresql). Both lists have the same versions; a test checks it.
QList<Migration> migrations(Database::Backend backend = Database::Backend::SQLite)
{
    static const QList<Migration> sqlite = findMigrations(QStringLiteral(":/sql"));
    static const QList<Migration> postgres = findMigrations(QStringLiteral(":/sql/postgresql"));
    return backend == Database::Backend::PostgreSQL ? postgres : sqlite;
}

bool isServerDriver(const QSqlDriver *driver)
{
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("podium-%1").arg(++counter);
}

QString sqlError(const QSqlError &e)
{
    if (SqlErrors::isBusy(e))
        return SqlErrors::busyMessage();
    QString text = e.driverText();
    const QString db = e.databaseText();
    if (!db.isEmpty() && db != text)
        text = text.isEmpty() ? db : text + QStringLiteral(": ") + db;
    return text.isEmpty() ? e.text() : text;
}

// A PostgreSQL error: the server's message (with its DETAIL line, which
// names the values of a violated key) and the SQLSTATE code. SQLite's
// numeric codes mean something else there, so sqlError() is not used.
QString serverError(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    // lock_not_available, serialization_failure, deadlock_detected: another
    // connection's write was in the way; trying again works.
    if (code == QLatin1StringView("55P03") || code == QLatin1StringView("40001") ||
        code == QLatin1StringView("40P01"))
        return SqlErrors::busyMessage();
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.driverText();
    if (!code.isEmpty() && !text.contains(code))
        text += QStringLiteral(" (SQLSTATE %1)").arg(code);
    return text;
}

QString errorText(const QSqlError &e, const QSqlDriver *driver)
{
    return isServerDriver(driver) ? serverError(e) : sqlError(e);
}

// Why a connection to a server failed, in words, with the server's own
// message after it.
QPair<Database::ErrorKind, QString> describeConnectionError(const ServerAddress &address,
                                                            const QString &serverMessage)
{
    const QString m = serverMessage.simplified();
    const QString server = address.serverName();
    const QString user = address.user().isEmpty()
                             ? QCoreApplication::translate("Podium::Database", "your user name")
                             : address.user();
    auto has = [&](const char *fragment) {
        return m.contains(QLatin1StringView(fragment), Qt::CaseInsensitive);
    };
    Database::ErrorKind kind = Database::ErrorKind::Failed;
    QString sentence;
    if (has("database \"") && has("does not exist")) {
        kind = Database::ErrorKind::Missing;
        sentence = QCoreApplication::translate("Podium::Database",
                                               "There is no database “%1” on %2. An "
                                               "administrator creates it (createdb %1).")
                       .arg(address.databaseName(), server);
    } else if (has("role \"") && has("does not exist")) {
        sentence =
            QCoreApplication::translate("Podium::Database", "The server %1 has no user “%2”.")
                .arg(server, user);
    } else if (has("password authentication failed") || has("no password supplied") ||
               has("authentication failed")) {
        sentence = QCoreApplication::translate(
                       "Podium::Database",
                       "The server %1 did not accept the login of %2: the password is missing or "
                       "wrong. Put it into ~/.pgpass or enter it when asked.")
                       .arg(server, user);
    } else if (has("no pg_hba.conf entry")) {
        sentence = QCoreApplication::translate(
                       "Podium::Database",
                       "The server %1 does not let %2 connect from this computer (pg_hba.conf).")
                       .arg(server, user);
    } else if (has("SSL") && (has("does not support") || has("required"))) {
        sentence =
            QCoreApplication::translate(
                "Podium::Database", "The connection to %1 failed over its SSL mode (sslmode=%2).")
                .arg(server, address.sslMode());
    } else if (has("could not translate host name") || has("Name or service not known")) {
        sentence =
            QCoreApplication::translate("Podium::Database", "The server name %1 is not known.")
                .arg(server);
    } else if (has("Connection refused") || has("could not connect") || has("timeout expired") ||
               has("No such file or directory") || has("No route to host")) {
        sentence = QCoreApplication::translate(
                       "Podium::Database",
                       "Cannot reach the database server %1: it is not running there, or a "
                       "firewall is in the way.")
                       .arg(server);
    } else {
        sentence = QCoreApplication::translate("Podium::Database",
                                               "Cannot connect to the database server %1.")
                       .arg(server);
    }
    if (!m.isEmpty())
        sentence +=
            QCoreApplication::translate("Podium::Database", " (The server said: %1)").arg(m);
    return {kind, sentence};
}

bool looksDamaged(const QString &message)
{
    return message.contains(QLatin1StringView("malformed"), Qt::CaseInsensitive) ||
           message.contains(QLatin1StringView("not a database"), Qt::CaseInsensitive) ||
           message.contains(QLatin1StringView("corrupt"), Qt::CaseInsensitive);
}

// A name for the copy taken before a migration, beside the file, never
// overwriting an earlier copy.
QString migrationBackupName(const QString &path, int fromVersion)
{
    const QString stamp = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = QStringLiteral("%1.schema%2-%3.bak").arg(path).arg(fromVersion).arg(stamp);
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate =
            QStringLiteral("%1.schema%2-%3-%4.bak").arg(path).arg(fromVersion).arg(stamp).arg(i);
    return candidate;
}

} // namespace

Database::Database(const QString &path, const QString &connectionName, Backend backend)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_backend(backend)
{}

Database::~Database()
{
    // SQLite's advice for long-lived connections: before closing, refresh
    // the planner's statistics of tables that have changed a lot. PRAGMA
    // optimize only names them here (its debugging bit, 0x01); they are
    // analysed as ensureStatistics() analyses, exactly unless they are
    // large. Its own sampled ANALYZE had guessed 50,000 people as 38,868
    // for one index and 123,088 for another, and the planner then sorted
    // the Attendees by organisation in 389 ms instead of 3 ms. A server's
    // autovacuum does this itself.
    if (!m_readOnly && m_backend == Backend::SQLite && connection().isOpen()) {
        QStringList tables;
        QSqlQuery optimize(connection());
        if (optimize.exec(QStringLiteral("PRAGMA optimize(0x03)"))) {
            static const QRegularExpression named(
                QStringLiteral(R"re(^ANALYZE "main"\."([^"]+)"$)re"));
            while (optimize.next()) {
                const auto match = named.match(optimize.value(0).toString());
                if (match.hasMatch())
                    tables << match.captured(1);
            }
        }
        optimize.finish();
        analyse(tables);
    }
    // Kept statements must be gone before their connection closes.
    qDeleteAll(m_statements);
    m_statements.clear();
    for (sqlite3_stmt *statement : std::as_const(m_nativeStatements))
        sqlite3_finalize(statement);
    m_nativeStatements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.constLast().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

sqlite3 *Database::sqliteHandle() const
{
    if (m_handleAsked)
        return m_handle;
    if (m_backend != Backend::SQLite)
        return nullptr;
    const QSqlDatabase db = connection();
    const QSqlDriver *driver = db.driver();
    if (!driver || !db.isOpen())
        return nullptr;
    m_handleAsked = true;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
    if (!native)
        return nullptr;
    const QString source = scalar(QStringLiteral("SELECT sqlite_source_id()")).toString();
    if (source != QLatin1StringView(sqlite3_sourceid()))
        return nullptr;
    m_handle = native;
    return m_handle;
}

sqlite3_stmt *Database::keptStatement(const QString &sql) const
{
    return m_nativeStatements.value(sql);
}

void Database::keepStatement(const QString &sql, sqlite3_stmt *statement) const
{
    sqlite3_stmt *&slot = m_nativeStatements[sql];
    if (slot && slot != statement)
        sqlite3_finalize(slot);
    slot = statement;
}

QSqlQuery &Database::cachedQuery(const QString &sql) const
{
    QSqlQuery *&query = m_statements[sql];
    if (!query) {
        // A statement that fails to prepare is kept too: running it reports
        // the error, as a freshly prepared one would.
        query = new QSqlQuery(connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql) && m_backend == Backend::PostgreSQL)
            m_unprepared.insert(sql);
    } else if (m_unprepared.contains(sql)) {
        // A server refuses even to prepare a statement while a failed
        // transaction is open; once that is over, the statement is fine.
        if (query->prepare(sql))
            m_unprepared.remove(sql);
    }
    return *query;
}

bool Database::exec(QSqlQuery &query, QString *error)
{
    if (isServerDriver(query.driver())) {
        // QPSQL sends a bool as TRUE or FALSE, which an INTEGER column
        // refuses; SQLite stores it as 1 or 0, and so does the schema on a
        // server.
        const QVariantList values = query.boundValues();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            if (v.typeId() == QMetaType::Bool)
                query.bindValue(int(i), v.isNull() ? QVariant(QMetaType::fromType<int>())
                                                   : QVariant(v.toBool() ? 1 : 0));
        }
    }
    // A statement that failed to prepare ("database disk image is
    // malformed", a syntax error) holds the reason until exec() clears it
    // and reports only "No query".
    const QSqlError prepareError = query.lastError();
    if (query.exec())
        return true;
    QSqlError failure = query.lastError();
    if (prepareError.type() != QSqlError::NoError &&
        failure.databaseText().contains(QLatin1StringView("No query")))
        failure = prepareError;
    if (error)
        *error = errorText(failure, query.driver());
    return false;
}

bool Database::execute(const QString &sql, QString *error) const
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    if (error)
        *error = errorText(query.lastError(), query.driver());
    return false;
}

Database::Backend Database::backendFor(const QString &location)
{
    return ServerAddress::isServerAddress(location) ? Backend::PostgreSQL : Backend::SQLite;
}

QVariant Database::serverMeta(const QString &key, QString *error) const
{
    return scalar(QStringLiteral("SELECT value FROM podium_meta WHERE key = ?"), {key}, error);
}

QVariant Database::scalar(const QString &sql, const QVariantList &bindings, QString *error) const
{
    QSqlQuery query = prepare(sql);
    for (const QVariant &v : bindings)
        query.addBindValue(v);
    if (!exec(query, error))
        return {};
    if (!query.next())
        return {};
    return query.value(0);
}

int Database::schemaVersion() const
{
    if (m_backend == Backend::PostgreSQL)
        return serverMeta(QStringLiteral("schema_version")).toInt();
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

QString Database::setting(const QString &key, const QString &defaultValue) const
{
    const QVariant v = scalar(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    return v.isValid() && !v.isNull() ? v.toString() : defaultValue;
}

bool Database::saveCopy(const QString &target, QString *error) const
{
    if (m_backend == Backend::PostgreSQL) {
        if (error) {
            const auto address = ServerAddress::parse(m_path);
            *error = QCoreApplication::translate(
                         "Podium::Database",
                         "Podium does not copy a database on a server into a file. Copies of a "
                         "server database are made with the server's tools, for example: "
                         "pg_dump --format=custom --file=podium.dump %1")
                         .arg(address ? address->databaseName() : m_path);
        }
        return false;
    }
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        if (error)
            *error = QCoreApplication::translate("Podium::Database", "%1 already exists.")
                         .arg(QDir::toNativeSeparators(target));
        return false;
    }
    // Create the file first so that it is private before any data is in it;
    // VACUUM INTO writes into an existing empty file. NewOnly closes the gap
    // between the check above and the creation.
    {
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (error)
                *error = QCoreApplication::translate("Podium::Database", "Cannot create %1: %2")
                             .arg(QDir::toNativeSeparators(target), f.errorString());
            return false;
        }
    }
    Platform::restrictToOwner(target);
    QSqlQuery query = prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    QString message;
    if (!exec(query, &message)) {
        QFile::remove(target);
        if (error)
            *error = QCoreApplication::translate("Podium::Database",
                                                 "Cannot copy the database to %1: %2")
                         .arg(QDir::toNativeSeparators(target), message);
        return false;
    }
    return true;
}

bool Database::configureJournal(QString *error)
{
    if (!execute(QStringLiteral("PRAGMA foreign_keys = ON"), error))
        return false;
    if (m_readOnly) {
        m_journalMode = scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower();
        return true;
    }
    // WAL needs shared memory that network file systems do not provide; there
    // the rollback journal is the safe choice.
    const QString wanted =
        Platform::isOnNetworkFileSystem(m_path) ? QStringLiteral("DELETE") : QStringLiteral("WAL");
    QString mode = scalar(QStringLiteral("PRAGMA journal_mode = ") + wanted).toString().toLower();
    if (wanted == QLatin1StringView("WAL") && mode != QLatin1StringView("wal"))
        mode = scalar(QStringLiteral("PRAGMA journal_mode = DELETE")).toString().toLower();
    m_journalMode = mode;
    // In WAL mode, NORMAL still never corrupts the file; a power cut can only
    // lose the last commits. Elsewhere stay with FULL.
    if (mode == QLatin1StringView("wal"))
        execute(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return true;
}

void Database::ensureStatistics()
{
    // Without statistics SQLite's planner assumes every table is large and
    // alike, and may sort a million registrations in a temporary B-tree
    // where an index would hand them over in order. A file that has grown
    // past a demo but was never analysed is analysed once; closing keeps
    // the figures current afterwards (see ~Database()).
    const bool analysed =
        scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"))
                .toInt() > 0 &&
        scalar(QStringLiteral("SELECT count(*) FROM sqlite_stat1")).toInt() > 0;
    if (!analysed) {
        if (scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM registration LIMIT %1)")
                       .arg(analyseFromRegistrations))
                .toInt() < analyseFromRegistrations)
            return;
        QStringList tables;
        QSqlQuery q(connection());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite_%' ORDER BY name"));
        while (q.next())
            tables << q.value(0).toString();
        q.finish();
        analyse(tables);
        return;
    }
    // Figures a sample guessed for a table that should have exact ones (from
    // an earlier version of Podium, or another program's ANALYZE), or that
    // the table has outgrown by a quarter: analysed again, exactly. Counting
    // tables of fewer than sampleFromRows rows costs a few milliseconds.
    // (An estimate of -1 marks indexes that disagree: a sample's guess.)
    QList<std::pair<QString, qint64>> estimates;
    {
        QSqlQuery q(connection());
        q.exec(QStringLiteral(
            "SELECT s.tbl, max(CAST(s.stat AS INTEGER)), min(CAST(s.stat AS INTEGER)) "
            "FROM sqlite_stat1 s JOIN sqlite_master m ON m.type = 'table' AND m.name = s.tbl "
            "GROUP BY s.tbl ORDER BY s.tbl"));
        while (q.next()) {
            const qint64 most = q.value(1).toLongLong();
            const qint64 least = q.value(2).toLongLong();
            if (least < sampleFromRows)
                estimates.append({q.value(0).toString(), most == least ? most : -1});
        }
    }
    QStringList stale;
    for (const auto &[table, estimate] : std::as_const(estimates)) {
        const qint64 rows = boundedCount(table);
        // Small tables are left alone, as a small file is: their plans do
        // not matter, and opening a file should not change it needlessly.
        if (rows >= sampleFromRows || std::max(rows, estimate) < analyseFromRegistrations)
            continue;
        if (estimate < 0 || rows * 4 > estimate * 5 || estimate * 4 > rows * 5)
            stale << table;
    }
    analyse(stale, {});
}

qint64 Database::boundedCount(const QString &table) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM \"%1\" LIMIT %2)")
                      .arg(table)
                      .arg(sampleFromRows))
        .toLongLong();
}

void Database::analyse(const QStringList &tables)
{
    // Exact figures for every table but the largest: a sampled ANALYZE
    // misjudges a table of ten thousand events by half, and the planner then
    // sorts the events in a temporary B-tree where an index would hand them
    // over in order. Only the largest tables (the registrations, the change
    // log) are sampled, so that opening and closing never wait long; an
    // exact ANALYZE of 50,000 people takes about 30 ms.
    QStringList exact;
    QStringList sampled;
    for (const QString &table : tables)
        (boundedCount(table) >= sampleFromRows ? sampled : exact).append(table);
    analyse(exact, sampled);
}

void Database::analyse(const QStringList &exact, const QStringList &sampled)
{
    if (exact.isEmpty() && sampled.isEmpty())
        return;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA analysis_limit = 0"));
    for (const QString &table : std::as_const(exact))
        q.exec(QStringLiteral("ANALYZE \"%1\"").arg(table));
    q.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
    for (const QString &table : std::as_const(sampled))
        q.exec(QStringLiteral("ANALYZE \"%1\"").arg(table));
}

bool Database::migrate(int fromVersion, QString *error)
{
    const bool server = m_backend == Backend::PostgreSQL;
    // On a server every step runs in one transaction (PostgreSQL's DDL is
    // transactional), under a lock that keeps a second Podium from
    // initialising the same database at the same time.
    std::unique_ptr<Transaction> serverTx;
    if (server) {
        serverTx = std::make_unique<Transaction>(*this);
        if (!serverTx->isActive()) {
            if (error)
                *error = serverTx->error();
            return false;
        }
        if (!execute(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(applicationId), error))
            return false;
        const QVariant hasMeta =
            scalar(QStringLiteral("SELECT to_regclass('podium_meta') IS NOT NULL"), {}, error);
        if (!hasMeta.isValid())
            return false;
        if (hasMeta.toBool()) {
            // Someone else may have upgraded it while this connection waited.
            fromVersion = std::max(fromVersion, schemaVersion());
        } else if (!execute(QStringLiteral("CREATE TABLE podium_meta (key TEXT PRIMARY KEY, "
                                           "value TEXT NOT NULL)"),
                            error) ||
                   !execute(QStringLiteral("INSERT INTO podium_meta (key, value) VALUES "
                                           "('application_id', '%1'), ('schema_version', '0')")
                                .arg(applicationId),
                            error)) {
            return false;
        }
    }
    int expected = fromVersion + 1;
    for (const Migration &m : migrations(m_backend)) {
        if (m.version <= fromVersion)
            continue;
        // A gap in the numbering would leave a step out and still claim the
        // final version.
        if (m.version != expected) {
            if (error)
                *error = QCoreApplication::translate("Podium::Database",
                                                     "Migration %1 is missing from this build.")
                             .arg(expected);
            return false;
        }
        ++expected;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QCoreApplication::translate("Podium::Database",
                                                     "Migration %1 is missing from this build.")
                             .arg(m.version);
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());
        Transaction tx(*this);
        if (!tx.isActive()) {
            if (error)
                *error = tx.error();
            return false;
        }
        for (const QString &statement : splitSqlScript(script)) {
            QString message;
            if (!execute(statement, &message)) {
                if (error)
                    *error = QCoreApplication::translate("Podium::Database",
                                                         "Migration to schema %1 failed: %2")
                                 .arg(m.version)
                                 .arg(message);
                return false;
            }
        }
        if (server) {
            // The version is written inside the transaction, so a failed
            // step leaves it where it was.
            if (!execute(QStringLiteral("UPDATE podium_meta SET value = '%1' "
                                        "WHERE key = 'schema_version'")
                             .arg(m.version),
                         error))
                return false;
        } else if (!execute(QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                            error) ||
                   !execute(QStringLiteral("PRAGMA user_version = %1").arg(m.version), error)) {
            // Both pragmas write the file header inside the transaction, so a
            // failed step leaves the version where it was.
            return false;
        }
        if (!tx.commit()) {
            if (error)
                *error = tx.error();
            return false;
        }
    }
    if (serverTx && !serverTx->commit()) {
        if (error)
            *error = serverTx->error();
        return false;
    }
    return true;
}

Database::OpenResult Database::openServer(const QString &location, const OpenOptions &options)
{
    OpenResult result;
    std::unique_ptr<Database> database;
    auto fail = [&](ErrorKind kind, const QString &message) {
        database.reset();
        result.database.reset();
        result.error = kind;
        result.message = message;
        return std::move(result);
    };

    QString problem;
    const auto address = ServerAddress::parse(location, &problem);
    if (!address)
        return fail(ErrorKind::Failed, QCoreApplication::translate(
                                           "Podium::Database", "Cannot use the server address: %1")
                                           .arg(problem));
    const QString shown = address->toString();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(ErrorKind::Failed,
                    QCoreApplication::translate(
                        "Podium::Database",
                        "Cannot open %1: this installation has no PostgreSQL support (the "
                        "package libqt6sql6-psql is missing).")
                        .arg(shown));

    database.reset(new Database(shown, nextConnectionName(), Backend::PostgreSQL));
    QString connectionError;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
        db.setDatabaseName(address->databaseName());
        if (!address->host().isEmpty())
            db.setHostName(address->host());
        if (address->port() > 0)
            db.setPort(address->port());
        if (!address->user().isEmpty())
            db.setUserName(address->user());
        // Only for this connection; libpq reads ~/.pgpass when it is empty.
        if (!options.password.isEmpty())
            db.setPassword(options.password);
        db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=%2;application_name=Podium")
                                 .arg(address->sslMode())
                                 .arg(connectTimeoutSeconds));
        // A password typed into the prompt stays on this connection, in
        // memory only, so that the background connections of the views
        // (PagedSqlModel's count, BackgroundReader) can log in the same way.
        if (!db.open()) {
            const QSqlError e = db.lastError();
            connectionError = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        }
    }
    // Failing outside the block above: the connection is closed once no
    // handle to it is left.
    if (!database->connection().isOpen()) {
        const auto [kind, message] = describeConnectionError(*address, connectionError);
        return fail(kind, message);
    }
    database->m_readOnly = options.readOnly;
    if (options.readOnly)
        database->m_readOnlyReason =
            QCoreApplication::translate("Podium::Database", "Opened for reading only.");

    QString message;
    auto unreadable = [&](const QString &why) {
        return fail(
            ErrorKind::Failed,
            QCoreApplication::translate("Podium::Database", "Cannot read %1: %2").arg(shown, why));
    };
    // Notices (for example of IF EXISTS) are not for the person at the screen.
    database->execute(QStringLiteral("SET client_min_messages = warning"));
    if (options.readOnly &&
        !database->execute(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"),
                           &message))
        return unreadable(message);

    // Identify the database before writing anything to it.
    const QVariant tables = database->scalar(
        QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace "
                       "n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND "
                       "c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')"),
        {}, &message);
    if (!tables.isValid())
        return unreadable(message);
    const QVariant hasMeta = database->scalar(
        QStringLiteral("SELECT to_regclass('podium_meta') IS NOT NULL"), {}, &message);
    if (!hasMeta.isValid())
        return unreadable(message);
    const bool empty = tables.toLongLong() == 0;
    qint64 appId = 0;
    int version = 0;
    if (hasMeta.toBool()) {
        const QVariant id = database->serverMeta(QStringLiteral("application_id"), &message);
        if (!message.isEmpty())
            return unreadable(message);
        const QVariant v = database->serverMeta(QStringLiteral("schema_version"), &message);
        if (!message.isEmpty())
            return unreadable(message);
        appId = id.toLongLong();
        version = v.toInt();
    }
    if (!empty && appId != applicationId)
        return fail(ErrorKind::NotPodium,
                    QCoreApplication::translate(
                        "Podium::Database",
                        "The database %1 holds tables of another program; it is not a Podium "
                        "database. Nothing was changed in it.")
                        .arg(shown));
    if (empty && !options.create)
        return fail(ErrorKind::NotPodium,
                    QCoreApplication::translate("Podium::Database",
                                                "The database %1 is empty, not a Podium "
                                                "database.")
                        .arg(shown));
    if (empty && options.readOnly)
        return fail(ErrorKind::ReadOnly,
                    QCoreApplication::translate("Podium::Database",
                                                "The database %1 is empty, and opened for reading "
                                                "only it cannot be given Podium's tables.")
                        .arg(shown));
    if (version > latestSchemaVersion())
        return fail(ErrorKind::TooNew,
                    QCoreApplication::translate(
                        "Podium::Database",
                        "%1 was written by a newer version of Podium (schema %2; this version "
                        "reads up to %3). Please update Podium.")
                        .arg(shown)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    if (version < latestSchemaVersion() && options.readOnly) {
        result.needsUpgrade = true;
        return fail(ErrorKind::ReadOnly,
                    QCoreApplication::translate("Podium::Database",
                                                "%1 needs an upgrade to schema %2, but it was "
                                                "opened for reading only.")
                        .arg(shown)
                        .arg(latestSchemaVersion()));
    }
    if (version < latestSchemaVersion() && !database->migrate(version, &message))
        return fail(ErrorKind::Failed,
                    QCoreApplication::translate("Podium::Database",
                                                "Cannot upgrade %1: %2 The database is unchanged.")
                        .arg(shown, message));
    RecordStore::learnServerConstraints(*database);

    result.database = std::move(database);
    return result;
}

Database::OpenResult Database::open(const QString &path, const OpenOptions &options)
{
    if (ServerAddress::isServerAddress(path))
        return openServer(path, options);

    OpenResult result;
    const QString shown = QDir::toNativeSeparators(path);
    std::unique_ptr<Database> database;
    bool createdFile = false;
    // SQLite's companions of the file, and whether each was there before.
    const QStringList companions{path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                 path + QStringLiteral("-journal")};
    QList<bool> companionExisted;
    for (const QString &c : companions)
        companionExisted.append(QFileInfo::exists(c));

    auto fail = [&](ErrorKind kind, const QString &message) {
        // Close the connection first: SQLite removes its own companions on a
        // clean close, and a file this call created must not stay behind,
        // half made, to be taken for someone else's database next time.
        database.reset();
        if (createdFile) {
            QFile::remove(path);
            for (qsizetype i = 0; i < companions.size(); ++i) {
                if (!companionExisted.at(i))
                    QFile::remove(companions.at(i));
            }
        }
        result.database.reset();
        result.error = kind;
        result.message = message;
        return std::move(result);
    };

    if (path.isEmpty())
        return fail(ErrorKind::Missing,
                    QCoreApplication::translate("Podium::Database", "No database file was given."));

    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return fail(ErrorKind::Missing,
                    QCoreApplication::translate("Podium::Database",
                                                "Cannot open %1: the folder %2 does not exist.")
                        .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    if (info.exists() && !info.isFile())
        return fail(
            ErrorKind::NotPodium,
            QCoreApplication::translate("Podium::Database", "%1 is not a file.").arg(shown));

    const bool fresh = !info.exists() || info.size() == 0;
    bool walFile = false;
    if (!info.exists()) {
        if (!options.create)
            return fail(ErrorKind::Missing, QCoreApplication::translate(
                                                "Podium::Database", "The file %1 does not exist.")
                                                .arg(shown));
        if (options.readOnly)
            return fail(ErrorKind::ReadOnly, QCoreApplication::translate(
                                                 "Podium::Database", "Cannot create %1 read-only.")
                                                 .arg(shown));
        // NewOnly: never take over a file that appeared since the check above.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(ErrorKind::Failed,
                        QCoreApplication::translate("Podium::Database", "Cannot create %1: %2")
                            .arg(shown, f.errorString()));
        f.close();
        createdFile = true;
        // Private before a single byte of data is in it.
        Platform::restrictToOwner(path);
    } else if (info.size() == 0) {
        if (!options.create)
            return fail(ErrorKind::NotPodium,
                        QCoreApplication::translate("Podium::Database",
                                                    "%1 is empty: it is not a Podium database.")
                            .arg(shown));
    } else {
        // Look at the header ourselves first: SQLite would report a text file
        // as "not a database" only when it first reads a page.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorKind::Failed,
                        QCoreApplication::translate("Podium::Database", "Cannot read %1: %2")
                            .arg(shown, f.errorString()));
        const QByteArray header = f.read(20);
        // Bytes 18 and 19 are the read and write versions: 2 in WAL mode.
        walFile = header.size() == 20 && header.at(18) == 2;
        if (header.left(16) != QByteArray("SQLite format 3\0", 16))
            return fail(
                ErrorKind::NotPodium,
                QCoreApplication::translate(
                    "Podium::Database", "%1 is not a Podium database (it is not an SQLite file).")
                    .arg(shown));
    }

    database.reset(new Database(path, nextConnectionName()));
    bool readOnly = options.readOnly;
    QString readOnlyReason;
    if (!readOnly && info.exists() && !info.isWritable()) {
        readOnly = true;
        readOnlyReason =
            QCoreApplication::translate("Podium::Database", "The file %1 is read-only.").arg(shown);
    } else if (!readOnly && !folder.isWritable()) {
        // SQLite needs to create its journal beside the file.
        readOnly = true;
        readOnlyReason =
            QCoreApplication::translate("Podium::Database", "The folder %1 is read-only.")
                .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    } else if (readOnly) {
        readOnlyReason =
            QCoreApplication::translate("Podium::Database", "Opened for reading only.");
    }
    if (readOnly && fresh)
        return fail(ErrorKind::ReadOnly,
                    readOnlyReason +
                        QCoreApplication::translate("Podium::Database",
                                                    " A new database cannot be created there."));

    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        // A file in WAL mode needs its -shm file beside it even for reading,
        // which a read-only folder cannot hold. With no -wal file there is
        // nothing outside the file itself to read: SQLite may then take it as
        // immutable, reading it without any shared memory or lock.
        const bool immutable = readOnly && walFile && !folder.isWritable() &&
                               !QFileInfo::exists(path + QStringLiteral("-wal")) &&
                               !QFileInfo::exists(path + QStringLiteral("-shm"));
        if (immutable) {
            db.setDatabaseName(QStringLiteral("file:%1?immutable=1")
                                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                                       QFileInfo(path).absoluteFilePath(), "/"))));
            connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(path);
        }
        if (readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return fail(ErrorKind::Failed,
                        QCoreApplication::translate("Podium::Database", "Cannot open %1: %2")
                            .arg(shown, sqlError(db.lastError())));
    }
    database->m_readOnly = readOnly;
    database->m_readOnlyReason = readOnlyReason;

    // Identify the file before writing anything to it: everything up to
    // configureJournal() only reads.
    auto unreadable = [&](const QString &message) {
        return looksDamaged(message)
                   ? fail(ErrorKind::Damaged,
                          QCoreApplication::translate("Podium::Database",
                                                      "%1 is damaged and cannot be read (%2).")
                              .arg(shown, message))
                   : fail(ErrorKind::Failed,
                          QCoreApplication::translate("Podium::Database", "Cannot read %1: %2")
                              .arg(shown, message));
    };
    QString message;
    const QVariant appId = database->scalar(QStringLiteral("PRAGMA application_id"), {}, &message);
    if (!appId.isValid())
        return unreadable(message);
    const QVariant userVersion =
        database->scalar(QStringLiteral("PRAGMA user_version"), {}, &message);
    if (!userVersion.isValid())
        return unreadable(message);
    const int version = userVersion.toInt();
    const QVariant tables =
        database->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, &message);
    if (!tables.isValid())
        return unreadable(message);
    const bool empty = appId.toInt() == 0 && version == 0 && tables.toInt() == 0;
    if (!empty && appId.toInt() != applicationId)
        return fail(ErrorKind::NotPodium,
                    QCoreApplication::translate(
                        "Podium::Database",
                        "%1 is an SQLite file of another program, not a Podium database.")
                        .arg(shown));
    if (empty && !options.create)
        return fail(ErrorKind::NotPodium,
                    QCoreApplication::translate(
                        "Podium::Database", "%1 is an empty SQLite file, not a Podium database.")
                        .arg(shown));
    if (version > latestSchemaVersion())
        return fail(ErrorKind::TooNew,
                    QCoreApplication::translate(
                        "Podium::Database",
                        "%1 was written by a newer version of Podium (schema %2; this "
                        "version reads up to %3). Please update Podium.")
                        .arg(shown)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    if (version < latestSchemaVersion() && readOnly) {
        // Opening for writing would upgrade it, unless the file or its
        // folder is read-only too, which that opening then says.
        result.needsUpgrade = options.readOnly;
        return fail(ErrorKind::ReadOnly,
                    QCoreApplication::translate("Podium::Database",
                                                "%1 needs an upgrade to schema %2, but %3")
                        .arg(shown)
                        .arg(latestSchemaVersion())
                        .arg(readOnlyReason.at(0).toLower() + readOnlyReason.mid(1)));
    }

    if (!database->configureJournal(&message))
        return fail(ErrorKind::Failed,
                    QCoreApplication::translate("Podium::Database", "Cannot configure %1: %2")
                        .arg(shown, message));

    if (version < latestSchemaVersion()) {
        if (!empty) {
            const QString backup = migrationBackupName(path, version);
            if (!database->saveCopy(backup, &message))
                return fail(
                    ErrorKind::Failed,
                    QCoreApplication::translate(
                        "Podium::Database", "Not upgrading %1, because no copy could be kept: %2")
                        .arg(shown, message));
            database->m_migrationBackup = backup;
        }
        if (!database->migrate(version, &message)) {
            const int reached = database->schemaVersion();
            QString state;
            if (reached == version)
                state = QCoreApplication::translate("Podium::Database", "The file is unchanged.");
            else
                state =
                    QCoreApplication::translate("Podium::Database", "The file is now at schema %1.")
                        .arg(reached);
            if (!database->m_migrationBackup.isEmpty())
                state += QCoreApplication::translate("Podium::Database",
                                                     " A copy of it as it was is at %1.")
                             .arg(QDir::toNativeSeparators(database->m_migrationBackup));
            return fail(ErrorKind::Failed,
                        QCoreApplication::translate("Podium::Database", "Cannot upgrade %1: %2 %3")
                            .arg(shown, message, state));
        }
    }

    if (!readOnly)
        database->ensureStatistics();

    result.database = std::move(database);
    return result;
}

} // namespace Podium
