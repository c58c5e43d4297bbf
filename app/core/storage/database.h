#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace Podium {

/**
 * Owns the one connection to a Podium database file and keeps it healthy:
 * pragmas, journal mode, schema migrations and copies.
 *
 * Threading rule: a Database, its connection and every query made on it
 * belong to the thread that opened it. Another thread opens its own Database
 * on the same file; SQLite's locking (with the busy timeout set here) keeps
 * the two apart.
 */
class Database
{
public:
    /** What kind of failure stopped an open. */
    enum class ErrorKind {
        None,
        Missing,   ///< the file or its folder does not exist
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
    };

    /** The outcome of open(): a database, or a message a person understands. */
    struct OpenResult
    {
        std::unique_ptr<Database> database;
        ErrorKind error = ErrorKind::None;
        QString message;
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Opens (or creates) the database at @p path and brings its schema up to
     * date. An existing file is copied beside itself before a migration. A
     * file that is not a Podium database, or one written by a newer Podium,
     * is refused and left untouched.
     */
    static OpenResult open(const QString &path, const OpenOptions &options);

    /** The schema version this build of Podium writes. */
    static int latestSchemaVersion();

    /** The application_id stamped into every Podium file ("Podi"). */
    static constexpr qint32 applicationId = 0x506F6469;

    /**
     * How long a write waits for another connection's write to finish before
     * giving up with "database is locked", in milliseconds.
     */
    static constexpr int busyTimeoutMs = 5000;
    /** From this many registrations on, a file never analysed is analysed on opening. */
    static constexpr int analyseFromRegistrations = 1000;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    bool isReadOnly() const { return m_readOnly; }
    /** Why the database is read-only, if it is (for the status bar). */
    QString readOnlyReason() const { return m_readOnlyReason; }
    /** The journal mode in force: "wal", or "delete" where WAL cannot work. */
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
     * Runs a prepared query. On failure, fills @p error with SQLite's message
     * and returns false.
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
     */
    bool saveCopy(const QString &target, QString *error = nullptr) const;

    /** Reads an organisation-wide setting stored in the database. */
    QString setting(const QString &key, const QString &defaultValue = {}) const;

private:
    friend class Transaction;
    explicit Database(const QString &path, const QString &connectionName);

    bool migrate(int fromVersion, QString *error);
    /** Runs a sampled ANALYZE on a grown file that has no planner statistics. */
    void ensureStatistics();
    bool configureJournal(QString *error);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_journalMode;
    QString m_migrationBackup;
    int m_transactionDepth = 0;
    quint64 m_transactionSerial = 0;
    mutable QHash<QString, QSqlQuery *> m_statements;
};

} // namespace Podium
