// The rotating backups of a database file and restoring them: the store in
// podium_core, the backup and restore commands, the daily backup when the
// window opens a file, and File ▸ Restore from Backup….
#include "backgroundbackup.h"
#include "backup/backups.h"
#include "domain/demodata.h"
#include "mainwindow.h"
#include "podiumrun.h"
#include "restorebackupdialog.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "storage/organisationsettings.h"
#include "storage/transaction.h"
#include "util/clock.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Podium;

using namespace PodiumRun;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser;
}

QDateTime at(const QString &iso)
{
    return Clock::fromStorage(iso);
}

QString foundationName(const QString &path)
{
    Database::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto opened = Database::open(path, readOnly);
    if (!opened.database)
        return QStringLiteral("<%1>").arg(opened.message);
    return OrganisationSettings::load(*opened.database).foundationName;
}

bool setFoundationName(Database &db, const QString &name)
{
    OrganisationSettings s = OrganisationSettings::load(db);
    s.foundationName = name;
    QString error;
    return s.save(db, &error);
}

QStringList namesOf(const QList<Backups::Backup> &backups)
{
    QStringList names;
    for (const Backups::Backup &b : backups)
        names << QFileInfo(b.path).fileName();
    return names;
}

ino_t inode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_ino;
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void backupIsPrivateAndNamed();
    void rotationKeepsNewestAndOneOfEachReason();
    void rotationLeavesOtherFilesAlone();
    void backupDuringWriteTransactionIsConsistent();
    void restoreRefusesBadBackups_data();
    void restoreRefusesBadBackups();
    void restoreReplacesAtomicallyAndKeepsBefore();
    void restoreRefusesFileOpenElsewhere();
    void dailyBackupOncePerDay();
    void windowTakesDailyBackupInBackground();
    void damagedFileOffersNewestBackup();
    void cliBackupListAndRestore();
    void cliBadInput();
    void cliKeepsTheConfiguredNumber();
    void cliErasureLeavesBackupInStore();
    void restoreDialogListsAndRestores();
    void settingsKeepCount();
    void settingsDialogSetsKeepCount();

private:
    std::unique_ptr<Database> createDemo(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestBackups::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PodiumTest"));
    QApplication::setApplicationName(QStringLiteral("PodiumBackupsTest"));
    QSettings().clear();
}

void TestBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("demo.podium"));
    Clock::setSource({});
    QSettings().remove(QLatin1StringView(Backups::keepSettingKey));
}

void TestBackups::cleanup()
{
    Clock::setSource({});
    m_dir.reset();
}

std::unique_ptr<Database> TestBackups::createDemo(const QString &path)
{
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(path, options);
    if (!opened.database)
        return {};
    QString error;
    if (!DemoData::populate(*opened.database, QDate(2026, 11, 29), &error))
        return {};
    if (!setFoundationName(*opened.database, QStringLiteral("Before")))
        return {};
    return std::move(opened.database);
}

void TestBackups::backupIsPrivateAndNamed()
{
    auto db = createDemo(m_path);
    QVERIFY(db);
    QString error;
    const QString path = Backups::takeAt(*db, Backups::Reason::Manual,
                                         at(QStringLiteral("2026-11-29T08:15:30Z")), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("demo.podium.manual-20261129-081530.bak"));
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(m_path).absolutePath());
    QCOMPARE(QFileInfo(path).permissions() & 0x7777, ownerOnly());
    QVERIFY2(Backups::verify(path, &error), qPrintable(error));
    // The same second again: a second name, never the first overwritten.
    const QString again = Backups::takeAt(*db, Backups::Reason::Manual,
                                          at(QStringLiteral("2026-11-29T08:15:30Z")), &error);
    QCOMPARE(QFileInfo(again).fileName(),
             QStringLiteral("demo.podium.manual-20261129-081530-2.bak"));

    const QList<Backups::Backup> list = Backups::list(m_path);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).path, again); // newest first
    QCOMPARE(list.at(0).reason, Backups::Reason::Manual);
    QCOMPARE(list.at(0).taken, at(QStringLiteral("2026-11-29T08:15:30Z")));
    QCOMPARE(list.at(0).size, QFileInfo(again).size());
    QVERIFY(list.at(0).size > 0);
}

