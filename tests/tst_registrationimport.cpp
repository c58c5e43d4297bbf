// Registrations in bulk: spreadsheets from registration forms imported into
// one event (all or nothing, people never duplicated), and the registrations
// of an event exported for the venue and read back in.
#include "commands.h"
#include "csvcommands.h"
#include "domain/event.h"
#include "domain/eventrepository.h"
#include "domain/organisation.h"
#include "domain/organisationrepository.h"
#include "domain/person.h"
#include "domain/personrepository.h"
#include "domain/registration.h"
#include "domain/registrationrepository.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/registrationexport.h"
#include "io/registrationimport.h"
#include "podiumrun.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <atomic>

using namespace Podium;
using RI = RegistrationImport;

Q_DECLARE_METATYPE(RegistrationImport::Field)
Q_DECLARE_METATYPE(RegistrationStatus)

using PodiumRun::Run;

namespace {

Run cli(int (*run)(const QStringList &, QTextStream &, QTextStream &), const QStringList &arguments)
{
    return PodiumRun::command(run, arguments);
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray dataFile(const char *name)
{
    QFile f(QStringLiteral(PODIUM_TEST_DATA "/csv/") + QString::fromUtf8(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test file %s", name);
    return f.readAll();
}

/** Every row of every table (or of all but @p except), in a stable order. */
QString dump(const Database &db, const QString &except = {})
{
    QString text;
    QSqlQuery tables = db.prepare(
        db.isServer()
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema "
                             "= current_schema() AND table_type = 'BASE TABLE' ORDER BY 1")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                             "NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!Database::exec(tables))
        return QStringLiteral("cannot list tables");
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &name : std::as_const(names)) {
        if (name == except)
            continue;
        // The first column is the key of every table (id, or a setting's key).
        QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(name));
        if (!Database::exec(q))
            return QStringLiteral("cannot read ") + name;
        text += QStringLiteral("== ") + name + QLatin1Char('\n');
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).toString());
            text += values.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return text;
}

int count(const Database &db, const char *table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table)))
        .toInt();
}

