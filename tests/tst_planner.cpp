// The planner's rules (double bookings of people and rooms, capacity and the
// waiting list), the programme's reordering, the duplicate of an event and
// the undo step that changes several rows at once, on small databases made
// here.
#include "domain/eventduplicator.h"
#include "domain/eventrepository.h"
#include "domain/personrepository.h"
#include "domain/planner.h"
#include "domain/programmeitemrepository.h"
#include "domain/registrationrepository.h"
#include "domain/rolerepository.h"
#include "domain/venuerepository.h"
#include "models/changesetcommand.h"
#include "models/programmemodel.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "testdatabase.h"

#include <QLocale>
#include <QMimeData>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Podium;

namespace {

const QTimeZone berlin("Europe/Berlin");

QDateTime at(int hour, int minute = 0, const QDate &day = QDate(2026, 3, 10))
{
    return QDateTime(day, QTime(hour, minute), berlin).toUTC();
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roomClashBetweenEvents();
    void roomClashBetweenItems();
    void personDoubleBooked();
    void chairOfTheEveningIsNoClash();
    void declinedAndCancelledBookNobody();
    void capacityAndWaitingList();
    void reorderedKeepsLengthsAndGaps();
    void moveItemIsOneUndoStep();
    void itemOnAnotherDayNamesTheDay();
    void dropMovesItem();
    void duplicateCopiesProgrammeAndRoles();
    void changeSetUndoesInOneStep();
    void roomsInTheSameOrderOnBothBackends();

private:
    qint64 addEvent(const QString &title, const QDateTime &start, const QDateTime &end,
                    qint64 roomId, EventStatus status = EventStatus::Confirmed);
    qint64 addItem(qint64 eventId, const QString &title, const QDateTime &start,
                   const QDateTime &end, int position, qint64 roomId = 0);
    qint64 addPerson(const QString &given, const QString &family);
    qint64 addRole(qint64 personId, qint64 eventId, qint64 itemId, RoleKind kind,
                   RoleStatus status = RoleStatus::Confirmed);
    qint64 addRegistration(qint64 personId, qint64 eventId, RegistrationStatus status,
                           const QDateTime &registeredAt);

    // Files, or databases on the server named by PODIUM_TEST_SERVER.
    Testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    qint64 m_venue = 0;
    qint64 m_hall = 0;
    qint64 m_foyer = 0;
    int m_count = 0;
};

void TestPlanner::init()
{
    auto opened = m_databases.create(QStringLiteral("p%1.podium").arg(++m_count));
    QVERIFY2(opened.database, qPrintable(opened.message));
    m_db = std::move(opened.database);
    VenueRepository venues(*m_db);
    Venue v;
    v.name = QStringLiteral("Forum");
    v.city = QStringLiteral("Berlin");
    QString error;
    QVERIFY2(venues.insert(v, &error), qPrintable(error));
    m_venue = v.id;
    Room hall{0, v.id, QStringLiteral("Hall"), 100, {}, {}, 0};
    Room foyer{0, v.id, QStringLiteral("Foyer"), 50, {}, {}, 0};
    QVERIFY(venues.insertRoom(hall, &error));
    QVERIFY(venues.insertRoom(foyer, &error));
    m_hall = hall.id;
    m_foyer = foyer.id;
}

void TestPlanner::cleanup()
{
    m_db.reset();
    m_databases.dropAll();
}

qint64 TestPlanner::addEvent(const QString &title, const QDateTime &start, const QDateTime &end,
                             qint64 roomId, EventStatus status)
{
    Event e;
    e.title.en = title;
    e.start = start;
    e.end = end;
    e.venueId = m_venue;
    e.roomId = roomId;
    e.status = status;
    QString error;
    if (!EventRepository(*m_db).insert(e, &error))
        qWarning("%s", qPrintable(error));
    return e.id;
}

qint64 TestPlanner::addItem(qint64 eventId, const QString &title, const QDateTime &start,
                            const QDateTime &end, int position, qint64 roomId)
{
    ProgrammeItem i;
    i.eventId = eventId;
    i.title.en = title;
    i.start = start;
    i.end = end;
    i.position = position;
    i.roomId = roomId;
    QString error;
    if (!ProgrammeItemRepository(*m_db).insert(i, &error))
        qWarning("%s", qPrintable(error));
    return i.id;
}

qint64 TestPlanner::addPerson(const QString &given, const QString &family)
{
    Person p;
    p.givenName = given;
    p.familyName = family;
    PersonRepository(*m_db).insert(p);
    return p.id;
}

qint64 TestPlanner::addRole(qint64 personId, qint64 eventId, qint64 itemId, RoleKind kind,
                            RoleStatus status)
{
    Role r;
    r.personId = personId;
    r.eventId = eventId;
    r.programmeItemId = itemId;
    r.kind = kind;
    r.status = status;
    QString error;
    if (!RoleRepository(*m_db).insert(r, &error))
        qWarning("%s", qPrintable(error));
    return r.id;
}

qint64 TestPlanner::addRegistration(qint64 personId, qint64 eventId, RegistrationStatus status,
                                    const QDateTime &registeredAt)
{
    Registration r;
    r.personId = personId;
    r.eventId = eventId;
    r.status = status;
    r.registeredAt = registeredAt;
    RegistrationRepository(*m_db).insert(r);
    return r.id;
}

void TestPlanner::roomClashBetweenEvents()
{
    const qint64 a = addEvent(QStringLiteral("Evening talk"), at(19), at(21), m_hall);
    const qint64 b = addEvent(QStringLiteral("Book launch"), at(20), at(22), m_hall);
    // Touching ends do not overlap; another room does not clash.
    const qint64 c = addEvent(QStringLiteral("Late show"), at(22), at(23), m_hall);
    addEvent(QStringLiteral("Foyer talk"), at(19), at(21), m_foyer);

    Planner planner(*m_db);
    const QList<PlannerWarning> clashes = planner.roomClashes(a);
    QCOMPARE(clashes.size(), 1);
    QCOMPARE(clashes.first().kind, PlannerWarning::Kind::RoomClash);
    QCOMPARE(clashes.first().otherEventId, b);
    QCOMPARE(clashes.first().roomId, m_hall);
    QVERIFY2(clashes.first().message.contains(QStringLiteral("Hall (Forum) is booked twice")),
             qPrintable(clashes.first().message));
    QVERIFY(clashes.first().message.contains(QStringLiteral("“Book launch”")));
    QVERIFY(clashes.first().message.contains(QStringLiteral("10 Mar 2026 20:00")));
    QCOMPARE(planner.roomClashes(b).size(), 1);
    QVERIFY(planner.roomClashes(c).isEmpty());
}

void TestPlanner::roomClashBetweenItems()
{
    // An event with a programme books its rooms item by item.
    const qint64 a = addEvent(QStringLiteral("Conference"), at(9), at(17), m_hall);
    addItem(a, QStringLiteral("Opening"), at(9), at(10), 0);
    const qint64 lunch = addItem(a, QStringLiteral("Lunch"), at(12), at(13), 1, m_foyer);
    const qint64 b = addEvent(QStringLiteral("Press meeting"), at(12, 30), at(13, 30), m_foyer);
    const qint64 c = addEvent(QStringLiteral("Hall rehearsal"), at(11), at(12), m_hall);

    Planner planner(*m_db);
    const QList<PlannerWarning> clashes = planner.roomClashes(a);
    QCOMPARE(clashes.size(), 1);
    QCOMPARE(clashes.first().programmeItemId, lunch);
    QCOMPARE(clashes.first().otherEventId, b);
    QVERIFY(clashes.first().message.contains(QStringLiteral("“Lunch”")));
    // The hall is free between the items: no clash with the rehearsal.
    QVERIFY(planner.roomClashes(c).isEmpty());

    // Two items of one event in one room at once.
    const qint64 parallel = addItem(a, QStringLiteral("Workshop"), at(9, 30), at(10, 30), 2);
    const QList<PlannerWarning> now = planner.roomClashes(a);
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.first().otherEventId, a);
    QCOMPARE(now.first().otherItemId, parallel);
}

