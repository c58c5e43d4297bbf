#include "demodata.h"

#include "eventrepository.h"
#include "organisationrepository.h"
#include "personrepository.h"
#include "programmeitemrepository.h"
#include "registrationrepository.h"
#include "rolerepository.h"
#include "seriesrepository.h"
#include "storage/database.h"
#include "storage/organisationsettings.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"
#include "util/textfold.h"
#include "venuerepository.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUuid>

namespace Podium::DemoData {

namespace {

const QByteArray zone("Europe/Berlin");

QDateTime local(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone(zone)).toUTC();
}

// Version 5 UUIDs are derived from a name, so a demo event has the same UID
// in every database filled on the same day.
QString demoUid(const QString &name)
{
    static const QUuid demoNamespace(0x5b0d1e7a, 0x3c2f, 0x5e4d, 0x9a, 0x61, 0x2e, 0x8f, 0x0c, 0x47,
                                     0xd3, 0x19);
    return QUuid::createUuidV5(demoNamespace, name).toString(QUuid::WithoutBraces) +
           QStringLiteral("@podium");
}

// Evening events fall on Tuesdays to Thursdays; a date that lands elsewhere
// moves to the nearest of them.
QDate onWeekday(const QDate &date)
{
    switch (date.dayOfWeek()) {
    case Qt::Monday:
        return date.addDays(1);
    case Qt::Friday:
        return date.addDays(-1);
    case Qt::Saturday:
        return date.addDays(-2);
    case Qt::Sunday:
        return date.addDays(2);
    default:
        return date;
    }
}

QString emailPart(const QString &name)
{
    QString out;
    for (const QChar c : foldText(name)) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            out += QLatin1Char('-');
        else if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                 (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
    }
    return out;
}

QString demoEmail(const QString &given, const QString &family)
{
    return emailPart(given) + QLatin1Char('.') + emailPart(family) + QStringLiteral("@example.org");
}

LocalizedText text(const char *en, const char *de)
{
    return {QString::fromUtf8(en), QString::fromUtf8(de)};
}

const char *const notesInvented = "Demo data: invented.";

/** An invented guest of the demo events. */
struct Guest
{
    const char *honorific;
    const char *given;
    const char *family;
    const char *position;
    int organisation; ///< index into the invented organisations, or -1
    const char *needs;
};

// Names from many languages, so that sorting, searching and printing meet
// real accents: Polish, Turkish, Vietnamese, Yoruba, Icelandic and more.
const Guest guests[] = {
    {"", "Amélie", "Dubois", "Policy Officer", 2, ""},
    {"", "Jürgen", "Schäfer", "City Councillor", 1, ""},
    {"", "Małgorzata", "Wiśniewska", "Journalist", -1, "vegetarian"},
    {"", "Søren", "Østergaard", "Programme Manager", 2, ""},
    {"", "Çağla", "Yıldırım", "Student", -1, "wheelchair access"},
    {"", "José Luis", "Peña Ortega", "Researcher", 2, ""},
    {"", "João", "Conceição", "Desk Officer", 1, ""},
    {"", "Zoë", "Van den Berghe", "Project Coordinator", 0, "vegan"},
    {"", "Björn", "Åkesson", "Consultant", -1, ""},
    {"", "Ingrid", "Løvaas", "Advisor", 2, ""},
    {"", "Dragan", "Petrović", "Lawyer", -1, ""},
    {"", "Tomáš", "Dvořák", "PhD candidate", 2, "sign language interpretation (DGS)"},
    {"", "Léa", "Fontaine", "Volunteer", 0, ""},
    {"", "Ewa", "Łukasiewicz", "Head of Unit", 1, ""},
    {"", "Aoife", "Ní Bhriain", "Student", -1, "vegetarian"},
    {"", "Thị Minh", "Nguyễn", "Urban Planner", -1, ""},
    {"", "Kwame", "Mensah", "Programme Officer", 2, ""},
    {"Dr.", "Chiara", "Rossetti", "Senior Researcher", 2, ""},
    {"", "Niccolò", "Ferrà", "Architect", -1, "gluten-free"},
    {"", "Ana", "Šimić", "Interpreter", -1, ""},
    {"", "Mehmet", "Öztürk", "Member of the District Council", 1, ""},
    {"", "Zsófia", "Kovács", "Editor", -1, ""},
    {"Prof. Dr.", "Gábor", "Szőke", "Professor of Urban Studies", 2, "step-free seat near an exit"},
    {"", "Elif", "Güneş", "Student", -1, ""},
    {"", "Andrés", "Muñoz", "Photographer", -1, ""},
    {"", "Siobhán", "Byrne", "Communications Officer", 0, "vegan"},
    {"", "Katarzyna", "Zielińska", "Teacher", -1, ""},
    {"", "Bärbel", "Köhler", "Chair of the Partnership Association", 0, "hearing loop"},
    {"", "Grégoire", "Lemaître", "Diplomat", -1, ""},
    {"", "Maja", "Jovanović", "Youth Worker", 0, ""},
    {"", "Rūta", "Kazlauskaitė", "Analyst", 2, ""},
    {"", "Jānis", "Bērziņš", "Entrepreneur", -1, ""},
    {"", "Eero", "Mäkinen", "Engineer", 1, "vegetarian"},
    {"", "Þóra", "Guðmundsdóttir", "Programme Director", 2, ""},
    {"", "Oluwaseun", "Adébáyọ̀", "Doctoral Researcher", -1, ""},
    {"", "Dorothée", "Weiß", "Retired Mayor", 1, ""},
};
constexpr int guestCount = int(sizeof guests / sizeof guests[0]);

/**
 * Writes the demo records through the repositories, so that the demo data
 * passes the same rules as anything a person enters. The first failure is
 * kept and stops the rest.
 */
struct Writer
{
    explicit Writer(Database &db)
        : organisations(db)
        , people(db)
        , venues(db)
        , series(db)
        , events(db)
        , items(db)
        , roles(db)
        , registrations(db)
        , store(db)
    {}

