// Repositories over a real database file: round trips, refusals that leave
// the file as it was, optimistic locking, calendar sequences and folded keys.
#include "domain/documentrepository.h"
#include "domain/eventrepository.h"
#include "domain/organisationrepository.h"
#include "domain/personrepository.h"
#include "domain/programmeitemrepository.h"
#include "domain/registrationrepository.h"
#include "domain/rolerepository.h"
#include "domain/seriesrepository.h"
#include "domain/venuerepository.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Podium;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

/** Every row of every table, as text: two equal dumps mean equal content. */
QStringList dump(Database &db)
{
    QStringList out;
    QSqlQuery tables = db.prepare(
        db.isServer()
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema "
                             "= current_schema() ORDER BY table_name")
            : QStringLiteral(
                  "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                  "'sqlite_%' ORDER BY name"));
    if (!Database::exec(tables))
        return {QStringLiteral("cannot list tables")};
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        out << QStringLiteral("table %1: %2 rows")
                   .arg(table)
                   .arg(db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt());
        // A server has no rowid; the first column (id, or the key) orders as well.
        QSqlQuery rows = db.prepare(
            QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                .arg(table, db.isServer() ? QStringLiteral("1") : QStringLiteral("rowid")));
        if (!Database::exec(rows))
            return {QStringLiteral("cannot read %1").arg(table)};
        while (rows.next()) {
            QStringList cells;
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant v = rows.value(i);
                cells << (v.isNull() ? QStringLiteral("NULL")
                          : v.typeId() == QMetaType::QByteArray
                              ? QString::fromLatin1(v.toByteArray().toHex())
                              : v.toString());
            }
            out << cells.join(QLatin1Char('|'));
        }
    }
    return out;
}

int count(Database &db, const char *sql)
{
    return db.scalar(QString::fromLatin1(sql)).toInt();
}

/** A small world to act on: two events, a venue with a room, people and roles. */
struct World
{
    qint64 university = 0;
    qint64 institute = 0;
    qint64 network = 0;
    qint64 laura = 0;
    qint64 nora = 0;
    qint64 venue = 0;
    qint64 room = 0;
    qint64 otherVenue = 0;
    qint64 otherRoom = 0;
    qint64 series = 0;
    qint64 dialogue = 0;
    qint64 otherEvent = 0;
    qint64 round = 0;
    qint64 otherItem = 0;
    qint64 role = 0;
    qint64 registration = 0;
};

} // namespace

using Action = std::function<bool(Database &, const World &, QString *)>;
Q_DECLARE_METATYPE(Action)

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void organisationRoundTrip();
    void personRoundTrip();
    void venueAndRoomRoundTrip();
    void seriesRoundTrip();
    void eventRoundTrip();
    void programmeRolesAndRegistrations();
    void documentRoundTrip();
    void rejectedWriteChangesNothing_data();
    void rejectedWriteChangesNothing();
    void staleRowVersionRefused();
    void icalSequence_data();
    void icalSequence();
    void icalSequenceNeverFalls();
    void uidIsKept();
    void keysFolded_data();
    void keysFolded();
    void consentDated();
    void organisationCycleNamed();
    void listQueries();
    void changeLogSentences();
    void emailLookupUsesIndex();
    void insertedValueMatchesStoredRow();
    void writeAfterRefusedWriteSucceeds();
    void organisationKeyFollowsOrganisation();
    void newPersonWrittenWithOrganisationKey();

private:
    World build();
    Event sampleEvent() const;
    /** person.organisation_key of @p personId as stored. */
    QString organisationKeyOf(qint64 personId) const;
    /** organisation.name_key of @p organisationId as stored. */
    QString nameKeyOf(qint64 organisationId) const;

    // A file, or a database on the server named by PODIUM_TEST_SERVER.
    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
};

void TestRepositories::init()
{
    auto opened = m_databases.create();
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
}

void TestRepositories::cleanup()
{
    Clock::setSource({});
    m_db.reset();
    m_databases.dropAll();
}

Event TestRepositories::sampleEvent() const
{
    Event e;
    e.title = {QStringLiteral("Can cities save the world?"),
               QStringLiteral("Können Städte die Welt retten?")};
    e.start = utc("2023-09-19T17:00:00Z");
    e.end = utc("2023-09-19T19:00:00Z");
    return e;
}

World TestRepositories::build()
{
    World w;
    QString error;
    OrganisationRepository organisations(*m_db);
    Organisation university;
    university.name = QStringLiteral("University of San Diego");
    university.kind = OrganisationKind::University;
    [&] { QVERIFY2(organisations.insert(university, &error), qPrintable(error)); }();
    w.university = university.id;
    Organisation institute;
    institute.name = QStringLiteral("Kroc Institute for Peace and Justice");
    institute.parentId = university.id;
    [&] { QVERIFY2(organisations.insert(institute, &error), qPrintable(error)); }();
    w.institute = institute.id;
    Organisation network;
    network.name = QStringLiteral("Metropolis");
    network.kind = OrganisationKind::CityNetwork;
    [&] { QVERIFY2(organisations.insert(network, &error), qPrintable(error)); }();
    w.network = network.id;

    PersonRepository people(*m_db);
    Person laura;
    laura.givenName = QStringLiteral("Laura");
    laura.familyName = QStringLiteral("Valdés Cano");
    laura.organisationId = network.id;
    laura.email = QStringLiteral("laura.valdes@example.org");
    [&] { QVERIFY2(people.insert(laura, &error), qPrintable(error)); }();
    w.laura = laura.id;
    Person nora;
    nora.givenName = QStringLiteral("Nora");
    nora.familyName = QStringLiteral("Witt");
    [&] { QVERIFY2(people.insert(nora, &error), qPrintable(error)); }();
    w.nora = nora.id;

    VenueRepository venues(*m_db);
    Venue venue;
    venue.name = QStringLiteral("Dialogforum");
    venue.city = QStringLiteral("Berlin");
    [&] { QVERIFY2(venues.insert(venue, &error), qPrintable(error)); }();
    w.venue = venue.id;
    Room room;
    room.venueId = venue.id;
    room.name = QStringLiteral("Großer Saal");
    [&] { QVERIFY2(venues.insertRoom(room, &error), qPrintable(error)); }();
    w.room = room.id;
    Venue other;
    other.name = QStringLiteral("Forum Beispielhaus");
    other.city = QStringLiteral("Bonn");
    [&] { QVERIFY2(venues.insert(other, &error), qPrintable(error)); }();
    w.otherVenue = other.id;
    Room otherRoom;
    otherRoom.venueId = other.id;
    otherRoom.name = QStringLiteral("Saal");
    [&] { QVERIFY2(venues.insertRoom(otherRoom, &error), qPrintable(error)); }();
    w.otherRoom = otherRoom.id;

    SeriesRepository series(*m_db);
    Series summer;
    summer.name = {QStringLiteral("Berlin Summer Dialogue"),
                   QStringLiteral("Berliner Sommerdialog")};
    [&] { QVERIFY2(series.insert(summer, &error), qPrintable(error)); }();
    w.series = summer.id;

    EventRepository events(*m_db);
    Event dialogue = sampleEvent();
    dialogue.seriesId = summer.id;
    dialogue.venueId = venue.id;
    dialogue.roomId = room.id;
    [&] { QVERIFY2(events.insert(dialogue, &error), qPrintable(error)); }();
    w.dialogue = dialogue.id;
    Event otherEvent = sampleEvent();
    otherEvent.title = {QStringLiteral("Water diplomacy"), QString()};
    otherEvent.start = utc("2024-03-05T17:00:00Z");
    otherEvent.end = utc("2024-03-05T19:00:00Z");
    [&] { QVERIFY2(events.insert(otherEvent, &error), qPrintable(error)); }();
    w.otherEvent = otherEvent.id;

    ProgrammeItemRepository items(*m_db);
    ProgrammeItem round;
    round.eventId = dialogue.id;
    round.kind = ProgrammeItemKind::Discussion;
    round.title = {QStringLiteral("Discussion round"), QStringLiteral("Diskussionsrunde")};
    round.start = dialogue.start;
    round.end = dialogue.end;
    [&] { QVERIFY2(items.insert(round, &error), qPrintable(error)); }();
    w.round = round.id;
    ProgrammeItem otherItem;
    otherItem.eventId = otherEvent.id;
    otherItem.title.en = QStringLiteral("Keynote");
    otherItem.start = otherEvent.start;
    otherItem.end = otherEvent.end;
    [&] { QVERIFY2(items.insert(otherItem, &error), qPrintable(error)); }();
    w.otherItem = otherItem.id;

    RoleRepository roles(*m_db);
    Role panellist;
    panellist.personId = laura.id;
    panellist.eventId = dialogue.id;
    panellist.programmeItemId = round.id;
    panellist.kind = RoleKind::Panellist;
    [&] { QVERIFY2(roles.insert(panellist, &error), qPrintable(error)); }();
    w.role = panellist.id;

    RegistrationRepository registrations(*m_db);
    Registration registration;
    registration.personId = nora.id;
    registration.eventId = dialogue.id;
    [&] { QVERIFY2(registrations.insert(registration, &error), qPrintable(error)); }();
    w.registration = registration.id;
    return w;
}