void TestPlanner::personDoubleBooked()
{
    const qint64 laura = addPerson(QStringLiteral("Laura"), QStringLiteral("Valdés Cano"));
    const qint64 a = addEvent(QStringLiteral("Evening talk"), at(19), at(21), m_hall);
    const qint64 panel = addItem(a, QStringLiteral("Panel"), at(19, 15), at(20), 0);
    const qint64 b = addEvent(QStringLiteral("Online debate"), at(19, 30), at(20, 30), 0);
    addRole(laura, a, panel, RoleKind::Panellist);
    const qint64 otherRole = addRole(laura, b, 0, RoleKind::Keynote);

    Planner planner(*m_db);
    QList<PlannerWarning> clashes = planner.personClashes(a);
    QCOMPARE(clashes.size(), 1);
    QCOMPARE(clashes.first().kind, PlannerWarning::Kind::PersonDoubleBooked);
    QCOMPARE(clashes.first().personId, laura);
    QCOMPARE(clashes.first().programmeItemId, panel);
    QCOMPARE(clashes.first().otherEventId, b);
    QVERIFY2(clashes.first().message.startsWith(
                 QStringLiteral("Laura Valdés Cano is booked twice at the same time")),
             qPrintable(clashes.first().message));
    QCOMPARE(planner.personClashes(b).size(), 1);

    // Moving the other event after the panel ends the clash.
    QVERIFY(RoleRepository(*m_db).remove(otherRole));
    addRole(laura, b, 0, RoleKind::Keynote);
    Event moved = *EventRepository(*m_db).find(b);
    moved.start = at(20);
    moved.end = at(21);
    QVERIFY(EventRepository(*m_db).update(moved));
    QVERIFY(planner.personClashes(a).isEmpty());

    // Two items of the same event at the same time do clash.
    const qint64 parallel = addItem(a, QStringLiteral("Side session"), at(19, 30), at(20), 1);
    addRole(laura, a, parallel, RoleKind::Speaker);
    clashes = planner.personClashes(a);
    QCOMPARE(clashes.size(), 1);
    QCOMPARE(clashes.first().otherItemId, parallel);
}