const RI::Row *rowAt(const RI::Plan &plan, int line)
{
    for (const RI::Row &r : plan.rows) {
        if (r.line == line)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestRegistrationImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void headers_data();
    void headers();
    void statuses_data();
    void statuses();
    void splitFullName_data();
    void splitFullName();

    void excelSemicolonWithBom();
    void windows1252();
    void quotedLineBreaks();
    void fullNameColumn();
    void duplicateEmailsAreRejected();
    void invalidRowsAtKnownLines();
    void unknownHeaderMappedByHand();
    void missingNameColumnStopsThePlan();
    void secondImportMatchesEverything();
    void cancelChangesNothing();
    void changeLogEntryPerRecord();
    void vanishedPersonNamesTheLine();
    void undoRemovesWhatTheImportCreated();
    void hundredThousandRows();

    void exportNeutralisesFormulas();
    void exportFiltersStatusesAndColumns();
    void roundTrip();

    void cliImportDryRunAndReal();
    void cliImportRejectsAndChangesNothing();
    void cliExport();

private:
    qint64 addEvent(Database &db, const QString &title);

    // A file, or a database on the server named by PODIUM_TEST_SERVER.
    Testing::TestDatabases m_databases;
    QTemporaryDir m_files;
    std::unique_ptr<Database> m_db;
    QString m_path;
    qint64 m_event = 0;
    qint64 m_metropolis = 0;
    qint64 m_laura = 0;
    qint64 m_kemal = 0;
};

qint64 TestRegistrationImport::addEvent(Database &db, const QString &title)
{
    static int serial = 0;
    Event e;
    e.uid = QStringLiteral("csv-test-%1@podium").arg(++serial);
    e.title.en = title;
    e.start = QDateTime(QDate(2023, 9, 19), QTime(16, 0), QTimeZone::utc());
    e.end = e.start.addSecs(3 * 3600);
    QString error;
    EventRepository events(db);
    if (!events.insert(e, &error))
        qFatal("cannot add event: %s", qPrintable(error));
    return e.id;
}

void TestRegistrationImport::init()
{
    auto opened = m_databases.create(
        QStringLiteral("%1.podium").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    m_path = m_databases.lastLocation();
    Database &db = *m_db;
    QString error;

    Organisation metropolis;
    metropolis.name = QStringLiteral("Metropolis");
    QVERIFY2(OrganisationRepository(db).insert(metropolis, &error), qPrintable(error));
    m_metropolis = metropolis.id;

    PersonRepository people(db);
    Person laura;
    laura.givenName = QStringLiteral("Laura");
    laura.familyName = u("Valdés Cano");
    laura.email = QStringLiteral("laura.valdes@example.org");
    laura.organisationId = m_metropolis;
    QVERIFY2(people.insert(laura, &error), qPrintable(error));
    m_laura = laura.id;
    Person kemal;
    kemal.givenName = QStringLiteral("Kemal");
    kemal.familyName = u("Aydın");
    QVERIFY2(people.insert(kemal, &error), qPrintable(error));
    m_kemal = kemal.id;

    m_event = addEvent(db, QStringLiteral("Berlin Summer Dialogue"));
    Registration r;
    r.personId = m_laura;
    r.eventId = m_event;
    r.notes = QStringLiteral("speaks first");
    QVERIFY2(RegistrationRepository(db).insert(r, &error), qPrintable(error));
}

void TestRegistrationImport::cleanup()
{
    m_db.reset();
    m_databases.dropAll();
}

void TestRegistrationImport::headers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<RI::Field>("field");
    const struct
    {
        const char *header;
        RI::Field field;
    } rows[] = {
        {"Vorname", RI::Field::GivenName},
        {"First name", RI::Field::GivenName},
        {"Given name", RI::Field::GivenName},
        {"first_name", RI::Field::GivenName},
        {"Nachname", RI::Field::FamilyName},
        {"Last name", RI::Field::FamilyName},
        {"Family name", RI::Field::FamilyName},
        {"Surname", RI::Field::FamilyName},
        {"Name", RI::Field::FullName},
        {"Full name", RI::Field::FullName},
        {"E-Mail", RI::Field::Email},
        {"Email", RI::Field::Email},
        {"E-Mail-Adresse", RI::Field::Email},
        {"email address", RI::Field::Email},
        {"Organisation", RI::Field::Organisation},
        {"Organization", RI::Field::Organisation},
        {"Institution", RI::Field::Organisation},
        {"Firma", RI::Field::Organisation},
        {"Position", RI::Field::Position},
        {"Funktion", RI::Field::Position},
        {"Telefon", RI::Field::Phone},
        {"Phone", RI::Field::Phone},
        {"Status", RI::Field::Status},
        {"Anmerkungen", RI::Field::Notes},
        {"Notes", RI::Field::Notes},
        {"Bedarf", RI::Field::Needs},
        {"Needs", RI::Field::Needs},
        {"Dietary", RI::Field::Needs},
        {"Dietary requirements", RI::Field::Needs},
        {"Titel", RI::Field::Honorific},
        {"  VORNAME  ", RI::Field::GivenName},
    };
    for (const auto &r : rows)
        QTest::newRow(r.header) << u(r.header) << r.field;
}

void TestRegistrationImport::headers()
{
    QFETCH(QString, header);
    QFETCH(RI::Field, field);
    QCOMPARE(RI::fieldForHeader(header), std::optional<RI::Field>(field));
    QCOMPARE(RI::fieldForHeader(QStringLiteral("Lieblingsfarbe")), std::nullopt);
    QCOMPARE(RI::fieldForHeader(QString()), std::nullopt);
}

void TestRegistrationImport::statuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<RegistrationStatus>("status");
    const struct
    {
        const char *text;
        RegistrationStatus status;
    } rows[] = {
        {"angemeldet", RegistrationStatus::Registered},
        {"Registered", RegistrationStatus::Registered},
        {"eingeladen", RegistrationStatus::Invited},
        {"invited", RegistrationStatus::Invited},
        {"Warteliste", RegistrationStatus::Waitlisted},
        {"waitlisted", RegistrationStatus::Waitlisted},
        {"Waiting list", RegistrationStatus::Waitlisted},
        {"bestätigt", RegistrationStatus::Confirmed},
        {"BESTAETIGT", RegistrationStatus::Confirmed},
        {"confirmed", RegistrationStatus::Confirmed},
        {"abgesagt", RegistrationStatus::Cancelled},
        {"Abgemeldet", RegistrationStatus::Cancelled},
        {"cancelled", RegistrationStatus::Cancelled},
        {"teilgenommen", RegistrationStatus::Attended},
        {"attended", RegistrationStatus::Attended},
        {"nicht erschienen", RegistrationStatus::NoShow},
        {"no-show", RegistrationStatus::NoShow},
        {"no_show", RegistrationStatus::NoShow},
        {"Did not come", RegistrationStatus::NoShow},
    };
    for (const auto &r : rows)
        QTest::newRow(r.text) << u(r.text) << r.status;
}

void TestRegistrationImport::statuses()
{
    QFETCH(QString, text);
    QFETCH(RegistrationStatus, status);
    QCOMPARE(RI::statusFromText(text), std::optional<RegistrationStatus>(status));
    QCOMPARE(RI::statusFromText(QStringLiteral("vielleicht")), std::nullopt);
}

void TestRegistrationImport::splitFullName_data()
{
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("honorific");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::newRow("given first") << u("Laura Valdés Cano") << QString() << u("Laura")
                                 << u("Valdés Cano");
    QTest::newRow("family first with comma")
        << u("Valdés Cano, Laura") << QString() << u("Laura") << u("Valdés Cano");
    QTest::newRow("particles stay with the family name")
        << u("Ursula von der Leyen") << QString() << u("Ursula") << u("von der Leyen");
    QTest::newRow("honorific") << u("Prof. Dr. Hans Meier") << u("Prof. Dr.") << u("Hans")
                               << u("Meier");
    QTest::newRow("honorific after comma")
        << u("Meier, Dr. Hans") << u("Dr.") << u("Hans") << u("Meier");
    QTest::newRow("one word") << u("Madonna") << QString() << QString() << u("Madonna");
    QTest::newRow("extra spaces") << u("  Anna   Schmidt ") << QString() << u("Anna")
                                  << u("Schmidt");
}