    OrganisationRepository organisations;
    PersonRepository people;
    VenueRepository venues;
    SeriesRepository series;
    EventRepository events;
    ProgrammeItemRepository items;
    RoleRepository roles;
    RegistrationRepository registrations;
    RecordStore store;
    QString error;

    bool ok() const { return error.isEmpty(); }

    template<typename Repository, typename Value>
    qint64 add(Repository &repository, Value value, const QString &what)
    {
        if (!ok())
            return 0;
        QString message;
        if (!repository.insert(value, &message)) {
            error = QStringLiteral("%1: %2").arg(what, message);
            return 0;
        }
        return value.id;
    }

    void setting(const char *key, const QString &value)
    {
        if (!ok())
            return;
        QString message;
        if (!store.setSetting(QString::fromLatin1(key), value, &message))
            error = QCoreApplication::translate("Podium::DemoData", "Setting %1: %2")
                        .arg(QString::fromLatin1(key), message);
    }

    qint64 organisation(const char *name, const char *shortName, OrganisationKind kind,
                        const char *city, const char *country, const char *website, qint64 parentId,
                        const char *notes)
    {
        Organisation o;
        o.name = QString::fromUtf8(name);
        o.shortName = QString::fromUtf8(shortName);
        o.kind = kind;
        o.city = QString::fromUtf8(city);
        o.country = QString::fromUtf8(country);
        o.website = QString::fromUtf8(website);
        o.parentId = parentId;
        o.notes = QString::fromUtf8(notes);
        return add(
            organisations, o,
            QCoreApplication::translate("Podium::DemoData", "Organisation “%1”").arg(o.name));
    }

    qint64 room(qint64 venueId, const char *name, int capacity)
    {
        Room r;
        r.venueId = venueId;
        r.name = QString::fromUtf8(name);
        r.capacity = capacity;
        if (!ok())
            return 0;
        QString message;
        if (!venues.insertRoom(r, &message)) {
            error = QCoreApplication::translate("Podium::DemoData", "Room “%1”: %2")
                        .arg(r.name, message);
            return 0;
        }
        return r.id;
    }

    qint64 item(const Event &event, int position, ProgrammeItemKind kind,
                const LocalizedText &title, const QDate &date, QTime from, QTime to,
                qint64 roomId = 0, const LocalizedText &description = {})
    {
        ProgrammeItem i;
        i.eventId = event.id;
        i.position = position;
        i.kind = kind;
        i.title = title;
        i.description = description;
        i.start = event.atLocal(date, from);
        i.end = event.atLocal(date, to);
        i.roomId = roomId;
        return add(
            items, i,
            QCoreApplication::translate("Podium::DemoData", "Programme item “%1”").arg(title.en));
    }

    qint64 role(qint64 personId, qint64 eventId, qint64 itemId, RoleKind kind, int position,
                const LocalizedText &affiliation, RoleStatus status = RoleStatus::Confirmed)
    {
        Role r;
        r.personId = personId;
        r.eventId = eventId;
        r.programmeItemId = itemId;
        r.kind = kind;
        r.position = position;
        r.affiliation = affiliation;
        r.status = status;
        return add(roles, r, QCoreApplication::translate("Podium::DemoData", "Role"));
    }