void TestBackups::rotationKeepsNewestAndOneOfEachReason()
{
    auto db = createDemo(m_path);
    QVERIFY(db);
    QString error;
    const QDateTime start = at(QStringLiteral("2026-01-01T12:00:00Z"));
    const QString merge = Backups::takeAt(*db, Backups::Reason::Merge, start, &error, 3);
    QVERIFY2(!merge.isEmpty(), qPrintable(error));
    QStringList daily;
    for (int day = 1; day <= 6; ++day)
        daily << Backups::takeAt(*db, Backups::Reason::Daily, start.addDays(day), &error, 3);
    // The three newest, and the only backup taken before a merge.
    QCOMPARE(namesOf(Backups::list(m_path)),
             (QStringList{QFileInfo(daily.at(5)).fileName(), QFileInfo(daily.at(4)).fileName(),
                          QFileInfo(daily.at(3)).fileName(), QFileInfo(merge).fileName()}));
    QVERIFY(!QFileInfo::exists(daily.at(0)));

    // A second merge copy makes the first one an ordinary old backup.
    const QString merge2 =
        Backups::takeAt(*db, Backups::Reason::Merge, start.addDays(7), &error, 3);
    QCOMPARE(namesOf(Backups::list(m_path)),
             (QStringList{QFileInfo(merge2).fileName(), QFileInfo(daily.at(5)).fileName(),
                          QFileInfo(daily.at(4)).fileName()}));

    // The backup just made stays even if the clock stands before all others.
    const QString early =
        Backups::takeAt(*db, Backups::Reason::Daily, start.addYears(-1), &error, 1);
    QVERIFY(QFileInfo::exists(early));
    QVERIFY(QFileInfo::exists(merge2));
    QVERIFY(QFileInfo::exists(daily.at(5))); // the newest daily one
    QVERIFY(!QFileInfo::exists(daily.at(4)));

    // Pruning by hand with a protected file.
    const QStringList removed = Backups::prune(m_path, 1, {early});
    QVERIFY(removed.isEmpty());
}

void TestBackups::rotationLeavesOtherFilesAlone()
{
    auto db = createDemo(m_path);
    QVERIFY(db);
    const QStringList others{
        QStringLiteral("demo.podium.notes.bak"),
        QStringLiteral("demo.podium.daily-2026.bak"),
        QStringLiteral("other.podium.daily-20200101-000000.bak"),
        QStringLiteral("demo.podium.daily-20200101-000000.bak.txt"),
        QStringLiteral("xdemo.podium.daily-20200101-000000.bak"),
    };
    for (const QString &name : others)
        QVERIFY(writeFile(m_dir->filePath(name), "keep me"));
    QString error;
    for (int i = 0; i < 4; ++i)
        QVERIFY(!Backups::takeAt(*db, Backups::Reason::Manual,
                                 at(QStringLiteral("2026-02-01T00:00:00Z")).addSecs(i), &error, 1)
                     .isEmpty());
    QCOMPARE(Backups::list(m_path).size(), 1);
    for (const QString &name : others)
        QVERIFY2(QFileInfo::exists(m_dir->filePath(name)), qPrintable(name));
    // The copy Database takes before a migration counts as one of them.
    const QString migration =
        m_dir->filePath(QStringLiteral("demo.podium.schema1-20200101-000000.bak"));
    QVERIFY(db->saveCopy(migration, &error));
    const QList<Backups::Backup> list = Backups::list(m_path);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.last().reason, Backups::Reason::Migration);
    QCOMPARE(list.last().path, QFileInfo(migration).absoluteFilePath());
}