void TestPlanner::chairOfTheEveningIsNoClash()
{
    const qint64 nora = addPerson(QStringLiteral("Nora"), QStringLiteral("Witt"));
    const qint64 a = addEvent(QStringLiteral("Evening talk"), at(19), at(21), m_hall);
    const qint64 panel = addItem(a, QStringLiteral("Panel"), at(19, 15), at(20), 0);
    addRole(nora, a, 0, RoleKind::Chair);
    addRole(nora, a, panel, RoleKind::Moderator);
    addRole(nora, a, panel, RoleKind::Speaker);
    QVERIFY(Planner(*m_db).personClashes(a).isEmpty());
}

void TestPlanner::declinedAndCancelledBookNobody()
{
    const qint64 laura = addPerson(QStringLiteral("Laura"), QStringLiteral("Valdés Cano"));
    const qint64 a = addEvent(QStringLiteral("Evening talk"), at(19), at(21), m_hall);
    const qint64 b =
        addEvent(QStringLiteral("Cancelled talk"), at(19), at(21), m_hall, EventStatus::Cancelled);
    const qint64 c = addEvent(QStringLiteral("Online"), at(19), at(21), 0);
    addRole(laura, a, 0, RoleKind::Keynote);
    addRole(laura, b, 0, RoleKind::Keynote);
    addRole(laura, c, 0, RoleKind::Keynote, RoleStatus::Declined);
    Planner planner(*m_db);
    QVERIFY(planner.personClashes(a).isEmpty());
    QVERIFY(planner.roomClashes(a).isEmpty());
    QVERIFY(planner.warningsForEvent(a).isEmpty());
}

