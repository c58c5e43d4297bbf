// The registration import on a large file: the connection's page cache while
// the one transaction runs, and matching people by e-mail address whatever
// its case, against the database and within the file.
#include "domain/event.h"
#include "domain/eventrepository.h"
#include "domain/person.h"
#include "domain/personrepository.h"
#include "io/registrationimport.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Podium;
using RI = RegistrationImport;

class TestRegistrationImportCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void largerCacheWhileApplying();
    void cacheRestoredAfterFailure();
    void largerCacheIsKept();
    void emailMatchesWhateverItsCase();
    void emailTwiceInTheFileWhateverItsCase();

private:
    int cacheSize() const { return m_db->scalar(QStringLiteral("PRAGMA cache_size")).toInt(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_event = 0;
    qint64 m_laura = 0;
};

void TestRegistrationImportCache::init()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(
        QStringLiteral("%1.podium").arg(QString::fromLatin1(QTest::currentTestFunction())));
    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(path, options);
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    QString error;
    Event e;
    e.uid = QStringLiteral("cache-test@podium");
    e.title.en = QStringLiteral("Cities and peace");
    e.start = QDateTime(QDate(2026, 5, 4), QTime(16, 0), QTimeZone::utc());
    e.end = e.start.addSecs(3 * 3600);
    QVERIFY2(EventRepository(*m_db).insert(e, &error), qPrintable(error));
    m_event = e.id;
    Person laura;
    laura.givenName = QStringLiteral("Laura");
    laura.familyName = QStringLiteral("Valdés Cano");
    laura.email = QStringLiteral("Laura.Valdes@Example.org");
    QVERIFY2(PersonRepository(*m_db).insert(laura, &error), qPrintable(error));
    m_laura = laura.id;
}

void TestRegistrationImportCache::cleanup()
{
    m_db.reset();
}

void TestRegistrationImportCache::largerCacheWhileApplying()
{
    QByteArray csv("Vorname;Nachname;E-Mail\n");
    for (int i = 0; i < 2 * RI::applyBatchRows + 50; ++i)
        csv += "Gast;Nummer " + QByteArray::number(i) + ";gast" + QByteArray::number(i) +
               "@example.org\n";
    const RI::Plan plan = RI::plan(*m_db, m_event, RI::read(csv));
    QCOMPARE(plan.rejectedCount(), 0);
    const int before = cacheSize();
    QVERIFY(before > -RI::importCacheKiB);
    QList<int> during;
    RI::ApplyOptions options;
    options.progress = [&](int, int) { during.append(cacheSize()); };
    const RI::Result result = RI::apply(*m_db, plan, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.createdRegistrations.size(), 2 * RI::applyBatchRows + 50);
    // Two calls inside the transaction (after two batches), one after the commit.
    QCOMPARE(during.size(), 3);
    QCOMPARE(during.at(0), -RI::importCacheKiB);
    QCOMPARE(during.at(1), -RI::importCacheKiB);
    QCOMPARE(cacheSize(), before);
}

void TestRegistrationImportCache::cacheRestoredAfterFailure()
{
    const RI::Plan plan =
        RI::plan(*m_db, m_event, RI::read("Vorname;Nachname;E-Mail\nAnna;Berg;anna@example.org\n"));
    QCOMPARE(plan.rejectedCount(), 0);
    const int before = cacheSize();
    std::atomic_bool cancel = true;
    RI::ApplyOptions options;
    options.cancel = &cancel;
    const RI::Result result = RI::apply(*m_db, plan, options);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(cacheSize(), before);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 1);
}

void TestRegistrationImportCache::largerCacheIsKept()
{
    // A cache given in pages (a positive size) that is larger than the
    // import's is not made smaller while it runs.
    const qint64 pageSize = m_db->scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
    QVERIFY(pageSize > 0);
    const int pages = int(2 * qint64(RI::importCacheKiB) * 1024 / pageSize);
    QVERIFY(m_db->execute(QStringLiteral("PRAGMA cache_size = %1").arg(pages)));
    QCOMPARE(cacheSize(), pages);
    QByteArray csv("Vorname;Nachname;E-Mail\n");
    for (int i = 0; i < RI::applyBatchRows + 1; ++i)
        csv += "Gast;Nummer " + QByteArray::number(i) + ";gast" + QByteArray::number(i) +
               "@example.org\n";
    const RI::Plan plan = RI::plan(*m_db, m_event, RI::read(csv));
    QList<int> during;
    RI::ApplyOptions options;
    options.progress = [&](int, int) { during.append(cacheSize()); };
    const RI::Result result = RI::apply(*m_db, plan, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(during, (QList<int>{pages, pages}));
    QCOMPARE(cacheSize(), pages);
}

void TestRegistrationImportCache::emailMatchesWhateverItsCase()
{
    // Another spelling of the name, the address in other capitals: the
    // address decides.
    const RI::Plan plan =
        RI::plan(*m_db, m_event,
                 RI::read("Vorname;Nachname;E-Mail\nL.;Valdés;laura.valdes@EXAMPLE.ORG\n"
                          "Jonas;Weber;jonas@example.org\n"));
    QCOMPARE(plan.rejectedCount(), 0);
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.rows.at(0).personAction, RI::PersonAction::Match);
    QCOMPARE(plan.rows.at(0).person.id, m_laura);
    QCOMPARE(plan.rows.at(0).matchedBy, QStringLiteral("e-mail"));
    QCOMPARE(plan.rows.at(1).personAction, RI::PersonAction::Create);
    const RI::Result result = RI::apply(*m_db, plan, RI::ApplyOptions());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.createdPeople.size(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 2);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT person_id FROM registration WHERE person_id = ?"),
                          {m_laura})
                 .toLongLong(),
             m_laura);
}

void TestRegistrationImportCache::emailTwiceInTheFileWhateverItsCase()
{
    const RI::Plan plan = RI::plan(*m_db, m_event,
                                   RI::read("Vorname;Nachname;E-Mail\n"
                                            "Anna;Berg;anna.berg@example.org\n"
                                            "Jonas;Weber;jonas@example.org\n"
                                            "Anna;Berg-Lind;Anna.Berg@Example.ORG\n"));
    QCOMPARE(plan.rejectedCount(), 1);
    const RI::Row &third = plan.rows.at(2);
    QCOMPARE(third.line, 4);
    QVERIFY2(third.rejection.contains(QLatin1StringView("Duplicate in the file")) &&
                 third.rejection.contains(QLatin1StringView("Anna.Berg@Example.ORG")) &&
                 third.rejection.contains(QLatin1StringView("line 2")),
             qPrintable(third.rejection));
    const RI::Result result = RI::apply(*m_db, plan, RI::ApplyOptions());
    QVERIFY(!result.ok);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestRegistrationImportCache)
#include "tst_registrationimportcache.moc"
