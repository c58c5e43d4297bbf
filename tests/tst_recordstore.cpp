// RecordStore: the bookkeeping every write gets (timestamps, row versions,
// the change log), text that survives the round trip, and the sentences a
// person reads when the schema refuses a write.
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"
#include "testdatabase.h"
#include "util/clock.h"
#include "util/platform.h"
#include "util/textfold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Podium;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

RecordStore::Values organisation(const QString &name)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("name_key"), foldText(name)}};
}

RecordStore::Values person(const QString &given, const QString &family)
{
    return {{QStringLiteral("given_name"), given},
            {QStringLiteral("family_name"), family},
            {QStringLiteral("sort_key"), foldText(family + QLatin1Char(' ') + given)},
            {QStringLiteral("search_key"), foldText(given + QLatin1Char(' ') + family)}};
}

RecordStore::Values eventValues(const QString &uid, const QString &title)
{
    return {{QStringLiteral("uid"), uid},
            {QStringLiteral("title_en"), title},
            {QStringLiteral("start_utc"), QStringLiteral("2024-06-01T16:00:00Z")},
            {QStringLiteral("end_utc"), QStringLiteral("2024-06-01T19:00:00Z")},
            {QStringLiteral("title_key"), foldText(title)}};
}

// Sets the process's time zone for the local-time functions Qt calls.
void setTimeZone(const QByteArray &zone)
{
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    tzset();
}

} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void unicodeRoundTrip_data();
    void unicodeRoundTrip();
    void insertKeepsBooks();
    void updateBumpsVersionAndLogsChange();
    void updateWithoutChangeWritesNothing_data();
    void updateWithoutChangeWritesNothing();
    void staleVersionIsRejected();
    void currentVersionIsAccepted();
    void updateOfDeletedRecordFails();
    void removeLogsOldValues();
    void idOfADeletedRecordIsNeverReused();
    void removeManyWritesWhatRemoveWrites();
    void removeManyIsAllOrNothing();
    void refusedWriteChangesNothing_data();
    void refusedWriteChangesNothing();
    void namesFromCodeOnly_data();
    void namesFromCodeOnly();
    void callInsideCallersTransaction();
    void insertManyWritesRowsAndLog();
    void insertManyRefusesMissingReference();
    void insertManyNamesRefusedRowAndWritesNothing();
    void insertManyRefusesBadColumns();
    void binaryValuesInLog();
    void foldedKeysStayOutOfTheLog();
    void settings();
    void explainConstraint_data();
    void explainConstraint();
    void storedInstantsRoundTrip_data();
    void storedInstantsRoundTrip();

private:
    QVariantMap lastLog();
    qint64 count(const QString &table);

    // A file, or a database on the server named by PODIUM_TEST_SERVER.
    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    QByteArray m_savedTimeZone;
    QDateTime m_now;
};

void TestRecordStore::initTestCase()
{
    m_savedTimeZone = qgetenv("TZ");
    if (!qEnvironmentVariableIsSet("TZ"))
        m_savedTimeZone = QByteArray();
}

void TestRecordStore::init()
{
    m_now = utc(2024, 3, 1, 9, 30);
    Clock::setSource([this] { return m_now; });
    auto opened = m_databases.create(QStringLiteral("store.podium"));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    m_store = std::make_unique<RecordStore>(*m_db);
}

void TestRecordStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_databases.dropAll();
    Clock::setSource({});
    setTimeZone(m_savedTimeZone);
}

QVariantMap TestRecordStore::lastLog()
{
    QSqlQuery q =
        m_db->prepare(QStringLiteral("SELECT * FROM change_log ORDER BY id DESC LIMIT 1"));
    QVariantMap row;
    if (!Database::exec(q) || !q.next())
        return row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q.value(i));
    return row;
}

qint64 TestRecordStore::count(const QString &table)
{
    return m_db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

void TestRecordStore::unicodeRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Spanish accents") << QStringLiteral("Laura Valdés Cano");
    QTest::newRow("German umlauts and sharp s") << QStringLiteral("Grüße aus Köln");
    QTest::newRow("Polish letters") << QStringLiteral("Uniwersytet Łódzki, Łódź");
    QTest::newRow("emoji outside the BMP") << QStringLiteral("Dialogforum 🎉🌍");
    QTest::newRow("decomposed accents kept as given") << QStringLiteral("Valde\u0301s");
    QTest::newRow("right-to-left script") << QStringLiteral("مؤسسة الحوار");
    QTest::newRow("CJK") << QStringLiteral("対話財団");
    QTest::newRow("quotes and SQL") << QStringLiteral("O'Brien \"Think\"; DROP TABLE event; --");
}

void TestRecordStore::unicodeRoundTrip()
{
    QFETCH(QString, name);
    QString error;
    const qint64 id = m_store->insert(
        QStringLiteral("organisation"),
        organisation(name) + RecordStore::Values{{QStringLiteral("notes"), name + name}},
        QStringLiteral("Organisation created"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    const QVariantMap row = m_store->fetch(QStringLiteral("organisation"), id);
    QCOMPARE(row.value(QStringLiteral("name")).toString(), name);
    QCOMPARE(row.value(QStringLiteral("notes")).toString(), name + name);
    QCOMPARE(row.value(QStringLiteral("name_key")).toString(), foldText(name));
    // Stored as UTF-8, one character per code point, not as UTF-16 halves:
    // the sqlite3 shell and other programs read the same text.
    const QString hex = m_db->isServer()
                            ? QStringLiteral("upper(encode(convert_to(name, 'UTF8'), 'hex'))")
                            : QStringLiteral("hex(name)");
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT %1 FROM organisation WHERE id = ?").arg(hex), {id})
                 .toString(),
             QString::fromLatin1(name.toUtf8().toHex().toUpper()));
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT length(name) FROM organisation WHERE id = ?"), {id})
            .toLongLong(),
        qint64(name.toUcs4().size()));
    // The change log keeps the text as well.
    const QJsonObject changes =
        QJsonDocument::fromJson(lastLog().value(QStringLiteral("changes")).toString().toUtf8())
            .object();
    QCOMPARE(changes.value(QStringLiteral("name")).toArray().at(1).toString(), name);
}

