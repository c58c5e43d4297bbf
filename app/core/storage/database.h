#pragma once

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Podium {

/**
 * Owns the one connection to a Podium database and keeps it healthy:
 * pragmas, journal mode, schema migrations and copies.
 *
 * The database is either an SQLite file (the default) or a database on a
 * PostgreSQL server, opened from an address such as
 * postgresql://user@host:5432/podium (see ServerAddress and docs/SERVER.md).
 * The schema is the same on both; backend() says which one is in use.
 *
 * Threading rule: a Database, its connection and every query made on it
 * belong to the thread that opened it. Another thread opens its own Database
 * on the same file; SQLite's locking (with the busy timeout set here) keeps
 * the two apart. On a server each Database is its own server connection.
 */
class Database
{
public:
    /** Where the data lives. */
    enum class Backend {
        SQLite,     ///< a Podium file
        PostgreSQL, ///< a database on a PostgreSQL server
    };

    /** What kind of failure stopped an open. */
    enum class ErrorKind {
        None,
        Missing,   ///< the file or its folder (or the server's database) does not exist
        NotPodium, ///< an SQLite file of some other program, or no SQLite file at all
        TooNew,    ///< written by a newer Podium
        Damaged,   ///< SQLite reports the file as corrupt
        ReadOnly,  ///< a write was needed (creation, migration) but the file is read-only
        Failed,    ///< anything else; the message says what
    };

    struct OpenOptions
    {
        /** Create the file (and initialise the schema) if it does not exist or is empty. */
        bool create = false;
        /** Open for reading only, never writing a byte. */
        bool readOnly = false;
        /**
         * For a server only: the password, if the person typed one into a
         * prompt. Kept in memory for the connection only, never written
         * anywhere. Empty: libpq looks in ~/.pgpass (or PGPASSFILE) itself.
         */
        QString password = {};
    };

    /** The outcome of open(): a database, or a message a person understands. */
    struct OpenResult
    {
        std::unique_ptr<Database> database;
        ErrorKind error = ErrorKind::None;
        QString message;
        /**
         * Opened for reading only, the database was refused because its
         * schema is older than this version's: opened for writing, it would
         * be upgraded (with a copy taken first).
         */
        bool needsUpgrade = false;
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Opens (or creates) the database at @p path and brings its schema up to
     * date. An existing file is copied beside itself before a migration. A
     * file that is not a Podium database, or one written by a newer Podium,
     * is refused and left untouched.
     *
     * @p path may also be a server address (postgresql://… or postgres://…,
     * see ServerAddress). The database must exist on the server; with
     * OpenOptions::create an empty one is given Podium's schema. A server
     * database with tables of another program, or one written by a newer
     * Podium, is refused untouched. A migration of a server database runs in
     * one transaction, so a failed one changes nothing.
     */
    static OpenResult open(const QString &path, const OpenOptions &options);

    /** The backend that open() would use for @p location: a server address or a file. */
    static Backend backendFor(const QString &location);

    /** The schema version this build of Podium writes. */
    static int latestSchemaVersion();

    /** The application_id stamped into every Podium file ("Podi"). */
    static constexpr qint32 applicationId = 0x506F6469;

    /**
     * How long a write waits for another connection's write to finish before
     * giving up with "database is locked", in milliseconds.
     */
    static constexpr int busyTimeoutMs = 5000;
    /** How long a connection to a server may take before it counts as failed, in seconds. */
    static constexpr int connectTimeoutSeconds = 10;
    /** From this many registrations on, a file never analysed is analysed on opening. */
    static constexpr int analyseFromRegistrations = 1000;

    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::PostgreSQL; }
    /**
     * The file's path, or for a server its address as
     * ServerAddress::toString() writes it (never with a password).
     */
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    bool isReadOnly() const { return m_readOnly; }
    /** Why the database is read-only, if it is (for the status bar). */
    QString readOnlyReason() const { return m_readOnlyReason; }
    /**
     * The journal mode in force: "wal", or "delete" where WAL cannot work;
     * empty on a server, which keeps its own write-ahead log.
     */
    QString journalMode() const { return m_journalMode; }
    int schemaVersion() const;
    /** The backup taken before the last migration, or empty if none was needed. */
    QString migrationBackupPath() const { return m_migrationBackup; }

    /** Prepares @p sql on this connection; check the result with exec(). */
    QSqlQuery prepare(const QString &sql) const;

    /**
     * The statement @p sql, prepared once per connection and kept for reuse:
     * preparing costs more than running a small statement. The reference
     * stays valid while the Database lives. Bind every parameter by position
     * (bindValue(i, ...)), finish with it before asking for the same SQL
     * again, and call finish() once its rows are read, so that it holds no
     * read lock. Only for SQL built from code, with a bounded number of
     * distinct texts.
     */
    QSqlQuery &cachedQuery(const QString &sql) const;

    /**
     * The connection QtSql holds to a SQLite file, for use through SQLite's
     * C API, if that is safe: the driver must hand out a "sqlite3*" and run
     * the very same build of SQLite that Podium links (a driver with a copy
     * of its own would hand out a connection this library must not touch).
     * Null on a server and otherwise. Asked of the driver once.
     */
    sqlite3 *sqliteHandle() const;

    /**
     * A statement kept for reuse on sqliteHandle(), as cachedQuery() keeps
     * QSqlQuery objects: null until keepStatement() stored one for @p sql.
     * The Database finalizes them before it closes. Whoever uses one resets
     * it (sqlite3_reset) when done, so that it holds no lock.
     */
    sqlite3_stmt *keptStatement(const QString &sql) const;
    /** Keeps @p statement, prepared from @p sql on sqliteHandle(); see keptStatement(). */
    void keepStatement(const QString &sql, sqlite3_stmt *statement) const;

    /**
     * Runs a prepared query. On failure, fills @p error with the database's
     * message and returns false. On a server, bound booleans are sent as the
     * integers 0 and 1 that the schema stores (as SQLite does by itself).
     */
    static bool exec(QSqlQuery &query, QString *error = nullptr);

    /** Runs a statement without parameters; true on success. */
    bool execute(const QString &sql, QString *error = nullptr) const;

    /** Reads a single value, or an invalid QVariant if there is no row. */
    QVariant scalar(const QString &sql, const QVariantList &bindings = {},
                    QString *error = nullptr) const;

    /**
     * Writes a consistent copy of the open database to @p target with
     * VACUUM INTO, safe while the database is in use. The copy is readable by
     * its owner only. @p target must not exist yet.
     *
     * Not for a server database: it returns false with a message saying that
     * copies of a server database are made with the server's tools (pg_dump).
     */
    bool saveCopy(const QString &target, QString *error = nullptr) const;

    /** Reads an organisation-wide setting stored in the database. */
    QString setting(const QString &key, const QString &defaultValue = {}) const;

private:
    friend class Transaction;
    explicit Database(const QString &path, const QString &connectionName,
                      Backend backend = Backend::SQLite);

    static OpenResult openServer(const QString &location, const OpenOptions &options);
    bool migrate(int fromVersion, QString *error);
    /** The schema version and application marker of a server database. */
    QVariant serverMeta(const QString &key, QString *error = nullptr) const;
    /**
     * Analyses a grown file that has no planner statistics, and again each
     * table below sampleFromRows whose figures are a sample's guess or that
     * has grown or shrunk by more than a quarter since.
     */
    void ensureStatistics();
    /** ANALYZE of @p tables: exact, or sampled from sampleFromRows rows on. */
    void analyse(const QStringList &tables);
    /** ANALYZE of @p exact without a limit, and of @p sampled with one. */
    void analyse(const QStringList &exact, const QStringList &sampled);
    /** The rows of @p table, counted up to sampleFromRows. */
    qint64 boundedCount(const QString &table) const;
    /** From this many rows on, a table's statistics are sampled. */
    static constexpr int sampleFromRows = 200000;
    bool configureJournal(QString *error);

    QString m_path;
    QString m_connectionName;
    Backend m_backend = Backend::SQLite;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_journalMode;
    QString m_migrationBackup;
    int m_transactionDepth = 0;
    quint64 m_transactionSerial = 0;
    mutable QHash<QString, QSqlQuery *> m_statements;
    // Statements whose preparation failed; on a server they are prepared
    // again on next use (a failed transaction refuses every statement).
    mutable QSet<QString> m_unprepared;
    // sqliteHandle(), once asked; the statements kept on it.
    mutable bool m_handleAsked = false;
    mutable sqlite3 *m_handle = nullptr;
    mutable QHash<QString, sqlite3_stmt *> m_nativeStatements;
};

} // namespace Podium