void TestRegistrationImport::splitFullName()
{
    QFETCH(QString, full);
    QFETCH(QString, honorific);
    QFETCH(QString, given);
    QFETCH(QString, family);
    QString h, g, f;
    RI::splitFullName(full, &h, &g, &f);
    QCOMPARE(h, honorific);
    QCOMPARE(g, given);
    QCOMPARE(f, family);
}

void TestRegistrationImport::excelSemicolonWithBom()
{
    const RI::Source source = RI::read(dataFile("excel_semicolon_bom.csv"));
    QCOMPARE(source.error, QString());
    QCOMPARE(source.encoding, CsvReader::Encoding::Utf8WithBom);
    QCOMPARE(source.delimiter, QChar(u';'));
    QCOMPARE(source.unknownColumns, QList<int>());
    QCOMPARE(source.mapping.first(), RI::Field::GivenName);

    const RI::Plan plan = RI::plan(*m_db, m_event, source);
    QCOMPARE(plan.error, QString());
    QCOMPARE(plan.rows.size(), 4); // the ";;;;" row on line 4 is blank
    QCOMPARE(plan.rejectedCount(), 0);

    const RI::Row *juergen = rowAt(plan, 2);
    QVERIFY(juergen);
    QCOMPARE(juergen->personAction, RI::PersonAction::Create);
    QCOMPARE(juergen->person.givenName, u("Jürgen"));
    QCOMPARE(juergen->person.familyName, u("Weiß"));
    QCOMPARE(juergen->person.phone, u("+49 228 959250"));
    QCOMPARE(juergen->person.position, u("Referent"));
    QCOMPARE(juergen->organisationAction, RI::OrganisationAction::Create);
    QCOMPARE(juergen->organisationName, u("Städtetag Nordrhein"));
    QCOMPARE(juergen->status, RegistrationStatus::Confirmed);
    QCOMPARE(juergen->needs, u("vegetarisch"));

    const RI::Row *laura = rowAt(plan, 3);
    QVERIFY(laura);
    QCOMPARE(laura->personAction, RI::PersonAction::Match);
    QCOMPARE(laura->matchedBy, u("e-mail"));
    QCOMPARE(laura->person.id, m_laura);
    QCOMPARE(laura->registrationAction, RI::RegistrationAction::AlreadyPresent);
    QCOMPARE(laura->notes, u("Kommt später; ab 19 Uhr"));

    const RI::Row *chloe = rowAt(plan, 5);
    QVERIFY(chloe);
    QCOMPARE(chloe->personAction, RI::PersonAction::Create);
    QCOMPARE(chloe->organisationAction, RI::OrganisationAction::Match);
    QCOMPARE(chloe->organisationId, m_metropolis);

    const RI::Row *kemal = rowAt(plan, 6);
    QVERIFY(kemal);
    QCOMPARE(kemal->personAction, RI::PersonAction::Match);
    QCOMPARE(kemal->person.id, m_kemal);
    QCOMPARE(kemal->status, RegistrationStatus::Invited);
    QCOMPARE(kemal->registrationAction, RI::RegistrationAction::Create);

    QCOMPARE(plan.count(RI::PersonAction::Create), 2);
    QCOMPARE(plan.count(RI::PersonAction::Match), 2);
    QCOMPARE(plan.count(RI::OrganisationAction::Create), 1);
    QCOMPARE(plan.count(RI::RegistrationAction::Create), 3);
    QCOMPARE(plan.count(RI::RegistrationAction::AlreadyPresent), 1);

    const RI::Result result = RI::apply(*m_db, plan, RI::ApplyOptions());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(count(*m_db, "person"), 4);
    QCOMPARE(count(*m_db, "organisation"), 2);
    QCOMPARE(count(*m_db, "registration"), 4);
    QCOMPARE(result.createdPeople.size(), 2);
    QCOMPARE(result.createdRegistrations.size(), 3);

    PersonRepository people(*m_db);
    const QList<Person> weiss = people.withEmail(QStringLiteral("juergen.weiss@example.org"));
    QCOMPARE(weiss.size(), 1);
    const auto organisation = OrganisationRepository(*m_db).find(weiss.first().organisationId);
    QVERIFY(organisation);
    QCOMPARE(organisation->name, u("Städtetag Nordrhein"));
    const auto registration = RegistrationRepository(*m_db).find(weiss.first().id, m_event);
    QVERIFY(registration);
    QCOMPARE(registration->status, RegistrationStatus::Confirmed);
    QCOMPARE(registration->needs, u("vegetarisch"));
    // The registration that was there already is left as it was.
    const auto lauras = RegistrationRepository(*m_db).find(m_laura, m_event);
    QVERIFY(lauras);
    QCOMPARE(lauras->notes, u("speaks first"));
    QCOMPARE(lauras->status, RegistrationStatus::Registered);
}

void TestRegistrationImport::windows1252()
{
    const RI::Source source = RI::read(dataFile("windows1252.csv"));
    QCOMPARE(source.encoding, CsvReader::Encoding::Windows1252);
    const RI::Plan plan = RI::plan(*m_db, m_event, source);
    QCOMPARE(plan.error, QString());
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.rows.at(0).person.familyName, u("Weiß"));
    QCOMPARE(plan.rows.at(0).organisationName, u("Städtetag Nordrhein"));
    QCOMPARE(plan.rows.at(0).notes, u("Spende 50 €"));
    QCOMPARE(plan.rows.at(1).person.givenName, u("Ösgür"));
    QCOMPARE(plan.rows.at(1).person.familyName, u("Çelik"));
    QCOMPARE(plan.rows.at(1).organisationName, u("Straßenbau GmbH"));
    QCOMPARE(plan.rows.at(1).notes, u("„Gast“ von Frau Müller"));
    const RI::Result result = RI::apply(*m_db, plan, RI::ApplyOptions());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(PersonRepository(*m_db).search(u("celik")).size(), 1);
}