void TestRecordStore::insertKeepsBooks()
{
    QString error;
    const qint64 id =
        m_store->insert(QStringLiteral("organisation"),
                        organisation(QStringLiteral("Stiftung Entwicklung und Frieden")),
                        QStringLiteral("Organisation “sef:” created"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    const QVariantMap row = m_store->fetch(QStringLiteral("organisation"), id);
    QCOMPARE(row.value(QStringLiteral("created_at")).toString(),
             QStringLiteral("2024-03-01T09:30:00Z"));
    QCOMPARE(row.value(QStringLiteral("modified_at")).toString(),
             QStringLiteral("2024-03-01T09:30:00Z"));
    QCOMPARE(row.value(QStringLiteral("row_version")).toInt(), 1);

    const QVariantMap log = lastLog();
    QCOMPARE(log.value(QStringLiteral("action")).toString(), QStringLiteral("insert"));
    QCOMPARE(log.value(QStringLiteral("table_name")).toString(), QStringLiteral("organisation"));
    QCOMPARE(log.value(QStringLiteral("record_id")).toLongLong(), id);
    QCOMPARE(log.value(QStringLiteral("user_name")).toString(), Platform::currentUserName());
    QVERIFY(!log.value(QStringLiteral("user_name")).toString().isEmpty());
    QCOMPARE(log.value(QStringLiteral("changed_at")).toString(),
             QStringLiteral("2024-03-01T09:30:00Z"));
    QCOMPARE(log.value(QStringLiteral("summary")).toString(),
             QStringLiteral("Organisation “sef:” created"));
    const QJsonObject changes =
        QJsonDocument::fromJson(log.value(QStringLiteral("changes")).toString().toUtf8()).object();
    QCOMPARE(changes.value(QStringLiteral("name")).toArray(),
             (QJsonArray{QJsonValue::Null, QStringLiteral("Stiftung Entwicklung und Frieden")}));
    // What was stored, defaults included; bookkeeping and NULLs left out.
    QCOMPARE(changes.value(QStringLiteral("kind")).toArray(),
             (QJsonArray{QJsonValue::Null, QStringLiteral("other")}));
    QVERIFY(!changes.contains(QStringLiteral("row_version")));
    QVERIFY(!changes.contains(QStringLiteral("created_at")));
    QVERIFY(!changes.contains(QStringLiteral("parent_id")));
}

void TestRecordStore::updateBumpsVersionAndLogsChange()
{
    QString error;
    const qint64 id = m_store->insert(QStringLiteral("organisation"),
                                      organisation(QStringLiteral("Universitat Bonn")),
                                      QStringLiteral("created"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    m_now = utc(2024, 3, 2, 14, 0, 5);
    QVERIFY2(
        m_store->update(QStringLiteral("organisation"), id,
                        organisation(QStringLiteral("Universität Bonn")) +
                            RecordStore::Values{{QStringLiteral("city"), QStringLiteral("Bonn")}},
                        QStringLiteral("Organisation “Universität Bonn” changed"), 1, &error),
        qPrintable(error));
    const QVariantMap row = m_store->fetch(QStringLiteral("organisation"), id);
    QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Universität Bonn"));
    QCOMPARE(row.value(QStringLiteral("row_version")).toInt(), 2);
    QCOMPARE(row.value(QStringLiteral("modified_at")).toString(),
             QStringLiteral("2024-03-02T14:00:05Z"));
    QCOMPARE(row.value(QStringLiteral("created_at")).toString(),
             QStringLiteral("2024-03-01T09:30:00Z"));

    const QVariantMap log = lastLog();
    QCOMPARE(log.value(QStringLiteral("action")).toString(), QStringLiteral("update"));
    QCOMPARE(log.value(QStringLiteral("record_id")).toLongLong(), id);
    QCOMPARE(log.value(QStringLiteral("user_name")).toString(), Platform::currentUserName());
    QCOMPARE(log.value(QStringLiteral("changed_at")).toString(),
             QStringLiteral("2024-03-02T14:00:05Z"));
    QCOMPARE(log.value(QStringLiteral("summary")).toString(),
             QStringLiteral("Organisation “Universität Bonn” changed"));
    // Exactly the fields that changed, each as [old, new]. name_key folds
    // both spellings alike, so it did not change.
    const QJsonObject changes =
        QJsonDocument::fromJson(log.value(QStringLiteral("changes")).toString().toUtf8()).object();
    QCOMPARE(changes,
             (QJsonObject{
                 {QStringLiteral("name"), QJsonArray{QStringLiteral("Universitat Bonn"),
                                                     QStringLiteral("Universität Bonn")}},
                 {QStringLiteral("city"), QJsonArray{QJsonValue::Null, QStringLiteral("Bonn")}}}));

    m_now = utc(2024, 3, 3, 8, 0);
    QVERIFY2(m_store->update(QStringLiteral("organisation"), id,
                             {{QStringLiteral("city"), QVariant()}}, QStringLiteral("city removed"),
                             2, &error),
             qPrintable(error));
    QCOMPARE(
        m_store->fetch(QStringLiteral("organisation"), id).value(QStringLiteral("row_version")),
        QVariant(qint64(3)));
    QCOMPARE(QJsonDocument::fromJson(lastLog().value(QStringLiteral("changes")).toString().toUtf8())
                 .object(),
             (QJsonObject{
                 {QStringLiteral("city"), QJsonArray{QStringLiteral("Bonn"), QJsonValue::Null}}}));
}

void TestRecordStore::updateWithoutChangeWritesNothing_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("same text") << QStringLiteral("given_name") << QVariant(QStringLiteral("Laura"));
    QTest::newRow("same number") << QStringLiteral("consent_contact") << QVariant(1);
    QTest::newRow("same number as long")
        << QStringLiteral("consent_contact") << QVariant(qint64(1));
    QTest::newRow("true for a stored 1") << QStringLiteral("consent_contact") << QVariant(true);
    QTest::newRow("still empty") << QStringLiteral("email") << QVariant();
}

void TestRecordStore::updateWithoutChangeWritesNothing()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QString error;
    const qint64 id =
        m_store->insert(QStringLiteral("person"),
                        person(QStringLiteral("Laura"), QStringLiteral("Valdés Cano")) +
                            RecordStore::Values{{QStringLiteral("consent_contact"), true},
                                                {QStringLiteral("consent_contact_at"),
                                                 QStringLiteral("2024-01-01T00:00:00Z")}},
                        QStringLiteral("created"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    const qint64 logged = count(QStringLiteral("change_log"));
    m_now = utc(2024, 4, 1, 0, 0);
    QVERIFY2(m_store->update(QStringLiteral("person"), id, {{column, value}},
                             QStringLiteral("saved"), 1, &error),
             qPrintable(error));
    const QVariantMap row = m_store->fetch(QStringLiteral("person"), id);
    QCOMPARE(row.value(QStringLiteral("row_version")).toInt(), 1);
    QCOMPARE(row.value(QStringLiteral("modified_at")).toString(),
             QStringLiteral("2024-03-01T09:30:00Z"));
    QCOMPARE(count(QStringLiteral("change_log")), logged);
}

void TestRecordStore::staleVersionIsRejected()
{
    QString error;
    const qint64 id = m_store->insert(QStringLiteral("organisation"),
                                      organisation(QStringLiteral("Global Cities Network")),
                                      QStringLiteral("created"), &error);
    QVERIFY(id > 0);
    // A colleague saves first…
    QVERIFY(m_store->update(QStringLiteral("organisation"), id,
                            {{QStringLiteral("city"), QStringLiteral("Barcelona")}},
                            QStringLiteral("city"), 1, &error));
    const QVariantMap before = m_store->fetch(QStringLiteral("organisation"), id);
    const qint64 logged = count(QStringLiteral("change_log"));
    // …then a dialog that loaded version 1 saves.
    QVERIFY(!m_store->update(QStringLiteral("organisation"), id,
                             {{QStringLiteral("city"), QStringLiteral("Madrid")}},
                             QStringLiteral("city"), 1, &error));
    QVERIFY2(error.contains(QStringLiteral("changed this record meanwhile")), qPrintable(error));
    QCOMPARE(m_store->fetch(QStringLiteral("organisation"), id), before);
    QCOMPARE(count(QStringLiteral("change_log")), logged);
}

void TestRecordStore::currentVersionIsAccepted()
{
    QString error;
    const qint64 id =
        m_store->insert(QStringLiteral("organisation"), organisation(QStringLiteral("ICLEI")),
                        QStringLiteral("created"), &error);
    QVERIFY(id > 0);
    for (int version = 1; version <= 3; ++version) {
        QVERIFY2(m_store->update(QStringLiteral("organisation"), id,
                                 {{QStringLiteral("notes"), QString::number(version)}},
                                 QStringLiteral("notes"), version, &error),
                 qPrintable(error));
    }
    QCOMPARE(
        m_store->fetch(QStringLiteral("organisation"), id).value(QStringLiteral("row_version")),
        QVariant(qint64(4)));
}

void TestRecordStore::updateOfDeletedRecordFails()
{
    QString error;
    QVERIFY(!m_store->update(QStringLiteral("organisation"), 42,
                             {{QStringLiteral("notes"), QStringLiteral("x")}},
                             QStringLiteral("notes"), 0, &error));
    QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));
    QVERIFY(!m_store->remove(QStringLiteral("organisation"), 42, QStringLiteral("gone"), &error));
    QCOMPARE(count(QStringLiteral("change_log")), 0);
}

void TestRecordStore::removeLogsOldValues()
{
    QString error;
    const qint64 id =
        m_store->insert(QStringLiteral("organisation"), organisation(QStringLiteral("Łódź Forum")),
                        QStringLiteral("created"), &error);
    QVERIFY(id > 0);
    QVERIFY2(m_store->remove(QStringLiteral("organisation"), id,
                             QStringLiteral("Organisation “Łódź Forum” deleted"), &error),
             qPrintable(error));
    QVERIFY(m_store->fetch(QStringLiteral("organisation"), id).isEmpty());
    const QVariantMap log = lastLog();
    QCOMPARE(log.value(QStringLiteral("action")).toString(), QStringLiteral("delete"));
    QCOMPARE(log.value(QStringLiteral("record_id")).toLongLong(), id);
    const QJsonObject changes =
        QJsonDocument::fromJson(log.value(QStringLiteral("changes")).toString().toUtf8()).object();
    QCOMPARE(changes.value(QStringLiteral("name")).toArray(),
             (QJsonArray{QStringLiteral("Łódź Forum"), QJsonValue::Null}));
}

void TestRecordStore::idOfADeletedRecordIsNeverReused()
{
    // The newest record deleted: a new one must not take its id, or the
    // change log's entries about the deleted one would read as the new
    // one's (and a privacy export of the new person would show them).
    QString error;
    const QString table = QStringLiteral("organisation");
    const qint64 first = m_store->insert(table, organisation(QStringLiteral("Erste Stiftung")),
                                         QStringLiteral("created"), &error);
    const qint64 newest = m_store->insert(table, organisation(QStringLiteral("Zweite Stiftung")),
                                          QStringLiteral("created"), &error);
    QVERIFY2(first > 0 && newest > first, qPrintable(error));
    QVERIFY2(m_store->remove(table, newest, QStringLiteral("deleted"), &error), qPrintable(error));
    const qint64 next = m_store->insert(table, organisation(QStringLiteral("Dritte Stiftung")),
                                        QStringLiteral("created"), &error);
    QVERIFY2(next > newest, qPrintable(QStringLiteral("%1 after %2").arg(next).arg(newest)));

    // The same for rows written in batches.
    QVERIFY2(m_store->remove(table, next, QStringLiteral("deleted"), &error), qPrintable(error));
    const RecordStore::BulkResult many =
        m_store->insertMany(table,
                            {organisation(QStringLiteral("Vierte Stiftung")),
                             organisation(QStringLiteral("Fünfte Stiftung"))},
                            {QStringLiteral("created"), QStringLiteral("created")});
    QVERIFY2(many.ok, qPrintable(many.error));
    QCOMPARE(many.ids.size(), 2);
    QVERIFY2(
        many.ids.at(0) > next && many.ids.at(1) > many.ids.at(0),
        qPrintable(
            QStringLiteral("%1, %2 after %3").arg(many.ids.at(0)).arg(many.ids.at(1)).arg(next)));
    QCOMPARE(m_store->fetch(table, many.ids.at(1)).value(QStringLiteral("name")).toString(),
             QStringLiteral("Fünfte Stiftung"));

    // Each id's change log names one record only.
    for (const qint64 id : {next, many.ids.at(0), many.ids.at(1)}) {
        const int inserts =
            m_db->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = ? AND "
                                        "record_id = ? AND action = 'insert'"),
                         {table, id})
                .toInt();
        QCOMPARE(inserts, 1);
    }
}

