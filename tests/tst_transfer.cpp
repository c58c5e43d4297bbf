// Copying a whole database with DatabaseTransfer: file to file always, and
// file to server to file when PODIUM_TEST_SERVER names a throwaway server
// database (scripts/server-test.sh).
#include "domain/demodata.h"
#include "server/databaselocation.h"
#include "server/transfer.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "transferservertest.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Podium;

namespace {

const QDate demoDay(2026, 11, 29);

std::unique_ptr<Database> openOrDie(const QString &location, bool create = false,
                                    bool readOnly = false)
{
    Database::OpenOptions options;
    options.create = create;
    options.readOnly = readOnly;
    auto opened = Database::open(location, options);
    if (!opened.database)
        qWarning("%s", qPrintable(opened.message));
    return std::move(opened.database);
}

bool makeDemo(const QString &path)
{
    auto db = openOrDie(path, true);
    QString error;
    if (!db || !DemoData::populate(*db, demoDay, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    // Bytes a text path would mangle.
    bytes[0] = '\0';
    bytes[1] = char(0xff);
    bytes[2] = '\n';
    return bytes;
}

// The demo database, plus a photo, a document file, a binary setting and an
// organisation whose parent comes after it.
bool makeWithBlobs(const QString &path, const QByteArray &photo, const QByteArray &document)
{
    if (!makeDemo(path))
        return false;
    auto db = openOrDie(path);
    if (!db)
        return false;
    Transaction tx(*db);
    QString error;
    auto run = [&](const QString &sql, const QVariantList &values) {
        QSqlQuery q = db->prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!Database::exec(q, &error)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(error));
            return false;
        }
        return true;
    };
    const qint64 person = db->scalar(QStringLiteral("SELECT min(id) FROM person")).toLongLong();
    const qint64 event = db->scalar(QStringLiteral("SELECT min(id) FROM event")).toLongLong();
    const qint64 firstOrg =
        db->scalar(QStringLiteral("SELECT min(id) FROM organisation")).toLongLong();
    const qint64 lastOrg =
        db->scalar(QStringLiteral("SELECT max(id) FROM organisation")).toLongLong();
    const QString now = QStringLiteral("2026-11-29T10:00:00Z");
    const bool ok =
        run(QStringLiteral("UPDATE person SET photo = ?, photo_mime_type = 'image/jpeg' "
                           "WHERE id = ?"),
            {photo, person}) &&
        run(QStringLiteral("INSERT INTO document (event_id, title, kind, file_name, mime_type, "
                           "content, created_at, modified_at) VALUES (?, 'Agenda', 'agenda', "
                           "'agenda.pdf', 'application/pdf', ?, ?, ?)"),
            {event, document, now, now}) &&
        run(QStringLiteral("INSERT INTO setting (key, blob_value, created_at, modified_at) "
                           "VALUES ('test.binary', ?, ?, ?)"),
            {photo.left(1000), now, now}) &&
        run(QStringLiteral("UPDATE organisation SET parent_id = ? WHERE id = ?"),
            {lastOrg, firstOrg});
    return ok && firstOrg != lastOrg && tx.commit();
}

// Changes a file behind Podium's back with a plain SQLite connection.
bool rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(quintptr(&path));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (ok && !q.exec(s)) {
                qWarning("%s", qPrintable(s));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

using Dump = QList<QVariantList>;

// Every row of @p table in key order, with BLOBs as bytes.
Dump dumpTable(const Database &db, const QString &table)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
    Dump rows;
    if (!Database::exec(q))
        return rows;
    while (q.next()) {
        const QSqlRecord r = q.record();
        QVariantList row;
        QStringList names;
        for (int i = 0; i < r.count(); ++i)
            names.append(r.fieldName(i));
        // Column order may differ between backends: sort by name.
        QStringList sorted = names;
        sorted.sort();
        for (const QString &n : std::as_const(sorted)) {
            const QVariant v = r.value(n);
            if (v.isNull())
                row.append(QStringLiteral("<null>"));
            else if (v.typeId() == QMetaType::QByteArray)
                row.append(v.toByteArray());
            else
                row.append(v.toString());
        }
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const QVariantList &a, const QVariantList &b) {
        for (int i = 0; i < std::min(a.size(), b.size()); ++i) {
            const QString x = a.at(i).toString(), y = b.at(i).toString();
            if (x != y)
                return x < y;
        }
        return a.size() < b.size();
    });
    return rows;
}

