// Duplicates: people and organisations entered twice are found, and merged
// in one transaction that moves everything to the record kept, keeps the
// database consistent, and can be undone exactly.
#include "cli.h"
#include "podiumrun.h"
#include "privacy/duplicates.h"
#include "privacy/mergecommand.h"
#include "privacy/personprivacy.h"
#include "privacyfixture.h"
#include "testdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

using namespace Podium;
using namespace PrivacyFixture;
using Podium::Testing::TestDatabases;

using PodiumRun::Run;

namespace {

Run cli(const QStringList &arguments)
{
    return PodiumRun::command(&Cli::execute, arguments);
}

QString reasonFor(const QList<Duplicates::Pair> &pairs, qint64 a, qint64 b)
{
    for (const Duplicates::Pair &p : pairs) {
        if ((p.first == a && p.second == b) || (p.first == b && p.second == a))
            return p.reason;
    }
    return {};
}

QStringList snapshot(const Database &db)
{
    QStringList out;
    for (const char *table : {"organisation", "person", "registration", "role"})
        out << rows(db, QString::fromLatin1(table));
    return out;
}

} // namespace

class TestDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editDistance_data();
    void editDistance();
    void findsLikelyDuplicatePeople();
    void findsSimilarOrganisations();
    void personMergeMovesEverything();
    void personMergeUndoAndRedo();
    void personMergeFollowsLaterWithdrawal();
    void undoRefusedAfterLaterChange();
    void organisationMerge();
    void commandLine();

private:
    TestDatabases m_dbs;
    // The database file (file backend) and the copies beside it.
    QTemporaryDir *m_dir = nullptr;
    // The database file, or on a server its address.
    QString m_path;
    std::unique_ptr<Database> m_db;
    Ids m_ids;
    qint64 m_lauraTwin = 0;
};

void TestDuplicates::init()
{
    m_dir = new QTemporaryDir;
    Database::OpenResult opened;
    if (TestDatabases::onServer()) {
        opened = m_dbs.create();
        m_path = m_dbs.lastLocation();
    } else {
        m_path = m_dir->filePath(QStringLiteral("dup.podium"));
        Database::OpenOptions options;
        options.create = true;
        opened = Database::open(m_path, options);
    }
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    m_ids = populate(*m_db);
    // Laura again, from a registration form: a typo, the address in capitals,
    // a consent to photos she never gave on her first record, another note,
    // and registrations and roles of her own.
    m_lauraTwin = addPerson(*m_db, QStringLiteral("Laura"), QStringLiteral("Valdes Cana"),
                            QStringLiteral("Laura.Valdes@Example.org"), m_ids.organisation, false,
                            QStringLiteral("Met at the reception."));
    Person twin = *PersonRepository(*m_db).find(m_lauraTwin);
    twin.consentPhoto.given = true;
    QVERIFY(PersonRepository(*m_db).update(twin));
    // The same event as Laura's record, with a status further along, and one of its own.
    addRegistration(*m_db, m_lauraTwin, m_ids.comingEvent, RegistrationStatus::Confirmed,
                    QStringLiteral("wheelchair access"));
    addRegistration(*m_db, m_lauraTwin, m_ids.recentEvent, RegistrationStatus::NoShow);
    const qint64 extra =
        addEvent(*m_db, QStringLiteral("Extra Dialogue"), Clock::nowUtc().addMonths(-5));
    addRegistration(*m_db, m_lauraTwin, extra, RegistrationStatus::Attended);
    addRole(*m_db, m_lauraTwin, m_ids.pastEvent, RoleKind::Chair, QStringLiteral("Same chair"));
    addRole(*m_db, m_lauraTwin, extra, RoleKind::Keynote, QStringLiteral("Example Institute"));
}

void TestDuplicates::cleanup()
{
    m_db.reset();
    m_dbs.dropAll();
    delete m_dir;
    m_dir = nullptr;
}

void TestDuplicates::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("same") << "valdes cano laura"
                          << "valdes cano laura" << 0;
    QTest::newRow("one letter") << "valdes cano laura"
                                << "valdes cana laura" << 1;
    QTest::newRow("insertion") << "meier anna"
                               << "meyer anna" << 1;
    QTest::newRow("two") << "schmidt jan"
                         << "schmitt jana" << 2;
    QTest::newRow("far") << "mustermann max"
                         << "nordmann ola" << 3; // capped at limit + 1
    QTest::newRow("lengths") << "abc"
                             << "abcdefgh" << 3;
}

void TestDuplicates::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(Duplicates::editDistance(a, b, 2), expected);
    QCOMPARE(Duplicates::editDistance(b, a, 2), expected);
}