void TestPlanner::capacityAndWaitingList()
{
    const qint64 a = addEvent(QStringLiteral("Evening talk"), at(19), at(21), m_hall);
    Event e = *EventRepository(*m_db).find(a);
    e.capacity = 2;
    QVERIFY(EventRepository(*m_db).update(e));
    Planner planner(*m_db);
    QCOMPARE(planner.statusForNewRegistration(a), RegistrationStatus::Registered);
    addRegistration(addPerson(QStringLiteral("A"), QStringLiteral("One")), a,
                    RegistrationStatus::Registered, at(9));
    addRegistration(addPerson(QStringLiteral("B"), QStringLiteral("Two")), a,
                    RegistrationStatus::Invited, QDateTime());
    addRegistration(addPerson(QStringLiteral("C"), QStringLiteral("Three")), a,
                    RegistrationStatus::Cancelled, at(9));
    QCOMPARE(planner.counts(a).placesTaken(), 1);
    QCOMPARE(planner.counts(a).placesLeft(), 1);
    QCOMPARE(planner.statusForNewRegistration(a), RegistrationStatus::Registered);
    addRegistration(addPerson(QStringLiteral("D"), QStringLiteral("Four")), a,
                    RegistrationStatus::Confirmed, at(10));
    RegistrationCounts counts = planner.counts(a);
    QCOMPARE(counts.placesTaken(), 2);
    QVERIFY(counts.isFull());
    QCOMPARE(planner.statusForNewRegistration(a), RegistrationStatus::Waitlisted);
    QVERIFY(!planner.capacityWarning(a));

    // The waiting list goes by the time of registration, not by id.
    QCOMPARE(planner.firstWaitlisted(a), 0);
    addRegistration(addPerson(QStringLiteral("E"), QStringLiteral("Five")), a,
                    RegistrationStatus::Waitlisted, at(12));
    const qint64 earlier = addRegistration(addPerson(QStringLiteral("F"), QStringLiteral("Six")), a,
                                           RegistrationStatus::Waitlisted, at(11));
    QCOMPARE(planner.firstWaitlisted(a), earlier);
    QCOMPARE(planner.counts(a).count(RegistrationStatus::Waitlisted), 2);

    // More places taken than there are: a warning.
    e = *EventRepository(*m_db).find(a);
    e.capacity = 1;
    QVERIFY(EventRepository(*m_db).update(e));
    const auto warning = planner.capacityWarning(a);
    QVERIFY(warning);
    QCOMPARE(warning->kind, PlannerWarning::Kind::OverCapacity);
    QCOMPARE(warning->message, QStringLiteral("2 places are taken, but the event has only 1."));
    QCOMPARE(planner.warningsForEvent(a).size(), 1);
    // Without a capacity nothing is ever full.
    e = *EventRepository(*m_db).find(a);
    e.capacity.reset();
    QVERIFY(EventRepository(*m_db).update(e));
    QVERIFY(!planner.counts(a).isFull());
    QVERIFY(!planner.counts(a).placesLeft());
}

void TestPlanner::reorderedKeepsLengthsAndGaps()
{
    auto item = [](qint64 id, const QDateTime &s, const QDateTime &e) {
        ProgrammeItem i;
        i.id = id;
        i.start = s;
        i.end = e;
        return i;
    };
    const QList<ProgrammeItem> items{item(1, at(19), at(19, 10)), item(2, at(19, 15), at(19, 45)),
                                     item(3, at(19, 45), at(20))};
    // The last moves first: it starts when the programme starts; the gap of
    // five minutes after the first item stays after it.
    QList<ProgrammeItem> r = ProgrammeModel::reordered(items, 2, 0);
    QCOMPARE(r.at(0).id, 3);
    QCOMPARE(r.at(0).start, at(19));
    QCOMPARE(r.at(0).end, at(19, 15));
    QCOMPARE(r.at(1).id, 1);
    QCOMPARE(r.at(1).start, at(19, 20));
    QCOMPARE(r.at(1).end, at(19, 30));
    QCOMPARE(r.at(2).id, 2);
    QCOMPARE(r.at(2).start, at(19, 30));
    QCOMPARE(r.at(2).end, at(20));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(r.at(i).position, i);
    // And back again.
    r = ProgrammeModel::reordered(r, 0, 2);
    QCOMPARE(r.at(0).id, 1);
    QCOMPARE(r.at(2).id, 3);
    QCOMPARE(r.at(2).end, at(20));
    QCOMPARE(r.at(0).start, at(19));
    QCOMPARE(r.at(0).end, at(19, 10));
    // Out of range changes nothing.
    QVERIFY(ProgrammeModel::reordered(items, 0, 5) == items);
}