void TestRecordStore::removeManyWritesWhatRemoveWrites()
{
    // Two alike sets of people, one deleted row by row, the other at once:
    // the change log must read the same, entry for entry.
    const QString table = QStringLiteral("person");
    const int rows = RecordStore::maxBatchRows + 44; // two statements
    QList<RecordStore::Values> values;
    QStringList summaries;
    for (int i = 0; i < rows; ++i) {
        RecordStore::Values v = person(QStringLiteral("Given %1").arg(i), QStringLiteral("Zoë"));
        v.append({QStringLiteral("notes"),
                  i % 3 ? QVariant() : QVariant(QStringLiteral("n\"%1").arg(i))});
        const bool photo = i % 7 == 0;
        v.append(
            {QStringLiteral("photo"), photo ? QVariant(QByteArray("\x89PNG", 4)) : QVariant()});
        v.append({QStringLiteral("photo_mime_type"),
                  photo ? QVariant(QStringLiteral("image/png")) : QVariant()});
        values << v;
        summaries << QStringLiteral("created");
    }
    const RecordStore::BulkResult one = m_store->insertMany(table, values, summaries);
    const RecordStore::BulkResult other = m_store->insertMany(table, values, summaries);
    QVERIFY2(one.ok && other.ok, qPrintable(one.error + other.error));
    QString error;
    for (const qint64 id : one.ids)
        QVERIFY2(m_store->remove(table, id, QStringLiteral("Person deleted"), &error),
                 qPrintable(error));
    // An id twice and one of no record: each row once, the stranger ignored.
    QList<qint64> ids = other.ids;
    ids.insert(5, other.ids.at(2));
    ids.append(999999);
    int asked = 0;
    const RecordStore::BulkResult removed =
        m_store->removeMany(table, ids, [&asked](const QList<QVariantMap> &batch) {
            asked += int(batch.size());
            return QStringList(batch.size(), QStringLiteral("Person deleted"));
        });
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QCOMPARE(removed.ids, other.ids);
    QCOMPARE(asked, rows);
    QCOMPARE(count(table), 0);

    const auto entries = [this, &table](const QList<qint64> &of) {
        QStringList list;
        for (const qint64 id : of) {
            list << m_db->scalar(
                            QStringLiteral(
                                "SELECT action || '|' || summary || '|' || coalesce(changes, '') "
                                "|| '|' || user_name || '|' || changed_at FROM change_log WHERE "
                                "table_name = ? AND record_id = ? AND action = 'delete'"),
                            {table, id})
                        .toString();
        }
        return list;
    };
    const QStringList byRow = entries(one.ids);
    QCOMPARE(entries(other.ids), byRow);
    QVERIFY2(byRow.constFirst().contains(QStringLiteral("\"given_name\":[\"Given 0\",null]")),
             qPrintable(byRow.constFirst()));
}

