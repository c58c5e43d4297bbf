// Writes a large, deterministic Podium database through the real storage
// layer, for benchmarks and for trying the window on realistic volumes.
//
//   podium-generate --output FILE [--seed N] [--events N] [--people N]
//                   [--organisations N] [--registrations N]
//
// Defaults: 10,000 events with programmes and roles, 50,000 people, 5,000
// organisations, 1,000,000 registrations. Names are accented and come from
// several languages so that folding and collation are exercised.
#include "domain/eventrepository.h"
#include "domain/organisationrepository.h"
#include "domain/personrepository.h"
#include "domain/programmeitemrepository.h"
#include "domain/registrationrepository.h"
#include "domain/rolerepository.h"
#include "domain/seriesrepository.h"
#include "domain/venuerepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <cstdio>

using namespace Podium;

namespace {

const char *const givenNames[] = {
    "Laura",  "Alfredo", "Nora",  "Lorenzo", "Amélie",   "Jürgen",   "Małgorzata", "Søren",
    "Zoë",    "Çağla",   "José",  "Anaïs",   "Björn",    "Dvořák",   "Łucja",      "Mía",
    "Ömer",   "Ingrid",  "Tomáš", "Hélène",  "Ülkü",     "Niamh",    "Aurélien",   "Sigrún",
    "Gökhan", "Renée",   "Miloš", "Ilse",    "Zdeněk",   "Agnès",    "Ewa",        "Rūta",
    "Pál",    "Irène",   "Jörg",  "Åsa",     "Kateřina", "François", "Oğuz",       "Dóra"};
const char *const familyNames[] = {
    "Valdés",    "Müller",     "Øvergaard", "Kowalczyk", "Dubois",      "García",    "Schäfer",
    "Novák",     "Ødegård",    "Şahin",     "Lefèvre",   "Nowak",       "Jørgensen", "Pérez",
    "Östlund",   "Wiśniewska", "Ábrahám",   "Çelik",     "Łukasiewicz", "Björklund", "Martín",
    "Krüger",    "Dvořáková",  "Fernández", "Ó Briain",  "Grüneberg",   "Vázquez",   "Häkkinen",
    "Zieliński", "Mäkelä",     "Sánchez",   "Żak",       "Ähnlich",     "Ulrich",    "Baldo",
    "Grandi",    "Witt",       "Cano",      "Kihlgren",  "Stojanović"};
const char *const orgWords[] = {"Institute", "Foundation", "Network",  "Centre",
                                "Forum",     "Council",    "Alliance", "Initiative",
                                "Academy",   "Office",     "Lab",      "Association"};
const char *const orgTopics[] = {"Urban Peace",         "Municipal Diplomacy", "Climate Cities",
                                 "Civic Futures",       "Development Policy",  "Global Governance",
                                 "Städtepartnerschaft", "Démocratie locale",   "Cooperación",
                                 "Współpraca",          "Migration Studies",   "Public Health"};
const char *const cities[] = {"Berlin",  "Bonn",     "Kraków", "Łódź", "Zürich", "Malmö",
                              "Sevilla", "Göteborg", "Brno",   "Ústí", "Genève", "İstanbul"};
const char *const titleWords[] = {"cities",         "peace",         "networks",    "climate",
                                  "democracy",      "migration",     "development", "partnerships",
                                  "security",       "resilience",    "Städte",      "Frieden",
                                  "Klimaanpassung", "Zusammenarbeit"};

QString pick(QRandomGenerator &rng, const char *const *list, int size)
{
    return QString::fromUtf8(list[rng.bounded(size)]);
}

template<std::size_t N>
QString pick(QRandomGenerator &rng, const char *const (&list)[N])
{
    return pick(rng, list, int(N));
}

void fail(const QString &message)
{
    std::fprintf(stderr, "podium-generate: %s\n", qPrintable(message));
    std::exit(1);
}

void progress(const char *what, qint64 done, qint64 total, const QElapsedTimer &timer)
{
    std::fprintf(stderr, "\r%-14s %9lld / %-9lld %6.1f s", what, static_cast<long long>(done),
                 static_cast<long long>(total), timer.elapsed() / 1000.0);
    if (done == total)
        std::fprintf(stderr, "\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a large, deterministic Podium database."));
    parser.addHelpOption();
    const QCommandLineOption output(
        QStringLiteral("output"), QStringLiteral("The new database file."), QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("N"), QStringLiteral("2023"));
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Events."),
                                    QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption people(QStringLiteral("people"), QStringLiteral("People."),
                                    QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption organisations(QStringLiteral("organisations"),
                                           QStringLiteral("Organisations."), QStringLiteral("N"),
                                           QStringLiteral("5000"));
    const QCommandLineOption registrations(QStringLiteral("registrations"),
                                           QStringLiteral("Registrations."), QStringLiteral("N"),
                                           QStringLiteral("1000000"));
    parser.addOptions({output, seed, events, people, organisations, registrations});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "podium-generate: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    const QString path = parser.value(output);
    if (path.isEmpty()) {
        std::fprintf(stderr, "podium-generate: --output FILE is required.\n");
        return 2;
    }
    if (QFileInfo::exists(path))
        fail(QStringLiteral("%1 already exists.").arg(path));
    const int nEvents = parser.value(events).toInt();
    const int nPeople = parser.value(people).toInt();
    const int nOrgs = parser.value(organisations).toInt();
    const qint64 nRegs = parser.value(registrations).toLongLong();
    if (nEvents < 1 || nPeople < 1 || nOrgs < 1 || nRegs < 0 || nRegs > qint64(nEvents) * nPeople)
        fail(QStringLiteral(
            "The counts must be positive, and registrations at most events × people."));

    Database::OpenOptions options;
    options.create = true;
    auto opened = Database::open(path, options);
    if (!opened.database)
        fail(opened.message);
    Database &db = *opened.database;
    QRandomGenerator rng(parser.value(seed).toUInt());
    QString error;
    QElapsedTimer timer;
    timer.start();

    // One transaction for everything: the storage layer nests each write as
    // a savepoint, and a failure leaves no half-written file behind.
    Transaction tx(db);
    if (!tx.isActive())
        fail(tx.error());

    OrganisationRepository orgRepo(db);
    QList<qint64> orgIds;
    for (int i = 0; i < nOrgs; ++i) {
        Organisation o;
        o.name =
            QStringLiteral("%1 %2 %3").arg(pick(rng, orgTopics), pick(rng, orgWords)).arg(i + 1);
        o.kind = allValues<OrganisationKind>().at(
            rng.bounded(int(allValues<OrganisationKind>().size())));
        o.city = pick(rng, cities);
        if (!orgRepo.insert(o, &error))
            fail(error);
        orgIds << o.id;
        if ((i + 1) % 1000 == 0 || i + 1 == nOrgs)
            progress("organisations", i + 1, nOrgs, timer);
    }

    PersonRepository personRepo(db);
    QList<qint64> personIds;
    personIds.reserve(nPeople);
    for (int i = 0; i < nPeople; ++i) {
        Person p;
        p.givenName = pick(rng, givenNames);
        p.familyName = pick(rng, familyNames);
        if (rng.bounded(4) == 0)
            p.familyName += QLatin1Char('-') + pick(rng, familyNames);
        p.email = QStringLiteral("person%1@example.org").arg(i + 1);
        if (rng.bounded(5) != 0)
            p.organisationId = orgIds.at(rng.bounded(int(orgIds.size())));
        if (!personRepo.insert(p, &error))
            fail(error);
        personIds << p.id;
        if ((i + 1) % 5000 == 0 || i + 1 == nPeople)
            progress("people", i + 1, nPeople, timer);
    }

    SeriesRepository seriesRepo(db);
    QList<qint64> seriesIds;
    const QStringList seriesNames{QStringLiteral("Berlin Summer Dialogue"),
                                  QStringLiteral("Evening Talk"), QStringLiteral("Bonn Symposium"),
                                  QStringLiteral("International Workshop"),
                                  QStringLiteral("Stiftungsforum")};
    for (const QString &name : seriesNames) {
        Series s;
        s.name.en = name;
        if (!seriesRepo.insert(s, &error))
            fail(error);
        seriesIds << s.id;
    }
    VenueRepository venueRepo(db);
    QList<QPair<qint64, qint64>> venueRooms;
    for (int i = 0; i < 40; ++i) {
        Venue v;
        v.name = QStringLiteral("Forum %1").arg(i + 1);
        v.city = pick(rng, cities);
        v.capacity = 100 + rng.bounded(400);
        if (!venueRepo.insert(v, &error))
            fail(error);
        Room r;
        r.venueId = v.id;
        r.name = QStringLiteral("Saal %1").arg(i + 1);
        r.capacity = 80 + rng.bounded(200);
        if (!venueRepo.insertRoom(r, &error))
            fail(error);
        venueRooms.append({v.id, r.id});
    }

    EventRepository eventRepo(db);
    ProgrammeItemRepository itemRepo(db);
    RoleRepository roleRepo(db);
    QList<qint64> eventIds;
    const QDate first(2011, 1, 1);
    const QList<EventStatus> statuses = allValues<EventStatus>();
    static const ProgrammeItemKind programme[] = {
        ProgrammeItemKind::Welcome, ProgrammeItemKind::Introduction, ProgrammeItemKind::Panel,
        ProgrammeItemKind::QuestionsAndAnswers, ProgrammeItemKind::Reception};
    for (int i = 0; i < nEvents; ++i) {
        Event e;
        e.title.en = QStringLiteral("%1 and %2: dialogue %3")
                         .arg(pick(rng, titleWords), pick(rng, titleWords))
                         .arg(i + 1);
        e.title.en[0] = e.title.en.at(0).toUpper();
        e.seriesId = seriesIds.at(rng.bounded(int(seriesIds.size())));
        const auto &[venueId, roomId] = venueRooms.at(rng.bounded(int(venueRooms.size())));
        e.venueId = venueId;
        e.roomId = roomId;
        e.setLocalTimes(first.addDays(i * 6000LL / nEvents), QTime(18 + rng.bounded(2), 0),
                        QTime(21, 0));
        e.status = statuses.at(rng.bounded(int(statuses.size())));
        e.capacity = 60 + rng.bounded(240);
        if (rng.bounded(3) != 0) {
            e.published = true;
            e.publishedAt = e.start.addDays(-30);
        }
        if (!eventRepo.insert(e, &error))
            fail(error);
        eventIds << e.id;
        QDateTime at = e.start;
        qint64 panelId = 0;
        for (int k = 0; k < 5; ++k) {
            ProgrammeItem item;
            item.eventId = e.id;
            item.position = k;
            item.kind = programme[k];
            item.title.en = programmeItemKindLabel(item.kind, Language::English);
            item.start = at;
            item.end = at.addSecs(k == 2 ? 3600 : 900);
            at = item.end;
            if (item.end > e.end)
                item.end = e.end;
            if (item.start > item.end)
                item.start = item.end;
            if (!itemRepo.insert(item, &error))
                fail(error);
            if (k == 2)
                panelId = item.id;
        }
        // A chair and three panellists, distinct people.
        QSet<qint64> chosen;
        while (chosen.size() < 4)
            chosen.insert(personIds.at(rng.bounded(int(personIds.size()))));
        int position = 0;
        for (const qint64 personId : std::as_const(chosen)) {
            Role role;
            role.personId = personId;
            role.eventId = e.id;
            role.programmeItemId = panelId;
            role.kind = position == 0 ? RoleKind::Chair : RoleKind::Panellist;
            role.position = position++;
            role.status = RoleStatus::Confirmed;
            role.affiliation.en = QStringLiteral("Speaker %1").arg(position);
            if (!roleRepo.insert(role, &error))
                fail(error);
        }
        if ((i + 1) % 500 == 0 || i + 1 == nEvents)
            progress("events", i + 1, nEvents, timer);
    }

    // Registrations: every event gets a run of consecutive people starting
    // at a random place, so that no pair repeats.
    RegistrationRepository regRepo(db);
    const QList<RegistrationStatus> regStatuses = allValues<RegistrationStatus>();
    qint64 written = 0;
    for (int i = 0; i < nEvents && written < nRegs; ++i) {
        const qint64 remainingEvents = nEvents - i;
        const qint64 share = (nRegs - written + remainingEvents - 1) / remainingEvents;
        const int start = rng.bounded(nPeople);
        for (qint64 k = 0; k < share && k < nPeople && written < nRegs; ++k) {
            Registration r;
            r.eventId = eventIds.at(i);
            r.personId = personIds.at(int((start + k) % nPeople));
            r.status = regStatuses.at(rng.bounded(int(regStatuses.size())));
            if (!regRepo.insert(r, &error))
                fail(error);
            ++written;
            if (written % 20000 == 0 || written == nRegs)
                progress("registrations", written, nRegs, timer);
        }
    }
    if (!tx.commit())
        fail(tx.error());
    db.execute(QStringLiteral("ANALYZE"));
    std::fprintf(stderr, "Wrote %s in %.1f s.\n", qPrintable(path), timer.elapsed() / 1000.0);
    return 0;
}