void TestPlanner::moveItemIsOneUndoStep()
{
    const qint64 a = addEvent(QStringLiteral("Evening talk"), at(19), at(21), m_hall);
    const qint64 first = addItem(a, QStringLiteral("Welcome"), at(19), at(19, 10), 0);
    const qint64 second = addItem(a, QStringLiteral("Panel"), at(19, 10), at(20), 1);
    QUndoStack stack;
    ProgrammeModel model(*m_db, &stack, Language::English);
    model.setEvent(a);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.moveItem(1, 0));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(model.item(0).id, second);
    ProgrammeItemRepository items(*m_db);
    QCOMPARE(items.find(second)->start, at(19));
    QCOMPARE(items.find(second)->end, at(19, 50));
    QCOMPARE(items.find(first)->start, at(19, 50));
    QCOMPARE(items.find(first)->end, at(20));
    QCOMPARE(model.data(model.index(0, ProgrammeModel::StartColumn)).toString(),
             QStringLiteral("19:00"));
    QCOMPARE(model.data(model.index(1, ProgrammeModel::StartColumn)).toString(),
             QStringLiteral("19:50"));
    stack.undo();
    QCOMPARE(items.find(first)->start, at(19));
    QCOMPARE(items.find(first)->position, 0);
    QCOMPARE(items.find(second)->start, at(19, 10));
    QCOMPARE(items.find(second)->position, 1);
    stack.redo();
    QCOMPARE(items.find(second)->position, 0);
    QCOMPARE(items.find(first)->end, at(20));

    // An edited start moves the item and keeps its length.
    model.reload();
    QVERIFY(model.setData(model.index(0, ProgrammeModel::StartColumn), QTime(18, 30)));
    QCOMPARE(items.find(second)->start, at(18, 30));
    QCOMPARE(items.find(second)->end, at(19, 20));
    QCOMPARE(stack.count(), 2);
    // A blank title in both languages is refused and changes nothing.
    QSignalSpy errors(&model, &ProgrammeModel::errorOccurred);
    QVERIFY(!model.setData(model.index(0, ProgrammeModel::TitleEnColumn), QString()));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(items.find(second)->title.en, QStringLiteral("Panel"));
    QCOMPARE(stack.count(), 2);
}

void TestPlanner::itemOnAnotherDayNamesTheDay()
{
    // An evening over two days: the second day's item names its day, in
    // the interface's language ("11. März, 10:00", not "11 Mar 10:00").
    const QDate nextDay(2026, 3, 11);
    const qint64 a = addEvent(QStringLiteral("Two evenings"), at(19), at(21, 0, nextDay), m_hall);
    addItem(a, QStringLiteral("First evening"), at(19), at(20), 0);
    addItem(a, QStringLiteral("Next morning"), at(10, 0, nextDay), at(11, 0, nextDay), 1);
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    QUndoStack stack;
    const auto startText = [this, &stack, a](const QLocale &locale) {
        QLocale::setDefault(locale);
        ProgrammeModel model(*m_db, &stack, Language::English);
        model.setEvent(a);
        return QStringList{model.data(model.index(0, ProgrammeModel::StartColumn)).toString(),
                           model.data(model.index(1, ProgrammeModel::StartColumn)).toString()};
    };
    QCOMPARE(startText(QLocale(QLocale::German, QLocale::Germany)),
             (QStringList{QStringLiteral("19:00"), QStringLiteral("11. März, 10:00")}));
    QCOMPARE(startText(QLocale(QLocale::English, QLocale::UnitedKingdom)),
             (QStringList{QStringLiteral("19:00"), QStringLiteral("11 Mar, 10:00")}));
}