void TestBackups::backupDuringWriteTransactionIsConsistent()
{
    {
        auto db = createDemo(m_path);
        QVERIFY(db);
    }
    auto writer = Database::open(m_path, {});
    QVERIFY2(writer.database, qPrintable(writer.message));
    auto reader = Database::open(m_path, {});
    QVERIFY2(reader.database, qPrintable(reader.message));
    const int events =
        writer.database->scalar(QStringLiteral("SELECT count(*) FROM event")).toInt();
    QVERIFY(events > 0);

    QString backup;
    QString error;
    {
        Transaction tx(*writer.database);
        QVERIFY2(tx.isActive(), qPrintable(tx.error()));
        QVERIFY(setFoundationName(*writer.database, QStringLiteral("Half-way")));
        // Another connection takes the backup while the write is open.
        backup = Backups::take(*reader.database, Backups::Reason::Manual, &error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
        QVERIFY(tx.commit());
    }
    QVERIFY2(Backups::verify(backup, &error), qPrintable(error));
    QCOMPARE(foundationName(backup), QStringLiteral("Before"));
    QCOMPARE(foundationName(m_path), QStringLiteral("Half-way"));
    Database::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto copy = Database::open(backup, readOnly);
    QVERIFY(copy.database);
    QCOMPARE(copy.database->scalar(QStringLiteral("SELECT count(*) FROM event")).toInt(), events);
    QCOMPARE(copy.database->scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void TestBackups::restoreRefusesBadBackups_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << "missing"
                             << "does not exist";
    QTest::newRow("text file") << "text"
                               << "not an SQLite file";
    QTest::newRow("another program's database") << "foreign"
                                                << "another program";
    QTest::newRow("newer schema") << "newer"
                                  << "newer version";
    QTest::newRow("truncated") << "truncated"
                               << "damaged";
    QTest::newRow("garbage inside") << "garbled"
                                    << "damaged";
}

void TestBackups::restoreRefusesBadBackups()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString error;
    QString good;
    {
        auto db = createDemo(m_path);
        QVERIFY(db);
        good = Backups::take(*db, Backups::Reason::Manual, &error);
        QVERIFY2(!good.isEmpty(), qPrintable(error));
        QVERIFY(setFoundationName(*db, QStringLiteral("Now")));
    }
    const QString bad = m_dir->filePath(QStringLiteral("bad.bak"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::ReadOnly));
    const QByteArray goodBytes = goodFile.readAll();
    if (kind == QLatin1StringView("text")) {
        QVERIFY(writeFile(bad, "Gästeliste\n"));
    } else if (kind == QLatin1StringView("foreign")) {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
        raw.setDatabaseName(bad);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY)"));
        raw.close();
    } else if (kind == QLatin1StringView("newer")) {
        QVERIFY(writeFile(bad, goodBytes));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            raw.setDatabaseName(bad);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 999")));
            raw.close();
        }
    } else if (kind == QLatin1StringView("truncated")) {
        QVERIFY(writeFile(bad, goodBytes.left(3 * 4096)));
    } else if (kind == QLatin1StringView("garbled")) {
        QByteArray bytes = goodBytes;
        QVERIFY(bytes.size() > 12 * 4096);
        for (qsizetype i = 4 * 4096; i < 10 * 4096; ++i)
            bytes[i] = char(0xA5 ^ (i & 0x3F));
        QVERIFY(writeFile(bad, bytes));
    }
    QSqlDatabase::removeDatabase(kind);

    const QByteArray before = fileHash(m_path);
    const QStringList backupsBefore = namesOf(Backups::list(m_path));
    QString beforeRestore;
    QVERIFY(!Backups::restore(m_path, bad, &beforeRestore, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(bad)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("is unchanged")), qPrintable(error));
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(namesOf(Backups::list(m_path)), backupsBefore);
    QVERIFY(beforeRestore.isEmpty());
    QCOMPARE(foundationName(m_path), QStringLiteral("Now"));
}