void TestRepositories::organisationRoundTrip()
{
    OrganisationRepository repo(*m_db);
    Organisation o;
    o.name = QStringLiteral("Urząd Miasta Łodzi 🎤");
    o.shortName = QStringLiteral("UMŁ");
    o.kind = OrganisationKind::PublicBody;
    o.city = QStringLiteral("Łódź");
    o.country = QStringLiteral("Poland");
    o.website = QStringLiteral("https://lodz.example.org/");
    o.notes = QStringLiteral("Grüße nach Łódź 🎤");
    QString error;
    QVERIFY2(repo.insert(o, &error), qPrintable(error));
    QVERIFY(o.id > 0);
    QCOMPARE(o.rowVersion, 1);
    QVERIFY(o.createdAt.isValid());

    const std::optional<Organisation> found = repo.find(o.id);
    QVERIFY(found);
    QCOMPARE(*found, o);
    QCOMPARE(found->name, QStringLiteral("Urząd Miasta Łodzi 🎤"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT name_key FROM organisation WHERE id = ?"), {o.id})
                 .toString(),
             QStringLiteral("urzad miasta lodzi 🎤"));

    Organisation changed = *found;
    changed.name = QStringLiteral("Stadt Łódź");
    QVERIFY2(repo.update(changed, &error), qPrintable(error));
    const std::optional<Organisation> after = repo.find(o.id);
    QVERIFY(after);
    QCOMPARE(after->name, QStringLiteral("Stadt Łódź"));
    QCOMPARE(after->rowVersion, 2);
    QVERIFY(repo.findByName(QStringLiteral("STADT LODZ")));

    QVERIFY2(repo.remove(o.id, &error), qPrintable(error));
    QVERIFY(!repo.find(o.id));
    QVERIFY(!repo.remove(o.id, &error));
    QCOMPARE(error,
             QStringLiteral("The organisation no longer exists; someone may have deleted it."));
}

void TestRepositories::personRoundTrip()
{
    PersonRepository repo(*m_db);
    Person p;
    p.honorific = QStringLiteral("Dr.");
    p.givenName = QStringLiteral("Laura");
    p.familyName = QStringLiteral("Valdés Cano");
    p.position = QStringLiteral("Head of Policy");
    p.email = QStringLiteral("laura.valdes@example.org");
    p.phone = QStringLiteral("+34 900 000 000");
    p.biography = QStringLiteral("Grüße aus Łódź 🎤");
    p.photo = QByteArray("\x89PNG\r\n\x1a\n\0\1\2", 11);
    p.photoMimeType = QStringLiteral("image/png");
    p.consentContact = {true, utc("2023-08-23T09:00:00Z")};
    p.consentPhoto = {true, utc("2023-08-24T09:00:00Z")};
    QString error;
    QVERIFY2(repo.insert(p, &error), qPrintable(error));
    QVERIFY(p.id > 0);
    QCOMPARE(p.rowVersion, 1);

    const std::optional<Person> found = repo.find(p.id);
    QVERIFY(found);
    QCOMPARE(*found, p);
    QCOMPARE(found->photo.size(), 11);
    QCOMPARE(found->biography, QStringLiteral("Grüße aus Łódź 🎤"));
    QCOMPARE(found->consentPhoto.at, utc("2023-08-24T09:00:00Z"));
    QVERIFY(!found->consentList.given);
    QVERIFY(!found->consentList.at.isValid());

    Person changed = *found;
    changed.familyName = QStringLiteral("Valdés");
    changed.consentPhoto.given = false;
    QVERIFY2(repo.update(changed, &error), qPrintable(error));
    const std::optional<Person> after = repo.find(p.id);
    QCOMPARE(after->familyName, QStringLiteral("Valdés"));
    QVERIFY(!after->consentPhoto.given);
    QVERIFY(!after->consentPhoto.at.isValid());
    QCOMPARE(after->rowVersion, 2);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT sort_key FROM person WHERE id = ?"), {p.id}).toString(),
        QStringLiteral("valdes laura"));

    QVERIFY2(repo.remove(p.id, &error), qPrintable(error));
    QVERIFY(!repo.find(p.id));
}

void TestRepositories::venueAndRoomRoundTrip()
{
    VenueRepository repo(*m_db);
    Venue v;
    v.name = QStringLiteral("Pałac Poznańskiego");
    v.address = QStringLiteral("ul. Ogrodowa 15");
    v.postalCode = QStringLiteral("91-065");
    v.city = QStringLiteral("Łódź");
    v.country = QStringLiteral("Poland");
    v.capacity = 0;
    QString error;
    QVERIFY2(repo.insert(v, &error), qPrintable(error));
    QCOMPARE(*repo.find(v.id), v);
    QCOMPARE(repo.find(v.id)->capacity, std::optional<int>(0));

    Room r;
    r.venueId = v.id;
    r.name = QStringLiteral("Sala Lustrzana 🎤");
    r.capacity = 120;
    QVERIFY2(repo.insertRoom(r, &error), qPrintable(error));
    QCOMPARE(*repo.findRoom(r.id), r);
    QCOMPARE(repo.rooms(v.id).size(), 1);

    Room renamed = r;
    renamed.name = QStringLiteral("Sala Balowa");
    renamed.capacity.reset();
    QVERIFY2(repo.updateRoom(renamed, &error), qPrintable(error));
    QCOMPARE(repo.findRoom(r.id)->name, QStringLiteral("Sala Balowa"));
    QVERIFY(!repo.findRoom(r.id)->capacity.has_value());

    // A second room of the same name in the same venue is refused in words.
    Room twin = r;
    twin.id = 0;
    twin.name = QStringLiteral("Sala Balowa");
    QVERIFY(!repo.insertRoom(twin, &error));
    QCOMPARE(error, QStringLiteral("The venue already has a room of that name."));

    // The same venue twice in one city is refused in words; in another city it is fine.
    Venue again;
    again.name = QStringLiteral("PAŁAC POZNAŃSKIEGO");
    again.city = QStringLiteral("Łódź");
    QVERIFY(!repo.insert(again, &error));
    QCOMPARE(error, QStringLiteral("There is already a venue of that name in that city."));
    again.city = QStringLiteral("Poznań");
    QVERIFY2(repo.insert(again, &error), qPrintable(error));

    // Rooms go with their venue.
    QVERIFY2(repo.remove(v.id, &error), qPrintable(error));
    QVERIFY(!repo.find(v.id));
    QVERIFY(!repo.findRoom(r.id));
}

