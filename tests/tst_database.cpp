// Opening, creating, migrating, refusing and copying Podium database files,
// the pragmas every connection gets, and the transaction guard.
//
// The transaction guard and a fresh database's tables are checked on both
// backends (a file, or the PostgreSQL server of PODIUM_TEST_SERVER, see
// testdatabase.h); what concerns SQLite files themselves (creating, refusing
// and migrating files, pragmas, journal modes, copies) is registered only for
// the file backend: see fileOnlyFunctions at the end. tst_postgres checks the
// server's side of opening and refusing.
#include "domain/demodata.h"
#include "storage/database.h"
#include "storage/sqlscript.h"
#include "storage/transaction.h"
#include "testdatabase.h"
#include "util/clock.h"
#include "util/platform.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>

using namespace Podium;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Names and sizes of everything in a folder, to see that an open left
// nothing behind.
QStringList listing(const QString &folder)
{
    QStringList out;
    const QFileInfoList entries = QDir(folder).entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &e : entries)
        out << QStringLiteral("%1 (%2)").arg(e.fileName()).arg(e.isDir() ? -1 : e.size());
    return out;
}

// A read-only connection to a WAL-mode file creates an empty -wal and a -shm
// beside it and, unable to check that no one else uses them, leaves them
// there (SQLite's documented behaviour since 3.22); the next writer's clean
// close removes them. They hold no data, so they do not count as a change.
QStringList withoutReadOnlyCompanions(QStringList entries)
{
    entries.removeIf([](const QString &e) {
        return e.endsWith(QLatin1StringView("-wal (0)")) ||
               (e.contains(QLatin1StringView("-shm (")));
    });
    return entries;
}

bool isPrivate(const QString &path)
{
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (p & others) == 0 && (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner);
}

// A plain SQLite connection beside Podium's, as another program (or the
// sqlite3 shell) would make it: no pragmas, no checks.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &options = {})
        : m_name(QStringLiteral("raw-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
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

    QString exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) ? QString() : sql + QStringLiteral(": ") + q.lastError().text();
    }

    QString execAll(const QStringList &statements) const
    {
        for (const QString &s : statements) {
            const QString failure = exec(s);
            if (!failure.isEmpty())
                return failure;
        }
        return {};
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

QString migrationScript(int version)
{
    const QStringList names =
        QDir(QStringLiteral(":/sql"))
            .entryList({QStringLiteral("%1_*.sql").arg(version, 4, 10, QLatin1Char('0'))},
                       QDir::Files);
    if (names.size() != 1)
        return {};
    QFile f(QStringLiteral(":/sql/") + names.constFirst());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Leaves free pages in the file: a copy made by VACUUM INTO has none, a
// byte-for-byte copy keeps them.
QString leaveFreePages(const RawConnection &raw)
{
    return raw.execAll({QStringLiteral("CREATE TABLE filler (x BLOB)"),
                        QStringLiteral("INSERT INTO filler SELECT randomblob(4000) FROM "
                                       "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                       "FROM n WHERE i < 50) SELECT i FROM n)"),
                        QStringLiteral("DROP TABLE filler")});
}

// A file as an older Podium left it: the first @p version migrations, each
// stamped as Podium stamps them. Version 0 with @p stampHeader is a file that
// carries Podium's application_id and nothing else.
QString buildAtVersion(const QString &path, int version, bool stampHeader)
{
    RawConnection raw(path);
    if (!raw.isOpen())
        return QStringLiteral("cannot open %1").arg(path);
    for (int v = 1; v <= version; ++v) {
        const QString script = migrationScript(v);
        if (script.isEmpty())
            return QStringLiteral("migration %1 not found").arg(v);
        QString failure = raw.exec(QStringLiteral("BEGIN"));
        if (failure.isEmpty())
            failure = raw.execAll(splitSqlScript(script));
        if (failure.isEmpty())
            failure = raw.execAll(
                {QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
                 QStringLiteral("PRAGMA user_version = %1").arg(v), QStringLiteral("COMMIT")});
        if (!failure.isEmpty())
            return failure;
    }
    if (version == 0 && stampHeader) {
        const QString failure =
            raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
        if (!failure.isEmpty())
            return failure;
    }
    if (version > 0 || stampHeader)
        return leaveFreePages(raw);
    return {};
}

QString createPodiumFile(const QString &path)
{
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(path, options);
    if (!opened.database)
        return opened.message;
    QString error;
    if (!opened.database->execute(
            QStringLiteral("INSERT INTO organisation (name, name_key, created_at, modified_at) "
                           "VALUES ('Stiftung Entwicklung und Frieden', 'stiftung entwicklung und "
                           "frieden', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"),
            &error))
        return error;
    return {};
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

enum class Build {
    Nothing,
    MissingFolder,
    Folder,
    EmptyFile,
    TextFile,
    RandomBytes,
    HeaderThenGarbage,
    EmptySqlite,
    OtherProgram,
    OtherProgramWal,
    TooNew,
    TruncatedWal,
    TruncatedDelete,
    FirstPageThenGarbage,
    NeedsUpgrade,
};

} // namespace

Q_DECLARE_METATYPE(Build)
Q_DECLARE_METATYPE(Database::ErrorKind)

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void migrationsAreNumberedWithoutGaps();
    void grownFileIsAnalysedOnOpening();
    void sampledStatisticsAreMadeExact();
    void createsNewFile_data();
    void createsNewFile();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void migrationBackupNeverOverwritesAnother();
    void refusals_data();
    void refusals();
    void pragmas_data();
    void pragmas();
    void networkFileSystemTypes_data();
    void networkFileSystemTypes();
    void journalModeFollowsFileSystem();
    void readOnlyOpenReads();
    void readOnlyCreateRefused();
    void freshDatabaseIsSane();

    void transactionRollsBackUnlessCommitted_data();
    void transactionRollsBackUnlessCommitted();
    void nestedGuardsBecomeSavepoints_data();
    void nestedGuardsBecomeSavepoints();
    void commitFailureIsReported();
    void outerCommitWaitsForInner();
    void innerGuardAfterOuterRollbackIsInert();

    void saveCopyMakesPrivateValidCopy();
    void saveCopyRefusesExistingTarget();
    void saveCopyRefusesMissingFolder();

    void scriptsKeepDollarQuotedBodies();

private:
    std::unique_ptr<Database> createDatabase(const QString &name = QStringLiteral("podium.db"));
    qint64 count(Database &db, const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
    // The server's databases, when PODIUM_TEST_SERVER names one.
    Testing::TestDatabases m_databases;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::cleanup()
{
    Clock::setSource({});
    m_dir.reset();
    m_databases.dropAll();
}

std::unique_ptr<Database> TestDatabase::createDatabase(const QString &name)
{
    Database::OpenOptions options;
    options.create = true;
    auto opened = Testing::TestDatabases::onServer()
                      ? m_databases.create(name)
                      : Database::open(m_dir->filePath(name), options);
    if (!opened.database)
        qWarning("%s", qPrintable(opened.message));
    return std::move(opened.database);
}

qint64 TestDatabase::count(Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

void TestDatabase::migrationsAreNumberedWithoutGaps()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QStringList names = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
    QVERIFY(!names.isEmpty());
    int expected = 1;
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        QVERIFY2(match.hasMatch(), qPrintable(name));
        QCOMPARE(match.captured(1).toInt(), expected);
        ++expected;
    }
    QCOMPARE(Database::latestSchemaVersion(), int(names.size()));
    // PostgreSQL's dialect has the same steps, under the same names.
    QCOMPARE(QDir(QStringLiteral(":/sql/postgresql")).entryList(QDir::Files, QDir::Name), names);
}

void TestDatabase::createsNewFile_data()
{
    QTest::addColumn<bool>("emptyFileFirst");
    QTest::newRow("no file yet") << false;
    QTest::newRow("empty file") << true;
}

void TestDatabase::createsNewFile()
{
    QFETCH(bool, emptyFileFirst);
    const QString path = m_dir->filePath(QStringLiteral("new.podium"));
    if (emptyFileFirst)
        QVERIFY(writeFile(path, {}));
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(path, options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    QCOMPARE(opened.error, Database::ErrorKind::None);
    Database &db = *opened.database;
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
    QCOMPARE(db.path(), path);
    QVERIFY(!db.isReadOnly());
    // A new file has nothing to keep a copy of.
    QVERIFY(db.migrationBackupPath().isEmpty());
    QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'event'"))
                .toInt() == 1);
    if (!emptyFileFirst) {
        QVERIFY2(isPrivate(path), qPrintable(QString::number(QFileInfo(path).permissions(), 16)));
        // SQLite gives its companions the file's own permissions.
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(isPrivate(path + QStringLiteral("-wal")));
    }
    opened.database.reset();
    // Nothing but the file itself remains once it is closed.
    QCOMPARE(listing(m_dir->path()),
             QStringList{QStringLiteral("new.podium (%1)").arg(QFileInfo(path).size())});
}

void TestDatabase::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("stampHeader");
    QTest::addColumn<bool>("expectBackup");

    QTest::newRow("version 0, empty file") << 0 << false << false;
    QTest::newRow("version 0, Podium header only") << 0 << true << true;
    for (int v = 1; v < Database::latestSchemaVersion(); ++v)
        QTest::newRow(qPrintable(QStringLiteral("version %1").arg(v))) << v << true << true;
}