void compareDatabases(const Database &a, const Database &b)
{
    const QStringList tables = DatabaseTransfer::tablesInOrder(a);
    QVERIFY(tables.size() >= 10);
    QCOMPARE(DatabaseTransfer::tablesInOrder(b), tables);
    for (const QString &table : tables) {
        const Dump left = dumpTable(a, table);
        const Dump right = dumpTable(b, table);
        QCOMPARE(right.size(), left.size());
        for (int i = 0; i < left.size(); ++i) {
            if (left.at(i) != right.at(i))
                QFAIL(qPrintable(QStringLiteral("Row %1 of %2 differs").arg(i).arg(table)));
        }
    }
}

qint64 totalRows(const Database &db)
{
    qint64 n = 0;
    for (const auto &t : DatabaseTransfer::nonEmptyTables(db))
        n += t.sourceRows;
    return n;
}

} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tablesComeParentsFirst();
    void roundTrip_data();
    void roundTrip();
    void copiesBlobsIntact_data();
    void copiesBlobsIntact();
    void reportsProgressPerTable();
    void refusesNonEmptyTarget();
    void replacesWhenAsked();
    void refusesOlderSource();
    void refusesNewerTarget();
    void refusesSameDatabase();
    void failureMidwayLeavesNewTargetAbsent();
    void failureMidwayLeavesEmptyTargetEmpty();
    void cancelRollsBack();
    void locations();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestTransfer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.podium"));
    QVERIFY(makeDemo(m_demo));
}

void TestTransfer::tablesComeParentsFirst()
{
    auto db = openOrDie(m_demo, false, true);
    QVERIFY(db);
    QString error;
    const QStringList tables = DatabaseTransfer::tablesInOrder(*db, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Read from the schema: every table of the file but SQLite's own.
    const QStringList expected{QStringLiteral("change_log"),   QStringLiteral("document"),
                               QStringLiteral("event"),        QStringLiteral("organisation"),
                               QStringLiteral("person"),       QStringLiteral("programme_item"),
                               QStringLiteral("registration"), QStringLiteral("role"),
                               QStringLiteral("room"),         QStringLiteral("series"),
                               QStringLiteral("setting"),      QStringLiteral("venue")};
    QStringList sorted = tables;
    sorted.sort();
    QCOMPARE(sorted, expected);
    auto before = [&](const char *parent, const char *child) {
        return tables.indexOf(QLatin1StringView(parent)) < tables.indexOf(QLatin1StringView(child));
    };
    QVERIFY(before("organisation", "person"));
    QVERIFY(before("venue", "room"));
    QVERIFY(before("room", "event"));
    QVERIFY(before("series", "event"));
    QVERIFY(before("event", "programme_item"));
    QVERIFY(before("programme_item", "role"));
    QVERIFY(before("person", "role"));
    QVERIFY(before("person", "registration"));
    QVERIFY(before("event", "document"));
}

void TestTransfer::roundTrip_data()
{
    QTest::addColumn<QString>("middle");
    QTest::newRow("file to file to file") << path(QStringLiteral("middle.podium"));
    // A real server only: scripts/server-test.sh starts one and names it.
    if (TestSupport::ServerDatabase::isAvailable())
        QTest::newRow("file to server to file") << QStringLiteral("server");
}

void TestTransfer::roundTrip()
{
    QFETCH(QString, middle);
    std::unique_ptr<TestSupport::ServerDatabase> server;
    if (middle == QLatin1StringView("server")) {
        server = std::make_unique<TestSupport::ServerDatabase>(QStringLiteral("transfer"));
        QVERIFY2(!server->location().isEmpty(), qPrintable(server->error()));
        middle = server->location();
    }
    const QString back = path(QStringLiteral("back-%1.podium")
                                  .arg(QString::fromUtf8(QTest::currentDataTag())
                                           .replace(QLatin1Char(' '), QLatin1Char('-'))));
    QFile::remove(back);
    const DatabaseTransfer::Options replace;

    auto there = DatabaseTransfer::run(m_demo, {}, middle, {}, replace);
    QVERIFY2(there.ok, qPrintable(there.error));
    auto back_ = DatabaseTransfer::run(middle, {}, back, {}, {});
    QVERIFY2(back_.ok, qPrintable(back_.error));

    auto source = openOrDie(m_demo, false, true);
    auto copy = openOrDie(back, false, true);
    QVERIFY(source && copy);
    QVERIFY(totalRows(*source) > 100);
    QCOMPARE(there.tables.size(), DatabaseTransfer::tablesInOrder(*source).size());
    for (const auto &t : std::as_const(there.tables)) {
        QCOMPARE(t.targetRows, t.sourceRows);
        QCOMPARE(
            t.sourceRows,
            source->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(t.table)).toLongLong());
    }
    compareDatabases(*source, *copy);

    // New records in the copy continue after the ids taken over (on a
    // server: the identity sequences were set past them).
    // The middle one holds data now: a second copy into it is refused.
    const auto again = DatabaseTransfer::run(m_demo, {}, middle, {}, {});
    QVERIFY(!again.ok);
    QVERIFY2(again.error.contains(QLatin1StringView("already holds data")),
             qPrintable(again.error));

    auto middleDb = openOrDie(middle);
    QVERIFY(middleDb);
    compareDatabases(*source, *middleDb);
    const qint64 maxId = middleDb->scalar(QStringLiteral("SELECT max(id) FROM venue")).toLongLong();
    {
        Transaction tx(*middleDb);
        QString error;
        QVERIFY2(middleDb->execute(
                     QStringLiteral("INSERT INTO venue (name, name_key, created_at, modified_at) "
                                    "VALUES ('Neuer Ort', 'neuer ort', '2026-11-29T10:00:00Z', "
                                    "'2026-11-29T10:00:00Z')"),
                     &error),
                 qPrintable(error));
        QCOMPARE(middleDb->scalar(QStringLiteral("SELECT max(id) FROM venue")).toLongLong(),
                 maxId + 1);
    }
}