void TestRepositories::seriesRoundTrip()
{
    SeriesRepository repo(*m_db);
    Series s;
    s.name = {QString(), QStringLiteral("Grüße aus Łódź 🎤")};
    QString error;
    QVERIFY2(repo.insert(s, &error), qPrintable(error));
    QCOMPARE(*repo.find(s.id), s);
    QVERIFY(repo.findByName(QStringLiteral("grusse aus lodz 🎤")));
    Series changed = s;
    changed.name.en = QStringLiteral("Greetings");
    QVERIFY2(repo.update(changed, &error), qPrintable(error));
    QCOMPARE(repo.find(s.id)->name.en, QStringLiteral("Greetings"));
    QVERIFY2(repo.remove(s.id, &error), qPrintable(error));
    QVERIFY(!repo.find(s.id));
}

void TestRepositories::eventRoundTrip()
{
    const World w = build();
    EventRepository repo(*m_db);
    Event e;
    e.title = {QStringLiteral("Grüße aus Łódź 🎤"), QStringLiteral("Grüße aus Łódź")};
    e.subtitle = {QStringLiteral("Valdés in Łódź"), QString()};
    e.description = {QStringLiteral("## Heading\n\nA paragraph with *emphasis* and 🎤.\n"),
                     QStringLiteral("## Überschrift\n\nEin Absatz.\n")};
    e.topic = {QStringLiteral("Partnerships and collaborations"),
               QStringLiteral("Partnerschaften und Kooperationen")};
    e.seriesId = w.series;
    e.timeZone = "Europe/Warsaw";
    e.setLocalTimes(QDate(2024, 5, 14), QTime(18, 30), QTime(20, 0));
    e.venueId = w.venue;
    e.roomId = w.room;
    e.onlineUrl = QStringLiteral("https://meet.example.org/lodz");
    e.language = Language::German;
    e.status = EventStatus::Planned;
    e.published = true;
    e.publishedAt = utc("2024-04-01T08:00:00Z");
    e.capacity = 80;
    e.registrationDeadline = utc("2024-05-12T21:59:00Z");
    e.publicUrl = QStringLiteral("https://example.org/events/lodz");
    e.notes = QStringLiteral("Notiz 🎤");
    QString error;
    QVERIFY2(repo.insert(e, &error), qPrintable(error));
    QVERIFY(e.id > 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                               "[0-9a-f]{12}@podium$"))
                 .match(e.uid)
                 .hasMatch(),
             qPrintable(e.uid));
    QCOMPARE(e.icalSequence, 0);

    const std::optional<Event> found = repo.find(e.id);
    QVERIFY(found);
    QCOMPARE(*found, e);
    QCOMPARE(found->timeZone, QByteArray("Europe/Warsaw"));
    QCOMPARE(found->localStart().time(), QTime(18, 30));
    QCOMPARE(found->start, utc("2024-05-14T16:30:00Z"));
    QCOMPARE(repo.findByUid(e.uid)->id, e.id);

    Event changed = *found;
    changed.notes = QStringLiteral("Zweite Notiz");
    QVERIFY2(repo.update(changed, &error), qPrintable(error));
    QCOMPARE(repo.find(e.id)->notes, QStringLiteral("Zweite Notiz"));
    QCOMPARE(repo.find(e.id)->rowVersion, 2);

    // Deleting an event takes its programme, roles and registrations with it.
    QVERIFY2(repo.remove(w.dialogue, &error), qPrintable(error));
    QVERIFY(!repo.find(w.dialogue));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM programme_item WHERE id = 1 OR event_id = 1"), 0);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM role"), 0);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM registration"), 0);
    if (!m_db->isServer()) // a server checks every reference at once, as it is written
        QCOMPARE(count(*m_db, "PRAGMA foreign_key_check"), 0);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM programme_item p WHERE NOT EXISTS (SELECT 1 FROM "
                          "event e WHERE e.id = p.event_id)"),
             0);
}

void TestRepositories::programmeRolesAndRegistrations()
{
    const World w = build();
    QString error;

    ProgrammeItemRepository items(*m_db);
    const std::optional<ProgrammeItem> round = items.find(w.round);
    QVERIFY(round);
    QCOMPARE(round->title.de, QStringLiteral("Diskussionsrunde"));
    ProgrammeItem welcome;
    welcome.eventId = w.dialogue;
    welcome.position = 0;
    welcome.kind = ProgrammeItemKind::Welcome;
    welcome.title = {QStringLiteral("Welcome 🎤"), QStringLiteral("Grußwort")};
    welcome.start = utc("2023-09-19T17:00:00Z");
    welcome.end = utc("2023-09-19T17:05:00Z");
    welcome.roomId = w.room;
    QVERIFY2(items.insert(welcome, &error), qPrintable(error));
    QCOMPARE(*items.find(welcome.id), welcome);
    ProgrammeItem moved = welcome;
    moved.position = 5;
    QVERIFY2(items.update(moved, &error), qPrintable(error));
    QCOMPARE(items.find(welcome.id)->position, 5);
    QCOMPARE(items.forEvent(w.dialogue).constLast().id, welcome.id);

    RoleRepository roles(*m_db);
    Role chair;
    chair.personId = w.nora;
    chair.eventId = w.dialogue;
    chair.kind = RoleKind::Chair;
    chair.affiliation = {
        QStringLiteral("Research Coordinator, Development and Peace Foundation (sef:)"),
        QStringLiteral("Wissenschaftliche Koordinatorin")};
    chair.status = RoleStatus::Confirmed;
    QVERIFY2(roles.insert(chair, &error), qPrintable(error));
    QCOMPARE(*roles.find(chair.id), chair);
    QCOMPARE(roles.find(chair.id)->programmeItemId, 0);
    Role declined = chair;
    declined.status = RoleStatus::Declined;
    QVERIFY2(roles.update(declined, &error), qPrintable(error));
    QCOMPARE(roles.find(chair.id)->status, RoleStatus::Declined);
    // The same role twice is refused in words.
    Role twice = chair;
    twice.id = 0;
    QVERIFY(!roles.insert(twice, &error));
    QCOMPARE(error, QStringLiteral("The person already has that role there."));

    RegistrationRepository registrations(*m_db);
    Registration r;
    r.personId = w.laura;
    r.eventId = w.dialogue;
    r.status = RegistrationStatus::Waitlisted;
    r.registeredAt = utc("2023-09-01T09:00:00Z");
    r.needs = QStringLiteral("Rollstuhlplatz, vegan 🌱");
    QVERIFY2(registrations.insert(r, &error), qPrintable(error));
    QCOMPARE(*registrations.find(r.id), r);
    QCOMPARE(registrations.find(w.laura, w.dialogue)->id, r.id);
    Registration attended = r;
    attended.status = RegistrationStatus::Attended;
    attended.checkedInAt = utc("2023-09-19T16:50:00Z");
    QVERIFY2(registrations.update(attended, &error), qPrintable(error));
    QCOMPARE(registrations.find(r.id)->status, RegistrationStatus::Attended);
    QCOMPARE(registrations.find(r.id)->checkedInAt, utc("2023-09-19T16:50:00Z"));

    QVERIFY2(roles.remove(chair.id, &error), qPrintable(error));
    QVERIFY(!roles.find(chair.id));
    QVERIFY2(registrations.remove(r.id, &error), qPrintable(error));
    QVERIFY(!registrations.find(r.id));
    // Removing an item removes the roles on it.
    QVERIFY2(items.remove(w.round, &error), qPrintable(error));
    QVERIFY(!roles.find(w.role));
}