void TestDatabase::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);
    QFETCH(bool, stampHeader);
    QFETCH(bool, expectBackup);

    const QString path = m_dir->filePath(QStringLiteral("old.podium"));
    const QString built = buildAtVersion(path, version, stampHeader);
    QVERIFY2(built.isEmpty(), qPrintable(built));
    QStringList oldObjects;
    qint64 oldFreePages = 0;
    {
        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), version);
        oldObjects = raw.column(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master "
                                               "ORDER BY name"));
        oldFreePages = raw.scalar(QStringLiteral("PRAGMA freelist_count")).toLongLong();
    }
    if (expectBackup)
        QVERIFY(oldFreePages > 0);

    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(path, options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    Database &db = *opened.database;
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

    const QString backup = db.migrationBackupPath();
    opened.database.reset();
    if (!expectBackup) {
        QVERIFY(backup.isEmpty());
        QCOMPARE(listing(m_dir->path()).size(), 1);
        return;
    }
    QVERIFY(!backup.isEmpty());
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    // Beside the file, named after it.
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY2(QFileInfo(backup).fileName().startsWith(QStringLiteral("old.podium.")),
             qPrintable(backup));
    QVERIFY(isPrivate(backup));
    {
        RawConnection raw(backup, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), version);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::applicationId);
        QCOMPARE(raw.column(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master ORDER "
                                           "BY name")),
                 oldObjects);
        // VACUUM INTO writes only live pages; a copy of the file's bytes
        // would have kept the free ones.
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA freelist_count")).toLongLong(), 0);
    }
    // The copy stays a valid database at the old version: opening it with
    // Podium upgrades it in turn.
    auto reopened = Database::open(backup, {});
    QVERIFY2(reopened.database, qPrintable(reopened.message));
    QCOMPARE(reopened.database->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::migrationBackupNeverOverwritesAnother()
{
    const QDateTime fixed(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    Clock::setSource([fixed] { return fixed; });
    const QString path = m_dir->filePath(QStringLiteral("old.podium"));
    const QString built = buildAtVersion(path, 0, true);
    QVERIFY2(built.isEmpty(), qPrintable(built));
    const QString taken = path + QStringLiteral(".schema0-20240102-030405.bak");
    QVERIFY(writeFile(taken, QByteArrayLiteral("an earlier copy")));

    auto opened = Database::open(path, {});
    QVERIFY2(opened.database, qPrintable(opened.message));
    const QString backup = opened.database->migrationBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(backup != taken);
    QVERIFY(QFileInfo::exists(backup));
    QFile earlier(taken);
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArrayLiteral("an earlier copy"));
}

void TestDatabase::refusals_data()
{
    QTest::addColumn<Build>("build");
    QTest::addColumn<bool>("create");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<Database::ErrorKind>("error");

    using K = Database::ErrorKind;
    QTest::newRow("newer schema version") << Build::TooNew << false << false << K::TooNew;
    QTest::newRow("newer schema version, create allowed")
        << Build::TooNew << true << false << K::TooNew;
    QTest::newRow("newer schema version, read-only") << Build::TooNew << false << true << K::TooNew;
    QTest::newRow("another program's database")
        << Build::OtherProgram << false << false << K::NotPodium;
    QTest::newRow("another program's database, create allowed")
        << Build::OtherProgram << true << false << K::NotPodium;
    QTest::newRow("another program's database in WAL mode")
        << Build::OtherProgramWal << false << false << K::NotPodium;
    QTest::newRow("text file") << Build::TextFile << false << false << K::NotPodium;
    QTest::newRow("text file, create allowed") << Build::TextFile << true << false << K::NotPodium;
    QTest::newRow("random bytes") << Build::RandomBytes << false << false << K::NotPodium;
    QTest::newRow("SQLite header, then garbage")
        << Build::HeaderThenGarbage << false << false << K::Damaged;
    QTest::newRow("empty file without create")
        << Build::EmptyFile << false << false << K::NotPodium;
    QTest::newRow("empty SQLite database without create")
        << Build::EmptySqlite << false << false << K::NotPodium;
    QTest::newRow("truncated Podium database, WAL mode")
        << Build::TruncatedWal << false << false << K::Damaged;
    QTest::newRow("truncated Podium database, rollback journal")
        << Build::TruncatedDelete << false << false << K::Damaged;
    QTest::newRow("Podium database, garbage after its first page")
        << Build::FirstPageThenGarbage << false << false << K::Damaged;
    QTest::newRow("truncated Podium database, read-only")
        << Build::TruncatedWal << false << true << K::Damaged;
    QTest::newRow("missing file") << Build::Nothing << false << false << K::Missing;
    QTest::newRow("missing file, read-only") << Build::Nothing << false << true << K::Missing;
    QTest::newRow("missing folder") << Build::MissingFolder << false << false << K::Missing;
    QTest::newRow("missing folder, create allowed")
        << Build::MissingFolder << true << false << K::Missing;
    QTest::newRow("a folder, not a file") << Build::Folder << false << false << K::NotPodium;
    QTest::newRow("old schema, read-only") << Build::NeedsUpgrade << false << true << K::ReadOnly;
}

void TestDatabase::refusals()
{
    QFETCH(Build, build);
    QFETCH(bool, create);
    QFETCH(bool, readOnly);
    QFETCH(Database::ErrorKind, error);

    QString path = m_dir->filePath(QStringLiteral("file.podium"));
    switch (build) {
    case Build::Nothing:
        break;
    case Build::MissingFolder:
        path = m_dir->filePath(QStringLiteral("no such folder/file.podium"));
        break;
    case Build::Folder:
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("file.podium")));
        break;
    case Build::EmptyFile:
        QVERIFY(writeFile(path, {}));
        break;
    case Build::TextFile:
        QVERIFY(writeFile(path, QStringLiteral("Gästeliste\nLaura Valdés Cano; Łódź\n").toUtf8()));
        break;
    case Build::RandomBytes:
        QVERIFY(writeFile(path, randomBytes(8192, 1)));
        break;
    case Build::HeaderThenGarbage:
        QVERIFY(writeFile(path, QByteArray("SQLite format 3\0", 16) + randomBytes(8176, 2)));
        break;
    case Build::EmptySqlite: {
        RawConnection raw(path);
        QCOMPARE(
            raw.execAll({QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t")}),
            QString());
        break;
    }
    case Build::OtherProgram:
    case Build::OtherProgramWal: {
        RawConnection raw(path);
        if (build == Build::OtherProgramWal)
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString(),
                     QStringLiteral("wal"));
        QCOMPARE(raw.execAll({QStringLiteral("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, "
                                             "title TEXT)"),
                              QStringLiteral("INSERT INTO moz_bookmarks (title) VALUES ('Podium')"),
                              QStringLiteral("PRAGMA user_version = 1")}),
                 QString());
        break;
    }
    case Build::TooNew: {
        QCOMPARE(createPodiumFile(path), QString());
        RawConnection raw(path);
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = %1")
                              .arg(Database::latestSchemaVersion() + 1)),
                 QString());
        break;
    }
    case Build::TruncatedWal:
    case Build::TruncatedDelete: {
        const QString whole = m_dir->filePath(QStringLiteral("whole.podium"));
        QCOMPARE(createPodiumFile(whole), QString());
        if (build == Build::TruncatedDelete) {
            RawConnection raw(whole);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode = DELETE")).toString(),
                     QStringLiteral("delete"));
        }
        qint64 pageSize = 0;
        {
            RawConnection raw(whole);
            pageSize = raw.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
            QVERIFY(raw.scalar(QStringLiteral("PRAGMA page_count")).toLongLong() > 3);
        }
        QFile f(whole);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(path, f.read(3 * pageSize)));
        f.close();
        QVERIFY(f.remove());
        break;
    }
    case Build::FirstPageThenGarbage: {
        // The first page (the header and the list of tables) is intact; the
        // tables' pages are noise, as after a disk error.
        const QString whole = m_dir->filePath(QStringLiteral("whole.podium"));
        QCOMPARE(createPodiumFile(whole), QString());
        qint64 pageSize = 0;
        {
            RawConnection raw(whole);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode = DELETE")).toString(),
                     QStringLiteral("delete"));
            pageSize = raw.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
        }
        QFile f(whole);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(f.remove());
        QVERIFY(bytes.size() > 4 * pageSize);
        quint32 noise = 0x9e3779b9;
        for (qint64 i = pageSize; i < bytes.size(); ++i) {
            noise = noise * 1664525 + 1013904223;
            bytes[i] = char(noise >> 24);
        }
        QVERIFY(writeFile(path, bytes));
        break;
    }
    case Build::NeedsUpgrade: {
        const QString built = buildAtVersion(path, 0, true);
        QVERIFY2(built.isEmpty(), qPrintable(built));
        break;
    }
    }

    const QStringList before = listing(m_dir->path());
    const QByteArray hash = fileHash(path);

    Database::OpenOptions options;
    options.create = create;
    options.readOnly = readOnly;
    auto opened = Database::open(path, options);
    QVERIFY(!opened.database);
    QCOMPARE(opened.error, error);
    QVERIFY2(opened.message.contains(QDir::toNativeSeparators(path)), qPrintable(opened.message));

    // Untouched, byte for byte, and nothing left beside it.
    QCOMPARE(fileHash(path), hash);
    if (readOnly)
        QCOMPARE(withoutReadOnlyCompanions(listing(m_dir->path())), before);
    else
        QCOMPARE(listing(m_dir->path()), before);
    if (build == Build::MissingFolder)
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
}