void TestBackups::restoreReplacesAtomicallyAndKeepsBefore()
{
    QString error;
    QString backup;
    {
        auto db = createDemo(m_path);
        QVERIFY(db);
        backup = Backups::takeAt(*db, Backups::Reason::Manual,
                                 at(QStringLiteral("2026-03-01T09:00:00Z")), &error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
        QVERIFY(setFoundationName(*db, QStringLiteral("After")));
    }
    const ino_t oldInode = inode(m_path);
    // A reader holding the old file keeps reading it whole: the new content
    // arrives by renaming a complete file over it, not by writing into it.
    QFile old(m_path);
    QVERIFY(old.open(QIODevice::ReadOnly));

    QString beforeRestore;
    QVERIFY2(Backups::restore(m_path, backup, &beforeRestore, &error), qPrintable(error));
    QCOMPARE(foundationName(m_path), QStringLiteral("Before"));
    QVERIFY(inode(m_path) != oldInode);
    const QString oldContent = m_dir->filePath(QStringLiteral("old-content.podium"));
    QVERIFY(writeFile(oldContent, old.readAll()));
    QVERIFY2(Backups::verify(oldContent, &error), qPrintable(error));
    QCOMPARE(foundationName(oldContent), QStringLiteral("After"));
    QCOMPARE(QFileInfo(m_path).permissions() & 0x7777, ownerOnly());

    // The file as it was is a backup of its own, and the restored backup stays.
    QVERIFY(QFileInfo::exists(beforeRestore));
    const std::optional<Backups::Backup> b = Backups::describeFile(m_path, beforeRestore);
    QVERIFY(b);
    QCOMPARE(b->reason, Backups::Reason::BeforeRestore);
    QCOMPARE(foundationName(beforeRestore), QStringLiteral("After"));
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(QFileInfo(beforeRestore).permissions() & 0x7777, ownerOnly());
    // No temporary file or stale log is left behind.
    const QStringList leftovers =
        QDir(m_dir->path())
            .entryList({QStringLiteral("*.restore-*"), QStringLiteral("demo.podium-wal"),
                        QStringLiteral("demo.podium-journal")},
                       QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    auto reopened = Database::open(m_path, {});
    QVERIFY2(reopened.database, qPrintable(reopened.message));
}

void TestBackups::restoreRefusesFileOpenElsewhere()
{
    QString error;
    auto db = createDemo(m_path);
    QVERIFY(db);
    const QString backup = Backups::take(*db, Backups::Reason::Manual, &error);
    QVERIFY(!backup.isEmpty());
    QVERIFY(setFoundationName(*db, QStringLiteral("Open")));
    const int backups = int(Backups::list(m_path).size());
    QString beforeRestore;
    QVERIFY(!Backups::restore(m_path, backup, &beforeRestore, &error));
    QVERIFY2(error.contains(QStringLiteral("close it there first")), qPrintable(error));
    QCOMPARE(Backups::list(m_path).size(), backups);
    QCOMPARE(OrganisationSettings::load(*db).foundationName, QStringLiteral("Open"));
    QVERIFY(setFoundationName(*db, QStringLiteral("Still writable")));
}

void TestBackups::dailyBackupOncePerDay()
{
    {
        auto db = createDemo(m_path);
        QVERIFY(db);
    }
    const QDateTime t0 = at(QStringLiteral("2026-05-04T07:00:00Z"));
    Backups::DailyResult r = Backups::takeDaily(m_path, t0);
    QCOMPARE(r.status, Backups::DailyResult::Taken);
    QVERIFY(QFileInfo(r.path).fileName().contains(QStringLiteral(".daily-20260504-070000")));
    QCOMPARE(Backups::takeDaily(m_path, t0.addSecs(23 * 3600 + 3599)).status,
             Backups::DailyResult::NotDue);
    QCOMPARE(Backups::list(m_path).size(), 1);
    QCOMPARE(Backups::takeDaily(m_path, t0.addDays(1)).status, Backups::DailyResult::Taken);
    QCOMPARE(Backups::list(m_path).size(), 2);
    // Any recent backup counts, not only a daily one.
    auto db = Database::open(m_path, {});
    QString error;
    QVERIFY(
        !Backups::takeAt(*db.database, Backups::Reason::Manual, t0.addDays(3), &error).isEmpty());
    QCOMPARE(Backups::takeDaily(m_path, t0.addDays(3).addSecs(60)).status,
             Backups::DailyResult::NotDue);
    QCOMPARE(Backups::takeDaily(QStringLiteral("postgresql://podium@localhost/podium"), t0).status,
             Backups::DailyResult::NotAFile);
}

void TestBackups::windowTakesDailyBackupInBackground()
{
    {
        auto db = createDemo(m_path);
        QVERIFY(db);
    }
    QDateTime now = at(QStringLiteral("2026-06-01T06:00:00Z"));
    Clock::setSource([&now] { return now; });
    auto openWindow = [this] {
        auto opened = Database::open(m_path, {});
        auto window = std::make_unique<MainWindow>(std::move(opened.database));
        return window;
    };
    auto waitForBackup = [](MainWindow &window) {
        QVERIFY(window.backgroundBackup());
        QTRY_VERIFY(!window.backgroundBackup()->isRunning());
    };
    {
        auto window = openWindow();
        waitForBackup(*window);
        QCOMPARE(Backups::list(m_path).size(), 1);
        QCOMPARE(Backups::list(m_path).first().reason, Backups::Reason::Daily);
        QCOMPARE(Backups::list(m_path).first().taken, now);
    }
    now = now.addSecs(5 * 3600);
    {
        auto window = openWindow();
        waitForBackup(*window);
        QCOMPARE(Backups::list(m_path).size(), 1);
    }
    now = now.addDays(1);
    {
        auto window = openWindow();
        // The window is there at once; the backup follows.
        QVERIFY(window->isEnabled());
        waitForBackup(*window);
        QCOMPARE(Backups::list(m_path).size(), 2);
        QCOMPARE(Backups::list(m_path).first().taken, now);
    }
}

void TestBackups::damagedFileOffersNewestBackup()
{
    QString error;
    QString newest;
    {
        auto db = createDemo(m_path);
        QVERIFY(db);
        QVERIFY(!Backups::takeAt(*db, Backups::Reason::Daily,
                                 at(QStringLiteral("2026-07-01T10:00:00Z")), &error)
                     .isEmpty());
        newest = Backups::takeAt(*db, Backups::Reason::Manual,
                                 at(QStringLiteral("2026-07-02T10:00:00Z")), &error);
        QVERIFY(!newest.isEmpty());
    }
    QFile f(newest);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(m_path, f.read(3 * 4096)));
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    Database::OpenResult failed = Database::open(m_path, {});
    QCOMPARE(failed.error, Database::ErrorKind::Damaged);
    const QByteArray damaged = fileHash(m_path);

    // The command line names the newest backup and the command that puts it back.
    const Run cli = podium(
        {QStringLiteral("list"), QStringLiteral("people"), QStringLiteral("--database"), m_path});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains(QStringLiteral("is damaged")), qPrintable(cli.err));
    QVERIFY2(cli.err.contains(
                 QStringLiteral("The newest backup is %1").arg(QDir::toNativeSeparators(newest))),
             qPrintable(cli.err));
    QVERIFY2(cli.err.contains(
                 QStringLiteral("podium restore --database %1 --from %2")
                     .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(newest))),
             qPrintable(cli.err));
    QCOMPARE(fileHash(m_path), damaged);

    // Declined: nothing changes.
    QString asked;
    Database::OpenResult declined = RestoreBackupDialog::recoverDamaged(
        nullptr, m_path, Database::open(m_path, {}), [&asked](const QString &question) {
            asked = question;
            return false;
        });
    QVERIFY(!declined.database);
    QCOMPARE(declined.error, Database::ErrorKind::Damaged);
    QVERIFY2(asked.contains(QStringLiteral("newest backup")), qPrintable(asked));
    QCOMPARE(fileHash(m_path), damaged);

    Database::OpenResult recovered = RestoreBackupDialog::recoverDamaged(
        nullptr, m_path, std::move(failed), [](const QString &) { return true; });
    QVERIFY2(recovered.database, qPrintable(recovered.message));
    QCOMPARE(OrganisationSettings::load(*recovered.database).foundationName,
             QStringLiteral("Before"));
    // The damaged file is kept, byte for byte, as a backup before the restore.
    const QList<Backups::Backup> list = Backups::list(m_path);
    QCOMPARE(list.first().reason, Backups::Reason::BeforeRestore);
    QCOMPARE(fileHash(list.first().path), damaged);

    // Another kind of failure is passed on untouched.
    Database::OpenResult missing =
        Database::open(m_dir->filePath(QStringLiteral("missing.podium")), {});
    Database::OpenResult passed = RestoreBackupDialog::recoverDamaged(
        nullptr, m_dir->filePath(QStringLiteral("missing.podium")), std::move(missing),
        [](const QString &) {
            qFatal("not to be asked");
            return true;
        });
    QCOMPARE(passed.error, Database::ErrorKind::Missing);
}

