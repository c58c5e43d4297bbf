#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Podium {

class Database;

/**
 * The rotating backups of one database file, and restoring one of them.
 *
 * Where: in the database's own folder, beside the file, named
 * FILE.TAG-YYYYMMDD-HHMMSS.bak (UTC; "-2", "-3"… if two fall in the same
 * second), where TAG says why the copy was taken: before-erasure,
 * before-retention, before-merge, before-restore, daily, manual, or schemaN
 * for the copy Database takes before upgrading a file from schema N. The
 * backups travel with the file (a USB stick, a shared folder) and leave no
 * copy of personal data on the computers that opened it. A folder that
 * cannot be written to gets no backups; the callers say so.
 *
 * Each backup is a consistent copy taken with VACUUM INTO while the database
 * is open (Database::saveCopy), readable by its owner only.
 *
 * Rotation: after every backup, the newest keepCount() are kept, and beyond
 * them the newest backup of each reason, so that a run of daily backups
 * never pushes out the only copy taken before a migration, a merge or a
 * restore; the backup just taken is never deleted. Only files whose names
 * follow the pattern above are ever deleted.
 *
 * Threading: the functions that take a Database use it on its own thread;
 * the others only touch files and their own short-lived connections, and
 * may run on any thread.
 */
class Backups
{
public:
    enum class Reason { Migration, Erasure, Retention, Merge, BeforeRestore, Daily, Manual };

    /** One backup in the store. */
    struct Backup
    {
        QString path;
        /** When it was taken (UTC), from its name. */
        QDateTime taken;
        Reason reason = Reason::Manual;
        qint64 size = 0;
        /** The order of backups taken in the same second (1, 2, …). */
        int sequence = 1;
    };

    /** How many backups are kept unless the setting says otherwise. */
    static constexpr int defaultKeep = 10;
    static constexpr int maximumKeep = 999;
    /** The QSettings key of the number of backups to keep (per user and computer). */
    static constexpr const char *keepSettingKey = "backups/keep";

    /** The number of backups to keep, from QSettings (1 to maximumKeep). */
    static int keepCount();
    static void setKeepCount(int count);

    /** The word a reason is named by on the command line and in file names ("erasure"). */
    static QString reasonName(Reason reason);
    /** The reason named @p name ("erasure", "daily"…), if any. */
    static std::optional<Reason> reasonFromName(const QString &name);
    /** The reason as a person reads it ("Before an erasure"), translated. */
    static QString describe(Reason reason);

    /**
     * True if @p location is a database file, which has backups here; false
     * for a server address (postgresql://…), whose backups are the
     * server's business.
     */
    static bool appliesTo(const QString &location);
    /** The folder that holds the backups of @p databasePath. */
    static QString folder(const QString &databasePath);
    /** The backups of @p databasePath, newest first. */
    static QList<Backup> list(const QString &databasePath);
    /** The backup at @p backupPath if it is one of @p databasePath's, by its name. */
    static std::optional<Backup> describeFile(const QString &databasePath,
                                              const QString &backupPath);
    /** True if backups of @p databasePath can be written; otherwise @p why says why not. */
    static bool canWrite(const QString &databasePath, QString *why = nullptr);

    /**
     * Takes a backup of the open @p database for @p reason and rotates the
     * store, keeping @p keep (keepCount() if 0). Returns the backup's path,
     * or empty with @p error.
     */
    static QString take(const Database &database, Reason reason, QString *error, int keep = 0);
    /** As take(), naming the backup after @p now instead of the clock. */
    static QString takeAt(const Database &database, Reason reason, const QDateTime &now,
                          QString *error, int keep = 0);

    /**
     * Deletes the backups beyond the rule described above and returns their
     * paths; never one of @p protect.
     */
    static QStringList prune(const QString &databasePath, int keep,
                             const QStringList &protect = {});

    /** What the daily backup did. */
    struct DailyResult
    {
        enum Status { Taken, NotDue, NotAFile, Unwritable, Failed };
        Status status = Failed;
        /** The backup taken (Taken). */
        QString path;
        /** Why none was taken (Unwritable, Failed). */
        QString message;
    };

    /** True if no backup of @p databasePath is younger than a day at @p now. */
    static bool dailyDue(const QString &databasePath, const QDateTime &now);
    /**
     * The daily backup: if dailyDue(), opens its own read-only connection to
     * @p databasePath and takes a backup named after @p now. Safe to run on
     * another thread while the window has the file open.
     */
    static DailyResult takeDaily(const QString &databasePath, const QDateTime &now, int keep = 0);

    /**
     * Checks that @p backupPath is a healthy Podium database this version
     * can open: an SQLite file, Podium's application_id, a schema not newer
     * than this version's, and PRAGMA integrity_check reporting "ok". Reads
     * only. False with @p error naming the file.
     */
    static bool verify(const QString &backupPath, QString *error);

    /**
     * Replaces @p databasePath with the content of @p backupPath. The
     * database must be closed by the caller (the window closes its
     * connection first); a file still open elsewhere is refused.
     *
     * In order: verify() the backup; take a "before-restore" backup of the
     * file as it is (a plain copy if it cannot be opened, e.g. because it is
     * damaged); write the backup's content to a temporary file in the same
     * folder, flush it to disk, remove the old file's -wal, -shm and
     * -journal, and rename the temporary file over the database. Until the
     * rename the database is unchanged; after it, it is the backup. Returns
     * false with @p error, and the database unchanged, on any failure;
     * @p beforeRestore receives the path of the copy of the file as it was.
     */
    static bool restore(const QString &databasePath, const QString &backupPath,
                        QString *beforeRestore, QString *error);
};

} // namespace Podium