void TestDuplicates::findsLikelyDuplicatePeople()
{
    const qint64 sameName =
        addPerson(*m_db, QStringLiteral("Max"), QStringLiteral("Mustermann"), QString(), 0, false);
    const qint64 otherOrganisation =
        addPerson(*m_db, QStringLiteral("Erika"), QStringLiteral("Rednar"), QString(), 0, false);
    const QList<Duplicates::Pair> pairs = Duplicates::findPeople(*m_db);
    const QString laura = reasonFor(pairs, m_ids.laura, m_lauraTwin);
    QVERIFY2(laura.contains(QStringLiteral("same e-mail address")), qPrintable(laura));
    QVERIFY2(laura.contains(QStringLiteral("similar name at the same organisation")),
             qPrintable(laura));
    QCOMPARE(reasonFor(pairs, m_ids.max, sameName), QStringLiteral("same name and organisation"));
    // A similar name elsewhere is not enough.
    QVERIFY(reasonFor(pairs, m_ids.erika, otherOrganisation).isEmpty());
    QVERIFY(reasonFor(pairs, m_ids.ola, m_ids.olaf).isEmpty());
    QCOMPARE(pairs.size(), 2);

    // Anonymised records are never offered, however alike they look.
    QVERIFY(PersonPrivacy::erase(*m_db, m_ids.ola, {}, Clock::nowUtc()).ok);
    QVERIFY(PersonPrivacy::erase(*m_db, m_ids.olaf, {}, Clock::nowUtc()).ok);
    QCOMPARE(Duplicates::findPeople(*m_db).size(), 2);
    QString error;
    QVERIFY(!Duplicates::planPersonMerge(*m_db, m_ids.ola, m_ids.olaf, &error));
    QVERIFY(error.contains(QStringLiteral("Anonymised")));
}

void TestDuplicates::findsSimilarOrganisations()
{
    OrganisationRepository repo(*m_db);
    Organisation a;
    a.name = QStringLiteral("Development and Peace Foundation");
    a.shortName = QStringLiteral("sef:");
    Organisation b;
    b.name = QStringLiteral("Developement and Peace Foundation.");
    Organisation c;
    c.name = QStringLiteral("Stiftung Entwicklung und Frieden");
    c.shortName = QStringLiteral("SEF:");
    Organisation d;
    d.name = QStringLiteral("Institute for Peace");
    for (Organisation *o : {&a, &b, &c, &d})
        QVERIFY(repo.insert(*o));
    const QList<Duplicates::Pair> pairs = Duplicates::findOrganisations(*m_db);
    QCOMPARE(reasonFor(pairs, a.id, b.id), QStringLiteral("similar name"));
    QCOMPARE(reasonFor(pairs, a.id, c.id), QStringLiteral("same short name"));
    QVERIFY(reasonFor(pairs, a.id, d.id).isEmpty());
    QCOMPARE(pairs.size(), 2);
}

void TestDuplicates::personMergeMovesEverything()
{
    const int registrations =
        m_db->scalar(QStringLiteral("SELECT count(*) FROM registration")).toInt();
    const int roles = m_db->scalar(QStringLiteral("SELECT count(*) FROM role")).toInt();
    QString error;
    std::optional<Duplicates::Merge> merge =
        Duplicates::planPersonMerge(*m_db, m_ids.laura, m_lauraTwin, &error);
    QVERIFY2(merge, qPrintable(error));
    QVERIFY2(Duplicates::apply(*m_db, *merge, true, &error), qPrintable(error));
    QCOMPARE(merge->moved, 2);      // the extra event's registration, the keynote
    QCOMPARE(merge->collisions, 3); // coming event, recent event, the same chair

    QVERIFY(RecordStore(*m_db).fetch(QStringLiteral("person"), m_lauraTwin).isEmpty());
    QVERIFY(foreignKeyProblems(*m_db).isEmpty());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM registration WHERE person_id = ?"),
                          {m_lauraTwin})
                 .toInt(),
             0);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM role WHERE person_id = ?"), {m_lauraTwin})
            .toInt(),
        0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM registration")).toInt(),
             registrations - 2);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM role")).toInt(), roles - 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM registration WHERE person_id = ?"),
                          {m_ids.laura})
                 .toInt(),
             4);
    // The coming event: confirmed (further along than registered), needs kept.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT status || '|' || coalesce(needs, '') FROM "
                                         "registration WHERE person_id = ? AND event_id = ?"),
                          {m_ids.laura, m_ids.comingEvent})
                 .toString(),
             QStringLiteral("confirmed|wheelchair access"));
    // The recent event: attended beats no-show.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT status FROM registration WHERE person_id = ? AND "
                                         "event_id = ?"),
                          {m_ids.laura, m_ids.recentEvent})
                 .toString(),
             QStringLiteral("attended"));
    // Consents: hers to be contacted (the twin never decided), the twin's to photos.
    const QVariantMap laura = RecordStore(*m_db).fetch(QStringLiteral("person"), m_ids.laura);
    QCOMPARE(laura.value(QStringLiteral("consent_contact")).toInt(), 1);
    QCOMPARE(laura.value(QStringLiteral("consent_photo")).toInt(), 1);
    QCOMPARE(laura.value(QStringLiteral("notes")).toString(),
             QStringLiteral("Prefers Spanish.\n\nMet at the reception."));
    QCOMPARE(laura.value(QStringLiteral("family_name")).toString(),
             QString::fromUtf8("Valdés Cano"));
}