void TestRecordStore::removeManyIsAllOrNothing()
{
    // The second organisation still has a person: the schema refuses its
    // deletion, and the first one, deleted before it, comes back.
    QString error;
    const QString table = QStringLiteral("organisation");
    const qint64 free = m_store->insert(table, organisation(QStringLiteral("Frei")),
                                        QStringLiteral("created"), &error);
    const qint64 used = m_store->insert(table, organisation(QStringLiteral("Belegt")),
                                        QStringLiteral("created"), &error);
    RecordStore::Values member = person(QStringLiteral("Ada"), QStringLiteral("Mitglied"));
    member.append({QStringLiteral("organisation_id"), used});
    QVERIFY2(m_store->insert(QStringLiteral("person"), member, QStringLiteral("created"), &error) >
                 0,
             qPrintable(error));
    const qint64 logged = count(QStringLiteral("change_log"));
    const RecordStore::BulkResult removed =
        m_store->removeMany(table, {free, used}, [](const QList<QVariantMap> &batch) {
            return QStringList(batch.size(), QStringLiteral("deleted"));
        });
    QVERIFY(!removed.ok);
    QVERIFY(removed.ids.isEmpty());
    QVERIFY(!removed.error.isEmpty());
    QCOMPARE(count(table), 2);
    QCOMPARE(count(QStringLiteral("change_log")), logged);
}

void TestRecordStore::refusedWriteChangesNothing_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("insert of a duplicate name")
        << 0 << QStringLiteral("There is already an organisation of that name.");
    QTest::newRow("update to a duplicate name")
        << 1 << QStringLiteral("There is already an organisation of that name.");
    QTest::newRow("delete of an organisation with people")
        << 2
        << QStringLiteral("The record is still referred to elsewhere, or refers to a record that "
                          "does not exist.");
}

void TestRecordStore::refusedWriteChangesNothing()
{
    QFETCH(int, operation);
    QFETCH(QString, sentence);
    QString error;
    const qint64 first =
        m_store->insert(QStringLiteral("organisation"), organisation(QStringLiteral("Stiftung A")),
                        QStringLiteral("created"), &error);
    const qint64 second =
        m_store->insert(QStringLiteral("organisation"), organisation(QStringLiteral("Stiftung B")),
                        QStringLiteral("created"), &error);
    QVERIFY(first > 0 && second > 0);
    QVERIFY(m_store->insert(QStringLiteral("person"),
                            person(QStringLiteral("Eva"), QStringLiteral("Lang")) +
                                RecordStore::Values{{QStringLiteral("organisation_id"), first}},
                            QStringLiteral("created"), &error) > 0);
    const QVariantMap before = m_store->fetch(QStringLiteral("organisation"), second);
    const qint64 logged = count(QStringLiteral("change_log"));
    const qint64 organisations = count(QStringLiteral("organisation"));

    bool ok = true;
    if (operation == 0)
        ok = m_store->insert(QStringLiteral("organisation"),
                             organisation(QStringLiteral("STIFTUNG  a")), QStringLiteral("dup"),
                             &error) > 0;
    else if (operation == 1)
        ok = m_store->update(QStringLiteral("organisation"), second,
                             organisation(QStringLiteral("Stiftung A")), QStringLiteral("dup"), 1,
                             &error);
    else
        ok = m_store->remove(QStringLiteral("organisation"), first, QStringLiteral("gone"), &error);
    QVERIFY(!ok);
    QCOMPARE(error, sentence);
    QCOMPARE(count(QStringLiteral("change_log")), logged);
    QCOMPARE(count(QStringLiteral("organisation")), organisations);
    QCOMPARE(m_store->fetch(QStringLiteral("organisation"), second), before);
}

void TestRecordStore::namesFromCodeOnly_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::newRow("table name with SQL in it")
        << QStringLiteral("organisation; DROP TABLE event") << QStringLiteral("name");
    QTest::newRow("column name with SQL in it")
        << QStringLiteral("organisation") << QStringLiteral("name) VALUES ('x'); --");
    QTest::newRow("bookkeeping column created_at")
        << QStringLiteral("organisation") << QStringLiteral("created_at");
    QTest::newRow("bookkeeping column row_version")
        << QStringLiteral("organisation") << QStringLiteral("row_version");
}