void TestBackups::cliBackupListAndRestore()
{
    {
        auto db = createDemo(m_path);
        QVERIFY(db);
    }
    const Run backup = podium({QStringLiteral("backup"), QStringLiteral("--database"), m_path});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QCOMPARE(Backups::list(m_path).size(), 1);
    const Backups::Backup taken = Backups::list(m_path).first();
    QCOMPARE(taken.reason, Backups::Reason::Manual);
    QVERIFY2(backup.out.contains(taken.path), qPrintable(backup.out));
    QCOMPARE(QFileInfo(taken.path).permissions() & 0x7777, ownerOnly());

    const QString output = m_dir->filePath(QStringLiteral("elsewhere.podium"));
    const Run copy = podium({QStringLiteral("backup"), QStringLiteral("--database"), m_path,
                             QStringLiteral("--output"), output});
    QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
    QString error;
    QVERIFY2(Backups::verify(output, &error), qPrintable(error));
    QCOMPARE(QFileInfo(output).permissions() & 0x7777, ownerOnly());
    QCOMPARE(Backups::list(m_path).size(), 1); // not into the store
    const QByteArray copyHash = fileHash(output);
    const Run again = podium({QStringLiteral("backup"), QStringLiteral("--database"), m_path,
                              QStringLiteral("--output"), output});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(output) && again.err.contains(QStringLiteral("already exists")),
             qPrintable(again.err));
    QCOMPARE(fileHash(output), copyHash);

    const Run list = podium(
        {QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("--database"), m_path});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("taken\treason\tsize\tfile"));
    QCOMPARE(lines.at(1), QStringLiteral("%1\tmanual\t%2\t%3")
                              .arg(Clock::toStorage(taken.taken))
                              .arg(taken.size)
                              .arg(taken.path));

    {
        auto db = Database::open(m_path, {});
        QVERIFY(setFoundationName(*db.database, QStringLiteral("Changed")));
    }
    const Run restore = podium({QStringLiteral("restore"), QStringLiteral("--database"), m_path,
                                QStringLiteral("--from"), taken.path});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
    QCOMPARE(foundationName(m_path), QStringLiteral("Before"));
    QVERIFY2(restore.out.contains(QStringLiteral("before-restore")), qPrintable(restore.out));
    // Taken in the same second as the manual one, perhaps: found by its reason.
    QString beforeRestore;
    for (const Backups::Backup &b : Backups::list(m_path)) {
        if (b.reason == Backups::Reason::BeforeRestore)
            beforeRestore = b.path;
    }
    QVERIFY(!beforeRestore.isEmpty());
    QVERIFY2(restore.out.contains(beforeRestore), qPrintable(restore.out));
    QCOMPARE(foundationName(beforeRestore), QStringLiteral("Changed"));
}