void TestDatabase::pragmas_data()
{
    QTest::addColumn<bool>("reopen");
    QTest::newRow("new file") << false;
    QTest::newRow("reopened file") << true;
}

void TestDatabase::pragmas()
{
    QFETCH(bool, reopen);
    auto db = createDatabase();
    QVERIFY(db);
    if (reopen) {
        const QString path = db->path();
        db.reset();
        auto opened = Database::open(path, {});
        QVERIFY2(opened.database, qPrintable(opened.message));
        db = std::move(opened.database);
        QVERIFY(db->migrationBackupPath().isEmpty());
    }
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::busyTimeoutMs);
    QVERIFY(Database::busyTimeoutMs > 0);
    const QString mode = db->scalar(QStringLiteral("PRAGMA journal_mode")).toString();
    QCOMPARE(db->journalMode(), mode);
    // The temporary folder of a test machine is local.
    QCOMPARE(mode, QStringLiteral("wal"));

    // Foreign keys are enforced, not just switched on.
    QString error;
    QVERIFY(!db->execute(QStringLiteral("INSERT INTO room (venue_id, name, created_at, "
                                        "modified_at) VALUES (999, 'Saal', '2024-01-01T00:00:00Z', "
                                        "'2024-01-01T00:00:00Z')"),
                         &error));
    QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(error));
}

