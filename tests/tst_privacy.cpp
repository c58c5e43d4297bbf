// Data protection: a person's right of access and to erasure, the retention
// run over past attendees, and the mailing export that only ever holds people
// who agreed to be contacted.
#include "cli.h"
#include "podiumrun.h"
#include "privacy/mailingexport.h"
#include "privacy/personprivacy.h"
#include "privacyfixture.h"
#include "storage/database.h"
#include "storage/organisationsettings.h"
#include "testdatabase.h"
#include "util/clock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Podium;
using namespace PrivacyFixture;
using Podium::Testing::TestDatabases;

using PodiumRun::Run;

namespace {

Run cli(const QStringList &arguments)
{
    return PodiumRun::command(&Cli::execute, arguments);
}

QString dumpAll(const Database &db)
{
    QString text;
    for (const auto &[where, value] : allText(db))
        text += where + QLatin1Char('=') + value + QLatin1Char('\n');
    for (const char *table : {"person", "registration", "role", "organisation", "event"})
        text += rows(db, QString::fromLatin1(table)).join(QLatin1Char('\n'));
    return text;
}

/** Registrations of each past event by status: what counts must keep. */
QStringList pastCounts(const Database &db)
{
    QStringList out;
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT r.event_id, r.status, count(*) FROM registration r JOIN event e ON e.id = "
        "r.event_id WHERE e.end_utc < ? GROUP BY r.event_id, r.status ORDER BY 1, 2"));
    q.addBindValue(Clock::toStorage(Clock::nowUtc()));
    if (!Database::exec(q))
        qFatal("cannot count");
    while (q.next())
        out << QStringLiteral("%1 %2 %3")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return out;
}

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser;
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void resolvePerson();
    void resolvePersonIgnoresCaseBeyondAscii();
    void accessReportHoldsEverything();
    void accessExportCommand();
    void erasureLeavesNoTrace();
    void erasureFindsMentionsInAnyCase();
    void erasureKeepsPublishedNameWhenAsked();
    void erasureCleansUpOldVersions();
    void erasureCommandMakesPrivateBackup();
    void erasureOfUnknownPersonChangesNothing();
    void retentionDryRunMatchesRealRun();
    void retentionBadMonthsChangeNothing();
    void retentionPeriodFromSettings();
    void retentionRefusesStalePlan();
    void mailingHoldsOnlyConsentingPeople();
    void vCardEscapingAndFolding();

private:
    TestDatabases m_dbs;
    // Outputs, and the database file on the file backend.
    QTemporaryDir *m_dir = nullptr;
    // The database file, or on a server its address.
    QString m_path;
    std::unique_ptr<Database> m_db;
    Ids m_ids;
};

void TestPrivacy::init()
{
    m_dir = new QTemporaryDir;
    Database::OpenResult opened;
    if (TestDatabases::onServer()) {
        opened = m_dbs.create();
        m_path = m_dbs.lastLocation();
    } else {
        m_path = m_dir->filePath(QStringLiteral("privacy.podium"));
        Database::OpenOptions options;
        options.create = true;
        opened = Database::open(m_path, options);
    }
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    m_ids = populate(*m_db);
}

void TestPrivacy::cleanup()
{
    m_db.reset();
    m_dbs.dropAll();
    delete m_dir;
    m_dir = nullptr;
}

void TestPrivacy::resolvePerson()
{
    QString error;
    QCOMPARE(PersonPrivacy::resolvePerson(*m_db, QString::number(m_ids.max), &error), m_ids.max);
    QCOMPARE(
        PersonPrivacy::resolvePerson(*m_db, QStringLiteral("LAURA.Valdes@example.org"), &error),
        m_ids.laura);
    QCOMPARE(PersonPrivacy::resolvePerson(*m_db, QStringLiteral("99999"), &error), 0);
    QVERIFY(error.contains(QStringLiteral("99999")));
    QCOMPARE(PersonPrivacy::resolvePerson(*m_db, QStringLiteral("nobody@example.org"), &error), 0);
    QVERIFY(error.contains(QStringLiteral("nobody@example.org")));
    QCOMPARE(PersonPrivacy::resolvePerson(*m_db, QStringLiteral("Laura"), &error), 0);
}