void TestBackups::cliBadInput()
{
    {
        auto db = createDemo(m_path);
        QVERIFY(db);
    }
    const QByteArray before = fileHash(m_path);
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(text, "not a database\n"));
    const QString missing = m_dir->filePath(QStringLiteral("missing.bak"));
    struct Case
    {
        QStringList arguments;
        int exitCode;
        QString mention;
    };
    const QList<Case> cases{
        {{QStringLiteral("backup")}, 2, QStringLiteral("--database")},
        {{QStringLiteral("backup"), QStringLiteral("--database"), m_path, QStringLiteral("--list"),
          QStringLiteral("--output"), text},
         2,
         QStringLiteral("--list")},
        {{QStringLiteral("backup"), QStringLiteral("--database"), m_path,
          QStringLiteral("--bogus")},
         2,
         QStringLiteral("bogus")},
        {{QStringLiteral("backup"), QStringLiteral("--database"), text}, 1, text},
        {{QStringLiteral("backup"), QStringLiteral("--database"),
          m_dir->filePath(QStringLiteral("nowhere/x.podium")), QStringLiteral("--list")},
         1,
         m_dir->filePath(QStringLiteral("nowhere"))},
        {{QStringLiteral("backup"), QStringLiteral("--database"),
          QStringLiteral("postgresql://podium@localhost/podium")},
         1,
         QStringLiteral("server")},
        {{QStringLiteral("restore"), QStringLiteral("--database"), m_path},
         2,
         QStringLiteral("--from")},
        {{QStringLiteral("restore"), QStringLiteral("--from"), text},
         2,
         QStringLiteral("--database")},
        {{QStringLiteral("restore"), QStringLiteral("--database"), m_path, QStringLiteral("--from"),
          missing},
         1,
         missing},
        {{QStringLiteral("restore"), QStringLiteral("--database"), m_path, QStringLiteral("--from"),
          text},
         1,
         text},
        {{QStringLiteral("restore"), QStringLiteral("--database"), m_path, QStringLiteral("--from"),
          m_path},
         1,
         QStringLiteral("itself")},
    };
    for (const Case &c : cases) {
        const Run r = podium(c.arguments);
        QVERIFY2(r.exitCode == c.exitCode,
                 qPrintable(c.arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.contains(c.mention), qPrintable(r.err));
        QVERIFY2(r.err.count(QLatin1Char('\n')) == 1, qPrintable(r.err));
    }
    QCOMPARE(fileHash(m_path), before);
    QVERIFY(Backups::list(m_path).isEmpty());
}