void TestDatabase::networkFileSystemTypes_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("network");

    QTest::newRow("nfs") << QByteArrayLiteral("nfs") << true;
    QTest::newRow("nfs4") << QByteArrayLiteral("nfs4") << true;
    QTest::newRow("cifs") << QByteArrayLiteral("cifs") << true;
    QTest::newRow("smb3") << QByteArrayLiteral("smb3") << true;
    QTest::newRow("smbfs") << QByteArrayLiteral("smbfs") << true;
    QTest::newRow("sshfs") << QByteArrayLiteral("fuse.sshfs") << true;
    QTest::newRow("9p (WSL, VM shares)") << QByteArrayLiteral("9p") << true;
    QTest::newRow("GNOME network mount") << QByteArrayLiteral("fuse.gvfsd-fuse") << true;
    QTest::newRow("VirtualBox shared folder") << QByteArrayLiteral("vboxsf") << true;
    QTest::newRow("upper case") << QByteArrayLiteral("NFS") << true;
    QTest::newRow("ext4") << QByteArrayLiteral("ext4") << false;
    QTest::newRow("tmpfs") << QByteArrayLiteral("tmpfs") << false;
    QTest::newRow("btrfs") << QByteArrayLiteral("btrfs") << false;
    QTest::newRow("xfs") << QByteArrayLiteral("xfs") << false;
    QTest::newRow("overlay") << QByteArrayLiteral("overlay") << false;
    QTest::newRow("ntfs") << QByteArrayLiteral("ntfs3") << false;
    QTest::newRow("nfsd control file system") << QByteArrayLiteral("nfsd") << false;
    QTest::newRow("unknown") << QByteArray() << false;
}

void TestDatabase::networkFileSystemTypes()
{
    QFETCH(QByteArray, type);
    QFETCH(bool, network);
    QCOMPARE(Platform::isNetworkFileSystemType(type), network);
}