void TestRegistrationImport::quotedLineBreaks()
{
    const RI::Plan plan = RI::plan(*m_db, m_event, RI::read(dataFile("quoted_linebreaks.csv")));
    QCOMPARE(plan.error, QString());
    QCOMPARE(plan.rejectedCount(), 0);
    QCOMPARE(plan.rows.size(), 3);
    QCOMPARE(plan.rows.at(0).line, 2);
    QCOMPARE(plan.rows.at(0).notes, u("Line one\nline two"));
    QCOMPARE(plan.rows.at(0).needs, u("no nuts, no gluten"));
    QCOMPARE(plan.rows.at(1).line, 4);
    QCOMPARE(plan.rows.at(1).person.familyName, u("O'Neill"));
    QCOMPARE(plan.rows.at(1).notes, u("She said \"hello\"\nthen left"));
    QCOMPARE(plan.rows.at(2).line, 6);
    QVERIFY(RI::apply(*m_db, plan, RI::ApplyOptions()).ok);
}

void TestRegistrationImport::fullNameColumn()
{
    const RI::Source source = RI::read(dataFile("full_name.tsv"));
    QCOMPARE(source.delimiter, QChar(u'\t'));
    const RI::Plan plan = RI::plan(*m_db, m_event, source);
    QCOMPARE(plan.error, QString());
    QCOMPARE(plan.rejectedCount(), 0);
    QCOMPARE(plan.rows.size(), 4);
    QCOMPARE(plan.rows.at(0).personAction, RI::PersonAction::Match);
    QCOMPARE(plan.rows.at(0).person.id, m_laura);
    QCOMPARE(plan.rows.at(1).person.givenName, u("Chloé"));
    QCOMPARE(plan.rows.at(1).person.familyName, u("Dubois"));
    QCOMPARE(plan.rows.at(1).needs, u("wheelchair access"));
    QCOMPARE(plan.rows.at(2).person.honorific, u("Dr."));
    QCOMPARE(plan.rows.at(2).person.givenName, u("Hans"));
    QCOMPARE(plan.rows.at(2).person.familyName, u("Meier"));
    QCOMPARE(plan.rows.at(3).person.familyName, u("Madonna"));
    QCOMPARE(plan.rows.at(3).line, 5);
}

void TestRegistrationImport::duplicateEmailsAreRejected()
{
    const QString before = dump(*m_db);
    const RI::Plan plan = RI::plan(*m_db, m_event, RI::read(dataFile("duplicate_emails.csv")));
    QCOMPARE(plan.error, QString());
    QCOMPARE(plan.rejectedCount(), 1);
    const RI::Row *second = rowAt(plan, 4);
    QVERIFY(second);
    QVERIFY2(second->rejection.contains(QLatin1StringView("Duplicate in the file")) &&
                 second->rejection.contains(QLatin1StringView("line 2")),
             qPrintable(second->rejection));
    QVERIFY(!rowAt(plan, 2)->isRejected());
    QVERIFY(!plan.canApply());
    const RI::Result result = RI::apply(*m_db, plan, RI::ApplyOptions());
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1StringView("nothing was imported")));
    QCOMPARE(dump(*m_db), before);
}

void TestRegistrationImport::invalidRowsAtKnownLines()
{
    const QString before = dump(*m_db);
    const RI::Plan plan = RI::plan(*m_db, m_event, RI::read(dataFile("invalid_rows.csv")));
    QCOMPARE(plan.error, QString());
    const QList<QPair<int, const char *>> expected{
        {4, "not a valid e-mail address"},
        {6, "The name is missing"},
        {7, "Unknown status “vielleicht”"},
        {9, "6 fields but the header only 5"},
    };
    QCOMPARE(plan.rejectedCount(), int(expected.size()));
    for (const auto &[line, reason] : expected) {
        const RI::Row *row = rowAt(plan, line);
        QVERIFY2(row, qPrintable(QString::number(line)));
        QVERIFY2(row->rejection.contains(u(reason)), qPrintable(row->rejection));
    }
    for (const int line : {2, 5, 8})
        QVERIFY2(rowAt(plan, line) && !rowAt(plan, line)->isRejected(),
                 qPrintable(QString::number(line)));
    QCOMPARE(rowAt(plan, 2)->notes, u("two\nlines"));
    QCOMPARE(rowAt(plan, 8)->status, RegistrationStatus::NoShow);
    QVERIFY(!RI::apply(*m_db, plan, RI::ApplyOptions()).ok);
    QCOMPARE(dump(*m_db), before);
}

