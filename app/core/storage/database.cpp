#include "database.h"

#include "sqlscript.h"
#include "transaction.h"
#include "util/clock.h"
#include "util/platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>

#include <atomic>

namespace Podium {

namespace {

struct Migration
{
    int version;
    QString resource;
};

QList<Migration> migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> result;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
        const QStringList names = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const auto match = pattern.match(name);
            if (match.hasMatch())
                result.append({match.captured(1).toInt(), QStringLiteral(":/sql/") + name});
        }
        return result;
    }();
    return list;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("podium-%1").arg(++counter);
}

QString sqlError(const QSqlError &e)
{
    QString text = e.driverText();
    const QString db = e.databaseText();
    if (!db.isEmpty() && db != text)
        text = text.isEmpty() ? db : text + QStringLiteral(": ") + db;
    return text.isEmpty() ? e.text() : text;
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

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{}

Database::~Database()
{
    // SQLite's advice for long-lived connections: before closing, refresh
    // the planner's statistics of tables that have changed a lot.
    // Sampled (analysis_limit), so that closing a large file never waits for
    // a full scan of a million rows.
    if (!m_readOnly) {
        QSqlQuery optimize(connection());
        optimize.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
        optimize.exec(QStringLiteral("PRAGMA optimize"));
    }
    // Kept statements must be gone before their connection closes.
    qDeleteAll(m_statements);
    m_statements.clear();
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

QSqlQuery &Database::cachedQuery(const QString &sql) const
{
    QSqlQuery *&query = m_statements[sql];
    if (!query) {
        // A statement that fails to prepare is kept too: running it reports
        // the error, as a freshly prepared one would.
        query = new QSqlQuery(prepare(sql));
    }
    return *query;
}

bool Database::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = sqlError(query.lastError());
    return false;
}

bool Database::execute(const QString &sql, QString *error) const
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    if (error)
        *error = sqlError(query.lastError());
    return false;
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
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

QString Database::setting(const QString &key, const QString &defaultValue) const
{
    const QVariant v = scalar(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    return v.isValid() && !v.isNull() ? v.toString() : defaultValue;
}

bool Database::saveCopy(const QString &target, QString *error) const
{
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        if (error)
            *error = QStringLiteral("%1 already exists.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    // Create the file first so that it is private before any data is in it;
    // VACUUM INTO writes into an existing empty file. NewOnly closes the gap
    // between the check above and the creation.
    {
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (error)
                *error = QStringLiteral("Cannot create %1: %2")
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
            *error = QStringLiteral("Cannot copy the database to %1: %2")
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
    // past a demo but was never analysed gets a quick, sampled ANALYZE once;
    // PRAGMA optimize on closing keeps the figures current afterwards.
    const bool analysed =
        scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"))
                .toInt() > 0 &&
        scalar(QStringLiteral("SELECT count(*) FROM sqlite_stat1")).toInt() > 0;
    if (analysed)
        return;
    if (scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM registration LIMIT %1)")
                   .arg(analyseFromRegistrations))
            .toInt() < analyseFromRegistrations)
        return;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
    q.exec(QStringLiteral("ANALYZE"));
}

bool Database::migrate(int fromVersion, QString *error)
{
    int expected = fromVersion + 1;
    for (const Migration &m : migrations()) {
        if (m.version <= fromVersion)
            continue;
        // A gap in the numbering would leave a step out and still claim the
        // final version.
        if (m.version != expected) {
            if (error)
                *error = QStringLiteral("Migration %1 is missing from this build.").arg(expected);
            return false;
        }
        ++expected;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("Migration %1 is missing from this build.").arg(m.version);
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
                    *error = QStringLiteral("Migration to schema %1 failed: %2")
                                 .arg(m.version)
                                 .arg(message);
                return false;
            }
        }
        // Both pragmas write the file header inside the transaction, so a
        // failed step leaves the version where it was.
        if (!execute(QStringLiteral("PRAGMA application_id = %1").arg(applicationId), error) ||
            !execute(QStringLiteral("PRAGMA user_version = %1").arg(m.version), error))
            return false;
        if (!tx.commit()) {
            if (error)
                *error = tx.error();
            return false;
        }
    }
    return true;
}