    void seat(qint64 personId, const Guest &guest, qint64 eventId, RegistrationStatus status,
              const QDateTime &registeredAt, const QDateTime &checkedInAt, const QString &notes)
    {
        Registration r;
        r.personId = personId;
        r.eventId = eventId;
        r.status = status;
        // An invitation without an answer has no registration date.
        if (status != RegistrationStatus::Invited)
            r.registeredAt = registeredAt;
        r.checkedInAt = checkedInAt;
        r.needs = QString::fromUtf8(guest.needs);
        r.notes = notes;
        add(registrations, r,
            QCoreApplication::translate("Podium::DemoData", "Registration of %1 %2")
                .arg(QString::fromUtf8(guest.given), QString::fromUtf8(guest.family)));
    }
};

const char *const descriptionEn =
    "Over half of the world's population already lives in urban areas, by 2050 this figure is "
    "expected to rise to 70%. On the one hand, cities are spaces fostering innovation and economic "
    "opportunities. On the other hand, growing marginalisation and social inequality. At this "
    "year's Berlin Summer Dialogue, we will discuss with international experts to what extent "
    "bilateral twinning agreements and multilateral city networks contribute to crises prevention "
    "and sustainable development.\n"
    "\n"
    "## Opportunities and limitations of city networks in addressing global challenges\n"
    "\n"
    "Due to opposing interests and open conflicts, nation states around the world are less and "
    "less willing and able to find collaborative solutions to global challenges. Here, "
    "municipalities can step in. They have to worry less about state interests and geopolitical "
    "tensions, but share a responsibility to provide reliable public services. Municipalities "
    "across the world face similar problems, which enables them to focus on interpersonal "
    "(instead of intergovernmental) relations and provide a stable foundation for constructive "
    "cooperation. This has inspired the ideas: \"States talk — cities act\" and \"Cities will "
    "save the world\". To enhance the visibility of urban needs, cities increasingly organise "
    "themselves in formalised networks. Approximately 300 city networks are currently active "
    "across the world, working on a wide range of topics such as employment, digital "
    "transformation, migration and mobility, climate change and protection of natural resources, "
    "democratic participation, and civic involvement. What added value do city networks such as "
    "UCLG, C40, U20, ICLEI, Metropolis or the Pact of Free Cities offer in promoting peace and "
    "sustainable development? To what extent do city networks strengthen the national and "
    "international scope of action for cities? And does the growing number of city networks "
    "also have downsides?\n";

const char *const descriptionDe =
    "Schon heute lebt mehr als die Hälfte der Weltbevölkerung in Städten, bis 2050 soll dieser "
    "Anteil auf 70 % steigen. Einerseits sind Städte Orte der Innovation und wirtschaftlicher "
    "Chancen. Andererseits wachsen dort Ausgrenzung und soziale Ungleichheit. Beim diesjährigen "
    "Berliner Sommerdialog diskutieren wir mit internationalen Expertinnen und Experten, "
    "inwieweit bilaterale Städtepartnerschaften und multilaterale Städtenetzwerke zur "
    "Krisenprävention und zu nachhaltiger Entwicklung beitragen.\n"
    "\n"
    "## Chancen und Grenzen von Städtenetzwerken bei der Bewältigung globaler Herausforderungen\n"
    "\n"
    "Wegen gegensätzlicher Interessen und offener Konflikte sind Nationalstaaten weltweit immer "
    "weniger bereit und in der Lage, gemeinsame Lösungen für globale Herausforderungen zu finden. "
    "Hier können Kommunen einspringen. Sie müssen weniger Rücksicht auf staatliche Interessen und "
    "geopolitische Spannungen nehmen, tragen aber gemeinsam Verantwortung für eine verlässliche "
    "öffentliche Daseinsvorsorge. Kommunen auf der ganzen Welt stehen vor ähnlichen Problemen. "
    "Das erlaubt ihnen, auf zwischenmenschliche (statt zwischenstaatliche) Beziehungen zu setzen "
    "und eine stabile Grundlage für konstruktive Zusammenarbeit zu schaffen. Daraus sind die "
    "Leitsätze „States talk – cities act“ und „Cities will save the world“ entstanden. Um die "
    "Bedürfnisse der Städte sichtbarer zu machen, organisieren sich Städte zunehmend in "
    "formalisierten Netzwerken. Derzeit sind weltweit rund 300 Städtenetzwerke aktiv. Sie "
    "befassen sich mit einem breiten Spektrum an Themen wie Beschäftigung, digitalem Wandel, "
    "Migration und Mobilität, Klimawandel und dem Schutz natürlicher Ressourcen, demokratischer "
    "Teilhabe und bürgerschaftlichem Engagement. Welchen Mehrwert bieten Städtenetzwerke wie "
    "UCLG, C40, U20, ICLEI, Metropolis oder der Pakt der freien Städte für die Förderung von "
    "Frieden und nachhaltiger Entwicklung? Inwieweit erweitern Städtenetzwerke den nationalen und "
    "internationalen Handlungsspielraum von Städten? Und hat die wachsende Zahl von "
    "Städtenetzwerken auch Schattenseiten?\n";

} // namespace

