#include "backups.h"

#include "storage/database.h"
#include "util/clock.h"
#include "util/platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Podium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Podium::Backups", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const char *const stampFormat = "yyyyMMdd-HHmmss";

QString tag(Backups::Reason reason)
{
    switch (reason) {
    case Backups::Reason::Migration:
        return QStringLiteral("schema");
    case Backups::Reason::Erasure:
        return QStringLiteral("before-erasure");
    case Backups::Reason::Retention:
        return QStringLiteral("before-retention");
    case Backups::Reason::Merge:
        return QStringLiteral("before-merge");
    case Backups::Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    case Backups::Reason::Daily:
        return QStringLiteral("daily");
    case Backups::Reason::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

// FILE.TAG-YYYYMMDD-HHMMSS[-N].bak, TAG as tag() writes it (schema with its
// version for the copies Database takes before a migration).
QRegularExpression namePattern(const QString &databaseFileName)
{
    return QRegularExpression(
        QStringLiteral("^%1\\.(before-erasure|before-retention|before-merge|before-restore|daily|"
                       "manual|schema\\d+)-(\\d{8}-\\d{6})(?:-(\\d+))?\\.bak$")
            .arg(QRegularExpression::escape(databaseFileName)));
}

std::optional<Backups::Reason> reasonOfTag(const QString &t)
{
    if (t.startsWith(QLatin1StringView("schema")))
        return Backups::Reason::Migration;
    for (Backups::Reason r :
         {Backups::Reason::Erasure, Backups::Reason::Retention, Backups::Reason::Merge,
          Backups::Reason::BeforeRestore, Backups::Reason::Daily, Backups::Reason::Manual}) {
        if (tag(r) == t)
            return r;
    }
    return std::nullopt;
}

std::optional<Backups::Backup> parse(const QRegularExpression &pattern, const QFileInfo &file)
{
    const QRegularExpressionMatch m = pattern.match(file.fileName());
    if (!m.hasMatch())
        return std::nullopt;
    const std::optional<Backups::Reason> reason = reasonOfTag(m.captured(1));
    QDateTime taken = QDateTime::fromString(m.captured(2), QLatin1StringView(stampFormat));
    if (!reason || !taken.isValid())
        return std::nullopt;
    taken.setTimeSpec(Qt::UTC);
    Backups::Backup b;
    b.path = file.absoluteFilePath();
    b.taken = taken;
    b.reason = *reason;
    b.size = file.size();
    b.sequence = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    return b;
}

bool newerFirst(const Backups::Backup &a, const Backups::Backup &b)
{
    if (a.taken != b.taken)
        return a.taken > b.taken;
    if (a.sequence != b.sequence)
        return a.sequence > b.sequence;
    return a.path > b.path;
}

QString newBackupPath(const QString &databasePath, Backups::Reason reason, const QDateTime &now)
{
    const QString stamp = now.toUTC().toString(QLatin1StringView(stampFormat));
    const QString base = Backups::folder(databasePath) + QLatin1Char('/') +
                         QFileInfo(databasePath).fileName() + QLatin1Char('.') + tag(reason) +
                         QLatin1Char('-') + stamp;
    // Within one second, each new backup (of any reason) numbers after those
    // already there, so that the order of the names is the order taken,
    // even after rotation has deleted the first of them.
    int sequence = 0;
    for (const Backups::Backup &b : Backups::list(databasePath)) {
        if (b.taken.toString(QLatin1StringView(stampFormat)) == stamp)
            sequence = std::max(sequence, b.sequence);
    }
    auto name = [&base](int n) {
        return n <= 1 ? base + QStringLiteral(".bak") : base + QStringLiteral("-%1.bak").arg(n);
    };
    int n = sequence + 1;
    while (QFileInfo::exists(name(n)) || QFileInfo(name(n)).isSymLink())
        ++n;
    return name(n);
}

int effectiveKeep(int keep)
{
    return keep > 0 ? std::min(keep, int(Backups::maximumKeep)) : Backups::keepCount();
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

// Flushes a file, or a folder's entries, to the disk.
bool syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.flush();
#endif
}

// A connection of our own, closed and removed when it goes out of scope.
class RawConnection
{
public:
    RawConnection(const QString &path, const QString &options)
        : m_name(QStringLiteral("podium-backups-%1").arg(s_counter.fetch_add(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    /** The first column of the first row, or an invalid QVariant with @p error. */
    QVariant scalar(const QString &sql, QString *error, const QVariantList &bindings = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql)) {
            *error = q.lastError().databaseText();
            return {};
        }
        for (const QVariant &v : bindings)
            q.addBindValue(v);
        if (!q.exec()) {
            *error = q.lastError().databaseText();
            return {};
        }
        const QVariant value = q.next() ? q.value(0) : QVariant(QString());
        if (!value.isValid() ||
            (q.lastError().isValid() && !q.lastError().databaseText().isEmpty())) {
            *error = q.lastError().databaseText();
            return {};
        }
        return value;
    }

    QStringList column(const QString &sql, QString *error)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        QStringList values;
        if (!q.exec(sql)) {
            *error = q.lastError().databaseText();
            return {};
        }
        while (q.next())
            values << q.value(0).toString();
        if (q.lastError().isValid() && !q.lastError().databaseText().isEmpty())
            *error = q.lastError().databaseText();
        return values;
    }

private:
    static inline std::atomic<int> s_counter{0};
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// A plain copy of a file that cannot be opened as a database (a damaged
// one), with its write-ahead log beside it under the copy's name, so that
// SQLite pairs them again if the copy is ever opened.
bool rawCopy(const QString &source, const QString &target, QString *error)
{
    const QStringList suffixes{QString(), QStringLiteral("-wal")};
    for (const QString &suffix : suffixes) {
        QFile in(source + suffix);
        if (!suffix.isEmpty() && !in.exists())
            continue;
        QFile out(target + suffix);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Podium::Backups", "Cannot read %1: %2")
                         .arg(shown(in.fileName()), in.errorString());
            return false;
        }
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *error = QCoreApplication::translate("Podium::Backups", "Cannot create %1: %2")
                         .arg(shown(out.fileName()), out.errorString());
            return false;
        }
        Platform::restrictToOwner(out.fileName());
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
                *error = QCoreApplication::translate("Podium::Backups", "Cannot read %1: %2")
                             .arg(shown(in.fileName()), in.errorString());
                removeWithCompanions(target);
                return false;
            }
            if (out.write(chunk) != chunk.size()) {
                *error = QCoreApplication::translate("Podium::Backups", "Cannot write %1: %2")
                             .arg(shown(out.fileName()), out.errorString());
                out.close();
                removeWithCompanions(target);
                return false;
            }
        }
        if (!out.flush()) {
            *error = QCoreApplication::translate("Podium::Backups", "Cannot write %1: %2")
                         .arg(shown(out.fileName()), out.errorString());
            out.close();
            removeWithCompanions(target);
            return false;
        }
    }
    return true;
}

