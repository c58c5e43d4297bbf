// The demo content: the Berlin Summer Dialogue 2023 as published, and the
// invented events around it, complete and consistent.
#include "domain/demodata.h"
#include "domain/eventrepository.h"
#include "domain/organisationrepository.h"
#include "domain/personrepository.h"
#include "domain/programmeitemrepository.h"
#include "domain/registrationrepository.h"
#include "domain/rolerepository.h"
#include "domain/seriesrepository.h"
#include "domain/validation.h"
#include "domain/venuerepository.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace Podium;

namespace {

const QDate today(2025, 6, 15);

/** Every row of the content tables, leaving out when it was written. */
QStringList content(Database &db)
{
    static const QSet<QString> moments{QStringLiteral("created_at"), QStringLiteral("modified_at"),
                                       QStringLiteral("changed_at")};
    QStringList out;
    const QStringList tables{
        QStringLiteral("organisation"),   QStringLiteral("person"),  QStringLiteral("venue"),
        QStringLiteral("room"),           QStringLiteral("series"),  QStringLiteral("event"),
        QStringLiteral("programme_item"), QStringLiteral("role"),    QStringLiteral("registration"),
        QStringLiteral("document"),       QStringLiteral("setting"), QStringLiteral("change_log")};
    for (const QString &table : tables) {
        // The first column is the id (the key of a setting): an order both
        // backends share.
        QSqlQuery rows = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        if (!Database::exec(rows))
            return {QStringLiteral("cannot read %1").arg(table)};
        while (rows.next()) {
            QStringList cells{table};
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                if (moments.contains(record.fieldName(i)))
                    continue;
                cells << rows.value(i).toString();
            }
            out << cells.join(QLatin1Char('|'));
        }
    }
    return out;
}

struct Speaker
{
    QString given;
    QString family;
};

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void berlinSummerDialogue();
    void speakers_data();
    void speakers();
    void chairOnEventAndDiscussion();
    void programme();
    void organisations();
    void guests();
    void everyRegistrationStatus();
    void eventsAroundToday();
    void settings();
    void consistent();
    void fileIntegrity();
    void deterministic();
    void refusesFilledDatabase();

private:
    std::unique_ptr<Database> open(const QString &name);
    Event dialogue() const;

    // Files, or databases on the server named by PODIUM_TEST_SERVER.
    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
};

std::unique_ptr<Database> TestDemoData::open(const QString &name)
{
    auto opened = m_databases.create(name);
    if (!opened.database)
        qWarning("%s", qPrintable(opened.message));
    return std::move(opened.database);
}