bool populate(Database &db, const QDate &today, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!today.isValid())
        return fail(QCoreApplication::translate("Podium::DemoData",
                                                "The demo data needs a valid date for today."));

    Transaction tx(db);
    if (!tx.isActive())
        return fail(RecordStore::explainConstraint(tx.error()));

    const QVariant existing = db.scalar(QStringLiteral(
        "SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM person) + "
        "(SELECT count(*) FROM event)"));
    if (!existing.isValid())
        return fail(
            QCoreApplication::translate("Podium::DemoData", "The database cannot be read."));
    if (existing.toInt() > 0)
        return fail(QCoreApplication::translate(
            "Podium::DemoData", "The database already holds organisations, people or events; "
                                "the demo data is added only to an empty database."));

    Writer w(db);

    // Settings of the organisation.
    w.setting(OrganisationSettings::foundationNameKey,
              QStringLiteral("Development and Peace Foundation (sef:)"));
    w.setting(OrganisationSettings::organiserEmailKey, QStringLiteral("events@example.org"));
    w.setting(OrganisationSettings::contactLineKey,
              QStringLiteral("Development and Peace Foundation (sef:) · events@example.org"));
    w.setting(OrganisationSettings::retentionMonthsKey, QStringLiteral("24"));

    // Organisations: those of the speakers as published, and three invented ones for guests.
    const qint64 sef =
        w.organisation("Development and Peace Foundation", "sef:", OrganisationKind::Foundation,
                       "Bonn", "Germany", "https://www.sef-bonn.org", 0, "");
    const qint64 sanDiego =
        w.organisation("University of San Diego", "USD", OrganisationKind::University, "San Diego",
                       "United States", "", 0, "");
    const qint64 kroc =
        w.organisation("Kroc Institute for Peace and Justice", "", OrganisationKind::University,
                       "San Diego", "United States", "", sanDiego, "");
    const qint64 metropolis = w.organisation("Metropolis", "", OrganisationKind::CityNetwork,
                                             "Barcelona", "Spain", "", 0, "");
    const qint64 columbia =
        w.organisation("Columbia Global Centers", "", OrganisationKind::University, "New York",
                       "United States", "", 0, "");
    const qint64 invented[] = {
        w.organisation("Bürgerforum Städtepartnerschaften Beispielstadt e. V.", "",
                       OrganisationKind::Ngo, "Beispielstadt", "Germany", "", 0, notesInvented),
        w.organisation("Stadt Beispielstadt, Büro für internationale Zusammenarbeit", "",
                       OrganisationKind::PublicBody, "Beispielstadt", "Germany", "", 0,
                       notesInvented),
        w.organisation("Example Institute for Urban Policy", "", OrganisationKind::Ngo, "Brussels",
                       "Belgium", "https://urban-policy.example.org", 0, notesInvented),
    };

    // The speakers, as the foundation's page names them; no contact details.
    auto speaker = [&w](const char *given, const char *family, const char *position,
                        qint64 organisationId) {
        Person p;
        p.givenName = QString::fromUtf8(given);
        p.familyName = QString::fromUtf8(family);
        p.position = QString::fromUtf8(position);
        p.organisationId = organisationId;
        p.notes = QStringLiteral("Demo data: name and affiliation as published by the foundation; "
                                 "no contact details.");
        return w.add(
            w.people, p,
            QCoreApplication::translate("Podium::DemoData", "Person “%1”").arg(p.fullName()));
    };
    const qint64 witt = speaker("Nora", "Witt", "Research Coordinator", sef);
    const qint64 malaret = speaker("Alfredo", "Malaret Baldo",
                                   "Peace in Our Cities, Urban Violence Program Officer", kroc);
    const qint64 valdes = speaker("Laura", "Valdés Cano", "Head of Policy", metropolis);
    const qint64 kihlgren =
        speaker("Lorenzo", "Kihlgren Grandi", "Director, City Diplomacy Lab", columbia);

    // The invented guests, some with consents given while registering in 2023.
    QList<qint64> guestIds;
    for (int i = 0; i < guestCount; ++i) {
        const Guest &g = guests[i];
        Person p;
        p.honorific = QString::fromUtf8(g.honorific);
        p.givenName = QString::fromUtf8(g.given);
        p.familyName = QString::fromUtf8(g.family);
        p.position = QString::fromUtf8(g.position);
        p.organisationId = g.organisation >= 0 ? invented[g.organisation] : 0;
        p.email = demoEmail(p.givenName, p.familyName);
        p.notes = QStringLiteral("Demo data: an invented guest.");
        const QDateTime consentAt = local(QDate(2023, 8, 23).addDays(i % 20), 9, i);
        if (i % 3 != 0)
            p.consentContact = {true, consentAt};
        if (i % 4 == 0)
            p.consentList = {true, consentAt};
        if (i % 5 == 0)
            p.consentPhoto = {true, consentAt};
        guestIds.append(w.add(
            w.people, p,
            QCoreApplication::translate("Podium::DemoData", "Person “%1”").arg(p.fullName())));
    }

    // Venues, invented.
    Venue berlin;
    berlin.name = QStringLiteral("Dialogforum Berlin-Mitte");
    berlin.address = QStringLiteral("Beispielstraße 12");
    berlin.postalCode = QStringLiteral("10117");
    berlin.city = QStringLiteral("Berlin");
    berlin.country = QStringLiteral("Germany");
    berlin.capacity = 220;
    berlin.notes = QStringLiteral("Demo data: an invented venue.");
    const qint64 berlinId =
        w.add(w.venues, berlin,
              QCoreApplication::translate("Podium::DemoData", "Venue “%1”").arg(berlin.name));
    const qint64 hall = w.room(berlinId, "Großer Saal", 160);
    const qint64 foyer = w.room(berlinId, "Foyer", 120);

    Venue bonn;
    bonn.name = QStringLiteral("Forum Beispielhaus");
    bonn.address = QStringLiteral("Musterweg 3");
    bonn.postalCode = QStringLiteral("53113");
    bonn.city = QStringLiteral("Bonn");
    bonn.country = QStringLiteral("Germany");
    bonn.capacity = 90;
    bonn.notes = QStringLiteral("Demo data: an invented venue.");
    const qint64 bonnId =
        w.add(w.venues, bonn,
              QCoreApplication::translate("Podium::DemoData", "Venue “%1”").arg(bonn.name));
    const qint64 bonnHall = w.room(bonnId, "Saal", 80);
    w.room(bonnId, "Bibliothek", 25);

    // Series.
    Series summer;
    summer.name = text("Berlin Summer Dialogue", "Berliner Sommerdialog");
    const qint64 summerId =
        w.add(w.series, summer,
              QCoreApplication::translate("Podium::DemoData", "Series “%1”").arg(summer.name.en));
    Series evening;
    evening.name = text("Evening Talk", "Abendgespräch");
    const qint64 eveningId =
        w.add(w.series, evening,
              QCoreApplication::translate("Podium::DemoData", "Series “%1”").arg(evening.name.en));

    const LocalizedText wittLine =
        text("Research Coordinator, Development and Peace Foundation (sef:)",
             "Wissenschaftliche Koordinatorin, Stiftung Entwicklung und Frieden (sef:)");
    const LocalizedText malaretLine = text("Peace in Our Cities, Urban Violence Program Officer, "
                                           "Kroc Institute for Peace and Justice, University of "
                                           "San Diego",
                                           "");
    const LocalizedText valdesLine = text("Head of Policy, Metropolis", "");
    const LocalizedText kihlgrenLine =
        text("Director, City Diplomacy Lab, Columbia Global Centers",
             "Leiter des City Diplomacy Lab, Columbia Global Centers");

    // The Berlin Summer Dialogue 2023: text and speakers as published.
    const QDate dialogueDay(2023, 9, 19);
    Event dialogue;
    dialogue.uid = demoUid(QStringLiteral("berlin-summer-dialogue-2023"));
    dialogue.title = text("Can cities save the world?", "Können Städte die Welt retten?");
    dialogue.subtitle = text("The impact of city networks and city-partnerships for peace and "
                             "development",
                             "Die Wirkung von Städtenetzwerken und Städtepartnerschaften für "
                             "Frieden und Entwicklung");
    dialogue.description = text(descriptionEn, descriptionDe);
    dialogue.seriesId = summerId;
    dialogue.topic = text("Partnerships and collaborations", "Partnerschaften und Kooperationen");
    dialogue.timeZone = zone;
    dialogue.setLocalTimes(dialogueDay, QTime(19, 0), QTime(21, 0));
    dialogue.venueId = berlinId;
    dialogue.roomId = hall;
    dialogue.language = Language::English;
    dialogue.status = EventStatus::Confirmed;
    dialogue.published = true;
    dialogue.publishedAt = local(QDate(2023, 8, 22), 10);
    dialogue.capacity = 150;
    dialogue.registrationDeadline = local(QDate(2023, 9, 17), 23, 59);
    dialogue.notes = QStringLiteral("Demo data. Times, venue, programme and attendees are "
                                    "invented; the text and the speakers follow the foundation's "
                                    "published page.");
    dialogue.id =
        w.add(w.events, dialogue,
              QCoreApplication::translate("Podium::DemoData", "Event “%1”").arg(dialogue.title.en));

    w.item(dialogue, 0, ProgrammeItemKind::Welcome, text("Welcome", "Begrüßung"), dialogueDay,
           QTime(19, 0), QTime(19, 5), hall,
           text("Welcome on behalf of the Development and Peace Foundation (sef:)",
                "Begrüßung durch die Stiftung Entwicklung und Frieden (sef:)"));
    w.item(dialogue, 1, ProgrammeItemKind::Introduction,
           text("Introduction to the topic", "Einführung in das Thema"), dialogueDay, QTime(19, 5),
           QTime(19, 15), hall);
    const qint64 round = w.item(
        dialogue, 2, ProgrammeItemKind::Discussion, text("Discussion round", "Diskussionsrunde"),
        dialogueDay, QTime(19, 15), QTime(20, 0), hall,
        text("Opportunities and limitations of city networks in addressing global challenges",
             "Chancen und Grenzen von Städtenetzwerken bei der Bewältigung globaler "
             "Herausforderungen"));
    w.item(dialogue, 3, ProgrammeItemKind::QuestionsAndAnswers,
           text("Questions from the audience", "Fragen aus dem Publikum"), dialogueDay,
           QTime(20, 0), QTime(20, 30), hall);
    w.item(dialogue, 4, ProgrammeItemKind::Reception, text("Reception", "Empfang"), dialogueDay,
           QTime(20, 30), QTime(21, 0), foyer);

    // The chair of the evening, and the discussion round in the page's order.
    w.role(witt, dialogue.id, 0, RoleKind::Chair, 0, wittLine);
    w.role(malaret, dialogue.id, round, RoleKind::Panellist, 0, malaretLine);
    w.role(valdes, dialogue.id, round, RoleKind::Panellist, 1, valdesLine);
    w.role(kihlgren, dialogue.id, round, RoleKind::Panellist, 2, kihlgrenLine);
    w.role(witt, dialogue.id, round, RoleKind::Chair, 3, wittLine);

    // Guests of 2023: most came; some did not, cancelled, waited in vain or never answered.
    for (int i = 0; i < 30; ++i) {
        RegistrationStatus status = RegistrationStatus::Attended;
        if (i >= 18 && i < 22)
            status = RegistrationStatus::NoShow;
        else if (i >= 22 && i < 25)
            status = RegistrationStatus::Cancelled;
        else if (i >= 25 && i < 27)
            status = RegistrationStatus::Waitlisted;
        else if (i >= 27)
            status = RegistrationStatus::Invited;
        const QDateTime registered = local(QDate(2023, 8, 23).addDays(i % 20), 9, i);
        const QDateTime checkedIn =
            status == RegistrationStatus::Attended ? local(dialogueDay, 18, 35 + i) : QDateTime();
        w.seat(guestIds.value(i), guests[i], dialogue.id, status, registered, checkedIn, {});
    }

    // Three invented events around today.
    const QDate pastDay = onWeekday(today.addDays(-98));
    Event pastEvent;
    pastEvent.uid =
        demoUid(QStringLiteral("evening-talk-climate-") + pastDay.toString(Qt::ISODate));
    pastEvent.title = text("Who pays for climate adaptation in cities?",
                           "Wer bezahlt die Klimaanpassung der Städte?");
    pastEvent.subtitle = text("Municipal finance between local budgets and global funds",
                              "Kommunale Finanzen zwischen Haushalt vor Ort und globalen Fonds");
    pastEvent.description =
        text("Heat waves, heavy rain and rising sea levels hit cities first. Adapting streets, "
             "parks and buildings costs money that local budgets rarely have. How can "
             "municipalities reach international climate funds, and what would make those funds "
             "fit local needs?\n",
             "Hitzewellen, Starkregen und steigende Meeresspiegel treffen zuerst die Städte. "
             "Straßen, Parks und Gebäude anzupassen kostet Geld, das kommunale Haushalte selten "
             "haben. Wie können Kommunen internationale Klimafonds erreichen, und was müsste sich "
             "ändern, damit diese Fonds zu den Bedürfnissen vor Ort passen?\n");
    pastEvent.seriesId = eveningId;
    pastEvent.topic = text("Climate and environment", "Klima und Umwelt");
    pastEvent.timeZone = zone;
    pastEvent.setLocalTimes(pastDay, QTime(18, 0), QTime(20, 0));
    pastEvent.venueId = bonnId;
    pastEvent.roomId = bonnHall;
    pastEvent.language = Language::German;
    pastEvent.status = EventStatus::Confirmed;
    pastEvent.published = true;
    pastEvent.publishedAt = local(pastDay.addDays(-35), 10);
    pastEvent.capacity = 80;
    pastEvent.notes = QStringLiteral("Demo data: an invented event.");
    pastEvent.id = w.add(
        w.events, pastEvent,
        QCoreApplication::translate("Podium::DemoData", "Event “%1”").arg(pastEvent.title.en));

    w.item(pastEvent, 0, ProgrammeItemKind::Welcome, text("Welcome", "Begrüßung"), pastDay,
           QTime(18, 0), QTime(18, 10));
    const qint64 pastTalk =
        w.item(pastEvent, 1, ProgrammeItemKind::Talk,
               text("Input: Financing adaptation where people live",
                    "Impuls: Klimaanpassung dort finanzieren, wo Menschen leben"),
               pastDay, QTime(18, 10), QTime(18, 35));
    w.item(pastEvent, 2, ProgrammeItemKind::Discussion,
           text("Discussion with the audience", "Diskussion mit dem Publikum"), pastDay,
           QTime(18, 35), QTime(20, 0));
    w.role(witt, pastEvent.id, 0, RoleKind::Chair, 0, wittLine);
    w.role(valdes, pastEvent.id, pastTalk, RoleKind::Speaker, 0, valdesLine);
    for (int i = 10; i < 22; ++i) {
        const RegistrationStatus status = i < 18   ? RegistrationStatus::Attended
                                          : i < 20 ? RegistrationStatus::NoShow
                                                   : RegistrationStatus::Cancelled;
        const QDateTime checkedIn =
            status == RegistrationStatus::Attended ? local(pastDay, 17, 40 + i) : QDateTime();
        w.seat(guestIds.value(i), guests[i], pastEvent.id, status,
               local(pastDay.addDays(-(3 + i % 20)), 9, i), checkedIn, {});
    }

    const QDate upcomingDay = onWeekday(today.addDays(28));
    Event upcoming;
    upcoming.uid =
        demoUid(QStringLiteral("evening-talk-twinning-") + upcomingDay.toString(Qt::ISODate));
    upcoming.title = text("Twinned for peace? Municipal partnerships in times of war",
                          "Partnerschaft für den Frieden? Kommunale Partnerschaften in Zeiten des "
                          "Krieges");
    upcoming.subtitle =
        text("What city-to-city cooperation can achieve when states are in conflict",
             "Was die Zusammenarbeit von Städten leisten kann, wenn Staaten im "
             "Konflikt sind");
    upcoming.description =
        text("Many town twinnings began as gestures of reconciliation after the Second World "
             "War. Today, municipal partnerships deliver generators, rebuild schools and keep "
             "contacts alive where diplomacy has stalled. Where are their limits, and how can "
             "they be kept from being used for political ends?\n",
             "Viele Städtepartnerschaften begannen nach dem Zweiten Weltkrieg als Gesten der "
             "Versöhnung. Heute liefern kommunale Partnerschaften Generatoren, bauen Schulen "
             "wieder auf und halten Kontakte lebendig, wo die Diplomatie stockt. Wo liegen ihre "
             "Grenzen, und wie lassen sie sich davor schützen, politisch vereinnahmt zu werden?\n");
    upcoming.seriesId = eveningId;
    upcoming.topic = text("Partnerships and collaborations", "Partnerschaften und Kooperationen");
    upcoming.timeZone = zone;
    upcoming.setLocalTimes(upcomingDay, QTime(18, 30), QTime(20, 30));
    upcoming.venueId = berlinId;
    upcoming.roomId = hall;
    upcoming.onlineUrl = QStringLiteral("https://meet.example.org/twinned-for-peace");
    upcoming.language = Language::English;
    upcoming.status = EventStatus::Confirmed;
    upcoming.published = true;
    upcoming.publishedAt = local(today.addDays(-7), 10);
    upcoming.capacity = 120;
    upcoming.registrationDeadline = local(upcomingDay.addDays(-2), 23, 59);
    upcoming.notes = QStringLiteral("Demo data: an invented event, also streamed online.");
    upcoming.id =
        w.add(w.events, upcoming,
              QCoreApplication::translate("Podium::DemoData", "Event “%1”").arg(upcoming.title.en));

    w.item(upcoming, 0, ProgrammeItemKind::Welcome, text("Welcome", "Begrüßung"), upcomingDay,
           QTime(18, 30), QTime(18, 40), hall);
    const qint64 keynote = w.item(upcoming, 1, ProgrammeItemKind::Keynote,
                                  text("Keynote: City diplomacy when states fall silent",
                                       "Keynote: Städtediplomatie, wenn Staaten schweigen"),
                                  upcomingDay, QTime(18, 40), QTime(19, 5), hall);
    const qint64 panel =
        w.item(upcoming, 2, ProgrammeItemKind::Panel, text("Panel discussion", "Podiumsgespräch"),
               upcomingDay, QTime(19, 5), QTime(20, 0), hall);
    w.item(upcoming, 3, ProgrammeItemKind::Reception, text("Reception", "Empfang"), upcomingDay,
           QTime(20, 0), QTime(20, 30), foyer);
    w.role(kihlgren, upcoming.id, keynote, RoleKind::Keynote, 0, kihlgrenLine);
    w.role(malaret, upcoming.id, panel, RoleKind::Panellist, 0, malaretLine);
    w.role(valdes, upcoming.id, panel, RoleKind::Panellist, 1, valdesLine, RoleStatus::Asked);
    w.role(witt, upcoming.id, panel, RoleKind::Moderator, 2, wittLine);
    for (int i = 20; i < guestCount; ++i) {
        static const RegistrationStatus pattern[] = {
            RegistrationStatus::Registered, RegistrationStatus::Confirmed,
            RegistrationStatus::Invited,    RegistrationStatus::Registered,
            RegistrationStatus::Waitlisted, RegistrationStatus::Confirmed,
            RegistrationStatus::Cancelled,  RegistrationStatus::Registered,
        };
        const RegistrationStatus status = pattern[(i - 20) % 8];
        w.seat(guestIds.value(i), guests[i], upcoming.id, status,
               local(today.addDays(-(1 + i % 6)), 11, i), {}, {});
    }

    const QDate cancelledDay = onWeekday(today.addDays(49));
    Event cancelled;
    cancelled.uid =
        demoUid(QStringLiteral("evening-talk-violence-") + cancelledDay.toString(Qt::ISODate));
    cancelled.title =
        text("Safer streets, safer cities: local strategies against urban violence",
             "Sichere Straßen, sichere Städte: Lokale Strategien gegen urbane Gewalt");
    cancelled.description =
        text("Violence in cities often follows the fault lines of inequality. Programmes that "
             "bring together city administrations, police, schools and neighbourhood groups have "
             "reduced it in several cities across the world. What can other cities learn from "
             "them?\n",
             "Gewalt in Städten folgt oft den Bruchlinien der Ungleichheit. Programme, die "
             "Stadtverwaltung, Polizei, Schulen und Nachbarschaftsinitiativen zusammenbringen, "
             "haben sie in mehreren Städten weltweit verringert. Was können andere Städte davon "
             "lernen?\n");
    cancelled.seriesId = eveningId;
    cancelled.topic = text("Peace and security", "Frieden und Sicherheit");
    cancelled.timeZone = zone;
    cancelled.setLocalTimes(cancelledDay, QTime(19, 0), QTime(21, 0));
    cancelled.venueId = bonnId;
    cancelled.roomId = bonnHall;
    cancelled.language = Language::English;
    cancelled.status = EventStatus::Confirmed;
    cancelled.published = true;
    cancelled.publishedAt = local(today.addDays(-10), 10);
    cancelled.capacity = 80;
    cancelled.notes = QStringLiteral("Demo data: an invented event, published and then cancelled.");
    cancelled.id = w.add(
        w.events, cancelled,
        QCoreApplication::translate("Podium::DemoData", "Event “%1”").arg(cancelled.title.en));

    w.item(cancelled, 0, ProgrammeItemKind::Welcome, text("Welcome", "Begrüßung"), cancelledDay,
           QTime(19, 0), QTime(19, 10));
    const qint64 cancelledTalk = w.item(
        cancelled, 1, ProgrammeItemKind::Talk,
        text("Input: What works against urban violence", "Impuls: Was gegen urbane Gewalt hilft"),
        cancelledDay, QTime(19, 10), QTime(19, 40));
    const qint64 cancelledDiscussion =
        w.item(cancelled, 2, ProgrammeItemKind::Discussion, text("Discussion", "Diskussion"),
               cancelledDay, QTime(19, 40), QTime(21, 0));
    w.role(malaret, cancelled.id, cancelledTalk, RoleKind::Speaker, 0, malaretLine);
    w.role(witt, cancelled.id, cancelledDiscussion, RoleKind::Chair, 0, wittLine);
    for (int i = 0; i < 6; ++i)
        w.seat(guestIds.value(i), guests[i], cancelled.id, RegistrationStatus::Cancelled,
               local(today.addDays(-(1 + i % 8)), 14, i), {},
               QStringLiteral("Cancelled with the event."));

    // The cancellation goes through the repository like any edit, which
    // raises the calendar sequence so that subscribers see it.
    if (w.ok()) {
        std::optional<Event> stored = w.events.find(cancelled.id);
        if (!stored)
            return fail(QCoreApplication::translate("Podium::DemoData",
                                                    "The cancelled demo event was not saved."));
        stored->status = EventStatus::Cancelled;
        QString message;
        if (!w.events.update(*stored, &message))
            w.error = QCoreApplication::translate("Podium::DemoData", "Cancelling “%1”: %2")
                          .arg(cancelled.title.en, message);
    }

    if (!w.ok())
        return fail(w.error);
    if (!tx.commit())
        return fail(RecordStore::explainConstraint(tx.error()));
    return true;
}

} // namespace Podium::DemoData