void TestDatabase::journalModeFollowsFileSystem()
{
    // The decision Database makes for a file is the one the type table gives
    // for the file system it is on; on a local one, that is WAL.
    const QString path = m_dir->filePath(QStringLiteral("podium.db"));
    const QByteArray type = Platform::fileSystemType(path);
    QVERIFY(!type.isEmpty());
    QCOMPARE(Platform::isOnNetworkFileSystem(path), Platform::isNetworkFileSystemType(type));
    QCOMPARE(Platform::fileSystemType(m_dir->path()), type);
    auto db = createDatabase();
    QVERIFY(db);
    QCOMPARE(db->journalMode(), Platform::isNetworkFileSystemType(type) ? QStringLiteral("delete")
                                                                        : QStringLiteral("wal"));
}

void TestDatabase::readOnlyOpenReads()
{
    const QString path = m_dir->filePath(QStringLiteral("podium.db"));
    QCOMPARE(createPodiumFile(path), QString());
    const QByteArray hash = fileHash(path);
    const QStringList before = listing(m_dir->path());
    {
        Database::OpenOptions options;
        options.readOnly = true;
        auto opened = Database::open(path, options);
        QVERIFY2(opened.database, qPrintable(opened.message));
        Database &db = *opened.database;
        QVERIFY(db.isReadOnly());
        QVERIFY(!db.readOnlyReason().isEmpty());
        QCOMPARE(count(db, QStringLiteral("organisation")), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM organisation")).toString(),
                 QStringLiteral("Stiftung Entwicklung und Frieden"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QString error;
        QVERIFY(!db.execute(QStringLiteral("DELETE FROM organisation"), &error));
        QVERIFY2(error.contains(QStringLiteral("readonly")), qPrintable(error));
        Transaction tx(db);
        QVERIFY(!db.execute(QStringLiteral("DELETE FROM organisation"), &error));
        QVERIFY2(error.contains(QStringLiteral("readonly")), qPrintable(error));
    }
    QCOMPARE(fileHash(path), hash);
    QCOMPARE(withoutReadOnlyCompanions(listing(m_dir->path())), before);
    // A writer afterwards finds the file as it was, and tidies up.
    {
        auto opened = Database::open(path, {});
        QVERIFY2(opened.database, qPrintable(opened.message));
        QCOMPARE(count(*opened.database, QStringLiteral("organisation")), 1);
    }
    QCOMPARE(listing(m_dir->path()), before);
}

void TestDatabase::readOnlyCreateRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("podium.db"));
    Database::OpenOptions options;
    options.create = true;
    options.readOnly = true;
    auto opened = Database::open(path, options);
    QVERIFY(!opened.database);
    QCOMPARE(opened.error, Database::ErrorKind::ReadOnly);
    QVERIFY2(opened.message.contains(QDir::toNativeSeparators(path)), qPrintable(opened.message));
    QVERIFY(listing(m_dir->path()).isEmpty());
}

void TestDatabase::freshDatabaseIsSane()
{
    auto db = createDatabase();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    if (db->isServer()) {
        QCOMPARE(db->backend(), Database::Backend::PostgreSQL);
    } else {
        QCOMPARE(db->backend(), Database::Backend::SQLite);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QSqlQuery q = db->prepare(QStringLiteral("PRAGMA foreign_key_check"));
        QString error;
        QVERIFY2(Database::exec(q, &error), qPrintable(error));
        QVERIFY(!q.next());
    }
    // Every table the schema describes is there and empty.
    const QStringList tables{
        QStringLiteral("organisation"),   QStringLiteral("person"),  QStringLiteral("venue"),
        QStringLiteral("room"),           QStringLiteral("series"),  QStringLiteral("event"),
        QStringLiteral("programme_item"), QStringLiteral("role"),    QStringLiteral("registration"),
        QStringLiteral("document"),       QStringLiteral("setting"), QStringLiteral("change_log")};
    for (const QString &table : tables)
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)), QVariant(0));
}

void TestDatabase::transactionRollsBackUnlessCommitted_data()
{
    QTest::addColumn<bool>("commit");
    QTest::addColumn<bool>("explicitRollback");
    QTest::addColumn<qint64>("rows");
    QTest::newRow("committed") << true << false << qint64(1);
    QTest::newRow("left without commit") << false << false << qint64(0);
    QTest::newRow("rolled back explicitly") << false << true << qint64(0);
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    QFETCH(bool, commit);
    QFETCH(bool, explicitRollback);
    QFETCH(qint64, rows);
    auto db = createDatabase();
    QVERIFY(db);
    {
        Transaction tx(*db);
        QVERIFY2(tx.isActive(), qPrintable(tx.error()));
        QVERIFY(db->execute(QStringLiteral("INSERT INTO setting (key, value, created_at, "
                                           "modified_at) VALUES ('a', '1', 'x', 'x')")));
        QCOMPARE(count(*db, QStringLiteral("setting")), 1);
        if (commit)
            QVERIFY2(tx.commit(), qPrintable(tx.error()));
        if (explicitRollback)
            tx.rollback();
    }
    QCOMPARE(count(*db, QStringLiteral("setting")), rows);
    // The connection is out of any transaction: a new guard begins one.
    Transaction next(*db);
    QVERIFY2(next.isActive(), qPrintable(next.error()));
    QVERIFY(next.commit());
}

void TestDatabase::nestedGuardsBecomeSavepoints_data()
{
    QTest::addColumn<bool>("innerCommits");
    QTest::addColumn<bool>("outerCommits");
    QTest::addColumn<QStringList>("kept");

    QTest::newRow("both commit") << true << true
                                 << QStringList{QStringLiteral("inner"), QStringLiteral("outer")};
    QTest::newRow("inner rolls back, outer's work kept")
        << false << true << QStringList{QStringLiteral("outer")};
    QTest::newRow("outer rolls back, inner's commit undone") << true << false << QStringList{};
    QTest::newRow("neither commits") << false << false << QStringList{};
}