void TestTransfer::copiesBlobsIntact_data()
{
    QTest::addColumn<QString>("middle");
    QTest::newRow("file") << QString();
    if (TestSupport::ServerDatabase::isAvailable())
        QTest::newRow("server") << QStringLiteral("server");
}

void TestTransfer::copiesBlobsIntact()
{
    QFETCH(QString, middle);
    const QString tag = QString::fromUtf8(QTest::currentDataTag());
    const QString source = path(QStringLiteral("blobs-%1.podium").arg(tag));
    const QString target = path(QStringLiteral("blobs-copy-%1.podium").arg(tag));
    const QByteArray photo = randomBytes(300 * 1024, 7);
    const QByteArray document = randomBytes(2 * 1024 * 1024 + 3, 11);
    QVERIFY(makeWithBlobs(source, photo, document));

    std::unique_ptr<TestSupport::ServerDatabase> server;
    if (middle == QLatin1StringView("server")) {
        server = std::make_unique<TestSupport::ServerDatabase>(QStringLiteral("transfer_blobs"));
        QVERIFY2(!server->location().isEmpty(), qPrintable(server->error()));
        const auto there = DatabaseTransfer::run(source, {}, server->location(), {}, {});
        QVERIFY2(there.ok, qPrintable(there.error));
        const auto back = DatabaseTransfer::run(server->location(), {}, target, {}, {});
        QVERIFY2(back.ok, qPrintable(back.error));
    } else {
        const auto result = DatabaseTransfer::run(source, {}, target, {}, {});
        QVERIFY2(result.ok, qPrintable(result.error));
    }
    auto copy = openOrDie(target, false, true);
    QVERIFY(copy);
    QCOMPARE(copy->scalar(QStringLiteral("SELECT photo FROM person WHERE photo IS NOT NULL"))
                 .toByteArray(),
             photo);
    QCOMPARE(copy->scalar(QStringLiteral("SELECT typeof(content) FROM document")).toString(),
             QStringLiteral("blob"));
    QCOMPARE(copy->scalar(QStringLiteral("SELECT content FROM document")).toByteArray(), document);
    QCOMPARE(
        copy->scalar(QStringLiteral("SELECT blob_value FROM setting WHERE key = 'test.binary'"))
            .toByteArray(),
        photo.left(1000));
    // The organisation whose parent has a higher id kept its parent.
    QCOMPARE(copy->scalar(QStringLiteral("SELECT parent_id FROM organisation WHERE id = "
                                         "(SELECT min(id) FROM organisation)"))
                 .toLongLong(),
             copy->scalar(QStringLiteral("SELECT max(id) FROM organisation")).toLongLong());
    auto original = openOrDie(source, false, true);
    compareDatabases(*original, *copy);
}