void TestPrivacy::accessReportHoldsEverything()
{
    QString error;
    const QByteArray json = PersonPrivacy::accessReport(*m_db, m_ids.laura, &error);
    QVERIFY2(!json.isEmpty(), qPrintable(error));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject person = root.value(QStringLiteral("person")).toObject();
    QCOMPARE(person.value(QStringLiteral("given_name")).toString(), QStringLiteral("Laura"));
    QCOMPARE(person.value(QStringLiteral("email")).toString(),
             QStringLiteral("laura.valdes@example.org"));
    QCOMPARE(person.value(QStringLiteral("consent_contact")).toInt(), 1);
    QVERIFY(!person.value(QStringLiteral("consent_contact_at")).toString().isEmpty());
    QCOMPARE(person.value(QStringLiteral("notes")).toString(), QStringLiteral("Prefers Spanish."));
    QCOMPARE(root.value(QStringLiteral("organisation"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Example Institute; Research, Policy"));

    const QJsonArray registrations = root.value(QStringLiteral("registrations")).toArray();
    QCOMPARE(registrations.size(), 3);
    QStringList titles;
    for (const QJsonValue &r : registrations)
        titles << r.toObject().value(QStringLiteral("event_title")).toString();
    QCOMPARE(titles, (QStringList{QStringLiteral("Old Dialogue"), QStringLiteral("Recent Dialogue"),
                                  QStringLiteral("Coming Dialogue")}));
    QCOMPARE(registrations.first().toObject().value(QStringLiteral("needs")).toString(),
             QStringLiteral("vegetarian"));

    const QJsonArray roles = root.value(QStringLiteral("roles")).toArray();
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles.first().toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("chair"));
    QCOMPARE(roles.first().toObject().value(QStringLiteral("event_title")).toString(),
             QStringLiteral("Old Dialogue"));

    // Her record's insert and update, three registrations and two roles.
    const QJsonArray log = root.value(QStringLiteral("change_log")).toArray();
    int persons = 0, registration = 0, role = 0;
    for (const QJsonValue &v : log) {
        const QString table = v.toObject().value(QStringLiteral("table_name")).toString();
        persons += table == QLatin1StringView("person");
        registration += table == QLatin1StringView("registration");
        role += table == QLatin1StringView("role");
        if (table == QLatin1StringView("person"))
            QCOMPARE(v.toObject().value(QStringLiteral("record_id")).toInteger(), m_ids.laura);
    }
    QCOMPARE(persons, 2);
    QCOMPARE(registration, 3);
    QCOMPARE(role, 2);
    // Nobody else's data is in it.
    QVERIFY(!json.contains("max@example.org"));
    QVERIFY(!json.contains("erika@example.org"));
}

void TestPrivacy::accessExportCommand()
{
    const QString output = m_dir->filePath(QStringLiteral("laura.json"));
    const Run r =
        cli({QStringLiteral("privacy"), QStringLiteral("export-person"),
             QStringLiteral("--database"), m_path, QStringLiteral("--person"),
             QStringLiteral("laura.valdes@example.org"), QStringLiteral("--output"), output});
    QCOMPARE(r.exitCode, 0);
    QFile f(output);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(
        root.value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInteger(),
        m_ids.laura);
    QCOMPARE(QFileInfo(output).permissions() & 0x7777, ownerOnly());
    if (!TestDatabases::onServer())
        QCOMPARE(QFileInfo(m_path).permissions() & 0x7777, ownerOnly());
}

void TestPrivacy::erasureLeavesNoTrace()
{
    const QStringList before = pastCounts(*m_db);
    const int logBefore = m_db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt();
    const PersonPrivacy::ErasureResult r =
        PersonPrivacy::erase(*m_db, m_ids.laura, {}, Clock::nowUtc());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.registrationsKept, 2);
    QCOMPARE(r.registrationsRemoved, 1);
    QCOMPARE(r.rolesRemoved, 2);
    QCOMPARE(r.rolesKept, 0);
    QVERIFY(!r.personDeleted);
    QVERIFY(r.mentionsReplaced >= 2); // the event's notes, the organisation's notes

    // Not a letter of her left, in any text column of any table.
    for (const auto &[where, value] : allText(*m_db)) {
        const QString v = value.toLower();
        for (const char *trace : {"valdés", "valdes", "laura.valdes@example.org", "laura valdés",
                                  "prefers spanish", "vegetarian", "+34 91"})
            QVERIFY2(!v.contains(QString::fromUtf8(trace)),
                     qPrintable(where + QStringLiteral(": ") + value));
    }
    // Past events count as before; the coming one lost her registration.
    QCOMPARE(pastCounts(*m_db), before);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM registration WHERE event_id = ?"),
                          {m_ids.comingEvent})
                 .toInt(),
             1);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT family_name FROM person WHERE id = ?"), {m_ids.laura})
            .toString(),
        PersonPrivacy::anonymisedName());
    QVERIFY(m_db->scalar(QStringLiteral("SELECT email FROM person WHERE id = ?"), {m_ids.laura})
                .isNull());
    // The erasure itself is logged, without her name; nothing was removed from the log.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(),
             logBefore + 1);
    QVERIFY(foreignKeyProblems(*m_db).isEmpty());
    // Others are untouched.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT email FROM person WHERE id = ?"), {m_ids.max})
                 .toString(),
             QStringLiteral("max@example.org"));

    if (TestDatabases::onServer()) {
        // The server's old row versions of every table the erasure wrote to
        // were vacuumed away (this login owns the test database).
        QVERIFY2(r.notVacuumed.isEmpty(), qPrintable(r.notVacuumed.join(QLatin1Char(' '))));
        for (const char *table :
             {"person", "registration", "role", "change_log", "event", "organisation"}) {
            QSqlQuery q = m_db->prepare(QStringLiteral(
                "SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables WHERE relname = ?"));
            q.addBindValue(QString::fromLatin1(table));
            QVERIFY(Database::exec(q));
            QVERIFY2(q.next() && q.value(0).toBool(), table);
        }
        return;
    }
    // Nor in the file's bytes: deleted content is overwritten and the
    // write-ahead log emptied.
    QVERIFY(r.notVacuumed.isEmpty());
    m_db.reset();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("laura.valdes@example.org"));
    QFile wal(m_path + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        QVERIFY(!wal.readAll().contains("laura.valdes@example.org"));
}