void TestBackups::cliKeepsTheConfiguredNumber()
{
    {
        auto db = createDemo(m_path);
        QVERIFY(db);
    }
    QTemporaryDir config;
    QDir(config.path()).mkpath(QStringLiteral("Podium"));
    QVERIFY(
        writeFile(config.filePath(QStringLiteral("Podium/Podium.conf")), "[backups]\nkeep=2\n"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    for (int i = 0; i < 4; ++i) {
        const Run r = podium({QStringLiteral("backup"), QStringLiteral("--database"), m_path}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("keeping the newest 2")), qPrintable(r.out));
    }
    const QList<Backups::Backup> list = Backups::list(m_path);
    QCOMPARE(list.size(), 2);
    // The two newest remain: the latest sequence numbers of the last second(s).
    for (const Backups::Backup &b : list)
        QVERIFY(QFileInfo::exists(b.path));
}

void TestBackups::cliErasureLeavesBackupInStore()
{
    qint64 person = 0;
    QString name;
    const QString nameSql = QStringLiteral(
        "SELECT coalesce(given_name, '') || ' ' || coalesce(family_name, '') FROM person "
        "WHERE id = ?");
    {
        auto db = createDemo(m_path);
        QVERIFY(db);
        person = db->scalar(QStringLiteral("SELECT min(id) FROM person")).toLongLong();
        name = db->scalar(nameSql, {person}).toString();
    }
    QVERIFY(person > 0);
    const Run r = podium({QStringLiteral("privacy"), QStringLiteral("erase"),
                          QStringLiteral("--database"), m_path, QStringLiteral("--person"),
                          QString::number(person), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<Backups::Backup> list = Backups::list(m_path);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().reason, Backups::Reason::Erasure);
    QVERIFY(r.out.contains(list.first().path));
    Database::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto copy = Database::open(list.first().path, readOnly);
    QVERIFY(copy.database);
    // The copy still holds the person as they were; the database does not.
    QVERIFY(name.trimmed().size() > 1);
    QCOMPARE(copy.database->scalar(nameSql, {person}).toString(), name);
    auto now = Database::open(m_path, readOnly);
    QVERIFY(now.database);
    QVERIFY(now.database->scalar(nameSql, {person}).toString() != name);
}

void TestBackups::restoreDialogListsAndRestores()
{
    QString error;
    QString older;
    QString newer;
    {
        auto db = createDemo(m_path);
        QVERIFY(db);
        older = Backups::takeAt(*db, Backups::Reason::Erasure,
                                at(QStringLiteral("2026-08-01T09:30:00Z")), &error);
        QVERIFY(setFoundationName(*db, QStringLiteral("Middle")));
        newer = Backups::takeAt(*db, Backups::Reason::Daily,
                                at(QStringLiteral("2026-08-02T09:30:00Z")), &error);
        QVERIFY(setFoundationName(*db, QStringLiteral("Latest")));
    }
    auto opened = Database::open(m_path, {});
    QVERIFY(opened.database);
    MainWindow window(std::move(opened.database));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.backgroundBackup()->isRunning());
    // File ▸ Restore from Backup…
    auto *action = window.findChild<QAction *>(QStringLiteral("restoreBackupAction"));
    QVERIFY(action);
    QMenu *fileMenu = window.menuBar()->actions().first()->menu();
    QVERIFY(fileMenu->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("Restore from &Backup…"));
    // The window took today's daily backup too; it is the newest.
    const QList<Backups::Backup> all = Backups::list(m_path);
    QCOMPARE(all.size(), 3);

    // In German, where QLocale's short format would write the year with two
    // digits ("01.08.26").
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restoreLocale = qScopeGuard([&before] { QLocale::setDefault(before); });
    RestoreBackupDialog dialog(window.database().path(), &window);
    dialog.setRestorer([&window](const QString &backup, QString *e) {
        return window.restoreFromBackup(backup, e);
    });
    QString question;
    dialog.setConfirmation([&question](const QString &q) {
        question = q;
        return true;
    });
    QStringList messages;
    dialog.setMessageSink([&messages](const QString &m) { messages << m; });
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(table->item(row, 0)->data(Qt::UserRole).toString(), all.at(row).path);
    QCOMPARE(table->item(2, 0)->text(), at(QStringLiteral("2026-08-01T09:30:00Z"))
                                            .toLocalTime()
                                            .toString(QStringLiteral("dd.MM.yyyy, HH:mm")));
    QCOMPARE(table->item(2, 1)->text(), Backups::describe(Backups::Reason::Erasure));
    QCOMPARE(table->item(1, 1)->text(), Backups::describe(Backups::Reason::Daily));
    QCOMPARE(table->item(2, 2)->text(), QLocale().formattedDataSize(QFileInfo(older).size()));
    QCOMPARE(dialog.selectedBackup(), all.first().path);

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString shots = qEnvironmentVariable("PODIUM_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/restore-backup-dialog.png"));

    QVERIFY(dialog.selectBackup(newer));
    QVERIFY(dialog.restoreSelected());
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    // The status bar names the backup's time as the list does.
    QVERIFY2(window.statusBar()->currentMessage().contains(
                 at(QStringLiteral("2026-08-02T09:30:00Z"))
                     .toLocalTime()
                     .toString(QStringLiteral("dd.MM.yyyy, HH:mm"))),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(question.contains(QLocale().toString(
                 at(QStringLiteral("2026-08-02T09:30:00Z")).toLocalTime(), QLocale::LongFormat)),
             qPrintable(question));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(OrganisationSettings::load(window.database()).foundationName,
             QStringLiteral("Middle"));
    QCOMPARE(window.database().path(), m_path);
    // The database as it was is one of the backups now.
    const QList<Backups::Backup> after = Backups::list(m_path);
    QCOMPARE(after.size(), 4);
    QCOMPARE(after.first().reason, Backups::Reason::BeforeRestore);
    QCOMPARE(foundationName(after.first().path), QStringLiteral("Latest"));

    // A damaged backup is refused with a message, and the window keeps its database.
    const QString bad = m_dir->filePath(QStringLiteral("demo.podium.manual-20200101-000000.bak"));
    QVERIFY(writeFile(bad, QByteArray("SQLite format 3\0", 16) + QByteArray(8192, 'x')));
    RestoreBackupDialog second(window.database().path(), &window);
    second.setRestorer([&window](const QString &backup, QString *e) {
        return window.restoreFromBackup(backup, e);
    });
    second.setConfirmation([](const QString &) { return true; });
    second.setMessageSink([&messages](const QString &m) { messages << m; });
    QVERIFY(second.selectBackup(QFileInfo(bad).absoluteFilePath()));
    QVERIFY(!second.restoreSelected());
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QStringLiteral("damaged")), qPrintable(messages.first()));
    QCOMPARE(OrganisationSettings::load(window.database()).foundationName,
             QStringLiteral("Middle"));
    QCOMPARE(window.recordView(MainWindow::EventsView) != nullptr, true);
}