void TestPlanner::dropMovesItem()
{
    const qint64 a = addEvent(QStringLiteral("Evening talk"), at(19), at(21), m_hall);
    addItem(a, QStringLiteral("One"), at(19), at(19, 30), 0);
    addItem(a, QStringLiteral("Two"), at(19, 30), at(20), 1);
    const qint64 three = addItem(a, QStringLiteral("Three"), at(20), at(21), 2);
    QUndoStack stack;
    ProgrammeModel model(*m_db, &stack, Language::English);
    model.setEvent(a);
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(2, 0)}));
    // Dropped above the first row.
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    QCOMPARE(model.item(0).id, three);
    QCOMPARE(model.item(0).start, at(19));
    QCOMPARE(model.item(0).end, at(20));
    QCOMPARE(model.item(2).end, at(21));
    QCOMPARE(stack.count(), 1);
}

void TestPlanner::duplicateCopiesProgrammeAndRoles()
{
    const qint64 laura = addPerson(QStringLiteral("Laura"), QStringLiteral("Valdés Cano"));
    const qint64 a = addEvent(QStringLiteral("Evening talk"), at(19), at(21), m_hall);
    Event e = *EventRepository(*m_db).find(a);
    e.published = true;
    e.capacity = 80;
    QVERIFY(EventRepository(*m_db).update(e));
    const qint64 panel = addItem(a, QStringLiteral("Panel"), at(19, 15), at(20), 0, m_hall);
    addItem(a, QStringLiteral("Reception"), at(20), at(21), 1, m_foyer);
    addRole(laura, a, panel, RoleKind::Panellist);
    addRole(laura, a, 0, RoleKind::Chair);
    addRegistration(addPerson(QStringLiteral("A"), QStringLiteral("One")), a,
                    RegistrationStatus::Registered, at(9));

    // Into summer time: the local times stay.
    const QDate day(2027, 6, 15);
    QString error;
    const qint64 copy = EventDuplicator::duplicate(*m_db, a, day, &error);
    QVERIFY2(copy, qPrintable(error));
    const Event original = *EventRepository(*m_db).find(a);
    const Event c = *EventRepository(*m_db).find(copy);
    QVERIFY(c.uid != original.uid);
    QVERIFY(!c.uid.isEmpty());
    QCOMPARE(c.status, EventStatus::Planned);
    QVERIFY(!c.published);
    QVERIFY(!c.publishedAt.isValid());
    QCOMPARE(c.icalSequence, 0);
    QCOMPARE(c.title, original.title);
    QCOMPARE(c.capacity.value_or(-1), 80);
    QCOMPARE(c.roomId, m_hall);
    QCOMPARE(c.localStart(), QDateTime(day, QTime(19, 0), berlin));
    QCOMPARE(c.localEnd(), QDateTime(day, QTime(21, 0), berlin));
    const QList<ProgrammeItem> items = ProgrammeItemRepository(*m_db).forEvent(copy);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).start.toTimeZone(berlin), QDateTime(day, QTime(19, 15), berlin));
    QCOMPARE(items.at(1).roomId, m_foyer);
    const QList<Role> roles = RoleRepository(*m_db).forEvent(copy);
    QCOMPARE(roles.size(), 2);
    for (const Role &r : roles)
        QCOMPARE(r.status, RoleStatus::Asked);
    QCOMPARE(RoleRepository(*m_db).forItem(items.at(0).id).size(), 1);
    QCOMPARE(RegistrationRepository(*m_db).forEvent(copy).size(), 0);
    QCOMPARE(RegistrationRepository(*m_db).forEvent(a).size(), 1);
    QCOMPARE(EventDuplicator::suggestedFirstDay(original), QDate(2027, 3, 9));

    // A missing event writes nothing.
    const int events = m_db->scalar(QStringLiteral("SELECT count(*) FROM event")).toInt();
    QCOMPARE(EventDuplicator::duplicate(*m_db, 9999, day, &error), 0);
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM event")).toInt(), events);
}