void TestTransfer::reportsProgressPerTable()
{
    const QString target = path(QStringLiteral("progress.podium"));
    QStringList done;
    int calls = 0;
    const auto result =
        DatabaseTransfer::run(m_demo, {}, target, {}, {}, [&](const DatabaseTransfer::Progress &p) {
            ++calls;
            if (p.tableDone)
                done.append(p.table);
            return true;
        });
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(done.size(), result.tables.size());
    for (int i = 0; i < done.size(); ++i)
        QCOMPARE(done.at(i), result.tables.at(i).table);
    QVERIFY(calls >= 2 * done.size());
}

void TestTransfer::refusesNonEmptyTarget()
{
    const QString target = path(QStringLiteral("full.podium"));
    QVERIFY(makeDemo(target));
    QVERIFY(rawSql(target, {QStringLiteral("DELETE FROM registration")}));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    f.close();

    const auto result = DatabaseTransfer::run(m_demo, {}, target, {}, {});
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1StringView("already holds data")),
             qPrintable(result.error));
    // What would be replaced is named.
    QVERIFY(!result.replaced.isEmpty());
    bool sawEvents = false;
    for (const auto &t : result.replaced) {
        QVERIFY(t.targetRows > 0);
        QVERIFY(t.table != QLatin1StringView("registration"));
        sawEvents = sawEvents || t.table == QLatin1StringView("event");
    }
    QVERIFY(sawEvents);
    QVERIFY(result.error.contains(QLatin1StringView("event: ")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
}

void TestTransfer::replacesWhenAsked()
{
    const QString source = path(QStringLiteral("replace-source.podium"));
    const QString target = path(QStringLiteral("replace-target.podium"));
    QVERIFY(makeWithBlobs(source, randomBytes(5000, 3), randomBytes(7000, 4)));
    QVERIFY(makeDemo(target));
    QVERIFY(rawSql(target, {QStringLiteral("DELETE FROM registration"),
                            QStringLiteral("UPDATE event SET title_en = 'Old' WHERE id = 1")}));
    DatabaseTransfer::Options options;
    options.replaceExisting = true;
    const auto result = DatabaseTransfer::run(source, {}, target, {}, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.replaced.isEmpty());
    auto a = openOrDie(source, false, true);
    auto b = openOrDie(target, false, true);
    compareDatabases(*a, *b);
}

void TestTransfer::refusesOlderSource()
{
    const QString source = path(QStringLiteral("old.podium"));
    const QString target = path(QStringLiteral("old-copy.podium"));
    QVERIFY(makeDemo(source));
    QVERIFY(rawSql(
        source,
        {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() - 1)}));
    const auto result = DatabaseTransfer::run(source, {}, target, {}, {});
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1StringView("older schema")), qPrintable(result.error));
    QVERIFY(result.error.contains(QLatin1StringView("Open it once")));
    QVERIFY(!QFile::exists(target));
    // The source was only read: still at its old version, no copy beside it.
    QVERIFY(rawSql(source, {}));
    auto check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    check.setDatabaseName(source);
    QVERIFY(check.open());
    QSqlQuery q(check);
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion() - 1);
    q = QSqlQuery();
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestTransfer::refusesNewerTarget()
{
    const QString target = path(QStringLiteral("newer.podium"));
    {
        auto db = openOrDie(target, true);
        QVERIFY(db);
    }
    QVERIFY(rawSql(
        target,
        {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)}));
    const auto result = DatabaseTransfer::run(m_demo, {}, target, {}, {});
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1StringView("newer version")), qPrintable(result.error));
    QVERIFY(QFile::exists(target));
}