void TestPrivacy::resolvePersonIgnoresCaseBeyondAscii()
{
    const qint64 joerg = addPerson(*m_db, QString::fromUtf8("Jörg"), QStringLiteral("Ölmann"),
                                   QString::fromUtf8("jörg.ölmann@example.org"), 0, false);
    QString error;
    QCOMPARE(
        PersonPrivacy::resolvePerson(*m_db, QString::fromUtf8("JÖRG.Ölmann@EXAMPLE.org"), &error),
        joerg);
    // The sieve lets through any letter where the address has one beyond
    // ASCII; the comparison after it does not.
    QCOMPARE(PersonPrivacy::resolvePerson(*m_db, QStringLiteral("jxrg.xlmann@example.org"), &error),
             0);
    QVERIFY(error.contains(QStringLiteral("jxrg.xlmann@example.org")));
    // Characters that LIKE or a regular expression would read as patterns
    // are taken as they are.
    QCOMPARE(PersonPrivacy::resolvePerson(*m_db, QStringLiteral("%@example.org"), &error), 0);
    QCOMPARE(PersonPrivacy::resolvePerson(*m_db, QStringLiteral("ma.@example.org"), &error), 0);
    QCOMPARE(PersonPrivacy::resolvePerson(*m_db, QStringLiteral("max@example.org"), &error),
             m_ids.max);
}

void TestPrivacy::erasureFindsMentionsInAnyCase()
{
    // Mentions in capitals beyond ASCII (É), which SQLite's LIKE does not
    // match against é, and a namesake's words that only look alike.
    RecordStore store(*m_db);
    QString error;
    QVERIFY2(store.update(QStringLiteral("event"), m_ids.pastEvent,
                          {{QStringLiteral("notes"),
                            QString::fromUtf8("Thank LAURA VALDÉS CANO for chairing. Ask "
                                              "Laura Valdes-Cano's office for the invoice.")}},
                          QStringLiteral("notes"), 0, &error),
             qPrintable(error));
    QVERIFY2(store.update(QStringLiteral("organisation"), m_ids.organisation,
                          {{QStringLiteral("notes"),
                            QString::fromUtf8("Valdés Cano, LAURA: board member.")}},
                          QStringLiteral("notes"), 0, &error),
             qPrintable(error));
    const PersonPrivacy::ErasureResult r =
        PersonPrivacy::erase(*m_db, m_ids.laura, {}, Clock::nowUtc());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT notes FROM event WHERE id = ?"), {m_ids.pastEvent})
                 .toString(),
             QStringLiteral("Thank [erased] for chairing. Ask Laura Valdes-Cano's office for the "
                            "invoice."));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT notes FROM organisation WHERE id = ?"),
                          {m_ids.organisation})
                 .toString(),
             QStringLiteral("[erased]: board member."));
    for (const auto &[where, value] : allText(*m_db))
        QVERIFY2(!value.contains(QString::fromUtf8("valdés"), Qt::CaseInsensitive),
                 qPrintable(where + QStringLiteral(": ") + value));
}