void TestPlanner::changeSetUndoesInOneStep()
{
    const qint64 a = addEvent(QStringLiteral("Evening talk"), at(19), at(21), m_hall);
    const qint64 one = addRegistration(addPerson(QStringLiteral("A"), QStringLiteral("One")), a,
                                       RegistrationStatus::Registered, at(9));
    const qint64 two = addRegistration(addPerson(QStringLiteral("B"), QStringLiteral("Two")), a,
                                       RegistrationStatus::Waitlisted, at(10));
    RecordStore store(*m_db);
    RowChange c1{
        QStringLiteral("registration"), one, store.fetch(QStringLiteral("registration"), one), {}};
    c1.after = c1.before;
    c1.after.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    RowChange c2{
        QStringLiteral("registration"), two, store.fetch(QStringLiteral("registration"), two), {}};
    c2.after = c2.before;
    c2.after.insert(QStringLiteral("status"), QStringLiteral("registered"));
    QUndoStack stack;
    auto *command = new ChangeSetCommand(*m_db, {c1, c2}, QStringLiteral("Swap"), {});
    QVERIFY(command->execute(nullptr));
    stack.push(command);
    RegistrationRepository regs(*m_db);
    QCOMPARE(regs.find(one)->status, RegistrationStatus::Cancelled);
    QCOMPARE(regs.find(two)->status, RegistrationStatus::Registered);
    stack.undo();
    QCOMPARE(regs.find(one)->status, RegistrationStatus::Registered);
    QCOMPARE(regs.find(two)->status, RegistrationStatus::Waitlisted);
    stack.redo();
    QCOMPARE(regs.find(one)->status, RegistrationStatus::Cancelled);
    QCOMPARE(regs.find(two)->status, RegistrationStatus::Registered);
    // The change log has the undo and the redo.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE summary = "
                                         "'Undo: Swap'"))
                 .toInt(),
             2);

    // A failing change writes none of the set.
    RowChange bad = c1;
    bad.after.insert(QStringLiteral("status"), QStringLiteral("nonsense"));
    RowChange good = c2;
    good.before = store.fetch(QStringLiteral("registration"), two);
    good.after = good.before;
    good.after.insert(QStringLiteral("notes"), QStringLiteral("changed"));
    ChangeSetCommand failing(*m_db, {good, bad}, QStringLiteral("Bad"), {});
    QString error;
    QVERIFY(!failing.execute(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(regs.find(two)->notes.isEmpty());
}

// The rooms a venue offers for booking come in one order, byte by byte as in
// a file, also on a server whose text sorts by a language's rules.
void TestPlanner::roomsInTheSameOrderOnBothBackends()
{
    if (m_db->isServer()) {
        // As on a server set up with a locale: "atrium" would come first.
        QVERIFY(m_db->execute(
            QStringLiteral("ALTER TABLE room ALTER COLUMN name TYPE TEXT COLLATE \"en-x-icu\"")));
        // A new connection: the statements prepared before know the old type.
        m_db.reset();
        auto opened = Database::open(m_databases.lastLocation(), {});
        QVERIFY2(opened.database, qPrintable(opened.message));
        m_db = std::move(opened.database);
    }
    VenueRepository venues(*m_db);
    QString error;
    for (const QString &name :
         {QStringLiteral("atrium"), QStringLiteral("Zeppelin Hall"), QStringLiteral("Ballroom")}) {
        Room room{0, m_venue, name, 20, {}, {}, 0};
        QVERIFY2(venues.insertRoom(room, &error), qPrintable(error));
    }
    QStringList names;
    for (const Room &room : venues.rooms(m_venue))
        names << room.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Ballroom"), QStringLiteral("Foyer"),
                                 QStringLiteral("Hall"), QStringLiteral("Zeppelin Hall"),
                                 QStringLiteral("atrium")}));
}

PODIUM_BACKEND_TEST_MAIN(TestPlanner, QStringList{})
#include "tst_planner.moc"