void TestTransfer::refusesSameDatabase()
{
    const auto result =
        DatabaseTransfer::run(m_demo, {}, m_dir.path() + QStringLiteral("/./demo.podium"), {}, {});
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1StringView("both the source and the target")),
             qPrintable(result.error));
}

void TestTransfer::failureMidwayLeavesNewTargetAbsent()
{
    // A registration of a person who does not exist, slipped in with the
    // foreign keys off: the copy gets as far as the registrations and fails.
    const QString source = path(QStringLiteral("orphan.podium"));
    const QString target = path(QStringLiteral("orphan-copy.podium"));
    QVERIFY(makeDemo(source));
    QVERIFY(rawSql(source,
                   {QStringLiteral("PRAGMA foreign_keys = OFF"),
                    QStringLiteral("INSERT INTO registration (person_id, event_id, status, "
                                   "created_at, modified_at) SELECT 999999, min(id), 'registered', "
                                   "'2026-11-29T10:00:00Z', '2026-11-29T10:00:00Z' FROM event")}));
    int tablesDone = 0;
    const auto result =
        DatabaseTransfer::run(source, {}, target, {}, {}, [&](const DatabaseTransfer::Progress &p) {
            tablesDone += p.tableDone ? 1 : 0;
            return true;
        });
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1StringView("registration")), qPrintable(result.error));
    QVERIFY(result.error.contains(QLatin1StringView("FOREIGN KEY"), Qt::CaseInsensitive));
    QVERIFY(tablesDone >= 5); // it really was midway
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
}

void TestTransfer::failureMidwayLeavesEmptyTargetEmpty()
{
    const QString source = path(QStringLiteral("orphan2.podium"));
    const QString target = path(QStringLiteral("orphan2-copy.podium"));
    QVERIFY(makeDemo(source));
    QVERIFY(rawSql(source, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                            QStringLiteral("UPDATE role SET person_id = 999999 WHERE id = "
                                           "(SELECT max(id) FROM role)")}));
    {
        auto db = openOrDie(target, true);
        QVERIFY(db);
    }
    const auto result = DatabaseTransfer::run(source, {}, target, {}, {});
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1StringView("role")), qPrintable(result.error));
    QVERIFY(QFile::exists(target));
    auto db = openOrDie(target, false, true);
    QVERIFY(db);
    QCOMPARE(DatabaseTransfer::nonEmptyTables(*db).size(), 0);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
}

void TestTransfer::cancelRollsBack()
{
    const QString target = path(QStringLiteral("cancelled.podium"));
    {
        auto db = openOrDie(target, true);
        QVERIFY(db);
    }
    const auto result =
        DatabaseTransfer::run(m_demo, {}, target, {}, {}, [](const DatabaseTransfer::Progress &p) {
            return !(p.tableDone && p.tableIndex == 6);
        });
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    auto db = openOrDie(target, false, true);
    QVERIFY(db);
    QCOMPARE(DatabaseTransfer::nonEmptyTables(*db).size(), 0);
}

void TestTransfer::locations()
{
    QVERIFY(DatabaseLocation::isServer(QStringLiteral("postgresql://ann@db.example.org/podium")));
    QVERIFY(DatabaseLocation::isServer(QStringLiteral("postgres://db.example.org/podium")));
    QVERIFY(!DatabaseLocation::isServer(QStringLiteral("/home/ann/postgresql.podium")));
    QCOMPARE(DatabaseLocation::identity(m_dir.path() + QStringLiteral("/./demo.podium")),
             DatabaseLocation::identity(m_demo));
    QCOMPARE(DatabaseLocation::recentEntry(
                 QStringLiteral("postgresql://ann@db.example.org:5432/podium?sslmode=require")),
             QStringLiteral("postgresql://ann@db.example.org:5432/podium?sslmode=require"));
}

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