void TestPrivacy::erasureKeepsPublishedNameWhenAsked()
{
    PersonPrivacy::ErasureOptions options;
    options.keepPublishedName = true;
    const PersonPrivacy::ErasureResult r =
        PersonPrivacy::erase(*m_db, m_ids.laura, options, Clock::nowUtc());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rolesKept, 1);    // the chair of the past event
    QCOMPARE(r.rolesRemoved, 1); // the coming event's moderator
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT given_name || ' ' || family_name FROM person "
                                         "WHERE id = ?"),
                          {m_ids.laura})
                 .toString(),
             QString::fromUtf8("Laura Valdés Cano"));
    for (const auto &[where, value] : allText(*m_db)) {
        QVERIFY2(!value.toLower().contains(QStringLiteral("laura.valdes@example.org")),
                 qPrintable(where));
        QVERIFY2(!value.contains(QStringLiteral("Prefers Spanish")), qPrintable(where));
    }
    QVERIFY(m_db->scalar(QStringLiteral("SELECT phone FROM person WHERE id = ?"), {m_ids.laura})
                .isNull());
    QVERIFY(foreignKeyProblems(*m_db).isEmpty());
}

void TestPrivacy::erasureCleansUpOldVersions()
{
    if (!TestDatabases::onServer()) {
        // A file: the write-ahead log is emptied into the file.
        const PersonPrivacy::ErasureResult r =
            PersonPrivacy::erase(*m_db, m_ids.max, {}, Clock::nowUtc());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.notVacuumed.isEmpty());
        QCOMPARE(m_db->journalMode(), QStringLiteral("wal"));
        QCOMPARE(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0);
        return;
    }
    // A server, and a colleague's login that may write every table but owns
    // none: the old row versions stay, and the erasure names the tables an
    // administrator has to vacuum.
    const auto address = ServerAddress::parse(m_path);
    QVERIFY(address);
    const QString clerk =
        QStringLiteral("podium_test_clerk_%1").arg(QRandomGenerator::global()->generate(), 0, 36);
    // The clerk logs in with a password of its own, found (as a colleague
    // would keep it) in the password file, for this function and the
    // command it runs.
    const QString secret =
        QStringLiteral("c%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    QCOMPARE(TestDatabases::adminExec(
                 QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(clerk, secret)),
             QString());
    const QByteArray passFile = qgetenv("PGPASSFILE");
    QTemporaryDir passDir;
    QVERIFY(passDir.isValid());
    const QString clerkPassFile = passDir.filePath(QStringLiteral("pgpass"));
    {
        QByteArray lines;
        if (!passFile.isEmpty()) {
            QFile existing(QString::fromLocal8Bit(passFile));
            QVERIFY(existing.open(QIODevice::ReadOnly));
            lines = existing.readAll();
            if (!lines.isEmpty() && !lines.endsWith('\n'))
                lines += '\n';
        }
        lines += QStringLiteral("*:*:*:%1:%2\n").arg(clerk, secret).toUtf8();
        QFile file(clerkPassFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(file.write(lines), lines.size());
    }
    qputenv("PGPASSFILE", QFile::encodeName(clerkPassFile));
    const auto dropRole = qScopeGuard([this, &clerk, &passFile] {
        if (passFile.isEmpty())
            qunsetenv("PGPASSFILE");
        else
            qputenv("PGPASSFILE", passFile);
        m_db.reset();
        m_dbs.dropAll();
        TestDatabases::adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(clerk));
    });
    QVERIFY(
        m_db->execute(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(clerk)));
    QVERIFY(m_db->execute(
        QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(clerk)));
    const QString host = address->host().contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + address->host() + QLatin1Char(']')
                             : address->host();
    const QString asClerk = QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=%5")
                                .arg(clerk, host)
                                .arg(address->port() > 0 ? address->port() : 5432)
                                .arg(address->databaseName(), address->sslMode());
    auto opened = Database::open(asClerk, {});
    QVERIFY2(opened.database, qPrintable(opened.message));
    const PersonPrivacy::ErasureResult r =
        PersonPrivacy::erase(*opened.database, m_ids.laura, {}, Clock::nowUtc());
    QVERIFY2(r.ok, qPrintable(r.error));
    // Her record and its kin, and the event and organisation whose notes named her.
    QCOMPARE(r.notVacuumed, (QStringList{QStringLiteral("change_log"), QStringLiteral("event"),
                                         QStringLiteral("organisation"), QStringLiteral("person"),
                                         QStringLiteral("registration"), QStringLiteral("role")}));
    opened.database.reset();

    // The command line says what is left to the administrator.
    const Run run = cli({QStringLiteral("privacy"), QStringLiteral("erase"),
                         QStringLiteral("--database"), asClerk, QStringLiteral("--person"),
                         QString::number(m_ids.max), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("run VACUUM on these tables")) &&
                 run.out.contains(QStringLiteral("change_log, person, registration")),
             qPrintable(run.out));
}

