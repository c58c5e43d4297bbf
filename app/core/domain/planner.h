#pragma once

#include "registration.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Podium {

class Database;

/** Something a planner should look at: it does not stop a save. */
struct PlannerWarning
{
    enum class Kind {
        /** A person has roles in two events or items that overlap in time. */
        PersonDoubleBooked,
        /** Two events or items overlap in one room. */
        RoomClash,
        /** More places are taken than the event has. */
        OverCapacity,
    };

    Kind kind = Kind::PersonDoubleBooked;
    /** A sentence a person can read. */
    QString message;
    qint64 eventId = 0;
    /** The item of this event concerned; 0 for the event as a whole. */
    qint64 programmeItemId = 0;
    /** The other event and item in a clash. */
    qint64 otherEventId = 0;
    qint64 otherItemId = 0;
    /** The person of a double booking, or the room of a clash. */
    qint64 personId = 0;
    qint64 roomId = 0;

    bool operator==(const PlannerWarning &) const = default;
};

/** An event's registrations, counted by status, against its capacity. */
struct RegistrationCounts
{
    QMap<RegistrationStatus, int> byStatus;
    /** The event's places; empty when unlimited. */
    std::optional<int> capacity;

    int count(RegistrationStatus status) const { return byStatus.value(status); }
    /** Registered, confirmed and attended guests: those holding a place. */
    int placesTaken() const;
    /** Places left (never negative); empty when unlimited. */
    std::optional<int> placesLeft() const;
    bool isFull() const { return capacity && placesTaken() >= *capacity; }
};

/**
 * The planner's rules, read from the database: double-booked speakers and
 * rooms, capacity and the waiting list.
 *
 * A role's time is its programme item's, or the whole event's for a role on
 * the event as a whole. Cancelled events and declined roles book nobody. An
 * event with a programme books rooms item by item (an item without a room
 * is in the event's room); an event without a programme books its room for
 * its whole time. Ends that touch starts do not overlap.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class Planner
{
public:
    explicit Planner(const Database &database);

    /** Every warning about @p eventId: people, rooms, capacity. */
    QList<PlannerWarning> warningsForEvent(qint64 eventId) const;
    /** People of @p eventId with another role at the same time. */
    QList<PlannerWarning> personClashes(qint64 eventId) const;
    /** Bookings of @p eventId that overlap another booking of the same room. */
    QList<PlannerWarning> roomClashes(qint64 eventId) const;
    /** A warning if more places are taken than the event has. */
    std::optional<PlannerWarning> capacityWarning(qint64 eventId) const;

    RegistrationCounts counts(qint64 eventId) const;
    /** What a new registration gets: registered, or waitlisted once the event is full. */
    RegistrationStatus statusForNewRegistration(qint64 eventId) const;
    /** The first on the waiting list, by registered_at (then id); 0 if nobody waits. */
    qint64 firstWaitlisted(qint64 eventId) const;

    /** True for the statuses that hold one of the event's places. */
    static bool holdsPlace(RegistrationStatus status);

private:
    QString describeBooking(qint64 eventId, qint64 itemId, qint64 relativeTo) const;

    const Database &m_db;
};

} // namespace Podium