void TestDemoData::init()
{
    m_db = open(QStringLiteral("demo.podium"));
    QVERIFY(m_db);
    QString error;
    QVERIFY2(DemoData::populate(*m_db, today, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
}

void TestDemoData::cleanup()
{
    m_db.reset();
    m_databases.dropAll();
}

Event TestDemoData::dialogue() const
{
    const QList<Event> found =
        EventRepository(*m_db).search(QStringLiteral("Can cities save the world"));
    return found.size() == 1 ? found.constFirst() : Event();
}

void TestDemoData::berlinSummerDialogue()
{
    const Event e = dialogue();
    QVERIFY(e.id > 0);
    QCOMPARE(e.title.en, QStringLiteral("Can cities save the world?"));
    QVERIFY(!e.title.de.isEmpty());
    QCOMPARE(e.subtitle.en, QStringLiteral("The impact of city networks and city-partnerships for "
                                           "peace and development"));
    QVERIFY(!e.subtitle.de.isEmpty());
    QCOMPARE(e.topic.en, QStringLiteral("Partnerships and collaborations"));
    QCOMPARE(e.topic.de, QStringLiteral("Partnerschaften und Kooperationen"));
    QCOMPARE(e.language, Language::English);
    QCOMPARE(e.status, EventStatus::Confirmed);
    QVERIFY(e.published);
    QVERIFY(e.publishedAt.isValid());
    QVERIFY(e.publishedAt < e.start);
    QVERIFY(e.publishedAt > e.start.addDays(-70));
    QCOMPARE(e.timeZone, QByteArray("Europe/Berlin"));
    QCOMPARE(e.localStart(),
             QDateTime(QDate(2023, 9, 19), QTime(19, 0), QTimeZone("Europe/Berlin")));
    QCOMPARE(e.localEnd().time(), QTime(21, 0));
    QCOMPARE(e.start, QDateTime(QDate(2023, 9, 19), QTime(17, 0), QTimeZone::utc()));
    QCOMPARE(e.notes,
             QStringLiteral("Demo data. Times, venue, programme and attendees are invented; "
                            "the text and the speakers follow the foundation's published "
                            "page."));

    // The seed's English text, verbatim, with its heading.
    QVERIFY(e.description.en.startsWith(
        QStringLiteral("Over half of the world's population already lives in urban areas, by 2050 "
                       "this figure is expected to rise to 70%.")));
    QVERIFY(e.description.en.contains(
        QStringLiteral("\n\n## Opportunities and limitations of city networks in addressing global "
                       "challenges\n\n")));
    QVERIFY(e.description.en.contains(QStringLiteral(
        "This has inspired the ideas: \"States talk — cities act\" and \"Cities will "
        "save the world\".")));
    QVERIFY(e.description.en.trimmed().endsWith(
        QStringLiteral("And does the growing number of city networks also have downsides?")));
    QVERIFY(e.description.de.contains(QStringLiteral("## ")));
    QVERIFY(e.description.de.contains(QStringLiteral("Städtenetzwerke")));

    const std::optional<Series> series = SeriesRepository(*m_db).find(e.seriesId);
    QVERIFY(series);
    QCOMPARE(series->name.en, QStringLiteral("Berlin Summer Dialogue"));
    QCOMPARE(series->name.de, QStringLiteral("Berliner Sommerdialog"));

    const std::optional<Venue> venue = VenueRepository(*m_db).find(e.venueId);
    QVERIFY(venue);
    QCOMPARE(venue->city, QStringLiteral("Berlin"));
    QVERIFY(!venue->address.isEmpty());
    QVERIFY(venue->capacity.value_or(0) >= e.capacity.value_or(0));
    QVERIFY(venue->notes.contains(QStringLiteral("invented")));
    const std::optional<Room> room = VenueRepository(*m_db).findRoom(e.roomId);
    QVERIFY(room);
    QCOMPARE(room->venueId, venue->id);
}

void TestDemoData::speakers_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("position");
    QTest::addColumn<RoleKind>("kind");
    QTest::addColumn<QString>("affiliationEn");
    QTest::addColumn<QString>("affiliationDe");
    QTest::addColumn<QString>("organisation");

    QTest::newRow("Alfredo Malaret Baldo")
        << QStringLiteral("Alfredo") << QStringLiteral("Malaret Baldo") << 0 << RoleKind::Panellist
        << QStringLiteral("Peace in Our Cities, Urban Violence Program Officer, Kroc Institute for "
                          "Peace and Justice, University of San Diego")
        << QString() << QStringLiteral("Kroc Institute for Peace and Justice");
    QTest::newRow("Laura Valdés Cano")
        << QStringLiteral("Laura") << QStringLiteral("Valdés Cano") << 1 << RoleKind::Panellist
        << QStringLiteral("Head of Policy, Metropolis") << QString()
        << QStringLiteral("Metropolis");
    QTest::newRow("Lorenzo Kihlgren Grandi")
        << QStringLiteral("Lorenzo") << QStringLiteral("Kihlgren Grandi") << 2
        << RoleKind::Panellist
        << QStringLiteral("Director, City Diplomacy Lab, Columbia Global Centers")
        << QStringLiteral("Leiter des City Diplomacy Lab, Columbia Global Centers")
        << QStringLiteral("Columbia Global Centers");
    QTest::newRow("Nora Witt")
        << QStringLiteral("Nora") << QStringLiteral("Witt") << 3 << RoleKind::Chair
        << QStringLiteral("Research Coordinator, Development and Peace Foundation (sef:)")
        << QStringLiteral(
               "Wissenschaftliche Koordinatorin, Stiftung Entwicklung und Frieden (sef:)")
        << QStringLiteral("Development and Peace Foundation");
}

void TestDemoData::speakers()
{
    QFETCH(QString, given);
    QFETCH(QString, family);
    QFETCH(int, position);
    QFETCH(RoleKind, kind);
    QFETCH(QString, affiliationEn);
    QFETCH(QString, affiliationDe);
    QFETCH(QString, organisation);

    const QList<Person> found = PersonRepository(*m_db).search(given + QLatin1Char(' ') + family);
    QCOMPARE(found.size(), 1);
    const Person person = found.constFirst();
    QCOMPARE(person.givenName, given);
    QCOMPARE(person.familyName, family);
    const std::optional<Organisation> org =
        OrganisationRepository(*m_db).find(person.organisationId);
    QVERIFY(org);
    QCOMPARE(org->name, organisation);

    const Event e = dialogue();
    const QList<ProgrammeItem> items = ProgrammeItemRepository(*m_db).forEvent(e.id);
    qint64 round = 0;
    for (const ProgrammeItem &item : items) {
        if (item.kind == ProgrammeItemKind::Discussion)
            round = item.id;
    }
    QVERIFY(round > 0);
    const QList<Role> roles = RoleRepository(*m_db).forItem(round);
    QCOMPARE(roles.size(), 4);
    const Role role = roles.at(position);
    QCOMPARE(role.personId, person.id);
    QCOMPARE(role.kind, kind);
    QCOMPARE(role.status, RoleStatus::Confirmed);
    QCOMPARE(role.eventId, e.id);
    QCOMPARE(role.affiliation.en, affiliationEn);
    QCOMPARE(role.affiliation.de, affiliationDe);
    QCOMPARE(role.affiliation.in(Language::German),
             affiliationDe.isEmpty() ? affiliationEn : affiliationDe);
}

void TestDemoData::chairOnEventAndDiscussion()
{
    const Event e = dialogue();
    const Person nora = PersonRepository(*m_db).search(QStringLiteral("Nora Witt")).value(0);
    QVERIFY(nora.id > 0);
    QCOMPARE(nora.position, QStringLiteral("Research Coordinator"));

    RoleRepository roles(*m_db);
    const QList<Role> onEvent = roles.onEventAsWhole(e.id);
    QCOMPARE(onEvent.size(), 1);
    QCOMPARE(onEvent.constFirst().personId, nora.id);
    QCOMPARE(onEvent.constFirst().kind, RoleKind::Chair);
    QCOMPARE(onEvent.constFirst().status, RoleStatus::Confirmed);
    QCOMPARE(onEvent.constFirst().affiliation.en,
             QStringLiteral("Research Coordinator, Development and Peace Foundation (sef:)"));

    int chairs = 0;
    const QList<Role> all = roles.forEvent(e.id);
    QCOMPARE(all.size(), 5);
    for (const Role &r : all) {
        if (r.kind == RoleKind::Chair) {
            QCOMPARE(r.personId, nora.id);
            ++chairs;
        }
    }
    QCOMPARE(chairs, 2);
    // The chair of the evening is listed first.
    QCOMPARE(all.constFirst().programmeItemId, 0);
}

void TestDemoData::programme()
{
    const QList<Event> events = EventRepository(*m_db).all();
    QCOMPARE(events.size(), 4);
    ProgrammeItemRepository items(*m_db);
    for (const Event &e : events) {
        const QList<ProgrammeItem> programme = items.forEvent(e.id);
        QVERIFY2(programme.size() >= 3, qPrintable(e.title.en));
        QDateTime previousEnd = e.start;
        for (const ProgrammeItem &item : programme) {
            QVERIFY2(validate(item, e).isEmpty(), qPrintable(describeIssues(validate(item, e))));
            QVERIFY2(!item.title.en.isEmpty() && !item.title.de.isEmpty(),
                     qPrintable(item.title.en));
            // Items follow each other within the event's time.
            QCOMPARE(item.start, previousEnd);
            QVERIFY(item.end <= e.end);
            previousEnd = item.end;
        }
        QCOMPARE(previousEnd, e.end);
    }

    const Event e = dialogue();
    const QList<ProgrammeItem> programme = items.forEvent(e.id);
    QList<ProgrammeItemKind> kinds;
    for (const ProgrammeItem &item : programme)
        kinds << item.kind;
    QCOMPARE(kinds, (QList<ProgrammeItemKind>{
                        ProgrammeItemKind::Welcome, ProgrammeItemKind::Introduction,
                        ProgrammeItemKind::Discussion, ProgrammeItemKind::QuestionsAndAnswers,
                        ProgrammeItemKind::Reception}));
    QCOMPARE(programme.constFirst().start.toTimeZone(e.zone()).time(), QTime(19, 0));
    QCOMPARE(programme.at(2).title.en, QStringLiteral("Discussion round"));
    QCOMPARE(programme.at(2).title.de, QStringLiteral("Diskussionsrunde"));
}

void TestDemoData::organisations()
{
    OrganisationRepository repo(*m_db);
    const std::optional<Organisation> sef =
        repo.findByName(QStringLiteral("Development and Peace Foundation"));
    QVERIFY(sef);
    QCOMPARE(sef->shortName, QStringLiteral("sef:"));
    QCOMPARE(sef->kind, OrganisationKind::Foundation);
    QCOMPARE(sef->displayName(), QStringLiteral("Development and Peace Foundation (sef:)"));

    const std::optional<Organisation> kroc =
        repo.findByName(QStringLiteral("Kroc Institute for Peace and Justice"));
    const std::optional<Organisation> usd =
        repo.findByName(QStringLiteral("University of San Diego"));
    QVERIFY(kroc && usd);
    QCOMPARE(kroc->parentId, usd->id);
    QCOMPARE(usd->parentId, 0);

    const std::optional<Organisation> metropolis = repo.findByName(QStringLiteral("Metropolis"));
    QVERIFY(metropolis);
    QCOMPARE(metropolis->kind, OrganisationKind::CityNetwork);
    QVERIFY(repo.findByName(QStringLiteral("Columbia Global Centers")));

    for (const Organisation &o : repo.all())
        QVERIFY2(validate(o).isEmpty(), qPrintable(o.name));
}

void TestDemoData::guests()
{
    const QList<Person> people = PersonRepository(*m_db).all();
    int invented = 0;
    int withConsent = 0;
    int accented = 0;
    QSet<QString> emails;
    for (const Person &p : people) {
        QVERIFY2(validate(p).isEmpty(), qPrintable(describeIssues(validate(p))));
        for (const Consent *c : {&p.consentContact, &p.consentList, &p.consentPhoto})
            QCOMPARE(c->given, c->at.isValid());
        if (!p.notes.contains(QStringLiteral("invented guest")))
            continue;
        ++invented;
        QVERIFY2(p.email.endsWith(QStringLiteral("@example.org")), qPrintable(p.email));
        QVERIFY(Validation::isValidEmail(p.email));
        emails.insert(p.email);
        if (p.consentContact.given || p.consentList.given || p.consentPhoto.given)
            ++withConsent;
        if (p.fullName().toLatin1() != p.fullName().toUtf8())
            ++accented;
    }
    QVERIFY2(invented >= 30 && invented <= 40, qPrintable(QString::number(invented)));
    QCOMPARE(emails.size(), invented);
    QVERIFY(withConsent > 5 && withConsent < invented);
    QVERIFY(accented >= 20);

    const int needs =
        m_db->scalar(QStringLiteral("SELECT count(*) FROM registration WHERE needs IS "
                                    "NOT NULL"))
            .toInt();
    QVERIFY(needs > 3);
    QVERIFY(m_db->scalar(QStringLiteral("SELECT count(*) FROM registration WHERE needs LIKE "
                                        "'%wheelchair%'"))
                .toInt() > 0);
}

void TestDemoData::everyRegistrationStatus()
{
    const QList<RegistrationStatus> statuses = allValues<RegistrationStatus>();
    QCOMPARE(statuses.size(), 7);
    for (const RegistrationStatus status : statuses) {
        const int n =
            m_db->scalar(QStringLiteral("SELECT count(*) FROM registration WHERE status = ?"),
                         {toStorage(status)})
                .toInt();
        QVERIFY2(n > 0, qPrintable(toStorage(status)));
    }
    // The dialogue itself had guests who came, and some who did not.
    const QMap<RegistrationStatus, int> counts =
        RegistrationRepository(*m_db).countByStatus(dialogue().id);
    QVERIFY(counts.value(RegistrationStatus::Attended) > 10);
    QVERIFY(counts.value(RegistrationStatus::NoShow) > 0);
    // Only those who came were checked in; only invitations lack a registration date.
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM registration WHERE (checked_in_at IS "
                                    "NOT NULL) <> (status = 'attended')"))
            .toInt(),
        0);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM registration WHERE (registered_at IS "
                                    "NULL) <> (status = 'invited')"))
            .toInt(),
        0);
}