void TestRegistrationImport::unknownHeaderMappedByHand()
{
    RI::Source source = RI::read(dataFile("unknown_header.csv"));
    QCOMPARE(source.unknownColumns, (QList<int>{2, 3}));
    RI::Plan plan = RI::plan(*m_db, m_event, source);
    QCOMPARE(plan.ignoredHeaders, (QStringList{u("Lieblingsfarbe"), u("Kontakt")}));
    QCOMPARE(plan.rows.first().person.email, QString());

    source.setMapping(3, RI::Field::Email);
    QCOMPARE(source.unknownColumns, QList<int>{2});
    plan = RI::plan(*m_db, m_event, source);
    QCOMPARE(plan.ignoredHeaders, QStringList{u("Lieblingsfarbe")});
    QCOMPARE(plan.rows.first().person.email, u("anna.schmidt@example.org"));

    // Two columns for one field is a mapping mistake, not a guess to make.
    source.setMapping(2, RI::Field::Email);
    plan = RI::plan(*m_db, m_event, source);
    QVERIFY2(plan.error.contains(QLatin1StringView("both mapped to e-mail")),
             qPrintable(plan.error));
}

void TestRegistrationImport::missingNameColumnStopsThePlan()
{
    const RI::Plan plan =
        RI::plan(*m_db, m_event, RI::read("E-Mail;Status\nanna@example.org;angemeldet\n"));
    QVERIFY2(plan.error.contains(QLatin1StringView("No column holds the names")),
             qPrintable(plan.error));
    QVERIFY(RI::plan(*m_db, 99999, RI::read("Name\nAnna\n"))
                .error.contains(QLatin1StringView("no event")));
    QVERIFY(RI::plan(*m_db, m_event, RI::read("Name\n\"Anna\n"))
                .error.contains(QLatin1StringView("never closed")));
    QVERIFY(!RI::plan(*m_db, m_event, RI::read("")).error.isEmpty());
}

void TestRegistrationImport::secondImportMatchesEverything()
{
    const QByteArray data = dataFile("excel_semicolon_bom.csv");
    QVERIFY(RI::apply(*m_db, RI::plan(*m_db, m_event, RI::read(data)), RI::ApplyOptions()).ok);
    const int people = count(*m_db, "person");
    const int organisations = count(*m_db, "organisation");
    const RI::Plan again = RI::plan(*m_db, m_event, RI::read(data));
    QCOMPARE(again.rejectedCount(), 0);
    QCOMPARE(again.count(RI::PersonAction::Create), 0);
    QCOMPARE(again.count(RI::PersonAction::Match), 4);
    QCOMPARE(again.count(RI::RegistrationAction::AlreadyPresent), 4);
    QVERIFY(RI::apply(*m_db, again, RI::ApplyOptions()).ok);
    QCOMPARE(count(*m_db, "person"), people);
    QCOMPARE(count(*m_db, "organisation"), organisations);

    // For another event the same people are registered again, not created again.
    const qint64 other = addEvent(*m_db, QStringLiteral("Evening Talk"));
    const RI::Plan elsewhere = RI::plan(*m_db, other, RI::read(data));
    QCOMPARE(elsewhere.count(RI::PersonAction::Match), 4);
    QCOMPARE(elsewhere.count(RI::RegistrationAction::Create), 4);
}

void TestRegistrationImport::cancelChangesNothing()
{
    // Four batches; the cancel comes after the second.
    const int rows = 4 * RI::applyBatchRows;
    QByteArray data("Vorname;Nachname;E-Mail;Organisation\n");
    for (int i = 0; i < rows; ++i)
        data += QStringLiteral("Gast;Nummer %1;gast%1@example.org;Firma %2\n")
                    .arg(i)
                    .arg(i % 7)
                    .toUtf8();
    const RI::Plan plan = RI::plan(*m_db, m_event, RI::read(data));
    QCOMPARE(plan.rejectedCount(), 0);
    const QString before = dump(*m_db);
    std::atomic_bool cancel = false;
    RI::ApplyOptions options;
    QList<int> done;
    options.cancel = &cancel;
    options.progress = [&](int n, int total) {
        done << n;
        QCOMPARE(total, rows);
        if (n >= 2 * RI::applyBatchRows)
            cancel = true;
    };
    const RI::Result result = RI::apply(*m_db, plan, options);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(done, (QList<int>{RI::applyBatchRows, 2 * RI::applyBatchRows}));
    QCOMPARE(dump(*m_db), before);
}

void TestRegistrationImport::changeLogEntryPerRecord()
{
    const RI::Result result =
        RI::apply(*m_db, RI::plan(*m_db, m_event, RI::read(dataFile("excel_semicolon_bom.csv"))),
                  RI::ApplyOptions());
    QVERIFY2(result.ok, qPrintable(result.error));
    // One entry per record created, with the sentence a single save writes.
    QStringList entries;
    QSqlQuery q = m_db->prepare(
        QStringLiteral("SELECT table_name, action, summary FROM change_log WHERE record_id = ? "
                       "AND table_name = ?"));
    auto entriesOf = [&](const char *table, const QList<qint64> &ids) {
        for (const qint64 id : ids) {
            q.bindValue(0, id);
            q.bindValue(1, QString::fromLatin1(table));
            QVERIFY(Database::exec(q));
            int n = 0;
            while (q.next()) {
                ++n;
                QCOMPARE(q.value(1).toString(), QStringLiteral("insert"));
                entries << q.value(2).toString();
            }
            QCOMPARE(n, 1);
        }
    };
    entriesOf("organisation", result.createdOrganisations);
    entriesOf("person", result.createdPeople);
    entriesOf("registration", result.createdRegistrations);
    entries.sort();
    QCOMPARE(entries,
             (QStringList{u("Organisation “Städtetag Nordrhein” created"),
                          u("Person “Chloé Dubois” created"), u("Person “Jürgen Weiß” created"),
                          u("Registration of Chloé Dubois for “Berlin Summer Dialogue” created"),
                          u("Registration of Jürgen Weiß for “Berlin Summer Dialogue” created"),
                          u("Registration of Kemal Aydın for “Berlin Summer Dialogue” created")}));
    // The people created are as the file has them, with the organisation.
    const auto weiss = PersonRepository(*m_db).find(result.createdPeople.first());
    QVERIFY(weiss);
    QCOMPARE(weiss->rowVersion, 1);
}