void TestDatabase::nestedGuardsBecomeSavepoints()
{
    QFETCH(bool, innerCommits);
    QFETCH(bool, outerCommits);
    QFETCH(QStringList, kept);
    auto db = createDatabase();
    QVERIFY(db);
    const QString insert = QStringLiteral(
        "INSERT INTO setting (key, value, created_at, modified_at) VALUES ('%1', '', 'x', 'x')");
    {
        Transaction outer(*db);
        QVERIFY(outer.isActive());
        QVERIFY(db->execute(insert.arg(QStringLiteral("outer"))));
        {
            Transaction inner(*db);
            QVERIFY2(inner.isActive(), qPrintable(inner.error()));
            QVERIFY(db->execute(insert.arg(QStringLiteral("inner"))));
            if (innerCommits)
                QVERIFY2(inner.commit(), qPrintable(inner.error()));
        }
        // Work after the inner guard still belongs to the outer one.
        QVERIFY(
            db->execute(QStringLiteral("UPDATE setting SET value = 'seen' WHERE key = 'outer'")));
        if (outerCommits)
            QVERIFY2(outer.commit(), qPrintable(outer.error()));
    }
    QSqlQuery q = db->prepare(QStringLiteral("SELECT key FROM setting ORDER BY key"));
    QVERIFY(Database::exec(q));
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    QCOMPARE(keys, kept);
    if (kept.contains(QStringLiteral("outer")))
        QCOMPARE(db->setting(QStringLiteral("outer")), QStringLiteral("seen"));
}

void TestDatabase::commitFailureIsReported()
{
    auto db = createDatabase();
    QVERIFY(db);
    if (db->isServer()) {
        // A server ends a transaction in which a statement failed; its COMMIT
        // would quietly roll back. The guard reports the failure instead.
        Transaction tx(*db);
        QVERIFY(tx.isActive());
        QVERIFY(db->execute(QStringLiteral("INSERT INTO setting (key, created_at, modified_at) "
                                           "VALUES ('before', 'x', 'x')")));
        QVERIFY(!db->execute(QStringLiteral("INSERT INTO room (venue_id, name, created_at, "
                                            "modified_at) VALUES (999, 'Saal', 'x', 'x')")));
        QVERIFY(!tx.commit());
        QVERIFY2(tx.error().startsWith(QStringLiteral("Nothing was saved")),
                 qPrintable(tx.error()));
        QVERIFY(!tx.isActive());
        QVERIFY(!tx.commit());
    } else {
        Transaction tx(*db);
        QVERIFY(tx.isActive());
        // With deferred foreign keys, a dangling reference is found only at
        // COMMIT, which then fails.
        QVERIFY(db->execute(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
        QString error;
        QVERIFY2(db->execute(QStringLiteral("INSERT INTO room (venue_id, name, created_at, "
                                            "modified_at) VALUES (999, 'Saal', 'x', 'x')"),
                             &error),
                 qPrintable(error));
        QVERIFY(!tx.commit());
        QVERIFY2(tx.error().contains(QStringLiteral("FOREIGN KEY")), qPrintable(tx.error()));
        QVERIFY(!tx.isActive());
        QVERIFY(!tx.commit());
    }
    QCOMPARE(count(*db, QStringLiteral("room")), 0);
    Transaction next(*db);
    QVERIFY2(next.isActive(), qPrintable(next.error()));
    QVERIFY(db->execute(QStringLiteral("INSERT INTO setting (key, created_at, modified_at) "
                                       "VALUES ('after', 'x', 'x')")));
    QVERIFY2(next.commit(), qPrintable(next.error()));
    QCOMPARE(count(*db, QStringLiteral("setting")), 1);
}

void TestDatabase::outerCommitWaitsForInner()
{
    auto db = createDatabase();
    QVERIFY(db);
    {
        Transaction outer(*db);
        QVERIFY(outer.isActive());
        Transaction inner(*db);
        QVERIFY(inner.isActive());
        QVERIFY(db->execute(QStringLiteral("INSERT INTO setting (key, created_at, modified_at) "
                                           "VALUES ('inner', 'x', 'x')")));
        // Committing the outer guard now would commit the inner's work
        // behind its back.
        QVERIFY(!outer.commit());
        QVERIFY(!outer.error().isEmpty());
        QVERIFY(outer.isActive());
        inner.rollback();
        QVERIFY2(outer.commit(), qPrintable(outer.error()));
    }
    QCOMPARE(count(*db, QStringLiteral("setting")), 0);
}

void TestDatabase::innerGuardAfterOuterRollbackIsInert()
{
    auto db = createDatabase();
    QVERIFY(db);
    const QString insert = QStringLiteral(
        "INSERT INTO setting (key, created_at, modified_at) VALUES ('%1', 'x', 'x')");
    Transaction outer(*db);
    auto inner = std::make_unique<Transaction>(*db);
    QVERIFY(inner->isActive());
    outer.rollback();
    // A later transaction, with a savepoint at the same depth.
    Transaction later(*db);
    QVERIFY(later.isActive());
    QVERIFY(db->execute(insert.arg(QStringLiteral("later"))));
    Transaction laterInner(*db);
    QVERIFY(laterInner.isActive());
    QVERIFY(db->execute(insert.arg(QStringLiteral("later inner"))));
    // The stale guard must not roll back the new savepoint.
    inner.reset();
    QVERIFY2(laterInner.commit(), qPrintable(laterInner.error()));
    QVERIFY2(later.commit(), qPrintable(later.error()));
    QCOMPARE(count(*db, QStringLiteral("setting")), 2);
}

void TestDatabase::saveCopyMakesPrivateValidCopy()
{
    auto db = createDatabase();
    QVERIFY(db);
    QVERIFY(db->execute(
        QStringLiteral("INSERT INTO organisation (name, name_key, created_at, modified_at) VALUES "
                       "('Łódź Dialogue Forum', 'lodz dialogue forum', 'x', 'x'), "
                       "('Grüße e.V.', 'grusse e.v.', 'x', 'x')")));
    QVERIFY(db->execute(QStringLiteral("INSERT INTO setting (key, value, created_at, modified_at) "
                                       "VALUES ('name', 'Stiftung 🎉', 'x', 'x')")));
    const QString target = m_dir->filePath(QStringLiteral("copy.podium"));
    QString error;
    QVERIFY2(db->saveCopy(target, &error), qPrintable(error));
    QVERIFY(isPrivate(target));
    {
        RawConnection raw(target, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::applicationId);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
                 Database::latestSchemaVersion());
        QCOMPARE(
            raw.column(QStringLiteral("SELECT name FROM organisation ORDER BY id")),
            (QStringList{QStringLiteral("Łódź Dialogue Forum"), QStringLiteral("Grüße e.V.")}));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'name'")),
                 QVariant(QStringLiteral("Stiftung 🎉")));
    }
    auto copy = Database::open(target, {});
    QVERIFY2(copy.database, qPrintable(copy.message));
    QCOMPARE(count(*copy.database, QStringLiteral("organisation")), 2);
    QVERIFY(copy.database->migrationBackupPath().isEmpty());
}