void TestDemoData::eventsAroundToday()
{
    const QDateTime now(today, QTime(12, 0), QTimeZone("Europe/Berlin"));
    EventRepository repo(*m_db);
    const QList<Event> events = repo.all();
    QCOMPARE(events.size(), 4);

    const QList<Event> past = repo.past(now);
    const QList<Event> upcoming = repo.upcoming(now);
    QCOMPARE(past.size(), 2);
    QCOMPARE(upcoming.size(), 2);
    // The latest past event is a few months back.
    const qint64 daysBack = past.constFirst().firstDay().daysTo(today);
    QVERIFY2(daysBack >= 60 && daysBack <= 120, qPrintable(QString::number(daysBack)));

    const Event next = upcoming.at(0);
    const qint64 daysAhead = today.daysTo(next.firstDay());
    QVERIFY2(daysAhead >= 14 && daysAhead <= 42, qPrintable(QString::number(daysAhead)));
    QCOMPARE(next.status, EventStatus::Confirmed);
    QVERIFY(next.published);
    QVERIFY(next.publishedAt < now);

    const Event cancelled = upcoming.at(1);
    QCOMPARE(cancelled.status, EventStatus::Cancelled);
    QVERIFY(cancelled.published);
    QVERIFY(cancelled.publishedAt < now);
    QVERIFY(cancelled.icalSequence > 0);
    QVERIFY(cancelled.notes.contains(QStringLiteral("cancelled")));

    RoleRepository roles(*m_db);
    QSet<QString> uids;
    for (const Event &e : events) {
        QVERIFY2(validate(e).isEmpty(), qPrintable(describeIssues(validate(e))));
        QVERIFY(!roles.forEvent(e.id).isEmpty());
        QVERIFY(e.notes.startsWith(QStringLiteral("Demo data")));
        QVERIFY(!e.title.de.isEmpty());
        uids.insert(e.uid);
        // Evening events, on a weekday.
        QVERIFY(e.firstDay().dayOfWeek() <= Qt::Thursday);
        QVERIFY(e.localStart().time().hour() >= 18);
    }
    QCOMPARE(uids.size(), 4);
    // Speakers are reused: one directory across events.
    const Person nora = PersonRepository(*m_db).search(QStringLiteral("Nora Witt")).value(0);
    QVERIFY(roles.forPerson(nora.id).size() >= 4);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM person WHERE family_name = 'Witt'"))
                 .toInt(),
             1);
}