void TestRegistrationImport::vanishedPersonNamesTheLine()
{
    // A file of two batches and more; Kemal, matched on the last line, is
    // deleted by a colleague between the preview and the import.
    QByteArray data("Vorname;Nachname;E-Mail\n");
    const int rows = 2 * RI::applyBatchRows + 10;
    for (int i = 0; i < rows; ++i)
        data += QStringLiteral("Gast;Nummer %1;gast%1@example.org\n").arg(i).toUtf8();
    data += u("Kemal;Aydın;\n").toUtf8();
    // Someone after Kemal, so that a file keeps his id unused (SQLite hands
    // out the highest id plus one).
    Person later;
    later.givenName = QStringLiteral("Ana");
    later.familyName = QStringLiteral("Lima");
    QString error;
    QVERIFY2(PersonRepository(*m_db).insert(later, &error), qPrintable(error));
    const RI::Plan plan = RI::plan(*m_db, m_event, RI::read(data));
    QCOMPARE(plan.rejectedCount(), 0);
    QCOMPARE(plan.rows.last().personAction, RI::PersonAction::Match);
    QCOMPARE(plan.rows.last().person.id, m_kemal);
    QVERIFY2(PersonRepository(*m_db).remove(m_kemal, &error), qPrintable(error));
    const QString before = dump(*m_db);
    const RI::Result result = RI::apply(*m_db, plan, RI::ApplyOptions());
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("Line %1: The person no longer exists. Nothing was "
                                          "imported.")
                               .arg(rows + 2));
    QCOMPARE(dump(*m_db), before);
}

void TestRegistrationImport::undoRemovesWhatTheImportCreated()
{
    const QString before = dump(*m_db, QStringLiteral("change_log"));
    const RI::Result result =
        RI::apply(*m_db, RI::plan(*m_db, m_event, RI::read(dataFile("excel_semicolon_bom.csv"))),
                  RI::ApplyOptions());
    QVERIFY(result.ok);
    QVERIFY(dump(*m_db, QStringLiteral("change_log")) != before);
    QString error;
    QVERIFY2(RI::undo(*m_db, result, &error), qPrintable(error));
    QCOMPARE(dump(*m_db, QStringLiteral("change_log")), before);
}

void TestRegistrationImport::hundredThousandRows()
{
    // The suite imports 100,000 rows; the sanitizer build, some ten times
    // slower, sets PODIUM_IMPORT_TEST_ROWS lower and runs the same checks.
    const int configured = qEnvironmentVariableIntValue("PODIUM_IMPORT_TEST_ROWS");
    const int rows = configured > 0 ? configured : 100000;
    QByteArray data("\xef\xbb\xbfVorname;Nachname;E-Mail;Organisation;Telefon;Status\r\n");
    data.reserve(rows * 90);
    for (int i = 0; i < rows; ++i)
        data += QStringLiteral("Gäst;Nümmer %1;gast%1@example.org;Organisation %2;+49 30 %1;%3\r\n")
                    .arg(i)
                    .arg(i % 1000)
                    .arg(i % 3 == 0 ? u("bestätigt") : u("angemeldet"))
                    .toUtf8();
    QElapsedTimer timer;
    timer.start();
    const RI::Source source = RI::read(data);
    const qint64 readMs = timer.restart();
    const RI::Plan plan = RI::plan(*m_db, m_event, source);
    const qint64 planMs = timer.restart();
    QCOMPARE(plan.error, QString());
    QCOMPARE(plan.rows.size(), rows);
    QCOMPARE(plan.rejectedCount(), 0);
    QCOMPARE(plan.rows.last().line, rows + 1);
    int lastDone = 0;
    RI::ApplyOptions options;
    options.progress = [&](int done, int total) {
        QVERIFY(done > lastDone);
        QCOMPARE(total, rows);
        lastDone = done;
    };
    const RI::Result result = RI::apply(*m_db, plan, options);
    const qint64 applyMs = timer.elapsed();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(lastDone, rows);
    QCOMPARE(count(*m_db, "person"), rows + 2);
    QCOMPARE(count(*m_db, "organisation"), 1000 + 1);
    QCOMPARE(count(*m_db, "registration"), rows + 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM registration WHERE status = "
                                         "'confirmed'"))
                 .toInt(),
             (rows + 2) / 3);
    qInfo("%d rows: read %lld ms, plan %lld ms, apply %lld ms", rows, readMs, planMs, applyMs);

    // Taken back in batches, with one change-log entry per record as a
    // record-by-record deletion writes.
    const qint64 logged = count(*m_db, "change_log");
    timer.restart();
    QString error;
    QVERIFY2(RI::undo(*m_db, result, &error), qPrintable(error));
    const qint64 undoMs = timer.elapsed();
    QCOMPARE(count(*m_db, "person"), 2);
    QCOMPARE(count(*m_db, "organisation"), 1);
    QCOMPARE(count(*m_db, "registration"), 1);
    QCOMPARE(count(*m_db, "change_log"), logged + 2 * rows + 1000);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT summary FROM change_log WHERE action = 'delete' "
                                    "AND table_name = 'registration' ORDER BY id LIMIT 1"))
            .toString(),
        QStringLiteral("Registration of Gäst Nümmer 0 for “%1” deleted")
            .arg(m_db->scalar(QStringLiteral("SELECT title_en FROM event WHERE id = ?"), {m_event})
                     .toString()));
    qInfo("undo %lld ms", undoMs);
}