void TestDatabase::saveCopyRefusesExistingTarget()
{
    auto db = createDatabase();
    QVERIFY(db);
    const QString target = m_dir->filePath(QStringLiteral("copy.podium"));
    QVERIFY(writeFile(target, QByteArrayLiteral("keep me")));
    const QByteArray hash = fileHash(target);
    QString error;
    QVERIFY(!db->saveCopy(target, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    QCOMPARE(fileHash(target), hash);

    // An empty file counts as existing too: VACUUM INTO would fill it.
    const QString empty = m_dir->filePath(QStringLiteral("empty.podium"));
    QVERIFY(writeFile(empty, {}));
    QVERIFY(!db->saveCopy(empty, &error));
    QCOMPARE(QFileInfo(empty).size(), 0);
}

void TestDatabase::saveCopyRefusesMissingFolder()
{
    auto db = createDatabase();
    QVERIFY(db);
    const QString target = m_dir->filePath(QStringLiteral("nowhere/copy.podium"));
    QString error;
    QVERIFY(!db->saveCopy(target, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(target));
}

// A file that has grown past Database::analyseFromRegistrations without ever
// being analysed gets planner statistics when it is opened for writing; a
// small one is left alone (its plans do not matter).
void TestDatabase::grownFileIsAnalysedOnOpening()
{
    const QString path = m_dir->filePath(QStringLiteral("grown.podium"));
    auto statistics = [](Database &db) {
        if (db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                     "'sqlite_stat1'"))
                .toInt() == 0)
            return 0;
        return db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_stat1")).toInt();
    };
    {
        auto db = createDatabase(QStringLiteral("grown.podium"));
        QVERIFY(db);
        QString error;
        QVERIFY2(DemoData::populate(*db, QDate(2026, 11, 29), &error), qPrintable(error));
    }
    // Changes made outside Podium, on a plain connection: the statistics
    // forgotten (as in a file from an older version), then many registrations.
    auto outside = [&path](const QStringList &statements) {
        {
            QSqlDatabase plain =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
            plain.setDatabaseName(path);
            QVERIFY(plain.open());
            QSqlQuery q(plain);
            QVERIFY(q.exec(
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")));
            QVERIFY(q.next());
            if (q.value(0).toInt() > 0)
                QVERIFY(q.exec(QStringLiteral("DELETE FROM sqlite_stat1")));
            for (const QString &statement : statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("outside"));
    };
    outside({});
    {
        // Small (the demo's 64 registrations): opening does not analyse.
        auto opened = Database::open(path, {});
        QVERIFY(opened.database);
        QCOMPARE(statistics(*opened.database), 0);
    }
    outside({QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                 "INSERT INTO person (given_name, family_name, email, sort_key, search_key, "
                 "created_at, modified_at) SELECT 'Given', 'Family ' || i, 'p' || i || "
                 "'@example.org', 'family ' || i, 'p' || i, '2026-01-01T00:00:00Z', "
                 "'2026-01-01T00:00:00Z' FROM n"),
             QStringLiteral(
                 "INSERT INTO registration (person_id, event_id, created_at, modified_at) SELECT "
                 "p.id, e.id, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM person p, "
                 "event e WHERE p.email LIKE 'p%@example.org'")});
    // Grown past the threshold: the next writable open analyses it.
    auto opened = Database::open(path, {});
    QVERIFY(opened.database);
    QVERIFY(opened.database->scalar(QStringLiteral("SELECT count(*) FROM registration")).toInt() >=
            Database::analyseFromRegistrations);
    QVERIFY(
        opened.database
            ->scalar(QStringLiteral("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'registration'"))
            .toInt() > 0);
    // Tables of moderate size get exact figures, not a sample's guess: the
    // planner's choice of index for sorting depends on them.
    const int people =
        opened.database->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt();
    QVERIFY(people > 3000);
    const QString personStat =
        opened.database
            ->scalar(QStringLiteral("SELECT stat FROM sqlite_stat1 WHERE tbl = 'person' AND idx = "
                                    "'person_sort_idx'"))
            .toString();
    QCOMPARE(personStat.section(QLatin1Char(' '), 0, 0).toInt(), people);
}

// The planner's figures for a table of moderate size are exact, whoever
// wrote them: a sample's guess (from PRAGMA optimize, or an earlier version)
// is replaced on opening, and closing refreshes a table as opening would.
void TestDatabase::sampledStatisticsAreMadeExact()
{
    const QString path = m_dir->filePath(QStringLiteral("sampled.podium"));
    {
        auto db = createDatabase(QStringLiteral("sampled.podium"));
        QVERIFY(db);
        QString error;
        QVERIFY2(DemoData::populate(*db, QDate(2026, 11, 29), &error), qPrintable(error));
        QVERIFY(db->execute(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) "
            "INSERT INTO person (given_name, family_name, email, sort_key, search_key, "
            "created_at, modified_at) SELECT 'Given', 'Family ' || i, 'p' || i "
            "|| '@example.org', 'family ' || (i % 97), 'p' || i, "
            "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n")));
    }
    const auto estimates = [&path] {
        // Every index's row count as sqlite_stat1 has it, read outside Podium.
        QList<qint64> counts;
        {
            QSqlDatabase plain =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            plain.setDatabaseName(path);
            if (!plain.open())
                return counts;
            QSqlQuery q(plain);
            if (q.exec(QStringLiteral("SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 WHERE tbl "
                                      "= 'person' ORDER BY idx"))) {
                while (q.next())
                    counts << q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        return counts;
    };
    // A plain connection, outside Podium.
    const auto outside = [&path](const QString &statement) {
        QVariant first;
        {
            QSqlDatabase plain =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            plain.setDatabaseName(path);
            if (plain.open()) {
                QSqlQuery q(plain);
                // A sample's guess, as SQLite's own sampled ANALYZE writes it.
                if (q.exec(QStringLiteral("PRAGMA analysis_limit = 100")) && q.exec(statement) &&
                    q.next())
                    first = q.value(0);
                else if (q.lastError().isValid())
                    first = QStringLiteral("error: ") + q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        return first;
    };
    QCOMPARE(outside(QStringLiteral("ANALYZE person")), QVariant());
    const qint64 people = outside(QStringLiteral("SELECT count(*) FROM person")).toLongLong();
    QVERIFY(people > 6000);
    const QList<qint64> guessed = estimates();
    QVERIFY(!guessed.isEmpty());
    QVERIFY2(guessed != QList<qint64>(guessed.size(), people),
             "the sampled ANALYZE happened to be exact; the test proves nothing");

    // Opening for writing: exact again.
    {
        auto opened = Database::open(path, {});
        QVERIFY(opened.database);
    }
    QCOMPARE(estimates(), QList<qint64>(guessed.size(), people));

    // The figures gone for the people (as SQLite's optimize would find
    // them), the table used, and the file closed: analysed exactly.
    {
        auto opened = Database::open(path, {});
        QVERIFY(opened.database);
        QVERIFY(opened.database->execute(
            QStringLiteral("DELETE FROM sqlite_stat1 WHERE tbl = 'person'")));
        QVERIFY(opened.database->execute(QStringLiteral("ANALYZE sqlite_schema")));
        QVERIFY(opened.database
                    ->scalar(QStringLiteral("SELECT count(*) FROM person WHERE sort_key > 'f' "
                                            "AND organisation_key = ''"))
                    .toInt() > 0);
        QVERIFY(estimates().isEmpty());
    }
    QCOMPARE(estimates(), QList<qint64>(guessed.size(), people));
}

// PostgreSQL's function bodies are dollar-quoted; their semicolons do not
// end the statement.
void TestDatabase::scriptsKeepDollarQuotedBodies()
{
    const QString body = QStringLiteral("$$\nBEGIN\n    UPDATE t SET a = ';' WHERE id = NEW.id;\n"
                                        "    RETURN NULL;\nEND;\n$$");
    const QString tagged = QStringLiteral("$body$ SELECT 1; $$ still inside; $body$");
    const QString script =
        QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS %1;\n"
                       "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS %2;\n"
                       "SELECT $1, $2 FROM t;\nSELECT 'a$$b';\n")
            .arg(body, tagged);
    const QStringList expected{
        QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS ") + body,
        QStringLiteral("CREATE FUNCTION g() RETURNS int LANGUAGE sql AS ") + tagged,
        QStringLiteral("SELECT $1, $2 FROM t"), QStringLiteral("SELECT 'a$$b'")};
    QCOMPARE(splitSqlScript(script), expected);
    // An unclosed body runs to the end, as an unclosed string does.
    QCOMPARE(splitSqlScript(QStringLiteral("SELECT $$a; b")),
             QStringList{QStringLiteral("SELECT $$a; b")});
}

namespace {

// Functions about SQLite files themselves, registered only for the file
// backend (testdatabase.h); a server database's side of them is in
// tst_postgres.
const QStringList fileOnlyFunctions{
    QStringLiteral("grownFileIsAnalysedOnOpening"),
    QStringLiteral("sampledStatisticsAreMadeExact"),
    QStringLiteral("createsNewFile"),
    QStringLiteral("migratesFromEveryEarlierVersion"),
    QStringLiteral("migrationBackupNeverOverwritesAnother"),
    QStringLiteral("refusals"),
    QStringLiteral("pragmas"),
    QStringLiteral("journalModeFollowsFileSystem"),
    QStringLiteral("readOnlyOpenReads"),
    QStringLiteral("readOnlyCreateRefused"),
    QStringLiteral("saveCopyMakesPrivateValidCopy"),
    QStringLiteral("saveCopyRefusesExistingTarget"),
    QStringLiteral("saveCopyRefusesMissingFolder"),
};

} // namespace

PODIUM_BACKEND_TEST_MAIN(TestDatabase, fileOnlyFunctions)
#include "tst_database.moc"