void TestRecordStore::namesFromCodeOnly()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QString error;
    QCOMPARE(m_store->insert(table, {{column, QStringLiteral("x")}}, QStringLiteral("x"), &error),
             qint64(0));
    QVERIFY(!error.isEmpty());
    const qint64 id =
        m_store->insert(QStringLiteral("organisation"), organisation(QStringLiteral("Stiftung")),
                        QStringLiteral("created"), &error);
    QVERIFY(id > 0);
    QVERIFY(!m_store->update(table, id, {{column, QStringLiteral("x")}}, QStringLiteral("x"), 0,
                             &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(count(QStringLiteral("event")), 0);
    QCOMPARE(count(QStringLiteral("organisation")), 1);
    QCOMPARE(count(QStringLiteral("change_log")), 1);
}

void TestRecordStore::callInsideCallersTransaction()
{
    QString error;
    {
        // A caller's guard that is left without commit takes the store's
        // writes with it.
        Transaction tx(*m_db);
        QVERIFY(m_store->insert(QStringLiteral("organisation"), organisation(QStringLiteral("A")),
                                QStringLiteral("created"), &error) > 0);
    }
    QCOMPARE(count(QStringLiteral("organisation")), 0);
    QCOMPARE(count(QStringLiteral("change_log")), 0);
    {
        // A refused call inside the caller's guard undoes only itself.
        Transaction tx(*m_db);
        QVERIFY(m_store->insert(QStringLiteral("organisation"), organisation(QStringLiteral("B")),
                                QStringLiteral("created"), &error) > 0);
        QCOMPARE(m_store->insert(QStringLiteral("organisation"), organisation(QStringLiteral("b")),
                                 QStringLiteral("duplicate"), &error),
                 qint64(0));
        QVERIFY(m_store->insert(QStringLiteral("organisation"), organisation(QStringLiteral("C")),
                                QStringLiteral("created"), &error) > 0);
        QVERIFY2(tx.commit(), qPrintable(tx.error()));
    }
    QCOMPARE(count(QStringLiteral("organisation")), 2);
    QCOMPARE(count(QStringLiteral("change_log")), 2);
}

void TestRecordStore::insertManyWritesRowsAndLog()
{
    // Text that JSON must escape, text beyond ASCII, and NULLs that differ
    // from row to row and batch to batch.
    const QStringList notes{QStringLiteral("quote \" backslash \\ slash /"),
                            QStringLiteral("tab\tline\nreturn\r\x01\x1f bell\b feed\f"),
                            QStringLiteral("Zoë 😀 Ørsted ﬁ \u00a0 \u2028"), QString()};
    const QString table = QStringLiteral("person");
    // 700 rows: more than two full statements and a rest of several sizes.
    const int rows = RecordStore::maxBatchRows * 2 + 188;
    QList<RecordStore::Values> values;
    QStringList summaries;
    for (int i = 0; i < rows; ++i) {
        RecordStore::Values v = person(QStringLiteral("Given %1").arg(i), QStringLiteral("Family"));
        // Every column of a batch empty for the first batch, set in some rows later.
        v.append({QStringLiteral("notes"), i < RecordStore::maxBatchRows
                                               ? QVariant()
                                               : QVariant(notes.at(i % notes.size()))});
        v.append({QStringLiteral("photo"),
                  i % 100 == 7 ? QVariant(QByteArray("\x89PNG", 4)) : QVariant()});
        v.append({QStringLiteral("photo_mime_type"),
                  i % 100 == 7 ? QVariant(QStringLiteral("image/png")) : QVariant()});
        v.append({QStringLiteral("consent_list"), i % 2});
        v.append({QStringLiteral("consent_list_at"),
                  i % 2 ? QVariant(QStringLiteral("2024-01-01T00:00:00Z")) : QVariant()});
        values.append(v);
        summaries.append(QStringLiteral("Person “Given %1 Family” created").arg(i));
    }
    const RecordStore::BulkResult result = m_store->insertMany(table, values, summaries);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.ids.size(), rows);
    QCOMPARE(result.failedRow, qsizetype(-1));
    QCOMPARE(result.writtenAt, QStringLiteral("2024-03-01T09:30:00Z"));
    QCOMPARE(count(table), rows);
    QCOMPARE(count(QStringLiteral("change_log")), rows);

    // Each id is its row's, and each change-log entry is the one insert()
    // writes for the same values: one more person through insert() for each
    // kind of row shows the same JSON.
    for (int i : {0, 1, 7, 255, 256, 257, 300, 301, 302, 303, 511, 512, 607, rows - 1}) {
        const QVariantMap stored = m_store->fetch(table, result.ids.at(i));
        QCOMPARE(stored.value(QStringLiteral("given_name")).toString(),
                 QStringLiteral("Given %1").arg(i));
        QCOMPARE(stored.value(QStringLiteral("row_version")).toInt(), 1);
        QSqlQuery q = m_db->prepare(
            QStringLiteral("SELECT summary, changes, action, changed_at FROM change_log WHERE "
                           "table_name = 'person' AND record_id = ?"));
        q.addBindValue(result.ids.at(i));
        QVERIFY(Database::exec(q) && q.next());
        QCOMPARE(q.value(0).toString(), summaries.at(i));
        QCOMPARE(q.value(2).toString(), QStringLiteral("insert"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("2024-03-01T09:30:00Z"));
        const QString bulkChanges = q.value(1).toString();
        QVERIFY(!q.next());
        QString error;
        const qint64 single = m_store->insert(table, values.at(i), summaries.at(i), &error);
        QVERIFY2(single > 0, qPrintable(error));
        const QString singleChanges = lastLog().value(QStringLiteral("changes")).toString();
        QCOMPARE(bulkChanges, singleChanges);
    }
    // In order: rising ids, as the rows were given.
    for (int i = 1; i < rows; ++i)
        QVERIFY(result.ids.at(i) > result.ids.at(i - 1));
    // Nothing to write is no error.
    const RecordStore::BulkResult none = m_store->insertMany(table, {}, {});
    QVERIFY(none.ok);
    QVERIFY(none.ids.isEmpty());
}

void TestRecordStore::insertManyRefusesMissingReference()
{
    QString error;
    const qint64 org =
        m_store->insert(QStringLiteral("organisation"), organisation(QStringLiteral("Metropolis")),
                        QStringLiteral("created"), &error);
    QVERIFY2(org > 0, qPrintable(error));
    const qint64 peopleBefore = count(QStringLiteral("person"));
    const qint64 logBefore = count(QStringLiteral("change_log"));
    const RecordStore::Reference reference{QStringLiteral("organisation_id"),
                                           QStringLiteral("organisation"),
                                           QStringLiteral("The organisation no longer exists.")};
    // The bad reference in the second batch: the first is written and must
    // be taken back too.
    for (const int bad : {3, RecordStore::maxBatchRows + 44}) {
        QList<RecordStore::Values> values;
        QStringList summaries;
        for (int i = 0; i < RecordStore::maxBatchRows + 100; ++i) {
            RecordStore::Values v = person(QStringLiteral("Ana"), QStringLiteral("Row %1").arg(i));
            v.append({QStringLiteral("organisation_id"),
                      i == bad ? QVariant(org + 1000) : (i % 2 ? QVariant(org) : QVariant())});
            values.append(v);
            summaries.append(QStringLiteral("created"));
        }
        const RecordStore::BulkResult result =
            m_store->insertMany(QStringLiteral("person"), values, summaries, {reference});
        QVERIFY(!result.ok);
        QCOMPARE(result.failedRow, qsizetype(bad));
        QCOMPARE(result.error, QStringLiteral("The organisation no longer exists."));
        QVERIFY(result.ids.isEmpty());
        QCOMPARE(count(QStringLiteral("person")), peopleBefore);
        QCOMPARE(count(QStringLiteral("change_log")), logBefore);
    }
}

void TestRecordStore::insertManyNamesRefusedRowAndWritesNothing()
{
    QString error;
    // Inside a caller's transaction a refused call undoes only itself.
    Transaction tx(*m_db);
    QVERIFY(m_store->insert(QStringLiteral("organisation"), organisation(QStringLiteral("Kept")),
                            QStringLiteral("created"), &error) > 0);
    QList<RecordStore::Values> values;
    QStringList summaries;
    const int bad = RecordStore::maxBatchRows + 5;
    for (int i = 0; i < RecordStore::maxBatchRows + 20; ++i) {
        // The schema refuses a person without any name.
        values.append(i == bad ? person(QString(), QString())
                               : person(QStringLiteral("Ana"), QStringLiteral("Row %1").arg(i)));
        summaries.append(QStringLiteral("created"));
    }
    const RecordStore::BulkResult result =
        m_store->insertMany(QStringLiteral("person"), values, summaries);
    QVERIFY(!result.ok);
    QCOMPARE(result.failedRow, qsizetype(bad));
    QCOMPARE(result.error, QStringLiteral("A person needs a given name or a family name."));
    QCOMPARE(count(QStringLiteral("person")), 0);
    QCOMPARE(count(QStringLiteral("change_log")), 1);
    // The transaction goes on after the refusal, on a server too.
    values.removeAt(bad);
    summaries.removeAt(bad);
    const RecordStore::BulkResult again =
        m_store->insertMany(QStringLiteral("person"), values, summaries);
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY2(tx.commit(), qPrintable(tx.error()));
    QCOMPARE(count(QStringLiteral("person")), values.size());
    QCOMPARE(count(QStringLiteral("change_log")), values.size() + 1);
}

void TestRecordStore::insertManyRefusesBadColumns()
{
    const auto refused = [this](const QString &table, const QList<RecordStore::Values> &values,
                                qsizetype row) {
        QStringList summaries;
        for (qsizetype i = 0; i < values.size(); ++i)
            summaries << QStringLiteral("created");
        const RecordStore::BulkResult result = m_store->insertMany(table, values, summaries);
        return !result.ok && result.failedRow == row && !result.error.isEmpty();
    };
    const RecordStore::Values ana = person(QStringLiteral("Ana"), QStringLiteral("Lima"));
    QVERIFY(refused(QStringLiteral("person; DROP TABLE person"), {ana}, -1));
    QVERIFY(refused(QStringLiteral("person"),
                    {ana + RecordStore::Values{{QStringLiteral("id"), 7}}}, -1));
    QVERIFY(refused(QStringLiteral("person"),
                    {ana + RecordStore::Values{{QStringLiteral("row_version"), 7}}}, -1));
    // Every row has the columns of the first, in the same order.
    QVERIFY(refused(QStringLiteral("person"),
                    {ana, ana, ana + RecordStore::Values{{QStringLiteral("notes"), QString()}}},
                    2));
    // One summary per row.
    QVERIFY(!m_store->insertMany(QStringLiteral("person"), {ana, ana}, {QStringLiteral("x")}).ok);
    QCOMPARE(count(QStringLiteral("person")), 0);
    QCOMPARE(count(QStringLiteral("change_log")), 0);
}

void TestRecordStore::binaryValuesInLog()
{
    QString error;
    const QByteArray photo = QByteArray::fromHex("FFD8FFE000104A464946");
    const qint64 id = m_store->insert(
        QStringLiteral("person"),
        person(QStringLiteral("Kim"), QStringLiteral("Park")) +
            RecordStore::Values{{QStringLiteral("photo"), photo},
                                {QStringLiteral("photo_mime_type"), QStringLiteral("image/jpeg")}},
        QStringLiteral("created"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(
        m_store->fetch(QStringLiteral("person"), id).value(QStringLiteral("photo")).toByteArray(),
        photo);
    const QJsonObject changes =
        QJsonDocument::fromJson(lastLog().value(QStringLiteral("changes")).toString().toUtf8())
            .object();
    QCOMPARE(changes.value(QStringLiteral("photo")).toArray().at(1).toString(),
             QStringLiteral("<10 bytes>"));
}

void TestRecordStore::foldedKeysStayOutOfTheLog()
{
    // The folded keys repeat a person's name in another form; the log keeps
    // the fields a person typed, whichever way the record was written.
    QString error;
    const QString table = QStringLiteral("person");
    const qint64 id =
        m_store->insert(table, person(QStringLiteral("Zoë"), QStringLiteral("Ørsted")),
                        QStringLiteral("created"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    const RecordStore::BulkResult many =
        m_store->insertMany(table,
                            {person(QStringLiteral("Jürgen"), QStringLiteral("Weiß")),
                             person(QStringLiteral("Laura"), QStringLiteral("Valdés"))},
                            {QStringLiteral("created"), QStringLiteral("created")});
    QVERIFY2(many.ok, qPrintable(many.error));
    QVERIFY2(m_store->update(table, id,
                             person(QStringLiteral("Zoe"), QStringLiteral("Orsted-Lund")),
                             QStringLiteral("changed"), 1, &error),
             qPrintable(error));
    QVERIFY2(m_store->remove(table, many.ids.at(0), QStringLiteral("removed"), &error),
             qPrintable(error));
    QVERIFY2(m_store->insert(QStringLiteral("organisation"),
                             organisation(QStringLiteral("Städtenetzwerk")),
                             QStringLiteral("created"), &error) > 0,
             qPrintable(error));

    QSqlQuery q = m_db->prepare(
        QStringLiteral("SELECT table_name, action, changes FROM change_log ORDER BY id"));
    QVERIFY(Database::exec(q));
    QStringList seen;
    while (q.next()) {
        const QJsonObject changes =
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        const QStringList fields = changes.keys();
        seen << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() +
                    QLatin1Char(' ') + fields.join(QLatin1Char(','));
    }
    const QString stored =
        QStringLiteral("consent_contact,consent_list,consent_photo,family_name,given_name");
    QCOMPARE(seen, (QStringList{QStringLiteral("person insert ") + stored,
                                QStringLiteral("person insert ") + stored,
                                QStringLiteral("person insert ") + stored,
                                QStringLiteral("person update family_name,given_name"),
                                QStringLiteral("person delete ") + stored,
                                QStringLiteral("organisation insert kind,name")}));
    // The keys themselves are still stored with the row.
    QCOMPARE(m_store->fetch(table, id).value(QStringLiteral("sort_key")).toString(),
             foldText(QStringLiteral("Orsted-Lund Zoe")));
}

void TestRecordStore::settings()
{
    QString error;
    QVERIFY2(m_store->setSetting(QStringLiteral("foundation_name"),
                                 QStringLiteral("Stiftung Entwicklung und Frieden"), &error),
             qPrintable(error));
    QCOMPARE(m_db->setting(QStringLiteral("foundation_name")),
             QStringLiteral("Stiftung Entwicklung und Frieden"));
    QCOMPARE(m_db->setting(QStringLiteral("missing"), QStringLiteral("fallback")),
             QStringLiteral("fallback"));
    m_now = utc(2024, 5, 1, 12, 0);
    QVERIFY(m_store->setSetting(QStringLiteral("foundation_name"), QStringLiteral("sef:"), &error));
    QCOMPARE(m_db->setting(QStringLiteral("foundation_name")), QStringLiteral("sef:"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT row_version || ' ' || created_at || ' ' || "
                                         "modified_at FROM setting WHERE key = 'foundation_name'"))
                 .toString(),
             QStringLiteral("2 2024-03-01T09:30:00Z 2024-05-01T12:00:00Z"));
    const QByteArray logo = QByteArray::fromHex("89504E470D0A1A0A");
    QVERIFY(m_store->setSetting(QStringLiteral("logo"), logo, &error));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT blob_value FROM setting WHERE key = 'logo'"))
                 .toByteArray(),
             logo);
    QCOMPARE(count(QStringLiteral("change_log")), 3);
    QVERIFY(lastLog().value(QStringLiteral("summary")).toString().contains(QStringLiteral("logo")));
    // An empty key is refused by the schema, and nothing is logged.
    QVERIFY(!m_store->setSetting(QString(), QStringLiteral("x"), &error));
    QVERIFY(!m_store->setSetting(QStringLiteral(""), QStringLiteral("x"), &error));
    QCOMPARE(count(QStringLiteral("change_log")), 3);
    QCOMPARE(count(QStringLiteral("setting")), 2);
}

void TestRecordStore::explainConstraint_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<RecordStore::Values>("values");
    QTest::addColumn<QString>("sentence");

    // Each row inserts into a database that already holds an organisation
    // "Stiftung", a venue "Rathaus" in Bonn with a room "Saal", person 1,
    // event 1 and person 1's role as chair of event 1.
    const auto with = [](RecordStore::Values base, const QString &column, const QVariant &value) {
        for (auto &entry : base) {
            if (entry.first == column) {
                entry.second = value;
                return base;
            }
        }
        base.append({column, value});
        return base;
    };
    const RecordStore::Values anEvent =
        eventValues(QStringLiteral("e2"), QStringLiteral("Zweites"));

    QTest::newRow("duplicate organisation")
        << QStringLiteral("organisation") << organisation(QStringLiteral("STIFTUNG"))
        << QStringLiteral("There is already an organisation of that name.");
    QTest::newRow("duplicate venue in a city")
        << QStringLiteral("venue")
        << RecordStore::Values{{QStringLiteral("name"), QStringLiteral("Rathaus")},
                               {QStringLiteral("city"), QStringLiteral("Bonn")},
                               {QStringLiteral("name_key"), QStringLiteral("rathaus")}}
        << QStringLiteral("There is already a venue of that name in that city.");
    QTest::newRow("duplicate room")
        << QStringLiteral("room")
        << RecordStore::Values{{QStringLiteral("venue_id"), 1},
                               {QStringLiteral("name"), QStringLiteral("Saal")}}
        << QStringLiteral("The venue already has a room of that name.");
    QTest::newRow("duplicate role")
        << QStringLiteral("role")
        << RecordStore::Values{{QStringLiteral("person_id"), 1},
                               {QStringLiteral("event_id"), 1},
                               {QStringLiteral("role"), QStringLiteral("chair")}}
        << QStringLiteral("The person already has that role there.");
    QTest::newRow("duplicate registration")
        << QStringLiteral("registration")
        << RecordStore::Values{{QStringLiteral("person_id"), 1}, {QStringLiteral("event_id"), 1}}
        << QStringLiteral("The person is already registered for this event.");
    QTest::newRow("duplicate calendar UID")
        << QStringLiteral("event") << with(anEvent, QStringLiteral("uid"), QStringLiteral("e1"))
        << QStringLiteral("Another event already has this calendar UID.");
    QTest::newRow("missing calendar UID")
        << QStringLiteral("event") << with(anEvent, QStringLiteral("uid"), QVariant())
        << QStringLiteral("A required value is missing: the event's uid.");
    QTest::newRow("missing start")
        << QStringLiteral("event") << with(anEvent, QStringLiteral("start_utc"), QVariant())
        << QStringLiteral("A required value is missing: the event's start.");
    QTest::newRow("missing organisation name key")
        << QStringLiteral("organisation")
        << RecordStore::Values{{QStringLiteral("name"), QStringLiteral("Neu")}}
        << QStringLiteral("A required value is missing: the organisation's name key.");
    QTest::newRow("end before start")
        << QStringLiteral("event")
        << with(anEvent, QStringLiteral("end_utc"), QStringLiteral("2024-06-01T15:00:00Z"))
        << QStringLiteral("The end is before the start.");
    QTest::newRow("unknown event status")
        << QStringLiteral("event")
        << with(anEvent, QStringLiteral("status"), QStringLiteral("done"))
        << QStringLiteral("The status must be one of: draft, planned, confirmed, postponed, "
                          "cancelled.");
    QTest::newRow("unknown registration status")
        << QStringLiteral("registration")
        << RecordStore::Values{{QStringLiteral("person_id"), 1},
                               {QStringLiteral("event_id"), 2},
                               {QStringLiteral("status"), QStringLiteral("pending")}}
        << QStringLiteral("The status must be one of: invited, registered, waitlisted, confirmed, "
                          "cancelled, attended, no_show.");
    QTest::newRow("flag neither 0 nor 1")
        << QStringLiteral("event") << with(anEvent, QStringLiteral("all_day"), 2)
        << QStringLiteral("The value of “all day” must be 0 (no) or 1 (yes).");
    QTest::newRow("document with both url and content")
        << QStringLiteral("document")
        << RecordStore::Values{{QStringLiteral("event_id"), 1},
                               {QStringLiteral("title"), QStringLiteral("Programm")},
                               {QStringLiteral("url"), QStringLiteral("https://example.org")},
                               {QStringLiteral("content"), QByteArray("%PDF")},
                               {QStringLiteral("file_name"), QStringLiteral("p.pdf")},
                               {QStringLiteral("mime_type"), QStringLiteral("application/pdf")}}
        << QStringLiteral("A document is either a link or a file kept in the database: one of the "
                          "two, not both.");
    QTest::newRow("e-mail address without @")
        << QStringLiteral("person")
        << with(person(QStringLiteral("Eva"), QStringLiteral("Lang")), QStringLiteral("email"),
                QStringLiteral("eva.example.org"))
        << QStringLiteral("The e-mail address does not look like one (name@example.org).");
    QTest::newRow("person without a name")
        << QStringLiteral("person")
        << with(person(QString(), QStringLiteral(" ")), QStringLiteral("given_name"), QVariant())
        << QStringLiteral("A person needs a given name or a family name.");
    QTest::newRow("unknown organisation")
        << QStringLiteral("person")
        << with(person(QStringLiteral("Eva"), QStringLiteral("Lang")),
                QStringLiteral("organisation_id"), 99)
        << QStringLiteral("The record is still referred to elsewhere, or refers to a record that "
                          "does not exist.");
}

void TestRecordStore::explainConstraint()
{
    QFETCH(QString, table);
    QFETCH(RecordStore::Values, values);
    QFETCH(QString, sentence);
    QString error;
    QVERIFY(m_store->insert(QStringLiteral("organisation"),
                            organisation(QStringLiteral("Stiftung")), QStringLiteral("created"),
                            &error) > 0);
    QVERIFY2(m_store->insert(QStringLiteral("venue"),
                             {{QStringLiteral("name"), QStringLiteral("Rathaus")},
                              {QStringLiteral("city"), QStringLiteral("Bonn")},
                              {QStringLiteral("name_key"), QStringLiteral("rathaus")}},
                             QStringLiteral("created"), &error) == 1,
             qPrintable(error));
    QVERIFY(m_store->insert(
                QStringLiteral("room"),
                {{QStringLiteral("venue_id"), 1}, {QStringLiteral("name"), QStringLiteral("Saal")}},
                QStringLiteral("created"), &error) == 1);
    QVERIFY(m_store->insert(QStringLiteral("person"),
                            person(QStringLiteral("Laura"), QStringLiteral("Valdés Cano")),
                            QStringLiteral("created"), &error) == 1);
    QVERIFY(m_store->insert(QStringLiteral("event"),
                            eventValues(QStringLiteral("e1"), QStringLiteral("Erstes")),
                            QStringLiteral("created"), &error) == 1);
    QVERIFY(m_store->insert(QStringLiteral("event"),
                            eventValues(QStringLiteral("e3"), QStringLiteral("Drittes")),
                            QStringLiteral("created"), &error) == 2);
    QVERIFY(m_store->insert(QStringLiteral("role"),
                            {{QStringLiteral("person_id"), 1},
                             {QStringLiteral("event_id"), 1},
                             {QStringLiteral("role"), QStringLiteral("chair")}},
                            QStringLiteral("created"), &error) == 1);
    QVERIFY(m_store->insert(QStringLiteral("registration"),
                            {{QStringLiteral("person_id"), 1}, {QStringLiteral("event_id"), 1}},
                            QStringLiteral("created"), &error) == 1);

    const qint64 logged = count(QStringLiteral("change_log"));
    QCOMPARE(m_store->insert(table, values, QStringLiteral("refused"), &error), qint64(0));
    QCOMPARE(error, sentence);
    QCOMPARE(count(QStringLiteral("change_log")), logged);
}

void TestRecordStore::storedInstantsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("instant");

    // The hour a local clock skips on the night it springs forward: read as
    // local time it does not exist, yet as UTC it is an ordinary instant.
    QTest::newRow("Berlin, the skipped hour")
        << QByteArrayLiteral("Europe/Berlin") << utc(2023, 3, 26, 2, 30);
    QTest::newRow("Berlin, the repeated hour")
        << QByteArrayLiteral("Europe/Berlin") << utc(2023, 10, 29, 2, 30);
    QTest::newRow("New York, the skipped hour")
        << QByteArrayLiteral("America/New_York") << utc(2024, 3, 10, 2, 15, 59);
    QTest::newRow("UTC, leap day") << QByteArrayLiteral("UTC") << utc(2024, 2, 29, 23, 59, 59);
    QTest::newRow("Berlin, new year")
        << QByteArrayLiteral("Europe/Berlin") << utc(2025, 1, 1, 0, 0);
}

void TestRecordStore::storedInstantsRoundTrip()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, instant);
    setTimeZone(zone);
    m_now = instant;
    QString error;
    const qint64 id =
        m_store->insert(QStringLiteral("organisation"), organisation(QStringLiteral("Stiftung")),
                        QStringLiteral("created"), &error);
    QVERIFY2(id > 0, qPrintable(error));
    const QString stored = m_store->fetch(QStringLiteral("organisation"), id)
                               .value(QStringLiteral("created_at"))
                               .toString();
    QCOMPARE(stored, instant.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")));
    const QDateTime back = Clock::fromStorage(stored);
    QVERIFY2(back.isValid(), qPrintable(stored));
    QCOMPARE(back, instant);
    QCOMPARE(back.offsetFromUtc(), 0);
    QCOMPARE(Clock::toStorage(back), stored);
    // Not instants in the stored form.
    QVERIFY(!Clock::fromStorage(QStringLiteral("2023-03-26 02:30:00")).isValid());
    QVERIFY(!Clock::fromStorage(QStringLiteral("2023-03-26T02:30:00+01:00")).isValid());
    QVERIFY(!Clock::fromStorage(QStringLiteral("2023-02-30T02:30:00Z")).isValid());
}

// Every function runs on both backends.
PODIUM_BACKEND_TEST_MAIN(TestRecordStore, QStringList{})
#include "tst_recordstore.moc"