void TestPrivacy::erasureCommandMakesPrivateBackup()
{
    m_db.reset();
    const Run r = cli({QStringLiteral("privacy"), QStringLiteral("erase"),
                       QStringLiteral("--database"), m_path, QStringLiteral("--person"),
                       QString::number(m_ids.ola), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (TestDatabases::onServer()) {
        // Podium copies no server database: it says so, and what the server
        // still holds, and erases all the same.
        QVERIFY2(r.out.contains(QStringLiteral("No copy was made first")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("VACUUM")), qPrintable(r.out));
        auto db = Database::open(m_path, {});
        QVERIFY2(db.database, qPrintable(db.message));
        QCOMPARE(db.database
                     ->scalar(QStringLiteral("SELECT count(*) FROM person WHERE email = ?"),
                              {QStringLiteral("ola@example.org")})
                     .toInt(),
                 0);
        QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
        return;
    }
    const QStringList backups =
        QDir(m_dir->path()).entryList({QStringLiteral("privacy.podium.before-erasure-*.bak")});
    QCOMPARE(backups.size(), 1);
    const QString backup = m_dir->filePath(backups.first());
    QVERIFY(r.out.contains(backup));
    QCOMPARE(QFileInfo(backup).permissions() & 0x7777, ownerOnly());
    QCOMPARE(QFileInfo(m_path).permissions() & 0x7777, ownerOnly());
    // The copy still holds her; the database does not.
    Database::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto copy = Database::open(backup, readOnly);
    QVERIFY(copy.database);
    QCOMPARE(copy.database
                 ->scalar(QStringLiteral("SELECT count(*) FROM person WHERE email = ?"),
                          {QStringLiteral("ola@example.org")})
                 .toInt(),
             1);
    auto db = Database::open(m_path, readOnly);
    QCOMPARE(db.database
                 ->scalar(QStringLiteral("SELECT count(*) FROM person WHERE email = ?"),
                          {QStringLiteral("ola@example.org")})
                 .toInt(),
             0);
}

void TestPrivacy::erasureOfUnknownPersonChangesNothing()
{
    const QString before = dumpAll(*m_db);
    for (const QString &who :
         {QStringLiteral("99999"), QStringLiteral("nobody@example.org"), QStringLiteral("Laura")}) {
        const Run r =
            cli({QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("--database"),
                 m_path, QStringLiteral("--person"), who, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(who) && r.err.contains(QStringLiteral("Nothing was erased")),
                 qPrintable(r.err));
    }
    const Run missing = cli({QStringLiteral("privacy"), QStringLiteral("erase"),
                             QStringLiteral("--database"), m_path, QStringLiteral("--yes")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("--person")));
    const Run access = cli({QStringLiteral("privacy"), QStringLiteral("export-person"),
                            QStringLiteral("--database"), m_path, QStringLiteral("--person"),
                            QStringLiteral("4242"), QStringLiteral("--output"),
                            m_dir->filePath(QStringLiteral("x.json"))});
    QCOMPARE(access.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.json"))));
    QCOMPARE(dumpAll(*m_db), before);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}).isEmpty());
}

void TestPrivacy::retentionDryRunMatchesRealRun()
{
    const QStringList counts = pastCounts(*m_db);
    const QStringList peopleBefore = rows(*m_db, QStringLiteral("person"));
    m_db.reset();
    const QStringList args{QStringLiteral("privacy"),      QStringLiteral("anonymise"),
                           QStringLiteral("--database"),   m_path,
                           QStringLiteral("--older-than"), QStringLiteral("12")};
    const Run dry = cli(args + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    const Run real = cli(args);
    QVERIFY2(real.exitCode == 0, qPrintable(real.err));

    auto changes = [](const QString &output) {
        QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([](const QString &l) {
            return l.startsWith(QStringLiteral("Dry run")) ||
                   l.startsWith(QStringLiteral("Backup")) ||
                   l.startsWith(QStringLiteral("No copy was made"));
        });
        return lines;
    };
    QCOMPARE(changes(real.out), changes(dry.out));
    // Ola and Olaf only: Max and Laura registered again, Kai agreed to be
    // contacted, Erika speaks.
    const QStringList expected{
        QStringLiteral("anonymise person %1: 1 registration(s) kept without name").arg(m_ids.ola),
        QStringLiteral("anonymise person %1: 1 registration(s) kept without name").arg(m_ids.olaf)};
    const QStringList lines = changes(dry.out);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(expected.at(0)), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(expected.at(1)), qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).contains(
        QStringLiteral("kept: 1 who agreed to be contacted, 1 with roles in programmes")));

    // What changed in the database is exactly what the dry run listed.
    Database::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto db = Database::open(m_path, readOnly);
    QVERIFY(db.database);
    const QStringList peopleAfter = rows(*db.database, QStringLiteral("person"));
    QCOMPARE(peopleAfter.size(), peopleBefore.size());
    QList<qint64> changed;
    for (qsizetype i = 0; i < peopleBefore.size(); ++i) {
        if (peopleBefore.at(i) != peopleAfter.at(i))
            changed << peopleBefore.at(i).section(QLatin1Char('|'), 0, 0).mid(3).toLongLong();
    }
    QCOMPARE(changed, (QList<qint64>{m_ids.ola, m_ids.olaf}));
    QCOMPARE(pastCounts(*db.database), counts);
    for (const auto &[where, value] : allText(*db.database)) {
        QVERIFY2(!value.contains(QStringLiteral("ola@example.org")), qPrintable(where));
        QVERIFY2(!value.contains(QStringLiteral("Nordmann")), qPrintable(where));
    }
    // A second run finds nothing more to do.
    db.database.reset();
    const Run again = cli(args + QStringList{QStringLiteral("--dry-run")});
    QVERIFY(again.out.startsWith(QStringLiteral("0 people anonymised")));
}