void TestRepositories::documentRoundTrip()
{
    const World w = build();
    DocumentRepository repo(*m_db);
    Document link;
    link.eventId = w.dialogue;
    link.title = QStringLiteral("Programm – Grüße aus Łódź 🎤");
    link.kind = DocumentKind::Agenda;
    link.url = QStringLiteral("https://example.org/programme.pdf");
    QString error;
    QVERIFY2(repo.insert(link, &error), qPrintable(error));
    QCOMPARE(*repo.find(link.id), link);

    Document file;
    file.eventId = w.dialogue;
    file.title = QStringLiteral("Hintergrundpapier");
    file.kind = DocumentKind::Background;
    file.fileName = QStringLiteral("hintergrund.pdf");
    file.mimeType = QStringLiteral("application/pdf");
    file.content = QByteArray("%PDF-1.4\n\0\xff", 11);
    file.position = 1;
    QVERIFY2(repo.insert(file, &error), qPrintable(error));
    QCOMPARE(repo.find(file.id)->content, file.content);
    QCOMPARE(repo.forEvent(w.dialogue).size(), 2);

    Document retitled = file;
    retitled.title = QStringLiteral("Background paper");
    QVERIFY2(repo.update(retitled, &error), qPrintable(error));
    QCOMPARE(repo.find(file.id)->title, QStringLiteral("Background paper"));
    QVERIFY2(repo.remove(link.id, &error), qPrintable(error));
    QCOMPARE(repo.forEvent(w.dialogue).size(), 1);
}

void TestRepositories::rejectedWriteChangesNothing_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("expected");

    QTest::newRow("event ends before it starts")
        << Action([](Database &db, const World &w, QString *error) {
               Event e = *EventRepository(db).find(w.dialogue);
               e.end = e.start.addSecs(-3600);
               return EventRepository(db).update(e, error);
           })
        << QStringLiteral("The end, 18:00, is before the start, 19:00.");
    QTest::newRow("new event without a title")
        << Action([this](Database &db, const World &, QString *error) {
               Event e = sampleEvent();
               e.title = {};
               return EventRepository(db).insert(e, error);
           })
        << QStringLiteral("Please enter a title in German or English.");
    QTest::newRow("unknown time zone") << Action([](Database &db, const World &w, QString *error) {
        Event e = *EventRepository(db).find(w.dialogue);
        e.timeZone = "Europe/Berlim";
        return EventRepository(db).update(e, error);
    }) << QStringLiteral("Unknown time zone “Europe/Berlim”.");
    QTest::newRow("person with a bad email")
        << Action([](Database &db, const World &, QString *error) {
               Person p;
               p.givenName = QStringLiteral("Foo");
               p.email = QStringLiteral("foo@");
               return PersonRepository(db).insert(p, error);
           })
        << QStringLiteral("“foo@” is not a valid email address.");
    QTest::newRow("organisation its own parent")
        << Action([](Database &db, const World &w, QString *error) {
               Organisation o = *OrganisationRepository(db).find(w.network);
               o.parentId = o.id;
               return OrganisationRepository(db).update(o, error);
           })
        << QStringLiteral("An organisation cannot be part of itself.");
    QTest::newRow("organisation parent cycle")
        << Action([](Database &db, const World &w, QString *error) {
               Organisation o = *OrganisationRepository(db).find(w.university);
               o.parentId = w.institute;
               return OrganisationRepository(db).update(o, error);
           })
        << QStringLiteral("“University of San Diego” cannot be part of “Kroc Institute for Peace "
                          "and Justice”, because “Kroc Institute for Peace and Justice” is part of "
                          "“University of San Diego”.");
    QTest::newRow("stale row version") << Action([](Database &db, const World &w, QString *error) {
        Person p = *PersonRepository(db).find(w.nora);
        p.rowVersion = 7;
        p.position = QStringLiteral("Director");
        return PersonRepository(db).update(p, error);
    }) << QStringLiteral("Someone else changed this record meanwhile");
    QTest::newRow("role on another event's item")
        << Action([](Database &db, const World &w, QString *error) {
               Role r;
               r.personId = w.nora;
               r.eventId = w.dialogue;
               r.programmeItemId = w.otherItem;
               r.kind = RoleKind::Chair;
               return RoleRepository(db).insert(r, error);
           })
        << QStringLiteral("The programme item “Keynote” belongs to another event.");
    QTest::newRow("room of another venue")
        << Action([](Database &db, const World &w, QString *error) {
               Event e = *EventRepository(db).find(w.dialogue);
               e.roomId = w.otherRoom;
               return EventRepository(db).update(e, error);
           })
        << QStringLiteral("The room “Saal” is not in the chosen venue.");
    QTest::newRow("duplicate registration")
        << Action([](Database &db, const World &w, QString *error) {
               Registration r;
               r.personId = w.nora;
               r.eventId = w.dialogue;
               return RegistrationRepository(db).insert(r, error);
           })
        << QStringLiteral("The person is already registered for this event.");
    QTest::newRow("organisation with people")
        << Action([](Database &db, const World &w, QString *error) {
               return OrganisationRepository(db).remove(w.network, error);
           })
        << QStringLiteral("“Metropolis” cannot be deleted while a person belongs to it.");
    QTest::newRow("person with a role") << Action([](Database &db, const World &w, QString *error) {
        return PersonRepository(db).remove(w.laura, error);
    }) << QStringLiteral("Laura Valdés Cano cannot be deleted while they have a role at an event.");
    QTest::newRow("venue with an event")
        << Action([](Database &db, const World &w, QString *error) {
               return VenueRepository(db).remove(w.venue, error);
           })
        << QStringLiteral("“Dialogforum” cannot be deleted while an event takes place there.");
    QTest::newRow("series with an event")
        << Action([](Database &db, const World &w, QString *error) {
               return SeriesRepository(db).remove(w.series, error);
           })
        << QStringLiteral("The series “Berlin Summer Dialogue” cannot be deleted while an event "
                          "belongs to it.");
    QTest::newRow("programme item moved to another event")
        << Action([](Database &db, const World &w, QString *error) {
               ProgrammeItem i = *ProgrammeItemRepository(db).find(w.round);
               i.eventId = w.otherEvent;
               return ProgrammeItemRepository(db).update(i, error);
           })
        << QStringLiteral("A programme item cannot move to another event.");
    QTest::newRow("document with link and file")
        << Action([](Database &db, const World &w, QString *error) {
               Document d;
               d.eventId = w.dialogue;
               d.title = QStringLiteral("Programme");
               d.url = QStringLiteral("https://example.org/p.pdf");
               d.content = "x";
               d.fileName = QStringLiteral("p.pdf");
               d.mimeType = QStringLiteral("application/pdf");
               return DocumentRepository(db).insert(d, error);
           })
        << QStringLiteral("Please give either a link or a file, not both.");
}