void TestBackups::settingsKeepCount()
{
    QCOMPARE(Backups::keepCount(), Backups::defaultKeep);
    Backups::setKeepCount(3);
    QCOMPARE(Backups::keepCount(), 3);
    Backups::setKeepCount(0);
    QCOMPARE(Backups::keepCount(), 1);
    QSettings().setValue(QLatin1StringView(Backups::keepSettingKey), QStringLiteral("many"));
    QCOMPARE(Backups::keepCount(), Backups::defaultKeep);
    // take() without a number uses the setting.
    Backups::setKeepCount(2);
    auto db = createDemo(m_path);
    QVERIFY(db);
    QString error;
    for (int i = 0; i < 4; ++i)
        QVERIFY(!Backups::takeAt(*db, Backups::Reason::Manual,
                                 at(QStringLiteral("2026-09-01T00:00:00Z")).addSecs(i), &error)
                     .isEmpty());
    QCOMPARE(Backups::list(m_path).size(), 2);
}

void TestBackups::settingsDialogSetsKeepCount()
{
    auto db = createDemo(m_path);
    QVERIFY(db);
    {
        SettingsDialog dialog(*db, nullptr);
        auto *keep = dialog.findChild<QSpinBox *>(QStringLiteral("keepBackupsSpin"));
        QVERIFY(keep);
        QVERIFY(dialog.tabs()->widget(SettingsDialog::PersonalTab)->isAncestorOf(keep));
        QCOMPARE(keep->value(), Backups::defaultKeep);
        QCOMPARE(keep->minimum(), 1);
        QVERIFY(!dialog.isModified());
        keep->setValue(4);
        QVERIFY(dialog.isModified());
        QVERIFY(dialog.trySave());
    }
    QCOMPARE(Backups::keepCount(), 4);
    SettingsDialog again(*db, nullptr);
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("keepBackupsSpin"))->value(), 4);
}

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