void TestPrivacy::retentionBadMonthsChangeNothing()
{
    const QString before = dumpAll(*m_db);
    for (const QString &months : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("-3"),
                                  QStringLiteral("1.5"), QStringLiteral("5000")}) {
        const Run r =
            cli({QStringLiteral("privacy"), QStringLiteral("anonymise"),
                 QStringLiteral("--database"), m_path, QStringLiteral("--older-than"), months});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--older-than")) && r.err.contains(months),
                 qPrintable(r.err));
    }
    QCOMPARE(dumpAll(*m_db), before);
}

void TestPrivacy::retentionPeriodFromSettings()
{
    OrganisationSettings settings = OrganisationSettings::load(*m_db);
    settings.foundationName = QStringLiteral("Example Foundation");
    settings.retentionMonths = 48; // four years: the old event is not past it yet
    QString error;
    QVERIFY2(settings.save(*m_db, &error), qPrintable(error));
    const Run r = cli({QStringLiteral("privacy"), QStringLiteral("anonymise"),
                       QStringLiteral("--database"), m_path, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("0 people anonymised")) &&
                 r.out.contains(QStringLiteral("48 months")),
             qPrintable(r.out));
}

void TestPrivacy::retentionRefusesStalePlan()
{
    const PersonPrivacy::RetentionPlan plan =
        PersonPrivacy::planRetention(*m_db, 12, Clock::nowUtc());
    QCOMPARE(plan.people.size(), 2);
    // Ola registers for the coming event after the preview was made.
    addRegistration(*m_db, m_ids.ola, m_ids.comingEvent, RegistrationStatus::Registered);
    const QString before = dumpAll(*m_db);
    QString error;
    QVERIFY(!PersonPrivacy::applyRetention(*m_db, plan, &error));
    QVERIFY(error.contains(QStringLiteral("changed")));
    QCOMPARE(dumpAll(*m_db), before);
}