void TestDuplicates::personMergeFollowsLaterWithdrawal()
{
    // Laura agreed to be contacted long ago; her twin agreed and then
    // withdrew it since: the later decision, read from the change log, wins.
    QString error;
    QVERIFY2(RecordStore(*m_db).update(
                 QStringLiteral("person"), m_ids.laura,
                 {{QStringLiteral("consent_contact_at"), QStringLiteral("2020-01-01T00:00:00Z")}},
                 QStringLiteral("consent date"), 0, &error),
             qPrintable(error));
    Person twin = *PersonRepository(*m_db).find(m_lauraTwin);
    twin.consentContact.given = true;
    QVERIFY(PersonRepository(*m_db).update(twin));
    twin = *PersonRepository(*m_db).find(m_lauraTwin);
    twin.consentContact = {};
    QVERIFY(PersonRepository(*m_db).update(twin));

    std::optional<Duplicates::Merge> merge =
        Duplicates::planPersonMerge(*m_db, m_ids.laura, m_lauraTwin, &error);
    QVERIFY2(merge, qPrintable(error));
    QVERIFY2(Duplicates::apply(*m_db, *merge, true, &error), qPrintable(error));
    const QVariantMap laura = RecordStore(*m_db).fetch(QStringLiteral("person"), m_ids.laura);
    QCOMPARE(laura.value(QStringLiteral("consent_contact")).toInt(), 0);
    QVERIFY(laura.value(QStringLiteral("consent_contact_at")).isNull());
    // The photo consent the twin gave and never withdrew comes along.
    QCOMPARE(laura.value(QStringLiteral("consent_photo")).toInt(), 1);
}

void TestDuplicates::personMergeUndoAndRedo()
{
    const QStringList before = snapshot(*m_db);
    QString error;
    std::optional<Duplicates::Merge> merge =
        Duplicates::planPersonMerge(*m_db, m_ids.laura, m_lauraTwin, &error);
    QVERIFY(merge);
    QVERIFY2(Duplicates::apply(*m_db, *merge, true, &error), qPrintable(error));
    const QStringList after = snapshot(*m_db);
    QVERIFY(after != before);

    QStringList errors;
    QUndoStack stack;
    stack.push(new MergeCommand(*m_db, *merge, QStringLiteral("Merge"),
                                [&](const QString &e) { errors << e; }));
    QCOMPARE(snapshot(*m_db), after); // pushing does not merge twice
    stack.undo();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(snapshot(*m_db), before);
    QVERIFY(foreignKeyProblems(*m_db).isEmpty());
    stack.redo();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(snapshot(*m_db), after);
    stack.undo();
    QCOMPARE(snapshot(*m_db), before);
}

void TestDuplicates::undoRefusedAfterLaterChange()
{
    QString error;
    std::optional<Duplicates::Merge> merge =
        Duplicates::planPersonMerge(*m_db, m_ids.laura, m_lauraTwin, &error);
    QVERIFY(merge && Duplicates::apply(*m_db, *merge, true, &error));
    QStringList errors;
    QUndoStack stack;
    stack.push(new MergeCommand(*m_db, *merge, QStringLiteral("Merge"),
                                [&](const QString &e) { errors << e; }));
    // A colleague edits Laura after the merge.
    Person laura = *PersonRepository(*m_db).find(m_ids.laura);
    laura.position = QStringLiteral("Director");
    QVERIFY(PersonRepository(*m_db).update(laura));
    const QStringList edited = snapshot(*m_db);
    stack.undo();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().contains(QStringLiteral("changed")));
    QCOMPARE(snapshot(*m_db), edited);
}