void TestRegistrationImport::exportNeutralisesFormulas()
{
    QString error;
    Person p;
    p.givenName = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")");
    p.familyName = QStringLiteral("@SUM(1+1)");
    p.phone = QStringLiteral("+49 228 959250");
    p.position = QStringLiteral("-2+3");
    QVERIFY2(PersonRepository(*m_db).insert(p, &error), qPrintable(error));
    Registration r;
    r.personId = p.id;
    r.eventId = m_event;
    r.notes = QStringLiteral("+cmd|' /C calc'!A0");
    QVERIFY2(RegistrationRepository(*m_db).insert(r, &error), qPrintable(error));

    QByteArray data;
    int rows = 0;
    QVERIFY2(RegistrationExport::write(*m_db, m_event, {}, &data, &rows, &error),
             qPrintable(error));
    QCOMPARE(rows, 2);
    const QString text = QString::fromUtf8(data);
    QVERIFY2(text.contains(u("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"")),
             qPrintable(text));
    QVERIFY(text.contains(u("\"'@SUM(1+1)\"")));
    QVERIFY(text.contains(u("\"'+49 228 959250\"")));
    QVERIFY(text.contains(u("\"'-2+3\"")));
    QVERIFY(text.contains(u("\"'+cmd|' /C calc'!A0\"")));
    // No cell of the file starts with a formula character.
    const CsvReader::Result read = CsvReader::read(data);
    for (const CsvReader::Record &record : read.records) {
        for (const QString &cell : record.fields)
            QVERIFY2(!CsvWriter::startsLikeFormula(cell), qPrintable(cell));
    }
}

void TestRegistrationImport::exportFiltersStatusesAndColumns()
{
    QVERIFY(RI::apply(*m_db,
                      RI::plan(*m_db, m_event, RI::read(dataFile("excel_semicolon_bom.csv"))),
                      RI::ApplyOptions())
                .ok);
    RegistrationExport::Options options;
    options.statuses = {RegistrationStatus::Confirmed, RegistrationStatus::Invited};
    options.columns = {RegistrationExport::Column::FamilyName, RegistrationExport::Column::Status,
                       RegistrationExport::Column::Needs};
    options.language = Language::German;
    options.byteOrderMark = true;
    options.delimiter = QLatin1Char(';');
    QByteArray data;
    int rows = 0;
    QString error;
    QVERIFY2(RegistrationExport::write(*m_db, m_event, options, &data, &rows, &error),
             qPrintable(error));
    QCOMPARE(rows, 2);
    // Sign-in order: Aydın before Weiß; German headers and status words.
    QCOMPARE(data, QByteArray("\xef\xbb\xbf") + u("Nachname;Status;Bedarf\r\n"
                                                  "Aydın;Eingeladen;\r\n"
                                                  "Weiß;Bestätigt;vegetarisch\r\n")
                                                    .toUtf8());
    QVERIFY(!RegistrationExport::write(*m_db, 99999, options, &data, &rows, &error));
}

void TestRegistrationImport::roundTrip()
{
    QVERIFY(RI::apply(*m_db,
                      RI::plan(*m_db, m_event, RI::read(dataFile("excel_semicolon_bom.csv"))),
                      RI::ApplyOptions())
                .ok);
    QVERIFY(RI::apply(*m_db, RI::plan(*m_db, m_event, RI::read(dataFile("quoted_linebreaks.csv"))),
                      RI::ApplyOptions())
                .ok);
    RegistrationExport::Options options;
    options.columns = RegistrationExport::allColumns();
    options.columns.removeAll(RegistrationExport::Column::RegisteredAt);
    options.columns.removeAll(RegistrationExport::Column::CheckedInAt);
    options.byteOrderMark = true;
    QByteArray data;
    int rows = 0;
    QString error;
    QVERIFY2(RegistrationExport::write(*m_db, m_event, options, &data, &rows, &error),
             qPrintable(error));
    QCOMPARE(rows, 7);

    // Into a fresh database with an empty event: everyone comes back as they were.
    auto fresh = m_databases.create(QStringLiteral("fresh.podium"));
    QVERIFY2(fresh.database, qPrintable(fresh.message));
    const qint64 event = addEvent(*fresh.database, QStringLiteral("Copy"));
    const RI::Source source = RI::read(data);
    QCOMPARE(source.unknownColumns, QList<int>());
    const RI::Plan plan = RI::plan(*fresh.database, event, source);
    QCOMPARE(plan.rejectedCount(), 0);
    const RI::Result result = RI::apply(*fresh.database, plan, RI::ApplyOptions());
    QVERIFY2(result.ok, qPrintable(result.error));

    auto describe = [](Database &db, qint64 eventId) {
        QStringList lines;
        QSqlQuery q = db.prepare(QStringLiteral(
            "SELECT p.honorific, p.given_name, p.family_name, p.email, p.position, p.phone, "
            "o.name, r.status, r.needs, r.notes FROM registration r "
            "JOIN person p ON p.id = r.person_id "
            "LEFT JOIN organisation o ON o.id = p.organisation_id "
            "WHERE r.event_id = ? ORDER BY p.sort_key"));
        q.addBindValue(eventId);
        if (!Database::exec(q))
            return QStringList{QStringLiteral("query failed")};
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < 10; ++i)
                values << q.value(i).toString();
            lines << values.join(QLatin1Char('|'));
        }
        return lines;
    };
    const QStringList original = describe(*m_db, m_event);
    QCOMPARE(original.size(), 7);
    QCOMPARE(describe(*fresh.database, event), original);
    QVERIFY(original.join(QLatin1Char('\n')).contains(u("+49 228 959250")));
}