void TestPrivacy::mailingHoldsOnlyConsentingPeople()
{
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("vcard")}) {
        const QString output = m_dir->filePath(QStringLiteral("mailing.") + format);
        const Run r =
            cli({QStringLiteral("export"), QStringLiteral("mailing"), QStringLiteral("--database"),
                 m_path, QStringLiteral("--format"), format, QStringLiteral("--output"), output});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        for (const char *yes : {"laura.valdes@example.org", "erika@example.org", "kai@example.org"})
            QVERIFY2(data.contains(yes), yes);
        for (const char *no : {"max@example.org", "ola@example.org", "olaf@example.org",
                               "Mustermann", "Nordmann", "Svensson"})
            QVERIFY2(!data.contains(no), no);
        QCOMPARE(QFileInfo(output).permissions() & 0x7777, ownerOnly());
    }
    // One event: its guests and speakers who agreed, nobody else.
    const QList<MailingExport::Contact> coming = MailingExport::contacts(*m_db, m_ids.comingEvent);
    QCOMPARE(coming.size(), 2); // Laura (registered) and Erika (speaks); not Max
    QCOMPARE(coming.at(0).email, QStringLiteral("erika@example.org"));
    QCOMPARE(coming.at(1).email, QStringLiteral("laura.valdes@example.org"));
    // A withdrawn consent takes the person out.
    Person laura = *PersonRepository(*m_db).find(m_ids.laura);
    laura.consentContact = {};
    QVERIFY(PersonRepository(*m_db).update(laura));
    QVERIFY(!MailingExport::toCsv(MailingExport::contacts(*m_db, 0)).contains("laura.valdes"));

    const Run bad =
        cli({QStringLiteral("export"), QStringLiteral("mailing"), QStringLiteral("--database"),
             m_path, QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("--output"),
             m_dir->filePath(QStringLiteral("m.xml"))});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("xml")));
}

void TestPrivacy::vCardEscapingAndFolding()
{
    MailingExport::Contact c;
    c.honorific = QStringLiteral("Dr.");
    c.givenName = QStringLiteral("Laura");
    c.familyName = QString::fromUtf8("Valdés Cano");
    c.email = QStringLiteral("laura.valdes@example.org");
    c.organisation = QStringLiteral("Example Institute; Research, Policy \\ Law");
    c.position = QString::fromUtf8("Head of Policy\nand Research — Ünterabteilung für "
                                   "Zusammenarbeit und Entwicklung mit Partnern");
    const QByteArray card = MailingExport::toVCard({c});
    QVERIFY(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    QVERIFY(card.endsWith("END:VCARD\r\n"));
    QVERIFY(card.contains(QString::fromUtf8("N:Valdés Cano;Laura;;Dr.;\r\n").toUtf8()));
    QVERIFY(card.contains("ORG:Example Institute\\; Research\\, Policy \\\\ Law\r\n"));
    // Every physical line fits in 75 octets, and unfolding gives the value back.
    for (const QByteArray &line : card.split('\n'))
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
    QByteArray unfolded = card;
    unfolded.replace("\r\n ", "");
    QVERIFY(QString::fromUtf8(unfolded).contains(
        QString::fromUtf8("TITLE:Head of Policy\\nand Research — Ünterabteilung für "
                          "Zusammenarbeit und Entwicklung mit Partnern\r\n")));
    QCOMPARE(MailingExport::escapeVCardText(QStringLiteral("a,b;c\\d\r\ne")),
             QStringLiteral("a\\,b\\;c\\\\d\\ne"));
}

// On a server every function runs; what only a file has (its permissions,
// its bytes, the copies beside it) is checked where the function says.
PODIUM_BACKEND_TEST_MAIN(TestPrivacy, QStringList{})
#include "tst_privacy.moc"