void TestRepositories::rejectedWriteChangesNothing()
{
    QFETCH(Action, action);
    QFETCH(QString, expected);

    const World w = build();
    if (QTest::currentTestFailed())
        return;
    const QStringList before = dump(*m_db);
    const int logBefore = count(*m_db, "SELECT count(*) FROM change_log");
    QVERIFY(logBefore > 0);

    QString error;
    QVERIFY(!action(*m_db, w, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM change_log"), logBefore);
    QCOMPARE(dump(*m_db), before);
    // The connection is left usable: no transaction stays open.
    Organisation o;
    o.name = QStringLiteral("Afterwards");
    QVERIFY2(OrganisationRepository(*m_db).insert(o, &error), qPrintable(error));
}

void TestRepositories::staleRowVersionRefused()
{
    const World w = build();
    EventRepository repo(*m_db);
    Event mine = *repo.find(w.dialogue);
    Event theirs = *repo.find(w.dialogue);
    theirs.notes = QStringLiteral("Their change");
    QString error;
    QVERIFY2(repo.update(theirs, &error), qPrintable(error));

    mine.notes = QStringLiteral("My change");
    QVERIFY(!repo.update(mine, &error));
    QCOMPARE(error, QStringLiteral("Someone else changed this record meanwhile (version 2, you "
                                   "edited version 1)."));
    QCOMPARE(repo.find(w.dialogue)->notes, QStringLiteral("Their change"));

    // Read again, the edit goes through.
    Event fresh = *repo.find(w.dialogue);
    fresh.notes = QStringLiteral("My change");
    QVERIFY2(repo.update(fresh, &error), qPrintable(error));
    QCOMPARE(repo.find(w.dialogue)->rowVersion, 3);
}

void TestRepositories::icalSequence_data()
{
    using Change = std::function<void(Event &, const World &)>;
    QTest::addColumn<Change>("change");
    QTest::addColumn<int>("rise");

    QTest::newRow("English title") << Change([](Event &e, const World &) {
        e.title.en = QStringLiteral("Can cities still save the world?");
    }) << 1;
    QTest::newRow("German title") << Change([](Event &e, const World &) {
        e.title.de = QStringLiteral("Können Städte die Welt noch retten?");
    }) << 1;
    QTest::newRow("start") << Change([](Event &e, const World &) {
        e.start = e.start.addSecs(-1800);
    }) << 1;
    QTest::newRow("end") << Change([](Event &e, const World &) { e.end = e.end.addSecs(1800); })
                         << 1;
    QTest::newRow("time zone") << Change([](Event &e, const World &) {
        e.timeZone = "Europe/Paris";
    }) << 1;
    QTest::newRow("status") << Change([](Event &e, const World &) {
        e.status = EventStatus::Cancelled;
    }) << 1;
    QTest::newRow("venue and room") << Change([](Event &e, const World &w) {
        e.venueId = w.otherVenue;
        e.roomId = w.otherRoom;
    }) << 1;
    QTest::newRow("room only") << Change([](Event &e, const World &) { e.roomId = 0; }) << 1;
    QTest::newRow("online link") << Change([](Event &e, const World &) {
        e.onlineUrl = QStringLiteral("https://meet.example.org/x");
    }) << 1;
    QTest::newRow("all day") << Change([](Event &e, const World &) { e.allDay = true; }) << 1;
    QTest::newRow("notes") << Change([](Event &e, const World &) {
        e.notes = QStringLiteral("Order more chairs.");
    }) << 0;
    QTest::newRow("description") << Change([](Event &e, const World &) {
        e.description.en = QStringLiteral("A longer text.");
    }) << 0;
    QTest::newRow("capacity") << Change([](Event &e, const World &) { e.capacity = 99; }) << 0;
    QTest::newRow("same title with trailing space")
        << Change([](Event &e, const World &) { e.title.en += QLatin1Char(' '); }) << 0;
    QTest::newRow("nothing") << Change([](Event &, const World &) {}) << 0;
}

void TestRepositories::icalSequence()
{
    using Change = std::function<void(Event &, const World &)>;
    QFETCH(Change, change);
    QFETCH(int, rise);

    const World w = build();
    EventRepository repo(*m_db);
    Event e = *repo.find(w.dialogue);
    QCOMPARE(e.icalSequence, 0);
    change(e, w);
    QString error;
    QVERIFY2(repo.update(e, &error), qPrintable(error));
    QCOMPARE(repo.find(w.dialogue)->icalSequence, rise);
}

void TestRepositories::icalSequenceNeverFalls()
{
    const World w = build();
    EventRepository repo(*m_db);
    QString error;
    for (int i = 1; i <= 3; ++i) {
        Event e = *repo.find(w.dialogue);
        e.end = e.end.addSecs(600);
        QVERIFY2(repo.update(e, &error), qPrintable(error));
        QCOMPARE(repo.find(w.dialogue)->icalSequence, i);
    }
    // A caller holding an old sequence cannot lower it, with or without a visible change.
    Event stale = *repo.find(w.dialogue);
    stale.icalSequence = 0;
    stale.notes = QStringLiteral("Only notes");
    QVERIFY2(repo.update(stale, &error), qPrintable(error));
    QCOMPARE(repo.find(w.dialogue)->icalSequence, 3);
    stale = *repo.find(w.dialogue);
    stale.icalSequence = 1;
    stale.status = EventStatus::Postponed;
    QVERIFY2(repo.update(stale, &error), qPrintable(error));
    QCOMPARE(repo.find(w.dialogue)->icalSequence, 4);
    // A higher sequence given on purpose (say, from an import) is kept.
    stale = *repo.find(w.dialogue);
    stale.icalSequence = 10;
    QVERIFY2(repo.update(stale, &error), qPrintable(error));
    QCOMPARE(repo.find(w.dialogue)->icalSequence, 10);
}

void TestRepositories::uidIsKept()
{
    const World w = build();
    EventRepository repo(*m_db);
    Event e = *repo.find(w.dialogue);
    const QString uid = e.uid;
    QVERIFY(!uid.isEmpty());
    QVERIFY(uid != repo.find(w.otherEvent)->uid);

    e.uid = QStringLiteral("someone-else@example.org");
    QString error;
    QVERIFY(!repo.update(e, &error));
    QVERIFY2(error.startsWith(QStringLiteral("An event's calendar UID cannot change")),
             qPrintable(error));

    // An empty UID in an edit means "keep it".
    e.uid.clear();
    e.notes = QStringLiteral("kept");
    QVERIFY2(repo.update(e, &error), qPrintable(error));
    QCOMPARE(repo.find(w.dialogue)->uid, uid);

    // A UID given on insert is used as it is.
    Event imported = sampleEvent();
    imported.uid = QStringLiteral("20230919-cities@sef.example.org");
    QVERIFY2(repo.insert(imported, &error), qPrintable(error));
    QCOMPARE(repo.find(imported.id)->uid, QStringLiteral("20230919-cities@sef.example.org"));
    Event duplicate = sampleEvent();
    duplicate.uid = imported.uid;
    QVERIFY(!repo.insert(duplicate, &error));
    QCOMPARE(error, QStringLiteral("Another event already has this calendar UID."));
}

void TestRepositories::keysFolded_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("found");

    QTest::newRow("without accent")
        << QStringLiteral("valdes") << QStringList{QStringLiteral("Laura")};
    QTest::newRow("with accent, upper case")
        << QStringLiteral("VALDÉS") << QStringList{QStringLiteral("Laura")};
    QTest::newRow("two words, not adjacent")
        << QStringLiteral("laura cano") << QStringList{QStringLiteral("Laura")};
    QTest::newRow("Polish letters")
        << QStringLiteral("lodz") << QStringList{QStringLiteral("Łucja")};
    QTest::newRow("sharp s") << QStringLiteral("strasse") << QStringList{QStringLiteral("Jürgen")};
    QTest::newRow("email") << QStringLiteral("example.org")
                           << QStringList{QStringLiteral("Łucja"), QStringLiteral("Laura")};
    QTest::newRow("LIKE wildcard is literal") << QStringLiteral("%") << QStringList();
    QTest::newRow("nothing") << QStringLiteral("zebra") << QStringList();
}

void TestRepositories::keysFolded()
{
    QFETCH(QString, search);
    QFETCH(QStringList, found);

    PersonRepository repo(*m_db);
    QString error;
    Person laura;
    laura.givenName = QStringLiteral("Laura");
    laura.familyName = QStringLiteral("Valdés Cano");
    laura.email = QStringLiteral("l.valdes@example.org");
    QVERIFY2(repo.insert(laura, &error), qPrintable(error));
    Person lucja;
    lucja.givenName = QStringLiteral("Łucja");
    lucja.familyName = QStringLiteral("Łódzka");
    lucja.email = QStringLiteral("lucja@example.org");
    QVERIFY2(repo.insert(lucja, &error), qPrintable(error));
    Person jurgen;
    jurgen.givenName = QStringLiteral("Jürgen");
    jurgen.familyName = QStringLiteral("Straßer");
    QVERIFY2(repo.insert(jurgen, &error), qPrintable(error));

    QStringList names;
    const QList<Person> result = repo.search(search);
    for (const Person &p : result)
        names << p.givenName;
    QCOMPARE(names, found);

    // The stored keys themselves, as plain SQL sees them.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT given_name FROM person WHERE search_key LIKE "
                                         "'%valdes%'"))
                 .toString(),
             QStringLiteral("Laura"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT sort_key FROM person WHERE id = ?"), {laura.id})
                 .toString(),
             QStringLiteral("valdes cano laura"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT search_key FROM person WHERE id = ?"), {laura.id})
                 .toString(),
             QStringLiteral("laura valdes cano l.valdes@example.org"));
    // Sign-in sheet order: family names, accents ignored.
    const QList<Person> all = repo.all();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).givenName, QStringLiteral("Łucja"));
    QCOMPARE(all.at(1).givenName, QStringLiteral("Jürgen"));
    QCOMPARE(all.at(2).givenName, QStringLiteral("Laura"));
}