void TestDuplicates::organisationMerge()
{
    OrganisationRepository repo(*m_db);
    Organisation twin;
    twin.name = QStringLiteral("Example Institute, Research & Policy");
    twin.city = QStringLiteral("Bonn");
    twin.notes = QStringLiteral("Old record.");
    QVERIFY(repo.insert(twin));
    Organisation member;
    member.name = QStringLiteral("Example Institute Lab");
    member.parentId = twin.id;
    QVERIFY(repo.insert(member));
    Person p = *PersonRepository(*m_db).find(m_ids.max);
    p.organisationId = twin.id;
    QVERIFY(PersonRepository(*m_db).update(p));

    const QStringList before = snapshot(*m_db);
    QString error;
    std::optional<Duplicates::Merge> merge =
        Duplicates::planOrganisationMerge(*m_db, m_ids.organisation, twin.id, &error);
    QVERIFY2(merge, qPrintable(error));
    QVERIFY2(Duplicates::apply(*m_db, *merge, true, &error), qPrintable(error));
    QCOMPARE(merge->moved, 2);
    QVERIFY(RecordStore(*m_db).fetch(QStringLiteral("organisation"), twin.id).isEmpty());
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT organisation_id FROM person WHERE id = ?"), {m_ids.max})
            .toLongLong(),
        m_ids.organisation);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT parent_id FROM organisation WHERE id = ?"), {member.id})
            .toLongLong(),
        m_ids.organisation);
    const QVariantMap kept =
        RecordStore(*m_db).fetch(QStringLiteral("organisation"), m_ids.organisation);
    QCOMPARE(kept.value(QStringLiteral("city")).toString(), QStringLiteral("Bonn"));
    QVERIFY(kept.value(QStringLiteral("notes")).toString().endsWith(QStringLiteral("Old record.")));
    QVERIFY(foreignKeyProblems(*m_db).isEmpty());
    QVERIFY(Duplicates::apply(*m_db, *merge, false, &error));
    QCOMPARE(snapshot(*m_db), before);
}

void TestDuplicates::commandLine()
{
    m_db.reset();
    const Run list = cli({QStringLiteral("duplicates"), QStringLiteral("list"),
                          QStringLiteral("--database"), m_path});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("%1\t%2\t").arg(m_ids.laura).arg(m_lauraTwin)),
             qPrintable(list.out));

    Database::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto snapshotOfFile = [&] {
        auto db = Database::open(m_path, readOnly);
        return snapshot(*db.database);
    };
    const QStringList before = snapshotOfFile();
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--keep"), QString::number(m_ids.laura),
                      QStringLiteral("--remove"), QStringLiteral("9999")},
          QStringList{QStringLiteral("--keep"), QString::number(m_ids.laura),
                      QStringLiteral("--remove"), QString::number(m_ids.laura)}}) {
        const Run r = cli(QStringList{QStringLiteral("duplicates"), QStringLiteral("merge"),
                                      QStringLiteral("--database"), m_path} +
                          bad);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Nothing was merged")));
    }
    const Run word =
        cli({QStringLiteral("duplicates"), QStringLiteral("merge"), QStringLiteral("--database"),
             m_path, QStringLiteral("--keep"), QStringLiteral("laura"), QStringLiteral("--remove"),
             QStringLiteral("2")});
    QCOMPARE(word.exitCode, 2);
    QCOMPARE(snapshotOfFile(), before);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}).isEmpty());
    if (TestDatabases::onServer())
        QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());

    const Run merge =
        cli({QStringLiteral("duplicates"), QStringLiteral("merge"), QStringLiteral("--database"),
             m_path, QStringLiteral("--keep"), QString::number(m_ids.laura),
             QStringLiteral("--remove"), QString::number(m_lauraTwin)});
    QVERIFY2(merge.exitCode == 0, qPrintable(merge.err));
    if (TestDatabases::onServer()) {
        // No copy of a server database; the output names none.
        QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
        QVERIFY2(!merge.out.contains(QStringLiteral("copy")), qPrintable(merge.out));
    } else {
        const QStringList backups = QDir(m_dir->path()).entryList({QStringLiteral("*.bak")});
        QCOMPARE(backups.size(), 1);
        QCOMPARE(QFileInfo(m_dir->filePath(backups.first())).permissions() & 0x7777,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        QVERIFY(merge.out.contains(backups.first()));
    }
    auto db = Database::open(m_path, readOnly);
    QVERIFY(foreignKeyProblems(*db.database).isEmpty());
    QCOMPARE(db.database
                 ->scalar(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"), {m_lauraTwin})
                 .toInt(),
             0);
}

// On a server every function runs; the copies a merge leaves beside a file
// are checked where the function says.
PODIUM_BACKEND_TEST_MAIN(TestDuplicates, QStringList{})
#include "tst_duplicates.moc"