bool looksDamaged(const QString &message)
{
    return message.contains(QLatin1StringView("malformed"), Qt::CaseInsensitive) ||
           message.contains(QLatin1StringView("not a database"), Qt::CaseInsensitive) ||
           message.contains(QLatin1StringView("corrupt"), Qt::CaseInsensitive);
}

} // namespace

int Backups::keepCount()
{
    bool ok = false;
    const int value = QSettings().value(QLatin1StringView(keepSettingKey), defaultKeep).toInt(&ok);
    return ok && value >= 1 ? std::min(value, int(maximumKeep)) : defaultKeep;
}

void Backups::setKeepCount(int count)
{
    QSettings().setValue(QLatin1StringView(keepSettingKey), std::clamp(count, 1, int(maximumKeep)));
}

QString Backups::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Migration:
        return QStringLiteral("migration");
    case Reason::Erasure:
        return QStringLiteral("erasure");
    case Reason::Retention:
        return QStringLiteral("retention");
    case Reason::Merge:
        return QStringLiteral("merge");
    case Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    case Reason::Daily:
        return QStringLiteral("daily");
    case Reason::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<Backups::Reason> Backups::reasonFromName(const QString &name)
{
    for (Reason r : {Reason::Migration, Reason::Erasure, Reason::Retention, Reason::Merge,
                     Reason::BeforeRestore, Reason::Daily, Reason::Manual}) {
        if (reasonName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString Backups::describe(Reason reason)
{
    switch (reason) {
    case Reason::Migration:
        return tr("Before an upgrade");
    case Reason::Erasure:
        return tr("Before an erasure");
    case Reason::Retention:
        return tr("Before anonymising");
    case Reason::Merge:
        return tr("Before a merge");
    case Reason::BeforeRestore:
        return tr("Before a restore");
    case Reason::Daily:
        return tr("Daily");
    case Reason::Manual:
        return tr("By hand");
    }
    return {};
}

bool Backups::appliesTo(const QString &location)
{
    return !location.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive) &&
           !location.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive);
}

QString Backups::folder(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath();
}

QList<Backups::Backup> Backups::list(const QString &databasePath)
{
    const QString name = QFileInfo(databasePath).fileName();
    const QRegularExpression pattern = namePattern(name);
    QList<Backup> backups;
    const QFileInfoList files = QDir(folder(databasePath))
                                    .entryInfoList({name + QStringLiteral(".*.bak")},
                                                   QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &file : files) {
        if (std::optional<Backup> b = parse(pattern, file))
            backups.append(*b);
    }
    std::sort(backups.begin(), backups.end(), newerFirst);
    return backups;
}

std::optional<Backups::Backup> Backups::describeFile(const QString &databasePath,
                                                     const QString &backupPath)
{
    const QFileInfo file(backupPath);
    if (file.absolutePath() != folder(databasePath) || !file.isFile())
        return std::nullopt;
    return parse(namePattern(QFileInfo(databasePath).fileName()), file);
}

bool Backups::canWrite(const QString &databasePath, QString *why)
{
    const QFileInfo dir(folder(databasePath));
    if (!dir.exists()) {
        if (why)
            *why = tr("The folder %1 does not exist.").arg(shown(dir.absoluteFilePath()));
        return false;
    }
    if (!dir.isWritable()) {
        if (why)
            *why = tr("The folder %1 is read-only, so no backup can be kept beside %2.")
                       .arg(shown(dir.absoluteFilePath()), QFileInfo(databasePath).fileName());
        return false;
    }
    return true;
}

QString Backups::take(const Database &database, Reason reason, QString *error, int keep)
{
    return takeAt(database, reason, Clock::nowUtc(), error, keep);
}

QString Backups::takeAt(const Database &database, Reason reason, const QDateTime &now,
                        QString *error, int keep)
{
    QString why;
    if (!appliesTo(database.path())) {
        if (error)
            *error = tr("Podium keeps no backups of a database on a server; the server's own "
                        "tools do (for example pg_dump).");
        return {};
    }
    if (!canWrite(database.path(), &why)) {
        if (error)
            *error = why;
        return {};
    }
    const QString target = newBackupPath(database.path(), reason, now);
    if (!database.saveCopy(target, error))
        return {};
    prune(database.path(), effectiveKeep(keep), {target});
    return target;
}

QStringList Backups::prune(const QString &databasePath, int keep, const QStringList &protect)
{
    keep = std::max(1, keep);
    QStringList kept;
    for (const QString &p : protect)
        kept << QFileInfo(p).absoluteFilePath();
    QHash<int, bool> reasonSeen;
    QStringList removed;
    int position = 0;
    for (const Backup &b : list(databasePath)) {
        const bool newestOfReason = !reasonSeen.value(int(b.reason));
        reasonSeen.insert(int(b.reason), true);
        const bool keepIt = position++ < keep || newestOfReason || kept.contains(b.path);
        if (keepIt)
            continue;
        removeWithCompanions(b.path);
        removed << b.path;
    }
    return removed;
}

bool Backups::dailyDue(const QString &databasePath, const QDateTime &now)
{
    const QList<Backup> backups = list(databasePath);
    if (backups.isEmpty())
        return true;
    const qint64 age = backups.first().taken.secsTo(now);
    // A backup "from the future" (a clock put back) does not hold up the next one.
    return age < 0 || age >= 24 * 60 * 60;
}

Backups::DailyResult Backups::takeDaily(const QString &databasePath, const QDateTime &now, int keep)
{
    DailyResult result;
    if (!appliesTo(databasePath)) {
        result.status = DailyResult::NotAFile;
        return result;
    }
    if (!dailyDue(databasePath, now)) {
        result.status = DailyResult::NotDue;
        return result;
    }
    if (!canWrite(databasePath, &result.message)) {
        result.status = DailyResult::Unwritable;
        return result;
    }
    Database::OpenOptions options;
    options.readOnly = true;
    Database::OpenResult opened = Database::open(databasePath, options);
    if (!opened.database) {
        result.message = opened.message;
        return result;
    }
    result.path = takeAt(*opened.database, Reason::Daily, now, &result.message, keep);
    result.status = result.path.isEmpty() ? DailyResult::Failed : DailyResult::Taken;
    return result;
}

bool Backups::verify(const QString &backupPath, QString *error)
{
    QString message;
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    const QFileInfo info(backupPath);
    if (!info.exists())
        return fail(tr("The backup %1 does not exist.").arg(shown(backupPath)));
    if (!info.isFile())
        return fail(tr("The backup %1 is not a file.").arg(shown(backupPath)));
    {
        QFile f(backupPath);
        if (!f.open(QIODevice::ReadOnly))
            return fail(
                tr("Cannot read the backup %1: %2").arg(shown(backupPath), f.errorString()));
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return fail(tr("%1 is not a Podium database (it is not an SQLite file).")
                            .arg(shown(backupPath)));
    }
    RawConnection raw(backupPath, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                      .arg(Database::busyTimeoutMs));
    if (!raw.isOpen())
        return fail(tr("Cannot open the backup %1: %2").arg(shown(backupPath), raw.error()));
    auto unreadable = [&](const QString &why) {
        return fail(looksDamaged(why)
                        ? tr("The backup %1 is damaged (%2).").arg(shown(backupPath), why)
                        : tr("Cannot read the backup %1: %2").arg(shown(backupPath), why));
    };
    const QVariant appId = raw.scalar(QStringLiteral("PRAGMA application_id"), &message);
    if (!appId.isValid())
        return unreadable(message);
    if (appId.toInt() != Database::applicationId)
        return fail(tr("%1 is not a Podium database (an SQLite file of another program).")
                        .arg(shown(backupPath)));
    const QVariant version = raw.scalar(QStringLiteral("PRAGMA user_version"), &message);
    if (!version.isValid())
        return unreadable(message);
    if (version.toInt() < 1)
        return fail(tr("%1 is not a Podium database (it has no schema).").arg(shown(backupPath)));
    if (version.toInt() > Database::latestSchemaVersion())
        return fail(tr("%1 was written by a newer version of Podium (schema %2; this version "
                       "reads up to %3).")
                        .arg(shown(backupPath))
                        .arg(version.toInt())
                        .arg(Database::latestSchemaVersion()));
    const QStringList problems = raw.column(QStringLiteral("PRAGMA integrity_check(20)"), &message);
    if (!message.isEmpty())
        return unreadable(message);
    if (problems != QStringList{QStringLiteral("ok")})
        return fail(tr("The backup %1 is damaged: %2")
                        .arg(shown(backupPath), problems.mid(0, 3).join(QStringLiteral("; "))));
    return true;
}

bool Backups::restore(const QString &databasePath, const QString &backupPath,
                      QString *beforeRestore, QString *error)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    const QString unchanged = tr("%1 is unchanged.").arg(shown(target));
    auto fail = [&](const QString &text) {
        if (error)
            *error = text + QLatin1Char(' ') + unchanged;
        return false;
    };
    if (!appliesTo(databasePath))
        return fail(tr("A database on a server is restored with the server's tools."));
    if (source == target)
        return fail(tr("A file cannot be restored from itself."));
    // 1. The backup must be sound before anything is touched.
    QString message;
    if (!verify(source, &message))
        return fail(message);
    if (!canWrite(target, &message))
        return fail(message);
    if (QFileInfo(target).exists() && !QFileInfo(target).isFile())
        return fail(tr("%1 is not a file.").arg(shown(target)));

    // 2. The file as it is now, kept as a backup of its own.
    QString before;
    const QDateTime now = Clock::nowUtc();
    if (QFileInfo::exists(target)) {
        Database::OpenResult current = Database::open(target, {});
        if (current.database) {
            before = newBackupPath(target, Reason::BeforeRestore, now);
            if (!current.database->saveCopy(before, &message))
                return fail(tr("Cannot keep a copy of the file as it is: %1").arg(message));
        } else {
            // Damaged, or not a database at all: keep its bytes as they are.
            before = newBackupPath(target, Reason::BeforeRestore, now);
            if (!rawCopy(target, before, &message))
                return fail(tr("Cannot keep a copy of the file as it is: %1").arg(message));
        }
    }
    auto failAfterCopy = [&](const QString &text) {
        if (!before.isEmpty())
            removeWithCompanions(before);
        return fail(text);
    };

    // 3. Nobody else may have the file open: leaving WAL mode needs every
    // other connection gone, and writes the log back into the file. A file
    // too damaged to answer is replaced all the same.
    if (QFileInfo::exists(target)) {
        RawConnection raw(target, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QString why = raw.error();
        QVariant mode;
        if (raw.isOpen())
            mode = raw.scalar(QStringLiteral("PRAGMA journal_mode = DELETE"), &why);
        const bool answered = raw.isOpen() && mode.isValid();
        if (answered && mode.toString().toLower() != QLatin1StringView("delete"))
            return failAfterCopy(
                tr("%1 is in use (journal mode %2).").arg(shown(target), mode.toString()));
        // In rollback-journal mode, an exclusive lock is refused while any
        // other connection is reading.
        if (answered && !raw.scalar(QStringLiteral("BEGIN EXCLUSIVE"), &why).isValid() &&
            !looksDamaged(why))
            return failAfterCopy(
                tr("%1 is open in another window or program (%2); close it there first.")
                    .arg(shown(target), why));
        if (answered)
            raw.scalar(QStringLiteral("ROLLBACK"), &why);
        if (!answered && !looksDamaged(why))
            return failAfterCopy(
                tr("%1 is open in another window or program (%2); close it there first.")
                    .arg(shown(target), why));
    }

    // 4. The backup's content into a temporary file beside the database,
    // flushed to the disk, then renamed over it.
    QTemporaryFile temp(folder(target) + QLatin1Char('/') + QFileInfo(target).fileName() +
                        QStringLiteral(".restore-XXXXXX"));
    if (!temp.open())
        return failAfterCopy(tr("Cannot create a temporary file in %1: %2")
                                 .arg(shown(folder(target)), temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();
    Platform::restrictToOwner(tempPath);
    // VACUUM INTO fills the empty file with a consistent, compact copy that
    // includes anything still in the backup's own write-ahead log.
    {
        RawConnection raw(source, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                      .arg(Database::busyTimeoutMs));
        if (!raw.isOpen())
            return failAfterCopy(
                tr("Cannot open the backup %1: %2").arg(shown(source), raw.error()));
        QString why;
        if (!raw.scalar(QStringLiteral("VACUUM INTO ?"), &why, {tempPath}).isValid())
            return failAfterCopy(tr("Cannot copy the backup %1: %2").arg(shown(source), why));
    }
    if (!syncToDisk(tempPath))
        return failAfterCopy(tr("Cannot flush %1 to the disk.").arg(shown(tempPath)));
    // The old file's journal and log must not be applied to the new one.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString companion = target + QLatin1StringView(suffix);
        if (QFileInfo::exists(companion) && !QFile::remove(companion))
            return failAfterCopy(tr("Cannot remove %1.").arg(shown(companion)));
    }
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(target).constData()) !=
        0)
        return failAfterCopy(tr("Cannot replace %1: %2")
                                 .arg(shown(target), QString::fromLocal8Bit(strerror(errno))));
#else
    QFile::remove(target);
    if (!QFile::rename(tempPath, target))
        return failAfterCopy(tr("Cannot replace %1.").arg(shown(target)));
#endif
    temp.setAutoRemove(false);
    syncToDisk(folder(target));

    prune(target, keepCount(), {before, source});
    if (beforeRestore)
        *beforeRestore = before;
    return true;
}

} // namespace Podium