void TestRepositories::consentDated()
{
    const QDateTime now = utc("2024-05-01T10:00:00Z");
    Clock::setSource([now] { return now; });
    PersonRepository repo(*m_db);
    Person p;
    p.givenName = QStringLiteral("Zoë");
    p.consentContact.given = true;
    p.consentList = {true, utc("2023-08-23T09:00:00Z")};
    QString error;
    QVERIFY2(repo.insert(p, &error), qPrintable(error));
    QCOMPARE(p.consentContact.at, now);
    QCOMPARE(p.consentList.at, utc("2023-08-23T09:00:00Z"));
    QVERIFY(!p.consentPhoto.at.isValid());
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT consent_contact_at FROM person WHERE id = ?"), {p.id})
            .toString(),
        QStringLiteral("2024-05-01T10:00:00Z"));

    Clock::setSource([] { return utc("2024-06-01T12:00:00Z"); });
    Person changed = *repo.find(p.id);
    changed.consentPhoto.given = true;
    changed.consentList.given = false;
    QVERIFY2(repo.update(changed, &error), qPrintable(error));
    const Person after = *repo.find(p.id);
    QCOMPARE(after.consentContact.at, now);
    QCOMPARE(after.consentPhoto.at, utc("2024-06-01T12:00:00Z"));
    QVERIFY(!after.consentList.given);
    QVERIFY(!after.consentList.at.isValid());
}

void TestRepositories::organisationCycleNamed()
{
    OrganisationRepository repo(*m_db);
    QString error;
    Organisation a;
    a.name = QStringLiteral("A");
    QVERIFY2(repo.insert(a, &error), qPrintable(error));
    Organisation b;
    b.name = QStringLiteral("B");
    b.parentId = a.id;
    QVERIFY2(repo.insert(b, &error), qPrintable(error));
    Organisation c;
    c.name = QStringLiteral("C");
    c.parentId = b.id;
    QVERIFY2(repo.insert(c, &error), qPrintable(error));
    Organisation d;
    d.name = QStringLiteral("D");
    d.parentId = c.id;
    QVERIFY2(repo.insert(d, &error), qPrintable(error));

    Organisation top = *repo.find(a.id);
    top.parentId = c.id;
    QVERIFY(!repo.update(top, &error));
    QCOMPARE(error,
             QStringLiteral("“A” cannot be part of “C”, because “C” is part of “A” through “B”."));
    top.parentId = d.id;
    QVERIFY(!repo.update(top, &error));
    QCOMPARE(error,
             QStringLiteral("“A” cannot be part of “D”, because “D” is part of “A” through “C” "
                            "and “B”."));
    QVERIFY(!repo.find(a.id)->parentId);

    // A parent outside the chain is fine.
    Organisation e;
    e.name = QStringLiteral("E");
    QVERIFY2(repo.insert(e, &error), qPrintable(error));
    top.parentId = e.id;
    QVERIFY2(repo.update(top, &error), qPrintable(error));
    QCOMPARE(repo.members(e.id).size(), 1);

    Organisation orphan;
    orphan.name = QStringLiteral("F");
    orphan.parentId = 999;
    QVERIFY(!repo.insert(orphan, &error));
    QCOMPARE(error, QStringLiteral("The parent organisation no longer exists."));
}

void TestRepositories::listQueries()
{
    const World w = build();
    EventRepository events(*m_db);
    QCOMPARE(events.all().size(), 2);
    QCOMPARE(events.all().constFirst().id, w.dialogue);
    QCOMPARE(events.upcoming(utc("2024-01-01T00:00:00Z")).size(), 1);
    QCOMPARE(events.upcoming(utc("2024-01-01T00:00:00Z")).constFirst().id, w.otherEvent);
    QCOMPARE(events.past(utc("2025-01-01T00:00:00Z")).constFirst().id, w.otherEvent);
    QCOMPARE(events.overlapping(utc("2023-09-19T18:00:00Z"), utc("2023-09-19T18:30:00Z")).size(),
             1);
    QCOMPARE(events.inSeries(w.series).size(), 1);
    QCOMPARE(events.search(QStringLiteral("konnen stadte")).size(), 1);
    QCOMPARE(events.search(QStringLiteral("water")).constFirst().id, w.otherEvent);
    QCOMPARE(events.publishedEvents().size(), 0);

    QString error;
    RoleRepository roles(*m_db);
    Role chair;
    chair.personId = w.nora;
    chair.eventId = w.dialogue;
    chair.kind = RoleKind::Chair;
    chair.position = 5;
    QVERIFY2(roles.insert(chair, &error), qPrintable(error));
    // The role on the whole event comes before those on items.
    const QList<Role> forEvent = roles.forEvent(w.dialogue);
    QCOMPARE(forEvent.size(), 2);
    QCOMPARE(forEvent.at(0).id, chair.id);
    QCOMPARE(forEvent.at(1).id, w.role);
    QCOMPARE(roles.onEventAsWhole(w.dialogue).size(), 1);
    QCOMPARE(roles.forItem(w.round).size(), 1);
    QCOMPARE(roles.forPerson(w.nora).size(), 1);

    RegistrationRepository registrations(*m_db);
    Registration r;
    r.personId = w.laura;
    r.eventId = w.dialogue;
    r.status = RegistrationStatus::Invited;
    QVERIFY2(registrations.insert(r, &error), qPrintable(error));
    QVERIFY(!r.registeredAt.isValid());
    QVERIFY(registrations.find(w.registration)->registeredAt.isValid());
    const QMap<RegistrationStatus, int> counts = registrations.countByStatus(w.dialogue);
    QCOMPARE(counts.value(RegistrationStatus::Invited), 1);
    QCOMPARE(counts.value(RegistrationStatus::Registered), 1);
    QCOMPARE(counts.size(), 2);
    QCOMPARE(registrations.forEvent(w.dialogue, RegistrationStatus::Invited).constFirst().personId,
             w.laura);
    // Sign-in order: Valdés before Witt.
    QCOMPARE(registrations.forEvent(w.dialogue).constFirst().personId, w.laura);

    PersonRepository people(*m_db);
    QCOMPARE(people.withEmail(QStringLiteral("LAURA.VALDES@example.org")).size(), 1);
    QCOMPARE(people.ofOrganisation(w.network).size(), 1);
    QCOMPARE(people.search(QString(), 1).size(), 1);
    QCOMPARE(OrganisationRepository(*m_db).search(QStringLiteral("kroc")).size(), 1);
    QCOMPARE(VenueRepository(*m_db).search(QStringLiteral("beispiel")).size(), 1);
    QCOMPARE(SeriesRepository(*m_db).findByName(QStringLiteral("Berliner Sommerdialog"))->id,
             w.series);
}