Database::OpenResult Database::open(const QString &path, const OpenOptions &options)
{
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
        return fail(ErrorKind::Missing, QStringLiteral("No database file was given."));

    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return fail(ErrorKind::Missing,
                    QStringLiteral("Cannot open %1: the folder %2 does not exist.")
                        .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    if (info.exists() && !info.isFile())
        return fail(ErrorKind::NotPodium, QStringLiteral("%1 is not a file.").arg(shown));

    const bool fresh = !info.exists() || info.size() == 0;
    if (!info.exists()) {
        if (!options.create)
            return fail(ErrorKind::Missing,
                        QStringLiteral("The file %1 does not exist.").arg(shown));
        if (options.readOnly)
            return fail(ErrorKind::ReadOnly,
                        QStringLiteral("Cannot create %1 read-only.").arg(shown));
        // NewOnly: never take over a file that appeared since the check above.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(ErrorKind::Failed,
                        QStringLiteral("Cannot create %1: %2").arg(shown, f.errorString()));
        f.close();
        createdFile = true;
        // Private before a single byte of data is in it.
        Platform::restrictToOwner(path);
    } else if (info.size() == 0) {
        if (!options.create)
            return fail(ErrorKind::NotPodium,
                        QStringLiteral("%1 is empty: it is not a Podium database.").arg(shown));
    } else {
        // Look at the header ourselves first: SQLite would report a text file
        // as "not a database" only when it first reads a page.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorKind::Failed,
                        QStringLiteral("Cannot read %1: %2").arg(shown, f.errorString()));
        const QByteArray header = f.read(16);
        if (header != QByteArray("SQLite format 3\0", 16))
            return fail(ErrorKind::NotPodium,
                        QStringLiteral("%1 is not a Podium database (it is not an SQLite file).")
                            .arg(shown));
    }

    database.reset(new Database(path, nextConnectionName()));
    bool readOnly = options.readOnly;
    QString readOnlyReason;
    if (!readOnly && info.exists() && !info.isWritable()) {
        readOnly = true;
        readOnlyReason = QStringLiteral("The file %1 is read-only.").arg(shown);
    } else if (!readOnly && !folder.isWritable()) {
        // SQLite needs to create its journal beside the file.
        readOnly = true;
        readOnlyReason = QStringLiteral("The folder %1 is read-only.")
                             .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    } else if (readOnly) {
        readOnlyReason = QStringLiteral("Opened for reading only.");
    }
    if (readOnly && fresh)
        return fail(ErrorKind::ReadOnly,
                    readOnlyReason + QStringLiteral(" A new database cannot be created there."));

    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return fail(ErrorKind::Failed,
                        QStringLiteral("Cannot open %1: %2").arg(shown, sqlError(db.lastError())));
    }
    database->m_readOnly = readOnly;
    database->m_readOnlyReason = readOnlyReason;

    // Identify the file before writing anything to it: everything up to
    // configureJournal() only reads.
    auto unreadable = [&](const QString &message) {
        return looksDamaged(message)
                   ? fail(ErrorKind::Damaged,
                          QStringLiteral("%1 is damaged and cannot be read (%2).")
                              .arg(shown, message))
                   : fail(ErrorKind::Failed,
                          QStringLiteral("Cannot read %1: %2").arg(shown, message));
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
        return fail(
            ErrorKind::NotPodium,
            QStringLiteral("%1 is an SQLite file of another program, not a Podium database.")
                .arg(shown));
    if (empty && !options.create)
        return fail(
            ErrorKind::NotPodium,
            QStringLiteral("%1 is an empty SQLite file, not a Podium database.").arg(shown));
    if (version > latestSchemaVersion())
        return fail(ErrorKind::TooNew,
                    QStringLiteral("%1 was written by a newer version of Podium (schema %2; this "
                                   "version reads up to %3). Please update Podium.")
                        .arg(shown)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    if (version < latestSchemaVersion() && readOnly)
        return fail(ErrorKind::ReadOnly,
                    QStringLiteral("%1 needs an upgrade to schema %2, but %3")
                        .arg(shown)
                        .arg(latestSchemaVersion())
                        .arg(readOnlyReason.at(0).toLower() + readOnlyReason.mid(1)));

    if (!database->configureJournal(&message))
        return fail(ErrorKind::Failed,
                    QStringLiteral("Cannot configure %1: %2").arg(shown, message));

    if (version < latestSchemaVersion()) {
        if (!empty) {
            const QString backup = migrationBackupName(path, version);
            if (!database->saveCopy(backup, &message))
                return fail(ErrorKind::Failed,
                            QStringLiteral("Not upgrading %1, because no copy could be kept: %2")
                                .arg(shown, message));
            database->m_migrationBackup = backup;
        }
        if (!database->migrate(version, &message)) {
            const int reached = database->schemaVersion();
            QString state;
            if (reached == version)
                state = QStringLiteral("The file is unchanged.");
            else
                state = QStringLiteral("The file is now at schema %1.").arg(reached);
            if (!database->m_migrationBackup.isEmpty())
                state += QStringLiteral(" A copy of it as it was is at %1.")
                             .arg(QDir::toNativeSeparators(database->m_migrationBackup));
            return fail(ErrorKind::Failed,
                        QStringLiteral("Cannot upgrade %1: %2 %3").arg(shown, message, state));
        }
    }

    if (!readOnly)
        database->ensureStatistics();

    result.database = std::move(database);
    return result;
}

} // namespace Podium