void TestRegistrationImport::cliImportDryRunAndReal()
{
    const QString csv = QStringLiteral(PODIUM_TEST_DATA "/csv/excel_semicolon_bom.csv");
    const QString before = dump(*m_db);
    const QStringList arguments{QStringLiteral("--database"), m_path, QStringLiteral("--event"),
                                QString::number(m_event), csv};
    Run r = cli(&Cli::runImportRegistrations, arguments + QStringList{u("--dry-run")});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1StringView("4 rows, UTF-8 with byte-order mark, separated by "
                                              "semicolon")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1StringView("People: 2 new, 2 matched. Organisations: 1 new. "
                                              "Registrations: 3 new, 1 already there. Rejected "
                                              "rows: 0.")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1StringView("Dry run: nothing was written.")));
    QCOMPARE(dump(*m_db), before);

    r = cli(&Cli::runImportRegistrations, arguments);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1StringView("Imported in")));
    QCOMPARE(count(*m_db, "registration"), 4);

    r = cli(&Cli::runImportRegistrations, {QStringLiteral("--database"), m_path, csv});
    QCOMPARE(r.exitCode, 2);
}

void TestRegistrationImport::cliImportRejectsAndChangesNothing()
{
    const QString before = dump(*m_db);
    const Run r =
        cli(&Cli::runImportRegistrations,
            {QStringLiteral("--database"), m_path, QStringLiteral("--event"),
             QString::number(m_event), QStringLiteral(PODIUM_TEST_DATA "/csv/invalid_rows.csv")});
    QCOMPARE(r.exitCode, 1);
    for (const char *line : {"rejected  line 4  ", "rejected  line 6  The name is missing.",
                             "rejected  line 7  Unknown status", "rejected  line 9  "})
        QVERIFY2(r.out.contains(u(line)), qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1StringView("4 rows were rejected; nothing was imported")),
             qPrintable(r.err));
    QCOMPARE(dump(*m_db), before);
}

void TestRegistrationImport::cliExport()
{
    QVERIFY(RI::apply(*m_db,
                      RI::plan(*m_db, m_event, RI::read(dataFile("excel_semicolon_bom.csv"))),
                      RI::ApplyOptions())
                .ok);
    const QString output = m_files.filePath(QStringLiteral("export.csv"));
    Run r =
        cli(&Cli::runExport,
            {QStringLiteral("registrations"), QStringLiteral("--database"), m_path,
             QStringLiteral("--event"), QString::number(m_event), QStringLiteral("--status"),
             QStringLiteral("bestätigt"), QStringLiteral("--status"), QStringLiteral("registered"),
             QStringLiteral("--bom"), QStringLiteral("--columns"),
             QStringLiteral("given-name,family-name,phone"), QStringLiteral("--output"), output});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1StringView("3 registrations written")), qPrintable(r.out));
    QFile f(output);
    QVERIFY(f.open(QIODevice::ReadOnly));
    // Sign-in order; the phone number is neutralised but readable.
    QCOMPARE(f.readAll(), QByteArray("\xef\xbb\xbf") + u("First name,Last name,Phone\r\n"
                                                         "Chloé,Dubois,\r\n"
                                                         "Laura,Valdés Cano,\r\n"
                                                         "Jürgen,Weiß,\"'+49 228 959250\"\r\n")
                                                           .toUtf8());

    r = cli(&Cli::runExport,
            {QStringLiteral("registrations"), QStringLiteral("--database"), m_path,
             QStringLiteral("--event"), QString::number(m_event), QStringLiteral("--status"),
             QStringLiteral("vielleicht"), QStringLiteral("--output"), output});
    QCOMPARE(r.exitCode, 2);
    r = cli(&Cli::runExport, {QStringLiteral("registrations"), QStringLiteral("--database"), m_path,
                              QStringLiteral("--event"), QString::number(m_event)});
    QCOMPARE(r.exitCode, 2);
}

PODIUM_BACKEND_TEST_MAIN(TestRegistrationImport, QStringList{})
#include "tst_registrationimport.moc"