void TestRepositories::changeLogSentences()
{
    const World w = build();
    auto summary = [this](const char *table, qint64 id, const char *action) {
        return m_db
            ->scalar(QStringLiteral("SELECT summary FROM change_log WHERE table_name = ? AND "
                                    "record_id = ? AND action = ? ORDER BY id DESC"),
                     {QString::fromLatin1(table), id, QString::fromLatin1(action)})
            .toString();
    };
    QCOMPARE(summary("event", w.dialogue, "insert"),
             QStringLiteral("Event “Can cities save the world?” created"));
    QCOMPARE(summary("person", w.laura, "insert"),
             QStringLiteral("Person “Laura Valdés Cano” created"));
    QCOMPARE(summary("organisation", w.network, "insert"),
             QStringLiteral("Organisation “Metropolis” created"));
    QCOMPARE(
        summary("role", w.role, "insert"),
        QStringLiteral("Laura Valdés Cano added as panellist at “Can cities save the world?”"));
    QCOMPARE(summary("programme_item", w.round, "insert"),
             QStringLiteral(
                 "Programme item “Discussion round” of “Can cities save the world?” created"));
    QCOMPARE(summary("registration", w.registration, "insert"),
             QStringLiteral("Registration of Nora Witt for “Can cities save the world?” created"));
    QCOMPARE(summary("room", w.room, "insert"),
             QStringLiteral("Room “Großer Saal” in “Dialogforum” created"));

    EventRepository events(*m_db);
    Event e = *events.find(w.dialogue);
    e.status = EventStatus::Cancelled;
    QString error;
    QVERIFY2(events.update(e, &error), qPrintable(error));
    QCOMPARE(summary("event", w.dialogue, "update"),
             QStringLiteral("Event “Can cities save the world?” is now cancelled"));
    // The change itself is kept as JSON, old and new value side by side.
    const QString changes =
        m_db->scalar(QStringLiteral("SELECT changes FROM change_log WHERE table_name = 'event' "
                                    "AND action = 'update'"))
            .toString();
    QVERIFY2(changes.contains(QStringLiteral("\"status\":[\"draft\",\"cancelled\"]")),
             qPrintable(changes));
    QVERIFY2(changes.contains(QStringLiteral("\"ical_sequence\":[0,1]")), qPrintable(changes));
    QVERIFY2(PersonRepository(*m_db).remove(w.nora, &error), qPrintable(error));
    QCOMPARE(summary("person", w.nora, "delete"), QStringLiteral("Person “Nora Witt” deleted"));
}

namespace {

// Registered for the file backend only (testdatabase.h):
// - emailLookupUsesIndex reads SQLite's EXPLAIN QUERY PLAN.
const QStringList fileOnlyFunctions{
    QStringLiteral("emailLookupUsesIndex"),
};

} // namespace

PODIUM_BACKEND_TEST_MAIN(TestRepositories, fileOnlyFunctions)
void TestRepositories::emailLookupUsesIndex()
{
    // withEmail compares without case; only an index on lower(email) spares
    // it reading every person.
    QSqlQuery plan(m_db->connection());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM person WHERE lower(email) = "
                                     "lower('a@example.org') ORDER BY sort_key, id")));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    QVERIFY2(steps.join(QLatin1Char('\n')).contains(QStringLiteral("person_email_lower_idx")),
             qPrintable(steps.join(QLatin1Char('\n'))));

    PersonRepository people(*m_db);
    Person p;
    p.givenName = QStringLiteral("Nora");
    p.familyName = QStringLiteral("Witt");
    p.email = QStringLiteral("Nora.Witt@Example.org");
    QString error;
    QVERIFY2(people.insert(p, &error), qPrintable(error));
    const QList<Person> found = people.withEmail(QStringLiteral("  nora.witt@example.ORG "));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().id, p.id);
    QVERIFY(people.withEmail(QStringLiteral("nora@example.org")).isEmpty());
}

void TestRepositories::insertedValueMatchesStoredRow()
{
    // What insert() hands back is what a later read finds: defaults, the
    // row version and the times included.
    const World w = build();
    Registration r;
    r.personId = w.laura;
    r.eventId = w.dialogue;
    r.status = RegistrationStatus::Waitlisted;
    r.needs = QStringLiteral("step-free access");
    QString error;
    QVERIFY2(RegistrationRepository(*m_db).insert(r, &error), qPrintable(error));
    const std::optional<Registration> read = RegistrationRepository(*m_db).find(r.id);
    QVERIFY(read);
    QCOMPARE(r.id, read->id);
    QCOMPARE(r.personId, read->personId);
    QCOMPARE(r.status, read->status);
    QCOMPARE(r.needs, read->needs);
    QCOMPARE(r.registeredAt, read->registeredAt);
    QCOMPARE(r.createdAt, read->createdAt);
    QCOMPARE(r.modifiedAt, read->modifiedAt);
    QCOMPARE(r.rowVersion, 1);
    QCOMPARE(read->rowVersion, 1);

    // A restored row keeps its creation time and moves its version on, and
    // fetchWritten() gives it back as stored.
    RecordStore store(*m_db);
    const QVariantMap row = store.fetch(QStringLiteral("registration"), r.id);
    QVERIFY(store.remove(QStringLiteral("registration"), r.id, QStringLiteral("gone"), &error));
    const qint64 id =
        store.restore(QStringLiteral("registration"), row, QStringLiteral("back"), &error);
    QCOMPARE(id, r.id);
    QCOMPARE(store.fetchWritten(QStringLiteral("registration"), id),
             store.fetch(QStringLiteral("registration"), id));
    QCOMPARE(store.fetchWritten(QStringLiteral("registration"), id)
                 .value(QStringLiteral("row_version"))
                 .toInt(),
             2);
    // After any other write it reads again.
    QVERIFY(store.update(QStringLiteral("registration"), id,
                         {{QStringLiteral("notes"), QStringLiteral("late")}}, QStringLiteral("n"),
                         0, &error));
    QCOMPARE(store.fetchWritten(QStringLiteral("registration"), id)
                 .value(QStringLiteral("notes"))
                 .toString(),
             QStringLiteral("late"));
}