void TestDemoData::settings()
{
    QCOMPARE(m_db->setting(QStringLiteral("foundation_name")),
             QStringLiteral("Development and Peace Foundation (sef:)"));
    QCOMPARE(m_db->setting(QStringLiteral("organiser_email")),
             QStringLiteral("events@example.org"));
    QVERIFY(!m_db->setting(QStringLiteral("contact_line")).isEmpty());
    QCOMPARE(m_db->setting(QStringLiteral("retention_months")), QStringLiteral("24"));
}

void TestDemoData::consistent()
{
    // Everything went through the repositories: each record has its log entry.
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE action = 'insert'"))
            .toInt(),
        m_db->scalar(QStringLiteral(
                         "SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM "
                         "person) + (SELECT count(*) FROM venue) + (SELECT count(*) FROM room) "
                         "+ (SELECT count(*) FROM series) + (SELECT count(*) FROM event) + "
                         "(SELECT count(*) FROM programme_item) + (SELECT count(*) FROM role) + "
                         "(SELECT count(*) FROM registration)"))
            .toInt());
}

void TestDemoData::fileIntegrity()
{
    QSqlQuery fk = m_db->prepare(QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(Database::exec(fk));
    QVERIFY2(!fk.next(), "foreign_key_check reports a row");
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
}

void TestDemoData::deterministic()
{
    std::unique_ptr<Database> second = open(QStringLiteral("second.podium"));
    QVERIFY(second);
    QString error;
    QVERIFY2(DemoData::populate(*second, today, &error), qPrintable(error));
    const QStringList a = content(*m_db);
    const QStringList b = content(*second);
    QVERIFY(a.size() > 200);
    QCOMPARE(b, a);

    // Another day moves the invented events, and only them.
    std::unique_ptr<Database> third = open(QStringLiteral("third.podium"));
    QVERIFY(third);
    QVERIFY2(DemoData::populate(*third, today.addDays(7), &error), qPrintable(error));
    QVERIFY(content(*third) != a);
    QCOMPARE(EventRepository(*third).search(QStringLiteral("Can cities")).constFirst().uid,
             dialogue().uid);
}

void TestDemoData::refusesFilledDatabase()
{
    const QStringList before = content(*m_db);
    QString error;
    QVERIFY(!DemoData::populate(*m_db, today, &error));
    QCOMPARE(error,
             QStringLiteral("The database already holds organisations, people or events; the "
                            "demo data is added only to an empty database."));
    QCOMPARE(content(*m_db), before);

    QVERIFY(!DemoData::populate(*m_db, QDate(), &error));
    QCOMPARE(error, QStringLiteral("The demo data needs a valid date for today."));
}

// SQLite's own checks of a file; a server checks every foreign key as it is
// written.
PODIUM_BACKEND_TEST_MAIN(TestDemoData, QStringList{QStringLiteral("fileIntegrity")})
#include "tst_demodata.moc"