void TestRepositories::writeAfterRefusedWriteSucceeds()
{
    // Statements are kept for reuse; one that a constraint stopped must
    // still work for the next write, and the refused one leaves no trace.
    const World w = build();
    RegistrationRepository registrations(*m_db);
    const int logged = m_db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt();
    for (int i = 0; i < 3; ++i) {
        Registration twice;
        twice.personId = w.nora; // already registered for the dialogue in build()
        twice.eventId = w.dialogue;
        QString error;
        QVERIFY(!registrations.insert(twice, &error));
        QVERIFY2(error.contains(QStringLiteral("already registered")), qPrintable(error));
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(), logged);
    PersonRepository people(*m_db);
    Person p;
    p.givenName = QStringLiteral("Ilse");
    p.familyName = QStringLiteral("Grandi");
    QString error;
    QVERIFY2(people.insert(p, &error), qPrintable(error));
    Registration r;
    r.personId = p.id;
    r.eventId = w.dialogue;
    QVERIFY2(registrations.insert(r, &error), qPrintable(error));
    QVERIFY(r.id > 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(), logged + 2);
}

QString TestRepositories::organisationKeyOf(qint64 personId) const
{
    return m_db
        ->scalar(QStringLiteral("SELECT organisation_key FROM person WHERE id = ?"), {personId})
        .toString();
}

QString TestRepositories::nameKeyOf(qint64 organisationId) const
{
    return m_db
        ->scalar(QStringLiteral("SELECT name_key FROM organisation WHERE id = ?"), {organisationId})
        .toString();
}

void TestRepositories::organisationKeyFollowsOrganisation()
{
    // person.organisation_key, the sort key of the attendee list's
    // organisation column, follows the person's organisation and its name
    // whatever writes them.
    OrganisationRepository organisations(*m_db);
    PersonRepository people(*m_db);
    QString error;
    Organisation a;
    a.name = QStringLiteral("Städtenetzwerk Ost");
    QVERIFY2(organisations.insert(a, &error), qPrintable(error));
    Organisation b;
    b.name = QStringLiteral("Åbo Akademi");
    QVERIFY2(organisations.insert(b, &error), qPrintable(error));
    auto key = [&](qint64 personId) { return organisationKeyOf(personId); };
    auto nameKey = [&](qint64 organisationId) { return nameKeyOf(organisationId); };
    Person p;
    p.givenName = QStringLiteral("Ewa");
    p.familyName = QStringLiteral("Nowak");
    p.organisationId = a.id;
    QVERIFY2(people.insert(p, &error), qPrintable(error));
    QCOMPARE(key(p.id), nameKey(a.id));
    QVERIFY(!key(p.id).isEmpty());

    Person alone;
    alone.familyName = QStringLiteral("Żak");
    QVERIFY2(people.insert(alone, &error), qPrintable(error));
    QCOMPARE(key(alone.id), QString());

    p = *people.find(p.id);
    p.organisationId = b.id;
    QVERIFY2(people.update(p, &error), qPrintable(error));
    QCOMPARE(key(p.id), nameKey(b.id));

    b = *organisations.find(b.id);
    b.name = QStringLiteral("Zentrum für Frieden");
    QVERIFY2(organisations.update(b, &error), qPrintable(error));
    QCOMPARE(key(p.id), nameKey(b.id));
    QVERIFY(key(p.id).startsWith(QStringLiteral("zentrum")));

    p = *people.find(p.id);
    p.organisationId = 0;
    QVERIFY2(people.update(p, &error), qPrintable(error));
    QCOMPARE(key(p.id), QString());

    // A value written directly is put right.
    RecordStore store(*m_db);
    QVERIFY(store.update(QStringLiteral("person"), alone.id,
                         {{QStringLiteral("organisation_key"), QStringLiteral("wrong")}},
                         QStringLiteral("test"), 0, &error));
    QCOMPARE(key(alone.id), QString());
}

// A new person's organisation_key is written with the row (schema 5), so the
// change log records the key the row has, and the schema's trigger does not
// write the row a second time; a key that comes in wrong is still put right.
void TestRepositories::newPersonWrittenWithOrganisationKey()
{
    OrganisationRepository organisations(*m_db);
    PersonRepository people(*m_db);
    QString error;
    Organisation o;
    o.name = QStringLiteral("Städtenetzwerk Ost");
    QVERIFY2(organisations.insert(o, &error), qPrintable(error));
    const QString nameKey = nameKeyOf(o.id);
    QCOMPARE(nameKey, QStringLiteral("stadtenetzwerk ost"));
    auto stored = [&](qint64 personId) { return organisationKeyOf(personId); };
    // The log names the organisation by its id; the folded key repeats its
    // name and stays out (tst_recordstore).
    auto logged = [&](qint64 personId) {
        const QString changes =
            m_db->scalar(QStringLiteral("SELECT changes FROM change_log WHERE table_name = "
                                        "'person' AND record_id = ? AND action = 'insert'"),
                         {personId})
                .toString();
        const QJsonObject object = QJsonDocument::fromJson(changes.toUtf8()).object();
        if (object.contains(QStringLiteral("organisation_key")))
            return QStringLiteral("<key logged>");
        const QJsonArray pair = object.value(QStringLiteral("organisation_id")).toArray();
        return pair.size() == 2 ? pair.at(1).toVariant().toString() : QStringLiteral("<none>");
    };
    // SQLite counts every row written, a trigger's included.
    auto rowsWritten = [&] {
        return m_db->scalar(QStringLiteral("SELECT total_changes()")).toLongLong();
    };

    qint64 before = m_db->isServer() ? 0 : rowsWritten();
    Person p;
    p.givenName = QStringLiteral("Ewa");
    p.familyName = QStringLiteral("Nowak");
    p.organisationId = o.id;
    QVERIFY2(people.insert(p, &error), qPrintable(error));
    QCOMPARE(stored(p.id), nameKey);
    QCOMPARE(logged(p.id), QString::number(o.id));
    if (!m_db->isServer())
        QCOMPARE(rowsWritten() - before, 2); // the person and its change-log entry

    QList<Person> many(2);
    many[0].givenName = QStringLiteral("Jan");
    many[0].familyName = QStringLiteral("Kowalski");
    many[0].organisationId = o.id;
    many[1].givenName = QStringLiteral("Ana");
    many[1].familyName = QStringLiteral("Żak");
    before = m_db->isServer() ? 0 : rowsWritten();
    QVERIFY2(people.insertMany(many, &error), qPrintable(error));
    QCOMPARE(stored(many.at(0).id), nameKey);
    QCOMPARE(logged(many.at(0).id), QString::number(o.id));
    QCOMPARE(stored(many.at(1).id), QString());
    QCOMPARE(logged(many.at(1).id), QStringLiteral("<none>"));
    if (!m_db->isServer())
        QCOMPARE(rowsWritten() - before, 4);

    // Another writer's wrong key, or none, is put right by the trigger.
    RecordStore store(*m_db);
    for (const QVariant &key : {QVariant(QStringLiteral("wrong")), QVariant()}) {
        RecordStore::Values values = {{QStringLiteral("family_name"), QStringLiteral("Nowak")},
                                      {QStringLiteral("organisation_id"), o.id},
                                      {QStringLiteral("sort_key"), QStringLiteral("nowak")},
                                      {QStringLiteral("search_key"), QStringLiteral("nowak")}};
        if (key.isValid())
            values.append({QStringLiteral("organisation_key"), key});
        const qint64 id =
            store.insert(QStringLiteral("person"), values, QStringLiteral("test"), &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(stored(id), nameKey);
    }
}

#include "tst_repositories.moc"
